"""The job search as applications: each job mail attached to one application, with a timeline.

Pure core: a function of plain job-mail events (what the ledger kept of each job mail the watcher
saw, plus our own drafts, follow-ups and replies seen in Sent) → `Application`s. No IMAP, no
SQLite, no clock (`now` is an argument).

Linking (see `build_applications`): a mail joins the application of the mail it answers or
references (thread ids); otherwise one with the same company and a matching role; where the
match is ambiguous it starts an application of its own — two applications shown apart are
a smaller harm than two merged wrongly, and `applications merge` / `split` fix either by hand.

This module defines the shapes shared by the `applications` command, the HTML report and the
ledger, and the linking itself (`build_applications`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
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
    "reply_sent",  # the user's own reply to a rejection (in Sent, or \\Answered), dated like it
)
#: The classifier's kinds of job mail (training.KINDS) that are events, and the event each is.
#: Job alerts and recruiter outreach are about jobs, not about an application.
EVENT_OF_KIND = {
    "acknowledgement": "applied",
    "interview": "interview",
    "rejection": "rejection",
    "position_closed": "position_closed",
    "offer": "offer",
    "withdrawal": "withdrawal",
}
#: Events written by the company (the rest are ours): they set the stage and end the waiting.
COMPANY_EVENTS = frozenset(EVENT_OF_KIND.values())

#: Stages, in the order a job search moves through them. "no_reply" is an open application whose
#: last event is older than the waiting limit (default 30 days) with no answer since.
STAGES = ("applied", "interview", "offer", "rejected", "closed", "withdrawn", "no_reply")
#: Stages that end an application.
FINAL_STAGES = frozenset({"offer", "rejected", "closed", "withdrawn"})
#: The stage each company event moves an application to.
STAGE_OF_EVENT = {
    "applied": "applied",
    "interview": "interview",
    "offer": "offer",
    "rejection": "rejected",
    "position_closed": "closed",
    "withdrawal": "withdrawn",
}


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


@dataclass(frozen=True)
class Override:
    """A correction by hand that every rebuild applies, kept by message key so it survives them:
    `merge` puts the application holding `event_key` together with the one holding `other_key`;
    `split` makes the event `event_key` start an application of its own (mail that answers it
    follows it there)."""

    action: str  # "merge" | "split"
    event_key: str
    other_key: str | None = None


def build_applications(
    events: Iterable[JobMailEvent],
    *,
    now: datetime,
    waiting_days: int = 30,
    overrides: Sequence[Override] = (),
) -> list[Application]:
    """Link job-mail events into applications, oldest application first.

    Each event, oldest first, joins:
    1. the application of an earlier event it answers or references (thread ids), else
    2. the one open application of the same company (normalised: "ACME GmbH" = "Acme") with the
       same role (normalised: "(m/w/d)", reference numbers and case do not count; failing an
       exact match, one title may be the other plus trailing words), else
    3. with no role named, the company's only open application (an acknowledgement without a
       role starts a new one instead: a second application to a company is common);
    else it starts an application of its own. Two candidates are never guessed between.
    Splits are honoured while linking, merges after it (see `Override`). The same mail given
    twice (two folders, two accounts) is one event.
    """
    splits = {o.event_key for o in overrides if o.action == "split"}
    groups: list[_Group] = []
    by_key: dict[str, _Group] = {}
    unique: dict[str, JobMailEvent] = {}
    for event in events:
        unique.setdefault(event.message_key, event)
    for event in sorted(unique.values(), key=lambda e: e.when):
        group = None if event.message_key in splits else _link(event, groups, by_key)
        if group is None:
            group = _Group()
            groups.append(group)
        group.add(event)
        by_key.setdefault(event.message_key, group)
    for o in overrides:
        if o.action != "merge" or o.other_key is None:
            continue
        a, b = by_key.get(o.event_key), by_key.get(o.other_key)
        if a is None or b is None or a is b:
            continue
        for event in b.events:
            a.add(event)
            by_key[event.message_key] = a
        groups.remove(b)
    applications = [_application(g, now, waiting_days) for g in groups]
    return sorted(applications, key=lambda a: (a.applied_at or a.last_event_at, a.id))


def application_id(first_key: str) -> str:
    """An application's ID: 8 hex digits from its first event's key, stable across rebuilds."""
    return hashlib.sha256(first_key.encode("utf-8", "surrogatepass")).hexdigest()[:8]


#: Legal forms and filler that do not tell two employers apart ("Acme GmbH" is "ACME").
_LEGAL_FORMS = re.compile(
    r"\b(?:gmbh|mbh|ag|se|kg|kgaa|ug|ohg|ev|e\.v|inc|incorporated|ltd|limited|llc|llp|plc|corp|"
    r"corporation|company|co|group|gruppe|holding|bv|nv|sa|sas|sarl|srl|spa|ab|as|oy)\b\.?"
)


def normalise_company(name: str | None) -> str:
    """The company as a matching key: case, accents, legal form, punctuation and spaces removed."""
    if not name:
        return ""
    text = _fold(name)
    text = _LEGAL_FORMS.sub(" ", text.replace("&", " "))
    return re.sub(r"[^0-9a-z]+", "", text)


#: What a role title carries besides the role: gender markers ("(m/w/d)", "(all genders)",
#: "Entwickler:in"), reference numbers ("Ref. 4711", "Req ID R-123", "Kennziffer 12/24", "#55").
_ROLE_NOISE = (
    re.compile(r"\(\s*(?:[mwfdxi]\s*[/|,]\s*)+[mwfdxi]\s*\)|\b[mwf]\s*/\s*[mwf]\s*/\s*[dx]\b"),
    re.compile(r"\(\s*(?:all genders?|gn\*?|alle geschlechter|divers)\s*\)"),
    re.compile(r"[:*_/]innen\b|[:*_/]in\b|\(in\)"),
    re.compile(
        r"\b(?:ref(?:erence)?|req(?:uisition)?(?:\s*id)?|job\s*id|id|kennziffer|kennzahl|"
        r"stellen-?id|referenz|référence|referencia)\b[\s.:#-]*[a-z]{0,3}[-\s]?\d[\w/-]*"
    ),
    re.compile(r"#\s*\w*\d\w*|\b[a-z]{0,3}-?\d{3,}\b"),
)


def normalise_role(role: str | None) -> str:
    """The role as a matching key: case, gender markers, reference numbers, punctuation removed."""
    if not role:
        return ""
    text = _fold(role)
    for pattern in _ROLE_NOISE:
        text = pattern.sub(" ", text)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class _Group:
    """An application while it is being built: its events so far and its matching keys."""

    events: list[JobMailEvent] = field(default_factory=list)
    company_key: str = ""
    role_key: str = ""
    stage: str = "applied"

    def add(self, event: JobMailEvent) -> None:
        self.events.append(event)
        self.company_key = self.company_key or normalise_company(event.company)
        self.role_key = self.role_key or normalise_role(event.role)
        if event.kind in STAGE_OF_EVENT:
            self.stage = STAGE_OF_EVENT[event.kind]

    @property
    def is_open(self) -> bool:
        return self.stage not in FINAL_STAGES

    def has(self, kind: str) -> bool:
        return any(e.kind == kind for e in self.events)


def _link(event: JobMailEvent, groups: list[_Group], by_key: dict[str, _Group]) -> _Group | None:
    """The application `event` joins (see `build_applications`), or None for a new one."""
    for ref in (event.in_reply_to, *reversed(event.references)):
        if ref and ref in by_key:
            return by_key[ref]
    company = normalise_company(event.company)
    if not company:
        return None
    candidates = [g for g in groups if g.company_key == company and g.is_open]
    role = normalise_role(event.role)
    if role:
        same = [g for g in candidates if g.role_key == role]
        if not same and event.kind != "applied":  # a new title acknowledged: a new application
            same = [g for g in candidates if g.role_key and _word_prefix(g.role_key, role)]
        if same or event.kind == "applied":
            return same[0] if len(same) == 1 else None
        roleless = [g for g in candidates if not g.role_key]
        return roleless[0] if len(candidates) == 1 and roleless else None
    if event.kind == "applied":
        return None
    return candidates[0] if len(candidates) == 1 else None


def _word_prefix(a: str, b: str) -> bool:
    """One role is the other plus trailing words: "it architekt" and "it architekt stelle" (a
    subject's "– Stelle nicht besetzt" caught in the title), "data engineer" and "data engineer
    remote". Only consulted when no role matches exactly, and only a single match counts."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short + " ")


