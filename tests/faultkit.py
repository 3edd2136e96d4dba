"""Helpers for the fault-injection tests (tests/test_faults.py): the daemon as a real process
that can be SIGKILLed and restarted, a mail log of what was delivered, and read-only views of
the mailbox (INBOX, Drafts), the SQLite ledger and both logs (the daemon's and Dovecot's).

Nothing here changes the mailbox except `MailLog.deliver` (an external sender's APPEND), and
nothing writes to the ledger: it is opened read-only (`mode=ro`, so not even a WAL checkpoint).
"""

from __future__ import annotations

import email
import email.policy
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from clirun import Account
from mailgen import acknowledgement, invitation, rejection

POLL = 10  # [schedule] poll_interval_seconds (the minimum the config allows)


def make_account(server: object, home: Path, user: str, password: str, **account: object) -> Account:
    """A REJECTION_WATCHER_HOME whose config watches *user* on *server*; follow-ups off, so
    Drafts holds only replies. Logging at debug: the tests read every login ("logged in to",
    a DEBUG line since a daemon logs only changes of state at INFO) as their readiness and
    poll-tick signal."""
    home.mkdir(parents=True, exist_ok=True)
    acct = Account(home, user, password, server)
    config = acct.write_config(**account)
    with config.open("a") as fh:
        fh.write('[drafts]\nfollow_up_after_days = 0\n[logging]\nlevel = "debug"\n')
    return acct


def account_key(acct: Account) -> str:
    return f"{acct.user}@{acct.server.host}"  # type: ignore[attr-defined]


# ----- the daemon as a process ------------------------------------------------------------


class Daemon:
    """`python -m watcher run` in a subprocess; every start appends to one log file, and
    `segment()` is the part written by the current (or last) process."""

    def __init__(self, acct: Account, log: Path) -> None:
        self.acct, self.log = acct, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.offset = 0
        self.starts = 0
        self.started_at = 0.0

    def start(self) -> subprocess.Popen[bytes]:
        assert self.proc is None or self.proc.poll() is not None, "already running"
        self.offset = self.log.stat().st_size if self.log.exists() else 0
        with self.log.open("ab") as fh:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "watcher", "run"],
                env=self.acct.env,
                stdout=fh,
                stderr=subprocess.STDOUT,
            )
        self.starts += 1
        self.started_at = time.monotonic()
        return self.proc

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def segment(self) -> str:
        with self.log.open("rb") as fh:
            fh.seek(self.offset)
            return fh.read().decode(errors="replace")

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: no handler runs, nothing is flushed or committed."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def terminate(self, timeout: float = 60) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def ensure_stopped(self) -> None:
        if self.alive:
            assert self.proc is not None
            self.proc.kill()
            self.proc.wait(10)

    def wait_segment(
        self, predicate: Callable[[str], bool], timeout: float, what: str, step: float = 0.01
    ) -> float:
        """Wait until the current process's log satisfies *predicate*; the seconds it took."""
        start = time.monotonic()
        while True:
            if predicate(self.segment()):
                return time.monotonic() - start
            if not self.alive:
                raise AssertionError(
                    f"the daemon exited ({self.proc and self.proc.returncode}) "
                    f"while waiting for {what}:\n{self.segment()[-4000:]}"
                )
            if time.monotonic() - start > timeout:
                raise AssertionError(
                    f"timed out after {timeout} s waiting for {what}:\n{self.segment()[-4000:]}"
                )
            time.sleep(step)


def wait_until(
    condition: Callable[[], bool],
    timeout: float,
    what: str,
    step: float = 0.1,
    context: Callable[[], str] = lambda: "",
) -> float:
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}\n{context()}")
        time.sleep(step)
    return time.monotonic() - start


# ----- what was delivered -----------------------------------------------------------------

_KINDS = {"rejection": rejection, "invitation": invitation, "acknowledgement": acknowledgement}


