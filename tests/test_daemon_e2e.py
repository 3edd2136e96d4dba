"""`rejection-watcher run` as a real process against a real Dovecot (and Cyrus), from mail
delivery to draft."""

from __future__ import annotations

import email
import email.policy
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from clirun import Account
from cyrus import CyrusServer
from mailgen import invitation, rejection

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]
POLL = 10  # the config's poll_interval_seconds (the minimum allowed)


def start(account: Account, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as fh:
        return subprocess.Popen(
            [sys.executable, "-m", "watcher", "run"],
            env=account.env,
            stdout=fh,
            stderr=subprocess.STDOUT,
        )


def wait_for(condition: Callable[[], bool], timeout: float, what: str, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}; daemon log:\n{log.read_text()}")


def drafts(account: Account) -> list[email.message.EmailMessage]:
    with account.server.client(account.user, account.password) as c:  # type: ignore[attr-defined]
        c.select_folder(account.drafts, readonly=True)
        uids = c.search("ALL")
        data = c.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
    return [email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default) for d in data.values()]  # type: ignore[misc]


def inbox_flags(account: Account) -> list[set[bytes]]:
    with account.server.client(account.user, account.password) as c:  # type: ignore[attr-defined]
        c.select_folder("INBOX", readonly=True)
        uids = c.search("ALL")
        return [set(d[b"FLAGS"]) for d in (c.fetch(uids, ["FLAGS"]) if uids else {}).values()]


def stop(proc: subprocess.Popen[bytes]) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=30)


def test_daemon_drafts_new_rejections_and_survives_a_restart(account: Account, tmp_path: Path) -> None:
    log = tmp_path / "daemon.log"
    proc = start(account, log)
    try:
        wait_for(lambda: "first run" in log.read_text(), 30, "the first pass", log)
        assert "press Ctrl-C to stop" in log.read_text()
        account.server.deliver(account.user, account.password, rejection(message_id="<e2e-1@quillpoint.io>"))  # type: ignore[attr-defined]
        delivered = time.monotonic()
        wait_for(lambda: len(drafts(account)) == 1, POLL + 10, "the draft", log)
        assert time.monotonic() - delivered <= POLL + 5
        [draft] = drafts(account)
        assert draft["In-Reply-To"] == "<e2e-1@quillpoint.io>"
        assert draft["Subject"] == "Re: Your application for Backend Engineer"

        account.server.deliver(account.user, account.password, invitation())  # type: ignore[attr-defined]
        wait_for(
            lambda: log.read_text().count("new message(s)") >= 2,
            POLL + 10,
            "the invitation's pass",
            log,
        )
        assert len(drafts(account)) == 1, "no draft for an interview invitation"
    finally:
        assert stop(proc) == 0, log.read_text()
    assert "stopped after" in log.read_text()

    proc = start(account, log)
    try:
        wait_for(lambda: log.read_text().count("press Ctrl-C to stop") >= 2, 30, "the restart", log)
        time.sleep(2)  # the restarted daemon's first pass
    finally:
        assert stop(proc) == 0
    assert len(drafts(account)) == 1, "a restart creates no duplicate"
    assert all(b"\\Seen" not in flags for flags in inbox_flags(account)), "originals stay unread"
    assert "Traceback" not in log.read_text()


@pytest.mark.cyrus
def test_daemon_on_cyrus_drafts_mail_pushed_by_idle_within_seconds(
    cyrus_account: Account, tmp_path: Path, cyrus: CyrusServer
) -> None:
    """Cyrus (Fastmail's server) pushes new-mail notices through idled. The poll is set to five
    minutes, so a draft within seconds can only come from IDLE, and the draft must land in
    INBOX.Drafts, found by its lowercase `\\drafts` special use."""
    account = cyrus_account
    account.poll_interval_seconds = 300
    account.write_config()
    log = tmp_path / "daemon.log"
    proc = start(account, log)
    try:
        wait_for(lambda: "first run" in log.read_text(), 30, "the first pass", log)
        wait_for(lambda: cyrus.idling(account.user), 30, "the IDLE watcher to idle", log)
        cyrus.deliver(account.user, account.password, rejection(message_id="<cy-1@quillpoint.io>"))
        delivered = time.monotonic()
        wait_for(lambda: len(drafts(account)) == 1, 10, "the draft", log)
        took = time.monotonic() - delivered
        assert took < 5, f"drafted {took:.1f} s after delivery: IDLE did not wake the daemon"
        [draft] = drafts(account)
        assert draft["In-Reply-To"] == "<cy-1@quillpoint.io>"
        wait_for(lambda: cyrus.idling(account.user), 10, "IDLE again after the pass", log)
    finally:
        assert stop(proc) == 0, log.read_text()
    assert [flags - {b"\\Recent"} for flags in inbox_flags(account)] == [set()], "the rejection stays unread"
    assert "Traceback" not in log.read_text()


def test_daemon_keeps_running_while_the_server_is_down(account: Account, tmp_path: Path, dovecot) -> None:  # type: ignore[no-untyped-def]
    """A network failure is logged once per change of state; the daemon neither exits nor spins."""
    log = tmp_path / "daemon.log"
    account.write_config(port=1)  # nothing listens on port 1: every pass fails to connect
    proc = start(account, log)
    try:
        wait_for(lambda: "connection refused" in log.read_text(), 30, "the connection error", log)
        time.sleep(POLL + 2)  # at least one more failed pass
        assert proc.poll() is None, "the daemon must not exit on a network error"
        assert log.read_text().count("connection refused") == 1, "logged once, not once per retry"
    finally:
        assert stop(proc) == 0


def test_follow_up_fires_after_a_restart_and_only_once(account: Account, tmp_path: Path) -> None:
    """follow_up_after_days shortened to ~15 s: the daemon is stopped before it is due, restarted,
    drafts it in the same thread, and a further restart does not draft it again."""
    config = account.write_config()
    with config.open("a") as fh:
        fh.write("[drafts]\nfollow_up_after_days = 0.00017\n")  # about 15 seconds
    log = tmp_path / "daemon.log"
    proc = start(account, log)
    try:
        wait_for(lambda: "first run" in log.read_text(), 30, "the first pass", log)
        account.server.deliver(account.user, account.password, rejection(message_id="<fu-1@quillpoint.io>"))  # type: ignore[attr-defined]
        wait_for(lambda: len(drafts(account)) == 1, POLL + 10, "the reply draft", log)
    finally:
        assert stop(proc) == 0
    assert len(drafts(account)) == 1, "the follow-up is not due yet"

    proc = start(account, log)
    try:
        wait_for(lambda: len(drafts(account)) == 2, 15 + 2 * POLL + 10, "the follow-up draft", log)
    finally:
        assert stop(proc) == 0
    follow = next(d for d in drafts(account) if "check in" in d.get_content())
    assert follow["In-Reply-To"] == "<fu-1@quillpoint.io>"
    assert follow["To"] == "Hannah Becker <hannah.becker@quillpoint.io>"

    proc = start(account, log)
    try:
        wait_for(lambda: log.read_text().count("press Ctrl-C to stop") >= 3, 30, "the second restart", log)
        time.sleep(3)
    finally:
        assert stop(proc) == 0
    assert len(drafts(account)) == 2, "the follow-up is drafted exactly once"
    assert "Traceback" not in log.read_text()
