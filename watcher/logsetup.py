"""Logging: one line per event on stderr (journald adds its own timestamps) and, with
`logging.file`, a private rotating log file. Secrets are redacted and every line is made
terminal-safe (see `textsafe`)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .paths import PRIVATE_DIR, PRIVATE_FILE, restrict_mode
from .textsafe import for_terminal

if TYPE_CHECKING:  # only a type here: every command imports this module before it reads a config
    from .config import Config

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_BACKUPS = 5


def setup_logging(level: int) -> None:
    """One line per event on stderr; journald adds its own timestamps. Secrets are redacted, and
    imapclient's protocol trace (which would include message bodies) is never shown."""
    from .credentials import RedactSecrets

    fmt = "%(levelname)s %(name)s: %(message)s" if os.environ.get("JOURNAL_STREAM") else LOG_FORMAT
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(TerminalSafeFormatter(fmt))
    handler.addFilter(RedactSecrets())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("imapclient").setLevel(max(level, logging.INFO))
    logging.getLogger("apscheduler").setLevel(max(level, logging.WARNING))


def setup_file_logging(config: Config) -> None:
    """`logging.file`: also a rotating log file (5 × 5 MB), with the same redaction, readable by
    you alone (0600, rotated files too): it names who rejected you and when."""
    from .credentials import RedactSecrets

    if config.logging.file is not None:
        log_file = config.logging.file
        try:
            log_file.parent.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
            for i in range(LOG_BACKUPS + 1):
                restrict_mode(Path(f"{log_file}.{i}") if i else log_file, PRIVATE_FILE)
            handler = PrivateRotatingFileHandler(log_file, maxBytes=5_000_000, backupCount=LOG_BACKUPS)
        except OSError as exc:
            raise ConfigError(f"`logging.file`: cannot write {log_file}: {exc.strerror or exc}") from None
        handler.setFormatter(TerminalSafeFormatter(LOG_FORMAT))
        handler.addFilter(RedactSecrets())
        logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(config.logging.level.upper())


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 whatever the umask (rotation renames
    the current file, so every backup keeps that mode)."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


class TerminalSafeFormatter(logging.Formatter):
    """Log lines quote subjects, folder names and server replies: no escape sequence or bidi
    override in them may reach a terminal or `journalctl` (see `textsafe`)."""

    def format(self, record: logging.LogRecord) -> str:
        return for_terminal(super().format(record))
