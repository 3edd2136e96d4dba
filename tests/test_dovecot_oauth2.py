"""XOAUTH2 against a real server: Dovecot's oauth2 passdb asks a token introspection endpoint
the test controls (DovecotServer(oauth2=True)), on every login, with no caching, so a revoked or
expired token is refused at the next login, exactly as Gmail/Microsoft would refuse it.
"""

from __future__ import annotations

import os
import time

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from dovecot import DovecotServer, Introspection

pytestmark = pytest.mark.dovecot

MSG = b"From: hr@example.com\r\nTo: me@example.com\r\nSubject: Your application\r\n\r\nHello.\r\n"


def _login(server: DovecotServer, user: str, token: str) -> IMAPClient:
    """What the product does: a plain IMAPClient and oauth2_login (XOAUTH2)."""
    c = IMAPClient(server.host, server.port, ssl=False, timeout=10)
    try:
        c.oauth2_login(user, token)
    except BaseException:
        c.shutdown()
        raise
    return c


def _checks(server: DovecotServer, token: str) -> list[Introspection]:
    return [r for r in server.introspections if r.token == token]


def test_issued_token_logs_in_and_serves_mail(dovecot_oauth2: DovecotServer) -> None:
    user, _ = dovecot_oauth2.new_user("oa")
    token = dovecot_oauth2.issue_token(user)
    with _login(dovecot_oauth2, user, token) as c:
        assert c.folder_status("INBOX", [b"MESSAGES"]) == {b"MESSAGES": 0}
    [check] = _checks(dovecot_oauth2, token)
    assert (check.method, check.user, check.active) == ("POST", user, True)


def test_revoked_token_refused_at_next_login(dovecot_oauth2: DovecotServer) -> None:
    user, _ = dovecot_oauth2.new_user("oa")
    token = dovecot_oauth2.issue_token(user)
    session = _login(dovecot_oauth2, user, token)
    _login(dovecot_oauth2, user, token).logout()  # no cache in play: asked again
    dovecot_oauth2.revoke_token(token)
    with pytest.raises(LoginError, match="AUTHENTICATIONFAILED"):
        _login(dovecot_oauth2, user, token)
    assert [r.active for r in _checks(dovecot_oauth2, token)] == [True, True, False]
    # Dovecot checks at login only: a session opened before the revocation carries on.
    assert session.folder_status("INBOX", [b"MESSAGES"]) == {b"MESSAGES": 0}
    session.logout()


def test_unknown_token_refused(dovecot_oauth2: DovecotServer) -> None:
    user, _ = dovecot_oauth2.new_user("oa")
    with pytest.raises(LoginError, match="AUTHENTICATIONFAILED"):
        _login(dovecot_oauth2, user, "never-issued")
    [check] = _checks(dovecot_oauth2, "never-issued")
    assert (check.user, check.active) == (None, False)


def test_token_of_another_user_refused(dovecot_oauth2: DovecotServer) -> None:
    alice, _ = dovecot_oauth2.new_user("oa")
    bob, _ = dovecot_oauth2.new_user("oa")
    token = dovecot_oauth2.issue_token(alice)
    with pytest.raises(LoginError):
        _login(dovecot_oauth2, bob, token)


def test_expired_token_refused(dovecot_oauth2: DovecotServer) -> None:
    user, _ = dovecot_oauth2.new_user("oa")
    token = dovecot_oauth2.issue_token(user, ttl=1.0)
    _login(dovecot_oauth2, user, token).logout()
    time.sleep(1.1)
    with pytest.raises(LoginError, match="AUTHENTICATIONFAILED"):
        _login(dovecot_oauth2, user, token)
    assert [r.active for r in _checks(dovecot_oauth2, token)] == [True, False]


def test_new_token_works_after_revocation_same_mailbox(dovecot_oauth2: DovecotServer) -> None:
    user, password = dovecot_oauth2.new_user("oa")
    dovecot_oauth2.deliver(user, password, MSG)  # by password: the same mailbox either way
    first = dovecot_oauth2.issue_token(user)
    _login(dovecot_oauth2, user, first).logout()
    dovecot_oauth2.revoke_token(first)
    with pytest.raises(LoginError):
        _login(dovecot_oauth2, user, first)
    second = dovecot_oauth2.issue_token(user, token=f"refreshed-{user}")
    assert second == f"refreshed-{user}"
    with _login(dovecot_oauth2, user, second) as c:
        assert c.folder_status("INBOX", [b"MESSAGES"]) == {b"MESSAGES": 1}
    with pytest.raises(LoginError):  # the old one stays dead
        _login(dovecot_oauth2, user, first)


def test_oauthbearer_and_tls(dovecot_oauth2: DovecotServer) -> None:
    user, _ = dovecot_oauth2.new_user("oa")
    token = dovecot_oauth2.issue_token(user)
    with dovecot_oauth2.oauth2_client(user, token, mech="OAUTHBEARER", tls=True) as c:
        c.noop()
    with dovecot_oauth2.oauth2_client(user, token) as c:  # XOAUTH2, plain port
        c.noop()
    assert [r.active for r in _checks(dovecot_oauth2, token)] == [True, True]


def test_password_logins_unchanged(dovecot_oauth2: DovecotServer) -> None:
    user, password = dovecot_oauth2.new_user("pw")
    with dovecot_oauth2.client(user, password) as c:
        assert c.folder_status("INBOX", [b"MESSAGES"]) == {b"MESSAGES": 0}
    name = f"oafile-{os.getpid()}"
    dovecot_oauth2.add_user(name, "file-pw")
    dovecot_oauth2.client(name, "file-pw", tls=True).logout()
    before = len(dovecot_oauth2.introspections)
    with pytest.raises(LoginError):
        dovecot_oauth2.client(user, "wrong")
    # A token is no password, and password logins never reach the token server.
    token = dovecot_oauth2.issue_token(user)
    with pytest.raises(LoginError):
        dovecot_oauth2.client(user, token)
    assert len(dovecot_oauth2.introspections) == before


def test_only_the_oauth2_server_offers_xoauth2(dovecot: DovecotServer, dovecot_oauth2: DovecotServer) -> None:
    with IMAPClient(dovecot_oauth2.host, dovecot_oauth2.port, ssl=False, timeout=10) as c:
        assert {b"AUTH=XOAUTH2", b"AUTH=OAUTHBEARER", b"AUTH=PLAIN"} <= set(c.capabilities())
    with IMAPClient(dovecot.host, dovecot.port, ssl=False, timeout=10) as c:
        caps = set(c.capabilities())
        assert b"AUTH=PLAIN" in caps and b"AUTH=XOAUTH2" not in caps
    with pytest.raises(RuntimeError, match="oauth2=True"):
        dovecot.issue_token("anyone")


def test_tokens_and_record_survive_restart(dovecot_oauth2: DovecotServer) -> None:
    user, _ = dovecot_oauth2.new_user("oa")
    token = dovecot_oauth2.issue_token(user)
    _login(dovecot_oauth2, user, token).logout()
    dovecot_oauth2.restart()  # the token table lives in the test, not in Dovecot
    with _login(dovecot_oauth2, user, token) as c:
        c.noop()
    assert [r.active for r in _checks(dovecot_oauth2, token)] == [True, True]
    assert all(r.user != "ready-probe" for r in dovecot_oauth2.introspections)
