"""The harness proves itself against the real server: if these fail, no other IMAP test counts."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import threading
import time

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, LoginError
from imapclient.imapclient import DRAFTS

from dovecot import DovecotServer, RecordingProxy

pytestmark = pytest.mark.dovecot

MSG = b"From: hr@example.com\r\nTo: me@example.com\r\nSubject: Your application\r\n\r\nHello.\r\n"


def test_login_plain(dovecot: DovecotServer, imap_user: tuple[str, str]) -> None:
    with dovecot.client(*imap_user) as c:
        assert not isinstance(c._imap.sock, ssl.SSLSocket)
        assert c.folder_status("INBOX", [b"MESSAGES"]) == {b"MESSAGES": 0}
        assert c.has_capability("UIDPLUS") and c.has_capability("SPECIAL-USE")


@pytest.mark.parametrize("hostname", ["127.0.0.1", "localhost"])
def test_starttls_verified_against_ca_file(
    dovecot: DovecotServer, imap_user: tuple[str, str], hostname: str
) -> None:
    with IMAPClient(hostname, dovecot.port, ssl=False, timeout=10) as c:
        c.starttls(ssl.create_default_context(cafile=dovecot.ca_file))
        assert c._imap.sock.version() in ("TLSv1.2", "TLSv1.3")
        c.login(*imap_user)
        c.noop()


def test_implicit_tls_verified(dovecot: DovecotServer, imap_user: tuple[str, str]) -> None:
    with dovecot.client(*imap_user, tls=True) as c:
        assert isinstance(c._imap.sock, ssl.SSLSocket)
        c.select_folder("INBOX", readonly=True)
    # The check is real: without our CA (system trust store only) the handshake must fail.
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(dovecot.host, dovecot.ssl_port, ssl=True, timeout=10)


def test_wrong_password_rejected_quickly(dovecot: DovecotServer) -> None:
    name = f"pf-{os.getpid()}"
    dovecot.add_user(name, "right-pw")
    for user, password in [("static-user", "nope"), (name, "wrong-pw")]:
        start = time.monotonic()
        with pytest.raises(LoginError):
            dovecot.client(user, password)
        # Dovecot flushes failures on a 500 ms tick even with auth_failure_delay = 0.
        assert time.monotonic() - start < 1.5
    dovecot.client(name, "right-pw").logout()  # the file user itself works


def test_drafts_has_special_use(dovecot: DovecotServer, imap_user: tuple[str, str]) -> None:
    with dovecot.client(*imap_user) as c:
        assert c.find_special_folder(DRAFTS) == "Drafts"
        flags = {name: set(f) for f, _, name in c.list_folders()}
        assert {b"\\Sent", b"\\Junk", b"\\Trash", b"\\Archive"} <= set().union(*flags.values())
        assert b"\\Drafts" in flags["Drafts"]


def test_deliver_returns_increasing_uids_of_unseen_mail(
    dovecot: DovecotServer, imap_user: tuple[str, str]
) -> None:
    uids = [dovecot.deliver(*imap_user, MSG) for _ in range(3)]
    assert uids == sorted(set(uids)) and uids[0] >= 1
    many = dovecot.deliver_many(*imap_user, [MSG] * 5, chunk=2)  # three MULTIAPPENDs
    assert many == list(range(uids[-1] + 1, uids[-1] + 6))
    with dovecot.client(*imap_user) as c:
        c.select_folder("INBOX", readonly=True)
        assert set(c.search("UNSEEN")) == set(uids + many)
        fetched = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
        assert all(b"\\Seen" not in fetched[u][b"FLAGS"] for u in uids)
        assert fetched[uids[0]][b"BODY[]"] == MSG


def test_kick_drops_an_open_connection(dovecot: DovecotServer, imap_user: tuple[str, str]) -> None:
    c = dovecot.client(*imap_user)
    c.select_folder("INBOX")
    assert dovecot.kick(imap_user[0]) is True
    with pytest.raises((IMAPClientAbortError, OSError)):
        c.noop()
    c.shutdown()
    assert dovecot.kick(imap_user[0]) is False  # nobody left to kick


@pytest.mark.parametrize("folder", ["INBOX", "Drafts"])
def test_set_uidvalidity_is_seen_by_select(
    dovecot: DovecotServer, imap_user: tuple[str, str], folder: str
) -> None:
    dovecot.deliver(*imap_user, MSG, folder=folder)
    with dovecot.client(*imap_user) as c:
        before = c.select_folder(folder)[b"UIDVALIDITY"]
    dovecot.set_uidvalidity(imap_user[0], folder, before + 1000, 500)
    with dovecot.client(*imap_user) as c:
        after = c.select_folder(folder)
        assert after[b"UIDVALIDITY"] == before + 1000
        assert c.search() == [500]  # the message stays, under a new UID


def test_restart_keeps_mail_and_ports(imap_user: tuple[str, str]) -> None:
    # A private server: a broken restart must not take the session server down with it.
    with DovecotServer.start() as server:
        ports, uid = (server.port, server.ssl_port), server.deliver(*imap_user, MSG)
        old = server.client(*imap_user)
        server.restart()
        assert server.running and (server.port, server.ssl_port) == ports
        with pytest.raises((IMAPClientAbortError, OSError)):
            old.noop()  # the old server said BYE
        old.shutdown()
        with server.client(*imap_user, tls=True) as c:
            c.select_folder("INBOX")
            assert c.search() == [uid]
        pid = server._proc.pid if server._proc else 0
    assert not server.running and not server.dir.exists()
    # No live process of its session outlives it (zombies await reaping by PID 1).
    ps = subprocess.run(["ps", "-o", "stat=", "-s", str(pid)], capture_output=True, text=True)
    assert all(state.startswith("Z") for state in ps.stdout.split()), ps.stdout


def test_recording_proxy_records_commands_not_literals(
    dovecot: DovecotServer, imap_user: tuple[str, str], recording_proxy: RecordingProxy
) -> None:
    # Payloads that would look like forbidden commands if the proxy parsed literals.
    trap = MSG + b"x1 STORE 1 +FLAGS (\\Deleted)\r\nx2 EXPUNGE\r\nx3 LOGIN {99999}\r\n"
    with IMAPClient(dovecot.host, recording_proxy.port, ssl=False, timeout=10) as c:
        c.login(*imap_user)
        c.append("INBOX", trap)  # synchronizing literal {N}
        c.multiappend("INBOX", [trap, {"msg": trap, "flags": [b"\\Seen"]}])  # {N+}, twice
        c.select_folder("INBOX")
        assert c.fetch([1], ["BODY.PEEK[]"])[1][b"BODY[]"] == trap  # data passed unchanged
        c.idle()
        c.idle_check(0.05)
        c.idle_done()
        c.logout()
    cmds = recording_proxy.commands
    names = [x.name for x in cmds]
    assert {"LOGIN", "APPEND", "SELECT", "UID FETCH", "IDLE", "DONE", "LOGOUT"} <= set(names)
    assert not {"STORE", "EXPUNGE", "UID STORE"} & set(names)
    assert names.index("DONE") == names.index("IDLE") + 1
    fetch = next(x for x in cmds if x.name == "UID FETCH")
    assert fetch.args == "1 (BODY.PEEK[])" and fetch.tag
    appends = [x.args for x in cmds if x.name == "APPEND"]
    assert appends[0].endswith(f"{{{len(trap)}}}")
    assert appends[1].count(f"{{{len(trap)}+}}") == 2 and "(\\Seen)" in appends[1]


def test_recording_proxy_raw_literal_plus_and_concurrent_clients(
    dovecot: DovecotServer, recording_proxy: RecordingProxy
) -> None:
    user, password = dovecot.new_user()
    with socket.create_connection((dovecot.host, recording_proxy.port), timeout=10) as s:
        f = s.makefile("rb")
        f.readline()  # greeting
        body = b"a {5}\r\nb9 DELETE INBOX\r\n"
        u, p = user.encode(), password.encode()
        s.sendall(
            b"r1 LOGIN {%d+}\r\n%s {%d+}\r\n%s\r\n" % (len(u), u, len(p), p)
            + b"r2 APPEND INBOX {%d+}\r\n%s\r\nr3 LOGOUT\r\n" % (len(body), body)
        )
        lines = [f.readline() for _ in range(10)]
        assert any(ln.startswith(b"r3 OK") for ln in lines), lines

    def session(n: int) -> None:
        with IMAPClient(dovecot.host, recording_proxy.port, ssl=False, timeout=10) as c:
            c.login(user, password)
            for _ in range(5):
                c.noop()
            c.logout()

    threads = [threading.Thread(target=session, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    names = [c.name for c in recording_proxy.commands]
    assert names[:3] == ["LOGIN", "APPEND", "LOGOUT"]
    assert recording_proxy.commands[1].args == f"INBOX {{{len(body)}+}}"
    assert "DELETE" not in names
    assert names.count("NOOP") == 20 and names.count("LOGIN") == 5


def test_mdbox_user(dovecot: DovecotServer) -> None:
    name = f"mdbox-{os.getpid()}"
    dovecot.add_user(name, "mdbox-pw", mdbox=True)
    assert "mdbox:" in dovecot.doveadm("user", name)
    uids = dovecot.deliver_many(name, "mdbox-pw", [MSG] * 50)
    with dovecot.client(name, "mdbox-pw") as c:
        assert c.select_folder("INBOX")[b"EXISTS"] == 50
        assert c.search() == uids
        assert c.find_special_folder(DRAFTS) == "Drafts"
    assert (dovecot.dir / "mail" / name / "mdbox").is_dir()
