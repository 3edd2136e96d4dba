"""Where rejection-watcher keeps its config, state and logs.

One environment variable, REJECTION_WATCHER_HOME, moves all three under one directory, so tests
never touch the user's home and people who want everything in one place can have it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "rejection-watcher"
HOME_ENV = "REJECTION_WATCHER_HOME"


@dataclass(frozen=True)
class Paths:
    """The directories and files the program reads and writes."""

    config_file: Path
    state_dir: Path
    log_dir: Path

    @property
    def state_db(self) -> Path:
        """The SQLite ledger of folders, messages and drafts."""
        return self.state_dir / "state.sqlite3"

    @property
    def models_dir(self) -> Path:
        """Where `train` writes the user's own model (and keeps the previous one)."""
        return self.state_dir / "models"

    @property
    def templates_dir(self) -> Path:
        """User templates here override the shipped ones by name."""
        return self.config_file.parent / "templates"


def default_paths(environ: dict[str, str] | None = None) -> Paths:
    """Resolve the paths from REJECTION_WATCHER_HOME, else the platform's user directories."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV)
    if home:
        root = Path(home).expanduser()
        return Paths(root / "config.toml", root / "state", root / "logs")
    return Paths(
        Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml",
        Path(platformdirs.user_state_dir(APP_NAME)),
        Path(platformdirs.user_log_dir(APP_NAME)),
    )
