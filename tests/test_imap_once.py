"""`rejection-watcher once` against a real Dovecot (and Cyrus where marked): drafts, threading,
safety, and clear errors."""

from __future__ import annotations

import email
import email.policy
import re
import socket
from pathlib import Path

import pytest

from clirun import Account, cli
from dovecot import DovecotServer
from mailgen import invitation, rejection

pytestmark = pytest.mark.dovecot


def folder(account: Account, name: str) -> dict[int, dict[bytes, object]]:
    with account.server.client(account.user, account.password) as c:  # type: ignore[attr-defined]
        c.select_folder(name, readonly=True)
        uids = c.search("ALL")
        return c.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}


def drafts(account: Account) -> list[email.message.EmailMessage]:
    return [
        email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default)  # type: ignore[arg-type, misc]
        for d in folder(account, account.drafts).values()
    ]


def deliver(account: Account, raw: bytes) -> int:
    return account.server.deliver(account.user, account.password, raw)  # type: ignore[attr-defined, no-any-return]


def test_once_drafts_exactly_one_threaded_reply_per_rejection(account_each_server: Account) -> None:
    account = account_each_server
    first = cli("once", env=account.env)
    assert first.returncode == 0, first.stderr
    assert "first run" in first.stdout
    deliver(account, rejection(message_id="<rej-1@quillpoint.io>"))
    deliver(account, invitation())
    inbox_before = folder(account, "INBOX")
    result = cli("once", env=account.env)
    assert result.returncode == 0, result.stderr
    assert "1 rejection(s) drafted" in result.stdout
    [draft] = drafts(account)
    assert draft["In-Reply-To"] == "<rej-1@quillpoint.io>"
    assert "<rej-1@quillpoint.io>" in draft["References"]
    assert draft["To"] == "Hannah Becker <hannah.becker@quillpoint.io>"
    assert draft["From"] == "Sam Taylor <sam.taylor@example.org>"
    assert draft["Subject"] == "Re: Your application for Backend Engineer"
    assert "stay on your radar" in draft.get_content()
    [flags] = [d[b"FLAGS"] for d in folder(account, account.drafts).values()]
    assert {b"\\Draft", b"\\Seen"} <= set(flags)  # type: ignore[arg-type]
    for data in folder(account, "INBOX").values():
        assert b"\\Seen" not in data[b"FLAGS"], "originals must stay unread"  # type: ignore[operator]
    assert folder(account, "INBOX") == inbox_before, "originals untouched: same UIDs, flags and bytes"
    again = cli("once", env=account.env)
    assert again.returncode == 0 and len(drafts(account)) == 1, "a second run creates nothing"


def test_gmail_layout_one_draft_in_gmail_drafts_for_a_rejection_in_two_labels(
    tmp_path: Path, dovecot_gmail: DovecotServer
) -> None:
    """Gmail shows one message in every label it carries, so the same rejection sits in INBOX and
    in Jobs; the drafts folder is [Gmail]/Drafts, found only by its \\Drafts special use."""
    user, password = dovecot_gmail.new_user("gmail")
    account = Account.create(tmp_path / "home", dovecot_gmail, user, password, drafts="[Gmail]/Drafts")
    account.write_config(folders=["INBOX", "Jobs"])
    with dovecot_gmail.client(user, password) as c:
        c.create_folder("Jobs")
        names = {name for _, _, name in c.list_folders()}
    assert "[Gmail]/Drafts" in names and "Drafts" not in names, names
    raw = rejection(message_id="<gm-1@quillpoint.io>")
    for label in ("INBOX", "Jobs"):
        dovecot_gmail.deliver(user, password, raw, folder=label)
    before = {label: folder(account, label) for label in ("INBOX", "Jobs")}
    result = cli("once", "--since", "2000-01-01", env=account.env)
    assert result.returncode == 0, result.stderr
    [draft] = drafts(account)
    assert draft["In-Reply-To"] == "<gm-1@quillpoint.io>"
    assert draft["Subject"] == "Re: Your application for Backend Engineer"
    assert cli("once", env=account.env).returncode == 0
    assert len(drafts(account)) == 1, "a later pass drafts nothing more"
    assert {label: folder(account, label) for label in ("INBOX", "Jobs")} == before, "both copies untouched"


