"""The ledger port: what the core (a pass, the follow-ups) records and asks about handled mail.

The records are plain data, and `Ledger` is the Protocol of the eight methods `service` and
`followup` use. `state.SqliteLedger` implements it on SQLite (and adds what the shells need:
status, history, training runs); `MemoryLedger` below implements it on dicts, for fast tests of
the core, and one contract suite (tests/test_ledger_contract.py) runs against both so the two
cannot drift apart — vdirsyncer's `_StatusBase`, `MemoryStorage` and `StorageTests` pattern.
Nothing here touches a file, a socket or a clock other than to stamp `created_at`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol

from .applications import JobMailEvent


@dataclass(frozen=True)
class FolderState:
    """Where we are in one folder: its UID epoch and the highest UID already handled."""

    uidvalidity: int
    high_uid: int
    last_pass_at: datetime


@dataclass(frozen=True)
class FollowupSpec:
    """A follow-up to schedule together with a reply draft: when, and what to render it from."""

    due_at: datetime
    context: dict[str, Any]


@dataclass(frozen=True)
class Followup:
    """A scheduled (or done, skipped, cancelled) follow-up draft."""

    id: int
    account: str
    source_key: str
    reply_message_id: str
    due_at: datetime
    status: str  # scheduled | drafted | skipped | cancelled
    reason: str
    context: dict[str, Any]
    created_at: datetime
    done_at: datetime | None
    followup_message_id: str | None


@dataclass(frozen=True)
class Notice:
    """A saved draft to announce with the `[notify]` command: what the nudge may say, never the
    body. Recorded with the draft, in the same transaction, so each is announced exactly once."""

    kind: str  # "draft" | "follow-up"
    subject: str
    company: str


@dataclass(frozen=True)
class MessageRecord:
    """One handled message, as written to the ledger."""

    uid: int
    message_key: str
    subject: str
    sender: str
    received_at: datetime | None
    label: str | None
    score: float | None
    decision: str
    reason: str
    draft_message_id: str | None = None
    company: str | None = None
    role: str | None = None
    stage: str | None = None
    followup: FollowupSpec | None = None
    kind: str | None = None  # the kind of job mail the model saw (acknowledgement, rejection, ...)
    notice: Notice | None = None  # the nudge for the draft saved with this record
    event: JobMailEvent | None = None  # job mail: what the job-search record keeps of it
    replied: bool = False  # the user answered it (\\Answered, or a reply in Sent): an event too


class Ledger(Protocol):
    """What a pass needs from the record of handled mail (see the module docstring)."""

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        """The folder's UID epoch and high-water mark, or None before its first pass."""

    def set_folder_state(self, account: str, folder: str, state: FolderState) -> None:
        """Record the folder's position (a pass that found nothing new, or a first run)."""

    def known_keys(self, account: str, keys: Iterable[str]) -> set[str]:
        """Which of these message keys were already handled for this account (any folder)."""

    def unknown_uids(self, account: str, folder: str, uidvalidity: int, uids: Sequence[int]) -> list[int]:
        """The UIDs of this folder epoch not yet recorded, in the given order."""

    def record_batch(
        self,
        account: str,
        folder: str,
        uidvalidity: int,
        records: Sequence[MessageRecord],
        folder_state: FolderState,
        drafts_folder: str = "",
    ) -> None:
        """Write a batch of decisions, their drafts, follow-ups and the folder's position at once."""

    def drafted_sources(self, account: str, keys: Iterable[str]) -> set[str]:
        """Which of these message keys already got a reply draft."""

    def due_followups(self, account: str, now: datetime) -> list[Followup]:
        """Scheduled follow-ups due at `now`, earliest first."""

    def finish_followup(
        self,
        followup_id: int,
        status: str,
        reason: str,
        message_id: str | None = None,
        notice: Notice | None = None,
    ) -> None:
        """Mark a scheduled follow-up drafted or skipped (anything else is left alone); a drafted
        one's `notice` is recorded with it."""

    def job_events(self, account: str | None = None) -> list[JobMailEvent]:
        """Every job mail recorded (once per message key), our drafts and follow-ups, oldest first."""


def key_hash(key: str) -> int:
    """A message key as a signed 64-bit number: how ordinary mail is remembered compactly."""
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def reply_key(answered: str) -> str:
    """The key of the user's reply to a job mail: Sent's own Message-ID is not fetched."""
    return f"reply-to:{answered}"


#: One of our own acts, as the ledger keeps it: (account, kind, Message-ID, the ids it answers,
#: oldest first, when). A draft answers the job mail; a follow-up answers the mail and our draft;
#: the user's own reply answers the mail, and is dated like it (the reply's date is not fetched).
OwnAct = tuple[str, str, str, tuple[str, ...], datetime]


