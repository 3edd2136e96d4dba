"""The Maildir adapter: the `Mailbox` port over a local Maildir tree.

Serves people who sync mail locally (mbsync, offlineimap, getmail) and the demo. Both common
layouts are understood: Maildir++ (`root/cur`, `root/.Drafts/cur`) and one directory per folder
(`root/INBOX/cur`, `root/Drafts/cur`, as mbsync's `SubFolders Verbatim` writes).

Maildir has no UIDs, so this adapter gives each message one the first time it sees it and keeps
the mapping in *our* state directory (`uid_dir`), never inside the user's Maildir. Messages are
only ever read; the one write is a new file in the drafts folder, flagged Draft and Seen.
"""

from __future__ import annotations

import hashlib
import json
import mailbox
import os
import secrets
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .errors import MailboxError
from .mailbox import (
    FetchedMessage,
    FolderInfo,
    FolderStatus,
    MessageMeta,
    mentions_any,
    pick_drafts_folder,
    pick_sent_folder,
)

_FLAG_NAMES = {"D": "\\Draft", "F": "\\Flagged", "R": "\\Answered", "S": "\\Seen", "T": "\\Deleted"}
_HEADER_LIMIT = 64 * 1024
_HOSTNAME = socket.gethostname().replace("/", "\\057").replace(":", "\\072")
_sequence = 0


@dataclass
class _UidMap:
    """Key → UID for one folder, persisted as JSON beside our state."""

    path: Path
    uidvalidity: int
    next_uid: int
    uids: dict[str, int]

    @classmethod
    def load(cls, path: Path) -> _UidMap:
        try:
            data = json.loads(path.read_text())
            return cls(path, int(data["uidvalidity"]), int(data["next_uid"]), dict(data["uids"]))
        except FileNotFoundError:
            return cls(path, _new_uidvalidity(), 1, {})
        except (ValueError, KeyError, TypeError):  # corrupt: start a new UID epoch
            return cls(path, _new_uidvalidity(), 1, {})

    def assign(self, keys: Sequence[str]) -> bool:
        """Give new keys the next UIDs in order; return whether anything changed."""
        changed = False
        for key in keys:
            if key not in self.uids:
                self.uids[key] = self.next_uid
                self.next_uid += 1
                changed = True
        return changed

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps({"uidvalidity": self.uidvalidity, "next_uid": self.next_uid, "uids": self.uids})
        )
        os.replace(tmp, self.path)


