"""The `report` command: the job search as one self-contained HTML page."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from ..applications import Application
from ..cli import command, say
from ..errors import WatcherError
from ..paths import Paths
from .common import ledger_account


@command
def cmd_report(args: argparse.Namespace, paths: Paths) -> int:
    """Write the job search as one HTML page: funnel, answer times, outcomes, who to follow up.

    The page holds its charts as inline SVG and opens offline (no scripts, fonts or styles from
    anywhere). It is built from the applications the watcher recorded (see `applications`).
    Needs matplotlib: pip install 'rejection-watcher[report]'.
    """
    from ..charts import require
    from ..jobreport import render_job_report

    require()  # before reading anything: the one-line install hint if matplotlib is missing
    target = Path(args.file).expanduser()
    if target.is_dir():
        raise WatcherError(f"cannot write the report to {target}: it is a directory")
    if not target.parent.is_dir():
        raise WatcherError(f"cannot write the report to {target}: no directory {target.parent}")
    if not paths.state_db.exists():
        raise WatcherError(
            f"no state yet at {paths.state_db}: run `rejection-watcher once --since YYYY-MM-DD` first"
        )
    now = datetime.now(UTC)
    applications = load_applications(paths, ledger_account(args, paths), now)
    try:
        target.write_text(render_job_report(applications, now), encoding="utf-8")
    except OSError as exc:
        raise WatcherError(f"cannot write the report to {target}: {exc.strerror or exc}") from None
    say(f"report: {target} ({len(applications)} applications)")
    return 0


def load_applications(paths: Paths, account: str | None, now: datetime) -> list[Application]:
    """The applications recorded in the state database (one account's, or every account's):
    the same ones `applications` lists, merges and splits included."""
    from .applications import load_applications as load

    return load(paths, account, now)
