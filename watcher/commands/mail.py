"""Commands that read the mailbox: run, once, check, folders."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from ..cli import command, say
from ..errors import WatcherError
from ..logsetup import setup_file_logging
from ..paths import Paths
from ..textsafe import for_terminal
from .common import find_config, load, require_config, warn_about_insecure_accounts
from .setup import cmd_demo


@command
def cmd_run(args: argparse.Namespace, paths: Paths) -> int:
    """Watch the mailbox and draft replies to rejections until stopped (Ctrl-C or SIGTERM).

    Checks for new mail every `schedule.poll_interval_seconds`. The first run starts at the
    newest message: older mail is left alone (use `once --since` to process it). Without a
    config file, it watches the built-in demo mailbox instead, so you can see it work.
    """
    from ..app import build_components
    from ..daemon import run_daemon

    config_file = find_config(args, paths)
    if config_file is None:
        return _run_on_demo_mailbox()
    config = load(config_file)
    if args.account:
        config = dataclasses.replace(config, accounts=config.select(args.account))
    setup_file_logging(config)
    warn_about_insecure_accounts(config)
    components = build_components(config, paths)
    try:
        return run_daemon(config, paths, components)
    finally:
        components.ledger.close()


@command
def cmd_once(args: argparse.Namespace, paths: Paths) -> int:
    """Run one pass over new mail and exit; with --dry-run, only show what would happen.

    Every account, or only --account NAME. Without a config file this runs the demo (see `demo`).
    """
    from ..app import run_once
    from ..passreport import pass_lines

    config_file = find_config(args, paths)
    if config_file is None:
        return cmd_demo(args, paths)
    config = load(config_file)
    accounts = config.select(args.account)
    warn_about_insecure_accounts(config, accounts)
    failed = 0
    progress = _backfill_progress(several=len(config.accounts) > 1) if args.since else None
    passes = run_once(config, paths, accounts, dry_run=args.dry_run, since=args.since, progress=progress)
    with closing(passes):
        for account, outcome in passes:
            if len(config.accounts) > 1:
                say(f"== {account.key}")
            if isinstance(outcome, WatcherError):
                if len(accounts) == 1:
                    raise outcome
                say(f"error: {outcome}", file=sys.stderr)  # the other accounts still ran
                failed = outcome.exit_code
                continue
            for line in pass_lines(outcome, dry_run=args.dry_run):
                say(line)
    return failed


def _backfill_progress(several: bool) -> Callable[[str, str, int, int], None]:
    """`once --since`: a bar per folder on a terminal, plain lines in a log (watcher.progress)."""
    from ..progress import ProgressBar

    bars: dict[tuple[str, str], ProgressBar] = {}

    def progress(account: str, folder: str, done: int, total: int) -> None:
        key = (account, folder)
        if key not in bars:
            label = for_terminal(f"{account}/{folder}" if several else folder)
            bars[key] = ProgressBar(label, sys.stderr, lines=True, unit="messages")
        bars[key](done, total)

    return progress


@command
def cmd_check(args: argparse.Namespace, paths: Paths) -> int:
    """Check the config, password, server, login, folders, Drafts, model and templates, step by step."""
    from ..checks import run_checks

    ok = run_checks(require_config(args, paths), paths, sys.stdout, args.account)
    return 0 if ok else 1


@command
def cmd_folders(args: argparse.Namespace, paths: Paths) -> int:
    """List each account's folders with their special use; mark the watched ones and Drafts."""
    from ..app import open_mailbox

    config = load(require_config(args, paths))
    for account in config.select(args.account):
        if len(config.accounts) > 1:
            say(f"== {account.key}")
        mailbox = open_mailbox(account, paths)
        try:
            folders = mailbox.list_folders()
            drafts = mailbox.drafts_folder()
        finally:
            mailbox.close()
        for info in folders:
            marks = []
            if info.name in account.folders:
                marks.append("watched")
            if info.name == drafts:
                marks.append("drafts go here")
            say(f"{info.name:40} {info.special_use or '':10} {', '.join(marks)}".rstrip())
    return 0


def _run_on_demo_mailbox() -> int:
    """`run` without a config: process the demo mailbox, then keep watching it."""
    import tempfile

    from ..config import AccountConfig, Config, IdentityConfig, ScheduleConfig
    from ..daemon import run_daemon
    from ..demo import DEMO_IDENTITY, run_demo

    root = Path(tempfile.mkdtemp(prefix="rejection-watcher-demo-"))
    run_demo(sys.stdout, workdir=root)
    demo_paths = Paths(root / "config.toml", root / "state", root / "logs")
    from ..app import build_components

    config = Config(
        accounts=(AccountConfig(name="demo", maildir=root / "Maildir"),),
        identity=IdentityConfig(DEMO_IDENTITY.name, DEMO_IDENTITY.email, DEMO_IDENTITY.signature),
        schedule=ScheduleConfig(poll_interval_seconds=10),
    )
    say(
        f"\nNo config file, so now watching the demo mailbox every 10 s: drop a .eml file into\n"
        f"{root / 'Maildir' / 'new'} to see it handled. Ctrl-C stops.\n",
        flush=True,
    )
    components = build_components(config, demo_paths)
    try:
        return run_daemon(config, demo_paths, components)
    finally:
        components.ledger.close()
