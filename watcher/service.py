"""One pass over new mail: fetch → parse → classify → decide → render → save draft → record.

`run_pass` receives everything it works with (mailbox, ledger, classifier, renderer) and knows
nothing of sockets, config files or clocks beyond the `now` it is given. Each batch is first
*planned* (a list of `Decision`s saying what would happen and why), then *applied*; a dry run
simply stops after planning, so `once --dry-run` shows exactly what a real pass would do.

Idempotency, in the order it is checked:
1. the ledger: a message key (Message-ID, else a content hash) already handled is skipped;
2. the drafts folder: before appending, the draft's deterministic Message-ID is looked up there,
   so a crash between APPEND and the ledger commit never produces a second draft;
3. the high-water mark advances only in the same transaction that records the batch.

Steps 1–2 and the APPEND run inside `serialize()`, a critical section the caller makes exclusive
per account across threads and processes (the daemon's folder watchers, its poll job, and a `once`
started beside it): the same message seen in two folders (a filing rule, Gmail labels) or by two
processes is drafted once. Inside it the ledger is asked again whether the message was drafted,
since a pass on another folder may have recorded it after this batch was planned.

A message is isolated from its batch: failing to parse, score, extract or render it records that
one message as an error, once (it is never retried on every pass), and the rest goes on.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Literal

from .applications import EVENT_OF_KIND, JobMailEvent, ats_name
from .classify import Classifier, Verdict
from .context import STAGES, ReplyContext, extract_context, is_ats_domain
from .followup import FollowupDecision, process_due_followups
from .ledger import FolderState, FollowupSpec, Ledger, MessageRecord, Notice
from .mailbox import FetchedMessage, Mailbox, MessageMeta
from .message import Message, parse
from .reply import Draft, ReplyRenderer, TemplateError, confident, draft_message_id

log = logging.getLogger(__name__)

Action = Literal["draft", "not_rejection", "skip", "error"]
#: Makes a block exclusive for one account (see the module docstring); `nullcontext` when alone.
Serialize = Callable[[], AbstractContextManager[object]]
#: Told (folder, messages fetched and classified, messages the search found) after each batch.
Progress = Callable[[str, int, int], None]
#: References/In-Reply-To ids looked at per message to spot a thread we already answered: a
#: hostile References header can hold 100,000 ids; a real thread's newest few are what matter.
MAX_THREAD_REFS = 50
#: After a UIDVALIDITY change, mail that arrived this long before the last pass is re-checked.
UIDVALIDITY_LOOKBACK = timedelta(days=1)


@dataclass(frozen=True)
class PassOptions:
    """What to watch and how, for one account."""

    account_key: str
    folders: Sequence[str]
    my_addresses: frozenset[str] = frozenset()
    max_message_bytes: int = 2_000_000
    batch_size: int = 200
    dry_run: bool = False
    since: datetime | None = None
    stages: Sequence[str] = STAGES
    max_age_days: int = 30
    follow_up_after_days: float = 0.0
    follow_up_template: str = "followup"
    with_followups: bool = True  # IDLE-triggered passes leave follow-ups to the poll job


@dataclass(frozen=True)
class Decision:
    """What the pass decided for one message, and why."""

    folder: str
    uid: int
    message_key: str
    subject: str
    sender: str
    received_at: datetime | None
    label: str | None
    score: float | None
    action: Action
    reason: str
    draft: Draft | None = None
    context: ReplyContext | None = None
    followup: FollowupSpec | None = None
    kind: str | None = None  # the model's kind of job mail, kept in the ledger for every message
    event: JobMailEvent | None = None  # job mail: what the job-search record keeps of it
    replied: bool = False  # job mail the user answered (\\Answered, or a reply in Sent)

    def record(self, draft_id: str | None = None) -> MessageRecord:
        facts = _sure_facts(self.context)
        return MessageRecord(
            company=facts[0],
            role=facts[1],
            stage=facts[2],
            followup=self.followup if draft_id else None,
            uid=self.uid,
            message_key=self.message_key,
            subject=self.subject,
            sender=self.sender,
            received_at=self.received_at,
            label=self.label,
            score=self.score,
            decision=self.action,
            reason=self.reason,
            draft_message_id=draft_id,
            kind=self.kind,
            notice=Notice("draft", self.draft.subject, facts[0] or "") if draft_id and self.draft else None,
            event=self.event,
            replied=self.replied,
        )


@dataclass
class PassReport:
    """Everything one pass saw and did (or, in a dry run, would do)."""

    decisions: list[Decision] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    drafts_created: list[str] = field(default_factory=list)
    #: Drafts that were planned but found already saved (in Drafts, or by another folder's pass).
    drafts_existing: list[str] = field(default_factory=list)
    followups: list[FollowupDecision] = field(default_factory=list)

    def count(self, action: Action) -> int:
        return sum(1 for d in self.decisions if d.action == action)


def message_key(message: Message, raw: bytes) -> str:
    """The identity of a mail across folders and UID epochs: Message-ID, else a content hash."""
    if message.message_id:
        return message.message_id
    return "sha256:" + hashlib.sha256(raw).hexdigest()[:40]


def run_pass(
    mailbox: Mailbox,
    ledger: Ledger,
    classifier: Classifier,
    renderer: ReplyRenderer,
    options: PassOptions,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    should_stop: Callable[[], bool] = lambda: False,
    serialize: Serialize = nullcontext,
    progress: Progress = lambda _folder, _done, _total: None,
) -> PassReport:
    """Process new mail in every watched folder of one account.

    `should_stop` is checked between batches: a stopping daemon finishes the batch in hand
    (whose drafts and ledger rows belong together) and leaves the rest for next time.
    `serialize` guards every check-Drafts → APPEND → record step (see the module docstring).
    """
    p = Pass(mailbox, ledger, classifier, renderer, options, now, should_stop, serialize, progress)
    report = PassReport()
    for folder in options.folders:
        if should_stop():
            return report
        _process_folder(folder, p, report)
    if options.with_followups and not should_stop():
        with serialize():
            report.followups = process_due_followups(
                mailbox,
                ledger,
                renderer,
                options.account_key,
                options.follow_up_template,
                now,
                options.dry_run,
            )
    return report


@dataclass(frozen=True)
class Pass:
    """What every step of one pass works with: its ports, its settings and its controls (the
    arguments of `run_pass`, handed on as one object instead of nine)."""

    mailbox: Mailbox
    ledger: Ledger
    classifier: Classifier
    renderer: ReplyRenderer
    options: PassOptions
    now: Callable[[], datetime]
    should_stop: Callable[[], bool]
    serialize: Serialize
    progress: Progress = lambda _folder, _done, _total: None


@dataclass(frozen=True)
class Scan:
    """Which mail of a folder a pass looks at, decided from the ledger's position alone."""

    high: int  # the high-water mark the pass starts from
    after_uid: int | None = None  # look at UIDs above this one
    since: datetime | None = None  # (and) at mail that arrived since then
    note: str | None = None  # said to the user: a first run, a UIDVALIDITY change
    first_run: bool = False  # look at nothing: only remember where the folder stands


