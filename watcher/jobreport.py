"""`report FILE.html`: the job search as one page of pictures, made from the applications.

Pure: a function of `Application`s and `now` → an HTML string, with no file, ledger or clock of
its own. The figures come first (`summarize`, plain data that tests read), then the page draws
them with `watcher.charts` (matplotlib, the `report` extra) as inline SVG: one self-contained
file with no script, stylesheet or font from anywhere, that opens offline and can be mailed.

Every string on the page that came from mail (company, role, ATS) is escaped for HTML, and its
bidi overrides and control characters are shown as escapes: a company called
`<script>alert(1)</script>` is a job ad's idea of a joke, and must read as exactly that.
"""

from __future__ import annotations

import html
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from . import charts
from .applications import FINAL_STAGES, STAGES, Application
from .textsafe import for_terminal

#: Companies (and systems) shown on the "days to a first answer" charts, the most applied-to first.
TOP = 15
#: What the outcome chart counts per month, with its colour.
OUTCOME_KINDS = {
    "interview": charts.BLUE,
    "offer": charts.GREEN,
    "rejection": charts.RED,
    "position_closed": charts.GREY,
}
OUTCOME_NAMES = {"position_closed": "position closed"}
#: An open application this many days without news is worth a follow-up.
FOLLOW_UP_AFTER_DAYS = 14


@dataclass(frozen=True)
class Summary:
    """The report's figures, before any drawing."""

    total: int
    funnel: list[tuple[str, int]]  # applied → heard back → interview → offer
    stages: Counter[str]
    answer_days_by_company: list[tuple[str, float, int]]  # (company, median days, answered)
    answer_days_by_ats: list[tuple[str, float, int]]
    months: list[str]  # "2026-01", oldest first, every month between the first and the last
    outcomes: dict[str, list[int]] = field(default_factory=dict)  # kind → count per month
    waiting: list[Application] = field(default_factory=list)  # open, longest wait first


def summarize(applications: Sequence[Application]) -> Summary:
    """The funnel, answer times, outcomes per month and the open applications."""
    interviewed = [a for a in applications if any(e.kind == "interview" for e in a.events)]
    funnel = [
        ("applied", len(applications)),
        ("heard back", sum(1 for a in applications if a.first_answer_at is not None)),
        ("interview", len(interviewed)),
        ("offer", sum(1 for a in applications if a.stage == "offer")),
    ]
    months = _months(applications)
    outcomes = {kind: [0] * len(months) for kind in OUTCOME_KINDS}
    for app in applications:
        for event in app.events:
            if event.kind in outcomes:
                outcomes[event.kind][months.index(f"{event.when:%Y-%m}")] += 1
    waiting = sorted(
        (a for a in applications if a.is_open),
        key=lambda a: (-(a.days_waiting or 0), a.last_event_at),
    )
    return Summary(
        total=len(applications),
        funnel=funnel,
        stages=Counter(a.stage for a in applications),
        answer_days_by_company=_answer_days(applications, lambda a: a.company),
        answer_days_by_ats=_answer_days(applications, lambda a: a.ats or "direct / unknown"),
        months=months,
        outcomes=outcomes,
        waiting=waiting,
    )


def _answer_days(
    applications: Sequence[Application], key: Callable[[Application], str]
) -> list[tuple[str, float, int]]:
    groups: dict[str, list[float]] = defaultdict(list)
    for app in applications:
        # Without the acknowledgement, the first mail seen *is* the answer: when the application
        # went out is unknown, and counting it as 0 days would flatter the company.
        acknowledged = any(e.kind == "applied" for e in app.events)
        if acknowledged and app.applied_at is not None and app.first_answer_at is not None:
            days = (app.first_answer_at - app.applied_at).total_seconds() / 86400
            groups[key(app)].append(max(0.0, days))
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))[:TOP]
    return [(name, statistics.median(days), len(days)) for name, days in ranked]


def _months(applications: Sequence[Application]) -> list[str]:
    stamps = [e.when for a in applications for e in a.events]
    if not stamps:
        return []
    first, last = min(stamps), max(stamps)
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def follow_up_hint(summary: Summary) -> str:
    """One sentence: whom to write to first, or that nobody is waiting long enough yet."""
    overdue = [a for a in summary.waiting if (a.days_waiting or 0) >= FOLLOW_UP_AFTER_DAYS]
    if not overdue:
        return "Nothing has been waiting two weeks yet: no follow-up needed."
    oldest = overdue[0]
    role = f" about {oldest.role}" if oldest.role else ""
    more = (
        f" ({len(overdue) - 1} more wait{'s' if len(overdue) == 2 else ''} two weeks or longer)"
        if len(overdue) > 1
        else ""
    )
    return (
        f"Follow up with {oldest.company}{role} first: {oldest.days_waiting} days without news "
        f"since {oldest.last_event_at:%Y-%m-%d}{more}."
    )