def _application(group: _Group, now: datetime, waiting_days: int) -> Application:
    events = tuple(sorted(group.events, key=lambda e: e.when))
    answers = [e for e in events if e.kind in COMPANY_EVENTS]
    applied = next((e.when for e in events if e.kind == "applied"), events[0].when)
    stage = STAGE_OF_EVENT[answers[-1].kind] if answers else "applied"
    last = events[-1].when
    waiting = max((now - last).days, 0)
    if stage not in FINAL_STAGES and waiting >= waiting_days:
        stage = "no_reply"
    return Application(
        id=application_id(events[0].message_key),
        company=next((e.company for e in events if e.company), ""),
        role=next((e.role for e in events if e.role), None),
        ats=next((e.ats for e in events if e.ats), None),
        events=events,
        stage=stage,
        applied_at=applied,
        first_answer_at=next((e.when for e in answers if e.kind != "applied" and e.when >= applied), None),
        last_event_at=last,
        days_waiting=None if stage in FINAL_STAGES else waiting,
    )


#: Applicant-tracking systems by the domain their mail comes from (context.ATS_DOMAINS' vendors).
_ATS_NAMES = {
    "greenhouse": "Greenhouse",
    "myworkday": "Workday",
    "myworkdayjobs": "Workday",
    "workday": "Workday",
    "lever": "Lever",
    "icims": "iCIMS",
    "smartrecruiters": "SmartRecruiters",
    "linkedin": "LinkedIn",
    "taleo": "Taleo",
    "ashbyhq": "Ashby",
    "workablemail": "Workable",
    "workable": "Workable",
    "teamtailor": "Teamtailor",
    "bamboohr": "BambooHR",
    "successfactors": "SuccessFactors",
    "sapsf": "SuccessFactors",
    "jobs2web": "SuccessFactors",
    "jobvite": "Jobvite",
    "personio": "Personio",
    "softgarden": "softgarden",
    "dvinci": "d.vinci",
}


def ats_name(domains: Iterable[str]) -> str | None:
    """The applicant-tracking system one of these sender domains belongs to, if any."""
    for domain in domains:
        labels = domain.lower().rstrip(".").split(".")
        for label in labels[:-1]:
            name = _ATS_NAMES.get(label.removesuffix("-mail"))
            if name:
                return name
    return None