def plan_scan(
    folder: str, state: FolderState | None, uidvalidity: int, uidnext: int, since: datetime | None
) -> Scan:
    """Choose which UIDs to check: pure, from the folder's recorded position and its status.

    - no position yet: start at the newest message (old mail is left alone), unless `since`;
    - a new UIDVALIDITY: every UID changed meaning, so look again at mail from a day before the
      last pass (the ledger's message keys skip what was already handled);
    - otherwise: the UIDs above the high-water mark, plus mail since `since` if asked.
    """
    if state is None and since is None:
        newest = uidnext - 1
        note = (
            f"{folder}: first run — watching mail after UID {newest}; older mail is left alone "
            "(use `once --since YYYY-MM-DD` to process it)"
        )
        return Scan(high=newest, note=note, first_run=True)
    if state is None:
        return Scan(high=0, since=since)
    if state.uidvalidity != uidvalidity:
        lookback = state.last_pass_at - UIDVALIDITY_LOOKBACK
        note = (
            f"{folder}: UIDVALIDITY changed ({state.uidvalidity} → {uidvalidity}); "
            f"re-checking mail since {lookback:%Y-%m-%d %H:%M} and skipping anything already handled"
        )
        return Scan(high=0, since=min(lookback, since) if since else lookback, note=note)
    return Scan(high=state.high_uid, after_uid=state.high_uid, since=since)