def test_dry_run_shows_the_plan_and_changes_nothing(account: Account) -> None:
    cli("once", env=account.env)
    deliver(account, rejection())
    result = cli("once", "--dry-run", env=account.env)
    assert result.returncode == 0, result.stderr
    assert "would draft" in result.stdout and "dry run: nothing changed" in result.stdout
    assert drafts(account) == []
    assert "1 rejection(s) drafted" in cli("once", env=account.env).stdout


def test_since_backfills_mail_from_before_the_first_run(account: Account) -> None:
    deliver(account, rejection())
    result = cli("once", "--since", "2000-01-01", env=account.env)
    assert "1 rejection(s) drafted" in result.stdout, result.stdout + result.stderr


def test_uidvalidity_change_reprocesses_nothing_already_handled(account: Account) -> None:
    cli("once", env=account.env)
    deliver(account, rejection())
    cli("once", env=account.env)
    server = account.server
    server.set_uidvalidity(account.user, "INBOX", 999_999, 500)  # type: ignore[attr-defined]
    deliver(account, rejection())  # new mail under the new UID epoch
    result = cli("once", env=account.env)
    assert "UIDVALIDITY changed" in result.stdout, result.stdout + result.stderr
    assert len(drafts(account)) == 2, "the new rejection is drafted, the old one not again"


def test_a_full_pass_sends_only_read_only_commands_and_append(account: Account, recording_proxy) -> None:  # type: ignore[no-untyped-def]
    account.write_config(port=recording_proxy.port, security="plain", ca_file=None)
    cli("once", env=account.env)
    deliver(account, rejection())
    deliver(account, invitation())
    result = cli("once", env=account.env)
    assert "1 rejection(s) drafted" in result.stdout, result.stdout + result.stderr
    allowed = {
        "CAPABILITY",
        "LOGIN",
        "AUTHENTICATE",
        "LIST",
        "SELECT",
        "EXAMINE",
        "STATUS",
        "UID SEARCH",
        "UID FETCH",
        "APPEND",
        "NOOP",
        "IDLE",
        "DONE",
        "LOGOUT",
        "ID",
        "ENABLE",
    }
    commands = recording_proxy.commands
    assert commands, "the proxy saw the session"
    for cmd in commands:
        assert cmd.name in allowed, f"unexpected IMAP command {cmd.name} {cmd.args}"
        if cmd.name == "UID FETCH":
            assert not re.search(r"BODY\[|RFC822(?![.]SIZE)", cmd.args.upper().replace("BODY.PEEK[", "")), (
                cmd.args
            )
        if cmd.name == "APPEND":
            assert cmd.args.split()[0].strip('"') == "Drafts", cmd.args
        if cmd.name == "SELECT":
            raise AssertionError(f"watched folders must be opened read-only (EXAMINE), got SELECT {cmd.args}")
    assert sum(c.name == "APPEND" for c in commands) == 1


def test_starttls_with_verification(account: Account) -> None:
    account.write_config(port=account.server.port, security="starttls")  # type: ignore[attr-defined]
    result = cli("once", env=account.env)
    assert result.returncode == 0, result.stderr


# --- errors: one line, the fix, non-zero exit, no traceback -----------------------------


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_wrong_password(account: Account) -> None:
    env = {**account.env, "RW_TEST_PASSWORD": "not-the-password"}
    result = cli("once", env=env)
    line = one_line_error(result)
    assert line == (
        f"error: login rejected for {account.user} at 127.0.0.1 — check the password (Gmail, Fastmail and "
        "iCloud need an app password); run `rejection-watcher check`"
    )
    assert result.returncode == 5
    assert "not-the-password" not in result.stderr + result.stdout


