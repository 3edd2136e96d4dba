"""The `Mailbox` port: what the service needs from a mail store, and nothing more.

Two adapters implement it: `imap.ImapMailbox` (a real server) and `maildir.MaildirMailbox`
(a local Maildir tree). One contract test suite (tests/test_mailbox_contract.py) runs against
both, so they cannot drift. The port is deliberately read-only except for `append_draft`:
nothing here can delete, move or flag a user's message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

#: Flags our drafts carry: a draft, and already "seen" so clients don't show it as new mail.
DRAFT_FLAGS = ("\\Draft", "\\Seen")


@dataclass(frozen=True)
class FolderStatus:
    """A folder as opened read-only: its UID epoch and the next UID the server will assign."""

    name: str
    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True)
class FolderInfo:
    """One folder in a listing, with its RFC 6154 special use (e.g. "\\Drafts") if any."""

    name: str
    special_use: str | None
    flags: tuple[str, ...]


@dataclass(frozen=True)
class MessageMeta:
    """What can be known about a message without fetching its body."""

    uid: int
    size: int
    flags: frozenset[str]
    internal_date: datetime | None


@dataclass(frozen=True)
class FetchedMessage:
    """A message's raw bytes with its metadata."""

    meta: MessageMeta
    raw: bytes

    @property
    def uid(self) -> int:
        return self.meta.uid


class Mailbox(Protocol):
    """A mail store the watcher reads from and appends drafts to."""

    def list_folders(self) -> list[FolderInfo]:
        """All folders, with special-use markers."""
        ...

    def drafts_folder(self) -> str:
        """The folder drafts go to (configured, else found by special use, else by name)."""
        ...

    def open_folder(self, folder: str) -> FolderStatus:
        """Open `folder` read-only (if not open already) and report its UIDVALIDITY and UIDNEXT.

        For a folder this session already has open, the status may be the one seen when it was
        opened (UIDNEXT is then a lower bound); `uids_after` always sees new mail.
        """
        ...

    def uids_after(self, folder: str, uid: int) -> list[int]:
        """UIDs strictly greater than `uid`, ascending."""
        ...

    def uids_since(self, folder: str, when: datetime) -> list[int]:
        """UIDs of messages that arrived at or after `when` (internal date), ascending."""
        ...

    def uids_larger(self, folder: str, uids: Sequence[int], size: int) -> list[int]:
        """Which of these UIDs are messages of more than `size` bytes, ascending: one search,
        so a pass learns which mail is too big to fetch without asking each message's size."""
        ...

    def fetch_meta(self, folder: str, uids: Sequence[int]) -> list[MessageMeta]:
        """Size, flags and arrival time of each message, without touching its \\Seen flag."""
        ...

    def fetch_raw(self, folder: str, uids: Sequence[int]) -> list[FetchedMessage]:
        """Full raw messages, fetched so that nothing is marked as read (BODY.PEEK)."""
        ...

    def existing_drafts(self, message_ids: Sequence[str]) -> set[str]:
        """Which of these Message-IDs the drafts folder already holds (one round trip per batch)."""
        ...

    def sent_folder(self) -> str | None:
        """The folder the user's sent mail goes to, if there is one."""
        ...

    def answered_in_sent(self, message_ids: Sequence[str]) -> set[str]:
        """Which of these Message-IDs the user already replied to (a reply in Sent refers to it)."""
        ...

    def wrote_to_since(
        self, addresses: Sequence[str], since: datetime, ignore_thread: Sequence[str] = ()
    ) -> bool:
        """Whether Sent holds mail since `since` to any of these addresses (or "@domain"s),
        not counting replies within the thread of `ignore_thread` Message-IDs."""
        ...

    def append_draft(self, raw: bytes, when: datetime) -> int | None:
        """Store a draft (flags \\Draft \\Seen); return its UID when the store reports one."""
        ...

    def close(self) -> None:
        """Release the connection or files; safe to call twice."""
        ...


@runtime_checkable
class IdleMailbox(Mailbox, Protocol):
    """A mailbox that can push new-mail notices (IMAP IDLE): what the daemon's watchers use."""

    @property
    def supports_idle(self) -> bool:
        """Whether the server offers IDLE."""
        ...

    def idle_start(self, folder: str) -> None:
        """Enter IDLE on `folder`, from a view the last `uids_after` has fully seen."""
        ...

    def idle_wait(self, timeout: float) -> list[tuple[Any, ...]]:
        """Untagged responses pushed within `timeout` seconds ([] when none)."""
        ...

    def idle_stop(self) -> None:
        """Leave IDLE (DONE)."""
        ...

    def new_mail_announced(self) -> bool:
        """Whether new mail was announced since the last `uids_after` began (see ImapMailbox)."""
        ...

    def abort(self) -> None:
        """Drop the connection without LOGOUT (after an error, or mid-IDLE)."""
        ...


DRAFTS_NAMES = (
    # English first, then common localised names (Gmail, Outlook, Apple, Thunderbird variants).
    "Drafts",
    "Draft",
    "INBOX.Drafts",
    "INBOX/Drafts",
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "Entwürfe",
    "INBOX.Entwürfe",
    "[Gmail]/Entwürfe",
    "[Google Mail]/Entwürfe",
    "Brouillons",
    "INBOX.Brouillons",
    "[Gmail]/Brouillons",
    "Borradores",
    "INBOX.Borradores",
    "[Gmail]/Borradores",
    "Bozze",
    "Concepten",
    "Utkast",
    "Kladder",
    "Rascunhos",
    "Wersje robocze",
    "Черновики",
)


SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "INBOX.Sent",
    "INBOX/Sent",
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "Gesendet",
    "Gesendete Elemente",
    "Gesendete Objekte",
    "INBOX.Gesendet",
    "[Gmail]/Gesendet",
    "Envoyés",
    "Éléments envoyés",
    "Messages envoyés",
    "Enviados",
    "Elementos enviados",
    "Posta inviata",
    "Verzonden items",
    "Skickat",
)


def pick_drafts_folder(folders: Sequence[FolderInfo]) -> str | None:
    """Choose the drafts folder: the \\Drafts special use (any case), else a well-known name."""
    return _pick_special(folders, "\\drafts", DRAFTS_NAMES)


def pick_sent_folder(folders: Sequence[FolderInfo]) -> str | None:
    """Choose the sent folder: the \\Sent special use (any case), else a well-known name."""
    return _pick_special(folders, "\\sent", SENT_NAMES)


def _pick_special(folders: Sequence[FolderInfo], flag: str, names: Sequence[str]) -> str | None:
    for info in folders:
        if (info.special_use or "").lower() == flag:
            return info.name
    by_lower = {f.name.lower(): f.name for f in folders}
    for name in names:
        if name.lower() in by_lower:
            return by_lower[name.lower()]
    return None


def mentions_any(header_text: str, message_ids: Sequence[str]) -> set[str]:
    """Which of the Message-IDs occur in a block of In-Reply-To/References header text."""
    lowered = header_text.lower()
    return {m for m in message_ids if m.lower() in lowered}
