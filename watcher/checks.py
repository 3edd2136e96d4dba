"""`rejection-watcher check`: every step from config file to rendered template, each with ✓ or ✗.

Steps run in order and stop at the first failure whose successors depend on it (no login without
a password), so the user sees the one thing to fix first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from .app import build_renderer, model_path
from .classify import Classifier
from .config import AccountConfig, Config, load_config
from .errors import WatcherError
from .mailbox import Mailbox
from .maildir import MaildirMailbox
from .message import Address, Message
from .paths import Paths
from .reply import TemplateError


class _Checker:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.ok = True

    def step(self, name: str, action: Callable[[], str]) -> bool:
        try:
            detail = action()
        except (WatcherError, TemplateError) as exc:
            self.out.write(f"✗ {name}: {exc}\n")
            self.ok = False
            return False
        self.out.write(f"✓ {name}: {detail}\n")
        return True


def run_checks(config_file: Path, paths: Paths, out: TextIO, account_name: str | None = None) -> bool:
    """Run all checks, printing one line each; return True when everything passed."""
    c = _Checker(out)
    holder: dict[str, Config] = {}

    def config_step() -> str:
        holder["config"] = load_config(config_file)
        return str(config_file)

    if not c.step("config", config_step):
        return False
    config = holder["config"]
    try:
        accounts = config.select(account_name)
    except WatcherError as exc:
        out.write(f"✗ account: {exc}\n")
        return False
    for account in accounts:
        if len(config.accounts) > 1:
            out.write(f"== {account.key}\n")
        _check_account(c, config, account, paths)

    def model_step() -> str:
        classifier = Classifier.from_file(model_path(config, paths), config.classifier.threshold)
        metrics = classifier.model.metadata.get("cv_metrics", {})
        return (
            f"{classifier.model.path} (threshold {classifier.threshold:.2f}, "
            f"cross-validated F1 {metrics.get('f1', float('nan')):.3f})"
        )

    c.step("model", model_step)

    def template_step() -> str:
        renderer = build_renderer(config, paths)
        sample = Message(
            message_id="<check@example.com>",
            subject="Your application",
            sender=Address("Jane Doe", "jane.doe@example.com"),
            text="We decided to move forward with another candidate.",
        )
        draft = renderer.render(sample, "<rw.check@example.com>", datetime.now(UTC))
        return f"{draft.template} renders ({len(draft.body)} characters)"

    c.step("templates", template_step)
    return c.ok


def _check_account(c: _Checker, config: Config, account: AccountConfig, paths: Paths) -> None:
    mailbox: Mailbox | None = None
    if account.maildir is None:
        mailbox = _check_imap(c, account)
    else:
        maildir = account.maildir

        def maildir_step() -> str:
            nonlocal mailbox
            mailbox = MaildirMailbox(maildir, paths.state_dir / "maildir-uids", account.drafts_folder)
            return str(maildir)

        c.step("maildir", maildir_step)
    if mailbox is not None:
        _check_folders(c, mailbox, account.folders)


def _check_folders(c: _Checker, mailbox: Mailbox, folders: tuple[str, ...]) -> None:
    try:
        for folder in folders:
            c.step(f"folder {folder}", lambda f=folder: f"{mailbox.open_folder(f).exists} messages")  # type: ignore[misc]
        c.step("drafts folder", lambda: f"{mailbox.drafts_folder()} (drafts are saved here)")
    finally:
        mailbox.close()


def _check_imap(c: _Checker, account: AccountConfig) -> Mailbox | None:
    from .credentials import get_credentials
    from .imap import ImapMailbox, open_connection

    holder: dict[str, Any] = {}

    def password_step() -> str:
        holder["credentials"] = get_credentials(account)
        if account.oauth2_token_command:
            return "OAuth2 access token obtained (from oauth2_token_command)"
        if account.password_env:
            source = f"environment variable {account.password_env}"
        elif account.password_command:
            source = "password_command"
        else:
            source = "the system keyring"
        return f"found (from {source})"

    if not c.step("password", password_step):
        return None

    def server_step() -> str:
        holder["client"] = open_connection(account)
        verified = "certificate verified" if account.security != "plain" else "unencrypted, loopback only"
        return f"{account.host}:{account.effective_port} ({account.security}, {verified})"

    if not c.step("server", server_step):
        return None

    def login_step() -> str:
        holder["mailbox"] = ImapMailbox.login(holder["client"], account, holder["credentials"])
        return f"logged in as {account.username}"

    if not c.step("login", login_step):
        return None
    mailbox: Mailbox = holder["mailbox"]
    return mailbox
