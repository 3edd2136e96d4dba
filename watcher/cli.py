"""The `rejection-watcher` command line.

It parses and prints, nothing else: each command is a function in `watcher.commands` whose
docstring is its `--help`, registered here with `@command`. One handler in `main` turns every
`WatcherError` into a single line on stderr and a non-zero exit; tracebacks appear only for bugs,
or with `--verbose`.
"""

from __future__ import annotations

import argparse
import inspect
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TextIO

from . import __version__
from .errors import WatcherError
from .logsetup import setup_logging
from .paths import Paths, default_paths
from .textsafe import for_terminal

log = logging.getLogger("watcher")

Command = Callable[[argparse.Namespace, Paths], int]
COMMANDS: dict[str, Command] = {}


def command(func: Command) -> Command:
    """Register a `cmd_<name>` function as the `<name>` subcommand."""
    COMMANDS[func.__name__.removeprefix("cmd_").replace("_", "-")] = func
    return func


def say(text: str = "", *, file: TextIO | None = None, end: str = "\n", flush: bool = False) -> None:
    """`print` for people: subjects, names, folder names and server replies come from strangers,
    so control and format characters (escape sequences, bidi overrides) are shown as visible
    escapes instead of reaching the terminal (see `textsafe`). Machine output (--json, --csv)
    has its own rules."""
    print(for_terminal(text), end=end, file=file or sys.stdout, flush=flush)


# Each module registers its commands (after `command` and `say`, which they import from here).
from .commands import applications, mail, model, records, report, setup  # noqa: E402, F401, I001

#: The order of the commands in `--help`: starting out, the mailbox, the model, the records.
HELP_ORDER = (
    *("init", "run", "once", "check", "folders", "classify", "train", "model", "label", "draft"),
    *("followups", "history", "applications", "report", "status", "auth", "service", "demo", "paths"),
)


