"""What the command line promises whatever state it finds: one `error:` line instead of a
traceback, private files, no secret echoed, nothing from a mail that can steer the terminal or a
spreadsheet, and quiet exits into a closed pipe.

Most tests run `watcher.cli.main` in-process on a REJECTION_WATCHER_HOME holding the demo
Maildir; the ones about a closed pipe need a real process and use a subprocess.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from clirun import PASSWORD_ENV, Account
from watcher import cli, logsetup
from watcher.config import parse_config
from watcher.credentials import CredentialError, get_password
from watcher.demo import build_demo_maildir
from watcher.errors import AuthError, ConfigError, MailboxError, StateError
from watcher.lock import InstanceLock
from watcher.state import FolderState, FollowupSpec, Ledger, MessageRecord
from watcher.textsafe import csv_cell, for_terminal

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "messages" / "05-sorrel-finch-lever-after-interview-qp.eml"


# --- helpers ----------------------------------------------------------------------------------


class Cli:
    """`rejection-watcher ARGS` in-process; returns (exit code, stdout, stderr)."""

    def __init__(self, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.home, self.capsys = home, capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = cli.main(list(argv))
        finally:
            for handler in logging.getLogger().handlers[:]:  # main() installs handlers per call
                logging.getLogger().removeHandler(handler)
                handler.close()
        out = self.capsys.readouterr()
        return code, out.out, out.err

    @property
    def state_db(self) -> Path:
        return self.home / "state" / "state.sqlite3"

    def config(self, extra_account: str = "", extra: str = "") -> Path:
        path = self.home / "config.toml"
        path.write_text(
            f'[account]\nmaildir = "{self.home / "Maildir"}"\n{extra_account}\n'
            '[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n' + extra
        )
        return path


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A home with the demo Maildir and a config watching it; nothing processed yet."""
    home = tmp_path / "home"
    home.mkdir()
    build_demo_maildir(home)
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(home))
    runner = Cli(home, capsys)
    runner.config()
    return runner


@pytest.fixture
def processed(run: Cli) -> Cli:
    """The same home after one real pass: two drafts, two follow-ups, five messages."""
    code, out, err = run("once", "--since", "2000-01-01")
    assert code == 0, out + err
    assert "2 rejection(s) drafted" in out
    return run


def assert_one_error_line(err: str, *fragments: str) -> None:
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, err)


