"""Issue 14's Done-when: a synthetic year of job search (tests/jobyear.py: 44 applications at 30
employers, English and German, ATS and personal mail, several per employer, silence) delivered
to a real Dovecot with its dates, backfilled with `once --since`, and `applications --json`
checked against the table the year was written from: every application found, none merged
wrongly, stages and dates right. The backfill drafts only what the normal rules allow."""

from __future__ import annotations

import email
import email.policy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from clirun import Account, cli
from jobyear import Plan, year
from watcher.applications import normalise_company, normalise_role

pytestmark = pytest.mark.dovecot

#: Our own acts on a timeline; the rest is the employers' mail.
OURS = ("draft", "followup", "reply_sent")

#: drafts.max_age_days by default: older rejections are recorded, not answered
MAX_AGE_DAYS = 30
WAITING_DAYS = 30


def expected_stage(plan: Plan, when: list[datetime], now: datetime) -> str:
    final = {"rejection": "rejected", "position_closed": "closed", "offer": "offer"}
    last = plan.steps[-1].kind
    if last in final:
        return final[last]
    return "no_reply" if (now - when[-1]).days >= WAITING_DAYS else last


def reply_in_sent(account: Account, answers: str, when: datetime) -> None:
    reply = email.message.EmailMessage()
    reply["From"], reply["To"] = "Sam Taylor <sam.taylor@example.org>", "someone@example.com"
    reply["Subject"], reply["In-Reply-To"], reply["References"] = "Re: your mail", answers, answers
    reply["Message-ID"] = "<thanks-anyway@example.org>"
    reply.set_content("Thank you for letting me know.\n\nSam\n")
    with account.server.client(account.user, account.password) as c:  # type: ignore[attr-defined]
        if not c.folder_exists("Sent"):
            c.create_folder("Sent")
    account.server.deliver(account.user, account.password, reply.as_bytes(), folder="Sent", msg_time=when)  # type: ignore[attr-defined]


def drafts_in_reply_to(account: Account) -> list[str]:
    with account.server.client(account.user, account.password) as c:  # type: ignore[attr-defined]
        c.select_folder(account.drafts, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[HEADER]"]) if uids else {}
    heads = [email.message_from_bytes(d[b"BODY[HEADER]"], policy=email.policy.default) for d in data.values()]
    return sorted(str(h["In-Reply-To"]) for h in heads)


@pytest.mark.timeout(300)
def test_a_year_of_job_search_becomes_the_expected_applications(tmp_path: Path, account: Account) -> None:
    now = datetime.now(UTC)
    start = (now - timedelta(days=365)).replace(hour=0, minute=0, second=0, microsecond=0)
    plans, mail = year(start)
    assert len(plans) >= 40 and len({p.employer for p in plans}) < len(plans)
    assert {p.employer.lang for p in plans} == {"en", "de"}
    for raw, when in mail:
        account.server.deliver(account.user, account.password, raw, msg_time=when)  # type: ignore[attr-defined]
    # Sam answered one old rejection from their mail client: the reply is in Sent
    answered = next(p for p in plans if p.steps[-1].kind == "rejection" and p.steps[-1].personal)
    reply_in_sent(account, answered.keys[-1], start + timedelta(days=answered.steps[-1].day + 1))

    backfill = cli("once", "--since", f"{start - timedelta(days=1):%Y-%m-%d}", env=account.env, timeout=240)
    assert backfill.returncode == 0, backfill.stderr
    result = cli("applications", "--json", env=account.env)
    assert result.returncode == 0, result.stderr
    apps: list[dict[str, Any]] = json.loads(result.stdout)

    # the partition: each planned application is exactly one application, mail for mail
    by_mail = {frozenset(e["message_key"] for e in a["events"] if e["kind"] not in OURS): a for a in apps}
    planned = {frozenset(p.keys): p for p in plans}
    missing = [f"{p.employer.name} / {p.role}" for k, p in planned.items() if k not in by_mail]
    extra = [f"{a['company']} / {a['role']}: {sorted(k)}" for k, a in by_mail.items() if k not in planned]
    assert not missing and not extra, f"not found: {missing}\nnot planned: {extra}"
    assert len(apps) == len(plans)

    recent_rejections = set()
    for keys, plan in planned.items():
        app = by_mail[keys]
        dates = {e["message_key"]: datetime.fromisoformat(e["when"]) for e in app["events"]}
        when = [dates[k] for k in plan.keys]  # the exact times the mail carries
        what = f"{plan.employer.name} / {plan.role}"
        assert normalise_company(app["company"]) == normalise_company(plan.employer.name), what
        assert normalise_role(app["role"]) == normalise_role(plan.role), what
        assert app["stage"] == expected_stage(plan, when, now), what
        applied = next((w for s, w in zip(plan.steps, when, strict=True) if s.kind == "applied"), when[0])
        assert datetime.fromisoformat(app["applied_at"]) == applied, what
        answers = [w for s, w in zip(plan.steps, when, strict=True) if s.kind != "applied" and w >= applied]
        assert app["first_answer_at"] == (answers[0].isoformat() if answers else None), what
        company_events = [e for e in app["events"] if e["kind"] not in OURS]
        assert [e["kind"] for e in company_events] == [s.kind for s in plan.steps], what
        assert (app["days_waiting"] is None) == (app["stage"] in ("offer", "rejected", "closed")), what
        last = plan.steps[-1]
        if last.kind == "rejection" and (now - when[-1]).days < MAX_AGE_DAYS:
            recent_rejections.add(plan.keys[-1])
        drafts = [e for e in app["events"] if e["kind"] == "draft"]
        # our draft is an event of the application it answers, and only a recent rejection has one
        assert len(drafts) == (plan.keys[-1] in recent_rejections), what
        replies = [e for e in app["events"] if e["kind"] == "reply_sent"]
        assert len(replies) == (plan is answered), what

    assert len(recent_rejections) == 2
    assert drafts_in_reply_to(account) == sorted(recent_rejections), "old rejections are not answered"

    # the report draws the same record
    page = tmp_path / "search.html"
    drawn = cli("report", str(page), env=account.env)
    assert drawn.returncode == 0 and f"({len(plans)} applications)" in drawn.stdout, drawn.stderr

    # a second pass adds nothing; the record is the same
    again = cli("once", env=account.env)
    assert again.returncode == 0, again.stderr
    rebuilt = json.loads(cli("applications", "--json", env=account.env).stdout)
    assert [(a["id"], a["stage"], len(a["events"])) for a in rebuilt] == [
        (a["id"], a["stage"], len(a["events"])) for a in apps
    ]
