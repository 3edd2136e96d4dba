"""Config parsing: every problem reported at once, with its key and a fix."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from watcher.config import load_config, parse_config
from watcher.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]

VALID = {
    "account": {"host": "imap.example.com", "username": "me@example.com", "password_env": "PW"},
    "identity": {"name": "Jane Doe", "email": "jane@example.com"},
}


def problems(data: dict[str, object]) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    return str(info.value)


def test_example_config_is_valid_and_documents_every_key() -> None:
    config = load_config(ROOT / "config.example.toml")
    assert config.account.host == "imap.example.com"
    assert config.account.security == "ssl" and config.account.effective_port == 993
    assert config.account.folders == ("INBOX",)
    text = (ROOT / "config.example.toml").read_text()
    data = tomllib.loads(text)
    import dataclasses

    from watcher.config import SECTIONS

    for section, cls in SECTIONS.items():
        for field in dataclasses.fields(cls):
            if (section, field.name) == ("account", "identity"):
                assert "[accounts.identity]" in text
                continue
            assert f"{field.name} =" in text, f"config.example.toml does not document {section}.{field.name}"
    assert set(data) <= set(SECTIONS)


def test_minimal_config_gets_defaults() -> None:
    config = parse_config(VALID)
    assert config.account.timeout_seconds == 30
    assert config.account.max_message_bytes == 2_000_000
    assert config.schedule.poll_interval_seconds == 300
    assert config.drafts.template == "reply"
    assert config.account.key == "me@example.com@imap.example.com"


def test_misspelt_section_suggests_the_right_key() -> None:
    data = {**VALID, "acount": {"host": "x"}}
    assert "unknown key `acount.host` — did you mean `account.host`?" in problems(data)


def test_misspelt_key_suggests_the_right_key() -> None:
    data = {**VALID, "account": {**VALID["account"], "foldres": ["INBOX"]}}
    assert "unknown key `account.foldres` — did you mean `account.folders`?" in problems(data)


def test_every_problem_is_listed_at_once() -> None:
    data = {
        "account": {
            "host": "imap.example.com",
            "port": "993",
            "security": "tls",
            "folders": "INBOX",
        },
        "identity": {"name": "Jane"},
        "schedule": {"poll_interval_seconds": 2},
    }
    text = problems(data)
    assert "problems:" in text
    for expected in (
        "`account.port` must be a whole number",
        '`account.security` must be one of "ssl" | "starttls" | "plain"',
        "`account.folders` must be a non-empty list of strings",
        "missing key `identity.email`",
        "missing key `account.username`",
        "exactly one of `password_env`",
        "`schedule.poll_interval_seconds` must be at least 5",
    ):
        assert expected in text, expected


def test_password_in_the_config_is_refused_with_the_alternatives() -> None:
    data = {**VALID, "account": {**VALID["account"], "password": "hunter2"}}
    text = problems(data)
    assert "`account.password` is not allowed" in text and "password_command" in text
    assert "hunter2" not in text


def test_plain_imap_to_a_remote_host_is_refused() -> None:
    data = {**VALID, "account": {**VALID["account"], "security": "plain"}}
    assert "sends your password unencrypted to imap.example.com" in problems(data)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1"])
def test_plain_imap_on_loopback_is_allowed(host: str) -> None:
    config = parse_config({**VALID, "account": {**VALID["account"], "security": "plain", "host": host}})
    assert config.account.effective_port == 143


def test_plain_imap_remote_with_explicit_opt_in() -> None:
    acct = {**VALID["account"], "security": "plain", "allow_insecure": True}
    assert parse_config({**VALID, "account": acct}).account.security == "plain"


def test_host_and_maildir_are_exclusive() -> None:
    acct = {**VALID["account"], "maildir": "/tmp/mail"}
    assert "exactly one of `host`" in problems({**VALID, "account": acct})


def test_maildir_account_needs_no_password(tmp_path: Path) -> None:
    config = parse_config({"account": {"maildir": str(tmp_path)}, "identity": VALID["identity"]})
    assert config.account.maildir == tmp_path


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("x")
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        '[account]\nhost = "h"\nusername = "u"\npassword_env = "P"\nca_file = "ca.pem"\n'
        '[identity]\nname = "N"\nemail = "n@example.com"\n'
    )
    assert load_config(cfg).account.ca_file == tmp_path / "ca.pem"


def test_invalid_toml_names_the_file_and_position(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("[account]\nhost = imap.example.com\n")
    with pytest.raises(ConfigError, match=r"is not valid TOML: .*line 2"):
        load_config(cfg)


def test_missing_file_says_how_to_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="rejection-watcher init"):
        load_config(tmp_path / "nope.toml")


def test_missing_model_file_is_a_config_problem(tmp_path: Path) -> None:
    data = {**VALID, "classifier": {"model": str(tmp_path / "missing.skops")}}
    assert "no model file at" in problems(data)


def test_threshold_must_be_a_probability() -> None:
    assert "`classifier.threshold` must be between 0 and 1" in problems(
        {**VALID, "classifier": {"threshold": 1.5}}
    )


def test_several_accounts_each_with_its_identity() -> None:
    data = {
        "accounts": [
            {
                "name": "work",
                "host": "imap.work.example",
                "username": "jd",
                "oauth2_token_command": "pizauth show w",
                "identity": {"name": "Jane Doe", "email": "jane@work.example"},
            },
            {"name": "home", "maildir": "/tmp/mail"},
        ],
        "identity": {"name": "Jane", "email": "jane@home.example"},
    }
    config = parse_config(data)
    work, home = config.accounts
    assert config.identity_for(work).email == "jane@work.example"
    assert config.identity_for(home).email == "jane@home.example"
    assert config.select("home") == (home,)
    with pytest.raises(ConfigError, match="no account named 'nope'"):
        config.select("nope")


def test_account_problems_name_the_account() -> None:
    data = {
        "accounts": [
            {
                "name": "a",
                "host": "imap.a.example",
                "username": "x",
                "password_env": "P",
                "password_command": "c",
            },
            {
                "name": "a",
                "host": "imap.b.example",
                "username": "y",
                "oauth2_token_command": "t",
                "identity": {"name": "N"},
            },
        ],
        "identity": {"name": "Jane", "email": "jane@example.com"},
    }
    text = problems(data)
    assert "`[accounts[0]]` needs exactly one of `password_env`" in text
    assert "two accounts are both called 'a'" in text
    assert "missing key `accounts[1].identity.email`" in text


def test_account_and_accounts_are_exclusive() -> None:
    data = {**VALID, "accounts": [VALID["account"]]}
    assert "use either `[account]` (one mailbox) or `[[accounts]]` (several), not both" in problems(data)
