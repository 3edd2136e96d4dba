"""A plain (non-editable) install of the built wheel finds its model and templates from anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from clirun import cli

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, timeout=300, **kwargs
    )  # type: ignore[call-overload, no-any-return]


def test_wheel_installs_into_a_fresh_venv_and_runs_the_demo(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", dist, ROOT)
    assert built.returncode == 0, built.stderr
    [wheel] = dist.glob("rejection_watcher-*.whl")

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    installed = run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel
    )
    assert installed.returncode == 0, installed.stderr
    # Dependencies come from the test environment's site-packages (a plain path entry, so
    # the editable install of this checkout is *not* visible there).
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    Path(site, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "REJECTION_WATCHER_HOME")}
    env["REJECTION_WATCHER_HOME"] = str(tmp_path / "home")
    env["TMPDIR"] = str(tmp_path)  # the demo mailbox goes here, not into /tmp
    where = run(
        python,
        "-c",
        "import watcher, watcher.resources as r; print(watcher.__file__); print(r.shipped_model())",
        cwd=elsewhere,
        env=env,
    )
    assert where.returncode == 0, where.stderr
    package_file, model = where.stdout.split()
    assert package_file.startswith(str(env_dir)) and model.startswith(str(env_dir)), where.stdout

    demo = run(env_dir / "bin" / "rejection-watcher", "demo", cwd=elsewhere, env=env)
    assert demo.returncode == 0, demo.stderr
    assert "Draft 1 of 2" in demo.stdout and "Draft 2 of 2" in demo.stdout
    assert "stay on your radar" in demo.stdout
    assert str(env_dir) in demo.stdout  # the model that was used is the installed one

    # README step 1 on a machine with no config directory yet: `init` makes it and writes there.
    fresh_home = tmp_path / "fresh-home"
    init = run(
        env_dir / "bin" / "rejection-watcher",
        *("init", "--host", "imap.example.org", "--username", "sam@example.org", "--name", "Sam Taylor"),
        cwd=elsewhere,
        env={**env, "REJECTION_WATCHER_HOME": str(fresh_home)},
    )
    assert init.returncode == 0, init.stderr
    assert (fresh_home / "config.toml").is_file() and "rejection-watcher check" in init.stdout

    module = run(python, "-m", "watcher", "--version", cwd=elsewhere, env=env)
    assert module.returncode == 0 and "rejection-watcher" in module.stdout


def test_every_command_has_help() -> None:
    from watcher.cli import COMMANDS

    for name, func in COMMANDS.items():
        assert func.__doc__, f"{name} has no docstring"
        result = cli(name, "--help")
        assert result.returncode == 0, result.stderr
        assert func.__doc__.strip().splitlines()[0] in result.stdout
