"""`service install`: the unit is written by watcher/systemd (beside its template), in-process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from test_cli_promises import Cli
from watcher.systemd import render_unit, unit_path


def test_the_unit_runs_this_python_with_the_config_and_home(tmp_path: Path) -> None:
    unit = render_unit(
        tmp_path / "my config.toml", {"REJECTION_WATCHER_HOME": str(tmp_path)}, "/usr/bin/python3"
    )
    assert f"ExecStart=/usr/bin/python3 -m watcher run --config '{tmp_path / 'my config.toml'}'" in unit
    assert f"Environment=REJECTION_WATCHER_HOME={tmp_path}" in unit
    assert "Type=notify" in unit and "{" not in unit


def test_service_install_writes_where_systemd_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    run = Cli(tmp_path / "home", capsys)
    code, shown, err = run("service", "install", "--print")
    assert code == 0, err
    assert f"ExecStart={sys.executable} -m watcher run" in shown
    code, out, err = run("service", "install")
    target = tmp_path / "xdg" / "systemd" / "user" / "rejection-watcher.service"
    assert code == 0 and target.read_text() == shown
    assert f"wrote {target}" in out and target == unit_path({"XDG_CONFIG_HOME": str(tmp_path / "xdg")})


def test_service_install_refuses_a_config_that_is_not_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    code, _, err = Cli(tmp_path, capsys)("service", "install", "--config", str(tmp_path / "nope.toml"))
    assert code == 3 and "no config file at" in err
    assert not (tmp_path / "xdg").exists()
