"""A real terminal mail client sees our draft right: mutt, headless under tmux, on a real Dovecot.

The other IMAP tests check the draft's bytes; this one checks what a person would see. mutt opens
the Drafts folder and must list the draft as a postponed message from us (`Post:1`, not new),
and its pager must show the From/To/Subject and a readable UTF-8 body ("Zoë", not "Zo=C3=AB" or
mojibake). The threading headers are read off mutt's own screen and compared with the rejection's
Message-ID as mutt shows it in INBOX. mutt runs read-only (`-R`): the test changes no mail, and
checks afterwards over IMAP that it didn't.

Recipe: shared/imap-server.md, "A real client sees the draft (mutt)".
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import secrets
import shlex
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import pytest

import mailgen
from clirun import Account, cli
from dovecot import DovecotServer
from mailgen import make_message

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]

SUBJECT = "Your application – Backend Engineer"  # an en dash: an encoded word in the header
SENDER = "Zoë Åkesson <zoe.akesson@quillpoint.io>"
ME = "Sam Taylor <sam.taylor@example.org>"  # the identity Account.write_config writes
# The shared rejection, signed by someone with a non-ASCII name (it must survive into the draft).
REJECTION_BODY = mailgen.REJECTION_BODY.replace(
    "Best regards,\nHannah Becker\nSenior Recruiter, Quillpoint\n",
    "Viele Grüße,\nZoë Åkesson\nTalent Partner, Quillpoint\n",
)
WIDTH, HEIGHT = 120, 40
DEADLINE_S = 15.0  # mutt logs in within a second; the margin is for a loaded CI machine

# Signs of undecoded or mis-decoded text: RFC 2047 encoded words, quoted-printable UTF-8, and
# UTF-8 read as Latin-1 ("Zoë" -> "ZoÃ«"), or a terminal that replaced what it couldn't show.
GARBLED = re.compile(r"=\?utf-8\?|=C3|=E2|Ã|â€|Zo[?_]|Gr[?_]", re.IGNORECASE)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        msg = f"{name} is missing: apt-get install mutt tmux"
        if os.environ.get("CI"):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)
    return path


class Mutt:
    """mutt in a detached tmux session on a private tmux server; killed on exit, whatever happened."""

    def __init__(self, muttrc: Path, folder: str, home: Path) -> None:
        token = secrets.token_hex(4)
        self.tmux = _tool("tmux")
        # A private tmux server, never the developer's own; a short path (sockets break past ~100).
        self.socket_dir = Path(tempfile.mkdtemp(prefix="rw-mutt-", dir="/tmp"))
        self.socket = str(self.socket_dir / "tmux")
        self.session = f"mutt-{token}"
        self.folder = folder
        # mutt prints why it quit, and the pane stays for capture-pane until the server is killed.
        self.command = (
            f"{shlex.join([_tool('mutt'), '-n', '-R', '-F', str(muttrc), '-f', folder])}; "
            'echo "mutt exited with status $?"; sleep 600'
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TMUX", "LC_", "MUTT"))}
        env.update(HOME=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color")
        self.env = env  # the new tmux server, and so the pane, inherits this environment

    def _run(self, *args: str) -> str:
        # -u: the client is UTF-8 whatever the locale says; -f /dev/null: no ~/.tmux.conf or /etc one
        result = subprocess.run(
            [self.tmux, "-u", "-f", "/dev/null", "-S", self.socket, *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def __enter__(self) -> Mutt:
        try:
            self._run(
                "new-session", "-d", "-s", self.session, "-x", str(WIDTH), "-y", str(HEIGHT), self.command
            )
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        subprocess.run(
            [self.tmux, "-S", self.socket, "kill-server"],
            env=self.env,
            capture_output=True,
            timeout=10,
            check=False,
        )
        shutil.rmtree(self.socket_dir, ignore_errors=True)  # tmux leaves its socket behind

    def screen(self) -> str:
        """The visible text, runs of empty lines squeezed to one (the index is mostly empty)."""
        lines = self._run("capture-pane", "-p", "-t", self.session).splitlines()
        text = "\n".join(line.rstrip() for line in lines).strip("\n")
        return re.sub(r"\n{3,}", "\n\n", text)

    def keys(self, *keys: str) -> None:
        self._run("send-keys", "-t", self.session, *keys)

    def wait_for(self, pattern: str, what: str) -> re.Match[str]:
        """Poll the screen until *pattern* (a multiline regex) matches; fail with the screen."""
        deadline = time.monotonic() + DEADLINE_S
        seen: list[str] = []  # distinct screens: mutt clears its last error when it quits
        while True:
            screen = self.screen()
            match = re.search(pattern, screen, re.MULTILINE)
            if match:
                return match
            if not seen or seen[-1] != screen:
                seen.append(screen)
            if time.monotonic() > deadline or "mutt exited with status" in screen:
                shown = "\n----- then -----\n".join(seen[-3:])
                raise AssertionError(
                    f"mutt on {self.folder} did not show {what} within {DEADLINE_S:.0f} s; screen:\n{shown}"
                )
            time.sleep(0.05)


def write_muttrc(path: Path, user: str, password: str, port: int) -> Path:
    path.write_text(
        f"""\
