"""The errors the user can cause or fix, each turned into one line by the CLI.

    WatcherError            anything we expect and can explain; exit code 2 unless a subclass says else
    ├── ConfigError         the config file is missing, malformed or has wrong keys/values (`problems`)
    │   └── CredentialSetupError (credentials.py; also a CredentialError) the password source is set up wrongly
    ├── CredentialError     the password (or token) cannot be obtained from its source right now
    ├── MailboxError        the mail server or Maildir cannot be reached or used
    │   ├── ConnectError    unreachable host, TLS failure, timeout while connecting
    │   └── AuthError       the server rejected the login
    ├── AlreadyRunning      another daemon holds the state directory (`pid` names it)
    ├── ModelError          the model file is missing, corrupt, edited, untrusted or from another version
    ├── TemplateError       (reply.py) a template is missing, broken or uses an unknown variable
    ├── TrainingDataError   labelled mail that cannot be trained on (unreadable, mislabelled, too little)
    └── StateError          the state database is damaged, gone, or from a newer version
        └── StateUnavailableError  it is busy, locked, read-only or the disk is full (may pass)

Anything else is a bug and keeps its traceback. Each class's `exit_code` is what the command
line exits with.
"""

from __future__ import annotations

from pathlib import Path


class WatcherError(Exception):
    """An expected failure with a message fit to show the user as-is."""

    exit_code = 2


class ConfigError(WatcherError):
    """The configuration cannot be used; the message lists every problem with a fix.

    `problems` holds each problem on its own (one line each, naming the key and the fix), so a
    caller can count or show them without parsing the message; `where` is the file, if any."""

    exit_code = 3

    def __init__(self, message: str, problems: tuple[str, ...] = (), where: str = "") -> None:
        super().__init__(message)
        self.problems = problems or (message,)
        self.where = where

    @classmethod
    def listing(cls, where: str, problems: list[str]) -> ConfigError:
        """One error for all the problems of a config: "WHERE has N problems:" and one per line."""
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        message = f"{where} has {count}:\n" + "\n".join(f"  - {p}" for p in problems)
        return cls(message, tuple(problems), where)


class CredentialError(WatcherError):
    """The password or token could not be obtained from its configured source."""

    exit_code = 3


class MailboxError(WatcherError):
    """The mailbox cannot be used right now (network, server, or folder problem)."""

    exit_code = 4


class ConnectError(MailboxError):
    """The server could not be reached, or TLS failed before login."""


class AuthError(MailboxError):
    """The server refused our credentials."""

    exit_code = 5


class ModelError(WatcherError):
    """The model file cannot be trusted or used; retraining fixes it."""

    exit_code = 6


class TrainingDataError(WatcherError):
    """Labelled data that cannot be used: unreadable, unlabelled, or too little of it.

    Raised before any fitting wherever possible: scikit-learn finds the same problems only
    minutes into cross-validation, and then as a traceback."""


class StateError(WatcherError):
    """The state database cannot be opened or migrated."""

    exit_code = 7


class StateUnavailableError(StateError):
    """The state database cannot be used right now (busy, locked, read-only, disk full): a
    daemon retries, unlike for a damaged or vanished file."""


class AlreadyRunning(WatcherError):
    """Another daemon holds the state directory; `pid` says which (None if it could not be read)."""

    exit_code = 8

    def __init__(self, state_dir: Path, pid: int | None) -> None:
        self.state_dir, self.pid = state_dir, pid
        super().__init__(
            f"another rejection-watcher is already running on {state_dir} (PID {pid or 'unknown'}); "
            "stop it first, or point REJECTION_WATCHER_HOME elsewhere"
        )
