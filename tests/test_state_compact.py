"""The SQLite ledger keeps ordinary mail compact (issue 12: ≤ 100 bytes per non-job,
non-rejection message) without breaking a promise that rests on it: nothing twice, `history`,
`status` counts, `label ID`, unreadable mail listed. And a database from before (the schema
just before this migration, with rows) is migrated in place: the same history IDs, the same
counts, its job mail as events."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from watcher.ledger import FolderState, MessageRecord
from watcher.state import MIGRATIONS, SqliteLedger

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ROWS = 10_000
#: The schema version a database had before the job-mail events and compact rows came.
BEFORE = next(i for i, (name, _sql) in enumerate(MIGRATIONS) if name.startswith("keep job mail as events"))


def ordinary(uid: int, key: str | None = None, score: float = 0.03, kind: str = "other") -> MessageRecord:
    return MessageRecord(
        uid=uid,
        message_key=key or f"<{uid:08d}.{uid * 7919:x}@mail.example-newsletter.com>",
        subject=f"Your weekly digest no. {uid}: ten things you missed",
        sender="Example Newsletter <news@mail.example-newsletter.com>",
        received_at=T0 + timedelta(minutes=uid),
        label="not_rejection",
        score=score,
        decision="not_rejection",
        reason=f"score {score:.2f}",
        kind=kind,
    )


def database_bytes(ledger: SqliteLedger) -> int:
    """The file's size once the WAL is folded in and free pages are dropped (VACUUM)."""
    ledger._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ledger._conn.execute("VACUUM")
    ledger._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert ledger.path is not None
    return os.path.getsize(ledger.path)


def fill(ledger: SqliteLedger, records: list[MessageRecord], folder: str = "INBOX") -> None:
    for i in range(0, len(records), 200):
        batch = records[i : i + 200]
        ledger.record_batch(
            "sam@imap.example.org", folder, 1_733_000_000, batch, FolderState(1, batch[-1].uid, T0)
        )


def test_ordinary_mail_costs_at_most_100_bytes_a_message(tmp_path: Path) -> None:
    """10,000 ordinary messages in one folder: (file size after − before) / rows, both after a
    checkpoint and VACUUM, so the figure is pages actually used, indexes included."""
    ledger = SqliteLedger.open(tmp_path / "state.sqlite3")
    empty = database_bytes(ledger)
    fill(ledger, [ordinary(uid) for uid in range(1, ROWS + 1)])
    per_message = (database_bytes(ledger) - empty) / ROWS
    print(f"\nordinary mail: {per_message:.1f} bytes per message ({ROWS:,} rows)")
    assert per_message <= 100
    ledger.close()
    # and, for the record, the same mail kept whole (what every message cost before)
    whole = SqliteLedger.open(tmp_path / "whole.sqlite3")
    empty = database_bytes(whole)
    fill(whole, [ordinary(uid, score=0.5) for uid in range(1, ROWS + 1)])  # unsure: kept whole
    print(f"a full row: {(database_bytes(whole) - empty) / ROWS:.1f} bytes per message")
    whole.close()


def test_compact_mail_keeps_every_promise_of_the_messages_table(tmp_path: Path) -> None:
    ledger = SqliteLedger.open(tmp_path / "state.sqlite3")
    acct, uv = "sam@imap.example.org", 1_733_000_000
    records = [
        ordinary(1, "<digest@news.example>"),
        ordinary(2, "<unsure@x.example>", score=0.35, kind="interview"),  # history lists it
        MessageRecord(3, "sha256:abc", "", "", T0, None, None, "error", "cannot parse: ValueError"),
        MessageRecord(4, "<digest@news.example>", "", "", T0, None, None, "skip", "already handled (x)"),
        MessageRecord(
            5, "too-large:INBOX:5:9", "", "", T0, None, None, "skip", "too large (9 bytes > 1); not fetched"
        ),
        ordinary(6, "<alert@jobs.example>", kind="job_alert"),
    ]
    ledger.record_batch(acct, "INBOX", uv, records, FolderState(uv, 6, T0))
    compact = ledger._query("SELECT COUNT(*) FROM seen")[0][0]
    assert compact == 4, "the digest, the duplicate, the oversized mail and the job alert"
    # nothing twice
    assert ledger.unknown_uids(acct, "INBOX", uv, [1, 2, 3, 4, 5, 6, 7]) == [7]
    assert ledger.unknown_uids(acct, "INBOX", uv + 1, [1]) == [1]
    assert ledger.known_keys(acct, ["<digest@news.example>", "<alert@jobs.example>", "<new@x>"]) == {
        "<digest@news.example>",
        "<alert@jobs.example>",
    }
    assert ledger.known_keys("someone-else", ["<digest@news.example>"]) == set()
    # status and the demo summary
    assert ledger.counts() == {"not_rejection": 3, "skip": 2, "error": 1}
    assert ledger.folder_counts() == {(acct, "INBOX"): {"seen": 6, "rejections": 0, "drafts": 0, "errors": 1}}
    # history: the unsure and the unreadable message, with IDs that `label` resolves
    history = ledger.history()
    assert [(r["decision"], r["kind"]) for r in history] == [("error", None), ("not_rejection", "interview")]
    for row in history:
        assert ledger.message_location(str(row["id"]))["uid"] in (2, 3)  # type: ignore[index]
    # `label <Message-ID>` finds compact mail too: a missed rejection is corrected from its ID
    where = ledger.message_location("<digest@news.example>")
    assert where is not None and where["message_key"] == "<digest@news.example>"
    assert (where["account"], where["folder"], where["uidvalidity"], where["uid"] in (1, 4)) == (
        acct,
        "INBOX",
        uv,
        True,  # the first sighting or the duplicate: the same message, fetched read-only either way
    )
    assert ledger.message_location("<nobody@x>") is None
    # the messages view shows every message, compact ones with what they were
    view = {r["uid"]: r for r in ledger.messages()}
    assert sorted(view) == [1, 2, 3, 4, 5, 6]
    assert (view[1]["decision"], view[1]["reason"], view[1]["kind"], view[1]["score"]) == (
        "not_rejection",
        "score 0.03",
        "other",
        0.03,
    )
    assert view[4]["reason"].startswith("already handled") and view[5]["reason"].startswith("too large")
    assert view[6]["kind"] == "job_alert" and view[1]["message_key"] is None
    ledger.close()


