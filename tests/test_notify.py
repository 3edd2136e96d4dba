"""`[notify] command` (issue 14): a nudge per saved draft, exactly once, even across restarts.

The command's argv (placeholders filled, never the body), its failures (logged once per kind,
never stopping anything), the ledger's pending/done record, and then the whole thing against the
real Dovecot: a daemon drafts, a tiny script records each nudge; the daemon is stopped with
SIGTERM, and killed between saving a draft and its nudge, and restarted — each draft is announced
exactly once, and a command that cannot run does not stop the drafting.
"""

from __future__ import annotations

import json
import logging
import mailbox
import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clirun import PASSWORD_ENV
from faultkit import Daemon, make_account
from mailgen import rejection
from watcher.config import parse_config
from watcher.errors import ConfigError
from watcher.ledger import FolderState, MessageRecord, Notice
from watcher.notify import Notifier, announce_pending
from watcher.state import Ledger

NOTICE = Notice("draft", "Re: Your application for Data Analyst", "Acme")

#: The notify command of the tests: appends its arguments, and whether it saw the IMAP password
#: variable, to a file as one JSON line. With a `crash` file beside it, it first kills the
#: process that ran it (the daemon) and records nothing: a crash between a saved draft and its
#: nudge, at a known point.
SCRIPT = f"""\
import json, os, signal, sys
log = sys.argv[1]
crash = os.path.join(os.path.dirname(log), "crash")
if os.path.exists(crash):
    os.remove(crash)
    os.kill(os.getppid(), signal.SIGKILL)
    sys.exit(0)
with open(log, "a") as fh:
    fh.write(json.dumps({{"argv": sys.argv[2:], "password": {PASSWORD_ENV!r} in os.environ}}) + "\\n")
"""


def notifier(*args: str, timeout: float = 10.0) -> Notifier:
    return Notifier(list(args), timeout)


# ----- the command ------------------------------------------------------------------------


def test_placeholders_are_filled_with_one_clean_line() -> None:
    n = notifier("notify-send", "--", "Draft ready: {subject}", "{company}", "{kind}")
    assert n.argv(NOTICE) == [
        "notify-send",
        "--",
        "Draft ready: Re: Your application for Data Analyst",
        "Acme",
        "draft",
    ]
    hostile = Notice("follow-up", "Re: hi\n\u202etxt.exe\x1b[31m", "--output=/etc/passwd")
    argv = n.argv(hostile)
    assert argv[2] == "Draft ready: Re: hi txt.exe [31m"
    assert argv[3] == " --output=/etc/passwd", "a company from mail cannot become an option"
    assert notifier("x", "{subject}").argv(Notice("draft", "s" * 500, ""))[1].endswith("…")
    assert len(notifier("x", "{subject}").argv(Notice("draft", "s" * 500, ""))[1]) == 200