def _process_folder(folder: str, p: Pass, report: PassReport) -> None:
    acct, options, ledger = p.options.account_key, p.options, p.ledger
    status = p.mailbox.open_folder(folder)
    state = ledger.folder_state(acct, folder)
    newest = status.uidnext - 1
    scan = plan_scan(folder, state, status.uidvalidity, status.uidnext, options.since)
    if scan.note:
        report.notes.append(scan.note)
    if state is not None and state.uidvalidity != status.uidvalidity:
        log.warning("%s: UIDVALIDITY changed from %s to %s", folder, state.uidvalidity, status.uidvalidity)
    if scan.first_run:
        if not options.dry_run:
            ledger.set_folder_state(acct, folder, FolderState(status.uidvalidity, newest, p.now()))
        return
    uids: list[int] = []
    if scan.after_uid is not None:
        uids = list(p.mailbox.uids_after(folder, scan.after_uid))
        if not uids and scan.since is None:
            if not options.dry_run:  # nothing new: record that we looked
                ledger.set_folder_state(acct, folder, FolderState(status.uidvalidity, scan.high, p.now()))
            return
    if scan.since is not None:
        uids = sorted(set(uids) | set(p.mailbox.uids_since(folder, scan.since)))
    high = scan.high
    uids = ledger.unknown_uids(acct, folder, status.uidvalidity, uids)
    if uids:
        p.progress(folder, 0, len(uids))
    for done, batch in enumerate(_chunks(uids, options.batch_size)):
        if p.should_stop():
            return  # the high-water mark stays at the last recorded batch
        decisions = plan_batch(folder, batch, p)
        report.decisions.extend(decisions)
        high = max(high, *batch)
        if not options.dry_run:
            with p.serialize():
                apply_batch(folder, status.uidvalidity, decisions, p, high, report)
        p.progress(folder, min(len(uids), (done + 1) * options.batch_size), len(uids))
    if not options.dry_run:
        ledger.set_folder_state(acct, folder, FolderState(status.uidvalidity, max(high, newest), p.now()))


def plan_batch(folder: str, uids: Sequence[int], p: Pass) -> list[Decision]:
    """Decide, without changing anything, what to do with each message of a batch."""
    mailbox, ledger, options = p.mailbox, p.ledger, p.options
    metas = mailbox.fetch_meta(folder, uids)
    small = [m.uid for m in metas if m.size <= options.max_message_bytes]
    decisions = [_too_big(folder, m, options) for m in metas if m.size > options.max_message_bytes]
    parsed: list[tuple[FetchedMessage, Message]] = []
    for f in mailbox.fetch_raw(folder, small):
        try:
            parsed.append((f, parse(f.raw)))
        except Exception as exc:  # parse is meant to be total; if it is not, only this message fails
            decisions.append(_unreadable(folder, f, f"cannot parse: {_describe(exc)}"))
    keys = [message_key(msg, f.raw) for f, msg in parsed]
    known = ledger.known_keys(options.account_key, keys)
    fresh = []
    for (f, msg), key in zip(parsed, keys, strict=True):
        if msg.problems:
            log.info("%s uid %s: parsed with problems: %s", folder, f.uid, "; ".join(msg.problems[:5]))
        if key in known:
            decisions.append(
                _decision(folder, f, msg, key, None, "skip", "already handled (same Message-ID seen before)")
            )
        else:
            known.add(key)
            fresh.append((f, msg, key))
    scored = _score_each(folder, fresh, p.classifier, decisions)
    facts = _BatchFacts.gather(
        [(f, msg, key) for (f, msg, key), v in scored if v.is_rejection], mailbox, ledger, options
    )
    for (f, msg, key), verdict in scored:
        label_score = (verdict.label, verdict.score)
        try:
            decided = _decide(folder, f, msg, key, label_score, p.renderer, options, p.now, facts)
            event = job_event(decided, msg, verdict.kind, p)
            replied = event is not None and msg.message_id in facts.answered  # known for rejections
            decisions.append(replace(decided, kind=verdict.kind, event=event, replied=replied))
        except Exception as exc:  # one hostile message must never block its folder
            log.warning(
                "%s uid %s: cannot decide (%s); recorded as an error and skipped",
                folder,
                f.uid,
                _describe(exc),
                exc_info=log.isEnabledFor(logging.DEBUG),
            )
            decisions.append(
                _decision(folder, f, msg, key, label_score, "error", f"internal error: {_describe(exc)}")
            )
    decisions.sort(key=lambda d: d.uid)
    return decisions


