"""The `rejection-watcher` command line.

Each command is a function whose docstring is its `--help`. One handler in `main` turns every
`WatcherError` into a single line on stderr and a non-zero exit; tracebacks appear only for bugs,
or with `--verbose`.
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import io
import json
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TextIO, cast

from . import __version__
from .config import AccountConfig, Config
from .errors import ConfigError, WatcherError
from .paths import HOME_ENV, PRIVATE_DIR, PRIVATE_FILE, Paths, default_paths, restrict_mode
from .textsafe import csv_cell, for_terminal

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


class _TerminalSafeStream(io.TextIOBase):
    """A text stream that passes everything through `for_terminal`, for code that writes its
    report to a stream (training lists subjects and sources of misclassified mail)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(for_terminal(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()


# --- commands ------------------------------------------------------------------------------


@command
def cmd_init(args: argparse.Namespace, paths: Paths) -> int:
    """Write a starter config file where the other commands look for it, and say what to do next.

    Asks for the IMAP server, the login name and your name and address (or takes them from
    --host, --username, --name, --email); never for a password, which stays out of the file.
    Refuses to overwrite a config that is already there.
    """
    import tomllib

    from .config import STARTER_PASSWORD_ENV, parse_config, starter_config

    target = Path(args.config).expanduser() if args.config else paths.config_file
    if target.exists():
        raise ConfigError(f"there is already a config file at {target} — edit it, or move it aside first")
    host = args.host or _ask("IMAP server (e.g. imap.fastmail.com)", "--host")
    username = args.username or _ask("login name (usually your address)", "--username")
    email = args.email or _ask("your address, as drafts are signed", "--email", "@" in username and username)
    name = args.name or _ask("your name, as drafts are signed", "--name")
    text = starter_config(
        host=host,
        username=username,
        name=name,
        email=email,
        security=args.security,
        password_command=args.password_command or "",
        password_keyring=args.keyring,
    )
    parse_config(tomllib.loads(text), source=target)  # a starter that `check` would refuse is a bug
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except OSError as exc:
        raise ConfigError(f"cannot write {target}: {exc.strerror or exc}") from None
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    say(f"wrote {target} (no password in it)\nnext:")
    if args.password_command:
        step = f"the password comes from `{args.password_command}`"
    elif args.keyring:
        step = "store the password in the system keyring:  rejection-watcher auth set"
    else:
        step = f"export {STARTER_PASSWORD_ENV}='your password' (or set password_command in the file)"
    say(f"  1. {step}")
    say("  2. rejection-watcher check             # every step from config to login, with what to fix")
    say("  3. rejection-watcher once --dry-run    # what it would draft; changes nothing")
    return 0


def _ask(question: str, option: str, default: str | Literal[False] = False) -> str:
    """A value for `init`, asked in a terminal; elsewhere the default, or the option must be given."""
    if not sys.stdin.isatty():
        if default:
            return default
        raise ConfigError(f"init needs {option} (or run it in a terminal to be asked)")
    hint = f" [{default}]" if default else ""
    while True:
        try:
            answer = input(f"{question}{hint}: ").strip() or (default or "")
        except EOFError:  # Ctrl-D
            raise ConfigError(f"no answer: nothing written (init needs {option})") from None
        if answer:
            return answer


@command
def cmd_run(args: argparse.Namespace, paths: Paths) -> int:
    """Watch the mailbox and draft replies to rejections until stopped (Ctrl-C or SIGTERM).

    Checks for new mail every `schedule.poll_interval_seconds`. The first run starts at the
    newest message: older mail is left alone (use `once --since` to process it). Without a
    config file, it watches the built-in demo mailbox instead, so you can see it work.
    """
    from .app import build_components
    from .daemon import run_daemon

    config_file = _config_file(args, paths)
    if config_file is None:
        return _run_on_demo_mailbox()
    config = _load(config_file)
    if args.account:
        config = dataclasses.replace(config, accounts=config.select(args.account))
    _setup_file_logging(config)
    _warn_about_insecure_accounts(config)
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
    from .app import build_account_renderer, build_components, open_mailbox, pass_options
    from .lock import AccountLock
    from .passreport import pass_lines
    from .service import run_pass

    config_file = _config_file(args, paths)
    if config_file is None:
        return cmd_demo(args, paths)
    config = _load(config_file)
    accounts = config.select(args.account)
    _warn_about_insecure_accounts(config, accounts)
    components = build_components(config, paths)
    failed = 0
    try:
        for account in accounts:
            if len(config.accounts) > 1:
                say(f"== {account.key}")
            try:
                mailbox = open_mailbox(account, paths)
            except WatcherError as exc:
                if len(accounts) == 1:
                    raise
                say(f"error: {exc}", file=sys.stderr)  # one account's failure does not stop the others
                failed = exc.exit_code
                continue
            try:
                report = run_pass(
                    mailbox,
                    components.ledger,
                    components.classifier,
                    build_account_renderer(config, account, paths),
                    pass_options(config, account, dry_run=args.dry_run, since=args.since),
                    serialize=AccountLock(paths.state_dir, account.key),  # exclusive with a running daemon
                )
            finally:
                mailbox.close()
            for line in pass_lines(report, dry_run=args.dry_run):
                say(line)
    finally:
        components.ledger.close()
    return failed


@command
def cmd_check(args: argparse.Namespace, paths: Paths) -> int:
    """Check the config, password, server, login, folders, Drafts, model and templates, step by step."""
    from .checks import run_checks

    ok = run_checks(_require_config(args, paths), paths, sys.stdout, args.account)
    return 0 if ok else 1


@command
def cmd_folders(args: argparse.Namespace, paths: Paths) -> int:
    """List each account's folders with their special use; mark the watched ones and Drafts."""
    from .app import open_mailbox

    config = _load(_require_config(args, paths))
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


@command
def cmd_classify(args: argparse.Namespace, paths: Paths) -> int:
    """Classify saved mail: .eml files, directories of them (recursively), mbox files, Maildirs.

    With --json, prints exactly one JSON object per message on stdout and nothing else:
    {"path": ..., "message_id": ..., "label": "rejection" | "not_rejection", "score": 0.0-1.0,
    "kind": the kind of job mail (e.g. "acknowledgement", "rejection"), "kind_probability": 0.0-1.0}.
    For mbox and Maildir, "path" is the container plus "#" and the message's key.
    """
    from .classify import Classifier
    from .message import parse
    from .sources import SourceError, read_messages

    classifier = Classifier.from_file(_classify_model(args, paths), args.threshold)
    failures = 0

    def emit(batch: list[tuple[str, object]]) -> None:
        messages = [m for _w, m in batch]
        verdicts = classifier.predict_many(messages)  # type: ignore[arg-type]
        for (where, msg), verdict in zip(batch, verdicts, strict=True):
            reasons = classifier.explain(msg) if args.explain else ()  # type: ignore[arg-type]
            if args.json:
                row: dict[str, object] = {
                    "path": where,
                    "message_id": msg.message_id,  # type: ignore[attr-defined]
                    "label": verdict.label,
                    "score": round(verdict.score, 4),
                    "kind": verdict.kind,
                    "kind_probability": round(verdict.kind_score, 4),
                }
                if args.explain:
                    row["reasons"] = [list(r) for r in reasons]
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                subject = msg.subject  # type: ignore[attr-defined]
                kind = verdict.kind.replace("_", " ")
                say(f"{verdict.score:5.2f}  {verdict.label:13}  {kind:22}  {where}  ({subject[:60]})")
                for phrase, weight in reasons:  # + pushed toward a rejection, - away from it
                    say(f"       {'+' if weight > 0 else '-'} {phrase} ({weight:+.2f})")

    batch: list[tuple[str, object]] = []
    for path in args.paths:
        try:
            for saved in read_messages(Path(path)):
                batch.append((saved.where, parse(saved.raw)))
                if len(batch) >= 256:
                    emit(batch)
                    batch = []
        except BrokenPipeError:
            raise  # stdout is gone (`| head`), not this path: main() exits quietly
        except (SourceError, OSError) as exc:
            failures += 1
            say(f"error: {exc}", file=sys.stderr)
    if batch:
        emit(batch)
    return 1 if failures else 0


@command
def cmd_train(args: argparse.Namespace, paths: Paths) -> int:
    """Retrain the classifier on your own labelled mail (and the shipped corpus); show how good it is.

    Sources: the shipped corpus (unless --no-base); the IMAP folders in the config's [training]
    section (read-only); and any --add LABEL=PATH, where LABEL is rejection or not_rejection and
    PATH is an .eml file or directory, an mbox file, a Maildir, or a .jsonl file. Duplicates count
    once. The new model is cross-validated (grouped by sender domain or template family), then
    compared with the active model on your mail; it replaces it only if it is not worse, unless
    --force. The replaced model is kept for `model rollback`.
    """
    from .retrain import TrainOptions, run_training
    from .trainset import parse_add

    config_file = _config_file(args, paths)
    config = _load(config_file) if config_file is not None else None
    # Paths are checked before training, not after minutes of it.
    report = _writable(args.report, "the report") if args.report else None
    output = _writable(args.output, "the model", make_parent=True) if args.output else None
    if args.corpus and not Path(args.corpus).expanduser().is_dir():
        raise WatcherError(f"no corpus directory at {args.corpus} (--corpus)")
    options = TrainOptions(
        base=not args.no_base and (config.training.include_corpus if config else True),
        corpus=Path(args.corpus).expanduser() if args.corpus else None,
        add=parse_add(args.add or []),
        imap=not args.no_imap,
        force=args.force,
        folds=args.folds,
        report=report,
        output=output,
        min_per_class=config.training.min_per_class if config else 20,
    )
    try:
        outcome = run_training(config, paths, options, cast(TextIO, _TerminalSafeStream(sys.stdout)))
    except OSError as exc:
        if exc.filename is None or exc.filename not in {str(report), str(output)}:
            raise
        raise WatcherError(f"cannot write {exc.filename}: {exc.strerror or exc}") from None
    return 0 if outcome.promoted else 1


def _writable(value: str, what: str, *, make_parent: bool = False) -> Path:
    """`value` as a path a file can be written to, or WatcherError saying why not.

    With `make_parent`, a missing directory is fine: the writer creates it (the model store does).
    """
    path = Path(value).expanduser()
    if path.is_dir():
        raise WatcherError(f"cannot write {what} to {path}: it is a directory")
    parent = path.parent
    if make_parent:
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
    if not parent.is_dir():
        raise WatcherError(f"cannot write {what} to {path}: there is no directory {path.parent}")
    if not os.access(parent, os.W_OK):
        raise WatcherError(f"cannot write {what} to {path}: {parent} is not writable")
    return path


@command
def cmd_model(args: argparse.Namespace, paths: Paths) -> int:
    """Show the active model's metadata (`model info`) or restore the one it replaced (`model rollback`)."""
    from .app import model_path
    from .modelstore import rollback
    from .resources import shipped_model
    from .retrain import model_summary

    config_file = _config_file(args, paths)
    config = _load(config_file) if config_file is not None else None
    path = model_path(config, paths, args.model)
    if args.action == "info":
        say(model_summary(path))
        return 0
    if path == shipped_model():
        raise WatcherError("the active model is the shipped one; there is nothing to roll back to")
    rollback(path)
    say(f"rolled back: {path} is now the previous model (run `model rollback` again to undo)")
    say(model_summary(path))
    return 0


@command
def cmd_label(args: argparse.Namespace, paths: Paths) -> int:
    """Correct the model: keep a message as a rejection or not-rejection example for `train`.

    ID is an ID from `history`, a Message-ID, or a saved .eml file. A message from the history is
    fetched again read-only from its folder. The next `train` learns from it (the labelled mail
    lives in the state directory's labels/ folder; `paths` shows where).
    """
    from .labels import LABELS, label_message

    config_file = _config_file(args, paths)
    config = _load(config_file) if config_file is not None else None
    done = label_message(args.id, LABELS[args.label], paths, config)
    was = f" (it was labelled {done.moved_from.replace('_', '-')} before)" if done.moved_from else ""
    say(f"labelled {done.source} as {args.label}{was}: kept in {done.path}")
    say(
        "run `rejection-watcher train` to teach the model; the running daemon picks up the new model by itself"
    )
    return 0


@command
def cmd_draft(args: argparse.Namespace, paths: Paths) -> int:
    """Preview the reply draft for a saved message (.eml), with what was extracted and how sure it is.

    Uses your config's identity and templates when there is one (a sample identity otherwise), so
    you can tune templates without touching your mailbox. Nothing is saved anywhere.
    """
    from datetime import UTC, datetime

    from .app import build_renderer
    from .classify import Classifier
    from .config import Config, IdentityConfig
    from .message import parse
    from .reply import draft_message_id

    config_file = _config_file(args, paths)
    config = (
        _load(config_file)
        if config_file is not None
        else Config(
            accounts=(AccountConfig(name="preview"),),
            identity=IdentityConfig("Your Name", "you@example.com", "Your Name"),
        )
    )
    renderer = build_renderer(config, paths)
    try:
        raw = Path(args.file).expanduser().read_bytes()
    except OSError as exc:
        raise WatcherError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    message = parse(raw)
    verdict = Classifier.from_file(_classify_model(args, paths)).predict(message)
    draft = renderer.render(
        message,
        draft_message_id("preview", message.message_id or "x", config.identity.email),
        datetime.now(UTC),
    )
    ctx = draft.context
    assert ctx is not None
    say(f"classifier: {verdict.label} (score {verdict.score:.2f})")
    for name, item in (
        ("contact", ctx.contact_name),
        ("company", ctx.company),
        ("role", ctx.role),
        ("stage", ctx.stage),
    ):
        say(f"{name + ':':9} {item.value or '—'} (confidence {item.confidence:.2f})")
    say(f"{'language:':9} {ctx.language}{' (informal: du/tu)' if ctx.informal else ''}")
    say(
        f"{'reply to:':9} {draft.to or '— (none found: the draft gets a note)'}"
        f"{' (from ' + ctx.recipient_source + ')' if ctx.recipient_source else ''}"
    )
    say(f"{'template:':9} {draft.template}\n")
    mail = draft.email
    for header in ("From", "To", "Subject", "In-Reply-To", "References"):
        if mail[header] is not None:
            say(f"{header}: {mail[header]}")
    say(f"\n{draft.body}")
    return 0


@command
def cmd_followups(args: argparse.Namespace, paths: Paths) -> int:
    """List the "still interested" follow-ups (scheduled, drafted, skipped), or cancel one by ID."""
    from .state import Ledger

    ledger = Ledger.open(paths.state_db)
    try:
        if args.action == "cancel":
            if args.id is None:
                raise WatcherError("say which follow-up to cancel: `rejection-watcher followups cancel ID`")
            followup = ledger.cancel_followup(args.id)
            say(
                f"cancelled follow-up {followup.id} ({followup.context.get('company') or followup.context.get('to_address') or '?'})"
            )
            return 0
        rows = ledger.followups(_ledger_account(args, paths))
    finally:
        ledger.close()
    if not rows:
        say("no follow-ups yet: one is scheduled for each reply draft (drafts.follow_up_after_days)")
        return 0
    say(f"{'ID':>4}  {'due':10}  {'status':9}  {'company':22}  {'role':26}  to / note")
    for f in rows:
        c = f.context
        note = f.reason if f.status in ("skipped", "cancelled") else (c.get("to_address") or "(no address)")
        say(
            f"{f.id:>4}  {f.due_at:%Y-%m-%d}  {f.status:9}  {_cut(c.get('company') or '—', 22):22}  "
            f"{_cut(c.get('role') or '—', 26):26}  {note}"
        )
    return 0


@command
def cmd_history(args: argparse.Namespace, paths: Paths) -> int:
    """List every rejection seen, with its date, company, role, stage, draft and follow-up.

    Messages that could not be handled are listed too (stage "unreadable", with the reason), and
    messages the model was unsure about ("unsure: KIND"). The ID in the first column is what
    `label ID rejection|not-rejection` takes to correct the model. With --csv, writes the same as
    CSV to stdout (for a spreadsheet).
    """
    import csv

    from .state import Ledger

    ledger = Ledger.open(paths.state_db)
    try:
        rows = ledger.history(_ledger_account(args, paths))
    finally:
        ledger.close()
    columns = ("id", "date", "company", "role", "stage", "draft", "follow-up due", "subject", "from")
    table = [
        (
            str(r["id"]),
            (r["received_at"] or r["processed_at"] or "")[:10],
            r["company"] or "",
            r["role"] or "",
            _history_stage(r),
            "yes" if r["draft_message_id"] else f"no: {r['reason']}",
            f"{(r['followup_due'] or '')[:10]} ({r['followup_status']})" if r["followup_id"] else "",
            r["subject"],
            r["sender"],
        )
        for r in rows
    ]
    if args.csv:
        # Cells quote mail: no escape sequences for whoever cats it, no formulas for whoever
        # opens it in a spreadsheet ('=HYPERLINK(...)' as a subject, '-2+3' as a sender).
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([csv_cell(for_terminal(str(cell))) for cell in row] for row in table)
        return 0
    if not table:
        say("no rejections recorded yet")
        return 0
    widths = (5, 10, 22, 26, 17, 5, 24)
    say("  ".join(f"{c:{w}}" for c, w in zip(columns, widths, strict=False)))
    for row in table:
        say("  ".join(f"{_cut(str(v), w):{w}}" for v, w in zip(row, widths, strict=False)))
    return 0


def _history_stage(row: dict[str, object]) -> str:
    """A rejection's stage; "unreadable" for mail that could not be handled; "unsure: KIND" for
    mail the model did not call a rejection but was not sure about."""
    if row["decision"] == "error":
        return "unreadable"
    if row["label"] != "rejection":
        return f"unsure: {str(row['kind'] or 'other').replace('_', ' ')}"
    return str(row["stage"] or "").replace("_", " ")


def _cut(text: str, width: int) -> str:
    """A table cell: made terminal-safe first, so escapes count towards its width."""
    text = for_terminal(text)
    return text if len(text) <= width else text[: width - 1] + "…"


@command
def cmd_status(args: argparse.Namespace, paths: Paths) -> int:
    """Show what the daemon is doing, per account and folder, and the follow-ups due.

    Per folder: connected since, last pass, last error, messages seen, rejections, drafts. Read
    from the state database, so it works while `run` is running.
    """
    from datetime import UTC, datetime

    from .lock import AlreadyRunning, InstanceLock
    from .state import Ledger

    if not paths.state_db.exists():
        say(f"no state yet at {paths.state_db}: run `rejection-watcher once` or `run` first")
        return 0
    only = _ledger_account(args, paths)
    ledger = Ledger.open(paths.state_db)
    try:
        statuses = {(r["account"], r["folder"]): r for r in ledger.watch_status()}
        counts = ledger.folder_counts()
        followups = ledger.followups(only)
    finally:
        ledger.close()
    if only is not None:
        statuses = {k: v for k, v in statuses.items() if k[0] == only}
        counts = {k: v for k, v in counts.items() if k[0] == only}
    try:
        with InstanceLock(paths.state_dir):
            running = "not running"
    except AlreadyRunning as exc:
        running = f"running (PID {exc.pid})" if exc.pid else "running"
    say(f"daemon: {running}")
    for key in sorted(set(statuses) | set(counts)):
        st, n = statuses.get(key, {}), counts.get(key, {"seen": 0, "rejections": 0, "drafts": 0})
        if st.get("connected"):
            state = f"connected ({st.get('mode') or 'poll'}) since {_when(st.get('since'))}"
        elif st:
            state = f"not connected since {_when(st.get('since'))}" if st.get("since") else "not connected"
        else:
            state = "never watched by the daemon"
        say(f"{key[0]} / {key[1]}: {state}; last pass {_when(st.get('last_pass_at'))}")
        errors = f", {n['errors']} unreadable (see `history`)" if n.get("errors") else ""
        say(f"    {n['seen']} messages seen, {n['rejections']} rejections, {n['drafts']} drafts{errors}")
        if st.get("last_error"):
            say(f"    last error {_when(st.get('last_error_at'))}: {st['last_error']}")
    now = datetime.now(UTC)
    due = [f for f in followups if f.status == "scheduled"]
    overdue = [f for f in due if f.due_at <= now]
    nxt = min((f.due_at for f in due), default=None)
    say(
        f"follow-ups: {len(due)} scheduled, {len(overdue)} due now"
        + (f", next {nxt:%Y-%m-%d}" if nxt else "")
    )
    return 0


def _when(value: object) -> str:
    if not value:
        return "never"
    from datetime import datetime

    return datetime.fromisoformat(str(value)).astimezone().strftime("%Y-%m-%d %H:%M:%S")


@command
def cmd_auth(args: argparse.Namespace, paths: Paths) -> int:
    """Store an account's password in the system keyring (`auth set`), for `password_keyring = true`.

    Prompts for the password without echo (or reads one line from stdin when it is not a
    terminal). Needs the keyring extra: pip install 'rejection-watcher[keyring]'.
    """
    import getpass

    from .credentials import store_in_keyring

    config = _load(_require_config(args, paths))
    accounts = config.select(args.account)
    if len(accounts) > 1:
        raise WatcherError("several accounts in the config: say which with --account NAME")
    account = accounts[0]
    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {account.username} at {account.host}: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise WatcherError("no password given; nothing stored")
    store_in_keyring(account, password)
    say(f"stored in the system keyring for {account.key}")
    if not account.password_keyring:
        say("set `password_keyring = true` in this account's config section to use it")
    return 0


@command
def cmd_service(args: argparse.Namespace, paths: Paths) -> int:
    """Install the systemd user service (`service install`) that runs the daemon.

    The service starts at login and restarts on failure; `--print` shows the unit instead of
    writing it.
    """
    from .systemd import install_unit, render_unit

    config_file = None
    if args.config:
        config_file = Path(args.config).expanduser().resolve()
        if not config_file.is_file():  # a unit pointing nowhere would fail only at the next login
            raise ConfigError(f"no config file at {args.config} — pass the config the service should use")
    unit = render_unit(config_file, os.environ)
    if args.print:
        say(unit, end="")
        return 0
    say(f"wrote {install_unit(unit, os.environ)}")
    say("now run:  systemctl --user daemon-reload && systemctl --user enable --now rejection-watcher")
    say("logs:     journalctl --user -u rejection-watcher -f")
    say(
        "passwords: use password_command, password_keyring or oauth2_token_command in the config "
        "(a service does not see your shell's environment variables)"
    )
    return 0


@command
def cmd_demo(args: argparse.Namespace, paths: Paths) -> int:
    """Show the whole thing on a sample mailbox: two rejections become reply drafts.

    Needs no config and no account. Builds a temporary Maildir with five realistic messages,
    runs one pass with the shipped model and templates, and prints the decisions and drafts.
    """
    from .demo import run_demo

    run_demo(sys.stdout)
    return 0


@command
def cmd_paths(args: argparse.Namespace, paths: Paths) -> int:
    """Print where the config, state, logs, models and templates live."""
    from .resources import shipped_model, shipped_templates

    rows = [
        ("config file", paths.config_file),
        ("state directory", paths.state_dir),
        ("state database", paths.state_db),
        ("log directory", paths.log_dir),
        ("your models", paths.models_dir),
        ("your templates", paths.templates_dir),
        ("shipped model", shipped_model()),
        ("shipped templates", shipped_templates()),
    ]
    for name, value in rows:
        say(f"{name + ':':20} {value}")
    say(f"\nSet {HOME_ENV}=DIR to keep config, state and logs under DIR instead.")
    return 0


# --- helpers -------------------------------------------------------------------------------


def _require_config(args: argparse.Namespace, paths: Paths) -> Path:
    config_file = _config_file(args, paths)
    if config_file is None:
        raise ConfigError(f"no config file at {paths.config_file} — write one with `rejection-watcher init`")
    return config_file


def _config_file(args: argparse.Namespace, paths: Paths) -> Path | None:
    """The config to use: --config (must exist), else the default path if it exists, else None."""
    if args.config:
        return Path(args.config).expanduser()
    return paths.config_file if paths.config_file.exists() else None


def _ledger_account(args: argparse.Namespace, paths: Paths) -> str | None:
    """The ledger's key for --account NAME (the config maps a name to username@host), or None."""
    if not args.account:
        return None
    config_file = _config_file(args, paths)
    if config_file is None:
        return str(args.account)  # no config to map a name: NAME is the key itself
    return str(_load(config_file).select(args.account)[0].key)


def _load(path: Path):  # type: ignore[no-untyped-def]
    from .config import load_config

    return load_config(path)


def _classify_model(args: argparse.Namespace, paths: Paths) -> Path:
    from .app import model_path

    if args.model:
        return model_path(None, paths, args.model)
    config_file = _config_file(args, paths)
    return model_path(_load(config_file) if config_file is not None else None, paths)


def _run_on_demo_mailbox() -> int:
    """`run` without a config: process the demo mailbox, then keep watching it."""
    import tempfile

    from .config import AccountConfig, Config, IdentityConfig, ScheduleConfig
    from .daemon import run_daemon
    from .demo import DEMO_IDENTITY, run_demo

    root = Path(tempfile.mkdtemp(prefix="rejection-watcher-demo-"))
    run_demo(sys.stdout, workdir=root)
    demo_paths = Paths(root / "config.toml", root / "state", root / "logs")
    from .app import build_components

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


def _setup_file_logging(config: Config) -> None:
    """`logging.file`: also a rotating log file (5 × 5 MB), with the same redaction, readable by
    you alone (0600, rotated files too): it names who rejected you and when."""
    from .credentials import RedactSecrets

    if config.logging.file is not None:
        log_file = config.logging.file
        try:
            log_file.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
            for i in range(LOG_BACKUPS + 1):
                restrict_mode(Path(f"{log_file}.{i}") if i else log_file, PRIVATE_FILE)
            handler = _PrivateRotatingFileHandler(log_file, maxBytes=5_000_000, backupCount=LOG_BACKUPS)
        except OSError as exc:
            raise ConfigError(f"`logging.file`: cannot write {log_file}: {exc.strerror or exc}") from None
        handler.setFormatter(_TerminalSafeFormatter(LOG_FORMAT))
        handler.addFilter(RedactSecrets())
        logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(config.logging.level.upper())


LOG_BACKUPS = 5


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 whatever the umask (rotation renames
    the current file, so every backup keeps that mode)."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


class _TerminalSafeFormatter(logging.Formatter):
    """Log lines quote subjects, folder names and server replies: no escape sequence or bidi
    override in them may reach a terminal or `journalctl` (see `textsafe`)."""

    def format(self, record: logging.LogRecord) -> str:
        return for_terminal(super().format(record))


def _warn_about_insecure_accounts(config: Config, accounts: Sequence[AccountConfig] | None = None) -> None:
    """Every start, loudly: `allow_insecure` is allowed, but never forgotten about."""
    for account in accounts if accounts is not None else config.accounts:
        if account.password_in_clear:
            log.warning(
                '%s: security = "plain" sends your password to %s in clear, readable by anyone on the '
                'network path (allow_insecure = true) — use "ssl" or "starttls" if the server offers them',
                account.key,
                account.host,
            )


def _date(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2025-09-01") from None


#: The commands that work on accounts, and so take `--account NAME`.
ACCOUNT_COMMANDS = frozenset({"run", "once", "check", "folders", "auth", "history", "followups", "status"})


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
    for name, func in COMMANDS.items():
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


def _setup_logging(level: int) -> None:
    """One line per event on stderr; journald adds its own timestamps. Secrets are redacted, and
    imapclient's protocol trace (which would include message bodies) is never shown."""
    from .credentials import RedactSecrets

    fmt = "%(levelname)s %(name)s: %(message)s" if os.environ.get("JOURNAL_STREAM") else LOG_FORMAT
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_TerminalSafeFormatter(fmt))
    handler.addFilter(RedactSecrets())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("imapclient").setLevel(max(level, logging.INFO))
    logging.getLogger("apscheduler").setLevel(max(level, logging.WARNING))


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
    _setup_logging(level)
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