class MaildirMailbox:
    """A Maildir tree that implements the `Mailbox` port."""

    def __init__(self, root: Path, uid_dir: Path, drafts_folder: str = "") -> None:
        if not root.is_dir():
            raise MailboxError(f"no Maildir at {root} — check `account.maildir`")
        self.root = root
        self._uid_dir = uid_dir
        self._drafts = drafts_folder or None
        self._maps: dict[str, _UidMap] = {}

    # --- folders ---------------------------------------------------------------------------

    def list_folders(self) -> list[FolderInfo]:
        names: list[str] = []
        if _is_maildir(self.root) or _is_maildir(self.root / "INBOX"):
            names.append("INBOX")
        for entry in sorted(self.root.iterdir()):
            if not entry.is_dir() or entry.name in {"cur", "new", "tmp", "INBOX"}:
                continue
            if entry.name.startswith(".") and _is_maildir(entry):
                names.append(entry.name[1:].replace(".", "/"))
            elif _is_maildir(entry):
                names.append(entry.name)
        return [FolderInfo(n, "\\Drafts" if n == self._drafts else None, ()) for n in names]

    def drafts_folder(self) -> str:
        if self._drafts is None:
            found = pick_drafts_folder(self.list_folders())
            if found is None:  # a Maildir without one: create it the Maildir++ way
                mailbox.Maildir(str(self.root / ".Drafts"), create=True)
                found = "Drafts"
            self._drafts = found
        return self._drafts

    def open_folder(self, folder: str) -> FolderStatus:
        files = self._scan(folder)
        uid_map = self._uid_map(folder)
        changed = uid_map.assign(sorted(files, key=lambda k: (files[k].stat().st_mtime, k)))
        if changed or not uid_map.path.exists():  # a new UID epoch must outlive this session
            uid_map.save()
        return FolderStatus(folder, uid_map.uidvalidity, uid_map.next_uid, len(files))

    def uids_after(self, folder: str, uid: int) -> list[int]:
        self.open_folder(folder)
        present = self._scan(folder)
        uids = self._uid_map(folder).uids
        return sorted(uids[k] for k in present if uids[k] > uid)

    def uids_since(self, folder: str, when: datetime) -> list[int]:
        metas = self.fetch_meta(folder, self.uids_after(folder, 0))
        return [m.uid for m in metas if m.internal_date is None or m.internal_date >= when]

    def uids_larger(self, folder: str, uids: Sequence[int], size: int) -> list[int]:
        return [m.uid for m in self.fetch_meta(folder, uids) if m.size > size]

    def fetch_meta(self, folder: str, uids: Sequence[int]) -> list[MessageMeta]:
        return [self._meta(uid, path) for uid, path in self._paths(folder, uids)]

    def fetch_raw(self, folder: str, uids: Sequence[int]) -> list[FetchedMessage]:
        result = []
        for uid, path in self._paths(folder, uids):
            try:
                raw = path.read_bytes()
            except FileNotFoundError:  # moved or deleted by the user's client meanwhile
                continue
            result.append(FetchedMessage(self._meta(uid, path), raw))
        return result

    def existing_drafts(self, message_ids: Sequence[str]) -> set[str]:
        if not message_ids:
            return set()
        wanted = {m.strip().lower(): m for m in message_ids}
        found = set()
        for path in self._scan(self.drafts_folder()).values():
            original = wanted.get(_message_id_of(path) or "")
            if original is not None:
                found.add(original)
        return found

    def sent_folder(self) -> str | None:
        return pick_sent_folder(self.list_folders())

    def answered_in_sent(self, message_ids: Sequence[str]) -> set[str]:
        sent = self.sent_folder()
        if sent is None or not message_ids:
            return set()
        found: set[str] = set()
        for path in self._scan(sent).values():
            headers = _header_block(path)
            found |= mentions_any(_header_values(headers, ("in-reply-to", "references")), message_ids)
        return found

    def wrote_to_since(
        self, addresses: Sequence[str], since: datetime, ignore_thread: Sequence[str] = ()
    ) -> bool:
        sent = self.sent_folder()
        if sent is None or not addresses:
            return False
        wanted = [a.lower() for a in addresses]
        for path in self._scan(sent).values():
            if datetime.fromtimestamp(path.stat().st_mtime, UTC) < since:
                continue
            headers = _header_block(path)
            to = _header_values(headers, ("to", "cc")).lower()
            thread = _header_values(headers, ("in-reply-to", "references"))
            if any(a in to for a in wanted) and not mentions_any(thread, ignore_thread):
                return True
        return False

    def append_draft(self, raw: bytes, when: datetime) -> int | None:
        drafts = self.drafts_folder()
        key = _deliver(self._folder_path(drafts), raw.replace(b"\r\n", b"\n"), "DS", when)
        uid_map = self._uid_map(drafts)
        uid_map.assign([key])
        uid_map.save()
        return uid_map.uids[key]

    def close(self) -> None:
        self._maps.clear()

    # --- internals -------------------------------------------------------------------------

    def _folder_path(self, folder: str) -> Path:
        if folder.upper() == "INBOX":
            if _is_maildir(self.root):
                return self.root
            if _is_maildir(self.root / "INBOX"):
                return self.root / "INBOX"
        plus = self.root / ("." + folder.replace("/", "."))
        if plus.is_dir():
            return plus
        verbatim = self.root / folder
        if verbatim.is_dir():
            return verbatim
        raise MailboxError(
            f"no folder {folder!r} in the Maildir at {self.root} — see `rejection-watcher folders`"
        )

    def _scan(self, folder: str) -> dict[str, Path]:
        """Key → file for every message in new/ and cur/ (the key survives flag changes)."""
        base = self._folder_path(folder)
        files: dict[str, Path] = {}
        for sub in ("new", "cur"):
            try:
                entries = os.scandir(base / sub)
            except FileNotFoundError:
                continue
            with entries:
                for entry in entries:
                    if entry.is_file() and not entry.name.startswith("."):
                        files[entry.name.split(":", 1)[0]] = Path(entry.path)
        return files

    def _uid_map(self, folder: str) -> _UidMap:
        if folder not in self._maps:
            ident = hashlib.sha256(str(self._folder_path(folder).resolve()).encode()).hexdigest()[:24]
            self._maps[folder] = _UidMap.load(self._uid_dir / f"{ident}.json")
        return self._maps[folder]

    def _paths(self, folder: str, uids: Sequence[int]) -> list[tuple[int, Path]]:
        files = self._scan(folder)
        uid_map = self._uid_map(folder)
        if uid_map.assign(sorted(k for k in files if k not in uid_map.uids)):
            uid_map.save()
        wanted = set(uids)
        return sorted((uid_map.uids[k], p) for k, p in files.items() if uid_map.uids[k] in wanted)

    @staticmethod
    def _meta(uid: int, path: Path) -> MessageMeta:
        try:
            st = path.stat()
        except FileNotFoundError:
            return MessageMeta(uid, 0, frozenset(), None)
        info = path.name.split(":2,", 1)[1] if ":2," in path.name else ""
        flags = frozenset(_FLAG_NAMES[c] for c in info if c in _FLAG_NAMES)
        return MessageMeta(uid, st.st_size, flags, datetime.fromtimestamp(st.st_mtime, UTC))


