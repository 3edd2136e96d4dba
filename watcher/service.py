"""One pass over new mail: fetch → parse → classify → decide → render → save draft → record.

`run_pass` receives everything it works with (mailbox, ledger, classifier, renderer) and knows
nothing of sockets, config files or clocks beyond the `now` it is given. Each batch is first
*planned* (a list of `Decision`s saying what would happen and why, see `batch`), then *applied*;
a dry run simply stops after planning, so `once --dry-run` shows exactly what a real pass would
do. While one batch is planned, the next one is being fetched (`BatchFetcher`).

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

A pass that finds no new mail loads neither the parser's helpers nor the model nor the templates:
`batch` is imported, and the classifier and renderer built (`Lazy`), only when there is mail.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from .applications import JobMailEvent
from .ledger import FolderState, FollowupSpec, Ledger, MessageRecord, Notice
from .mailbox import FetchedMessage, Mailbox, MessageMeta
from .stages import STAGES

if TYPE_CHECKING:  # the pass loads these only when there is mail (see `batch` and `Lazy`)
    from .classify import Classifier
    from .context import ReplyContext
    from .followup import FollowupDecision
    from .reply import Draft, ReplyRenderer

log = logging.getLogger(__name__)

Action = Literal["draft", "not_rejection", "skip", "error"]
#: Makes a block exclusive for one account (see the module docstring); `nullcontext` when alone.
Serialize = Callable[[], AbstractContextManager[object]]
#: Told (folder, messages fetched and classified, messages the search found) after each batch.
Progress = Callable[[str, int, int], None]
T = TypeVar("T")
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
        facts = sure_facts(self.context)
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


def run_pass(
    mailbox: Mailbox,
    ledger: Ledger,
    classifier: Classifier | Lazy[Classifier],
    renderer: ReplyRenderer | Lazy[ReplyRenderer],
    options: PassOptions,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    should_stop: Callable[[], bool] = lambda: False,
    serialize: Serialize = nullcontext,
    progress: Progress = lambda _folder, _done, _total: None,
) -> PassReport:
    """Process new mail in every watched folder of one account.

    `classifier` and `renderer` may be `Lazy`: then the model and the templates are loaded only
    if the pass meets mail to score or a reply to render (an empty `once` never loads them).
    `should_stop` is checked between batches: a stopping daemon finishes the batch in hand
    (whose drafts and ledger rows belong together) and leaves the rest for next time.
    `serialize` guards every check-Drafts → APPEND → record step (see the module docstring).
    """
    p = Pass(
        mailbox,
        ledger,
        Lazy.of(classifier),
        Lazy.of(renderer),
        options,
        now,
        should_stop,
        serialize,
        progress,
    )
    report = PassReport()
    for folder in options.folders:
        if should_stop():
            return report
        _process_folder(folder, p, report)
    if options.with_followups and not should_stop():
        report.followups = _due_followups(p)
    return report


def _due_followups(p: Pass) -> list[FollowupDecision]:
    """Draft the follow-ups that are due; with none due (the usual case), nothing else is loaded."""
    if not p.ledger.due_followups(p.options.account_key, p.now()):
        return []
    from .followup import process_due_followups

    options = p.options
    with p.serialize():
        return process_due_followups(
            p.mailbox,
            p.ledger,
            p.renderer(),
            options.account_key,
            options.follow_up_template,
            p.now,
            options.dry_run,
        )


class Lazy(Generic[T]):
    """A part of the pass built on first use, once, whichever thread asks first.

    The model (scikit-learn, ~1.5 s to import and load) and the templates (jinja2) are only
    needed when there is mail to score or a reply to render; `once` on a quiet mailbox must not
    pay for them. An error while building (a missing model) is raised to the caller each time
    it asks: it is nobody's message's fault, so the pass ends and records nothing."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build: Callable[[], T] | None = build
        self._value: T | None = None
        self._lock = threading.Lock()

    @classmethod
    def of(cls, value: T | Lazy[T]) -> Lazy[T]:
        """`value` itself if it is lazy already, else a Lazy that holds it, built."""
        if isinstance(value, Lazy):
            return value
        lazy: Lazy[T] = cls(lambda: value)
        lazy()
        return lazy

    @property
    def loaded(self) -> bool:
        return self._build is None

    def __call__(self) -> T:
        with self._lock:
            if self._build is not None:
                self._value = self._build()
                self._build = None
            return self._value  # type: ignore[return-value]  # set just above, or at first use