set folder="imap://{user}@127.0.0.1:{port}/"
set imap_user="{user}"
set imap_pass="{password}"
set spoolfile="+INBOX"
set postponed="+Drafts"
set record=""
# plain IMAP: Dovecot's plain port on loopback, and no certificate prompt
set ssl_force_tls=no
set ssl_starttls=no
set header_cache=""
set message_cachedir=""
set charset="utf-8"
set mail_check=0
set timeout=1
set imap_keepalive=300
set help=no
set markers=no
set wait_key=no
set sort=threads
# who "me" is: mutt then lists our draft as "To <recipient>" and sets the from-you flag (F)
set from="{ME}"
set index_format="%4C %Z %-22.22F %s"
# the pager shows these headers, decoded, in this order, and nothing else
ignore *
unignore from: to: subject: date: message-id: in-reply-to: references:
unhdr_order *
hdr_order from: to: subject: date: message-id: in-reply-to: references:
"""
    )
    return path


def header(screen: str, name: str) -> str:
    match = re.search(rf"^{name}: (.*)$", screen, re.MULTILINE | re.IGNORECASE)
    assert match, f"mutt's pager shows no {name}: header; screen:\n{screen}"
    return match.group(1).strip()


def snapshot(server: DovecotServer, user: str, password: str) -> dict[str, dict[int, tuple[bytes, ...]]]:
    """UIDs and flags of INBOX and Drafts (without \\Recent, which any session may clear)."""
    state: dict[str, dict[int, tuple[bytes, ...]]] = {}
    with server.client(user, password) as c:
        for name in ("INBOX", "Drafts"):
            c.select_folder(name, readonly=True)
            uids = c.search("ALL")
            fetched = c.fetch(uids, ["FLAGS"]) if uids else {}
            state[name] = {
                uid: tuple(sorted(f for f in data[b"FLAGS"] if f != b"\\Recent"))
                for uid, data in fetched.items()
            }
    return state


def test_mutt_lists_the_draft_as_postponed_threaded_and_readable(
    tmp_path: Path, dovecot: DovecotServer, imap_user: tuple[str, str]
) -> None:
    for tool in ("mutt", "tmux"):
        _tool(tool)  # skip (or fail on CI) before doing any work
    user, password = imap_user
    account = Account(tmp_path / "home", user, password, dovecot)
    account.home.mkdir()
    account.write_config()

    # --- the product drafts a reply to a rejection with non-ASCII in headers and body ---------
    first = cli("once", env=account.env)
    assert first.returncode == 0, first.stdout + first.stderr
    rejection_id = f"<rej-{secrets.token_hex(6)}@quillpoint.io>"
    raw = make_message(REJECTION_BODY, SUBJECT, sender=SENDER, message_id=rejection_id)
    dovecot.deliver(user, password, raw)
    second = cli("once", env=account.env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "1 rejection(s) drafted" in second.stdout, second.stdout + second.stderr

    with dovecot.client(user, password) as c:
        c.select_folder("Drafts", readonly=True)
        uids = c.search("ALL")
        assert len(uids) == 1, f"expected exactly one draft, found {len(uids)}"
        stored = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"])[uids[0]]
    assert {b"\\Draft", b"\\Seen"} <= set(stored[b"FLAGS"])
    draft = email.message_from_bytes(stored[b"BODY[]"], policy=email.policy.default)
    body = draft.get_content()
    # The line the pager must show intact: the first one with non-ASCII text ("Hi Zoë,").
    utf8_line = next((ln.strip() for ln in body.splitlines() if not ln.isascii()), None)
    assert utf8_line and "Zoë" in utf8_line, f"the draft should greet Zoë by name:\n{body}"
    before = snapshot(dovecot, user, password)

    muttrc = write_muttrc(tmp_path / "muttrc", user, password, dovecot.port)
    home = tmp_path / "mutt-home"  # mutt looks for nothing of the developer's
    home.mkdir()
    reply_subject = f"Re: {SUBJECT}"

    # --- Drafts: listed as a postponed message from us, not new -------------------------------
    with Mutt(muttrc, "=Drafts", home) as mutt:
        row = mutt.wait_for(
            r"^\s+1 (?P<flags>.{3}) (?P<who>.{22}) (?P<subject>.*)$", "the draft in the index"
        )
        index = row.string
        status_bar = re.search(r"Mutt: =Drafts \[(.*?)\]", index)
        assert status_bar, f"no status bar; screen:\n{index}"
        status = status_bar.group(1)
        assert "Msgs:1" in status and "Post:1" in status, (
            f"mutt should count one message, postponed; screen:\n{index}"
        )
        assert "New" not in status and "N" not in row["flags"], f"a draft must not be new:\n{index}"
        assert "F" in row["flags"], f"mutt should see the draft as from us (flag F):\n{index}"
        assert row["who"].strip() == "To Zoë Åkesson", f"recipient, decoded:\n{index}"
        assert row["subject"] == reply_subject, f"subject, decoded:\n{index}"

        mutt.keys("Enter")
        pager = mutt.wait_for(rf"^{re.escape(utf8_line)}$", f"the body line {utf8_line!r}").string
        assert header(pager, "From") == ME, pager
        assert header(pager, "To") == SENDER, pager
        assert header(pager, "Subject") == reply_subject, pager
        assert not GARBLED.search(pager), f"undecoded or garbled text in the pager:\n{pager}"
        in_reply_to = header(pager, "In-Reply-To")
        references = header(pager, "References")

    # --- INBOX: the rejection's Message-ID as mutt shows it; the draft replies to exactly it ---
    with Mutt(muttrc, "=INBOX", home) as mutt:
        mutt.wait_for(rf"Zoë Åkesson\s+{re.escape(SUBJECT)}$", "the rejection in the index")
        mutt.keys("Enter")
        pager = mutt.wait_for(r"^Viele Grüße,$", "the rejection's body").string
        message_id = header(pager, "Message-ID")
        assert header(pager, "From") == SENDER, pager
        assert not GARBLED.search(pager), f"undecoded or garbled text in the pager:\n{pager}"

    assert message_id == rejection_id
    assert in_reply_to == message_id, f"In-Reply-To {in_reply_to} is not the rejection {message_id}"
    assert message_id in references.split(), f"References {references} lacks {message_id}"

    # mutt ran read-only: nothing was marked read, flagged, moved or re-saved
    assert snapshot(dovecot, user, password) == before