def _score_each(
    folder: str,
    fresh: list[tuple[FetchedMessage, Message, str]],
    classifier: Classifier,
    decisions: list[Decision],
) -> list[tuple[tuple[FetchedMessage, Message, str], Verdict]]:
    """Score the batch at once; if that fails, score one by one so only the culprit is an error."""
    try:
        verdicts = classifier.predict_many([msg for _f, msg, _k in fresh])
        return list(zip(fresh, verdicts, strict=True))
    except Exception:
        log.info("%s: scoring the batch failed; scoring its messages one by one", folder)
    scored = []
    for item in fresh:
        f, msg, key = item
        try:
            scored.append((item, classifier.predict(msg)))
        except Exception as exc:
            log.warning(
                "%s uid %s: cannot classify (%s); recorded as an error", folder, f.uid, _describe(exc)
            )
            decisions.append(
                _decision(folder, f, msg, key, None, "error", f"cannot classify: {_describe(exc)}")
            )
    return scored


def _describe(exc: BaseException) -> str:
    """A one-line, bounded description of an error for the log and the ledger (no message text)."""
    text = str(exc).splitlines()[0][:120] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@dataclass(frozen=True)
class _BatchFacts:
    """What the "should we draft?" rules need to know beyond the message, looked up once per batch."""

    answered: frozenset[str]  # Message-IDs the user already replied to (\\Answered or a reply in Sent)
    drafted_threads: frozenset[str]  # message keys in these threads that already got our draft

    @classmethod
    def gather(
        cls,
        rejections: list[tuple[FetchedMessage, Message, str]],
        mailbox: Mailbox,
        ledger: Ledger,
        options: PassOptions,
    ) -> _BatchFacts:
        if not rejections:
            return cls(frozenset(), frozenset())
        answered = {
            msg.message_id for f, msg, _k in rejections if "\\Answered" in f.meta.flags and msg.message_id
        }
        ids = [
            msg.message_id for _f, msg, _k in rejections if msg.message_id and msg.message_id not in answered
        ]
        answered |= mailbox.answered_in_sent(ids)
        thread = {ref for _f, msg, _k in rejections for ref in _thread_refs(msg)}
        drafted = ledger.drafted_sources(options.account_key, thread)
        return cls(frozenset(a for a in answered if a), frozenset(drafted))


def _thread_refs(msg: Message) -> set[str]:
    """The ids this message answers: In-Reply-To and the newest References, bounded."""
    refs = {r for r in msg.references[-MAX_THREAD_REFS:] if r}
    if msg.in_reply_to:
        refs.add(msg.in_reply_to)
    return refs


