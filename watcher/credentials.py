"""Getting the account password from where the user keeps it, never from the config file.

Two sources: an environment variable (`password_env`), or a command such as `pass show mail/me`
(`password_command`), run without a shell, whose first line of output is the password. The value
is never logged; error messages name the source, not the secret.
"""

from __future__ import annotations

import os
import shlex
import subprocess

from .config import AccountConfig
from .errors import CredentialError

COMMAND_TIMEOUT_SECONDS = 60


def get_password(account: AccountConfig) -> str:
    """Return the password for `account` or raise CredentialError saying how to provide it."""
    if account.password_env:
        value = os.environ.get(account.password_env, "")
        if not value:
            raise CredentialError(
                f"environment variable {account.password_env} is not set — export it with the "
                f"password for {account.username}, or use `password_command` in the config"
            )
        return value
    if account.password_command:
        return _run_password_command(account.password_command, account.username)
    raise CredentialError(
        f"no password source for {account.username} — set `password_env` or `password_command`"
    )


def _run_password_command(command: str, username: str) -> str:
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise CredentialError(f"password_command cannot be split into words: {exc}") from None
    if not argv:
        raise CredentialError("password_command is empty")
    try:
        result = subprocess.run(
            argv,
            capture_output=True,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise CredentialError(
            f"password_command: program {argv[0]!r} not found — check the path"
        ) from None
    except PermissionError:
        raise CredentialError(f"password_command: {argv[0]!r} is not executable") from None
    except subprocess.TimeoutExpired:
        raise CredentialError(
            f"password_command {argv[0]!r} did not finish in {COMMAND_TIMEOUT_SECONDS} s "
            "(is it waiting for a passphrase?)"
        ) from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        hint = f": {detail[0][:160]}" if detail else ""
        raise CredentialError(
            f"password_command {argv[0]!r} failed with exit code {result.returncode}{hint}"
        )
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    if not lines or not lines[0]:
        raise CredentialError(
            f"password_command {argv[0]!r} printed nothing — expected the password for {username}"
        )
    return lines[0]
