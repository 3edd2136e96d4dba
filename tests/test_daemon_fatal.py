"""`run` stops with one `error:` line on what no retry can heal, instead of carrying on blind.

- The state database deleted under the running daemon: before, `status` said "no state yet",
  the daemon went on drafting with no record of it, and scheduled follow-ups were gone after a
  restart.
- A password setting that cannot work in this process (an environment variable that is not
  set): before, the daemon logged "retrying in the background" every interval for ever.
Network and login failures are still retried (tests/test_faults.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from faultkit import Daemon, make_account
from mailgen import rejection

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


def _error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("error:")]


def test_the_state_database_deleted_while_running_stops_the_daemon(tmp_path: Path, dovecot: object) -> None:
    user, password = dovecot.new_user("deleted")  # type: ignore[attr-defined]
    acct = make_account(dovecot, tmp_path / "home", user, password)
    daemon = Daemon(acct, tmp_path / "daemon.log")
    proc = daemon.start()
    try:
        daemon.wait_segment(lambda t: "with IDLE" in t, 60, "the daemon to start")
        daemon.wait_segment(lambda t: "first run" in t, 30, "the first pass")
        for path in (acct.home / "state").glob("state.sqlite3*"):
            path.unlink()
        dovecot.deliver(user, password, rejection())  # type: ignore[attr-defined]  # wakes a pass
        code = proc.wait(30)
    finally:
        daemon.ensure_stopped()
    text = daemon.segment()
    assert code == 7, text[-3000:]
    assert len(_error_lines(text)) == 1, text[-3000:]
    assert "was deleted or replaced while running" in _error_lines(text)[0]
    assert "Traceback" not in text


def test_a_password_variable_that_is_not_set_stops_the_daemon(tmp_path: Path, dovecot: object) -> None:
    user, password = dovecot.new_user("nopw")  # type: ignore[attr-defined]
    acct = make_account(dovecot, tmp_path / "home", user, password, password_env="RW_TEST_NOT_SET")
    daemon = Daemon(acct, tmp_path / "daemon.log")
    proc = daemon.start()
    try:
        code = proc.wait(60)
    finally:
        daemon.ensure_stopped()
    text = daemon.segment()
    assert code == 3, text[-3000:]
    assert len(_error_lines(text)) == 1, text
    assert "RW_TEST_NOT_SET" in _error_lines(text)[0]
    assert "retrying in the background" not in text
    assert "Traceback" not in text
