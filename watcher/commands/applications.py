"""`applications`: the job search as a table of applications, built from the job mail seen.

The ledger keeps each job mail as an event (watcher/state.py); `build_applications` links them
into applications every time this runs, so the table always reflects the linking rules and the
merges and splits the user made (kept as overrides by message key, so they survive rebuilds).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ..applications import Application, Override, build_applications, normalise_company
from ..cli import command, say
from ..errors import WatcherError
from ..paths import Paths
from .common import cut, ledger_account, table_lines, write_csv

COLUMNS = ("id", "company", "role", "applied", "last event", "stage", "days waiting")


@command
def cmd_applications(args: argparse.Namespace, paths: Paths) -> int:
    """List your job applications, built from the job mail seen, with stage and days waiting.

    Every acknowledgement, invitation, rejection, closed position, offer and withdrawal the
    watcher reads is attached to an application, with our drafts and follow-ups: by the thread
    first, then by company and role. Where that would be a guess it keeps them apart; put two
    together with `applications merge ID1 ID2`, or take a wrongly attached event (and the mail
    answering it) out with `applications split ID N`, N as numbered by `applications show ID`.
    Both are remembered. An open application silent for --waiting-days (30) is "no_reply".
    `once --since YYYY-MM-DD` builds the record from older mail. --csv and --json print
    every application for a spreadsheet or a script; `history` still lists rejections and drafts.
    """
    if not paths.state_db.exists():
        say(f"no state yet at {paths.state_db}: run `rejection-watcher once --since YYYY-MM-DD` first")
        return 0
    account = ledger_account(args, paths)
    apps = load_applications(paths, account, datetime.now(UTC), args.waiting_days)
    if args.action in ("merge", "split"):
        from ..state import Ledger

        override = _override(args.action, args.ids, apps)
        ledger = Ledger.open(paths.state_db)
        try:
            ledger.add_application_override(override)
        finally:
            ledger.close()
        say(_done(override))
        return 0
    if args.action == "show":
        _show(_one(args.ids, apps, "show"))
        return 0
    apps = _filtered(apps, args)
    if args.json:
        json.dump([as_json(a) for a in apps], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    rows = [_row(a) for a in apps]
    if args.csv:
        write_csv(COLUMNS, rows)
        return 0
    if not rows:
        say("no applications yet: they are built from the job mail the watcher reads")
        return 0
    for line in table_lines(COLUMNS, rows, (8, 22, 28, 10, 24, 9, 4)):
        say(line)
    return 0


def load_applications(
    paths: Paths, account: str | None, now: datetime, waiting_days: int = 30
) -> list[Application]:
    """The applications in the state database (one account's, or every account's), built from
    its job-mail events with the user's merges and splits: what `applications` and `report` show."""
    from ..state import Ledger

    ledger = Ledger.open(paths.state_db)
    try:
        events = ledger.job_events(account)
        overrides = ledger.application_overrides()
    finally:
        ledger.close()
    return build_applications(events, now=now, waiting_days=waiting_days, overrides=overrides)


def _filtered(apps: list[Application], args: argparse.Namespace) -> list[Application]:
    """--open, --since (applied on or after) and --company (part of the name, any case)."""
    if args.open:
        apps = [a for a in apps if a.is_open]
    if args.since is not None:
        apps = [a for a in apps if (a.applied_at or a.last_event_at) >= args.since]
    if args.company:
        wanted = args.company.casefold()
        key = normalise_company(args.company)
        apps = [
            a for a in apps if wanted in a.company.casefold() or (key and key in normalise_company(a.company))
        ]
    return apps


def _row(app: Application) -> tuple[str, ...]:
    last = app.events[-1]
    return (
        app.id,
        app.company or "(unknown)",
        app.role or "",
        f"{app.applied_at:%Y-%m-%d}" if app.applied_at else "",
        f"{app.last_event_at:%Y-%m-%d} {last.kind.replace('_', ' ')}",
        app.stage.replace("_", " "),
        "" if app.days_waiting is None else str(app.days_waiting),
    )


def as_json(app: Application) -> dict[str, Any]:
    """One application for --json: its facts, ISO 8601 times, and its timeline."""

    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": app.id,
        "company": app.company,
        "role": app.role,
        "ats": app.ats,
        "stage": app.stage,
        "open": app.is_open,
        "applied_at": when(app.applied_at),
        "first_answer_at": when(app.first_answer_at),
        "last_event_at": when(app.last_event_at),
        "days_waiting": app.days_waiting,
        "events": [
            {
                "when": when(e.when),
                "kind": e.kind,
                "subject": e.subject,
                "sender": e.sender,
                "message_key": e.message_key,
                "account": e.account,
            }
            for e in app.events
        ],
    }


def _one(ids: Sequence[str], apps: list[Application], action: str) -> Application:
    if not ids:
        raise WatcherError(f"say which application: `rejection-watcher applications {action} ID`")
    return _find(ids[0], apps)


def _find(ref: str, apps: list[Application]) -> Application:
    found = [a for a in apps if a.id == ref.strip().lower()]
    if not found:
        raise WatcherError(f"no application {ref!r} — see the IDs in `rejection-watcher applications`")
    return found[0]


def _override(action: str, ids: Sequence[str], apps: list[Application]) -> Override:
    if len(ids) != 2:
        usage = "merge ID1 ID2" if action == "merge" else "split ID N"
        raise WatcherError(f"`applications {usage}` takes two arguments, not {len(ids)}")
    app = _find(ids[0], apps)
    if action == "merge":
        other = _find(ids[1], apps)
        if other is app:
            raise WatcherError(f"{app.id} and {ids[1]} are the same application; nothing to merge")
        return Override("merge", app.events[0].message_key, other.events[0].message_key)
    number = ids[1]
    if not number.isdigit() or not 1 <= int(number) <= len(app.events):
        raise WatcherError(
            f"application {app.id} has events 1 to {len(app.events)}; "
            f"see them with `rejection-watcher applications show {app.id}`"
        )
    if int(number) == 1:
        raise WatcherError(f"event 1 starts application {app.id} already; split a later event")
    return Override("split", app.events[int(number) - 1].message_key)


def _done(override: Override) -> str:
    if override.action == "merge":
        return "merged: `rejection-watcher applications` shows them as one application from now on"
    return "split: that event and the mail answering it are an application of their own from now on"


def _show(app: Application) -> None:
    say(
        f"{app.id}  {app.company or '(unknown)'} — {app.role or 'role not named'}  ({app.stage.replace('_', ' ')})"
    )
    if app.ats:
        say(f"    through {app.ats}")
    for number, e in enumerate(app.events, start=1):
        what = e.subject or {"draft": "(our reply draft)", "followup": "(our follow-up draft)"}.get(
            e.kind, ""
        )
        say(
            f"{number:>3}  {e.when:%Y-%m-%d}  {e.kind.replace('_', ' '):15}  {cut(what, 50):50}  {cut(e.sender, 40)}"
        )
