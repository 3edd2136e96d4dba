"""No lost wake-up: mail that lands while the IDLE watcher's last search runs is still drafted.

Dovecot syncs a session's view at the end of each command, so a message that arrives while
UID SEARCH is in flight is missing from the result, and its `* n EXISTS` comes just before the
tagged OK. If IDLE then starts, the server has nothing new to announce: the message waited for
the next delivery or the next poll (the latency benchmark lost 4 of 300 this way). Here the
proxy holds every UID SEARCH for a moment, and a message is delivered inside that moment.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from dovecot import RecordingProxy
from faultkit import Daemon, make_account, wait_until
from mailgen import rejection
from test_poison_mail import draft_sources

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

HOLD = 1.5  # seconds the proxy holds each UID SEARCH


def _searches(proxy: RecordingProxy) -> int:
    return sum(1 for c in proxy.commands if c.name == "UID SEARCH")


def test_mail_arriving_during_the_last_search_before_idle_is_drafted(
    tmp_path: Path, dovecot: object, recording_proxy: RecordingProxy
) -> None:
    user, password = dovecot.new_user("wakeup")  # type: ignore[attr-defined]
    acct = make_account(
        dovecot, tmp_path / "home", user, password, port=recording_proxy.port, security="plain", ca_file=None
    )
    config = acct.home / "config.toml"
    config.write_text(
        config.read_text().replace("poll_interval_seconds = 10", "poll_interval_seconds = 3600")
    )
    daemon = Daemon(acct, tmp_path / "daemon.log")
    daemon.start()
    try:
        daemon.wait_segment(lambda t: "with IDLE" in t, 60, "the daemon to start")
        wait_until(lambda: any(c.name == "IDLE" for c in recording_proxy.commands), 30, "IDLE")
        time.sleep(0.5)
        recording_proxy.delays["UID SEARCH"] = HOLD
        for i in range(3):
            before = _searches(recording_proxy)
            first = f"<wake-a{i}@quillpoint.io>"
            dovecot.deliver(user, password, rejection(message_id=first))  # type: ignore[attr-defined]
            # The watcher wakes, drafts it, then runs one more pass to see nothing is left:
            # deliver the second message while that pass's search of INBOX is held.
            wait_until(lambda f=first: f in draft_sources(dovecot, acct), 20, "the first draft")
            wait_until(lambda: recording_proxy.commands[-1].name == "UID SEARCH", 20, "the confirming search")
            held = _searches(recording_proxy)
            second = f"<wake-b{i}@quillpoint.io>"
            dovecot.deliver(user, password, rejection(message_id=second))  # type: ignore[attr-defined]
            wait_until(
                lambda s=second: s in draft_sources(dovecot, acct),
                10 + 4 * HOLD,
                f"the draft for mail that arrived during a search (round {i}, searches {before}→{held})",
                context=daemon.segment,
            )
    finally:
        recording_proxy.delays.clear()
        assert daemon.terminate() == 0