def _new_uidvalidity() -> int:
    """A fresh UID epoch; random so that a lost map never reuses the old value."""
    return 1 + secrets.randbelow(2**31 - 1)


def _deliver(folder: Path, data: bytes, flags: str, when: datetime) -> str:
    """Write a message the Maildir way: into tmp/, synced, then renamed into cur/ with its flags.

    Bytes are stored as given (with LF line endings, the Maildir convention), so the draft on
    disk is exactly the draft we rendered.
    """
    global _sequence
    _sequence += 1
    key = f"{time.time_ns() // 1_000_000_000}.M{time.time_ns() % 1_000_000_000 // 1000}P{os.getpid()}Q{_sequence}.{_HOSTNAME}"
    tmp = folder / "tmp" / key
    for sub in ("tmp", "new", "cur"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    with open(tmp, "xb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    stamp = when.timestamp()
    os.utime(tmp, (stamp, stamp))
    os.rename(tmp, folder / "cur" / f"{key}:2,{flags}")
    return key


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _header_block(path: Path) -> list[bytes]:
    """The unfolded header lines of a message file (only its first 64 KB are read)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEADER_LIMIT)
    except FileNotFoundError:
        return []
    block = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines: list[bytes] = []
    for line in block.split(b"\n"):
        if line[:1] in (b" ", b"\t") and lines:
            lines[-1] += b" " + line.strip()
        else:
            lines.append(line)
    return lines


def _header_values(lines: list[bytes], names: Sequence[str]) -> str:
    """The values of the named headers, joined (ASCII; enough for addresses and Message-IDs)."""
    wanted = tuple(n.lower().encode() + b":" for n in names)
    return "\n".join(
        line.split(b":", 1)[1].decode("ascii", "replace").strip()
        for line in lines
        if line.lower().startswith(wanted)
    )


def _message_id_of(path: Path) -> str | None:
    """The lower-cased Message-ID of a message file."""
    value = _header_values(_header_block(path), ("message-id",))
    return value.split("\n")[0].strip().lower() or None
