"""Wiring: building the mailbox, ledger, classifier and renderer from a validated config.

The only module (besides cli and daemon) that reads `Config`; the core receives plain objects.
The model and the templates are imported and loaded where they are built, not when this module
is: `once` builds them lazily (see `run_once`), so a pass with no new mail never pays for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .config import AccountConfig, Config
from .credentials import get_credentials
from .errors import WatcherError
from .lock import AccountLock
from .mailbox import Mailbox
from .notify import Notifier, announce_pending
from .paths import Paths
from .resources import MODEL_FILENAME, shipped_model, shipped_templates
from .service import Lazy, PassOptions, PassReport, run_pass
from .state import Ledger

if TYPE_CHECKING:
    from .classify import Classifier
    from .reply import ReplyRenderer

log = logging.getLogger(__name__)


def model_path(config: Config | None, paths: Paths, override: Path | str | None = None) -> Path:
    """The model to use, the one rule every command and the daemon follow: `--model` if given,
    else the configured `classifier.model`, else the user's trained one, else the shipped one."""
    if override:
        return Path(override).expanduser()
    if config is not None and config.classifier.model is not None:
        return config.classifier.model
    user_model = paths.models_dir / MODEL_FILENAME
    return user_model if user_model.exists() else shipped_model()


def build_classifier(config: Config, paths: Paths) -> Classifier:
    from .classify import Classifier

    return Classifier.from_file(model_path(config, paths), config.classifier.threshold)


def build_renderer(config: Config, paths: Paths) -> ReplyRenderer:
    from .reply import Identity, ReplyRenderer

    ident = config.identity
    return ReplyRenderer(
        Identity(ident.name, ident.email, ident.signature),
        template_dirs=[paths.templates_dir, shipped_templates()],
        template=config.drafts.template,
        language=config.drafts.language,
    )


def open_mailbox(account: AccountConfig, paths: Paths) -> Mailbox:
    """Connect to the account (log in to IMAP, or open the Maildir)."""
    if account.maildir is not None:
        from .maildir import MaildirMailbox

        return MaildirMailbox(account.maildir, paths.state_dir / "maildir-uids", account.drafts_folder)
    from .imap import ImapMailbox  # imported here so Maildir-only use never loads imapclient

    return ImapMailbox.connect(account, get_credentials(account))


def open_ledger(paths: Paths) -> Ledger:
    return Ledger.open(paths.state_db)


def pass_options(
    config: Config,
    account: AccountConfig | None = None,
    *,
    dry_run: bool = False,
    since: datetime | None = None,
) -> PassOptions:
    """The pass settings for one account (the first when not given)."""
    account = account or config.account
    identity = config.identity_for(account)
    mine = {identity.email.lower()} if identity.email else set()
    if account.username and "@" in account.username:
        mine.add(account.username.lower())
    return PassOptions(
        account_key=account.key,
        folders=account.folders,
        my_addresses=frozenset(mine),
        max_message_bytes=account.max_message_bytes,
        batch_size=account.fetch_batch_size,
        dry_run=dry_run,
        since=since,
        stages=config.drafts.stages,
        max_age_days=config.drafts.max_age_days,
        follow_up_after_days=config.drafts.follow_up_after_days,
        follow_up_template=config.drafts.follow_up_template,
    )


def build_account_renderer(config: Config, account: AccountConfig, paths: Paths) -> ReplyRenderer:
    """A renderer signing with the account's own identity (or the global one)."""
    return build_renderer(replace(config, identity=config.identity_for(account)), paths)


@dataclass
class Components:
    """What a pass needs that lives longer than one connection."""

    classifier: Classifier
    renderer: ReplyRenderer
    ledger: Ledger
    notifier: Notifier | None = None  # [notify] command, run once per saved draft


def build_components(config: Config, paths: Paths) -> Components:
    """Load the model, check the templates and open the ledger — failing early and clearly (the
    daemon's start: better to refuse to start than to find a broken model at the first mail)."""
    return Components(
        build_classifier(config, paths),
        checked_renderer(config, paths),
        open_ledger(paths),
        build_notifier(config),
    )


def checked_renderer(config: Config, paths: Paths, account: AccountConfig | None = None) -> ReplyRenderer:
    """The renderer (the account's identity, if given), its templates checked: a missing or
    broken template is a configuration error, not a per-mail one."""
    renderer = build_account_renderer(config, account, paths) if account else build_renderer(config, paths)
    renderer.template_name("en", "after_interview")
    if config.drafts.follow_up_after_days > 0:
        renderer.template_name("en", template=config.drafts.follow_up_template)
    return renderer


def build_notifier(config: Config) -> Notifier | None:
    """The [notify] command, if any; the accounts' password variables are kept from it."""
    if not config.notify.command:
        return None
    secrets = {a.password_env for a in config.accounts if a.password_env}
    return Notifier(config.notify.command, config.notify.timeout_seconds, hide_env=secrets)


def run_once(
    config: Config,
    paths: Paths,
    accounts: Sequence[AccountConfig],
    *,
    dry_run: bool = False,
    since: datetime | None = None,
    progress: Callable[[str, str, int, int], None] | None = None,
) -> Generator[tuple[AccountConfig, PassReport | WatcherError], None, None]:
    """One pass per account (`once`), yielding each account's report as its pass ends, or the
    WatcherError that kept its mailbox from opening: one account's failure does not stop the
    others. Each pass holds the account's lock, so it never overlaps a running daemon's.
    `progress`, if given, is told (account, folder, done, total) after each batch (a backfill).

    The model and templates are loaded at the first mail that needs them (then checked as
    `build_components` checks them): a pass that finds nothing new starts and ends in the time
    the server takes to answer, and a broken model surfaces at the first pass with mail."""
    classifier = Lazy(lambda: build_classifier(config, paths))
    ledger = open_ledger(paths)
    notifier = build_notifier(config)
    try:
        for account in accounts:
            try:
                mailbox = open_mailbox(account, paths)
            except WatcherError as exc:
                yield account, exc
                continue
            try:
                report = run_pass(
                    mailbox,
                    ledger,
                    classifier,
                    _lazy_renderer(config, paths, account),
                    pass_options(config, account, dry_run=dry_run, since=since),
                    serialize=AccountLock(paths.state_dir, account.key),
                    progress=partial(progress, account.key) if progress else lambda *_: None,
                )
                if not dry_run:
                    announce_pending(
                        ledger,
                        account.key,
                        notifier,
                        AccountLock(paths.state_dir, account.key),
                    )
            finally:
                mailbox.close()
            yield account, report
    finally:
        ledger.close()


def _lazy_renderer(config: Config, paths: Paths, account: AccountConfig) -> Lazy[ReplyRenderer]:
    return Lazy(lambda: checked_renderer(config, paths, account))
