"""Labelled examples from wherever the user keeps them: the shipped corpus, IMAP folders, local
`.eml` directories, mbox files, Maildirs and JSONL.

Each source becomes `training.Example`s. Their cross-validation group is the generated family
for the shipped corpus and the sender's domain for the user's own mail, so one recruiter's
template never sits on both sides of a split. IMAP folders are read through the `Mailbox` port
(EXAMINE + BODY.PEEK): labelling by folder never changes anything on the server.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from ..classify import NOT_REJECTION, REJECTION
from ..context import detect_language
from ..errors import TrainingDataError as TrainingDataError  # re-exported: callers catch it from here
from ..features import model_text, text_for_model
from ..mailbox import Mailbox
from ..message import Message, parse
from .model import Example
from .sources import SourceError, read_messages

LABELS = (REJECTION, NOT_REJECTION)
CORPUS_HEADERS = ("X-Corpus-Label", "X-Corpus-Kind", "X-Corpus-Language", "X-Corpus-Group")
STYLE_HEADER = "X-Corpus-Style"  # optional: the generator style, "ats:<vendor>" for the style CV
ORDINARY_SET = "everyday"  # the corpus set of ordinary mail and spam (see models/corpus/FORMAT.md)
Progress = Callable[[int, int], None]


def corpus_examples(root: Path) -> list[Example]:
    """Every labelled `.eml` under the corpus directory (labels in X-Corpus-* headers)."""
    examples = []
    for path in sorted(root.rglob("*.eml")):
        raw = path.read_bytes()
        head = email.message_from_bytes(raw, policy=email.policy.compat32)
        label, kind, language, group = (str(head.get(h, "")).strip() for h in CORPUS_HEADERS)
        style = str(head.get(STYLE_HEADER, "")).strip()
        if label not in LABELS:
            raise TrainingDataError(f"{path}: no valid X-Corpus-Label (see models/corpus/FORMAT.md)")
        set_name = path.relative_to(root).parts[0]
        message = parse(raw)
        examples.append(
            Example(
                text=model_text(message),
                label=label,
                kind=kind,
                language=language,
                group=f"corpus:{set_name}:{group or path.stem}",
                source=f"corpus:{path.relative_to(root)}",
                digest=hashlib.sha256(raw).hexdigest(),
                subject=message.subject,
                ordinary=set_name == ORDINARY_SET,
                style=style,
            )
        )
    return examples


def user_example(message: Message, raw: bytes, label: str, source: str) -> Example:
    """An example from the user's own mail, grouped by sender domain."""
    domain = message.sender.domain if message.sender and message.sender.domain else "unknown"
    return Example(
        text=model_text(message),
        label=label,
        group=f"domain:{domain}",
        source=source,
        digest=hashlib.sha256(raw).hexdigest(),
        language=detect_language(f"{message.subject}\n{message.text}"),
        subject=message.subject,
        user=True,
    )


def path_examples(label: str, path: Path) -> list[Example]:
    """Examples from a local path: .eml file or directory, mbox, Maildir, or .jsonl."""
    _check_label(label)
    if path.is_file() and path.suffix.lower() == ".jsonl":
        return jsonl_examples(label, path)
    try:
        return [
            user_example(parse(saved.raw), saved.raw, label, f"file:{saved.where}")
            for saved in read_messages(path)
        ]
    except (SourceError, OSError) as exc:
        raise TrainingDataError(f"cannot read {path}: {exc}") from None