def _decide(
    folder: str,
    fetched: FetchedMessage,
    msg: Message,
    key: str,
    scored: tuple[str, float],
    renderer: ReplyRenderer,
    options: PassOptions,
    now: Callable[[], datetime],
    facts: _BatchFacts,
) -> Decision:
    """The rules, in order; the first that applies decides. Each skip says why, for --dry-run."""
    label, score = scored

    def skip(reason: str, context: ReplyContext | None = None) -> Decision:
        return _decision(folder, fetched, msg, key, scored, "skip", reason, context=context)

    if label != "rejection":
        return _decision(folder, fetched, msg, key, scored, "not_rejection", f"score {score:.2f}")
    sender = msg.sender.email.lower() if msg.sender else ""
    if sender in options.my_addresses:
        return skip("sent by you")
    to, cc = {a.email.lower() for a in msg.to}, {a.email.lower() for a in msg.cc}
    if options.my_addresses & cc and not options.my_addresses & to:
        return skip("addressed to someone else; you are only in Cc")
    if msg.list_id:
        return skip("mailing-list mail (List-Id): a newsletter, not a personal rejection")
    context = extract_context(msg)
    received = msg.date or fetched.meta.internal_date
    if received is not None and now() - received > timedelta(days=options.max_age_days):
        return skip(f"older than {options.max_age_days} days (max_age_days)", context)
    if msg.message_id in facts.answered:
        return skip("you already replied to this message", context)
    if facts.drafted_threads & _thread_refs(msg):
        return skip("this thread already has a reply draft from us", context)
    stage = context.stage.value or "after_application"
    if stage not in options.stages:
        return skip(f"stage {stage} is not in drafts.stages", context)
    draft_id = draft_message_id(options.account_key, key, renderer.identity.email)
    try:
        draft = renderer.render(msg, draft_id, now(), context)
    except TemplateError as exc:
        return _decision(
            folder, fetched, msg, key, scored, "error", f"cannot render reply: {exc}", context=context
        )
    followup = None
    if options.follow_up_after_days > 0:
        due = now() + timedelta(days=options.follow_up_after_days)
        followup = FollowupSpec(due, renderer.facts_for_followup(msg, draft, now()))
    to_text = str(draft.to) if draft.to else "nobody (no reply address found)"
    reason = f"score {score:.2f}; {stage.replace('_', ' ')}; reply to {to_text}"
    return _decision(folder, fetched, msg, key, scored, "draft", reason, draft, context, followup)


def job_event(decided: Decision, msg: Message, kind: str, p: Pass) -> JobMailEvent | None:
    """What the job-search record keeps of a job mail (company and role by the drafts' own
    thresholds, the ATS, the thread ids); None for other mail, our own, and list mail. Never
    fails the message: without its facts it is still recorded as seen."""
    options = p.options
    sender = msg.sender.email.lower() if msg.sender else ""
    if (
        kind not in EVENT_OF_KIND
        or decided.action == "error"
        or sender in options.my_addresses
        or msg.list_id
    ):
        return None
    try:
        context = decided.context or extract_context(msg)
        company, role, _stage = _sure_facts(context)
    except Exception as exc:
        log.info("uid %s: no company or role for the job-search record (%s)", decided.uid, _describe(exc))
        company = role = None
    domains = [a.domain for a in (msg.sender, *msg.reply_to) if a is not None and is_ats_domain(a.domain)]
    return JobMailEvent(
        account=options.account_key,
        message_key=decided.message_key,
        when=decided.received_at or p.now(),
        kind=EVENT_OF_KIND[kind],
        company=company,
        role=role,
        ats=ats_name(domains),
        subject=decided.subject,
        sender=decided.sender,
        in_reply_to=msg.in_reply_to,
        references=tuple(msg.references[-MAX_THREAD_REFS:]),
    )


