"""Running the real `rejection-watcher` command in a subprocess, with its own home directory."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PASSWORD_ENV = "RW_TEST_PASSWORD"


@dataclass
class Account:
    """A REJECTION_WATCHER_HOME with a config pointing at a user of a test server.

    `server` is a DovecotServer or a CyrusServer (tests/dovecot.py, tests/cyrus.py): anything
    with host, ssl_port, ca_file, client() and deliver(). `drafts` is where that user's drafts
    land: "Drafts" on Dovecot, "INBOX.Drafts" on Cyrus. The config never names it: the watcher
    has to find it by its special use, as it would on the real server.
    """

    home: Path
    user: str
    password: str
    server: object
    drafts: str = "Drafts"
    poll_interval_seconds: int = 10

    @classmethod
    def create(cls, home: Path, server: object, user: str, password: str, drafts: str = "Drafts") -> Account:
        """Make *home* and write a config there that watches *user* on *server* over TLS."""
        acct = cls(home, user, password, server, drafts)
        home.mkdir()
        acct.write_config()
        return acct

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("REJECTION_WATCHER")}
        env["REJECTION_WATCHER_HOME"] = str(self.home)
        env[PASSWORD_ENV] = self.password
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def write_config(self, **account: object) -> Path:
        server = self.server
        values: dict[str, object] = {
            "host": server.host,  # type: ignore[attr-defined]
            "port": server.ssl_port,  # type: ignore[attr-defined]
            "security": "ssl",
            "ca_file": server.ca_file,  # type: ignore[attr-defined]
            "username": self.user,
            "password_env": PASSWORD_ENV,
            "timeout_seconds": 10,
        }
        values.update(account)
        lines = ["[account]"]
        for key, value in values.items():
            if value is None:
                continue
            if isinstance(value, bool):
                lines.append(f"{key} = {'true' if value else 'false'}")
            elif isinstance(value, int | float):
                lines.append(f"{key} = {value}")
            elif isinstance(value, list):
                lines.append(f"{key} = [{', '.join(repr(v) for v in value)}]".replace("'", '"'))
            else:
                lines.append(f'{key} = "{value}"')
        lines += [
            "[identity]",
            'name = "Sam Taylor"',
            'email = "sam.taylor@example.org"',
            "[schedule]",
            f"poll_interval_seconds = {self.poll_interval_seconds}",
        ]
        path = self.home / "config.toml"
        path.write_text("\n".join(lines) + "\n")
        return path


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python -m watcher ARGS` and capture its output."""
    return subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
