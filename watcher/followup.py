"""The "stay on their radar" follow-up: a short check-in drafted weeks after each reply.

Scheduling is a table in the state database (`followups`) that every pass scans for due rows,
not an APScheduler job store. APScheduler 3's persistent store (SQLAlchemyJobStore) pickles
each job into the database: unpickling runs code, a code change breaks old jobs, and it would add
SQLAlchemy for one table. A row per follow-up is plain data: `followups` lists it, `cancel`
flips its status, the daemon's restart changes nothing, and the pass that drafts it uses the same
exactly-once rules as replies (deterministic Message-ID, checked in Drafts before APPEND).

A follow-up is skipped when the user has written to that company since the reply (a new
application, a chat): they are in touch already, and a template check-in would read oddly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .context import FREEMAIL_DOMAINS, is_ats_domain
from .ledger import Followup, Ledger, Notice
from .mailbox import Mailbox
from .reply import Draft, ReplyRenderer, TemplateError, draft_message_id

log = logging.getLogger(__name__)

#: Mail to them within this long after the reply draft is the reply itself being sent, not "in touch since".
GRACE = timedelta(days=2)


@dataclass(frozen=True)
class FollowupDecision:
    """What a pass did (or would do) with one due follow-up."""

    followup: Followup
    action: str  # "draft" | "skip" | "error"
    reason: str
    draft: Draft | None = None


def contact_addresses(followup: Followup) -> list[str]:
    """Whom "writing to that company" means: its domain, or the exact address for freemail/ATS."""
    address = str(followup.context.get("to_address") or "").lower()
    if not address or "@" not in address:
        return []
    domain = address.rpartition("@")[2]
    if domain in FREEMAIL_DOMAINS or is_ats_domain(domain):
        return [address]
    return [f"@{domain}"]


def process_due_followups(
    mailbox: Mailbox,
    ledger: Ledger,
    renderer: ReplyRenderer,
    account_key: str,
    template: str,
    now: Callable[[], datetime],
    dry_run: bool = False,
) -> list[FollowupDecision]:
    """Draft (or skip, with a reason) every follow-up that is due for this account."""
    decisions = []
    for followup in ledger.due_followups(account_key, now()):
        decision = _plan(followup, mailbox, renderer, account_key, template, now)
        decisions.append(decision)
        if dry_run:
            continue
        if decision.action == "draft" and decision.draft is not None:
            if mailbox.existing_drafts([decision.draft.message_id]):
                log.info("follow-up %s: already in Drafts; not appending again", followup.id)
            else:
                mailbox.append_draft(decision.draft.as_bytes(), now())
                log.info("follow-up %s: drafted %s", followup.id, decision.draft.message_id)
            company = str(followup.context.get("company") or "")
            notice = Notice("follow-up", decision.draft.subject, company)
            ledger.finish_followup(
                followup.id, "drafted", decision.reason, decision.draft.message_id, notice=notice
            )
        elif decision.action == "skip":
            log.info("follow-up %s: skipped, %s", followup.id, decision.reason)
            ledger.finish_followup(followup.id, "skipped", decision.reason)
        else:
            log.warning("follow-up %s: %s; will retry next pass", followup.id, decision.reason)
    return decisions


def _plan(
    followup: Followup,
    mailbox: Mailbox,
    renderer: ReplyRenderer,
    account_key: str,
    template: str,
    now: Callable[[], datetime],
) -> FollowupDecision:
    facts = followup.context
    thread = [str(m) for m in (facts.get("rejection_message_id"), facts.get("reply_message_id")) if m]
    addresses = contact_addresses(followup)
    if addresses and mailbox.wrote_to_since(addresses, followup.created_at + GRACE, ignore_thread=thread):
        return FollowupDecision(followup, "skip", f"you wrote to {addresses[0].lstrip('@')} since the reply")
    draft_id = draft_message_id(account_key, followup.source_key, renderer.identity.email, purpose="followup")
    try:
        draft = renderer.render_followup(facts, draft_id, now(), template)
    except TemplateError as exc:
        return FollowupDecision(followup, "error", f"cannot render follow-up: {exc}")
    company = facts.get("company") or "them"
    return FollowupDecision(
        followup, "draft", f"check-in with {company}, due {followup.due_at:%Y-%m-%d}", draft
    )
