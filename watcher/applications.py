"""The job search as applications: each job mail attached to one application, with a timeline.

Pure core: a function of plain job-mail events (what the ledger kept of each job mail the watcher
saw, plus our own drafts, follow-ups and replies seen in Sent) → `Application`s. No IMAP, no
SQLite, no clock (`now` is an argument).

Linking (see `build_applications`): a mail joins the application of the mail it answers or
references (thread ids); otherwise one with the same company and a matching role; where the
match is ambiguous it starts an application of its own — two applications shown apart are
a smaller harm than two merged wrongly, and `applications merge` / `split` fix either by hand.

This module defines the shapes shared by the `applications` command, the HTML report and the
ledger; the linking itself is filled in by `build_applications`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: Kinds of event on an application's timeline. The first six come from the classifier's kinds
#: of job mail (training.KINDS: acknowledgement → "applied"); the rest are the user's own acts.
EVENT_KINDS = (
    "applied",  # an acknowledgement of the application
    "interview",  # an invitation or next step
    "rejection",
    "position_closed",
    "offer",
    "withdrawal",  # the company confirms the applicant withdrew
    "draft",  # rejection-watcher saved a reply draft
    "followup",  # rejection-watcher saved a "still interested" follow-up draft
    "reply_sent",  # the user's own reply, seen in Sent
)

#: Stages, in the order a job search moves through them. "no_reply" is an open application whose
#: last event is older than the waiting limit (default 30 days) with no answer since.
STAGES = ("applied", "interview", "offer", "rejected", "closed", "withdrawn", "no_reply")
#: Stages that end an application.
FINAL_STAGES = frozenset({"offer", "rejected", "closed", "withdrawn"})


@dataclass(frozen=True)
class JobMailEvent:
    """One event as the ledger keeps it: enough to link it, never the body."""

    account: str
    message_key: str  # Message-ID, or a content hash (service.message_key)
    when: datetime
    kind: str  # one of EVENT_KINDS
    company: str | None
    role: str | None
    ats: str | None  # applicant-tracking system the mail came through, when known
    subject: str
    sender: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class Application:
    """One application: company, role, its timeline and where it stands."""

    id: str  # stable across rebuilds (derived from its first event's message key)
    company: str
    role: str | None
    ats: str | None
    events: tuple[JobMailEvent, ...]  # oldest first
    stage: str  # one of STAGES
    applied_at: datetime | None  # the acknowledgement, else the first event
    first_answer_at: datetime | None  # the first event from the company after applying
    last_event_at: datetime
    days_waiting: int | None  # days since the last event while open; None once final

    @property
    def is_open(self) -> bool:
        return self.stage not in FINAL_STAGES
