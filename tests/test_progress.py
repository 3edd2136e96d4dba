"""Backfill progress (issue 14): `once --since DATE` over a year of mail shows how far it is.

On a terminal (stderr is a tty: a pty here) a bar drawn in place; elsewhere (a log, a pipe)
plain lines at each tenth of the way. Counted: messages fetched and classified, of those the
search found. Against a Maildir for the terminal and against the real Dovecot for the log.
"""

from __future__ import annotations

import io
import mailbox
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from clirun import Account
from mailgen import acknowledgement, invitation, rejection
from watcher.progress import ProgressBar

ROOT = Path(__file__).resolve().parents[1]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_lines_at_each_tenth_of_the_way() -> None:
    out = io.StringIO()
    bar = ProgressBar("INBOX", out, lines=True, unit="messages")
    for done in (0, 5, 10, 15, 20, 24):
        bar(done, 24)
    lines = out.getvalue().splitlines()
    assert lines[:-1] == [
        "INBOX (24 messages) ...",
        "INBOX: 5/24 messages (21%)",
        "INBOX: 10/24 messages (42%)",
        "INBOX: 15/24 messages (62%)",
        "INBOX: 20/24 messages (83%)",
    ]
    assert re.fullmatch(r"INBOX: 24/24 messages, done in \d+\.\d s", lines[-1])
    bar(24, 24)
    assert len(out.getvalue().splitlines()) == len(lines), "a finished bar says nothing more"


def test_many_small_steps_give_at_most_one_line_per_tenth() -> None:
    out = io.StringIO()
    bar = ProgressBar("INBOX", out, lines=True)
    for done in range(1001):
        bar(done, 1000)
    assert len(out.getvalue().splitlines()) == 1 + 9 + 1  # start, 10%…90%, done


def test_without_lines_a_log_gets_a_start_and_an_end_only() -> None:
    """`train`'s steps keep their two lines."""
    out = io.StringIO()
    bar = ProgressBar("cross-validating", out)
    for done in range(6):
        bar(done, 5)
    assert [line.split(":")[0] for line in out.getvalue().splitlines()] == [
        "cross-validating (5) ...",
        "cross-validating",
    ]


def test_on_a_terminal_the_bar_is_redrawn_in_place() -> None:
    out = Terminal()
    bar = ProgressBar("INBOX", out, width=10, lines=True, unit="messages")
    for done in (0, 12, 24):
        bar(done, 24)
    frames = out.getvalue().split("\r")[1:]
    assert frames[0].startswith("INBOX") and frames[0].endswith("[----------] 0/24 messages")
    assert frames[1].endswith("[#####-----] 12/24 messages")
    assert "[##########] 24/24 messages" in frames[2] and frames[2].endswith(" s\n")


# ----- `once --since` as a process ----------------------------------------------------------

N = 24


def maildir_home(tmp_path: Path) -> tuple[dict[str, str], Path]:
    home = tmp_path / "home"
    home.mkdir()
    box = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    makers = (rejection, invitation, acknowledgement)
    for i in range(N):
        box.add(makers[i % 3](subject=f"Your application #{i}"))
    box.add_folder("Drafts")
    (home / "config.toml").write_text(
        f'[account]\nmaildir = "{tmp_path / "Maildir"}"\nfetch_batch_size = 5\n'
        '[identity]\nname = "Sam Taylor"\nemail = "sam.taylor@example.org"\n'
        "[drafts]\nfollow_up_after_days = 0\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("REJECTION_WATCHER")}
    env |= {"REJECTION_WATCHER_HOME": str(home), "PYTHONPATH": str(ROOT), "TERM": "xterm"}
    return env, home


def test_once_since_draws_a_bar_on_a_terminal(tmp_path: Path) -> None:
    env, _home = maildir_home(tmp_path)
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "watcher", "once", "--since", "2020-01-01"],
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env,
        cwd=ROOT,
    )
    os.close(slave)
    seen = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    stdout = proc.communicate(timeout=60)[0].decode()
    os.close(master)
    assert proc.returncode == 0, seen.decode(errors="replace") + stdout
    screen = seen.decode()
    frames = screen.split("\r")
    assert any(f.rstrip().endswith(f"0/{N} messages") for f in frames), screen
    assert any(f"[##############################] {N}/{N} messages" in f for f in frames), screen
    assert f"/{N} messages (" not in screen, "no plain lines on a terminal"
    assert f"{N} new message(s)" in stdout


@pytest.mark.dovecot
def test_once_since_writes_plain_progress_lines_to_a_log(account: Account) -> None:
    raws = [(rejection, invitation, acknowledgement)[i % 3](subject=f"Application #{i}") for i in range(N)]
    account.server.deliver_many(account.user, account.password, raws)  # type: ignore[attr-defined]
    account.write_config(fetch_batch_size=5)
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "once", "--since", "2020-01-01"],
        capture_output=True,
        text=True,
        env=account.env | {"PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("INBOX")]
    assert lines[:-1] == [
        f"INBOX ({N} messages) ...",
        f"INBOX: 5/{N} messages (21%)",
        f"INBOX: 10/{N} messages (42%)",
        f"INBOX: 15/{N} messages (62%)",
        f"INBOX: 20/{N} messages (83%)",
    ], result.stderr
    assert lines[-1].startswith(f"INBOX: {N}/{N} messages, done in ")
    assert "\r" not in result.stderr
    assert f"{N} new message(s)" in result.stdout


@pytest.mark.dovecot
def test_a_pass_with_nothing_found_shows_no_progress(account: Account) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "once", "--since", "2020-01-01"],
        capture_output=True,
        text=True,
        env=account.env | {"PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "INBOX" not in result.stderr