def test_a_command_that_works_gets_the_arguments_and_not_the_password(tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    script = tmp_path / "notify.py"
    script.write_text(SCRIPT)
    n = Notifier(
        [sys.executable, str(script), str(log), "{subject}", "{company}"],
        hide_env=[PASSWORD_ENV],
        environ={PASSWORD_ENV: "hunter2", "PATH": "/usr/bin:/bin"},
    )
    assert n.announce(NOTICE) is None
    assert json.loads(log.read_text()) == {"argv": [NOTICE.subject, "Acme"], "password": False}


def test_failures_are_reported_and_logged_once_per_kind(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = notifier(str(tmp_path / "no-such-program"), "{subject}")
    failing = notifier("sh", "-c", "echo 'no display' >&2; exit 3")
    slow = notifier("sleep", "30", timeout=0.3)
    with caplog.at_level(logging.DEBUG, logger="watcher.notify"):
        for _ in range(3):
            assert "cannot run" in (missing.announce(NOTICE) or "")
            assert failing.announce(NOTICE) == "'sh' exited with status 3: no display"
        assert "did not finish within 0.3 s" in (slow.announce(NOTICE) or "")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 3, warnings  # one per kind: cannot run, exit, timeout
    assert all("drafts are still saved" in w for w in warnings)


def test_a_command_that_works_again_is_logged_again_when_it_next_fails(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    flag = tmp_path / "fail"
    flag.touch()
    n = notifier("sh", "-c", f"test ! -e {flag}")
    with caplog.at_level(logging.INFO, logger="watcher.notify"):
        assert n.announce(NOTICE) is not None
        flag.unlink()
        assert n.announce(NOTICE) is None
        flag.touch()
        assert n.announce(NOTICE) is not None
    levels = [(r.levelname, r.getMessage()[:30]) for r in caplog.records]
    assert [lv for lv, _ in levels] == ["WARNING", "INFO", "WARNING"], levels


# ----- the ledger: pending with the draft, done once ----------------------------------------


def record(uid: int, draft: str | None, notice: Notice | None) -> MessageRecord:
    return MessageRecord(
        uid=uid,
        message_key=f"<m{uid}@x>",
        subject="Your application",
        sender="hr@acme.example",
        received_at=datetime(2026, 12, 1, tzinfo=UTC),
        label="rejection",
        score=0.9,
        decision="draft" if draft else "not_rejection",
        reason="",
        draft_message_id=draft,
        notice=notice,
    )


def test_a_notice_is_pending_with_its_draft_and_given_once(tmp_path: Path) -> None:
    ledger = Ledger.open(tmp_path / "state.db")
    state = FolderState(1, 3, datetime.now(UTC))
    ledger.record_batch("acct", "INBOX", 1, [record(1, "<d1@x>", NOTICE), record(2, None, None)], state)
    # The same draft recorded again (another folder, a second process): still one notice.
    ledger.record_batch("acct", "Archive", 1, [record(1, "<d1@x>", NOTICE)], state)
    [pending] = ledger.pending_notices("acct")
    assert pending.draft_message_id == "<d1@x>" and pending.notice == NOTICE
    assert ledger.pending_notices("someone else") == []

    log = tmp_path / "log.jsonl"
    script = tmp_path / "notify.py"
    script.write_text(SCRIPT)
    n = Notifier([sys.executable, str(script), str(log), "{subject}"])
    lock = _nolock
    assert announce_pending(ledger, "acct", n, lock) == 1
    assert announce_pending(ledger, "acct", n, lock) == 0
    assert len(log.read_text().splitlines()) == 1
    assert ledger.pending_notices("acct") == []
    ledger.close()


def test_without_a_command_pending_notices_are_retired_not_kept_for_later(tmp_path: Path) -> None:
    """Configuring [notify] later must not announce every old draft at once."""
    ledger = Ledger.open(tmp_path / "state.db")
    ledger.record_batch(
        "acct", "INBOX", 1, [record(1, "<d1@x>", NOTICE)], FolderState(1, 1, datetime.now(UTC))
    )
    assert announce_pending(ledger, "acct", None, _nolock) == 0
    assert ledger.pending_notices("acct") == []
    ledger.close()


def test_a_drafted_follow_up_is_pending_with_it_once(tmp_path: Path) -> None:
    from watcher.ledger import FollowupSpec

    ledger = Ledger.open(tmp_path / "state.db")
    spec = FollowupSpec(datetime(2026, 1, 1, tzinfo=UTC), {"company": "Acme"})
    reply = MessageRecord(**{**record(1, "<d1@x>", None).__dict__, "followup": spec})
    ledger.record_batch("acct", "INBOX", 1, [reply], FolderState(1, 1, datetime.now(UTC)))
    assert ledger.pending_notices("acct") == []  # the reply had no notice of its own here
    [due] = ledger.due_followups("acct", datetime.now(UTC))
    nudge = Notice("follow-up", "Re: Your application", "Acme")
    ledger.finish_followup(due.id, "drafted", "due", "<f1@x>", notice=nudge)
    ledger.finish_followup(due.id, "drafted", "due", "<f1@x>", notice=nudge)  # already finished
    assert [(p.draft_message_id, p.notice) for p in ledger.pending_notices("acct")] == [("<f1@x>", nudge)]
    ledger.close()


def _nolock() -> object:
    from contextlib import nullcontext

    return nullcontext()


# ----- the config ---------------------------------------------------------------------------

BASE = {"account": {"maildir": "/tmp/m"}, "identity": {"name": "Sam", "email": "sam@example.org"}}


def problems(notify: object) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_config({**BASE, "notify": notify})
    return str(caught.value)


def test_the_notify_section_is_checked() -> None:
    config = parse_config({**BASE, "notify": {"command": ["notify-send", "{subject}"], "timeout_seconds": 5}})
    assert config.notify.command == ("notify-send", "{subject}") and config.notify.timeout_seconds == 5
    assert parse_config(BASE).notify.command == ()
    assert "`notify.command` has {subjet}" in problems({"command": ["notify-send", "{subjet}"]})
    assert "the program (the first item) cannot be a placeholder" in problems({"command": ["{subject}"]})
    assert "must be a list of strings" in problems({"command": "notify-send {subject}"})
    assert "at most 300" in problems({"command": ["x"], "timeout_seconds": 900})
    assert "did you mean `notify.command`" in problems({"comand": ["x"]})


# ----- the daemon against Dovecot -----------------------------------------------------------


@pytest.mark.dovecot
@pytest.mark.slow
def test_each_draft_is_announced_exactly_once_across_restarts_and_a_crash(
    tmp_path: Path, dovecot: object, imap_user: tuple[str, str]
) -> None:
    user, password = imap_user
    acct = make_account(dovecot, tmp_path / "home", user, password)
    log, script = tmp_path / "nudges.jsonl", tmp_path / "notify.py"
    script.write_text(SCRIPT)
    command = [sys.executable, str(script), str(log), "{subject}", "{company}", "{kind}"]
    with (acct.home / "config.toml").open("a") as fh:
        fh.write(f"[notify]\ncommand = {json.dumps(command)}\n")
    daemon = Daemon(acct, tmp_path / "daemon.log")

    def nudges() -> list[dict[str, object]]:
        return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []

    def deliver(role: str) -> None:
        dovecot.deliver(user, password, rejection(subject=f"Your application for {role}"))  # type: ignore[attr-defined]

    try:
        daemon.start()
        daemon.wait_segment(lambda t: "first run" in t, 60, "the first pass")
        deliver("Backend Engineer")
        deliver("Data Analyst")
        daemon.wait_segment(lambda _t: len(nudges()) >= 2, 60, "two nudges")
        assert daemon.terminate() == 0

        # A crash between saving a draft and its nudge: the command kills the daemon first.
        (tmp_path / "crash").touch()
        daemon.start()
        daemon.wait_segment(lambda t: "press Ctrl-C to stop" in t, 60, "the restart")
        deliver("Site Reliability Engineer")
        assert daemon.proc is not None and daemon.proc.wait(60) == -9, daemon.segment()[-3000:]
        assert not (tmp_path / "crash").exists() and len(nudges()) == 2

        # The next start gives the pending nudge at its first pass, and nothing twice.
        daemon.start()
        daemon.wait_segment(lambda _t: len(nudges()) >= 3, 60, "the pending nudge")
        deliver("Platform Engineer")
        daemon.wait_segment(lambda _t: len(nudges()) >= 4, 60, "the fourth nudge")
        # One more full poll: any nudge still pending, or repeated, would show by then.
        passes = daemon.segment().count("logged in to")
        daemon.wait_segment(lambda t: t.count("logged in to") >= passes + 1, 60, "another poll")
        assert daemon.terminate() == 0
    finally:
        daemon.ensure_stopped()
    subjects = Counter(str(n["argv"][0]) for n in nudges())  # type: ignore[index]
    assert subjects == {
        f"Re: Your application for {role}": 1
        for role in ("Backend Engineer", "Data Analyst", "Site Reliability Engineer", "Platform Engineer")
    }, subjects
    assert all(n["argv"][2] == "draft" and n["password"] is False for n in nudges())  # type: ignore[index]
    assert all(n["argv"][1] == "Quillpoint" for n in nudges()), nudges()  # type: ignore[index]


@pytest.mark.dovecot
@pytest.mark.slow
def test_a_command_that_cannot_run_does_not_stop_drafting(
    tmp_path: Path, dovecot: object, imap_user: tuple[str, str]
) -> None:
    user, password = imap_user
    acct = make_account(dovecot, tmp_path / "home", user, password)
    with (acct.home / "config.toml").open("a") as fh:
        fh.write(f'[notify]\ncommand = ["{tmp_path}/no-such-notifier", "{{subject}}"]\n')
    daemon = Daemon(acct, tmp_path / "daemon.log")
    try:
        daemon.start()
        daemon.wait_segment(lambda t: "first run" in t, 60, "the first pass")
        for role in ("Backend Engineer", "Data Analyst"):
            dovecot.deliver(user, password, rejection(subject=f"Your application for {role}"))  # type: ignore[attr-defined]
        daemon.wait_segment(lambda t: t.count("→ draft") >= 2, 60, "both drafts")
        # Both nudges failed, each after its draft was saved; the daemon carries on.
        daemon.wait_segment(lambda t: t.count("notify.command: cannot run") >= 2, 60, "both failures")
        assert daemon.alive
        assert daemon.terminate() == 0
    finally:
        daemon.ensure_stopped()
    lines = [line for line in daemon.text().splitlines() if "notify.command: cannot run" in line]
    assert [" WARNING " in line for line in lines] == [True, False], lines  # logged once as a warning


def test_once_announces_each_new_draft_once(tmp_path: Path) -> None:
    """`once` gives the nudges of the drafts it saved; a second `once` finds none pending."""
    box = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for role in ("Backend Engineer", "Data Analyst"):
        box.add(rejection(subject=f"Your application for {role}"))
    box.add_folder("Drafts")
    home, log, script = tmp_path / "home", tmp_path / "nudges.jsonl", tmp_path / "notify.py"
    home.mkdir()
    script.write_text(SCRIPT)
    command = [sys.executable, str(script), str(log), "{subject}", "{kind}"]
    (home / "config.toml").write_text(
        f'[account]\nmaildir = "{tmp_path / "Maildir"}"\n'
        '[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n'
        f"[drafts]\nfollow_up_after_days = 0\n[notify]\ncommand = {json.dumps(command)}\n"
    )
    root = Path(__file__).resolve().parents[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("REJECTION_WATCHER")}
    env |= {"REJECTION_WATCHER_HOME": str(home), "PYTHONPATH": str(root)}
    for _ in range(2):
        once = subprocess.run(
            [sys.executable, "-m", "watcher", "once", "--since", "2020-01-01"],
            capture_output=True,
            text=True,
            env=env,
            cwd=root,
            timeout=120,
        )
        assert once.returncode == 0, once.stdout + once.stderr
    nudges = sorted(json.loads(line)["argv"][0] for line in log.read_text().splitlines())
    assert nudges == ["Re: Your application for Backend Engineer", "Re: Your application for Data Analyst"]