def test_unreachable_host(account: Account) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    account.write_config(port=closed_port)
    line = one_line_error(cli("once", env=account.env))
    assert line.startswith(f"error: connection refused by 127.0.0.1:{closed_port} — check `account.port`")


def test_untrusted_certificate(account: Account) -> None:
    account.write_config(ca_file=None)
    line = one_line_error(cli("once", env=account.env))
    assert line.startswith("error: TLS certificate of 127.0.0.1 is not trusted (")
    assert "point `account.ca_file` at the CA certificate" in line


def test_missing_password_variable(account: Account) -> None:
    env = {k: v for k, v in account.env.items() if k != "RW_TEST_PASSWORD"}
    line = one_line_error(cli("once", env=env))
    assert line.startswith("error: environment variable RW_TEST_PASSWORD is not set — export it")


def test_password_command_output_is_used_and_failures_explained(account: Account, tmp_path: Path) -> None:
    script = tmp_path / "pw.sh"
    script.write_text(f"#!/bin/sh\necho '{account.password}'\necho second-line-ignored\n")
    script.chmod(0o755)
    account.write_config(password_env=None, password_command=str(script))
    assert cli("once", env=account.env).returncode == 0
    account.write_config(password_env=None, password_command="/no/such/helper show mail")
    line = one_line_error(cli("once", env=account.env))
    assert line == "error: password_command: program '/no/such/helper' not found — check the path"


def test_corrupt_model_ends_the_first_pass_with_mail_and_loses_nothing(
    account: Account, tmp_path: Path
) -> None:
    """The model is loaded at the first mail to classify, not at start (an empty pass never
    reads it, see test_imap_backlog): that pass ends with one line, recording nothing, so the
    mail is handled once the model is fixed."""
    bad = tmp_path / "broken.skops"
    bad.write_bytes(b"PK\x03\x04 definitely not a model")
    (tmp_path / "broken.json").write_text("{}")
    with (account.home / "config.toml").open("a") as fh:
        fh.write(f'[classifier]\nmodel = "{bad}"\n')
    assert cli("once", env=account.env).returncode == 0  # the first run: nothing to classify
    deliver(account, rejection())
    line = one_line_error(cli("once", env=account.env))
    assert line.startswith(f"error: model {bad} has format version None")
    assert line.endswith("run `rejection-watcher train` to build a new one")
    account.write_config()  # the same account, without the broken model
    result = cli("once", env=account.env)
    assert "1 new message(s): 1 rejection(s) drafted" in result.stdout, result.stdout + result.stderr
    assert len(drafts(account)) == 1


def test_bad_config_lists_every_problem(account: Account) -> None:
    (account.home / "config.toml").write_text('[acount]\nhost = "x"\n[identity]\nname = 3\n')
    result = cli("once", env=account.env)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert "unknown key `acount.host` — did you mean `account.host`?" in result.stderr
    assert "missing section `[account]`" in result.stderr
    assert "`identity.name` must be a string" in result.stderr


def test_check_reports_each_step(account: Account) -> None:
    result = cli("check", env=account.env)
    assert result.returncode == 0, result.stdout + result.stderr
    for step in (
        "config",
        "password",
        "server",
        "login",
        "folder INBOX",
        "drafts folder",
        "model",
        "templates",
    ):
        assert re.search(rf"^✓ {step}: ", result.stdout, re.MULTILINE), step
    env = {**account.env, "RW_TEST_PASSWORD": "wrong"}
    failed = cli("check", env=env)
    assert failed.returncode == 1
    assert re.search(r"^✗ login: login rejected", failed.stdout, re.MULTILINE)


def test_folders_lists_special_use(account: Account) -> None:
    result = cli("folders", env=account.env)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^Drafts\s+\\Drafts\s+drafts go here$", result.stdout, re.MULTILINE)
    assert re.search(r"^INBOX\s+watched$", result.stdout, re.MULTILINE)
