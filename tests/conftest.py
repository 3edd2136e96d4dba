"""Shared pytest fixtures. The server harnesses live in tests/dovecot.py (benchmarks reuse it)
and tests/cyrus.py."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # `import dovecot` however pytest was started

from clirun import Account  # noqa: E402
from cyrus import CyrusServer, require_cyrus  # noqa: E402
from dovecot import GMAIL_MAILBOXES, DovecotServer, RecordingProxy, require_dovecot  # noqa: E402

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


@pytest.fixture(scope="session")
def dovecot_gmail() -> Iterator[DovecotServer]:
    """A private Dovecot laid out like Gmail's IMAP: [Gmail]/Drafts (\\Drafts), [Gmail]/Sent Mail,
    ... and no folder named plain "Drafts"; labels are ordinary folders the test creates."""
    require_dovecot()
    server = DovecotServer.start(mailboxes=GMAIL_MAILBOXES)
    yield server
    server.close()


@pytest.fixture(scope="session")
def cyrus() -> Iterator[CyrusServer]:
    """One private Cyrus IMAP 3.6 per session (Fastmail's server): lowercase special-use flags,
    the `INBOX.` namespace, IDLE pushed by idled. Any user name logs in, with any password."""
    require_cyrus()
    server = CyrusServer.start()
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
    return Account.create(tmp_path / "home", dovecot, user, password)


@pytest.fixture
def cyrus_account(tmp_path: Path, cyrus: CyrusServer) -> Account:
    """Like `account`, for a fresh Cyrus user (drafts land in INBOX.Drafts)."""
    user, password = cyrus.new_user()
    return Account.create(tmp_path / "home", cyrus, user, password, drafts=cyrus.drafts)


@pytest.fixture(
    params=[
        pytest.param("dovecot", marks=pytest.mark.dovecot),
        pytest.param("cyrus", marks=pytest.mark.cyrus),
    ]
)
def account_each_server(request: pytest.FixtureRequest) -> Account:
    """`account`, then `cyrus_account`: one test body run against both servers."""
    fixture = "account" if request.param == "dovecot" else "cyrus_account"
    acct: Account = request.getfixturevalue(fixture)
    return acct
