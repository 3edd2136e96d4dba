"""Logging in with what users really have as passwords, on a real Dovecot.

imaplib's LOGIN can only send ASCII: a password with "ä" raised UnicodeEncodeError, a traceback
in `check` and on every retry of the daemon. AUTHENTICATE PLAIN carries UTF-8 (RFC 4616).
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from dovecot import DovecotServer
from watcher.config import AccountConfig
from watcher.credentials import Credentials
from watcher.errors import AuthError
from watcher.imap import ImapMailbox

pytestmark = pytest.mark.dovecot


def _account(server: DovecotServer, user: str) -> AccountConfig:
    return AccountConfig(
        host=server.host, port=server.ssl_port, security="ssl", ca_file=Path(server.ca_file), username=user
    )


@pytest.mark.parametrize("password", ["pässwörd", "пароль-секрет", "密码🔑x", 'quote"back\\slash'])
def test_a_password_with_any_characters_logs_in(dovecot: DovecotServer, password: str) -> None:
    user = f"utf8-{secrets.token_hex(4)}"
    dovecot.add_user(user, password)
    mailbox = ImapMailbox.connect(_account(dovecot, user), Credentials(user, password))
    try:
        assert mailbox.drafts_folder() == "Drafts"
    finally:
        mailbox.close()


def test_a_wrong_non_ascii_password_is_a_login_error(dovecot: DovecotServer) -> None:
    user = f"utf8-{secrets.token_hex(4)}"
    dovecot.add_user(user, "pässwörd")
    with pytest.raises(AuthError, match="login rejected"):
        ImapMailbox.connect(_account(dovecot, user), Credentials(user, "passwört"))