@dataclass
class MailLog:
    """Every message delivered to INBOX: Message-ID → kind, and UID → Message-ID (per epoch)."""

    server: object
    user: str
    password: str
    kinds: dict[str, str] = field(default_factory=dict)
    uid_of: dict[int, str] = field(default_factory=dict)
    tag: str = "m"
    _n: int = 0

    def make(self, kind: str) -> bytes:
        self._n += 1
        mid = f"<fault-{self.tag}-{self._n}-{random.getrandbits(32):08x}@quillpoint.io>"
        self.kinds[mid] = kind
        return _KINDS[kind](message_id=mid)

    def deliver(self, kinds: list[str]) -> list[int]:
        raws = [self.make(k) for k in kinds]
        mids = list(self.kinds)[-len(kinds) :]
        try:
            uids = self.server.deliver_many(self.user, self.password, raws)  # type: ignore[attr-defined]
        except Exception as exc:  # the test's own delivery failed: say what the server was doing
            raise AssertionError(
                f"delivering test mail failed (the harness, not the daemon): {exc!r}\n"
                f"lock files: {self.lock_files()}\nDovecot log:\n{self.server.log_tail(60)}"  # type: ignore[attr-defined]
            ) from exc
        self.uid_of.update(zip(uids, mids, strict=True))
        return uids

    def lock_files(self) -> list[str]:
        root = Path(self.server.dir) / "mail" / self.user  # type: ignore[attr-defined]
        return [str(p.relative_to(root)) for p in root.rglob("*lock*")] if root.exists() else []

    def burst(self, n: int, rng: random.Random, share: float) -> list[int]:
        """n messages, each a rejection with probability *share*, else an invitation or an
        acknowledgement."""
        kinds = [
            "rejection" if rng.random() < share else rng.choice(["invitation", "acknowledgement"])
            for _ in range(n)
        ]
        return self.deliver(kinds) if kinds else []

    @property
    def rejections(self) -> set[str]:
        return {m for m, k in self.kinds.items() if k == "rejection"}


# ----- read-only views of the mailbox -----------------------------------------------------


@dataclass(frozen=True)
class DraftView:
    uid: int
    message_id: str
    in_reply_to: str
    flags: frozenset[bytes]


def drafts(server: object, user: str, password: str) -> list[DraftView]:
    """Every message in Drafts: its Message-ID and In-Reply-To (headers only, PEEK)."""
    with server.client(user, password) as c:  # type: ignore[attr-defined]
        c.select_folder("Drafts", readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO)]"]) if uids else {}
    out = []
    for uid, d in sorted(data.items()):
        raw = next(v for k, v in d.items() if k.startswith(b"BODY[HEADER"))
        h = email.message_from_bytes(raw, policy=email.policy.default)
        out.append(
            DraftView(
                uid,
                str(h.get("Message-ID", "")).strip(),
                str(h.get("In-Reply-To", "")).strip(),
                frozenset(d[b"FLAGS"]),
            )
        )
    return out


@dataclass(frozen=True)
class FolderView:
    uidvalidity: int
    flags: dict[int, frozenset[bytes]]  # UID → flags (without \Recent, which the server manages)
    message_ids: dict[int, str]


def folder(server: object, user: str, password: str, name: str = "INBOX", *, ids: bool = True) -> FolderView:
    with server.client(user, password) as c:  # type: ignore[attr-defined]
        info = c.select_folder(name, readonly=True)
        uids = c.search("ALL")
        items = ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"] if ids else ["FLAGS"]
        data = c.fetch(uids, items) if uids else {}
    flags = {u: frozenset(d[b"FLAGS"]) - {b"\\Recent"} for u, d in data.items()}
    mids = {}
    if ids:
        for u, d in data.items():
            raw = next(v for k, v in d.items() if k.startswith(b"BODY[HEADER"))
            mids[u] = str(
                email.message_from_bytes(raw, policy=email.policy.default).get("Message-ID", "")
            ).strip()
    return FolderView(int(info[b"UIDVALIDITY"]), flags, mids)


