"""Getting the account's secret from where the user keeps it, never from the config file.

Four sources, exactly one per account:
- `password_env`: an environment variable;
- `password_command`: a command such as `pass show mail/me` (run without a shell; first line);
- `password_keyring = true`: the system keyring (`rejection-watcher auth set` stores it);
- `oauth2_token_command`: a helper that prints a fresh OAuth2 access token (pizauth, oama, ...),
  used with XOAUTH2 and run again on every connection, so an expired token is replaced.
Every secret obtained is registered with the log redactor, so it can never reach a log line.
Error messages never quote what a command printed, nor a value that may be a password typed
into the wrong key.

A source that is set up wrongly (an unset variable, a program that is not there, no keyring
package) raises `CredentialSetupError`, which is also a ConfigError: retrying cannot fix it, so
the daemon should stop and say so. A source that fails *now* (a command exiting non-zero with a
locked agent, a timeout, a token helper not yet authorised, an empty keyring entry that `auth set`
can fill) stays a plain CredentialError, worth retrying.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import shlex
import subprocess
import threading
from dataclasses import dataclass
from typing import Any

from .config import AccountConfig
from .errors import ConfigError, CredentialError

COMMAND_TIMEOUT_SECONDS = 60
KEYRING_SERVICE = "rejection-watcher"

#: Environment variable names as people write them: we name such a variable in messages. A
#: name in another shape (`hunter2`) may be a password typed into `password_env`: never echoed.
_CONVENTIONAL_ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")


class CredentialSetupError(CredentialError, ConfigError):
    """The password source is configured wrongly; only a config or environment change (and a
    restart, for a daemon) can fix it."""


@dataclass(frozen=True)
class Credentials:
    """What to log in with: a password, or an OAuth2 access token for XOAUTH2."""

    username: str
    secret: str
    oauth2: bool = False

    def __repr__(self) -> str:  # never print the secret, even in a traceback
        return f"Credentials(username={self.username!r}, secret=***, oauth2={self.oauth2})"


def get_credentials(account: AccountConfig) -> Credentials:
    """The secret for `account`, or CredentialError saying how to provide it."""
    if account.oauth2_token_command:
        token = _run_command(
            account.oauth2_token_command, "oauth2_token_command", f"an access token for {account.username}"
        )
        return Credentials(account.username, token, oauth2=True)
    return Credentials(account.username, get_password(account))


def get_password(account: AccountConfig) -> str:
    """The password for `account` (not for OAuth2 accounts)."""
    if account.password_env:
        value = os.environ.get(account.password_env, "")
        if not value:
            name = account.password_env
            variable = (
                f"environment variable {name}"
                if _CONVENTIONAL_ENV_NAME.fullmatch(name)
                else "the environment variable named in `password_env` (name not shown: check it "
                "is a variable name, not the password itself)"
            )
            raise CredentialSetupError(
                f"{variable} is not set — export it with the password for {account.username}, "
                "or use `password_command` in the config"
            )
        return register_secret(value)
    if account.password_command:
        return _run_command(
            account.password_command, "password_command", f"the password for {account.username}"
        )
    if account.password_keyring:
        return register_secret(_keyring_get(account.key))
    raise CredentialError(
        f"no password source for {account.username} — set `password_env`, `password_command`, "
        "`password_keyring` or `oauth2_token_command`"
    )


def store_in_keyring(account: AccountConfig, password: str) -> None:
    """`rejection-watcher auth set`: put the password in the system keyring."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, account.key, password)
    except Exception as exc:
        raise CredentialError(f"the keyring refused to store the password: {exc}") from None


def _keyring_get(key: str) -> str:
    keyring = _keyring()
    try:
        value = keyring.get_password(KEYRING_SERVICE, key)
    except Exception as exc:
        raise CredentialError(f"cannot read the system keyring ({type(exc).__name__}: {exc})") from None
    if not value:
        raise CredentialError(
            f"no password for {key} in the keyring — store it with `rejection-watcher auth set --account {key}`"
        )
    return str(value)


def _keyring() -> Any:
    try:
        import keyring
    except ImportError:
        raise CredentialSetupError(
            "`password_keyring` needs the keyring package: pip install 'rejection-watcher[keyring]'"
        ) from None
    return keyring


def _run_command(command: str, key: str, what: str) -> str:
    """Run the command (no shell) and return the first line it prints.

    What it printed is never quoted in an error: its output is, or is near, the secret. Nor is
    the name of a program that cannot be found, unless it is a path, in case the password itself
    was typed there.
    """
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise CredentialSetupError(f"`{key}` cannot be split into words: {exc}") from None
    if not argv:
        raise CredentialSetupError(f"`{key}` is empty")
    try:
        result = subprocess.run(
            argv, capture_output=True, timeout=COMMAND_TIMEOUT_SECONDS, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        if "/" in argv[0]:  # a path the user wrote: the usual mistake, and worth naming
            raise CredentialSetupError(f"{key}: program {argv[0]!r} not found — check the path") from None
        raise CredentialSetupError(
            f"`{key}`: its program was not found (name not shown, in case it is the password) — "
            'it must be a command that prints the secret, e.g. "pass show mail/me", with the '
            "program's full path if it is not on PATH"
        ) from None
    except PermissionError:
        raise CredentialSetupError(f"`{key}`: {argv[0]!r} is not executable") from None
    except OSError as exc:
        raise CredentialSetupError(f"`{key}`: {argv[0]!r} cannot be run: {exc.strerror or exc}") from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"{key} {argv[0]!r} did not finish in {COMMAND_TIMEOUT_SECONDS} s (is it waiting for a passphrase?)"
        ) from None
    if result.returncode != 0:
        raise CredentialError(
            f"{key} {argv[0]!r} failed with exit code {result.returncode} (its output is not shown, "
            "as it may hold the secret: run the command yourself to see why)"
        )
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    if not lines or not lines[0]:
        raise CredentialError(f"{key} {argv[0]!r} printed nothing — expected {what}")
    return register_secret(lines[0])


# --- keeping secrets out of logs ------------------------------------------------------------

_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str) -> str:
    """Remember a secret (and the forms a protocol log could show it in) for redaction."""
    forms = {value, base64.b64encode(value.encode()).decode()}
    with _lock:
        _secrets.update(f for f in forms if len(f) >= 4)
    return value


class RedactSecrets(logging.Filter):
    """Replaces every registered secret in a log record's final text with ***."""

    def filter(self, record: logging.LogRecord) -> bool:
        with _lock:
            secrets = sorted(_secrets, key=len, reverse=True)
        if not secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in secrets:
            if secret in redacted:
                redacted = redacted.replace(secret, "***")
        if redacted != message:
            record.msg, record.args = redacted, None
        return True
