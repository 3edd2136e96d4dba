"""Running it for months: one instance, systemd notify, status, keyring, several accounts, IDLE,
and logs that never hold a secret or a message body — all against a real Dovecot."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clirun import Account, cli
from mailgen import REJECTION_BODY, rejection
from test_daemon_e2e import drafts, start, stop, wait_for
from watcher.daemon import ClockJumpDetector

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]
TESTS = Path(__file__).parent


def append(config: Path, text: str) -> None:
    with config.open("a") as fh:
        fh.write(text)


def test_a_second_daemon_names_the_pid_holding_the_state(account: Account, tmp_path: Path) -> None:
    log = tmp_path / "d.log"
    proc = start(account, log)
    try:
        wait_for(lambda: "press Ctrl-C" in log.read_text(), 30, "the daemon", log)
        second = cli("run", env=account.env, timeout=60)
        assert second.returncode == 8, second.stderr
        assert (
            f"another rejection-watcher is already running on {account.home / 'state'} (PID {proc.pid})"
            in second.stderr
        )
        status = cli("status", env=account.env)
        assert status.returncode == 0, status.stderr
        assert f"daemon: running (PID {proc.pid})" in status.stdout
        assert "/ INBOX: connected (idle) since" in status.stdout
        assert "follow-ups: 0 scheduled" in status.stdout
    finally:
        assert stop(proc) == 0
    after = cli("status", env=account.env)
    assert "daemon: not running" in after.stdout and "/ INBOX: not connected" in after.stdout


def test_idle_drafts_within_seconds_even_with_a_long_poll_interval(account: Account, tmp_path: Path) -> None:
    config = account.write_config()
    config.write_text(config.read_text().replace("poll_interval_seconds = 10", "poll_interval_seconds = 600"))
    log = tmp_path / "d.log"
    proc = start(account, log)
    try:
        wait_for(lambda: "with IDLE" in log.read_text() and "first run" in log.read_text(), 30, "IDLE", log)
        time.sleep(1)
        account.server.deliver(account.user, account.password, rejection())  # type: ignore[attr-defined]
        t = time.monotonic()
        wait_for(lambda: len(drafts(account)) == 1, 10, "the IDLE-driven draft", log)
        print(f"\nIDLE: draft {time.monotonic() - t:.2f} s after delivery (poll interval 600 s)")
    finally:
        assert stop(proc) == 0


def test_systemd_notify_ready_watchdog_stopping(account: Account, tmp_path: Path) -> None:
    sock_path = tmp_path / "notify.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(sock_path))
    listener.settimeout(30)
    env = {**account.env, "NOTIFY_SOCKET": str(sock_path), "WATCHDOG_USEC": "2000000"}
    log = tmp_path / "d.log"
    with log.open("ab") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "watcher", "run"], env=env, stdout=fh, stderr=subprocess.STDOUT
        )
    env.pop("WATCHDOG_USEC")
    messages: list[str] = []
    try:
        while "READY=1" not in messages:
            messages.append(listener.recv(4096).decode())
        deadline = time.monotonic() + 10
        while messages.count("WATCHDOG=1") < 2 and time.monotonic() < deadline:
            messages.append(listener.recv(4096).decode())
    finally:
        assert stop(proc) == 0
        listener.settimeout(5)
        try:
            while "STOPPING=1" not in messages:
                messages.append(listener.recv(4096).decode())
        finally:
            listener.close()
    assert messages.count("WATCHDOG=1") >= 2, messages
    assert any(m.startswith("STATUS=watching 1 account") for m in messages)


def test_service_install_writes_a_notify_unit(tmp_path: Path) -> None:
    env = {
        "REJECTION_WATCHER_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        "PATH": "/usr/bin:/bin",
    }
    shown = cli("service", "install", "--print", env=env)
    assert shown.returncode == 0
    for line in (
        "Type=notify",
        "WatchdogSec=",
        "Restart=on-failure",
        f"ExecStart={sys.executable} -m watcher run",
        f"Environment=REJECTION_WATCHER_HOME={tmp_path / 'home'}",
    ):
        assert line in shown.stdout, line
    written = cli("service", "install", env=env)
    unit = tmp_path / "xdg" / "systemd" / "user" / "rejection-watcher.service"
    assert written.returncode == 0 and unit.read_text() == shown.stdout


def test_keyring_password(account: Account, tmp_path: Path) -> None:
    account.write_config(password_env=None, password_keyring=True)
    env = {
        **account.env,
        "PYTHON_KEYRING_BACKEND": "keyring_file_backend.FileKeyring",
        "PYTHONPATH": str(TESTS),
        "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }
    env.pop("RW_TEST_PASSWORD")
    missing = cli("once", env=env)
    assert missing.returncode == 3 and "no password for" in missing.stderr and "auth set" in missing.stderr
    stored = subprocess.run(
        [sys.executable, "-m", "watcher", "auth", "set"],
        input=account.password + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert stored.returncode == 0, stored.stderr
    assert account.password not in (tmp_path / "home" / "config.toml").read_text()
    assert cli("once", env=env).returncode == 0


def test_one_broken_account_never_stalls_another(account: Account, tmp_path: Path, dovecot) -> None:  # type: ignore[no-untyped-def]
    server = account.server
    config = account.home / "config.toml"
    config.write_text(f'''
[[accounts]]
name = "good"
host = "{server.host}"
port = {server.ssl_port}
ca_file = "{server.ca_file}"
username = "{account.user}"
password_env = "RW_TEST_PASSWORD"

[[accounts]]
name = "broken"
host = "127.0.0.1"
port = 1
username = "nobody"
password_env = "RW_TEST_PASSWORD"

[identity]
name = "Sam Taylor"
email = "sam.taylor@example.org"

[schedule]
poll_interval_seconds = 10
''')
    log = tmp_path / "d.log"
    proc = start(account, log)
    try:
        wait_for(
            lambda: "good: INBOX: first run" in log.read_text(), 30, "the good account's first pass", log
        )
        account.server.deliver(account.user, account.password, rejection())  # type: ignore[attr-defined]
        wait_for(lambda: len(drafts(account)) == 1, 15, "the good account's draft", log)
        time.sleep(12)  # another poll round: the broken account fails again, quietly
        text = log.read_text()
        assert text.count("broken: connection refused by 127.0.0.1:1") == 1, text
        assert proc.poll() is None
    finally:
        assert stop(proc) == 0
    once = cli("once", env=account.env)
    assert "== good" in once.stdout and "== broken" in once.stdout
    assert "error: connection refused" in once.stderr and once.returncode == 4


def test_logs_hold_no_password_token_or_message_body(account: Account, tmp_path: Path) -> None:
    """A full run that includes a refused login: the log has events, never secrets or bodies."""
    secret_file = tmp_path / "pw"
    secret_file.write_text("wrong-Secret-1234\n")
    account.write_config(password_env=None, password_command=f"cat {secret_file}")
    config = account.home / "config.toml"
    append(config, f'[logging]\nlevel = "debug"\nfile = "{tmp_path / "rw.log"}"\n')
    log = tmp_path / "d.log"
    proc = start(account, log)
    try:
        wait_for(lambda: "login rejected" in log.read_text(), 30, "the auth failure", log)
        secret_file.write_text(account.password + "\n")
        wait_for(lambda: "working again" in log.read_text(), 30, "the recovery", log)
        wait_for(lambda: "first run" in log.read_text(), 30, "the first pass", log)
        account.server.deliver(account.user, account.password, rejection())  # type: ignore[attr-defined]
        wait_for(lambda: len(drafts(account)) == 1, 20, "the draft", log)
    finally:
        assert stop(proc) == 0
    for text in (log.read_text(), (tmp_path / "rw.log").read_text()):
        assert "login rejected" in text and "rejection(s) drafted" in text
        assert "wrong-Secret-1234" not in text and account.password not in text
        for line in REJECTION_BODY.splitlines():
            if len(line) > 25:
                assert line not in text, f"message body in the log: {line!r}"


def test_clock_jump_detector() -> None:
    wall, mono = [1000.0], [50.0]
    detector = ClockJumpDetector(lambda: wall[0], lambda: mono[0])
    wall[0] += 1.0
    mono[0] += 1.0
    assert not detector.jumped()
    wall[0] += 3600.0  # a night asleep: the wall clock moved, the monotonic clock did not
    mono[0] += 1.0
    assert detector.jumped()
    assert not detector.jumped()


def test_env_is_clean() -> None:
    assert "NOTIFY_SOCKET" not in os.environ
