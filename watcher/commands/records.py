"""Commands that read the state database: history, status, followups."""

from __future__ import annotations

import argparse

from ..cli import command, say
from ..errors import WatcherError
from ..paths import Paths
from .common import cut, ledger_account, table_lines, write_csv


@command
def cmd_history(args: argparse.Namespace, paths: Paths) -> int:
    """List every rejection seen, with its date, company, role, stage, draft and follow-up.

    Messages that could not be handled are listed too (stage "unreadable", with the reason), and
    messages the model was unsure about ("unsure: KIND"). The ID in the first column is what
    `label ID rejection|not-rejection` takes to correct the model. With --csv, writes the same as
    CSV to stdout (for a spreadsheet).
    """

    from ..state import Ledger

    ledger = Ledger.open(paths.state_db)
    try:
        rows = ledger.history(ledger_account(args, paths))
    finally:
        ledger.close()
    columns = ("id", "date", "company", "role", "stage", "draft", "follow-up due", "subject", "from")
    table = [
        (
            str(r["id"]),
            (r["received_at"] or r["processed_at"] or "")[:10],
            r["company"] or "",
            r["role"] or "",
            _history_stage(r),
            "yes" if r["draft_message_id"] else f"no: {r['reason']}",
            f"{(r['followup_due'] or '')[:10]} ({r['followup_status']})" if r["followup_id"] else "",
            r["subject"],
            r["sender"],
        )
        for r in rows
    ]
    if args.csv:
        write_csv(columns, table)
        return 0
    if not table:
        say("no rejections recorded yet")
        return 0
    for line in table_lines(columns, table, (5, 10, 22, 26, 17, 5, 24)):
        say(line)
    return 0


def _history_stage(row: dict[str, object]) -> str:
    """A rejection's stage; "unreadable" for mail that could not be handled; "unsure: KIND" for
    mail the model did not call a rejection but was not sure about."""
    if row["decision"] == "error":
        return "unreadable"
    if row["label"] != "rejection":
        return f"unsure: {str(row['kind'] or 'other').replace('_', ' ')}"
    return str(row["stage"] or "").replace("_", " ")


@command
def cmd_status(args: argparse.Namespace, paths: Paths) -> int:
    """Show what the daemon is doing, per account and folder, and the follow-ups due.

    Per folder: connected since, last pass, last error, messages seen, rejections, drafts. Read
    from the state database, so it works while `run` is running.
    """
    from datetime import UTC, datetime

    from ..lock import AlreadyRunning, InstanceLock
    from ..state import Ledger

    if not paths.state_db.exists():
        say(f"no state yet at {paths.state_db}: run `rejection-watcher once` or `run` first")
        return 0
    only = ledger_account(args, paths)
    ledger = Ledger.open(paths.state_db)
    try:
        statuses = {(r["account"], r["folder"]): r for r in ledger.watch_status()}
        counts = ledger.folder_counts()
        followups = ledger.followups(only)
    finally:
        ledger.close()
    if only is not None:
        statuses = {k: v for k, v in statuses.items() if k[0] == only}
        counts = {k: v for k, v in counts.items() if k[0] == only}
    try:
        with InstanceLock(paths.state_dir):
            running = "not running"
    except AlreadyRunning as exc:
        running = f"running (PID {exc.pid})" if exc.pid else "running"
    say(f"daemon: {running}")
    for key in sorted(set(statuses) | set(counts)):
        st, n = statuses.get(key, {}), counts.get(key, {"seen": 0, "rejections": 0, "drafts": 0})
        if st.get("connected"):
            state = f"connected ({st.get('mode') or 'poll'}) since {_when(st.get('since'))}"
        elif st:
            state = f"not connected since {_when(st.get('since'))}" if st.get("since") else "not connected"
        else:
            state = "never watched by the daemon"
        say(f"{key[0]} / {key[1]}: {state}; last pass {_when(st.get('last_pass_at'))}")
        errors = f", {n['errors']} unreadable (see `history`)" if n.get("errors") else ""
        say(f"    {n['seen']} messages seen, {n['rejections']} rejections, {n['drafts']} drafts{errors}")
        if st.get("last_error"):
            say(f"    last error {_when(st.get('last_error_at'))}: {st['last_error']}")
    now = datetime.now(UTC)
    due = [f for f in followups if f.status == "scheduled"]
    overdue = [f for f in due if f.due_at <= now]
    nxt = min((f.due_at for f in due), default=None)
    say(
        f"follow-ups: {len(due)} scheduled, {len(overdue)} due now"
        + (f", next {nxt:%Y-%m-%d}" if nxt else "")
    )
    return 0


def _when(value: object) -> str:
    if not value:
        return "never"
    from datetime import datetime

    return datetime.fromisoformat(str(value)).astimezone().strftime("%Y-%m-%d %H:%M:%S")


@command
def cmd_followups(args: argparse.Namespace, paths: Paths) -> int:
    """List the "still interested" follow-ups (scheduled, drafted, skipped), or cancel one by ID."""
    from ..state import Ledger

    ledger = Ledger.open(paths.state_db)
    try:
        if args.action == "cancel":
            if args.id is None:
                raise WatcherError("say which follow-up to cancel: `rejection-watcher followups cancel ID`")
            followup = ledger.cancel_followup(args.id)
            say(
                f"cancelled follow-up {followup.id} ({followup.context.get('company') or followup.context.get('to_address') or '?'})"
            )
            return 0
        rows = ledger.followups(ledger_account(args, paths))
    finally:
        ledger.close()
    if not rows:
        say("no follow-ups yet: one is scheduled for each reply draft (drafts.follow_up_after_days)")
        return 0
    say(f"{'ID':>4}  {'due':10}  {'status':9}  {'company':22}  {'role':26}  to / note")
    for f in rows:
        c = f.context
        note = f.reason if f.status in ("skipped", "cancelled") else (c.get("to_address") or "(no address)")
        say(
            f"{f.id:>4}  {f.due_at:%Y-%m-%d}  {f.status:9}  {cut(c.get('company') or '—', 22):22}  "
            f"{cut(c.get('role') or '—', 26):26}  {note}"
        )
    return 0
