"""A private, throw-away Cyrus IMAP 3.6 server for tests (no pytest import at module level).

Why a second server: Fastmail runs Cyrus, and Cyrus differs from Dovecot where the watcher
makes assumptions: special-use flags come lowercase (`\\drafts`), folders live under the
`INBOX.` namespace with "." as separator (Drafts is `INBOX.Drafts`), and IDLE is pushed by a
separate `idled` daemon. The recipe is shared/cyrus-server.md (measured on Debian 12).

Installing: Debian's `cyrus-imapd` conflicts with `dovecot-imapd`, and the tests need both.
`cyrus-common` (which holds `master`) does not conflict, so tests/run installs it and unpacks
`imapd` and `idled` from the `cyrus-imapd` .deb into PRIVATE_BIN without installing it.

Users: any name logs in with any password (`sasl_pwcheck_method: alwaystrue`); the first login
creates the mailbox with Drafts, Sent, Junk, Trash and Archive. So a wrong password cannot be
tested here; Dovecot covers that.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

from dovecot import HOST, ImapTestServer, _make_certs, find_free_port

MASTER = "/usr/lib/cyrus/bin/master"  # from cyrus-common
#: Where tests/run unpacks the cyrus-imapd package (imapd, idled); /opt, not the repository,
#: because as root master drops to the `cyrus` user, which must be able to run them wherever
#: the clone lives (a 0700 home would stop it).
PRIVATE_BIN = "/opt/rejection-watcher-test/cyrus/usr/lib/cyrus/bin"
SYSTEM_BIN = "/usr/lib/cyrus/bin"  # a full cyrus-imapd install (without Dovecot) works too
SPECIAL = ("Drafts", "Sent", "Junk", "Trash", "Archive")

_IMAPD_CONF = """\
configdirectory: {dir}/conf
partition-default: {dir}/spool
servername: localhost
cyrus_user: {cyrus_user}
admins: {cyrus_user}
allowplaintext: yes
sasl_pwcheck_method: alwaystrue
sasl_mech_list: PLAIN LOGIN
virtdomains: off
unixhierarchysep: no
altnamespace: no
autocreate_users: anyone
autocreate_quota: 0
autocreate_inbox_folders: {folders}
autocreate_subscribe_folders: {folders}
{xlist}
specialusealways: yes
delete_mode: immediate
expunge_mode: immediate
tls_server_cert: {dir}/server.crt
tls_server_key: {dir}/server.key
idlesocket: {dir}/conf/socket/idle
lmtpsocket: {dir}/conf/socket/lmtp
notifysocket: {dir}/conf/socket/notify
"""
# Every cmd= needs -C: without it the children read /etc/imapd.conf and hang on the system's
# locks. idled pushes IDLE notices at once; without it Cyrus polls (imapidlepoll, 0.8 s here).
_CYRUS_CONF = """\
START {{
  recover cmd="{master_bin}/ctl_cyrusdb -C {conf} -r"
}}
SERVICES {{
  imap cmd="{bin}/imapd -C {conf}" listen="{host}:{port}" prefork=0 maxchild=50
  imaps cmd="{bin}/imapd -s -C {conf}" listen="{host}:{ssl_port}" prefork=0 maxchild=50
}}
EVENTS {{
}}
DAEMON {{
  idled cmd="{bin}/idled -C {conf}"
}}
"""


def cyrus_bin() -> str | None:
    """The directory holding imapd and idled (the private unpack first), or None."""
    for d in (PRIVATE_BIN, SYSTEM_BIN):
        if all(os.access(f"{d}/{b}", os.X_OK) for b in ("imapd", "idled")):
            return d
    return None


def cyrus_missing() -> str | None:
    """Why Cyrus cannot run here, or None when it can."""
    if not os.access(MASTER, os.X_OK):
        return f"{MASTER} is missing: apt-get install cyrus-common (tests/run does)"
    if cyrus_bin() is None:
        return f"imapd and idled are missing from {PRIVATE_BIN}: tests/run unpacks them from cyrus-imapd"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("cyrus")
        except KeyError:
            return "as root master runs as the `cyrus` user, which cyrus-common creates: reinstall it"
    return None


def require_cyrus() -> None:
    """Skip the test when Cyrus is not installed; under CI (`CI` set) fail instead, never skip."""
    if (msg := cyrus_missing()) is not None:
        import pytest

        if os.environ.get("CI"):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)


def _alive(pid: int) -> bool:
    """Whether *pid* runs and is not a zombie (master reaps its children soon after)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


