"""`check`'s hints: no "run `rejection-watcher check`" inside check, one clear message for a
password written into the config file, and an implicit-TLS port with `security = "plain"` or
`"starttls"` named at once (it used to wait out the timeout and say "no answer")."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from clirun import PASSWORD_ENV, Account
from test_cli_promises import Cli
from watcher.checks import _without_check_advice
from watcher.config import parse_config
from watcher.errors import ConfigError

IDENTITY = {"name": "Sam Taylor", "email": "sam@example.org"}
IMAP = {"host": "imap.example.org", "username": "sam@example.org"}


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(home))
    monkeypatch.setenv(PASSWORD_ENV, "x-secret")
    return Cli(home, capsys)


def write_config(run: Cli, port: int, security: str) -> None:
    (run.home / "config.toml").write_text(
        f'[account]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\nusername = "sam"\n'
        f'password_env = "{PASSWORD_ENV}"\ntimeout_seconds = 30\n'
        '[identity]\nname = "Sam Taylor"\nemail = "sam@example.org"\n'
    )


# --- one message for a password in the file -----------------------------------------------------


@pytest.mark.parametrize(
    "source", [{}, {"password_env": "MAIL_PASSWORD"}], ids=["alone", "beside password_env"]
)
def test_a_password_in_the_config_file_is_one_clear_problem(source: dict[str, str]) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"account": {**IMAP, **source, "password": "hunter2"}, "identity": IDENTITY})
    message = str(info.value)
    assert "has 1 problem:" in message, message
    assert "`account.password` is not allowed: the password never goes in this file" in message
    assert "password_env" in message and "password_command" in message and "auth set" in message
    assert "did you mean" not in message and "hunter2" not in message


def test_a_password_in_an_accounts_table_is_one_clear_problem() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"accounts": [{**IMAP, "password": "hunter2"}], "identity": IDENTITY})
    assert "has 1 problem:" in str(info.value) and "`accounts[0].password` is not allowed" in str(info.value)


# --- no "run check" inside check -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (
            "login rejected for sam at imap.example.org — check the password (Gmail, Fastmail and iCloud "
            "need an app password); run `rejection-watcher check`",
            "login rejected for sam at imap.example.org — check the password (Gmail, Fastmail and iCloud "
            "need an app password)",
        ),
        (
            "OAuth2 login rejected for sam at imap.example.org — the access token was refused; check that "
            "your token helper is logged in, then run `rejection-watcher check`",
            "OAuth2 login rejected for sam at imap.example.org — the access token was refused; check that "
            "your token helper is logged in",
        ),
    ],
)
def test_check_leaves_out_the_advice_to_run_check(message: str, shown: str) -> None:
    assert _without_check_advice(message) == shown


@pytest.mark.dovecot
def test_a_refused_login_in_check_does_not_send_you_to_check(
    account: Account, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(account.home))
    monkeypatch.setenv(PASSWORD_ENV, "not-the-password")
    code, out, err = Cli(account.home, capsys)("check")
    assert code == 1, out + err
    [login] = [line for line in out.splitlines() if line.startswith("✗ login:")]
    assert "login rejected for" in login and "check the password" in login
    assert "rejection-watcher check" not in out


# --- an implicit-TLS port with plain or starttls ------------------------------------------------


class FakeServer:
    """A loopback server that is silent like an implicit-TLS port and answers a ClientHello with a
    TLS alert record, or greets like an IMAP server."""

    def __init__(self, greeting: bytes = b"") -> None:
        self.greeting = greeting
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(10)
                try:
                    if self.greeting:
                        conn.sendall(self.greeting)
                    data = conn.recv(4096)
                    if data[:1] == b"\x16":  # a TLS handshake record: answer "handshake failure"
                        conn.sendall(b"\x15\x03\x03\x00\x02\x02\x28")
                    time.sleep(0.2)
                except OSError:
                    pass

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def tls_port() -> Iterator[FakeServer]:
    server = FakeServer()
    yield server
    server.close()


@pytest.mark.parametrize("security", ["starttls", "plain"])
def test_check_names_an_implicit_tls_port_at_once(run: Cli, tls_port: FakeServer, security: str) -> None:
    write_config(run, tls_port.port, security)
    start = time.monotonic()
    code, out, err = run("check")
    took = time.monotonic() - start
    assert code == 1, out + err
    assert f"✗ server: 127.0.0.1:{tls_port.port} expects TLS from the first byte" in out
    assert 'set security = "ssl"' in out
    assert took < 10, f"{took:.1f} s: the probe should not wait for the 30 s timeout"


def test_a_greeting_server_is_left_to_the_real_connection(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import watcher.imap

    server = FakeServer(greeting=b"* OK IMAP ready\r\n")
    try:
        write_config(run, server.port, "starttls")
        reached: list[int] = []

        def connect(account: object) -> object:
            reached.append(account.effective_port)  # type: ignore[attr-defined]
            raise watcher.imap.ConnectError("stopped here by the test")

        monkeypatch.setattr(watcher.imap, "open_connection", connect)
        code, out, _ = run("check")
    finally:
        server.close()
    assert reached == [server.port]
    assert "✗ server: stopped here by the test" in out


@pytest.mark.dovecot
def test_check_names_dovecots_tls_port_with_plain(
    account: Account, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(account.home))
    monkeypatch.setenv(PASSWORD_ENV, account.password)
    account.write_config(security="plain", ca_file=None, timeout_seconds=30)
    start = time.monotonic()
    code, out, err = Cli(account.home, capsys)("check")
    assert code == 1, out + err
    assert "expects TLS from the first byte" in out and 'set security = "ssl"' in out
    assert time.monotonic() - start < 15


# --- routine success at DEBUG ------------------------------------------------------------------


def test_a_routine_login_is_logged_at_debug_not_info(caplog: pytest.LogCaptureFixture) -> None:
    """A poll every 5 minutes logged ~288 `logged in to` lines a day at INFO."""
    from watcher.credentials import Credentials
    from watcher.imap import ImapMailbox

    class Client:
        def login(self, _user: str, _password: str) -> None: ...

        def capabilities(self) -> tuple[bytes, ...]:
            return (b"IMAP4rev1",)

    account = parse_config({"account": {**IMAP, "password_env": "PW"}, "identity": IDENTITY}).account
    with caplog.at_level("DEBUG", logger="watcher"):
        ImapMailbox.login(Client(), account, Credentials("sam@example.org", "pw"))  # type: ignore[arg-type]
    [record] = [r for r in caplog.records if "logged in to" in r.getMessage()]
    assert record.levelname == "DEBUG"
