"""One printer for a pass (watcher/passreport.py): `once`, the demo and the daemon's log say the
same things in the same words."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from watcher import daemon
from watcher.passreport import pass_lines
from watcher.service import Decision, PassReport


def decision(uid: int, action: str, score: float | None = 0.9) -> Decision:
    return Decision(
        folder="INBOX",
        uid=uid,
        message_key=f"<m{uid}@x>",
        subject=f"Subject {uid}",
        sender="hr@example.com",
        received_at=datetime(2026, 3, 1, tzinfo=UTC),
        label="rejection",
        score=score,
        action=action,  # type: ignore[arg-type]
        reason="because",
    )


REPORT = PassReport(
    decisions=[decision(1, "draft"), decision(2, "not_rejection", 0.1), decision(3, "skip", None)],
    notes=["INBOX: first run — watching mail after UID 0"],
    drafts_created=["<d1@x>"],
)


def test_a_real_pass_says_what_happened() -> None:
    lines = pass_lines(REPORT, dry_run=False)
    assert lines[0] == "INBOX: first run — watching mail after UID 0"
    assert lines[1] == "INBOX uid 1      0.90  drafted      'Subject 1'  (because)"
    assert lines[3] == "INBOX uid 3         -  skip         'Subject 3'  (because)"
    assert lines[-1] == (
        "3 new message(s): 1 rejection(s) drafted, 0 already in Drafts, 1 left alone, 1 skipped, 0 error(s)"
    )


def test_a_dry_run_says_what_would_happen() -> None:
    lines = pass_lines(REPORT, dry_run=True)
    assert "would draft" in lines[1]
    assert lines[-1].startswith("dry run: nothing changed; 3 new message(s): 1 rejection(s) to draft")


def test_the_daemon_logs_the_same_summary(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="watcher.daemon"):
        daemon._log_report("acct", REPORT)
    logged = [r.getMessage() for r in caplog.records]
    assert logged == [f"acct: {line}" for line in pass_lines(REPORT, dry_run=False, decisions=False)]
    assert logged[-1].startswith("acct: 3 new message(s): 1 rejection(s) drafted")


def test_a_daemon_pass_with_no_new_mail_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="watcher.daemon"):
        daemon._log_report("acct", PassReport())
    assert caplog.records == []