# --- the migration from the schema before, with rows -----------------------------------------

OLD_ROWS = [
    # uid, key, label, score, decision, reason, draft, kind, company, role
    (
        1,
        "<rej@acme.example>",
        "rejection",
        0.93,
        "draft",
        "score 0.93; reply to x",
        "<d1@me>",
        "rejection",
        "Acme",
        "Data Engineer",
    ),
    (2, "<news@x.example>", "not_rejection", 0.02, "not_rejection", "score 0.02", None, "other", None, None),
    (
        3,
        "<ack@acme.example>",
        "not_rejection",
        0.04,
        "not_rejection",
        "score 0.04",
        None,
        "acknowledgement",
        None,
        None,
    ),
    (
        4,
        "<unsure@y.example>",
        "not_rejection",
        0.41,
        "not_rejection",
        "score 0.41",
        None,
        "other",
        None,
        None,
    ),
    (5, "sha256:bad", None, None, "error", "cannot parse: ValueError", None, None, None, None),
    (
        6,
        "<rej@acme.example>",
        None,
        None,
        "skip",
        "already handled (same Message-ID seen before)",
        None,
        None,
        None,
        None,
    ),
    (7, "<old@z.example>", "not_rejection", 0.01, "not_rejection", "score 0.01", None, None, None, None),
    (8, "<self@me>", "rejection", 0.8, "skip", "sent by you", None, "rejection", None, None),
]


def previous_database(path: Path) -> None:
    """A ledger as the previous release left it: the migrations before, a few of each kind of row."""
    conn = sqlite3.connect(path, isolation_level=None)
    for _name, sql in MIGRATIONS[:BEFORE]:
        conn.executescript(sql)
    conn.execute(f"PRAGMA user_version = {BEFORE}")
    for uid, key, label, score, decision, reason, draft, kind, company, role in OLD_ROWS:
        conn.execute(
            "INSERT INTO messages (account, folder, uidvalidity, uid, message_key, subject, sender, "
            "received_at, label, score, decision, reason, draft_message_id, processed_at, company, role, "
            "stage, kind) VALUES ('sam', 'INBOX', 9, ?, ?, ?, 'hr@acme.example', ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "NULL, ?)",
            (
                uid,
                key,
                f"subject {uid}",
                (T0 + timedelta(days=uid)).isoformat(),
                label,
                score,
                decision,
                reason,
                draft,
                (T0 + timedelta(days=uid, hours=1)).isoformat(),
                company,
                role,
                kind,
            ),
        )
    conn.execute(
        "INSERT INTO drafts VALUES ('sam', '<d1@me>', '<rej@acme.example>', 'Drafts', ?)", (T0.isoformat(),)
    )
    conn.execute("INSERT INTO folders VALUES ('sam', 'INBOX', 9, 8, ?)", (T0.isoformat(),))
    conn.close()


def test_a_database_from_before_is_migrated_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    previous_database(path)
    before = sqlite3.connect(path)
    old_counts = dict(before.execute("SELECT decision, COUNT(*) FROM messages GROUP BY decision").fetchall())
    old_history_ids = {r[0]: r[1] for r in before.execute("SELECT rowid, uid FROM messages")}
    before.close()

    ledger = SqliteLedger.open(path)
    assert ledger.schema_version == len(MIGRATIONS)
    compact = {r[0] for r in ledger._query("SELECT uid FROM seen")}
    assert compact == {2, 6, 7}, "the newsletter, the duplicate and the pre-kind ordinary mail"
    assert ledger.counts() == old_counts
    assert ledger.unknown_uids("sam", "INBOX", 9, list(range(1, 10))) == [9]
    keys = {r[1] for r in OLD_ROWS}
    assert ledger.known_keys("sam", keys) == keys
    history = ledger.history()
    assert [old_history_ids[r["id"]] for r in history] == [1, 4, 5, 8]  # same IDs for `label`
    assert ledger.message_location("<news@x.example>")["uid"] == 2  # type: ignore[index]
    view = {r["uid"]: r for r in ledger.messages()}
    assert view[2]["processed_at"] == (T0 + timedelta(days=2, hours=1)).isoformat()  # kept to the second
    assert (view[2]["decision"], view[2]["reason"], view[2]["kind"]) == (
        "not_rejection",
        "score 0.02",
        "other",
    )
    events = [(e.kind, e.message_key, e.company) for e in ledger.job_events("sam")]
    assert events == [  # by date: the draft was saved at T0, the mail is dated T0 + uid days
        ("draft", "<d1@me>", "Acme"),
        ("rejection", "<rej@acme.example>", "Acme"),
        ("applied", "<ack@acme.example>", None),
    ]
    ledger.close()
    assert SqliteLedger.open(path).schema_version == len(MIGRATIONS)  # opening again changes nothing
