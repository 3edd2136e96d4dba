"""One contract for the `Mailbox` port, run against both adapters: a Maildir, and IMAP on two
real servers (Dovecot, and Cyrus as Fastmail runs it: `INBOX.` namespace, lowercase `\\drafts`).

Each backend knows how mail arrives from outside and how another client sees it afterwards, so
the assertions are about what the user's own mail client would observe.
"""

from __future__ import annotations

import mailbox as stdlib_mailbox
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import pytest

from mailgen import invitation, rejection
from watcher.config import AccountConfig
from watcher.credentials import Credentials
from watcher.imap import ImapMailbox
from watcher.mailbox import Mailbox
from watcher.maildir import MaildirMailbox


class Backend(Protocol):
    drafts: str  # the drafts folder's name on this backend

    def open(self) -> Mailbox: ...
    def deliver(self, raw: bytes, when: datetime | None = None) -> None: ...
    def flags(self, folder: str) -> list[set[str]]: ...
    def folder_raw(self, folder: str) -> list[bytes]: ...


class MaildirBackend:
    drafts = "Drafts"

    def __init__(self, root: Path) -> None:
        self.root = root / "Mail"
        self.box = stdlib_mailbox.Maildir(str(self.root), create=True)
        self.box.add_folder("Drafts")
        self.uid_dir = root / "uids"

    def open(self) -> Mailbox:
        return MaildirMailbox(self.root, self.uid_dir)

    def deliver(self, raw: bytes, when: datetime | None = None) -> None:
        key = self.box.add(raw)
        if when is not None:
            stamp = when.timestamp()
            os.utime(self.root / "new" / key, (stamp, stamp))

    def _dir(self, folder: str) -> Path:
        return self.root if folder == "INBOX" else self.root / f".{folder}"

    def flags(self, folder: str) -> list[set[str]]:
        names = {
            "S": "\\Seen",
            "D": "\\Draft",
            "R": "\\Answered",
            "F": "\\Flagged",
            "T": "\\Deleted",
        }
        out = []
        for sub in ("new", "cur"):
            for entry in sorted((self._dir(folder) / sub).iterdir()):
                info = entry.name.split(":2,", 1)[1] if ":2," in entry.name else ""
                out.append({names[c] for c in info if c in names})
        return out

    def folder_raw(self, folder: str) -> list[bytes]:
        return [p.read_bytes() for sub in ("new", "cur") for p in sorted((self._dir(folder) / sub).iterdir())]


class ImapBackend:
    """A user on a DovecotServer or a CyrusServer (tests/dovecot.py, tests/cyrus.py)."""

    def __init__(self, server, user: str, password: str, drafts: str) -> None:  # type: ignore[no-untyped-def]
        self.server, self.user, self.password, self.drafts = server, user, password, drafts
        self.account = AccountConfig(
            host=server.host,
            port=server.ssl_port,
            security="ssl",
            ca_file=Path(server.ca_file),
            username=user,
            password_env="UNUSED",
            timeout_seconds=10,
        )

    def open(self) -> Mailbox:
        return ImapMailbox.connect(self.account, Credentials(self.user, self.password))

    def deliver(self, raw: bytes, when: datetime | None = None) -> None:
        self.server.deliver(self.user, self.password, raw, msg_time=when)

    def flags(self, folder: str) -> list[set[str]]:
        with self.server.client(self.user, self.password) as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, ["FLAGS"]) if uids else {}
            return [{f.decode() for f in data[u][b"FLAGS"]} - {"\\Recent"} for u in sorted(data)]

    def folder_raw(self, folder: str) -> list[bytes]:
        with self.server.client(self.user, self.password) as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            data = c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            return [bytes(data[u][b"BODY[]"]) for u in sorted(data)]


@pytest.fixture(
    params=[
        "maildir",
        pytest.param("dovecot", marks=pytest.mark.dovecot),
        pytest.param("cyrus", marks=pytest.mark.cyrus),
    ]
)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "maildir":
        yield MaildirBackend(tmp_path)
    else:
        server = request.getfixturevalue(request.param)
        user, password = server.new_user("contract")
        yield ImapBackend(server, user, password, "INBOX.Drafts" if request.param == "cyrus" else "Drafts")


@pytest.fixture
def box(backend: Backend) -> Iterator[Mailbox]:
    mailbox = backend.open()
    yield mailbox
    mailbox.close()


def test_new_mail_appears_above_the_high_water_mark(backend: Backend, box: Mailbox) -> None:
    empty = box.open_folder("INBOX")
    assert empty.exists == 0
    backend.deliver(rejection())
    backend.deliver(invitation())
    status = box.open_folder("INBOX")  # already open: may report what it saw when it opened
    assert status.uidvalidity == empty.uidvalidity
    uids = box.uids_after("INBOX", 0)
    assert len(uids) == 2 and uids == sorted(uids), "new mail shows up without re-opening"
    fresh = backend.open()
    try:
        reopened = fresh.open_folder("INBOX")
        assert reopened.exists == 2 and reopened.uidnext > uids[-1]
    finally:
        fresh.close()
    backend.deliver(rejection())
    box.open_folder("INBOX")
    newer = box.uids_after("INBOX", uids[-1])
    assert len(newer) == 1 and newer[0] > uids[-1]