class CyrusServer(ImapTestServer):
    """One Cyrus master (imapd on a plain and an implicit-TLS port, plus idled) in its own
    short temp dir. The API mirrors the parts of DovecotServer that tests use."""

    drafts = "INBOX.Drafts"  # where a user's drafts live (the `INBOX.` namespace)

    def __init__(self, workdir: str | None = None) -> None:
        if (missing := cyrus_missing()) is not None:
            raise FileNotFoundError(missing)
        self.bin = str(cyrus_bin())
        # The `cyrus` user must traverse the dir (as root), so /tmp, not pytest's 0700 tmp.
        self._own_dir = workdir is None
        self.dir = Path(workdir or tempfile.mkdtemp(prefix="cyr-", dir="/tmp"))
        self.host = HOST
        self.port = find_free_port()
        self.ssl_port = find_free_port()
        while self.ssl_port == self.port:
            self.ssl_port = find_free_port()
        self.conf = str(self.dir / "imapd.conf")
        self.ca_file = str(self.dir / "ca.crt")
        self._proc: subprocess.Popen[bytes] | None = None
        self._write_files()

    @classmethod
    def start(cls, workdir: str | None = None) -> CyrusServer:
        """Write config and certificates, start master, return once a login can LIST."""
        server = cls(workdir)
        try:
            server._launch()
        except BaseException:
            server.close()
            raise
        return server

    def _write_files(self) -> None:
        d = self.dir
        _make_certs(d)
        for sub in ("conf/socket", "conf/proc", "conf/lock", "spool"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        # As root master drops to `cyrus` (cyrus_user: root never listens); otherwise it runs as us.
        user = "cyrus" if os.geteuid() == 0 else pwd.getpwuid(os.getuid()).pw_name
        folders = "|".join(SPECIAL)
        # Cyrus lowercases config keys, so these flags come out as \drafts, \sent, ... on LIST.
        xlist = "\n".join(f"xlist-{b.lower()}: {b}" for b in SPECIAL)
        Path(self.conf).write_text(_IMAPD_CONF.format(dir=d, cyrus_user=user, folders=folders, xlist=xlist))
        (d / "cyrus.conf").write_text(
            _CYRUS_CONF.format(
                master_bin=SYSTEM_BIN,
                bin=self.bin,
                conf=self.conf,
                host=self.host,
                port=self.port,
                ssl_port=self.ssl_port,
            )
        )
        if os.geteuid() == 0:
            for path in [d, *d.rglob("*")]:
                os.chown(path, pwd.getpwnam("cyrus").pw_uid, pwd.getpwnam("cyrus").pw_gid)

    def _launch(self, deadline_s: float = 10.0) -> None:
        """Start master in its own session; ready = LOGIN and LIST succeed (about 0.1 s).

        Cyrus logs only to syslog, so a broken setup shows as a refusal or a hang: the error
        names the config files to look at."""
        cmd = [
            MASTER,
            "-C",
            self.conf,
            "-M",
            str(self.dir / "cyrus.conf"),
            "-p",
            str(self.dir / "master.pid"),
            "-D",
        ]
        with open(self.dir / "stderr.log", "ab") as err:
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=err, stderr=err, start_new_session=True
            )
        deadline = time.monotonic() + deadline_s
        while True:
            if self._proc.poll() is not None:
                raise RuntimeError(f"cyrus master exited with {self._proc.returncode}:\n{self.log_tail()}")
            try:
                with IMAPClient(HOST, self.port, ssl=False, timeout=2) as c:
                    c.login("ready-probe", "x")
                    if c.list_folders():
                        return
            except Exception as exc:  # any failure only means "not yet"
                last = exc
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(
                    f"cyrus not ready in {deadline_s}s ({last!r}); see {self.conf}:\n{self.log_tail()}"
                )
            time.sleep(0.02)

    # ----- users and mail -------------------------------------------------------------------
    def new_user(self, prefix: str = "u") -> tuple[str, str]:
        """A fresh (user, password): its mailbox is created at its first login."""
        name = f"{prefix}-{secrets.token_hex(4)}"
        return name, f"pw-{name}"

    def client(self, user: str, password: str, *, tls: bool = False) -> IMAPClient:
        """A logged-in client on the plain port, or on implicit TLS verified against ca_file."""
        if tls:
            ctx = ssl.create_default_context(cafile=self.ca_file)
            c = IMAPClient(self.host, self.ssl_port, ssl=True, ssl_context=ctx, timeout=30)
        else:
            c = IMAPClient(self.host, self.port, ssl=False, timeout=30)
            # APPEND's synchronising literal waits for Nagle + delayed ACK: 44 ms, not 2.5 ms.
            c.socket().setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            c.login(user, password)
        except BaseException:
            c.shutdown()
            raise
        return c

    # ----- server-side control --------------------------------------------------------------
    def sessions(self, user: str) -> dict[int, str]:
        """The imapd processes serving *user*, PID -> the command each runs now ("Idle",
        "Examine", ...). Cyrus keeps one file per connection in conf/proc, named by PID:
        service, client, user, mailbox, command, tab-separated (a killed process leaves its
        file behind, hence the liveness check)."""
        found = {}
        for f in (self.dir / "conf" / "proc").glob("[0-9]*"):
            with contextlib.suppress(OSError, IndexError, ValueError):
                fields = f.read_text(errors="replace").rstrip("\n").split("\t")
                if fields[2] == user and _alive(int(f.name)):
                    found[int(f.name)] = fields[4]
        return found

    def idling(self, user: str) -> bool:
        """Whether a connection of *user* sits in IDLE right now."""
        return "Idle" in self.sessions(user).values()

    def kick(self, user: str) -> bool:
        """Drop every connection of *user* server-side (SIGKILL its imapd processes, as a
        crash would); False if it had none. Returns once they are gone."""
        pids = list(self.sessions(user))
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
            time.sleep(0.01)
        return bool(pids)

    def restart(self) -> None:
        """Stop, then start again in the same dir on the same ports (mail is kept)."""
        self.stop()
        self._launch()

    @property
    def running(self) -> bool:
        """Whether the master process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, n: int = 40) -> str:
        """The last *n* lines master wrote to stderr (Cyrus logs the rest to syslog only)."""
        p = self.dir / "stderr.log"
        return "\n".join(p.read_text(errors="replace").splitlines()[-n:]) if p.exists() else ""

    def close(self) -> None:
        """Stop the server and delete its dir if we created it."""
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> CyrusServer:
        if not self.running:
            self._launch()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
