"""IDLE on real Dovecot and Cyrus (pushed by idled): no lost wake-ups, whole lines only, and a
fast drop after errors."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mailgen import rejection
from watcher.config import AccountConfig
from watcher.credentials import Credentials
from watcher.imap import ImapMailbox


@pytest.fixture(
    params=[
        pytest.param("dovecot", marks=pytest.mark.dovecot),
        pytest.param("cyrus", marks=pytest.mark.cyrus),
    ]
)
def box(request):  # type: ignore[no-untyped-def]
    server = request.getfixturevalue(request.param)
    user, password = server.new_user()
    account = AccountConfig(
        host=server.host,
        port=server.ssl_port,
        ca_file=Path(server.ca_file),
        username=user,
        password_env="X",
        timeout_seconds=10,
    )
    mailbox = ImapMailbox.connect(account, Credentials(user, password))
    yield mailbox, server, user, password
    mailbox.close()


def test_mail_that_arrives_just_before_idle_is_not_lost(box) -> None:  # type: ignore[no-untyped-def]
    """The notice comes with the IDLE continuation; imapclient's idle_check missed it (it sat in
    imaplib's buffer until the next notice, up to minutes later)."""
    mailbox, server, user, password = box
    mailbox.open_folder("INBOX")
    server.deliver(user, password, rejection())
    mailbox.idle_start("INBOX")
    t = time.monotonic()
    responses = mailbox.idle_wait(5.0)
    waited = time.monotonic() - t
    mailbox.idle_stop()
    assert any(r[1:2] == (b"EXISTS",) for r in responses), responses
    assert waited < 2.0, f"the wake-up took {waited:.1f} s"


def test_idle_reports_new_mail_and_quiet_means_empty(box) -> None:  # type: ignore[no-untyped-def]
    mailbox, server, user, password = box
    mailbox.open_folder("INBOX")
    mailbox.idle_start("INBOX")
    assert mailbox.idle_wait(0.3) == []
    server.deliver(user, password, rejection())
    deadline = time.monotonic() + 5
    seen: list[tuple[object, ...]] = []
    while time.monotonic() < deadline and not any(r[1:2] == (b"EXISTS",) for r in seen):
        seen += mailbox.idle_wait(0.5)
    mailbox.idle_stop()
    assert any(r[1:2] == (b"EXISTS",) for r in seen), seen
    assert mailbox.uids_after("INBOX", 0), "the session sees the new message after IDLE"


def test_abort_does_not_wait_for_a_logout_answer(box) -> None:  # type: ignore[no-untyped-def]
    mailbox, *_ = box
    mailbox.open_folder("INBOX")
    mailbox.idle_start("INBOX")  # a LOGOUT sent now would wait for the read timeout (10 s here)
    t = time.monotonic()
    mailbox.abort()
    assert time.monotonic() - t < 1.0