def derived_events(seen: Sequence[JobMailEvent], ours: Sequence[OwnAct]) -> list[JobMailEvent]:
    """The timeline the record is made of: each job mail once (the first time its key was seen),
    plus our drafts and follow-ups, which take company, role and ATS from the mail they answer."""
    first: dict[tuple[str, str], JobMailEvent] = {}
    for event in seen:
        first.setdefault((event.account, event.message_key), event)
    events = list(first.values())
    done: set[tuple[str, str]] = set()
    for account, kind, key, answers, when in ours:
        if (account, key) in done:
            continue
        done.add((account, key))
        source = next((first[(account, a)] for a in answers if (account, a) in first), None)
        events.append(
            JobMailEvent(
                account=account,
                message_key=key,
                when=when,
                kind=kind,
                company=source.company if source else None,
                role=source.role if source else None,
                ats=source.ats if source else None,
                subject="",
                sender="",
                in_reply_to=answers[-1],
                references=answers,
            )
        )
    return sorted(events, key=lambda e: e.when)


class MemoryLedger:
    """A `Ledger` on dicts: no file, no SQL, same answers (the contract suite checks it)."""

    def __init__(self) -> None:
        self.folders: dict[tuple[str, str], FolderState] = {}
        #: (account, folder, uidvalidity, uid) -> record; a later record replaces an earlier one.
        self.messages: dict[tuple[str, str, int, int], MessageRecord] = {}
        #: (account, draft Message-ID) -> the message key it answers
        self.drafts: dict[tuple[str, str], str] = {}
        self.draft_times: dict[tuple[str, str], datetime] = {}
        self.followup_rows: dict[int, Followup] = {}
        #: (account, draft Message-ID) -> the nudge recorded with that draft
        self.notices: dict[tuple[str, str], Notice] = {}

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        return self.folders.get((account, folder))

    def set_folder_state(self, account: str, folder: str, state: FolderState) -> None:
        self.folders[(account, folder)] = state

    def known_keys(self, account: str, keys: Iterable[str]) -> set[str]:
        handled = {r.message_key for (a, *_), r in self.messages.items() if a == account}
        return {k for k in keys if k in handled}

    def unknown_uids(self, account: str, folder: str, uidvalidity: int, uids: Sequence[int]) -> list[int]:
        return [u for u in uids if (account, folder, uidvalidity, u) not in self.messages]

    def record_batch(
        self,
        account: str,
        folder: str,
        uidvalidity: int,
        records: Sequence[MessageRecord],
        folder_state: FolderState,
        drafts_folder: str = "",
    ) -> None:
        now = datetime.now(UTC).replace(microsecond=0)
        for r in records:
            self.messages[(account, folder, uidvalidity, r.uid)] = r
            if r.draft_message_id:
                self.drafts.setdefault((account, r.draft_message_id), r.message_key)
                if r.notice is not None:
                    self.notices.setdefault((account, r.draft_message_id), r.notice)
                self.draft_times.setdefault((account, r.draft_message_id), now)
            if r.draft_message_id and r.followup is not None:
                taken = any(
                    f.account == account and f.source_key == r.message_key
                    for f in self.followup_rows.values()
                )
                if not taken:
                    new_id = max(self.followup_rows, default=0) + 1
                    self.followup_rows[new_id] = Followup(
                        id=new_id,
                        account=account,
                        source_key=r.message_key,
                        reply_message_id=r.draft_message_id,
                        due_at=r.followup.due_at,
                        status="scheduled",
                        reason="",
                        context=dict(r.followup.context),
                        created_at=now,
                        done_at=None,
                        followup_message_id=None,
                    )
        self.folders[(account, folder)] = folder_state

    def drafted_sources(self, account: str, keys: Iterable[str]) -> set[str]:
        answered = {source for (a, _draft), source in self.drafts.items() if a == account}
        return {k for k in keys if k in answered}

    def due_followups(self, account: str, now: datetime) -> list[Followup]:
        due = [
            f
            for f in self.followup_rows.values()
            if f.account == account and f.status == "scheduled" and f.due_at <= now
        ]
        return sorted(due, key=lambda f: f.due_at)

    def finish_followup(
        self,
        followup_id: int,
        status: str,
        reason: str,
        message_id: str | None = None,
        notice: Notice | None = None,
    ) -> None:
        followup = self.followup_rows.get(followup_id)
        if followup is None or followup.status != "scheduled":
            return
        if status == "drafted" and message_id and notice is not None:
            self.notices.setdefault((followup.account, message_id), notice)
        self.followup_rows[followup_id] = replace(
            followup,
            status=status,
            reason=reason,
            followup_message_id=message_id,
            done_at=datetime.now(UTC).replace(microsecond=0),
        )

    def job_events(self, account: str | None = None) -> list[JobMailEvent]:
        seen = [
            r.event
            for r in self.messages.values()
            if r.event is not None and account in (None, r.event.account)
        ]
        ours: list[OwnAct] = [
            (r.event.account, "reply_sent", reply_key(r.message_key), (r.message_key,), r.event.when)
            for r in self.messages.values()
            if r.replied and r.event is not None and account in (None, r.event.account)
        ]
        ours += [
            (a, "draft", draft, (source,), self.draft_times[(a, draft)])
            for (a, draft), source in self.drafts.items()
            if account in (None, a)
        ]
        ours += [
            (f.account, "followup", f.followup_message_id, (f.source_key, f.reply_message_id), f.done_at)
            for f in self.followup_rows.values()
            if f.status == "drafted" and f.followup_message_id and f.done_at and account in (None, f.account)
        ]
        return derived_events(seen, ours)