def jsonl_examples(label: str, path: Path) -> list[Example]:
    """One message per line: {"subject": ..., "body": ..., "from": optional, "label": optional}
    or {"raw": "<the whole RFC 5322 message>", "label": optional}; a line's label wins over `label`.

    Every line is checked before it is used: one that is not UTF-8, not a JSON object, holds a
    lone surrogate or a field of the wrong type stops training with its file and line number,
    rather than a traceback or a "None" quietly learnt as a message body.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TrainingDataError(f"cannot read {path}: {exc.strerror}") from None
    examples = []
    # Lines end at "\n" only: str.splitlines() also breaks at U+2028 and other characters that
    # are valid inside a JSON string, which would misnumber every later line.
    for n, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        row = _jsonl_row(line, where)
        line_label = row.get("label", label)
        _check_label(line_label, where)
        source = f"file:{path}#{n}"
        if "raw" in row:
            raw = _text_field(row, "raw", where).encode("utf-8", "surrogateescape")
            examples.append(user_example(parse(raw), raw, line_label, source))
            continue
        if "body" not in row and "subject" not in row:
            raise TrainingDataError(f'{where}: needs "raw", or "subject" and "body"')
        subject, body = _text_field(row, "subject", where), _text_field(row, "body", where)
        sender = _text_field(row, "from", where)
        domain = sender.rpartition("@")[2].lower().strip("> ") or "unknown"
        digest = hashlib.sha256(f"{subject}\n{body}".encode()).hexdigest()
        examples.append(
            Example(
                text=text_for_model(subject, body, sender),
                label=line_label,
                group=f"domain:{domain}",
                source=source,
                digest=digest,
                language=detect_language(f"{subject}\n{body}"),
                subject=subject,
                user=True,
            )
        )
    return examples


def _jsonl_row(line: bytes, where: str) -> dict[str, Any]:
    """One JSONL line as a JSON object, or a TrainingDataError saying what is wrong with it."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TrainingDataError(
            f"{where}: not valid UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})"
        ) from None
    try:
        row = json.loads(text)
    except RecursionError:  # the C decoder recurses once per [ or {
        raise TrainingDataError(
            f"{where}: nested too deeply (brackets within brackets), not a JSON object"
        ) from None
    except ValueError as exc:
        raise TrainingDataError(f"{where}: not a JSON object ({exc})") from None
    if not isinstance(row, dict):
        raise TrainingDataError(f"{where}: not a JSON object (got {_json_type(row)})")
    return row


#: Lone surrogates (JSON "\ud800" escapes) are not text: encoding one fails. In "raw" the
#: range \udc80-\udcff is allowed: that is how 8-bit bytes of a message survive as a str.
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_RAW_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def _text_field(row: dict[str, Any], name: str, where: str) -> str:
    """The string field `name` ("" when absent); anything but a string of text is refused."""
    value = row.get(name, "")
    if not isinstance(value, str):
        raise TrainingDataError(f'{where}: "{name}" must be a string (got {_json_type(value)})')
    surrogate = (_NOT_RAW_SURROGATE if name == "raw" else _SURROGATE).search(value)
    if surrogate:
        raise TrainingDataError(
            f'{where}: "{name}" holds a lone surrogate (\\u{ord(surrogate.group()):04x}), which is not text'
        )
    return value


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else "a string"


def mailbox_examples(
    mailbox: Mailbox, folder: str, label: str, progress: Progress | None = None, batch: int = 200
) -> list[Example]:
    """Every message in an IMAP (or Maildir) folder, read-only, labelled `label`."""
    _check_label(label)
    mailbox.open_folder(folder)
    uids = mailbox.uids_after(folder, 0)
    examples = []
    for i in range(0, len(uids), batch):
        if progress:
            progress(i, len(uids))
        for fetched in mailbox.fetch_raw(folder, uids[i : i + batch]):
            source = f"imap:{folder}#{fetched.uid}"
            examples.append(user_example(parse(fetched.raw), fetched.raw, label, source))
    if progress:
        progress(len(uids), len(uids))
    return examples


def check_minimum(examples: Sequence[Example], minimum: int) -> None:
    """Refuse to train on too few examples of either class, saying how many more are needed."""
    counts = Counter(e.label for e in examples)
    short = [
        f"{counts[label]} {label.replace('_', ' ')} (need {minimum})"
        for label in LABELS
        if counts[label] < minimum
    ]
    if short:
        raise TrainingDataError(
            f"too few examples to train: {', '.join(short)} — add labelled mail with "
            "`--add rejection=PATH` / `--add not_rejection=PATH` or the [training] folders, "
            "or keep the shipped corpus (drop --no-base)"
        )


def parse_add(values: Iterable[str]) -> list[tuple[str, Path]]:
    """`--add LABEL=PATH` arguments as (label, path) pairs."""
    pairs = []
    for value in values:
        label, sep, path = value.partition("=")
        if not sep or not path:
            raise TrainingDataError(f"--add {value!r}: expected LABEL=PATH, e.g. rejection=~/Mail/rejected")
        _check_label(label, f"--add {value!r}")
        pairs.append((label, Path(path).expanduser()))
    return pairs


def _check_label(label: object, where: str = "") -> None:
    if label not in LABELS:
        prefix = f"{where}: " if where else ""
        raise TrainingDataError(f'{prefix}label must be "rejection" or "not_rejection" (got {label!r})')