def _date(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2025-09-01") from None


#: The commands that work on accounts, and so take `--account NAME`.
ACCOUNT_COMMANDS = frozenset(
    {"run", "once", "check", "folders", "auth", "history", "applications", "followups", "status", "report"}
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="config file (default: see `rejection-watcher paths`)",
    )
    common.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="debug logging, and tracebacks for errors",
    )
    parser = argparse.ArgumentParser(
        prog="rejection-watcher",
        description="Watches your mailbox for job rejections and drafts a gracious reply. Never sends mail.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    one_account = argparse.ArgumentParser(add_help=False)
    one_account.add_argument(
        "--account",
        metavar="NAME",
        help="only this account (its `name`, or username@host); default: every account",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parsers = {}
    for name, func in sorted(COMMANDS.items(), key=lambda item: _help_rank(item[0])):
        doc = inspect.cleandoc(func.__doc__ or "")
        parsers[name] = sub.add_parser(
            name,
            parents=[common, one_account] if name in ACCOUNT_COMMANDS else [common],
            help=doc.splitlines()[0] if doc else "",
            description=doc,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    parsers["once"].add_argument(
        "--dry-run", action="store_true", help="show what would happen; change nothing"
    )
    parsers["once"].add_argument(
        "--since",
        type=_date,
        metavar="YYYY-MM-DD",
        help="also process mail that arrived since this date (backfill)",
    )
    p = parsers["init"]
    p.add_argument("--host", metavar="HOST", help="the IMAP server, e.g. imap.fastmail.com")
    p.add_argument("--username", metavar="LOGIN", help="the login name (usually your address)")
    p.add_argument("--name", metavar="NAME", help="your name, as drafts are signed")
    p.add_argument("--email", metavar="ADDRESS", help="your address (default: the login name)")
    p.add_argument("--security", choices=["ssl", "starttls"], default="ssl", help="default: ssl (port 993)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--password-command", metavar="CMD", help='e.g. "pass show mail/me"')
    source.add_argument("--keyring", action="store_true", help="the password is in the system keyring")
    p = parsers["classify"]
    p.add_argument("paths", nargs="+", metavar="PATH", help=".eml file, directory, mbox file or Maildir")
    p.add_argument("--json", action="store_true", help="one JSON object per message, nothing else on stdout")
    p.add_argument("--explain", action="store_true", help="show the features that drove each score")
    p.add_argument("--model", metavar="FILE", help="model file (default: configured, yours, else shipped)")
    p.add_argument("--threshold", type=float, metavar="P", help="override the model's decision threshold")
    p = parsers["train"]
    p.add_argument(
        "--add",
        action="append",
        metavar="LABEL=PATH",
        help="labelled mail: rejection=PATH or not_rejection=PATH (repeatable)",
    )
    p.add_argument("--no-base", action="store_true", help="leave out the shipped corpus")
    p.add_argument("--no-imap", action="store_true", help="ignore the [training] IMAP folders")
    p.add_argument(
        "--force", action="store_true", help="replace the active model even if the new one is worse"
    )
    p.add_argument(
        "--report", metavar="FILE.html", help="write an HTML report with the PR curve and confusion matrix"
    )
    p.add_argument(
        "--output", metavar="FILE", help="write the model here instead of replacing the active one"
    )
    p.add_argument("--corpus", metavar="DIR", help="labelled corpus directory (default: the shipped one)")
    p.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    p = parsers["label"]
    p.add_argument("id", metavar="ID", help="an ID from `history`, a Message-ID, or an .eml file")
    p.add_argument("label", choices=["rejection", "not-rejection"], help="what the message really is")
    parsers["draft"].add_argument("file", metavar="FILE.eml", help="a saved message")
    parsers["draft"].add_argument("--model", metavar="FILE", help="model file (default: the active one)")
    p = parsers["followups"]
    p.add_argument("action", nargs="?", choices=["list", "cancel"], default="list")
    p.add_argument("id", nargs="?", type=int, metavar="ID", help="the follow-up to cancel")
    parsers["history"].add_argument("--csv", action="store_true", help="CSV on stdout")
    parsers["report"].add_argument("file", metavar="FILE.html", help="where to write the page")
    p = parsers["applications"]
    p.add_argument("action", nargs="?", choices=["list", "show", "merge", "split"], default="list")
    p.add_argument("ids", nargs="*", metavar="ID", help="show ID | merge ID1 ID2 | split ID N")
    p.add_argument("--open", action="store_true", help="only applications still open")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="only applications made since then")
    p.add_argument("--company", metavar="TEXT", help="only companies whose name contains TEXT")
    p.add_argument("--waiting-days", type=int, default=30, metavar="N", help='silent N days: "no_reply" (30)')
    output = p.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true", help="CSV on stdout")
    output.add_argument("--json", action="store_true", help="JSON on stdout, with each timeline")
    parsers["auth"].add_argument("action", choices=["set"])
    parsers["service"].add_argument("action", choices=["install"])
    parsers["service"].add_argument("--print", action="store_true", help="print the unit; write nothing")
    p = parsers["model"]
    p.add_argument("action", choices=["info", "rollback"])
    p.add_argument("--model", metavar="FILE", help="model file (default: the active one)")
    return parser


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser of each command, by name (for the docs test and help checks)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _help_rank(name: str) -> int:
    return HELP_ORDER.index(name) if name in HELP_ORDER else len(HELP_ORDER)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.config = getattr(args, "config", None)
    args.account = getattr(args, "account", None)
    args.verbose = getattr(args, "verbose", False)
    if args.command is None:
        parser.print_help()
        return 2
    level = logging.DEBUG if args.verbose else logging.INFO if args.command == "run" else logging.WARNING
    setup_logging(level)
    paths = default_paths()
    try:
        code = COMMANDS[args.command](args, paths)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        return _stdout_closed()
    except WatcherError as exc:
        if args.verbose:
            log.exception("failed")
        say(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


SIGPIPE_EXIT = 128 + 13


def _stdout_closed() -> int:
    """Whoever read our output has gone (`| head -1`): stop quietly, like `git log | head -1`.

    The exit status is 141, what a shell reports for a process that SIGPIPE ended, so a pipeline
    under `set -o pipefail` still sees that the output was cut short. Python ignores SIGPIPE and
    would print a BrokenPipeError at exit while flushing what is left: stdout is pointed at
    /dev/null first (the recipe in the `signal` module's documentation).
    """
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a test or an embedding program
        return SIGPIPE_EXIT
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
    return SIGPIPE_EXIT


if __name__ == "__main__":
    sys.exit(main())
