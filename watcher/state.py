"""The SQLite ledger: what we have seen, decided and drafted, per account and folder.

Keyed the way IMAP identifies mail: (account, folder, UIDVALIDITY, UID), plus the message's own
key (its Message-ID, or a content hash when it has none) so the same mail is never handled twice,
whichever folder or UID epoch it shows up in. Each batch is written in one transaction together
with the folder's high-water mark, so a crash leaves either the old state or the new one.
Schema changes are small, named migrations tracked in `PRAGMA user_version`.

A damaged file (a disk error, a truncated copy, garbage written over it) is found when the
ledger opens (`PRAGMA quick_check`: about 90 ms for 200,000 messages, a few ms for a normal
year) and whenever a query trips over it later; both become one StateError that says to move the
file aside. The directory is 0700 and the files 0600: the ledger is a record of your job search.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .applications import EVENT_OF_KIND, JobMailEvent, Override
from .errors import StateError, StateUnavailableError
from .ledger import (
    FolderState,
    Followup,
    FollowupSpec,
    MessageRecord,
    Notice,
    OwnAct,
    derived_events,
    key_hash,
    reply_key,
)
from .paths import PRIVATE_FILE, ensure_private_dir, restrict_mode

#: A message the model scored at least this high without calling it a rejection is one it was
#: unsure about: `history` lists it with its ID, so `label` can correct the model in one line.
UNSURE_SCORE = 0.2
#: A message `history` never lists and the job-search record does not need (ordinary mail, job
#: alerts, recruiter outreach, duplicates, oversized mail) is kept as a compact row of the `seen`
#: table: its folder epoch, UID, a 64-bit hash of its message key (enough for "nothing twice":
#: the chance that two of a million keys collide is about 3e-8), and a code for what was decided
#: — about 60 bytes instead of about 375 (issue 12). Everything else stays a full row of `mail`.
#: The `messages` view shows both as one table, for `status` and for whoever reads the file.
_COMPACT_KINDS = ("other", "job_alert", "recruiter_outreach")  # stored by index: append only
#: (decision, reason) of each compact code; the reason of code 0 is rebuilt from the score.
_COMPACT_CODES = (
    ("not_rejection", ""),
    ("skip", "already handled (same Message-ID seen before)"),
    ("skip", "too large (max_message_bytes), not fetched"),
)
_COMPACT_SQL = f"""(label IS NULL OR label != 'rejection') AND (score IS NULL OR score < {UNSURE_SCORE})
    AND draft_message_id IS NULL AND (kind IS NULL OR kind IN {_COMPACT_KINDS})
    AND (decision = 'not_rejection'
         OR (decision = 'skip' AND (reason LIKE 'already handled%' OR reason LIKE 'too large%')))"""
_CODE_SQL = (
    "CASE WHEN decision = 'not_rejection' THEN 0 WHEN reason LIKE 'already handled%' THEN 1 ELSE 2 END"
)
_KIND_SQL = "CASE kind " + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(_COMPACT_KINDS)) + " END"
_EVENT_CASES = " ".join(f"WHEN '{k}' THEN '{e}'" for k, e in EVENT_OF_KIND.items())
_LIST_REASON = "mailing-list mail (List-Id): a newsletter, not a personal rejection"
#: The columns of `mail` the `messages` view shows (frozen: the view's migration uses them).
_MAIL_COLUMNS = (
    "account, folder, uidvalidity, uid, message_key, subject, sender, received_at, label, score, "
    "decision, reason, draft_message_id, processed_at, company, role, stage, kind, event_kind, ats, "
    "in_reply_to, refs"
)
_MESSAGES_VIEW = f"""CREATE VIEW messages AS
    SELECT {_MAIL_COLUMNS} FROM mail
    UNION ALL
    SELECT e.account, e.folder, e.uidvalidity, s.uid, NULL, '', '', NULL,
           CASE s.code WHEN 0 THEN 'not_rejection' END, CASE s.code WHEN 0 THEN s.score / 100.0 END,
           CASE s.code WHEN 0 THEN 'not_rejection' ELSE 'skip' END,
           CASE s.code WHEN 0 THEN printf('score %.2f', s.score / 100.0)
                WHEN 1 THEN '{_COMPACT_CODES[1][1]}' ELSE '{_COMPACT_CODES[2][1]}' END,
           NULL, strftime('%Y-%m-%dT%H:%M:%S+00:00', s.seen_at, 'unixepoch'), NULL, NULL, NULL,
           CASE s.kind {" ".join(f"WHEN {i} THEN '{k}'" for i, k in enumerate(_COMPACT_KINDS))} END,
           NULL, NULL, NULL, NULL
      FROM seen s JOIN epochs e ON e.id = s.epoch"""

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "create folders, messages and drafts",
        """
        CREATE TABLE folders (
            account      TEXT NOT NULL,
            folder       TEXT NOT NULL,
            uidvalidity  INTEGER NOT NULL,
            high_uid     INTEGER NOT NULL,
            last_pass_at TEXT NOT NULL,
            PRIMARY KEY (account, folder)
        );
        CREATE TABLE messages (
            account          TEXT NOT NULL,
            folder           TEXT NOT NULL,
            uidvalidity      INTEGER NOT NULL,
            uid              INTEGER NOT NULL,
            message_key      TEXT NOT NULL,
            subject          TEXT NOT NULL DEFAULT '',
            sender           TEXT NOT NULL DEFAULT '',
            received_at      TEXT,
            label            TEXT,
            score            REAL,
            decision         TEXT NOT NULL,
            reason           TEXT NOT NULL DEFAULT '',
            draft_message_id TEXT,
            processed_at     TEXT NOT NULL,
            PRIMARY KEY (account, folder, uidvalidity, uid)
        );
        CREATE INDEX messages_by_key ON messages (account, message_key);
        CREATE TABLE drafts (
            account           TEXT NOT NULL,
            draft_message_id  TEXT NOT NULL,
            source_key        TEXT NOT NULL,
            drafts_folder     TEXT NOT NULL,
            created_at        TEXT NOT NULL,
            PRIMARY KEY (account, draft_message_id)
        );
        CREATE INDEX drafts_by_source ON drafts (account, source_key);
        """,
    ),
    (
        "record training runs, so scheduled retrains happen only when labelled mail changed",
        """
        CREATE TABLE training_runs (
            id          INTEGER PRIMARY KEY,
            finished_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            promoted    INTEGER NOT NULL,
            f1          REAL,
            reason      TEXT NOT NULL DEFAULT ''
        );
        """,
    ),
    (
        "remember company, role and stage of each rejection; schedule follow-ups",
        """
        ALTER TABLE messages ADD COLUMN company TEXT;
        ALTER TABLE messages ADD COLUMN role TEXT;
        ALTER TABLE messages ADD COLUMN stage TEXT;
        CREATE TABLE followups (
            id                  INTEGER PRIMARY KEY,
            account             TEXT NOT NULL,
            source_key          TEXT NOT NULL,
            reply_message_id    TEXT NOT NULL,
            due_at              TEXT NOT NULL,
            status              TEXT NOT NULL,
            reason              TEXT NOT NULL DEFAULT '',
            context             TEXT NOT NULL,
            created_at          TEXT NOT NULL,
            done_at             TEXT,
            followup_message_id TEXT,
            UNIQUE (account, source_key)
        );
        CREATE INDEX followups_due ON followups (status, due_at);
        """,
    ),
    (
        "per account and folder, what the daemon is doing, for `status`",
        """
        CREATE TABLE watch_status (
            account       TEXT NOT NULL,
            folder        TEXT NOT NULL,
            mode          TEXT NOT NULL DEFAULT '',
            connected     INTEGER NOT NULL DEFAULT 0,
            since         TEXT,
            last_pass_at  TEXT,
            last_error    TEXT,
            last_error_at TEXT,
            updated_at    TEXT NOT NULL,
            PRIMARY KEY (account, folder)
        );
        """,
    ),
    (
        "remember the kind of job mail each message is (acknowledgement, interview, rejection, ...)",
        """
        ALTER TABLE messages ADD COLUMN kind TEXT;
        """,
    ),
    (
        "a nudge per saved draft ([notify]): pending, recorded with the draft, until it is given",
        """
        CREATE TABLE notices (
            id               INTEGER PRIMARY KEY,
            account          TEXT NOT NULL,
            draft_message_id TEXT NOT NULL,
            kind             TEXT NOT NULL,
            subject          TEXT NOT NULL,
            company          TEXT NOT NULL DEFAULT '',
            status           TEXT NOT NULL DEFAULT 'pending',
            reason           TEXT NOT NULL DEFAULT '',
            created_at       TEXT NOT NULL,
            done_at          TEXT,
            UNIQUE (account, draft_message_id)
        );
        CREATE INDEX notices_pending ON notices (account, status);
        """,
    ),
    (
        "keep job mail as events of the job-search record; other mail as a compact row",
        f"""
        ALTER TABLE messages RENAME TO mail;
        ALTER TABLE mail ADD COLUMN event_kind TEXT;
        ALTER TABLE mail ADD COLUMN ats TEXT;
        ALTER TABLE mail ADD COLUMN in_reply_to TEXT;
        ALTER TABLE mail ADD COLUMN refs TEXT;
        UPDATE mail SET event_kind = CASE kind {_EVENT_CASES} END
         WHERE decision != 'error' AND reason NOT LIKE 'already %'
           AND reason NOT IN ('sent by you', '{_LIST_REASON}');
        CREATE TABLE epochs (
            id          INTEGER PRIMARY KEY,
            account     TEXT NOT NULL,
            folder      TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            UNIQUE (account, folder, uidvalidity)
        );
        CREATE TABLE seen (
            epoch    INTEGER NOT NULL,
            uid      INTEGER NOT NULL,
            key_hash INTEGER NOT NULL,
            code     INTEGER NOT NULL,
            kind     INTEGER,
            score    INTEGER,
            seen_at  INTEGER NOT NULL,
            PRIMARY KEY (epoch, uid)
        ) WITHOUT ROWID;
        CREATE INDEX seen_by_key ON seen (key_hash);
        INSERT OR IGNORE INTO epochs (account, folder, uidvalidity)
          SELECT DISTINCT account, folder, uidvalidity FROM mail WHERE {_COMPACT_SQL};
        INSERT OR REPLACE INTO seen (epoch, uid, key_hash, code, kind, score, seen_at)
          SELECT e.id, m.uid, key_hash(m.message_key), {_CODE_SQL}, {_KIND_SQL},
                 CAST(round(COALESCE(m.score, 0) * 100) AS INTEGER), CAST(strftime('%s', m.processed_at) AS INTEGER)
            FROM mail m JOIN epochs e
              ON e.account = m.account AND e.folder = m.folder AND e.uidvalidity = m.uidvalidity
           WHERE {_COMPACT_SQL};
        DELETE FROM mail WHERE {_COMPACT_SQL};
        {_MESSAGES_VIEW};
        CREATE TABLE application_overrides (
            id         INTEGER PRIMARY KEY,
            action     TEXT NOT NULL,
            event_key  TEXT NOT NULL,
            other_key  TEXT,
            created_at TEXT NOT NULL
        );
        """,
    ),
    (
        "remember which job mail the user answered (\\Answered, or a reply in Sent)",
        """
        ALTER TABLE mail ADD COLUMN replied INTEGER NOT NULL DEFAULT 0;
        """,
    ),
)


class SqliteLedger:
    """The state database, the `ledger.Ledger` port on SQLite plus what the shells read (status,
    history, training runs). Open it with `SqliteLedger.open(path)`; close it with `close()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self.path = path
        # One connection shared by the daemon's threads; the lock serialises its use.
        self._lock = threading.RLock()
        self._file_id: tuple[int, int] | None = None

    @classmethod
    def open(cls, path: Path | None) -> SqliteLedger:
        """Open (creating and migrating as needed) the ledger at `path`; None means in memory.

        Raises StateError when the file is damaged, from a newer version, or cannot be created.
        """
        if path is not None:
            try:
                _prepare_private_files(path)
            except OSError as exc:
                raise StateError(f"cannot create the state database {path}: {exc.strerror or exc}") from None
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(
                str(path) if path else ":memory:",
                isolation_level=None,
                timeout=30,
                check_same_thread=False,
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.create_function("key_hash", 1, key_hash, deterministic=True)
            ledger = cls(conn, path)
            ledger._check_integrity()
            ledger._migrate()
            ledger._file_id = _file_id(path) if path is not None else None
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise _state_error(path, exc) or StateError(
                f"cannot open the state database {path}: {exc} — move it aside to start fresh"
            ) from None
        except StateError:
            if conn is not None:
                conn.close()
            raise
        return ledger

    def close(self) -> None:
        self._conn.close()

    def ensure_file_unchanged(self) -> None:
        """Raise StateError if the file at `path` is no longer the one this ledger has open.

        Deleted, or replaced (a restored backup, a sync tool, `mv` of a fresh copy): writes would
        go to a file nobody will read again, and the next start would redo or forget them. Cheap
        (one stat) so a daemon can call it every pass. An in-memory ledger has nothing to lose.
        """
        if self.path is None or self._file_id is None:
            return
        try:
            now = _file_id(self.path)
        except FileNotFoundError:
            now = None
        except OSError as exc:
            raise StateError(f"cannot check the state database {self.path}: {exc.strerror or exc}") from None
        if now != self._file_id:
            what = (
                "the file is gone: a fresh one is started"
                if now is None
                else "another file is there now: that one is opened"
            )
            raise StateError(
                f"the state database {self.path} was deleted or replaced while running; "
                f"restart rejection-watcher ({what})"
            )

    def _check_integrity(self) -> None:
        """`PRAGMA quick_check(1)`: page structure and format, not index contents — cheap enough
        to run on every open, and it catches what a first query would otherwise trip over."""
        rows = self._conn.execute("PRAGMA quick_check(1)").fetchall()
        if rows != [("ok",)]:
            detail = " ".join(str(rows[0][0]).split()) if rows else "no answer from the integrity check"
            raise _damaged(self.path, detail)

    @contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        """Turn a damaged or unusable file met mid-use into StateError; bugs keep their type."""
        try:
            yield
        except sqlite3.Error as exc:
            error = _state_error(self.path, exc)
            if error is None:
                raise
            raise error from exc

    @property
    def schema_version(self) -> int:
        with self._sqlite_errors():
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise StateError(
                f"state database {self.path} is from a newer rejection-watcher (schema {current}, "
                f"this version knows {len(MIGRATIONS)}) — upgrade rejection-watcher"
            )
        for version, (_name, sql) in enumerate(MIGRATIONS[current:], start=current + 1):
            with self._transaction() as conn:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._sqlite_errors():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                # SQLite may have rolled back already (a full disk, a corrupt page): the original
                # error is the one worth reporting.
                with suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, args: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock, self._sqlite_errors():
            return list(self._conn.execute(sql, tuple(args)))

    # --- folders ---------------------------------------------------------------------------

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        rows = self._query(
            "SELECT uidvalidity, high_uid, last_pass_at FROM folders WHERE account=? AND folder=?",
            (account, folder),
        )
        if not rows:
            return None
        uidvalidity, high_uid, last = rows[0]
        return FolderState(int(uidvalidity), int(high_uid), datetime.fromisoformat(str(last)))

    def set_folder_state(self, account: str, folder: str, state: FolderState) -> None:
        with self._transaction() as conn:
            _upsert_folder(conn, account, folder, state)

    # --- messages --------------------------------------------------------------------------

    def known_keys(self, account: str, keys: Iterable[str]) -> set[str]:
        """Which of these message keys were already handled for this account (any folder)."""
        keys = list(keys)
        found: set[str] = set()
        epochs = [int(r[0]) for r in self._query("SELECT id FROM epochs WHERE account=?", (account,))]
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT DISTINCT message_key FROM mail WHERE account=? AND message_key IN ({marks})",
                (account, *chunk),
            )
            found.update(str(r[0]) for r in rows)
            if epochs:
                hashes = {key_hash(k): k for k in chunk}
                rows = self._query(
                    f"SELECT key_hash FROM seen WHERE key_hash IN ({marks}) "
                    f"AND epoch IN ({','.join('?' * len(epochs))})",
                    (*hashes, *epochs),
                )
                found.update(hashes[int(r[0])] for r in rows)
        return found

    def unknown_uids(self, account: str, folder: str, uidvalidity: int, uids: Sequence[int]) -> list[int]:
        """The UIDs of this folder epoch not yet in the ledger, in the given order."""
        known: set[int] = set()
        epoch = self._query(
            "SELECT id FROM epochs WHERE account=? AND folder=? AND uidvalidity=?",
            (account, folder, uidvalidity),
        )
        for i in range(0, len(uids), 500):
            chunk = list(uids[i : i + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._query(
                f"SELECT uid FROM mail WHERE account=? AND folder=? AND uidvalidity=? AND uid IN ({marks})",
                (account, folder, uidvalidity, *chunk),
            )
            if epoch:
                rows += self._query(
                    f"SELECT uid FROM seen WHERE epoch=? AND uid IN ({marks})", (epoch[0][0], *chunk)
                )
            known.update(int(r[0]) for r in rows)
        return [u for u in uids if u not in known]

    def draft_for(self, account: str, source_key: str) -> str | None:
        """The Message-ID of the draft we already made for this message, if any."""
        rows = self._query(
            "SELECT draft_message_id FROM drafts WHERE account=? AND source_key=?",
            (account, source_key),
        )
        return str(rows[0][0]) if rows else None

    def record_batch(
        self,
        account: str,
        folder: str,
        uidvalidity: int,
        records: Sequence[MessageRecord],
        folder_state: FolderState,
        drafts_folder: str = "",
    ) -> None:
        """Write a batch of decisions, their drafts and the new high-water mark atomically.

        Each message becomes a compact `seen` row when nothing but "nothing twice" needs it (see
        `_COMPACT_KINDS`), else a full `mail` row; recording a UID again replaces it in either."""
        now = _now()
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO epochs (account, folder, uidvalidity) VALUES (?,?,?)",
                (account, folder, uidvalidity),
            )
            epoch = conn.execute(
                "SELECT id FROM epochs WHERE account=? AND folder=? AND uidvalidity=?",
                (account, folder, uidvalidity),
            ).fetchone()[0]
            seen_at = int(datetime.fromisoformat(now).timestamp())
            for r in records:
                code = _compact_code(r)
                if code is not None:
                    conn.execute(
                        "DELETE FROM mail WHERE account=? AND folder=? AND uidvalidity=? AND uid=?",
                        (account, folder, uidvalidity, r.uid),
                    )
                    conn.execute(
                        "INSERT OR REPLACE INTO seen (epoch, uid, key_hash, code, kind, score, seen_at) "
                        "VALUES (?,?,?,?,?,?,?)",
                        (
                            epoch,
                            r.uid,
                            key_hash(r.message_key),
                            code,
                            _COMPACT_KINDS.index(r.kind) if r.kind else None,
                            round((r.score or 0.0) * 100),
                            seen_at,
                        ),
                    )
                    continue
                conn.execute("DELETE FROM seen WHERE epoch=? AND uid=?", (epoch, r.uid))
                _insert_mail(conn, account, folder, uidvalidity, r, now)
                if r.draft_message_id:
                    conn.execute(
                        """INSERT OR IGNORE INTO drafts (account, draft_message_id, source_key,
                           drafts_folder, created_at) VALUES (?,?,?,?,?)""",
                        (account, r.draft_message_id, r.message_key, drafts_folder, now),
                    )
                if r.draft_message_id and r.notice is not None:
                    _queue_notice(conn, account, r.draft_message_id, r.notice, now)
                if r.draft_message_id and r.followup is not None:
                    conn.execute(
                        """INSERT OR IGNORE INTO followups (account, source_key, reply_message_id, due_at,
                           status, context, created_at) VALUES (?,?,?,?,'scheduled',?,?)""",
                        (
                            account,
                            r.message_key,
                            r.draft_message_id,
                            r.followup.due_at.isoformat(),
                            json.dumps(r.followup.context, ensure_ascii=False),
                            now,
                        ),
                    )
            _upsert_folder(conn, account, folder, folder_state)

    def drafted_sources(self, account: str, keys: Iterable[str]) -> set[str]:
        """Which of these message keys already got a reply draft (to spot a thread we answered)."""
        keys = list(keys)
        if not keys:
            return set()
        marks = ",".join("?" * len(keys))
        rows = self._query(
            f"SELECT source_key FROM drafts WHERE account=? AND source_key IN ({marks})", (account, *keys)
        )
        return {str(r[0]) for r in rows}

    # --- follow-ups -------------------------------------------------------------------------

    def due_followups(self, account: str, now: datetime) -> list[Followup]:
        rows = self._query(
            f"SELECT {_FOLLOWUP_COLUMNS} FROM followups WHERE account=? AND status='scheduled' AND due_at<=? "
            "ORDER BY due_at",
            (account, now.isoformat()),
        )
        return [_followup(r) for r in rows]

    def followups(self, account: str | None = None) -> list[Followup]:
        sql = f"SELECT {_FOLLOWUP_COLUMNS} FROM followups"
        args: tuple[str, ...] = ()
        if account is not None:
            sql += " WHERE account=?"
            args = (account,)
        return [_followup(r) for r in self._query(sql + " ORDER BY due_at", args)]

    def finish_followup(
        self,
        followup_id: int,
        status: str,
        reason: str,
        message_id: str | None = None,
        notice: Notice | None = None,
    ) -> None:
        """Mark a scheduled follow-up drafted or skipped (a cancelled or finished one is left
        alone); a drafted one's nudge is recorded in the same transaction."""
        with self._transaction() as conn:
            changed = conn.execute(
                "UPDATE followups SET status=?, reason=?, followup_message_id=?, done_at=? "
                "WHERE id=? AND status='scheduled'",
                (status, reason, message_id, _now(), followup_id),
            ).rowcount
            if changed and status == "drafted" and message_id and notice is not None:
                account = conn.execute("SELECT account FROM followups WHERE id=?", (followup_id,)).fetchone()
                _queue_notice(conn, str(account[0]), message_id, notice, _now())

    # --- notices ([notify]) ------------------------------------------------------------------

    def pending_notices(self, account: str) -> list[PendingNotice]:
        """The saved drafts of this account whose nudge is not given yet, oldest first."""
        rows = self._query(
            "SELECT id, draft_message_id, kind, subject, company FROM notices "
            "WHERE account=? AND status='pending' ORDER BY id",
            (account,),
        )
        return [PendingNotice(int(r[0]), str(r[1]), Notice(str(r[2]), str(r[3]), str(r[4]))) for r in rows]

    def finish_notice(self, notice_id: int, status: str, reason: str = "") -> None:
        """Mark a nudge given ("done"), failed, or not wanted ("off": no command configured)."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE notices SET status=?, reason=?, done_at=? WHERE id=? AND status='pending'",
                (status, reason, _now(), notice_id),
            )

    def cancel_followup(self, followup_id: int) -> Followup:
        with self._transaction() as conn:
            row = conn.execute(
                f"SELECT {_FOLLOWUP_COLUMNS} FROM followups WHERE id=?", (followup_id,)
            ).fetchone()
            if row is None:
                raise StateError(f"no follow-up with ID {followup_id} — see `rejection-watcher followups`")
            followup = _followup(row)
            if followup.status != "scheduled":
                raise StateError(f"follow-up {followup_id} is already {followup.status}; nothing to cancel")
            conn.execute(
                "UPDATE followups SET status='cancelled', reason='cancelled by you', done_at=? WHERE id=?",
                (_now(), followup_id),
            )
        return followup

    # --- history ---------------------------------------------------------------------------

    def history(self, account: str | None = None) -> list[dict[str, Any]]:
        """Every rejection seen, every message the model was unsure about (UNSURE_SCORE), and every
        message that could not be handled (decision `error`, with its reason), oldest first, with
        its ID (for `label`), kind, draft and follow-up."""
        sql = f"""SELECT m.rowid, m.account, m.received_at, m.processed_at, m.subject, m.sender, m.company,
                        m.role, m.stage, m.decision, m.reason, m.draft_message_id, f.id, f.due_at, f.status,
                        m.kind, m.label, m.score
                 FROM mail m LEFT JOIN followups f
                   ON f.account = m.account AND f.source_key = m.message_key
                 WHERE (m.label = 'rejection' OR m.decision = 'error' OR m.score >= {UNSURE_SCORE})
                   AND m.reason NOT LIKE 'already handled%'"""
        args: tuple[str, ...] = ()
        if account is not None:
            sql = f"SELECT * FROM ({sql}) WHERE account=?"
            args = (account,)
        keys = (
            "id",
            "account",
            "received_at",
            "processed_at",
            "subject",
            "sender",
            "company",
            "role",
            "stage",
            "decision",
            "reason",
            "draft_message_id",
            "followup_id",
            "followup_due",
            "followup_status",
            "kind",
            "label",
            "score",
        )
        rows = [dict(zip(keys, r, strict=True)) for r in self._query(sql, args)]
        return sorted(rows, key=lambda r: r["received_at"] or r["processed_at"])

    # --- the job-search record ---------------------------------------------------------------

    def job_events(self, account: str | None = None) -> list[JobMailEvent]:
        """Every job mail seen (once, however many folders it was in), our drafts and follow-ups,
        oldest first: what `applications.build_applications` links into applications."""
        where = " AND account=?" if account is not None else ""
        args: tuple[str, ...] = (account,) if account is not None else ()
        mail = self._query(
            "SELECT account, message_key, COALESCE(received_at, processed_at), event_kind, company, role, "
            f"ats, subject, sender, in_reply_to, refs, replied FROM mail WHERE event_kind IS NOT NULL{where} "
            "ORDER BY rowid",
            args,
        )
        drafts = self._query(
            f"SELECT account, draft_message_id, source_key, created_at FROM drafts WHERE 1{where}", args
        )
        followups = self._query(
            "SELECT account, followup_message_id, reply_message_id, source_key, done_at FROM followups "
            f"WHERE status='drafted' AND followup_message_id IS NOT NULL{where}",
            args,
        )
        seen = [
            JobMailEvent(
                account=str(r[0]),
                message_key=str(r[1]),
                when=_aware(str(r[2])),
                kind=str(r[3]),
                company=r[4],
                role=r[5],
                ats=r[6],
                subject=str(r[7]),
                sender=str(r[8]),
                in_reply_to=r[9],
                references=tuple(str(r[10]).split()) if r[10] else (),
            )
            for r in mail
        ]
        ours: list[OwnAct] = [
            (str(a), "draft", str(d), (str(src),), _aware(str(at))) for a, d, src, at in drafts
        ]
        ours += [
            (str(a), "followup", str(f), (str(src), str(rep)), _aware(str(at)))
            for a, f, rep, src, at in followups
        ]
        ours += [
            (e.account, "reply_sent", reply_key(e.message_key), (e.message_key,), e.when)
            for e, r in zip(seen, mail, strict=True)
            if r[11]
        ]
        return derived_events(seen, ours)

    def application_overrides(self) -> list[Override]:
        """The user's merges and splits, in the order they were made."""
        rows = self._query("SELECT action, event_key, other_key FROM application_overrides ORDER BY id")
        return [Override(str(a), str(k), o) for a, k, o in rows]

    def add_application_override(self, override: Override) -> None:
        """Keep a merge or split. A split also drops the earlier merges of that event, which
        would otherwise pull it straight back."""
        with self._transaction() as conn:
            if override.action == "split":
                conn.execute(
                    "DELETE FROM application_overrides WHERE action='merge' AND (event_key=? OR other_key=?)",
                    (override.event_key, override.event_key),
                )
            conn.execute(
                "INSERT INTO application_overrides (action, event_key, other_key, created_at) VALUES (?,?,?,?)",
                (override.action, override.event_key, override.other_key, _now()),
            )

    # --- daemon status ----------------------------------------------------------------------

    def message_location(self, ref: str) -> dict[str, Any] | None:
        """Where a recorded message is — account, folder, uidvalidity, uid, message_key — by its
        `history` ID or its Message-ID (the newest record when it was seen in several places)."""
        column = "rowid" if ref.isdigit() else "message_key"
        rows = self._query(
            f"SELECT account, folder, uidvalidity, uid, message_key FROM mail WHERE {column}=? "
            "ORDER BY processed_at DESC LIMIT 1",
            (int(ref) if ref.isdigit() else ref,),
        )
        if not rows and not ref.isdigit():  # ordinary mail, kept compact: found by its key's hash
            rows = self._query(
                "SELECT e.account, e.folder, e.uidvalidity, s.uid, ? FROM seen s JOIN epochs e "
                "ON e.id = s.epoch WHERE s.key_hash=? ORDER BY s.seen_at DESC LIMIT 1",
                (ref, key_hash(ref)),
            )
        if not rows:
            return None
        return dict(zip(("account", "folder", "uidvalidity", "uid", "message_key"), rows[0], strict=True))

    def set_watch_status(
        self,
        account: str,
        folder: str,
        *,
        mode: str | None = None,
        connected: bool | None = None,
        passed: bool = False,
        error: str | None = None,
    ) -> None:
        """Record a change: connected/disconnected (with since), a finished pass, or an error."""
        now = _now()
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO watch_status (account, folder, updated_at) VALUES (?,?,?) "
                "ON CONFLICT (account, folder) DO NOTHING",
                (account, folder, now),
            )
            if mode is not None:
                conn.execute(
                    "UPDATE watch_status SET mode=? WHERE account=? AND folder=?", (mode, account, folder)
                )
            if connected is not None:
                conn.execute(
                    "UPDATE watch_status SET since=CASE WHEN connected=? THEN since ELSE ? END, connected=? "
                    "WHERE account=? AND folder=?",
                    (int(connected), now, int(connected), account, folder),
                )
            if passed:
                conn.execute(
                    "UPDATE watch_status SET last_pass_at=? WHERE account=? AND folder=?",
                    (now, account, folder),
                )
            if error is not None:
                conn.execute(
                    "UPDATE watch_status SET last_error=?, last_error_at=? WHERE account=? AND folder=?",
                    (error, now, account, folder),
                )
            conn.execute(
                "UPDATE watch_status SET updated_at=? WHERE account=? AND folder=?", (now, account, folder)
            )

    def watch_status(self) -> list[dict[str, Any]]:
        keys = (
            "account",
            "folder",
            "mode",
            "connected",
            "since",
            "last_pass_at",
            "last_error",
            "last_error_at",
        )
        rows = self._query(f"SELECT {', '.join(keys)} FROM watch_status ORDER BY account, folder")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def folder_counts(self) -> dict[tuple[str, str], dict[str, int]]:
        """Per (account, folder): messages seen, rejections, drafts, errors."""
        rows = self._query(
            "SELECT account, folder, COUNT(*), SUM(label='rejection'), SUM(draft_message_id IS NOT NULL), "
            "SUM(decision='error') FROM messages GROUP BY account, folder"
        )
        return {
            (r[0], r[1]): {"seen": r[2], "rejections": r[3] or 0, "drafts": r[4] or 0, "errors": r[5] or 0}
            for r in rows
        }

    # --- training --------------------------------------------------------------------------

    def record_training(self, fingerprint: str, promoted: bool, f1: float | None, reason: str) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO training_runs (finished_at, fingerprint, promoted, f1, reason) VALUES (?,?,?,?,?)",
                (_now(), fingerprint, int(promoted), f1, reason),
            )

    def last_training_fingerprint(self) -> str | None:
        """The labelled-folder fingerprint of the last completed training run."""
        rows = self._query("SELECT fingerprint FROM training_runs ORDER BY id DESC LIMIT 1")
        return str(rows[0][0]) if rows else None

    def counts(self, account: str | None = None) -> dict[str, int]:
        """Messages per decision, for `status` and the demo summary."""
        sql = "SELECT decision, COUNT(*) FROM messages"
        args: tuple[str, ...] = ()
        if account is not None:
            sql += " WHERE account=?"
            args = (account,)
        return {str(row[0]): int(row[1]) for row in self._query(sql + " GROUP BY decision", args)}

    def messages(self, account: str | None = None) -> list[sqlite3.Row]:
        """Every handled message, oldest first (for history and tests)."""
        sql = "SELECT * FROM messages"
        args: tuple[str, ...] = ()
        if account is not None:
            sql += " WHERE account=?"
            args = (account,)
        with self._lock, self._sqlite_errors():
            cursor = self._conn.execute(sql + " ORDER BY processed_at, uid", args)
            cursor.row_factory = sqlite3.Row
            return list(cursor)


_FOLLOWUP_COLUMNS = (
    "id, account, source_key, reply_message_id, due_at, status, reason, context, created_at, done_at, "
    "followup_message_id"
)


#: The name the shells and tests have always used.
Ledger = SqliteLedger

__all__ = ["FolderState", "Followup", "FollowupSpec", "Ledger", "MessageRecord", "SqliteLedger"]


def _followup(row: Sequence[Any]) -> Followup:
    return Followup(
        id=int(row[0]),
        account=str(row[1]),
        source_key=str(row[2]),
        reply_message_id=str(row[3]),
        due_at=datetime.fromisoformat(row[4]),
        status=str(row[5]),
        reason=str(row[6]),
        context=json.loads(row[7]),
        created_at=datetime.fromisoformat(row[8]),
        done_at=datetime.fromisoformat(row[9]) if row[9] else None,
        followup_message_id=row[10],
    )


@dataclass(frozen=True)
class PendingNotice:
    """A nudge recorded with its draft and not given yet."""

    id: int
    draft_message_id: str
    notice: Notice


def _queue_notice(conn: sqlite3.Connection, account: str, draft_id: str, notice: Notice, now: str) -> None:
    """Inside the draft's own transaction: once per draft, whoever records it again."""
    conn.execute(
        """INSERT OR IGNORE INTO notices (account, draft_message_id, kind, subject, company, created_at)
           VALUES (?,?,?,?,?,?)""",
        (account, draft_id, notice.kind, notice.subject, notice.company, now),
    )


def _compact_code(r: MessageRecord) -> int | None:
    """The `seen` code for a record that may be kept compact (the rule `_COMPACT_SQL` states for
    the migration), or None when `history`, a draft or the job-search record needs all of it."""
    if r.draft_message_id or r.event is not None or r.label == "rejection" or r.followup is not None:
        return None
    if (r.score is not None and r.score >= UNSURE_SCORE) or (
        r.kind is not None and r.kind not in _COMPACT_KINDS
    ):
        return None
    if r.decision == "not_rejection":
        return 0
    if r.decision == "skip" and r.reason.startswith("already handled"):
        return 1
    if r.decision == "skip" and r.reason.startswith("too large"):
        return 2
    return None


def _insert_mail(
    conn: sqlite3.Connection, account: str, folder: str, uidvalidity: int, r: MessageRecord, now: str
) -> None:
    event = r.event
    received = r.received_at or (event.when if event else None)
    conn.execute(
        f"INSERT OR REPLACE INTO mail ({_MAIL_COLUMNS}, replied) VALUES ({','.join('?' * 23)})",
        (
            account,
            folder,
            uidvalidity,
            r.uid,
            r.message_key,
            r.subject,
            r.sender,
            received.isoformat() if received else None,
            r.label,
            r.score,
            r.decision,
            r.reason,
            r.draft_message_id,
            now,
            r.company or (event.company if event else None),
            r.role or (event.role if event else None),
            r.stage,
            r.kind,
            event.kind if event else None,
            event.ats if event else None,
            event.in_reply_to if event else None,
            " ".join(event.references) if event and event.references else None,
            int(r.replied),
        ),
    )


def _aware(text: str) -> datetime:
    """A stored time; one without a zone (a Date header that had none) is taken as UTC."""
    when = datetime.fromisoformat(text)
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _upsert_folder(conn: sqlite3.Connection, account: str, folder: str, state: FolderState) -> None:
    conn.execute(
        """INSERT INTO folders (account, folder, uidvalidity, high_uid, last_pass_at)
           VALUES (?,?,?,?,?)
           ON CONFLICT (account, folder) DO UPDATE SET uidvalidity=excluded.uidvalidity,
           high_uid=excluded.high_uid, last_pass_at=excluded.last_pass_at""",
        (account, folder, state.uidvalidity, state.high_uid, state.last_pass_at.isoformat()),
    )


#: SQLite's primary result codes for "this file is not a sound database".
_DAMAGED_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
#: ... and for "the file cannot be used right now" (disk, permissions, another process).
_UNUSABLE_CODES = frozenset(
    {
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_CANTOPEN,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_PERM,
    }
)


def _state_error(path: Path | None, exc: sqlite3.Error) -> StateError | None:
    """The StateError for an SQLite error about the file itself; None for anything else (a bug)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _DAMAGED_CODES or (primary is None and "malformed" in str(exc)):
        return _damaged(path, str(exc))
    if primary in _UNUSABLE_CODES:
        return StateUnavailableError(f"cannot use the state database {_where(path)}: {exc}")
    return None


def _damaged(path: Path | None, detail: str) -> StateError:
    where = _where(path)
    return StateError(
        f"the state database {where} is damaged ({detail[:160]}) — move it aside "
        f"(mv {where} {where}.damaged, and its -wal and -shm files if there are any) and run again "
        "to start a fresh one, which begins at your newest mail (use `once --since` for older mail)"
    )


def _where(path: Path | None) -> str:
    return str(path) if path is not None else "(in memory)"


def _prepare_private_files(path: Path) -> None:
    """A 0700 directory and a 0600 file before SQLite opens it: SQLite gives the -wal, -shm and
    -journal files it creates later the database file's permissions. Existing ones that are too
    open (from before this rule, or a copy) are tightened."""
    ensure_private_dir(path.parent)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    for suffix in ("", "-wal", "-shm", "-journal"):
        restrict_mode(Path(f"{path}{suffix}"), PRIVATE_FILE)


def _file_id(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return (st.st_dev, st.st_ino)


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
