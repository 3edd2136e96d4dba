"""`label`: correct the model in one line, from a wrong draft (or a missed rejection) to its cause.

`rejection-watcher label ID rejection|not-rejection` takes an ID from `history`, a Message-ID,
or a saved .eml file. A message the ledger knows is fetched again read-only (EXAMINE and
BODY.PEEK, like every read) from the folder and UID epoch it was seen in, and its raw bytes
are kept in the state directory under `labels/LABEL/`, named by their content hash: labelling
the same mail twice keeps one copy, and labelling it the other way moves it. `train` always
includes these folders, so the next model learns from the correction.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .app import open_mailbox
from .config import Config
from .errors import WatcherError
from .paths import Paths
from .state import Ledger

#: What the user may type, and the label the training data uses.
LABELS = {"rejection": "rejection", "not-rejection": "not_rejection", "not_rejection": "not_rejection"}


class LabelError(WatcherError):
    """The message to label cannot be found or fetched."""


@dataclass(frozen=True)
class Labelled:
    """A stored correction: where the mail came from and where it is kept now."""

    source: str
    path: Path
    moved_from: str | None  # the label it had before, when this changed it


def labels_dir(paths: Paths) -> Path:
    """Where corrections live; `train` reads `rejection/` and `not_rejection/` below it."""
    return paths.state_dir / "labels"


def fetch(ref: str, paths: Paths, config: Config | None) -> tuple[bytes, str]:
    """The raw message `ref` names (an .eml path, a `history` ID, a Message-ID), and where from."""
    path = Path(ref).expanduser()
    if path.is_file():
        return path.read_bytes(), str(path)
    ledger = Ledger.open(paths.state_db)
    try:
        where = ledger.message_location(ref.strip())
    finally:
        ledger.close()
    if where is None:
        raise LabelError(
            f"no message {ref!r} in the history — give an ID from `rejection-watcher history`, "
            "a Message-ID, or a saved .eml file"
        )
    if config is None:
        raise LabelError(
            "no config file: write one with `rejection-watcher init`, or label a saved .eml file"
        )
    account = next((a for a in config.accounts if a.key == where["account"]), None)
    if account is None:
        raise LabelError(
            f"message {ref} was seen in account {where['account']}, which the config no longer has"
        )
    folder, uid = str(where["folder"]), int(where["uid"])
    mailbox = open_mailbox(account, paths)
    try:
        status = mailbox.open_folder(folder)
        found = mailbox.fetch_raw(folder, [uid]) if status.uidvalidity == where["uidvalidity"] else []
    finally:
        mailbox.close()
    if not found:
        raise LabelError(
            f"message {ref} is no longer in {folder} (moved, deleted, or the folder was renumbered) "
            "— save it as an .eml file from your mail client and label that"
        )
    return found[0].raw, f"{account.key} {folder} UID {uid}"


def store(raw: bytes, label: str, paths: Paths) -> Path:
    """Keep `raw` as a `label` example (0600, in the private state directory); return its path."""
    root = labels_dir(paths)
    name = hashlib.sha256(raw).hexdigest()[:24] + ".eml"
    target = root / label / name
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
    os.replace(tmp, target)
    return target


def label_message(ref: str, label: str, paths: Paths, config: Config | None) -> Labelled:
    """Fetch, then store the message under its new label (removing it from the other one)."""
    raw, source = fetch(ref, paths, config)
    target = store(raw, label, paths)
    moved_from = None
    for other in set(LABELS.values()) - {label}:
        old = labels_dir(paths) / other / target.name
        if old.exists():
            old.unlink()
            moved_from = other
    return Labelled(source, target, moved_from)
