"""XOAUTH2 against a real Dovecot whose tokens the test issues and revokes: the token comes from
`oauth2_token_command`, a refused token is one clear line, and a reconnect fetches a fresh one."""

from __future__ import annotations

from pathlib import Path

import pytest

from clirun import Account, cli
from mailgen import rejection
from test_daemon_e2e import drafts, start, stop, wait_for

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


@pytest.fixture
def account(tmp_path: Path, dovecot_oauth2) -> Account:  # type: ignore[no-untyped-def]
    user, password = dovecot_oauth2.new_user("oauth")
    acct = Account(tmp_path / "home", user, password, dovecot_oauth2)
    acct.home.mkdir()
    token_file = tmp_path / "token"
    token_file.write_text(dovecot_oauth2.issue_token(user) + "\n")
    acct.write_config(password_env=None, oauth2_token_command=f"cat {token_file}")
    return acct


def test_once_logs_in_with_the_token_from_the_helper(account: Account) -> None:
    first = cli("once", env=account.env)
    assert first.returncode == 0, first.stderr
    assert "first run" in first.stdout
    checks = account.server.introspections  # type: ignore[attr-defined]
    assert checks and checks[-1].user == account.user and checks[-1].active


def test_a_revoked_token_is_one_clear_line(account: Account, tmp_path: Path) -> None:
    token = (tmp_path / "token").read_text().strip()
    account.server.revoke_token(token)  # type: ignore[attr-defined]
    result = cli("once", env=account.env)
    assert result.returncode == 5 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        f"error: OAuth2 login rejected for {account.user} at 127.0.0.1 — the access token"
    )
    assert token not in result.stderr + result.stdout


def test_daemon_fetches_a_fresh_token_when_the_old_one_is_dead(account: Account, tmp_path: Path) -> None:
    """Tokens expire mid-session: the server drops us, the reconnect runs the helper again."""
    log = tmp_path / "d.log"
    old = (tmp_path / "token").read_text().strip()
    proc = start(account, log)
    try:
        wait_for(
            lambda: "first run" in log.read_text() and "with IDLE" in log.read_text(),
            30,
            "the first pass",
            log,
        )
        account.server.revoke_token(old)  # type: ignore[attr-defined]
        new = account.server.issue_token(account.user)  # type: ignore[attr-defined]
        (tmp_path / "token").write_text(new + "\n")  # what a helper like pizauth does on refresh
        assert account.server.kick(account.user)  # type: ignore[attr-defined]
        account.server.deliver(account.user, account.password, rejection())  # type: ignore[attr-defined]
        wait_for(lambda: len(drafts(account)) == 1, 30, "a draft made after the token refresh", log)
    finally:
        assert stop(proc) == 0
    text = log.read_text()
    assert old not in text and new not in text
    assert "Traceback" not in text
