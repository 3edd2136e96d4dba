"""Getting the account's secret from where the user keeps it, never from the config file.

Four sources, exactly one per account:
- `password_env`: an environment variable;
- `password_command`: a command such as `pass show mail/me` (run without a shell; first line);
- `password_keyring = true`: the system keyring (`rejection-watcher auth set` stores it);
- `oauth2_token_command`: a helper that prints a fresh OAuth2 access token (pizauth, oama, ...),
  used with XOAUTH2 and run again on every connection, so an expired token is replaced.
Every secret obtained is registered with the log redactor, so it can never reach a log line.
"""

from __future__ import annotations

import base64
import logging
import os
import shlex
import subprocess
import threading
from dataclasses import dataclass
from typing import Any

from .config import AccountConfig
from .errors import CredentialError

COMMAND_TIMEOUT_SECONDS = 60
KEYRING_SERVICE = "rejection-watcher"


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
            raise CredentialError(
                f"environment variable {account.password_env} is not set — export it with the "
                f"password for {account.username}, or use `password_command` in the config"
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
        raise CredentialError(
            "`password_keyring` needs the keyring package: pip install 'rejection-watcher[keyring]'"
        ) from None
    return keyring


def _run_command(command: str, key: str, what: str) -> str:
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise CredentialError(f"{key} cannot be split into words: {exc}") from None
    if not argv:
        raise CredentialError(f"{key} is empty")
    try:
        result = subprocess.run(
            argv, capture_output=True, timeout=COMMAND_TIMEOUT_SECONDS, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        raise CredentialError(f"{key}: program {argv[0]!r} not found — check the path") from None
    except PermissionError:
        raise CredentialError(f"{key}: {argv[0]!r} is not executable") from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"{key} {argv[0]!r} did not finish in {COMMAND_TIMEOUT_SECONDS} s (is it waiting for a passphrase?)"
        ) from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        hint = f": {detail[0][:160]}" if detail else ""
        raise CredentialError(f"{key} {argv[0]!r} failed with exit code {result.returncode}{hint}")
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