def folder_counts(server: object, user: str, password: str) -> dict[str, int]:
    with server.client(user, password) as c:  # type: ignore[attr-defined]
        return {
            str(name): c.folder_status(name, [b"MESSAGES"])[b"MESSAGES"]
            for _flags, _sep, name in c.list_folders()
        }


# ----- the ledger, read-only --------------------------------------------------------------


def ledger_rows(acct: Account) -> list[sqlite3.Row]:
    """Every row of the ledger's `messages` table ([] before the ledger exists)."""
    path = acct.home / "state" / "state.sqlite3"
    if not path.exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        conn.row_factory = sqlite3.Row
        return list(conn.execute("SELECT * FROM messages"))
    except sqlite3.OperationalError as exc:  # created but not migrated yet (killed at startup)
        if "no such table" in str(exc):
            return []
        raise
    finally:
        conn.close()


def folder_state(acct: Account) -> tuple[int, int] | None:
    path = acct.home / "state" / "state.sqlite3"
    if not path.exists():
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        row = conn.execute("SELECT uidvalidity, high_uid FROM folders WHERE folder='INBOX'").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return (int(row[0]), int(row[1])) if row else None


# ----- checks -----------------------------------------------------------------------------


@dataclass
class Outcome:
    """The end state, checked against what was delivered."""

    delivered: int
    rejections: int
    drafts: int
    duplicates: dict[str, int]  # rejection Message-ID → number of drafts (> 1)
    missing: list[str]  # rejections without a draft
    unexpected: list[DraftView]  # drafts replying to no rejection (or to a non-rejection)
    touched: dict[int, frozenset[bytes]]  # INBOX UID → flags, where flags are not empty
    inbox_uids_ok: bool
    unprocessed: list[int]  # INBOX UIDs (current epoch) without a ledger row
    wrong_decisions: list[tuple[int, str, str]]  # (uid, kind, decision)
    not_draft_flagged: list[DraftView]  # drafts saved without \Draft
    other_folders: dict[str, int]  # folders besides INBOX and Drafts that are not empty

    @property
    def ok(self) -> bool:
        return not (
            self.duplicates
            or self.missing
            or self.unexpected
            or self.touched
            or not self.inbox_uids_ok
            or self.unprocessed
            or self.wrong_decisions
            or self.not_draft_flagged
            or self.other_folders
        )

    def summary(self) -> str:
        return (
            f"delivered={self.delivered} rejections={self.rejections} drafts={self.drafts} "
            f"duplicates={len(self.duplicates)} missing={len(self.missing)} unexpected={len(self.unexpected)} "
            f"touched={len(self.touched)} inbox_uids_ok={self.inbox_uids_ok} unprocessed={len(self.unprocessed)} "
            f"wrong_decisions={len(self.wrong_decisions)} not_draft_flagged={len(self.not_draft_flagged)} "
            f"other_folders={self.other_folders or 'untouched'}"
        )

    def details(self) -> str:
        return (
            f"duplicates: {dict(list(self.duplicates.items())[:10])}\nmissing: {self.missing[:10]}\n"
            f"unexpected: {self.unexpected[:5]}\ntouched: {dict(list(self.touched.items())[:10])}\n"
            f"unprocessed: {self.unprocessed[:20]}\nwrong decisions: {self.wrong_decisions[:10]}\n"
            f"not flagged \\Draft: {self.not_draft_flagged[:5]}\nother folders: {self.other_folders}"
        )


