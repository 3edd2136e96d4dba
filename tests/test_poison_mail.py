"""The poison-message invariant, on a real server: no message can block its folder.

Each hostile message (anyone can send one) is delivered into INBOX ahead of an ordinary
rejection, then passes run. Whatever the hostile message is:
- every pass exits 0 and the ordinary rejection is drafted exactly once;
- the hostile message is recorded once in the ledger, with a reason, and never retried;
- the next pass neither fails nor re-reads it;
- nothing in INBOX changes (no flag, no message added or removed).

The passes run in-process (`watcher.cli.main`), so a case costs a few hundred milliseconds; the
daemon's variant delivers every case into one running `run` process.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from clirun import PASSWORD_ENV, Account
from faultkit import Daemon, folder, make_account, wait_until
from mailgen import rejection
from watcher import cli

SERVERS = [
    pytest.param("dovecot", marks=pytest.mark.dovecot),
    pytest.param("cyrus", marks=pytest.mark.cyrus),
]

BENIGN_ID = "<benign-7e3f@quillpoint.io>"


def _with_message_id(raw: bytes, message_id: bytes) -> bytes:
    head, _, body = raw.partition(b"\n\n")
    head = re.sub(rb"(?im)^Message-ID:.*$", lambda _m: b"Message-ID: " + message_id, head)
    return head + b"\n\n" + body


def _nested_rfc822(levels: int) -> bytes:
    """A small message whose body is a message, whose body is a message… `levels` deep."""
    inner = b"From: x@example.com\r\nSubject: innermost\r\n\r\nWe decided not to move forward.\r\n"
    for i in range(levels):
        inner = b"Content-Type: message/rfc822\r\nX-L: %d\r\n\r\n" % i + inner
    return (
        b"From: Bluefin Data <jobs@bluefin-data.com>\r\nTo: sam.taylor@example.org\r\n"
        b"Subject: Your application\r\nMessage-ID: <nested@bluefin-data.com>\r\n"
        b"MIME-Version: 1.0\r\n" + inner
    )


def _encoded_word_subject(words: int) -> bytes:
    """A Subject of `words` RFC 2047 encoded words, folded: 1.9 MB at 110,000 words."""
    subject = b"\r\n ".join([b"=?UTF-8?Q?a?="] * words)
    return (
        b"From: Bluefin Data <jobs@bluefin-data.com>\r\nTo: sam.taylor@example.org\r\n"
        b"Subject: " + subject + b"\r\nMessage-ID: <subject-flood@bluefin-data.com>\r\n\r\n"
        b"Unfortunately we decided to move forward with another candidate.\r\n"
    )


MALFORMED = Path(__file__).parent / "malformed"

#: name → (raw message, is it a rejection that must be drafted too?)
HOSTILE: dict[str, Callable[[], tuple[bytes, bool]]] = {
    "message-id-parentheses": lambda: (
        _with_message_id(rejection(), b"<a)b(c.1796515653@bluefin-data.com>"),
        True,
    ),
    "message-id-literal-brace": lambda: (_with_message_id(rejection(), b"<{5}x{1}@bluefin-data.com>"), True),
    "message-id-quote-backslash": lambda: (_with_message_id(rejection(), b'<a"b\\c@bluefin-data.com>'), True),
    "message-id-100kb": lambda: (_with_message_id(rejection(), b"<" + b"a" * 100_000 + b"@x.com>"), True),
    "nested-rfc822-1000": lambda: (_nested_rfc822(1000), False),
    "subject-110k-encoded-words": lambda: (_encoded_word_subject(110_000), True),
    **{
        f"malformed-{p.stem}": (lambda p=p: (p.read_bytes(), False))  # type: ignore[misc]
        for p in sorted(MALFORMED.glob("*.eml"))
        if p.stem[:2] in {"07", "33", "36", "49", "65", "69", "82"}
    },
}


def for_server(server: object, raw: bytes) -> bytes:
    """The message as `server` can store it: Cyrus refuses bare LF and NUL (`NO Message contains
    bare newlines`), so mail reaching a Cyrus mailbox has CRLF and no NUL; Dovecot stores anything."""
    if getattr(server, "drafts", "Drafts") == "Drafts":
        return raw
    if b"\0" in raw:
        pytest.skip("Cyrus refuses messages with NUL bytes: such mail never reaches a Cyrus user")
    return re.sub(rb"\r?\n", b"\r\n", raw)


class Passes:
    """`once` in-process for one account; its exit codes and what it printed."""

    def __init__(self, acct: Account, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
        self.acct, self.capsys = acct, capsys
        monkeypatch.setenv("REJECTION_WATCHER_HOME", str(acct.home))
        monkeypatch.setenv(PASSWORD_ENV, acct.password)

    def once(self) -> tuple[int, str]:
        code = cli.main(["once"])
        out = self.capsys.readouterr()
        logging.getLogger().handlers.clear()  # main() installs a stderr handler per call
        return code, out.out + out.err


def ledger(acct: Account) -> list[sqlite3.Row]:
    conn = sqlite3.connect(f"file:{acct.home / 'state' / 'state.sqlite3'}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return list(conn.execute("SELECT * FROM messages ORDER BY uid"))
    finally:
        conn.close()


def draft_sources(server: object, acct: Account) -> list[str]:
    """In-Reply-To of every draft: which message each one answers."""
    with server.client(acct.user, acct.password) as c:  # type: ignore[attr-defined]
        c.select_folder(acct.drafts, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO)]"]) if uids else {}
    out = []
    for d in data.values():
        raw = next(v for k, v in d.items() if k.startswith(b"BODY[HEADER"))
        out.append(raw.decode("ascii", "replace").partition(":")[2].strip())
    return out


@pytest.fixture(params=SERVERS)
def poison_account(request: pytest.FixtureRequest, tmp_path: Path) -> Account:
    """A fresh user on Dovecot, then on Cyrus, with follow-ups off."""
    server = request.getfixturevalue(request.param)
    user, password = server.new_user("poison")
    acct = make_account(server, tmp_path / "home", user, password)
    acct.drafts = getattr(server, "drafts", "Drafts")
    return acct


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_message_never_blocks_its_folder(
    case: str,
    poison_account: Account,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    acct, passes = poison_account, Passes(poison_account, monkeypatch, capsys)
    server = acct.server
    assert passes.once()[0] == 0  # the first pass only sets the starting point
    hostile, hostile_is_rejection = HOSTILE[case]()
    deliver = server.deliver  # type: ignore[attr-defined]
    hostile_uid = deliver(acct.user, acct.password, for_server(server, hostile))
    benign_uid = deliver(acct.user, acct.password, rejection(message_id=BENIGN_ID))
    before = folder(server, acct.user, acct.password, ids=False)

    code, output = passes.once()
    assert code == 0, output
    rows = {r["uid"]: r for r in ledger(acct)}
    assert set(rows) == {hostile_uid, benign_uid}, output
    assert rows[benign_uid]["decision"] == "draft", dict(rows[benign_uid])
    assert rows[hostile_uid]["reason"], dict(rows[hostile_uid])
    sources = draft_sources(server, acct)
    assert sources.count(BENIGN_ID) == 1, sources
    assert len(sources) == (2 if hostile_is_rejection else 1), (sources, dict(rows[hostile_uid]))

    code, output = passes.once()  # the next pass: nothing retried, nothing failed
    assert code == 0, output
    assert [dict(r) for r in ledger(acct)] == [dict(r) for r in rows.values()]
    assert len(draft_sources(server, acct)) == len(sources)
    assert folder(server, acct.user, acct.password, ids=False) == before  # nothing touched


def test_a_hostile_sender_never_blocks_due_followups(
    poison_account: Account,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The follow-up check searches Sent for mail to the sender: `maria{1}@gmail.com` must be
    sent quoted, and every follow-up due after hers must still be drafted."""
    acct = poison_account
    server = acct.server
    text = acct.home.joinpath("config.toml").read_text()
    acct.home.joinpath("config.toml").write_text(
        text.replace("follow_up_after_days = 0", "follow_up_after_days = 0.00001")  # ~1 s
    )
    passes = Passes(acct, monkeypatch, capsys)
    assert passes.once()[0] == 0
    deliver = server.deliver  # type: ignore[attr-defined]
    senders = ['"Maria" <maria{1}@gmail.com>', "Hannah Becker <hannah.becker@quillpoint.io>"]
    for i, sender in enumerate(senders):
        deliver(acct.user, acct.password, rejection(sender=sender, message_id=f"<fu-{i}@quillpoint.io>"))
    code, output = passes.once()
    assert code == 0, output
    assert len(draft_sources(server, acct)) == 2
    time.sleep(1.5)  # both follow-ups are now due
    code, output = passes.once()
    assert code == 0, output
    conn = sqlite3.connect(f"file:{acct.home / 'state' / 'state.sqlite3'}?mode=ro", uri=True)
    statuses = [r[0] for r in conn.execute("SELECT status FROM followups ORDER BY id")]
    conn.close()
    assert statuses == ["drafted", "drafted"], output
    assert len(draft_sources(server, acct)) == 4


