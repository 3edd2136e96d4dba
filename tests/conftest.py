"""Shared pytest fixtures. The Dovecot harness lives in tests/dovecot.py (benchmarks reuse it)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # `import dovecot` however pytest was started

from clirun import Account  # noqa: E402
from dovecot import DovecotServer, RecordingProxy, require_dovecot  # noqa: E402

# ----- real IMAP server ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One private Dovecot per session (per xdist worker, too); tests isolate via new users."""
    require_dovecot()
    server = DovecotServer.start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def dovecot_oauth2() -> Iterator[DovecotServer]:
    """A second private Dovecot that also accepts XOAUTH2/OAUTHBEARER tokens the test issues."""
    require_dovecot()
    server = DovecotServer.start(oauth2=True)
    yield server
    server.close()


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> tuple[str, str]:
    """A fresh (user, password) with an empty mailbox: no test sees another's mail."""
    return dovecot.new_user()


@pytest.fixture
def recording_proxy(dovecot: DovecotServer) -> Iterator[RecordingProxy]:
    """Point the client at `.port` to assert afterwards on every command it sent."""
    with RecordingProxy(dovecot) as proxy:
        yield proxy


@pytest.fixture
def account(tmp_path: Path, dovecot: DovecotServer, imap_user: tuple[str, str]) -> Account:
    """A REJECTION_WATCHER_HOME whose config watches a fresh Dovecot user over TLS."""
    user, password = imap_user
    acct = Account(tmp_path / "home", user, password, dovecot)
    acct.home.mkdir()
    acct.write_config()
    return acct
