"""`rejection-watcher applications` in-process on a ledger seeded with job-mail events: the
table, filters, --json, --csv (no formulas, no escape sequences), show, and merge/split kept
in the ledger across rebuilds. The real mail → record path is tests/test_applications_imap.py."""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher import cli
from watcher.applications import JobMailEvent
from watcher.state import FolderState, Ledger, MessageRecord

NOW = datetime.now(UTC).replace(microsecond=0)


def event(
    uid: int, kind: str, days_ago: float, company: str, role: str | None, **extra: object
) -> MessageRecord:
    key = f"<{kind}-{uid}@{company.split()[0].lower()}.example>"
    when = NOW - timedelta(days=days_ago)
    subject = str(extra.pop("subject", f"{kind} for {role}"))
    e = JobMailEvent("sam", key, when, kind, company, role, None, subject, "Talent <jobs@x.example>", **extra)  # type: ignore[arg-type]
    model_kind = {"applied": "acknowledgement"}.get(kind, kind)
    rejected = kind in ("rejection", "position_closed")
    return MessageRecord(
        uid=uid,
        message_key=key,
        subject=subject,
        sender=e.sender,
        received_at=when,
        label="rejection" if rejected else "not_rejection",
        score=0.9 if rejected else 0.02,
        decision="skip" if rejected else "not_rejection",
        reason="older than 30 days (max_age_days)" if rejected else "score 0.02",
        kind=model_kind,
        event=e,
    )


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(tmp_path))
    ledger = Ledger.open(tmp_path / "state" / "state.sqlite3")
    records = [
        event(1, "applied", 120, "Fernhill Analytics GmbH", "Data Engineer (m/w/d)"),
        event(2, "interview", 100, "Fernhill Analytics", "Data Engineer"),
        event(3, "rejection", 80, "Fernhill Analytics", "Data Engineer"),
        event(4, "applied", 50, "Globex", "Platform Engineer"),
        event(5, "applied", 10, "Globex", "Data Analyst"),
        event(6, "applied", 45, '=HYPERLINK("http://evil")', "Analyst\x1b[31m", subject="Thanks\u202e"),
    ]
    ledger.record_batch("sam", "INBOX", 1, records, FolderState(1, 6, NOW))
    ledger.close()
    return tmp_path


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Iterator[object]:
    def call(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = cli.main(list(argv))
        finally:
            for handler in logging.getLogger().handlers[:]:
                logging.getLogger().removeHandler(handler)
                handler.close()
        out = capsys.readouterr()
        return code, out.out, out.err

    yield call


def as_json(run: object, *argv: str) -> list[dict[str, object]]:
    code, out, err = run("applications", "--json", *argv)  # type: ignore[operator]
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_the_table_lists_each_application_with_its_stage(home: Path, run: object) -> None:
    code, out, _ = run("applications")  # type: ignore[operator]
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["id", "company", "role"]
    assert len(lines) == 5
    fernhill = next(line for line in lines if "Fernhill" in line)
    assert "rejected" in fernhill and "Data Engineer" in fernhill
    assert "\x1b" not in out and "\u202e" not in out and "\\x1b" in out  # shown, not obeyed


def test_json_holds_every_application_and_its_timeline(home: Path, run: object) -> None:
    apps = as_json(run)
    assert [(a["company"], a["stage"]) for a in apps] == [
        ("Fernhill Analytics GmbH", "rejected"),
        ("Globex", "no_reply"),
        ('=HYPERLINK("http://evil")', "no_reply"),
        ("Globex", "applied"),
    ]
    fernhill = apps[0]
    assert [e["kind"] for e in fernhill["events"]] == ["applied", "interview", "rejection"]  # type: ignore[index]
    assert fernhill["days_waiting"] is None and fernhill["open"] is False
    assert str(fernhill["applied_at"])[:10] == f"{NOW - timedelta(days=120):%Y-%m-%d}"
    assert str(fernhill["first_answer_at"])[:10] == f"{NOW - timedelta(days=100):%Y-%m-%d}"
    assert apps[3]["days_waiting"] == 10


def test_filters(home: Path, run: object) -> None:
    assert [a["stage"] for a in as_json(run, "--open")] == ["no_reply", "no_reply", "applied"]
    since = f"{NOW - timedelta(days=60):%Y-%m-%d}"
    assert [a["company"] for a in as_json(run, "--since", since, "--company", "globex")] == [
        "Globex",
        "Globex",
    ]
    assert [a["company"] for a in as_json(run, "--company", "FERNHILL analytics gmbh")] == [
        "Fernhill Analytics GmbH"
    ]


def test_csv_cells_cannot_run_as_formulas(home: Path, run: object) -> None:
    code, out, _ = run("applications", "--csv")  # type: ignore[operator]
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["id", "company", "role", "applied", "last event", "stage", "days waiting"]
    evil = next(r for r in rows if "HYPERLINK" in r[1])
    assert evil[1].startswith("'=") and evil[2] == "Analyst\\x1b[31m"


def test_merge_and_split_are_kept_and_applied_on_every_rebuild(home: Path, run: object) -> None:
    apps = as_json(run)
    globex = [a["id"] for a in apps if a["company"] == "Globex"]
    code, out, err = run("applications", "merge", *globex)  # type: ignore[operator]
    assert code == 0, err
    merged = [a for a in as_json(run) if a["company"] == "Globex"]
    assert len(merged) == 1 and len(merged[0]["events"]) == 2  # type: ignore[arg-type]
    code, out, _ = run("applications", "show", str(merged[0]["id"]))  # type: ignore[operator]
    assert code == 0 and "  1  " in out and "  2  " in out
    code, _, err = run("applications", "split", str(merged[0]["id"]), "2")  # type: ignore[operator]
    assert code == 0, err
    assert len([a for a in as_json(run) if a["company"] == "Globex"]) == 2


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("merge", "deadbeef", "cafebabe"), "no application 'deadbeef'"),
        (("merge", "x"), "takes two arguments"),
        (("show",), "say which application"),
    ],
)
def test_mistakes_are_one_line_errors(home: Path, run: object, argv: tuple[str, ...], says: str) -> None:
    code, out, err = run("applications", *argv)  # type: ignore[operator]
    assert code != 0 and says in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_splitting_the_first_event_or_one_that_is_not_there_is_refused(home: Path, run: object) -> None:
    fernhill = as_json(run, "--company", "fernhill")[0]["id"]
    for number, says in (("1", "starts application"), ("9", "has events 1 to 3")):
        code, _, err = run("applications", "split", str(fernhill), number)  # type: ignore[operator]
        assert code != 0 and says in err


def test_without_a_state_database_it_says_how_to_build_one(
    tmp_path: Path, run: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(tmp_path / "empty"))
    code, out, _ = run("applications")  # type: ignore[operator]
    assert code == 0 and "once --since" in out
