"""Reading saved mail from disk: `.eml` files, directories of them, mbox files and Maildirs.

Used by `classify` (score saved mail) and `train` (learn from labelled mail). Each message comes
with a `where` that names it for the user: the file path, or the container plus a key for mbox
and Maildir ("Mail/jobs.mbox#12", "Mail/Rejected#1700000000.M1P2.host").
"""

from __future__ import annotations

import logging
import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedMessage:
    """One message read from disk, with a name that says where it came from."""

    where: str
    raw: bytes


class SourceError(ValueError):
    """A path that is not mail we can read."""


def read_messages(path: Path) -> Iterator[SavedMessage]:
    """Every message in `path`, whatever kind of mail store it is."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or directory")
    if path.is_dir():
        if _is_maildir(path):
            yield from _read_maildir(path)
            return
        for child in sorted(path.rglob("*")):
            if child.is_dir() and _is_maildir(child):
                yield from _read_maildir(child)
            elif child.is_file() and _in_maildir(child):
                continue  # already read as part of its Maildir
            elif child.is_file() and child.suffix.lower() == ".eml":
                yield SavedMessage(str(child), child.read_bytes())
            elif child.is_file() and child.suffix.lower() in (".mbox", ".mbx") and _looks_like_mbox(child):
                yield from _read_mbox(child)
        return
    if _looks_like_mbox(path):
        yield from _read_mbox(path)
    else:
        yield SavedMessage(str(path), path.read_bytes())


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _in_maildir(path: Path) -> bool:
    return path.parent.name in ("cur", "new", "tmp") and _is_maildir(path.parent.parent)


def _looks_like_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def _read_mbox(path: Path) -> Iterator[SavedMessage]:
    box = mailbox.mbox(str(path), create=False)
    try:
        for key in box.iterkeys():
            yield SavedMessage(f"{path}#{key}", box.get_bytes(key))
    finally:
        box.close()


def _read_maildir(path: Path) -> Iterator[SavedMessage]:
    box = mailbox.Maildir(str(path), factory=None, create=False)
    for key in sorted(box.iterkeys()):
        try:
            yield SavedMessage(f"{path}#{key}", box.get_bytes(key))
        except KeyError:  # removed while we were reading
            log.info("%s#%s disappeared while reading", path, key)
