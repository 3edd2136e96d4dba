"""One pass, told in words: the lines `once` prints, the demo shows and the daemon logs.

One printer for the three, so a new kind of decision is described the same way everywhere.
Mail text (subjects) is left as it is: the caller makes it safe for its terminal or log.
"""

from __future__ import annotations

from .service import Decision, PassReport

#: What each action is called in a report; a dry run says what it *would* do.
VERBS = {"draft": "drafted", "not_rejection": "ignore", "skip": "skip", "error": "ERROR"}


def decision_line(d: Decision, *, dry_run: bool, existing: frozenset[str] = frozenset()) -> str:
    """`INBOX uid 12     0.93  drafted      'Your application'  (reason)`."""
    score = f"{d.score:4.2f}" if d.score is not None else "   -"
    action = "would draft" if dry_run and d.action == "draft" else VERBS[d.action]
    if d.draft is not None and d.draft.message_id in existing:
        action = "in Drafts"  # planned, then found already saved: nothing appended
    return f"{d.folder} uid {d.uid:<6} {score}  {action:12} {d.subject[:50]!r}  ({d.reason})"


def summary_line(report: PassReport, *, dry_run: bool) -> str:
    """What the pass did (or, in a dry run, would do), counted."""
    if dry_run:
        done = f"{report.count('draft')} rejection(s) to draft"
    else:  # what happened, not what was planned: a draft may have been in Drafts already
        done = (
            f"{len(report.drafts_created)} rejection(s) drafted, "
            f"{len(report.drafts_existing)} already in Drafts"
        )
    prefix = "dry run: nothing changed; " if dry_run else ""
    return (
        f"{prefix}{len(report.decisions)} new message(s): {done}, {report.count('not_rejection')} left "
        f"alone, {report.count('skip')} skipped, {report.count('error')} error(s)"
    )


def pass_lines(report: PassReport, *, dry_run: bool, decisions: bool = True) -> list[str]:
    """The whole report: notes, one line per message (unless `decisions` is False, as in the
    daemon's log, where each draft has its own line already), follow-ups, and the summary."""
    existing = frozenset(report.drafts_existing)
    lines = list(report.notes)
    if decisions:
        lines += [decision_line(d, dry_run=dry_run, existing=existing) for d in report.decisions]
    for f in report.followups:
        verb = "would draft" if dry_run and f.action == "draft" else VERBS.get(f.action, f.action)
        lines.append(f"follow-up {f.followup.id}: {verb} ({f.reason})")
    if report.decisions or decisions:
        lines.append(summary_line(report, dry_run=dry_run))
    return lines
