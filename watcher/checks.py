"""`rejection-watcher check`: every step from config file to rendered template, each with ✓ or ✗.

Steps run in order and stop at the first failure whose successors depend on it (no login without
a password), so the user sees the one thing to fix first. Whatever a step raises — an expected
WatcherError, or anything else (a template dividing by zero, a library choking on a non-ASCII
password) — becomes its ✗ line: `check` is where people go when something is wrong, so it must
not fall over itself. Only Ctrl-C stops it. A ⚠ line is a warning that does not fail the check.
"""

from __future__ import annotations

import logging
import re
import socket
import ssl
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from .app import build_renderer, model_path
from .classify import Classifier
from .config import AccountConfig, Config, is_loopback, load_config
from .errors import ConnectError, WatcherError
from .mailbox import Mailbox, pick_drafts_folder
from .maildir import MaildirMailbox
from .message import Address, Message
from .paths import Paths
from .textsafe import for_terminal

log = logging.getLogger(__name__)


class _Checker:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.ok = True

    def step(self, name: str, action: Callable[[], str]) -> bool:
        try:
            detail = action()
        except WatcherError as exc:  # TemplateError included
            self.write(f"✗ {name}: {_without_check_advice(str(exc))}")
            self.ok = False
            return False
        except Exception as exc:  # noqa: BLE001 - any failure is this step's ✗, never a traceback
            log.debug("check step %r failed", name, exc_info=True)  # the traceback with --verbose
            self.write(f"✗ {name}: {_describe(exc)}")
            self.ok = False
            return False
        self.write(f"✓ {name}: {detail}")
        return True

    def write(self, line: str) -> None:
        """One line; folder names and server replies are shown safely (see `textsafe`)."""
        self.out.write(for_terminal(line) + "\n")


#: How errors met outside `check` send the user to it ("…; run `rejection-watcher check`"):
#: inside `check` that advice is a loop, so it is left out.
_CHECK_ADVICE = re.compile(r"(?:[;,]\s*|\s+—\s+)?(?:then\s+)?run `rejection-watcher check`")


def _without_check_advice(message: str) -> str:
    return _CHECK_ADVICE.sub("", message)


def _describe(exc: Exception) -> str:
    """An unexpected exception as `Type: message`. A UnicodeError's message quotes the character
    and its position, which for a login step are a piece of the password: only its codec is named."""
    if isinstance(exc, UnicodeError):
        encoding = getattr(exc, "encoding", "") or "a"
        return (
            f"{type(exc).__name__}: the {encoding} codec cannot handle a character "
            "(which one is not shown: it may be part of the password)"
        )
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


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
        c.write(f"✗ account: {exc}")
        return False
    for account in accounts:
        if len(config.accounts) > 1:
            c.write(f"== {account.key}")
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
        _check_folders(c, mailbox, account)


def _check_folders(c: _Checker, mailbox: Mailbox, account: AccountConfig) -> None:
    try:
        for folder in account.folders:
            c.step(f"folder {folder}", lambda f=folder: f"{mailbox.open_folder(f).exists} messages")  # type: ignore[misc]
        c.step("drafts folder", lambda: _drafts_step(mailbox, account))
    finally:
        mailbox.close()


def _drafts_step(mailbox: Mailbox, account: AccountConfig) -> str:
    """The drafts folder must exist: a configured name is not checked by the mailbox itself, and
    a wrong one would only fail at the first draft, long after `check` said ✓."""
    drafts = mailbox.drafts_folder()  # first: a Maildir without one creates it here
    folders = mailbox.list_folders()
    if drafts not in {f.name for f in folders}:
        special = pick_drafts_folder([f for f in folders if f.name != drafts])
        hint = (
            f'the folder marked \\Drafts is "{special}": set `drafts_folder = "{special}"` or remove '
            "the key to have it found"
            if special
            else "see `rejection-watcher folders` for the names there are"
        )
        raise WatcherError(f'there is no folder "{drafts}" — {hint}')
    return f"{drafts} (drafts are saved here)"


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

    if account.password_in_clear:
        c.write(
            f"⚠ security: your password crosses the network to {account.host} in clear "
            '(security = "plain" with allow_insecure = true): anyone on the way can read it — '
            'use "ssl" or "starttls" if the server offers them'
        )

    def server_step() -> str:
        if account.security != "ssl":
            _refuse_a_tls_port(account)
        holder["client"] = open_connection(account)
        if account.security != "plain":
            protection = "certificate verified"
        elif is_loopback(account.host):
            protection = "unencrypted, loopback only"
        else:
            protection = "UNENCRYPTED: the password and your mail cross the network in clear"
        return f"{account.host}:{account.effective_port} ({account.security}, {protection})"

    if not c.step("server", server_step):
        return None

    def login_step() -> str:
        holder["mailbox"] = ImapMailbox.login(holder["client"], account, holder["credentials"])
        return f"logged in as {account.username}"

    if not c.step("login", login_step):
        return None
    mailbox: Mailbox = holder["mailbox"]
    return mailbox


#: How long `check` waits for an IMAP greeting before asking whether the port speaks TLS.
GREETING_WAIT_SECONDS = 3.0


def _refuse_a_tls_port(account: AccountConfig) -> None:
    """Raise ConnectError at once when `plain`/`starttls` points at an implicit-TLS port (993).

    Such a server sends nothing and waits for a TLS ClientHello, while an IMAP client waits for
    the server's `* OK` greeting: without this, both sit until the timeout and the user reads "no
    answer". So: wait briefly for a greeting; on silence, send a ClientHello and see whether
    the answer is a TLS record (a handshake or an alert). A greeting, even a slow one, or any
    doubt leaves the verdict to the real connection.
    """
    host, port = account.host, account.effective_port
    wait = min(GREETING_WAIT_SECONDS, account.timeout_seconds)
    try:
        with socket.create_connection((host, port), timeout=account.timeout_seconds) as sock:
            sock.settimeout(wait)
            if _first_bytes(sock):
                return  # a greeting: an IMAP server, whatever comes next
            sock.sendall(_client_hello(host))
            answer = _first_bytes(sock)
    except OSError:
        return  # unreachable, refused, reset: the real connection says so in its own words
    if len(answer) >= 2 and answer[0] in (0x15, 0x16) and answer[1] == 0x03:
        raise ConnectError(
            f"{host}:{port} expects TLS from the first byte and sends no IMAP greeting, but "
            f'`account.security` is "{account.security}" — set security = "ssl" (implicit TLS, '
            'usually port 993), or use port 143 for "starttls"'
        )


def _first_bytes(sock: socket.socket) -> bytes:
    try:
        return sock.recv(16)
    except TimeoutError:
        return b""


def _client_hello(host: str) -> bytes:
    """The bytes of a TLS ClientHello for `host`, made by the ssl module on a memory BIO."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname=host)
    with suppress(ssl.SSLWantReadError):  # it wants the server's answer: the hello is written
        tls.do_handshake()
    return outgoing.read()
