"""`--account NAME`: defined on every command that works on accounts, as the README, `--help` and
the error messages promise (it used to be named everywhere and defined nowhere)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from test_cli_promises import Cli
from watcher import cli, credentials
from watcher.demo import build_demo_maildir

TWO_IMAP_ACCOUNTS = """
[[accounts]]
name = "work"
host = "imap.work.example"
username = "sam@work.example"
password_keyring = true

[[accounts]]
name = "home"
host = "imap.home.example"
username = "sam@home.example"
password_keyring = true

[identity]
name = "Sam Taylor"
email = "sam@home.example"
"""


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(home))
    return Cli(home, capsys)


def two_maildir_accounts(home: Path) -> None:
    for name in ("a", "b"):
        (home / name).mkdir()
        build_demo_maildir(home / name)
    (home / "config.toml").write_text(
        "".join(f'[[accounts]]\nname = "{n}"\nmaildir = "{home / n / "Maildir"}"\n\n' for n in ("a", "b"))
        + '[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n'
    )


#: The arguments a command needs besides --account.
REQUIRED_ARGUMENTS = {"auth": ["set"], "report": ["search.html"]}


@pytest.mark.parametrize("command", sorted(cli.ACCOUNT_COMMANDS))
def test_every_account_command_accepts_account(command: str) -> None:
    argv = [command, *REQUIRED_ARGUMENTS.get(command, []), "--account", "work"]
    args = cli.build_parser().parse_args(argv)
    assert args.account == "work"


def test_once_with_account_runs_only_that_account(run: Cli) -> None:
    two_maildir_accounts(run.home)
    code, out, err = run("once", "--account", "b", "--since", "2000-01-01")
    assert code == 0, err
    assert "== b" in out and "== a" not in out
    assert "2 rejection(s) drafted" in out


def test_history_status_and_followups_with_account_show_only_that_account(run: Cli) -> None:
    two_maildir_accounts(run.home)
    assert run("once", "--since", "2000-01-01")[0] == 0
    for argv in (("history", "--csv"), ("status",), ("followups",)):
        code, both, _ = run(*argv)
        code_b, only_b, err = run(*argv, "--account", "b")
        assert code == code_b == 0, err
        assert len(only_b.splitlines()) < len(both.splitlines()), argv
    _, status, _ = run("status", "--account", "b")
    assert "b / INBOX" in status and "a / INBOX" not in status


def test_an_unknown_account_is_one_error_line_naming_the_accounts(run: Cli) -> None:
    two_maildir_accounts(run.home)
    code, out, err = run("once", "--account", "c")
    assert code == 3
    assert err.strip() == "error: no account named 'c' in the config (accounts: a, b)"


def test_auth_set_with_two_accounts_asks_for_account_and_then_accepts_it(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old dead end: "say which with --account NAME", then `unrecognized arguments: --account`."""
    (run.home / "config.toml").write_text(TWO_IMAP_ACCOUNTS)
    stored: list[tuple[str, str]] = []
    monkeypatch.setattr(credentials, "store_in_keyring", lambda account, pw: stored.append((account.key, pw)))
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    code, _, err = run("auth", "set")
    assert code == 2 and "say which with --account NAME" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    code, out, err = run("auth", "set", "--account", "home")
    assert code == 0, err
    assert stored == [("home", "s3cret")]
    assert "stored in the system keyring for home" in out


def test_once_goes_on_after_an_account_that_cannot_open(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """`app.run_once` reports a mailbox that will not open as that account's error; the others
    still run, and the exit code is the failed account's."""
    from watcher import app
    from watcher.config import AccountConfig
    from watcher.errors import MailboxError
    from watcher.mailbox import Mailbox
    from watcher.paths import Paths

    two_maildir_accounts(run.home)
    real_open = app.open_mailbox

    def open_mailbox(account: AccountConfig, paths: Paths) -> Mailbox:
        if account.name == "a":
            raise MailboxError("cannot reach a")
        return real_open(account, paths)

    monkeypatch.setattr(app, "open_mailbox", open_mailbox)
    code, out, err = run("once", "--since", "2000-01-01")
    assert code == MailboxError("x").exit_code != 0
    assert "error: cannot reach a" in err
    assert "== a" in out and "== b" in out and "2 rejection(s) drafted" in out
    code, _out, err = run("once", "--account", "a")
    assert code != 0 and "error: cannot reach a" in err