def test_nothing_new_means_an_empty_list(backend: Backend, box: Mailbox) -> None:
    """`UID n:*` matches the newest message even when it is below n; the port must hide that."""
    backend.deliver(rejection())
    box.open_folder("INBOX")
    newest = box.uids_after("INBOX", 0)[-1]
    assert box.uids_after("INBOX", newest) == []
    assert box.uids_after("INBOX", newest + 100) == []


def test_fetch_returns_exact_bytes_and_leaves_mail_unread(backend: Backend, box: Mailbox) -> None:
    raw = rejection()
    backend.deliver(raw)
    box.open_folder("INBOX")
    uids = box.uids_after("INBOX", 0)
    meta = box.fetch_meta("INBOX", uids)
    fetched = box.fetch_raw("INBOX", uids)
    assert [f.raw for f in fetched] == [raw]
    assert meta[0].size == len(raw) and fetched[0].meta.size == len(raw)
    assert meta[0].internal_date is not None and meta[0].internal_date.tzinfo is not None
    assert "\\Seen" not in fetched[0].meta.flags
    assert backend.flags("INBOX") == [set()], "fetching must not mark anything as read"


def test_fetch_of_a_missing_uid_is_skipped(backend: Backend, box: Mailbox) -> None:
    backend.deliver(rejection())
    box.open_folder("INBOX")
    uid = box.uids_after("INBOX", 0)[0]
    assert [f.uid for f in box.fetch_raw("INBOX", [uid, uid + 50])] == [uid]


def test_drafts_folder_is_found_and_append_is_flagged_draft_and_seen(backend: Backend, box: Mailbox) -> None:
    drafts = box.drafts_folder()
    assert drafts == backend.drafts
    assert drafts in {f.name for f in box.list_folders()}
    raw = rejection(message_id="<rw.abc@example.org>")
    assert box.existing_drafts(["<rw.abc@example.org>"]) == set()
    box.append_draft(raw, datetime.now(UTC))
    box.append_draft(rejection(message_id="<rw.second@example.org>"), datetime.now(UTC))
    wanted = [
        "<rw.other@example.org>",
        "<RW.ABC@example.org>",
        "<rw.second@example.org>",
        "<rw.abc>",
    ]
    assert box.existing_drafts(wanted) == {"<RW.ABC@example.org>", "<rw.second@example.org>"}
    assert box.existing_drafts([]) == set()
    assert [r.replace(b"\r\n", b"\n") for r in backend.folder_raw(drafts)][0] == raw.replace(b"\r\n", b"\n")
    assert backend.flags(drafts) == [{"\\Draft", "\\Seen"}] * 2
    assert backend.flags("INBOX") == []


def test_uids_since_filters_by_arrival_time(backend: Backend, box: Mailbox) -> None:
    old = datetime.now(UTC) - timedelta(days=10)
    backend.deliver(rejection(), when=old)
    backend.deliver(invitation())
    box.open_folder("INBOX")
    all_uids = box.uids_after("INBOX", 0)
    recent = box.uids_since("INBOX", datetime.now(UTC) - timedelta(days=1))
    assert recent == all_uids[1:]
    assert box.uids_since("INBOX", old - timedelta(days=1)) == all_uids


def test_uids_since_is_exact_at_the_edge_and_takes_whole_days_beyond_it(
    backend: Backend, box: Mailbox
) -> None:
    """SEARCH SINCE compares dates in the server's zone: mail just before `when` is left out,
    mail just after it and days after it is in, whatever the hour."""
    when = (datetime.now(UTC) - timedelta(days=10)).replace(hour=12, minute=0, second=0, microsecond=0)
    for offset in (timedelta(days=-3), timedelta(hours=-1), timedelta(hours=1), timedelta(days=3)):
        backend.deliver(rejection(), when=when + offset)
    box.open_folder("INBOX")
    uids = box.uids_after("INBOX", 0)
    assert box.uids_since("INBOX", when) == uids[2:]
    assert box.uids_since("INBOX", when - timedelta(days=4)) == uids
    assert box.uids_since("INBOX", datetime.now(UTC)) == []


def test_uids_larger_names_only_the_messages_over_the_size(backend: Backend, box: Mailbox) -> None:
    small, big = rejection(), invitation().replace(b"\r\n\r\n", b"\r\n\r\n" + b"x" * 70 + b"\r\n", 1)
    big = big + (b"y" * 76 + b"\r\n") * 400  # ~31 KB
    for raw in (small, big, small):
        backend.deliver(raw)
    box.open_folder("INBOX")
    uids = box.uids_after("INBOX", 0)
    assert box.uids_larger("INBOX", uids, 20_000) == [uids[1]]
    assert box.uids_larger("INBOX", [uids[0], uids[2]], 20_000) == [], "only the UIDs asked about"
    assert box.uids_larger("INBOX", uids, 100_000) == []
    assert box.uids_larger("INBOX", [], 20_000) == []
    [meta] = box.fetch_meta("INBOX", [uids[1]])
    assert meta.size > 20_000


def test_uidvalidity_is_stable_across_sessions(backend: Backend) -> None:
    backend.deliver(rejection())
    first = backend.open()
    try:
        a = first.open_folder("INBOX")
        uids_a = first.uids_after("INBOX", 0)
    finally:
        first.close()
    time.sleep(0.01)
    second = backend.open()
    try:
        b = second.open_folder("INBOX")
        assert (a.uidvalidity, uids_a) == (b.uidvalidity, second.uids_after("INBOX", 0))
    finally:
        second.close()


def test_close_twice_is_harmless(backend: Backend) -> None:
    box = backend.open()
    box.close()
    box.close()