def unsafe_characters(text: str) -> list[str]:
    """Characters that can move the cursor, recolour, retitle or reorder a terminal's text."""
    return [
        c
        for c in text
        if c not in "\t\n"
        and (unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp"))
        and c not in "\u200c\u200d"
    ]


HOSTILE = "Acme\u202egnp.exe\u2066 \x1b[2J\x1b]0;owned\x07\x9b31m\u200b\r\x00end"


# --- 1. a damaged state database ---------------------------------------------------------------


def _garbage_over_a_table(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    start = 3 * page  # page 4: the messages table (page 1 is the header and schema)
    data[start : start + page] = b"\xde\xad\xbe\xef" * (page // 4)
    path.write_bytes(bytes(data))


def _truncated_mid_file(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2 + 123)


def _garbage_from_the_start(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


@pytest.mark.parametrize("damage", [_garbage_over_a_table, _truncated_mid_file, _garbage_from_the_start])
@pytest.mark.parametrize(
    "argv", [("once",), ("history",), ("history", "--csv"), ("status",), ("followups",)], ids=" ".join
)
def test_a_damaged_state_database_is_one_error_line_for_every_command(
    processed: Cli, damage: object, argv: tuple[str, ...]
) -> None:
    assert not Path(f"{processed.state_db}-wal").exists()  # everything is in the main file
    damage(processed.state_db)  # type: ignore[operator]
    code, out, err = processed(*argv)
    assert code == StateError.exit_code, out + err
    assert_one_error_line(
        err, f"the state database {processed.state_db} is damaged (", "move it aside", "mv "
    )


def test_ledger_notices_its_file_was_deleted(tmp_path: Path) -> None:
    path = tmp_path / "state" / "state.sqlite3"
    ledger = Ledger.open(path)
    try:
        ledger.ensure_file_unchanged()  # nothing happened: no error
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        with pytest.raises(StateError, match="was deleted or replaced while running; restart"):
            ledger.ensure_file_unchanged()
    finally:
        ledger.close()


def test_ledger_notices_its_file_was_replaced(tmp_path: Path) -> None:
    path = tmp_path / "state" / "state.sqlite3"
    ledger = Ledger.open(path)
    try:
        Ledger.open(tmp_path / "other.sqlite3").close()
        os.replace(tmp_path / "other.sqlite3", path)  # a restored backup, say
        with pytest.raises(StateError) as info:
            ledger.ensure_file_unchanged()
        assert str(path) in str(info.value) and "restart" in str(info.value)
    finally:
        ledger.close()


def test_an_in_memory_ledger_has_no_file_to_lose() -> None:
    ledger = Ledger.open(None)
    ledger.ensure_file_unchanged()
    ledger.close()


# --- 3. private files -------------------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common default umask: files 0644 and directories 0755 unless we say otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_state_directory_database_and_lock_are_private(run: Cli, open_umask: None) -> None:
    code, out, err = run("once", "--since", "2000-01-01")
    assert code == 0, out + err
    state = run.home / "state"
    assert mode(state) == 0o700
    assert mode(run.state_db) == 0o600
    ledger = Ledger.open(run.state_db)  # while open, WAL and shared-memory files exist
    try:
        ledger.set_watch_status("a", "INBOX", connected=True)
        for suffix in ("-wal", "-shm"):
            assert mode(Path(f"{run.state_db}{suffix}")) == 0o600, suffix
    finally:
        ledger.close()
    with InstanceLock(state):
        assert mode(state / "daemon.lock") == 0o600


def test_a_too_open_state_directory_and_database_are_tightened(run: Cli, open_umask: None) -> None:
    state = run.home / "state"
    state.mkdir(mode=0o755)
    Ledger.open(run.state_db).close()
    os.chmod(state, 0o755)
    os.chmod(run.state_db, 0o644)
    journal = Path(f"{run.state_db}-journal")
    journal.write_bytes(b"")
    os.chmod(journal, 0o644)
    code, out, err = run("history")
    assert code == 0, out + err
    assert (mode(state), mode(run.state_db), mode(journal)) == (0o700, 0o600, 0o600)


def test_log_files_are_private_including_rotated_ones(tmp_path: Path, open_umask: None) -> None:
    log_file = tmp_path / "logs" / "rw.log"
    config = parse_config(
        {
            "account": {"maildir": str(tmp_path / "Maildir")},
            "identity": {"name": "Sam", "email": "sam@example.org"},
            "logging": {"file": str(log_file)},
        }
    )
    root = logging.getLogger()
    before = root.handlers[:]
    try:
        logsetup.setup_file_logging(config)
        handler = next(h for h in root.handlers if h not in before)
        logging.getLogger("watcher.test").warning("a line")
        assert mode(log_file) == 0o600
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("watcher.test").warning("another line")
        assert mode(log_file) == 0o600 and mode(Path(f"{log_file}.1")) == 0o600
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


def test_an_existing_too_open_log_file_is_tightened(tmp_path: Path, open_umask: None) -> None:
    log_file = tmp_path / "rw.log"
    log_file.write_text("old line\n")
    Path(f"{log_file}.1").write_text("older line\n")
    os.chmod(log_file, 0o644)
    os.chmod(f"{log_file}.1", 0o644)
    config = parse_config(
        {
            "account": {"maildir": str(tmp_path / "Maildir")},
            "identity": {"name": "Sam", "email": "sam@example.org"},
            "logging": {"file": str(log_file)},
        }
    )
    root = logging.getLogger()
    before = root.handlers[:]
    try:
        logsetup.setup_file_logging(config)
        assert mode(log_file) == 0o600 and mode(Path(f"{log_file}.1")) == 0o600
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


# --- 4. a password typed where a variable name belongs ----------------------------------------

IMAP = {"host": "imap.example.com", "username": "jane@example.com"}
IDENTITY = {"name": "Jane Doe", "email": "jane@example.com"}


@pytest.mark.parametrize("typed", ["pw-jane", "pässwörd", "hunter 2", "1secret", "pw=jane"])
def test_a_password_typed_into_password_env_is_rejected_without_echo(typed: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"account": {**IMAP, "password_env": typed}, "identity": IDENTITY})
    message = str(info.value)
    assert typed not in message
    assert "`account.password_env` must be the name of an environment variable" in message


@pytest.mark.parametrize(
    "key, value",
    [("password_env", 12345678), ("password_command", 12345678), ("password_keyring", "pw-jane")],
)
def test_a_wrongly_typed_secret_key_is_not_echoed(key: str, value: object) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"account": {**IMAP, key: value}, "identity": IDENTITY})
    assert str(value) not in str(info.value)
    assert f"`account.{key}`" in str(info.value)


def test_check_and_once_never_print_a_password_from_password_env(run: Cli) -> None:
    run.config(extra_account='password_env = "pw-jane"')
    path = run.home / "config.toml"
    path.write_text(path.read_text().replace("maildir =", 'host = "imap.example.com"\nusername = "jane"\n#'))
    for argv in (("check",), ("once",)):
        code, out, err = run(*argv)
        assert code != 0
        assert "pw-jane" not in out + err
        assert "must be the name of an environment variable" in out + err


def test_a_failing_password_command_does_not_echo_its_output(tmp_path: Path) -> None:
    script = tmp_path / "leaky"
    script.write_text("#!/bin/sh\necho 'S3cret-on-stdout'\necho 'S3cret-on-stderr' >&2\nexit 1\n")
    script.chmod(0o700)
    config = parse_config({"account": {**IMAP, "password_command": str(script)}, "identity": IDENTITY})
    with pytest.raises(CredentialError) as info:
        get_password(config.account)
    assert "S3cret" not in str(info.value)
    assert "exit code 1" in str(info.value)


def test_a_password_typed_as_password_command_is_not_echoed() -> None:
    config = parse_config({"account": {**IMAP, "password_command": "pw-jane"}, "identity": IDENTITY})
    with pytest.raises(ConfigError) as info:
        get_password(config.account)
    assert "pw-jane" not in str(info.value) and "not found" in str(info.value)


def test_an_unset_variable_whose_name_looks_like_a_password_is_not_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("hunter2", raising=False)
    monkeypatch.delenv("MAIL_PASSWORD", raising=False)
    hunter = parse_config({"account": {**IMAP, "password_env": "hunter2"}, "identity": IDENTITY})
    with pytest.raises(ConfigError) as info:
        get_password(hunter.account)
    assert "hunter2" not in str(info.value) and "`password_env`" in str(info.value)
    usual = parse_config({"account": {**IMAP, "password_env": "MAIL_PASSWORD"}, "identity": IDENTITY})
    with pytest.raises(ConfigError, match="environment variable MAIL_PASSWORD is not set"):
        get_password(usual.account)


# --- 5. `check` reports every failure as a ✗ line ---------------------------------------------


@pytest.mark.dovecot
def test_check_with_a_non_ascii_password_prints_a_cross_not_a_traceback(
    account: Account, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(account.home))
    monkeypatch.setenv(PASSWORD_ENV, "pässwörd")
    code, out, err = Cli(account.home, capsys)("check")
    assert code == 1, out + err
    assert "Traceback" not in out + err
    assert "✓ server:" in out
    assert "\n✗ login: " in out
    assert "pässwörd" not in out + err and "\\xe4" not in out + err


def test_a_login_that_raises_unicode_errors_is_a_cross_without_the_password(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What imaplib did with a non-ASCII password before LOGIN learnt UTF-8: the check goes on."""
    import watcher.imap

    _plain_remote(run, host="127.0.0.1")
    monkeypatch.setenv(PASSWORD_ENV, "pässwörd")
    monkeypatch.setattr(watcher.imap, "open_connection", lambda account: object())

    def ascii_only(*_a: object, **_k: object) -> None:
        "pässwörd".encode("ascii")

    monkeypatch.setattr(watcher.imap.ImapMailbox, "login", ascii_only)
    code, out, err = run("check")
    assert code == 1 and "Traceback" not in out + err
    assert "✗ login: UnicodeEncodeError" in out and "✓ model:" in out
    assert "pässwörd" not in out + err and "\\xe4" not in out + err and "position" not in out


def test_an_unexpected_error_in_a_check_step_is_a_cross_line(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import watcher.checks

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("the classifier fell over")

    monkeypatch.setattr(watcher.checks.Classifier, "from_file", boom)
    code, out, err = run("check")
    assert code == 1 and "Traceback" not in out + err
    assert "✗ model: RuntimeError: the classifier fell over" in out
    assert "✓ templates:" in out  # the steps after it still ran


def test_ctrl_c_during_check_still_interrupts(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import watcher.checks

    def interrupted(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(watcher.checks.Classifier, "from_file", interrupted)
    code, out, _err = run("check")
    assert code == 130 and "✗ model" not in out and "templates" not in out


@pytest.mark.parametrize(
    "expression, error",
    [("{{ 1/0 }}", "ZeroDivisionError"), ("{{ range(10**9)|list }}", "OverflowError")],
)
def test_a_template_that_raises_is_a_cross_in_check(run: Cli, expression: str, error: str) -> None:
    templates = run.home / "templates"
    templates.mkdir()
    (templates / "reply.en.txt.j2").write_text(f"Re: thanks\n\nHello,\n{expression}\n")
    code, out, err = run("check")
    assert code == 1 and "Traceback" not in out + err
    assert f"✗ templates: {error}" in out


# --- 6. a configured drafts folder must exist -------------------------------------------------


def test_check_rejects_a_drafts_folder_that_does_not_exist_in_a_maildir(run: Cli) -> None:
    run.config(extra_account='drafts_folder = "Entwurf"')
    code, out, _err = run("check")
    assert code == 1
    assert '✗ drafts folder: there is no folder "Entwurf"' in out
    assert 'drafts_folder = "Drafts"' in out


@pytest.mark.dovecot
def test_check_rejects_a_drafts_folder_that_is_not_on_the_server(
    account: Account, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    account.write_config(drafts_folder="Entwurf")
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(account.home))
    monkeypatch.setenv(PASSWORD_ENV, account.password)
    code, out, err = Cli(account.home, capsys)("check")
    assert code == 1, out + err
    assert '✗ drafts folder: there is no folder "Entwurf"' in out
    assert 'the folder marked \\Drafts is "Drafts"' in out
    account.write_config(drafts_folder="Drafts")
    code, out, err = Cli(account.home, capsys)("check")
    assert code == 0 and "✓ drafts folder: Drafts" in out, out + err


# --- 7. plain IMAP to another host ------------------------------------------------------------


def _plain_remote(run: Cli, host: str = "mail.example.net") -> None:
    path = run.home / "config.toml"
    path.write_text(
        f'[account]\nhost = "{host}"\nsecurity = "plain"\nallow_insecure = true\n'
        f'username = "sam"\npassword_env = "{PASSWORD_ENV}"\n'
        '[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n'
    )


def test_check_tells_the_truth_about_plain_imap_to_another_host(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import watcher.imap

    _plain_remote(run)
    monkeypatch.setenv(PASSWORD_ENV, "x-secret")
    monkeypatch.setattr(watcher.imap, "open_connection", lambda account: object())

    def refuse(*_a: object, **_k: object) -> None:
        raise AuthError("login rejected (test)")

    monkeypatch.setattr(watcher.imap.ImapMailbox, "login", refuse)
    code, out, _err = run("check")
    assert "loopback only" not in out
    assert "✓ server: mail.example.net:143 (plain, UNENCRYPTED" in out
    assert "⚠ security: your password crosses the network to mail.example.net in clear" in out


def test_check_still_calls_plain_imap_on_loopback_loopback_only(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import watcher.imap

    _plain_remote(run, host="127.0.0.1")
    monkeypatch.setenv(PASSWORD_ENV, "x-secret")
    monkeypatch.setattr(watcher.imap, "open_connection", lambda account: object())
    monkeypatch.setattr(
        watcher.imap.ImapMailbox, "login", lambda *a, **k: (_ for _ in ()).throw(AuthError("no"))
    )
    _code, out, _err = run("check")
    assert "(plain, unencrypted, loopback only)" in out and "⚠" not in out


def test_once_and_run_warn_at_every_start_that_the_password_is_sent_in_clear(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import watcher.app
    import watcher.daemon

    _plain_remote(run)
    monkeypatch.setenv(PASSWORD_ENV, "x-secret")

    def no_network(*_a: object, **_k: object) -> None:
        raise MailboxError("no network in this test")

    monkeypatch.setattr(watcher.app, "open_mailbox", no_network)
    monkeypatch.setattr(watcher.daemon, "run_daemon", lambda *a, **k: 0)
    expected = 'WARNING watcher: sam@mail.example.net: security = "plain" sends your password to mail.example.net in clear'
    for argv in (("once",), ("run",), ("once", "--dry-run")):
        _code, _out, err = run(*argv)
        assert expected in err, (argv, err)


def test_the_config_knows_which_accounts_send_the_password_in_clear() -> None:
    def account(**kw: object) -> object:
        return parse_config({"account": {**IMAP, "password_env": "PW", **kw}, "identity": IDENTITY}).account

    assert account(security="plain", allow_insecure=True).password_in_clear  # type: ignore[attr-defined]
    assert not account(security="plain", host="localhost").password_in_clear  # type: ignore[attr-defined]
    assert not account(security="starttls").password_in_clear  # type: ignore[attr-defined]


# --- 8. paths the user gives ------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (("draft", "{missing}/x.eml"), "cannot read {missing}/x.eml: No such file or directory"),
        (("draft", "{tmp}"), "cannot read {tmp}: Is a directory"),
        (
            ("train", "--report", "{missing}/r.html"),
            "cannot write the report to {missing}/r.html: there is no",
        ),
        (("train", "--report", "{tmp}"), "cannot write the report to {tmp}: it is a directory"),
        (("train", "--output", "{tmp}"), "cannot write the model to {tmp}: it is a directory"),
        (("train", "--corpus", "{missing}"), "no corpus directory at {missing}"),
        (("train", "--add", "rejection={missing}", "--no-base"), "{missing}"),
        (("service", "install", "--print", "--config", "{missing}.toml"), "no config file at {missing}.toml"),
        (("once", "--config", "{missing}.toml"), "no config file at {missing}.toml"),
        (("classify", "--model", "{missing}.skops", str(SAMPLE)), "no model file at {missing}.skops"),
        (("model", "info", "--model", "{missing}.skops"), "no model file at {missing}.skops"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else "",
)
def test_a_bad_path_is_one_error_line(run: Cli, tmp_path: Path, argv: tuple[str, ...], fragment: str) -> None:
    """Paths under tmp_path: a test must never create /nonexistent when it runs as root."""
    where = {"missing": str(tmp_path / "missing" / "dir"), "tmp": str(tmp_path)}
    code, out, err = run(*(a.format(**where) for a in argv))
    assert code != 0
    assert_one_error_line(err, fragment.format(**where))
    assert not (tmp_path / "missing").exists()


def test_classify_reports_each_missing_path_and_classifies_the_rest(run: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.eml"
    code, out, err = run("classify", str(missing), str(SAMPLE))
    assert code == 1
    assert_one_error_line(err, str(missing))
    assert "rejection" in out


# --- 9. a closed pipe --------------------------------------------------------------------------


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REJECTION_WATCHER")}
    env["REJECTION_WATCHER_HOME"] = str(home)
    return env


def _into_a_closed_pipe(home: Path, *argv: str) -> tuple[int, str]:
    """Like `rejection-watcher ARGS | head -1` when head has already exited: nobody reads."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "watcher", *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(home),
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    return proc.returncode, proc.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv",
    [
        ("model", "info"),
        ("draft", str(SAMPLE)),
        ("history",),
        ("history", "--csv"),
        ("status",),
        ("followups",),
        ("classify", str(SAMPLE)),
        ("classify", "--json", str(SAMPLE)),
        ("paths",),
    ],
    ids=" ".join,
)
def test_writing_into_a_closed_pipe_exits_quietly_like_sigpipe(processed: Cli, argv: tuple[str, ...]) -> None:
    code, err = _into_a_closed_pipe(processed.home, *argv)
    assert err == "" and code == 141, (code, err)


def _many_rejections(path: Path, n: int) -> None:
    ledger = Ledger.open(path)
    now = datetime.now(UTC)
    records = [
        MessageRecord(
            uid=i,
            message_key=f"<r{i}@example.com>",
            subject=f"Your application {i}",
            sender="Recruiter <r@example.com>",
            received_at=now,
            label="rejection",
            score=0.9,
            decision="skip",
            reason="a test row",
            company=f"Company {i}",
            role="Designer",
            stage="after_interview",
        )
        for i in range(n)
    ]
    ledger.record_batch("a", "INBOX", 1, records, FolderState(1, n, now))
    ledger.close()


@pytest.mark.slow
@pytest.mark.parametrize("argv", [("history",), ("history", "--csv")], ids=" ".join)
def test_history_piped_into_head_stops_quietly(processed: Cli, argv: tuple[str, ...]) -> None:
    _many_rejections(processed.state_db, 3000)  # far more than a pipe buffer holds
    shell = subprocess.run(
        [
            "bash",
            "-c",
            f'{sys.executable} -m watcher {" ".join(argv)} | head -1; echo "rc=${{PIPESTATUS[0]}}"',
        ],
        capture_output=True,
        text=True,
        env=_env(processed.home),
        timeout=120,
        check=False,
    )
    first, rc = shell.stdout.splitlines()
    assert first.startswith("id")
    assert rc == "rc=141" and shell.stderr == "", shell.stderr


# --- 10. nothing from a mail steers the terminal or a spreadsheet ------------------------------


def test_for_terminal_makes_control_and_format_characters_visible() -> None:
    shown = for_terminal(HOSTILE + "\tok\nnext line 👩\u200d💻 نیم\u200cفاصله")
    assert unsafe_characters(shown) == []
    assert "\\u202e" in shown and "\\x1b" in shown and "\\x9b" in shown and "\\r" in shown
    assert "\tok\nnext line 👩\u200d💻 نیم\u200cفاصله" in shown  # tabs, newlines, joiners stay
    assert for_terminal("plain text, déjà vu") == "plain text, déjà vu"


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(cell: str) -> None:
    assert csv_cell(cell) == "'" + cell
    assert csv_cell("Acme 2024") == "Acme 2024" and csv_cell("") == ""


def _hostile_ledger(path: Path) -> None:
    ledger = Ledger.open(path)
    now = datetime.now(UTC)
    record = MessageRecord(
        uid=1,
        message_key="<hostile@example.com>",
        subject='=HYPERLINK("http://evil.example","click") ' + HOSTILE,
        sender="-2+3 " + HOSTILE + " <x@example.com>",
        received_at=now,
        label="rejection",
        score=0.9,
        decision="draft",
        reason="drafted",
        draft_message_id="<d@example.com>",
        company="@SUM(A1) " + HOSTILE,
        role="+cmd " + HOSTILE,
        stage="after_interview",
        followup=FollowupSpec(
            now + timedelta(days=1), {"company": HOSTILE, "role": HOSTILE, "to_address": HOSTILE}
        ),
    )
    ledger.record_batch("acct" + HOSTILE, "INBOX" + HOSTILE, 1, [record], FolderState(1, 1, now))
    ledger.set_watch_status(
        "acct" + HOSTILE, "INBOX" + HOSTILE, connected=False, error="server said " + HOSTILE
    )
    ledger.close()


@pytest.mark.parametrize("argv", [("history",), ("status",), ("followups",)], ids=" ".join)
def test_ledger_text_is_made_safe_for_the_terminal(run: Cli, argv: tuple[str, ...]) -> None:
    _hostile_ledger(run.state_db)
    code, out, err = run(*argv)
    assert code == 0, err
    assert "Acme" in out and unsafe_characters(out + err) == []


def test_history_csv_neutralises_formulas_and_control_characters(run: Cli) -> None:
    _hostile_ledger(run.state_db)
    code, out, _err = run("history", "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 2
    for cell in rows[1]:
        assert not cell or cell[0] not in "=+-@\t\r", cell
    assert rows[1][2].startswith("'@SUM(A1)") and rows[1][7].startswith("'=HYPERLINK")
    assert unsafe_characters(out.replace("\r\n", "\n")) == []


def _hostile_eml(tmp_path: Path) -> Path:
    msg = EmailMessage()
    msg["From"] = "Maya\u202e Lindqvist\u2066 <maya@acme.example>"
    msg["To"] = "sam.taylor@example.org"
    msg["Subject"] = "Your application\u202egnp.exe\u2069 \u200bat Acme"
    msg["Message-ID"] = "<hostile-1@acme.example>"
    msg["Date"] = "Mon, 01 Dec 2025 10:00:00 +0000"
    msg.set_content(
        "Dear Sam,\n\nThank you for interviewing with Acme\u202e Corp. Unfortunately we decided to move "
        "forward with another candidate \x1b]0;owned\x07 for the Product Designer\u2066 role.\n\nBest,\n"
        "Maya Lindqvist\nAcme\n"
    )
    path = tmp_path / "hostile\u202e.eml"
    path.write_bytes(bytes(msg))
    return path


@pytest.mark.parametrize("argv", [("draft",), ("classify",), ("classify", "--explain")], ids=" ".join)
def test_mail_text_is_made_safe_for_the_terminal(run: Cli, tmp_path: Path, argv: tuple[str, ...]) -> None:
    eml = _hostile_eml(tmp_path)
    code, out, err = run(*argv, str(eml))
    assert code == 0, err
    assert "\\u202e" in out and unsafe_characters(out + err) == []


def test_once_output_is_made_safe_for_the_terminal(run: Cli, tmp_path: Path) -> None:
    eml = _hostile_eml(tmp_path)
    shutil.copy(eml, run.home / "Maildir" / "new" / "1764583200.hostile.host")
    code, out, err = run("once", "--since", "2000-01-01", "--dry-run")
    assert code == 0, err
    assert unsafe_characters(out + err) == []


def test_error_lines_are_made_safe_for_the_terminal(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """Error text can quote a server or a mail (a folder name, a refusal): one filter for all."""

    def hostile(self: Ledger, followup_id: int) -> None:
        raise StateError("server said " + HOSTILE)

    monkeypatch.setattr(Ledger, "cancel_followup", hostile)
    code, _out, err = run("followups", "cancel", "7")
    assert code == StateError.exit_code and "server said Acme" in err
    assert unsafe_characters(err) == []


def test_the_training_report_shows_mail_text_safely() -> None:
    from watcher.training import Example
    from watcher.training.report import _worst_row

    row = _worst_row(Example("t", "rejection", "g", "box#1\u202e", "d", subject="<b>" + HOSTILE), 0.4)
    assert "&lt;b&gt;" in row and "\\u202e" in row and unsafe_characters(row) == []


# --- 11. errors a daemon cannot heal by retrying ----------------------------------------------


def test_credential_problems_that_need_a_config_change_are_config_errors(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("RW_NOT_SET", raising=False)

    def account(**kw: object) -> object:
        return parse_config({"account": {**IMAP, **kw}, "identity": IDENTITY}).account

    fatal = [
        account(password_env="RW_NOT_SET"),
        account(password_command="/nonexistent/pass show mail"),
        account(password_command=str(tmp_path)),  # not executable
        account(password_command="'unbalanced"),
    ]
    for acct in fatal:
        with pytest.raises(ConfigError) as info:
            get_password(acct)  # type: ignore[arg-type]
        assert isinstance(info.value, CredentialError) and info.value.exit_code == 3
    transient = account(password_command=f"{sys.executable} -c 'import sys; sys.exit(1)'")
    with pytest.raises(CredentialError) as info:
        get_password(transient)  # type: ignore[arg-type]
    assert not isinstance(info.value, ConfigError)  # a locked agent may unlock: retry