def check(mail: MailLog, acct: Account, expect_uids: dict[int, str] | None = None) -> Outcome:
    """Exactly one draft per rejection (flagged \\Draft), none for anything else; INBOX
    untouched (same UIDs, same Message-IDs, no flags) and every other folder still empty;
    every INBOX UID of the current epoch has a ledger row whose decision fits the kind of
    message."""
    server, user, pw = mail.server, mail.user, mail.password
    ds = drafts(server, user, pw)
    per: dict[str, int] = {}
    unexpected = []
    for d in ds:
        if d.in_reply_to in mail.rejections:
            per[d.in_reply_to] = per.get(d.in_reply_to, 0) + 1
        else:
            unexpected.append(d)
    inbox = folder(server, user, pw)
    expect = expect_uids if expect_uids is not None else mail.uid_of
    inbox_ok = inbox.message_ids == expect and len(inbox.flags) == len(mail.kinds)
    rows = {(r["uidvalidity"], r["uid"]): r for r in ledger_rows(acct) if r["folder"] == "INBOX"}
    unprocessed = sorted(u for u in inbox.flags if (inbox.uidvalidity, u) not in rows)
    wrong = []
    for u, mid in inbox.message_ids.items():
        r = rows.get((inbox.uidvalidity, u))
        if r is None:
            continue
        kind = mail.kinds.get(mid, "?")
        want = {"draft"} if kind == "rejection" else {"not_rejection"}
        if r["decision"] not in want and not (
            r["decision"] == "skip" and r["reason"].startswith("already handled")
        ):
            wrong.append((u, kind, f"{r['decision']}: {r['reason']}"))
    return Outcome(
        delivered=len(mail.kinds),
        rejections=len(mail.rejections),
        drafts=len(ds),
        duplicates={m: n for m, n in per.items() if n > 1},
        missing=sorted(mail.rejections - set(per)),
        unexpected=unexpected,
        touched={u: f for u, f in inbox.flags.items() if f},
        inbox_uids_ok=inbox_ok,
        unprocessed=unprocessed,
        wrong_decisions=wrong,
        not_draft_flagged=[d for d in ds if b"\\Draft" not in d.flags],
        other_folders={
            f: n for f, n in folder_counts(server, user, pw).items() if f not in ("INBOX", "Drafts") and n
        },
    )


# ----- logs -------------------------------------------------------------------------------


class DovecotLog:
    """New lines of the server's log since the last call (for what a killed connection was doing)."""

    def __init__(self, server: object) -> None:
        self.path = Path(server.log_path)  # type: ignore[attr-defined]
        self.offset = self.path.stat().st_size if self.path.exists() else 0

    def new(self) -> list[str]:
        with self.path.open("rb") as fh:
            fh.seek(self.offset)
            data = fh.read()
        cut = data.rfind(b"\n") + 1
        self.offset += cut
        return data[:cut].decode(errors="replace").splitlines()


_CLOSED = re.compile(
    r"imap\((?P<user>[^)]+)\).*Disconnected: (?P<why>Connection closed|Disconnected in IDLE)"
    r"(?: \((?P<state>[^)]*)\))?"
)


def closed_connections(lines: list[str], user: str) -> list[str]:
    """The state Dovecot reports for each of *user*'s connections that the client dropped
    (e.g. "IDLE running for 0.001 + waiting input for 0.5 secs, ..." or "UID FETCH finished
    0.003 secs ago")."""
    out = []
    for line in lines:
        m = _CLOSED.search(line)
        if m and m.group("user") == user:
            out.append(m.group("state") or m.group("why"))
    return out


# ----- is the daemon still watching? --------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def imap_pids(server: object, user: str) -> set[str]:
    """PIDs of the server's imap processes serving *user* right now."""
    out = server.doveadm("who", "-1", user)  # type: ignore[attr-defined]
    return {line.split()[2] for line in out.splitlines()[1:] if line.split()[:1] == [user]}


def wait_for_held_connection(server: object, user: str, timeout: float, hold: float = 1.5) -> float | None:
    """Seconds until *user* has a connection that stays open for *hold* seconds (the IDLE
    watcher's; the poll job's connections last a few ms), or None if none within *timeout*."""
    start = time.monotonic()
    seen: set[str] = set()
    seen_at = start
    while time.monotonic() - start < timeout:
        pids = imap_pids(server, user)
        if not pids & seen:
            seen, seen_at = pids, time.monotonic()
        elif time.monotonic() - seen_at >= hold:
            return seen_at - start
        else:
            seen &= pids
        time.sleep(0.1)
    return None
