"""One batch of new mail, planned: parse → classify → decide → render, changing nothing.

`service` imports this module only once a pass has mail to look at, so an empty pass never
loads the parser, the model, the context extractors or the templates. The plan comes in two
steps because the mail of the *next* batch may be arriving on the connection meanwhile (see
`service.BatchFetcher`): `score_batch` needs no mailbox (parse, skip what the ledger knows,
classify), `decide_batch` may ask the mailbox (was this already answered?) and so runs only
once the connection is free again.

A message is isolated from its batch: failing to parse, score, extract or render it records that
one message as an error, once (it is never retried on every pass), and the rest goes on. Failing
to *load* the model or the templates is no message's fault: it ends the pass, recording nothing,
so the same mail is looked at again once the model or template is fixed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .applications import EVENT_OF_KIND, JobMailEvent, ats_name
from .classify import Classifier, Verdict
from .context import ReplyContext, extract_context, is_ats_domain
from .ledger import FollowupSpec
from .mailbox import FetchedMessage, MessageMeta
from .message import Message, parse
from .reply import Draft, ReplyRenderer, TemplateError, draft_message_id
from .service import Action, Decision, Fetched, Pass, PassOptions, sure_facts

log = logging.getLogger(__name__)

#: References/In-Reply-To ids looked at per message to spot a thread we already answered: a
#: hostile References header can hold 100,000 ids; a real thread's newest few are what matter.
MAX_THREAD_REFS = 50

#: A message, parsed, with its message key: what `score_batch` hands to `decide_batch` (its raw
#: bytes are not kept: a batch's raw mail is freed once it is parsed).
Item = tuple[MessageMeta, Message, str]


@dataclass
class Scored:
    """A batch after `score_batch`: the decisions already made (too big, unreadable, seen before,
    unscorable) and the fresh messages with their verdicts."""

    decisions: list[Decision]
    scored: list[tuple[Item, Verdict]]


def message_key(message: Message, raw: bytes) -> str:
    """The identity of a mail across folders and UID epochs: Message-ID, else a content hash."""
    if message.message_id:
        return message.message_id
    return "sha256:" + hashlib.sha256(raw).hexdigest()[:40]


def score_batch(folder: str, fetched: Fetched, p: Pass) -> Scored:
    """Parse each message once, skip what the ledger already handled, classify the rest.

    Touches the ledger but not the mailbox. Each raw message is parsed once; what lives on is
    the parsed message and its metadata, not the bytes."""
    options = p.options
    decisions = [_too_big(folder, m, options) for m in fetched.too_big]
    parsed: list[Item] = []
    for f in fetched.messages:
        try:
            msg = parse(f.raw)
        except Exception as exc:  # parse is meant to be total; if it is not, only this message fails
            decisions.append(_unreadable(folder, f, f"cannot parse: {_describe(exc)}"))
            continue
        parsed.append((f.meta, msg, message_key(msg, f.raw)))
    known = p.ledger.known_keys(options.account_key, [key for _m, _msg, key in parsed])
    fresh = []
    for meta, msg, key in parsed:
        if msg.problems:
            log.info("%s uid %s: parsed with problems: %s", folder, meta.uid, "; ".join(msg.problems[:5]))
        if key in known:
            decisions.append(
                _decision(
                    folder, meta, msg, key, None, "skip", "already handled (same Message-ID seen before)"
                )
            )
        else:
            known.add(key)
            fresh.append((meta, msg, key))
    classifier = p.classifier() if fresh else None  # a model that cannot load ends the pass here
    scored = _score_each(folder, fresh, classifier, decisions) if classifier is not None else []
    return Scored(decisions, scored)


def decide_batch(folder: str, batch: Scored, p: Pass) -> list[Decision]:
    """Apply the drafting rules to each scored message; may ask the mailbox about rejections."""
    decisions, options = batch.decisions, p.options
    rejections = [item for item, v in batch.scored if v.is_rejection]
    renderer = p.renderer() if rejections else None  # templates load only when there is a rejection
    facts = _BatchFacts.gather(rejections, p)
    for item, verdict in batch.scored:
        meta, msg, key = item
        label_score = (verdict.label, verdict.score)
        try:
            decided = _decide(folder, meta, msg, key, label_score, renderer, options, p.now, facts)
            event = job_event(decided, msg, verdict.kind, p)
            replied = event is not None and msg.message_id in facts.answered  # known for rejections
            decisions.append(replace(decided, kind=verdict.kind, event=event, replied=replied))
        except Exception as exc:  # one hostile message must never block its folder
            log.warning(
                "%s uid %s: cannot decide (%s); recorded as an error and skipped",
                folder,
                meta.uid,
                _describe(exc),
                exc_info=log.isEnabledFor(logging.DEBUG),
            )
            decisions.append(
                _decision(folder, meta, msg, key, label_score, "error", f"internal error: {_describe(exc)}")
            )
    decisions.sort(key=lambda d: d.uid)
    return decisions


def _score_each(
    folder: str,
    fresh: list[Item],
    classifier: Classifier,
    decisions: list[Decision],
) -> list[tuple[Item, Verdict]]:
    """Score the batch at once; if that fails, score one by one so only the culprit is an error."""
    try:
        verdicts = classifier.predict_many([msg for _f, msg, _k in fresh])
        return list(zip(fresh, verdicts, strict=True))
    except Exception:
        log.info("%s: scoring the batch failed; scoring its messages one by one", folder)
    scored = []
    for item in fresh:
        meta, msg, key = item
        try:
            scored.append((item, classifier.predict(msg)))
        except Exception as exc:
            log.warning(
                "%s uid %s: cannot classify (%s); recorded as an error", folder, meta.uid, _describe(exc)
            )
            decisions.append(
                _decision(folder, meta, msg, key, None, "error", f"cannot classify: {_describe(exc)}")
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
    def gather(cls, rejections: list[Item], p: Pass) -> _BatchFacts:
        if not rejections:
            return cls(frozenset(), frozenset())
        answered = {msg.message_id for m, msg, _k in rejections if "\\Answered" in m.flags and msg.message_id}
        ids = [
            msg.message_id for _f, msg, _k in rejections if msg.message_id and msg.message_id not in answered
        ]
        answered |= p.mailbox.answered_in_sent(ids)
        thread = {ref for _f, msg, _k in rejections for ref in _thread_refs(msg)}
        drafted = p.ledger.drafted_sources(p.options.account_key, thread)
        return cls(frozenset(a for a in answered if a), frozenset(drafted))


def _thread_refs(msg: Message) -> set[str]:
    """The ids this message answers: In-Reply-To and the newest References, bounded."""
    refs = {r for r in msg.references[-MAX_THREAD_REFS:] if r}
    if msg.in_reply_to:
        refs.add(msg.in_reply_to)
    return refs


def _decide(
    folder: str,
    meta: MessageMeta,
    msg: Message,
    key: str,
    scored: tuple[str, float],
    renderer: ReplyRenderer | None,
    options: PassOptions,
    now: Callable[[], datetime],
    facts: _BatchFacts,
) -> Decision:
    """The rules, in order; the first that applies decides. Each skip says why, for --dry-run.

    `renderer` is None only when the batch holds no rejection (nothing to render)."""
    label, score = scored

    def skip(reason: str, context: ReplyContext | None = None) -> Decision:
        return _decision(folder, meta, msg, key, scored, "skip", reason, context=context)

    if label != "rejection" or renderer is None:
        return _decision(folder, meta, msg, key, scored, "not_rejection", f"score {score:.2f}")
    sender = msg.sender.email.lower() if msg.sender else ""
    if sender in options.my_addresses:
        return skip("sent by you")
    to, cc = {a.email.lower() for a in msg.to}, {a.email.lower() for a in msg.cc}
    if options.my_addresses & cc and not options.my_addresses & to:
        return skip("addressed to someone else; you are only in Cc")
    if msg.list_id:
        return skip("mailing-list mail (List-Id): a newsletter, not a personal rejection")
    context = extract_context(msg)
    received = msg.date or meta.internal_date
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
            folder, meta, msg, key, scored, "error", f"cannot render reply: {exc}", context=context
        )
    followup = None
    if options.follow_up_after_days > 0:
        due = now() + timedelta(days=options.follow_up_after_days)
        followup = FollowupSpec(due, renderer.facts_for_followup(msg, draft, now()))
    to_text = str(draft.to) if draft.to else "nobody (no reply address found)"
    reason = f"score {score:.2f}; {stage.replace('_', ' ')}; reply to {to_text}"
    return _decision(folder, meta, msg, key, scored, "draft", reason, draft, context, followup)


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
        company, role, _stage = sure_facts(context)
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


def _decision(
    folder: str,
    meta: MessageMeta,
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
        uid=meta.uid,
        message_key=key,
        subject=msg.subject,
        sender=str(msg.sender) if msg.sender else "",
        received_at=msg.date or meta.internal_date,
        label=scored[0] if scored else None,
        score=scored[1] if scored else None,
        action=action,
        reason=reason,
        draft=draft,
        context=context,
        followup=followup,
    )


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