def apply_batch(
    folder: str, uidvalidity: int, decisions: Sequence[Decision], p: Pass, high: int, report: PassReport
) -> None:
    """Append the planned drafts (unless already saved), then record the batch atomically.

    Must run inside the account's `serialize()` section: the ledger and Drafts checks below are
    only meaningful if nobody else can append between them and the commit."""
    mailbox, ledger, options, now = p.mailbox, p.ledger, p.options, p.now
    # Another pass on this folder (a `once` beside the daemon) may have recorded some of these
    # UIDs since this batch was planned: its record stands, and this pass leaves them alone.
    fresh = set(ledger.unknown_uids(options.account_key, folder, uidvalidity, [d.uid for d in decisions]))
    decisions = [d for d in decisions if d.uid in fresh]
    planned = [d for d in decisions if d.action == "draft" and d.draft is not None]
    drafted_elsewhere = ledger.drafted_sources(options.account_key, [d.message_key for d in planned])
    already_there = mailbox.existing_drafts([d.draft.message_id for d in planned if d.draft])
    records = []
    for d in decisions:
        if d.action != "draft" or d.draft is None:
            records.append(d.record())
            continue
        if d.message_key in drafted_elsewhere:
            log.info("%s uid %s: already drafted from another folder or process; skipped", folder, d.uid)
            report.drafts_existing.append(d.draft.message_id)
            records.append(
                replace(d, action="skip", reason="already drafted (same message in another folder)").record()
            )
            continue
        if d.draft.message_id in already_there:
            log.info(
                "%s uid %s: draft %s already in Drafts; not appending again",
                folder,
                d.uid,
                d.draft.message_id,
            )
            report.drafts_existing.append(d.draft.message_id)
        else:
            mailbox.append_draft(d.draft.as_bytes(), now())
            report.drafts_created.append(d.draft.message_id)
            log.info(
                "%s uid %s: rejection (score %.2f) → draft %s",
                folder,
                d.uid,
                d.score or 0,
                d.draft.message_id,
            )
        records.append(d.record(draft_id=d.draft.message_id))
    state = FolderState(uidvalidity, high, now())
    ledger.record_batch(options.account_key, folder, uidvalidity, records, state, mailbox.drafts_folder())


def _decision(
    folder: str,
    fetched: FetchedMessage,
    msg: Message,
    key: str,
    scored: tuple[str, float] | None,
    action: Action,
    reason: str,
    draft: Draft | None = None,
    context: ReplyContext | None = None,
    followup: FollowupSpec | None = None,
) -> Decision:
    return Decision(
        folder=folder,
        uid=fetched.uid,
        message_key=key,
        subject=msg.subject,
        sender=str(msg.sender) if msg.sender else "",
        received_at=msg.date or fetched.meta.internal_date,
        label=scored[0] if scored else None,
        score=scored[1] if scored else None,
        action=action,
        reason=reason,
        draft=draft,
        context=context,
        followup=followup,
    )


def _sure_facts(context: ReplyContext | None) -> tuple[str | None, str | None, str | None]:
    """Company, role and stage for the history, by the same per-field thresholds as drafts."""
    if context is None:
        return None, None, None
    return confident(context, "company"), confident(context, "role"), confident(context, "stage")


def _unreadable(folder: str, fetched: FetchedMessage, reason: str) -> Decision:
    """A message that could not even be parsed: recorded under its content hash, never retried."""
    log.warning("%s uid %s: %s; recorded as an error and skipped", folder, fetched.uid, reason)
    return Decision(
        folder=folder,
        uid=fetched.uid,
        message_key="sha256:" + hashlib.sha256(fetched.raw).hexdigest()[:40],
        subject="",
        sender="",
        received_at=fetched.meta.internal_date,
        label=None,
        score=None,
        action="error",
        reason=reason,
    )


def _too_big(folder: str, meta: MessageMeta, options: PassOptions) -> Decision:
    log.info("%s uid %s: skipped, %d bytes is over max_message_bytes", folder, meta.uid, meta.size)
    return Decision(
        folder=folder,
        uid=meta.uid,
        message_key=f"too-large:{folder}:{meta.uid}:{meta.size}",
        subject="",
        sender="",
        received_at=meta.internal_date,
        label=None,
        score=None,
        action="skip",
        reason=f"too large ({meta.size:,} bytes > max_message_bytes {options.max_message_bytes:,}); not fetched",
    )


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])
