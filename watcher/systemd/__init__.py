"""The systemd user unit: its template (rejection-watcher.service, beside this file), filled in
for this Python and config, and written where `systemctl --user` looks for it."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Mapping
from pathlib import Path

UNIT_NAME = "rejection-watcher.service"
TEMPLATE = Path(__file__).parent / UNIT_NAME
#: Environment passed into the unit: where everything lives, when moved.
PASSED_ON = ("REJECTION_WATCHER_HOME",)


def render_unit(config_file: Path | None, environ: Mapping[str, str], python: str = sys.executable) -> str:
    """The unit's text: `python -m watcher run [--config FILE]`, with REJECTION_WATCHER_HOME if set."""
    command = [python, "-m", "watcher", "run"]
    if config_file is not None:
        command += ["--config", str(config_file)]
    environment = [f"Environment={k}={environ[k]}" for k in PASSED_ON if environ.get(k)]
    return TEMPLATE.read_text().format(exec_start=shlex.join(command), environment="\n".join(environment))


def unit_path(environ: Mapping[str, str]) -> Path:
    """Where systemd looks for user units: $XDG_CONFIG_HOME/systemd/user (~/.config by default)."""
    config_home = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "systemd" / "user" / UNIT_NAME


def install_unit(unit: str, environ: Mapping[str, str]) -> Path:
    """Write the unit; return where."""
    target = unit_path(environ)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(unit)
    return target
