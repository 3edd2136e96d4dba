"""Errors carry data: callers read fields, never parse the message (vdirsyncer's UserError,
imap_tools' UnexpectedCommandStatusError)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from test_cli_promises import Cli
from watcher import errors
from watcher.config import parse_config
from watcher.errors import AlreadyRunning, ConfigError, WatcherError
from watcher.lock import InstanceLock


def test_already_running_carries_the_pid(tmp_path: Path) -> None:
    with InstanceLock(tmp_path), pytest.raises(AlreadyRunning) as info, InstanceLock(tmp_path):
        pass
    assert info.value.pid == os.getpid() and info.value.state_dir == tmp_path
    assert f"(PID {os.getpid()})" in str(info.value)


def test_status_reads_the_pid_from_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(home))
    run = Cli(home, capsys)
    from watcher.state import Ledger

    Ledger.open(home / "state" / "state.sqlite3").close()
    with InstanceLock(home / "state"):
        monkeypatch.setattr(
            AlreadyRunning, "__str__", lambda self: "a message with no PID in it", raising=False
        )
        code, out, err = run("status")
    assert code == 0, err
    assert f"daemon: running (PID {os.getpid()})" in out


def test_config_error_lists_its_problems() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"account": {"host": "imap.example.org", "prot": 993}, "identity": {"name": "S"}})
    problems = info.value.problems
    assert len(problems) >= 2 and all("\n" not in p for p in problems)
    assert any("unknown key `account.prot`" in p for p in problems)
    assert str(info.value).startswith(f"config has {len(problems)} problems:")


def test_errors_py_lists_every_error_the_cli_maps_to_an_exit_code() -> None:
    from watcher.credentials import CredentialSetupError
    from watcher.reply import TemplateError

    documented = errors.__doc__ or ""
    for cls in (
        *(v for v in vars(errors).values() if isinstance(v, type) and issubclass(v, WatcherError)),
        CredentialSetupError,
        TemplateError,
    ):
        assert cls.__name__ in documented, f"{cls.__name__} is not in errors.py's tree"
        assert isinstance(cls.exit_code, int)
