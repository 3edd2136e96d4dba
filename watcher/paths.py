"""Where rejection-watcher keeps its config, state and logs.

One environment variable, REJECTION_WATCHER_HOME, moves all three under one directory, so tests
never touch the user's home and people who want everything in one place can have it.

The state directory and log files hold who rejected you, when, and what you answered: they are
made private (0700 directories, 0600 files) when created, and tightened when found more open,
whatever the umask says.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600

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


def ensure_private_dir(path: Path) -> None:
    """Create `path` (0700) if missing, and take group and world access away if it has them.

    Missing parents are created with the usual mode: only the directory we own is tightened.
    """
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    restrict_mode(path, PRIVATE_DIR)


def restrict_mode(path: Path, allowed: int) -> None:
    """Clear every permission bit of `path` outside `allowed`; a missing path is left alone.

    A chmod that fails (a file someone else owns) is logged, not raised: the program still works,
    and the warning says what to fix.
    """
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if current & ~allowed:
        try:
            path.chmod(current & allowed)
        except OSError as exc:
            log.warning("cannot make %s private (mode %o): %s", path, current, exc.strerror or exc)