@dataclass(frozen=True)
class Pass:
    """What every step of one pass works with: its ports, its settings and its controls (the
    arguments of `run_pass`, handed on as one object instead of nine)."""

    mailbox: Mailbox
    ledger: Ledger
    classifier: Lazy[Classifier]
    renderer: Lazy[ReplyRenderer]
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
        from . import batch  # the parser, the context extractors and the rules: only for new mail

        p.progress(folder, 0, len(uids))

        # One SEARCH for the too-big ones instead of a size FETCH per batch: the rest is fetched
        # whole at once, and these are recorded (once) from their size alone, never read.
        large = set(p.mailbox.uids_larger(folder, uids, options.max_message_bytes))
        with BatchFetcher(p.mailbox, folder, list(_chunks(uids, options.batch_size)), large) as fetcher:
            done = 0
            for fetched in fetcher:
                if p.should_stop():
                    return  # the high-water mark stays at the last recorded batch
                fetched_uids = fetched.uids
                high = max(high, *fetched_uids)
                scored = batch.score_batch(folder, fetched, p)
                del fetched  # its raw bytes, now parsed: with the next batch's, two at most
                fetcher.settle()  # the connection is ours again: the next batch has arrived
                decisions = batch.decide_batch(folder, scored, p)
                report.decisions.extend(decisions)
                if not options.dry_run:
                    with p.serialize():
                        apply_batch(folder, status.uidvalidity, decisions, p, high, report)
                done += len(fetched_uids)
                p.progress(folder, done, len(uids))
    if not options.dry_run:
        ledger.set_folder_state(acct, folder, FolderState(status.uidvalidity, max(high, newest), p.now()))


@dataclass(frozen=True)
class Fetched:
    """One batch as fetched: the too-big messages by their metadata alone, the rest whole."""

    uids: list[int]
    too_big: list[MessageMeta]
    messages: list[FetchedMessage]


class BatchFetcher:
    """The batches of a folder, each fetched while the one before it is parsed and classified.

    Fetching 200 messages is mostly waiting (the server, TLS, the network), classifying them is
    CPU: overlapping the two is the backlog's speed-up. The rules that keep this safe:
    - one command on the connection at a time (imapclient is not thread-safe): the worker thread
      fetches only while the caller is busy with what needs no mailbox, and the caller calls
      `settle()` before it uses the mailbox itself (Sent, Drafts, APPEND);
    - memory stays bounded: at most the batch in hand and the next one are held;
    - a failed fetch (a dropped connection) is raised when its batch is asked for, so the batch
      in hand is still recorded and the pass stops at a batch boundary: the unrecorded rest is
      found again by the next pass (nothing is lost, nothing is done twice);
    - a single batch (the daemon's usual case) is fetched in the caller's thread: no thread.
    """

    def __init__(self, mailbox: Mailbox, folder: str, batches: list[list[int]], large: set[int]) -> None:
        self._mailbox, self._folder, self._batches, self._large = mailbox, folder, batches, large
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="fetch") if len(batches) > 1 else None
        self._next: Future[Fetched] | None = None

    def __enter__(self) -> BatchFetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is not None:  # waits for a fetch in flight: the mailbox may close after this
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __iter__(self) -> Iterator[Fetched]:
        for i in range(len(self._batches)):
            yield self._take(i)  # not kept in a local here: the caller decides when it is freed

    def _take(self, i: int) -> Fetched:
        """Batch `i` (fetched ahead, or now), after starting the fetch of batch `i + 1`."""
        ahead, self._next = self._next, None
        current = ahead.result() if ahead is not None else self._fetch(self._batches[i])
        if self._pool is not None and i + 1 < len(self._batches):
            self._next = self._pool.submit(self._fetch, self._batches[i + 1])
        return current

    def settle(self) -> None:
        """Wait until the fetch in flight (if any) is done with the connection; its error, if
        any, is kept for when its batch is asked for."""
        if self._next is not None:
            wait([self._next])

    def _fetch(self, uids: list[int]) -> Fetched:
        too_big = [u for u in uids if u in self._large]
        small = [u for u in uids if u not in self._large]
        return Fetched(
            uids=uids,
            too_big=self._mailbox.fetch_meta(self._folder, too_big) if too_big else [],
            messages=self._mailbox.fetch_raw(self._folder, small),
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


def sure_facts(context: ReplyContext | None) -> tuple[str | None, str | None, str | None]:
    """Company, role and stage for the history, by the same per-field thresholds as drafts."""
    if context is None:
        return None, None, None
    from .reply import confident  # loaded already: a context comes with a reply to render

    return confident(context, "company"), confident(context, "role"), confident(context, "stage")


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])
