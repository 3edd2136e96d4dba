"""`rejection-watcher init`: a starter config in the place the other commands look, from options or
answers to prompts, never with a password, never over an existing file, and a word on what next."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest

from test_cli_promises import Cli
from watcher import cli
from watcher.config import load_config, parse_config, starter_config

OPTIONS = ("--host", "imap.fastmail.com", "--username", "sam@fastmail.example", "--name", "Sam Taylor")


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A home that does not exist yet, as on a fresh machine (no config directory either)."""
    home = tmp_path / "fresh" / "home"
    monkeypatch.setenv("REJECTION_WATCHER_HOME", str(home))
    return Cli(home, capsys)


def test_init_writes_a_config_that_check_would_load_and_says_what_next(run: Cli) -> None:
    code, out, err = run("init", *OPTIONS)
    assert code == 0, err
    config_file = run.home / "config.toml"
    config = load_config(config_file)
    assert config.account.host == "imap.fastmail.com" and config.account.security == "ssl"
    assert config.account.username == "sam@fastmail.example"
    assert config.identity.email == "sam@fastmail.example"  # the login name, when it is an address
    assert config.account.password_env == "REJECTION_WATCHER_PASSWORD"
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600
    assert f"wrote {config_file}" in out
    assert "export REJECTION_WATCHER_PASSWORD=" in out
    assert "rejection-watcher check" in out and "once --dry-run" in out


def test_init_is_where_the_other_commands_look(run: Cli) -> None:
    assert run("init", *OPTIONS)[0] == 0
    code, out, _ = run("paths")
    assert f"config file:         {run.home / 'config.toml'}" in out


def test_init_refuses_to_overwrite_a_config(run: Cli) -> None:
    assert run("init", *OPTIONS)[0] == 0
    before = (run.home / "config.toml").read_text()
    code, _, err = run("init", "--host", "other.example", "--username", "x@y.example", "--name", "X")
    assert code == 3
    assert err.strip() == (
        f"error: there is already a config file at {run.home / 'config.toml'} — edit it, or move it aside first"
    )
    assert (run.home / "config.toml").read_text() == before


def test_init_never_writes_a_password(run: Cli) -> None:
    code, out, err = run("init", *OPTIONS, "--password-command", "pass show mail/sam")
    assert code == 0, err
    config = load_config(run.home / "config.toml")
    assert config.account.password_command == "pass show mail/sam" and not config.account.password_env
    assert "password =" not in (run.home / "config.toml").read_text().replace("_command =", "")
    help_text = cli.subcommands(cli.build_parser())["init"].format_help()
    assert "--password " not in help_text  # there is no option to give one


def test_init_writes_where_config_points(run: Cli, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "rw.toml"
    code, out, err = run("init", "--config", str(target), *OPTIONS, "--keyring", "--security", "starttls")
    assert code == 0, err
    account = load_config(target).account
    assert account.password_keyring and account.security == "starttls"
    assert "rejection-watcher auth set" in out


def test_init_asks_for_what_is_missing_in_a_terminal(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["imap.example.org", "sam", "", "sam@example.org", "Sam Taylor"])
    questions: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda q: questions.append(q) or next(answers))
    code, out, err = run("init")
    assert code == 0, err
    config = load_config(run.home / "config.toml")
    assert (config.account.host, config.account.username) == ("imap.example.org", "sam")
    assert (config.identity.name, config.identity.email) == ("Sam Taylor", "sam@example.org")
    assert not any("password" in q for q in questions)
    assert questions[2] == questions[3]  # an empty answer with no default is asked again


def test_init_without_a_terminal_names_the_missing_option(run: Cli) -> None:
    code, _, err = run("init", "--host", "imap.example.org")
    assert code == 3
    assert err.strip() == "error: init needs --username (or run it in a terminal to be asked)"
    assert not (run.home / "config.toml").exists()


@pytest.mark.parametrize("value", ['quote " and \\ backslash', "Zoë Ñúñez", "tab\there", "#not a comment"])
def test_the_starter_config_round_trips_any_value(value: str) -> None:
    text = starter_config(host="imap.example.org", username=value, name=value, email="a@example.org")
    config = parse_config(tomllib.loads(text))
    assert config.account.username == value and config.identity.name == value


def test_init_stops_cleanly_at_end_of_input(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    def eof(_question: str) -> str:
        raise EOFError

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", eof)
    code, _, err = run("init", "--host", "imap.example.org")
    assert code == 3 and err.strip() == "error: no answer: nothing written (init needs --username)"