@pytest.mark.slow
def test_the_daemon_survives_every_hostile_message(poison_account: Account, tmp_path: Path) -> None:
    """The same invariant for `run`: all hostile cases arrive while it watches, then an ordinary
    rejection; it is drafted once, each hostile message is recorded once, the daemon stays up."""
    acct = poison_account
    server, user, password = acct.server, acct.user, acct.password
    daemon = Daemon(acct, tmp_path / "daemon.log")
    daemon.start()
    try:
        daemon.wait_segment(lambda t: "watching" in t, 60, "the daemon to start")
        daemon.wait_segment(lambda t: "first run" in t, 30, "the first pass")
        deliver = server.deliver  # type: ignore[attr-defined]
        cases = [HOSTILE[name]() for name in sorted(HOSTILE)]
        if getattr(server, "drafts", "Drafts") != "Drafts":  # Cyrus: see for_server
            cases = [(raw, is_rejection) for raw, is_rejection in cases if b"\0" not in raw]
        hostile_uids = [deliver(user, password, for_server(server, raw)) for raw, _ in cases]
        benign_uid = deliver(user, password, rejection(message_id=BENIGN_ID))

        def settled() -> bool:
            try:
                return {r["uid"] for r in ledger(acct)} >= {*hostile_uids, benign_uid}
            except sqlite3.OperationalError:
                return False

        wait_until(settled, 120, "every message to be recorded", context=daemon.segment)
        rows = ledger(acct)
        assert len(rows) == len(hostile_uids) + 1, [dict(r) for r in rows]
        sources = draft_sources(server, acct)
        assert sources.count(BENIGN_ID) == 1
        assert len(sources) == 1 + sum(is_rejection for _raw, is_rejection in cases)
        assert daemon.alive
        assert "Traceback" not in daemon.segment(), daemon.segment()[-3000:]
    finally:
        assert daemon.terminate() == 0