#: Stages as the summary line says them.
STAGE_WORDS = {"closed": "position closed", "no_reply": "no reply yet", "rejected": "rejected"}


def render_job_report(applications: Sequence[Application], now: datetime) -> str:
    """The whole page as a string."""
    s = summarize(applications)
    final = sum(n for stage, n in s.stages.items() if stage in FINAL_STAGES)
    stage_line = ", ".join(
        f"{s.stages[stage]} {STAGE_WORDS.get(stage, stage)}" for stage in STAGES if s.stages.get(stage)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Job search report</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1000px; color: #222; background: #fff; }}
table {{ border-collapse: collapse; margin: 1em 0; }} td, th {{ padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: left; }}
figure {{ margin: 1.5em 0; }} figcaption, small {{ color: #666; }} .hint {{ font-weight: 600; }}
</style></head><body>
<h1>Job search report</h1>
<p><small>{s.total} applications from the mail rejection-watcher has seen, as of {now:%Y-%m-%d %H:%M} UTC;
{final} finished, {s.total - final} still open. By stage: {_text(stage_line) or "none yet"}.</small></p>
<h2>From application to outcome</h2>
<figure class="chart" id="funnel">{_funnel(s)}<figcaption>How many applications got an answer, an interview, an offer.</figcaption></figure>
<h2>Days to a first answer</h2>
<figure class="chart" id="by-company">{_days_chart(s.answer_days_by_company, "company")}<figcaption>Median days from applying to the first answer, by company (the {TOP} most applied to).</figcaption></figure>
<figure class="chart" id="by-ats">{_days_chart(s.answer_days_by_ats, "applicant-tracking system")}<figcaption>The same, by the applicant-tracking system the mail came through.</figcaption></figure>
<h2>Outcomes per month</h2>
<figure class="chart" id="per-month">{_outcomes(s)}<figcaption>Interviews, offers, rejections and closed positions, by the month their mail arrived.</figcaption></figure>
<h2>Still waiting</h2>
<p class="hint">{_text(follow_up_hint(s))}</p>
{_waiting_table(s.waiting)}
</body></html>
"""


def _funnel(s: Summary) -> str:
    if not s.total:
        return charts.empty("application funnel", "no applications recorded yet")
    first = s.funnel[0][1]
    notes = [f"{n} ({n / first:.0%})" for _name, n in s.funnel]
    return charts.hbars(
        [name for name, _n in s.funnel],
        [n for _name, n in s.funnel],
        label="application funnel",
        xlabel="applications",
        annotate=notes,
    )


def _days_chart(rows: list[tuple[str, float, int]], by: str) -> str:
    label = f"days to a first answer by {by}"
    if not rows:
        return charts.empty(label, "no answers yet")
    return charts.hbars(
        [name for name, _d, _n in rows],
        [days for _name, days, _n in rows],
        label=label,
        xlabel="median days to the first answer",
        color=charts.AMBER if by == "company" else charts.BLUE,
        annotate=[f"{days:.0f} d ({n} answered)" for _name, days, n in rows],
    )


def _outcomes(s: Summary) -> str:
    if not s.months:
        return charts.empty("outcomes per month", "no outcomes yet")
    return charts.stacked_columns(
        s.months,
        {OUTCOME_NAMES.get(k, k): v for k, v in s.outcomes.items()},
        {OUTCOME_NAMES.get(k, k): c for k, c in OUTCOME_KINDS.items()},
        label="outcomes per month",
        ylabel="mails",
    )


def _waiting_table(waiting: Sequence[Application]) -> str:
    if not waiting:
        return "<p>No open applications.</p>"
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{_text(cell)}</td>"
            for cell in (
                a.company,
                a.role or "",
                f"{a.applied_at:%Y-%m-%d}" if a.applied_at else "",
                f"{a.last_event_at:%Y-%m-%d}",
                a.stage.replace("_", " "),
                str(a.days_waiting) if a.days_waiting is not None else "",
                a.ats or "",
            )
        )
        + "</tr>"
        for a in waiting
    )
    head = "".join(
        f"<th>{h}</th>" for h in ("company", "role", "applied", "last news", "stage", "days waiting", "via")
    )
    return f'<table id="waiting"><tr>{head}</tr>{rows}</table>'


def _text(value: str) -> str:
    """Mail-derived text for the page: control and bidi characters shown, then HTML-escaped."""
    return html.escape(for_terminal(value), quote=True)
