"""Commands about the model and what it decides: classify, train, model, label, draft."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TextIO, cast

from ..cli import command, say
from ..config import AccountConfig
from ..errors import WatcherError
from ..paths import Paths
from .common import TerminalSafeStream, classify_model, find_config, load


@command
def cmd_classify(args: argparse.Namespace, paths: Paths) -> int:
    """Classify saved mail: .eml files, directories of them (recursively), mbox files, Maildirs.

    With --json, prints exactly one JSON object per message on stdout and nothing else:
    {"path": ..., "message_id": ..., "label": "rejection" | "not_rejection", "score": 0.0-1.0,
    "kind": the kind of job mail (e.g. "acknowledgement", "rejection"), "kind_probability": 0.0-1.0}.
    For mbox and Maildir, "path" is the container plus "#" and the message's key.
    """
    from ..classify import Classifier
    from ..message import parse
    from ..training.sources import SourceError, read_messages

    classifier = Classifier.from_file(classify_model(args, paths), args.threshold)
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
    from ..training.examples import parse_add
    from ..training.run import TrainOptions, run_training

    config_file = find_config(args, paths)
    config = load(config_file) if config_file is not None else None
    # Paths are checked before training, not after minutes of it.
    report = _writable(args.report, "the report") if args.report else None
    if report is not None:
        from ..charts import require

        require()  # the report's charts need the `report` extra: say so before training, not after
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
        outcome = run_training(config, paths, options, cast(TextIO, TerminalSafeStream(sys.stdout)))
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
    from ..app import model_path
    from ..modelstore import rollback
    from ..resources import shipped_model
    from ..training.run import model_summary

    config_file = find_config(args, paths)
    config = load(config_file) if config_file is not None else None
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
    from ..labels import LABELS, label_message

    config_file = find_config(args, paths)
    config = load(config_file) if config_file is not None else None
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

    from ..app import build_renderer
    from ..classify import Classifier
    from ..config import Config, IdentityConfig
    from ..message import parse
    from ..reply import draft_message_id

    config_file = find_config(args, paths)
    config = (
        load(config_file)
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
    verdict = Classifier.from_file(classify_model(args, paths)).predict(message)
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
