"""Never the same draft twice, when two passes see the same message at the same time.

- The same message in two watched folders (a filing rule, or a Gmail label: Gmail shows one
  message in every label's folder), with the daemon watching both with IDLE: both folders'
  passes wake at once. Before the per-account critical section, 50 rejections gave 100 drafts.
- `once` started while `run` is active on the same state directory: 100 rejections gave 176.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest

from dovecot import RecordingProxy
from faultkit import Daemon, ledger_rows, make_account, wait_until
from mailgen import rejection
from test_poison_mail import draft_sources

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


def _deliver_to_both(server: object, user: str, password: str, raws: list[bytes]) -> None:
    """APPEND the same messages to INBOX and Jobs from two connections at once."""
    errors: list[BaseException] = []

    def deliver(folder: str) -> None:
        try:
            for raw in raws:
                server.deliver(user, password, raw, folder)  # type: ignore[attr-defined]
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)

    threads = [threading.Thread(target=deliver, args=(f,)) for f in ("INBOX", "Jobs")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def test_the_same_message_in_two_watched_folders_is_drafted_once(tmp_path: Path, dovecot: object) -> None:
    user, password = dovecot.new_user("twofold")  # type: ignore[attr-defined]
    with dovecot.client(user, password) as c:  # type: ignore[attr-defined]
        c.create_folder("Jobs")
    acct = make_account(dovecot, tmp_path / "home", user, password, folders=["INBOX", "Jobs"])
    daemon = Daemon(acct, tmp_path / "daemon.log")
    daemon.start()
    try:
        daemon.wait_segment(lambda t: t.count("first run") >= 2, 60, "the first pass on both folders")
        daemon.wait_segment(lambda t: "with IDLE" in t, 30, "IDLE")
        sent = 0
        for round_size in (1, 1, 1, 30):  # single messages (3 of 3 went twice), then a burst
            raws = [rejection(message_id=f"<twofold-{sent + i}@quillpoint.io>") for i in range(round_size)]
            sent += round_size
            _deliver_to_both(dovecot, user, password, raws)
            wait_until(
                lambda n=sent: len(ledger_rows(acct)) >= 2 * n,
                60,
                f"both folders' copies of {sent} messages to be recorded",
                context=daemon.segment,
            )
        per_source = Counter(draft_sources(dovecot, acct))
        assert len(per_source) == sent
        assert max(per_source.values()) == 1, [s for s, n in per_source.items() if n > 1]
        decisions = Counter(r["decision"] for r in ledger_rows(acct))
        assert decisions == {"draft": sent, "skip": sent}, decisions
    finally:
        assert daemon.terminate() == 0


def test_once_beside_a_running_daemon_never_drafts_twice(
    tmp_path: Path, dovecot: object, recording_proxy: RecordingProxy
) -> None:
    """Both go through a proxy that holds every APPEND for 0.3 s, so the daemon is still saving
    its batch when `once` plans the same messages: without the shared critical section `once`
    drafted every message the daemon had not saved yet a second time."""
    user, password = dovecot.new_user("besides")  # type: ignore[attr-defined]
    acct = make_account(
        dovecot, tmp_path / "home", user, password, port=recording_proxy.port, security="plain", ca_file=None
    )
    recording_proxy.delays["APPEND"] = 0.3
    daemon = Daemon(acct, tmp_path / "daemon.log")
    daemon.start()
    try:
        daemon.wait_segment(lambda t: "first run" in t, 60, "the first pass")
        daemon.wait_segment(lambda t: "with IDLE" in t, 30, "IDLE")
        n = 12
        dovecot.deliver_many(  # type: ignore[attr-defined]
            user, password, [rejection(message_id=f"<besides-{i}@quillpoint.io>") for i in range(n)]
        )
        daemon.wait_segment(lambda t: "→ draft" in t, 30, "the daemon's first draft")
        once = subprocess.run(
            [sys.executable, "-m", "watcher", "once"],
            env=acct.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert once.returncode == 0, once.stderr
        wait_until(lambda: len(ledger_rows(acct)) >= n, 60, f"all {n} to be recorded", context=daemon.segment)
        per_source = Counter(draft_sources(dovecot, acct))
        assert len(per_source) == n
        assert max(per_source.values()) == 1, sorted(n for n in per_source.values() if n > 1)
        assert sum(1 for c in recording_proxy.commands if c.name == "APPEND") == n
    finally:
        assert daemon.terminate() == 0
