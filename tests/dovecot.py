"""A private, throw-away Dovecot IMAP server for tests and benchmarks (no pytest import).

Why a real server: the watcher's safety promises (never STORE/EXPUNGE/MOVE, PEEK-only fetches,
UIDVALIDITY handling, reconnects after a server-side kick) are only worth something if they hold
against real IMAP. The recipe it follows is shared/imap-server.md (measured on Debian 12).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import grp
import http.server
import itertools
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, urlsplit

from imapclient import IMAPClient

HOST = "127.0.0.1"
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) ([0-9:,]+)\]")

_CONF = """\
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
protocols = imap
listen = {host}
ssl = yes
ssl_cert = <{dir}/server.crt
ssl_key = <{dir}/server.key
disable_plaintext_auth = no
auth_mechanisms = {auth_mechanisms}
auth_failure_delay = 0
mail_fsync = never
{privileges}
{oauth2_passdb}# One passwd-file per user: Dovecot stats a file at most once per second, so one shared file
# could hide a user added in the same second; a path never looked up before is read at once.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {dir}/users/%n
}}
# Any other user logs in with "pw-<name>": a fresh empty mailbox per test without a restart.
passdb {{
  driver = static
  args = password=pw-%n
}}
userdb {{
  driver = passwd-file
  args = username_format=%n {dir}/users/%n
  default_fields = home={dir}/mail/%n mail=maildir:~/Maildir
}}
userdb {{
  driver = static
  args = home={dir}/mail/%n mail=maildir:~/Maildir
}}
namespace inbox {{
  inbox = yes
  separator = /
{mailboxes}}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {ssl_port}
    ssl = yes
  }}
{login_chroot}}}
# No auth penalty: otherwise each failed login from 127.0.0.1 costs up to 15 s.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{login_chroot}}}
"""
_SPECIAL = ("Drafts", "Sent", "Junk", "Trash", "Archive")
#: Folder -> special use as Gmail's IMAP shows them: no plain "Drafts" anywhere, so the drafts
#: folder can only be found by its \Drafts flag. (Labels are plain folders; [Gmail]/All Mail is
#: left out: Dovecot cannot make a folder that holds every message.)
GMAIL_MAILBOXES = {
    "[Gmail]/Drafts": "\\Drafts",
    "[Gmail]/Sent Mail": "\\Sent",
    "[Gmail]/Spam": "\\Junk",
    "[Gmail]/Trash": "\\Trash",
    "[Gmail]/Starred": "\\Flagged",
}
_ROOT_PRIVILEGES = """\
# Mail is never accessed as uid 0, and first_valid_uid defaults to 500.
mail_uid = mail
mail_gid = mail
first_valid_uid = 8
first_valid_gid = 8"""

# OAuth2 mode only (the default config does not contain it). XOAUTH2/OAUTHBEARER logins go to
# this passdb alone: it is skipped for PLAIN/LOGIN, and whatever it answers is final, so a token
# is never tried as a password against the passdbs below.
_OAUTH2_PASSDB = """\
# Token validity is never cached: auth_cache_size stays 0 (the default) and Dovecot 2.3's
# oauth2 passdb keeps no token cache, so every login asks the introspection server again.
auth_cache_size = 0
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {dir}/dovecot-oauth2.conf.ext
  result_failure = return-fail
  result_internalfail = return-fail
}}
"""
_OAUTH2_EXT = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""


def find_free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago (the kernel picks it)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def dovecot_binary() -> str | None:
    """Path of the dovecot binary; /usr/sbin is not on a normal user's PATH on Debian."""
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")


def require_dovecot() -> None:
    """Skip the test when Dovecot is not installed; under CI (`CI` set) fail instead, never skip."""
    if dovecot_binary() is None:
        import pytest

        msg = "the dovecot binary is missing: apt-get install dovecot-imapd"
        if os.environ.get("CI"):
            pytest.fail(msg, pytrace=False)
        pytest.skip(msg)


def _group_alive(pgid: int) -> bool:
    """Whether a live process of the group remains. Zombies don't count: orphans are reaped
    by PID 1, which in containers may take a second or two."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    if not os.path.isdir("/proc"):
        return True
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            state, _, pgrp = stat.read_text().rsplit(")", 1)[1].split()[:3]
            if int(pgrp) == pgid and state != "Z":
                return True
    return False


def _port_free(port: int) -> bool:
    """Whether a listener could bind *port* now (as Dovecot does, with SO_REUSEADDR)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError:
            return False
        return True


def _uid_set(text: bytes) -> list[int]:
    """Expand an APPENDUID uid-set such as b"4:6,9" (multiappend returns ranges)."""
    uids: list[int] = []
    for part in text.split(b","):
        lo, _, hi = part.partition(b":")
        uids.extend(range(int(lo), int(hi or lo) + 1))
    return uids


def _make_certs(d: Path) -> None:
    """EC P-256 CA + server cert for localhost/127.0.0.1: ~50 ms (RSA would take ~0.4 s)."""
    (d / "server.ext").write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
        "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid,issuer\n"
    )
    ec = "-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes"
    for cmd in (
        f"req -x509 {ec} -keyout ca.key -out ca.crt -days 30 -subj /CN=rejection-watcher-test-CA"
        " -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign",
        f"req -new {ec} -keyout server.key -out server.csr -subj /CN=localhost",
        "x509 -req -in server.csr -CA ca.crt -CAkey ca.key -days 30 -out server.crt"
        f" -extfile server.ext -set_serial {secrets.randbits(63)}",
    ):
        subprocess.run(["openssl", *cmd.split()], cwd=d, check=True, capture_output=True)


class Introspection(NamedTuple):
    """One token introspection request Dovecot made: what it asked and what it was told."""

    method: str  # "POST" with introspection_mode = post
    token: str | None  # the bearer token Dovecot asked about
    user: str | None  # whom the token was issued to; None for an unknown token
    active: bool  # the answer: valid now (issued, not revoked, not expired)
    at: float  # time.time() of the request


class _Token(NamedTuple):
    user: str
    expires: float | None  # time.time() deadline, None = never
    revoked: bool


class TokenServer:
    """A tiny OAuth2 token introspection endpoint (RFC 7662) on 127.0.0.1, for Dovecot's
    oauth2 passdb: the test issues and revokes bearer tokens, Dovecot asks here on every
    XOAUTH2/OAUTHBEARER login. Runs in a thread; stdlib http.server only.

    Answers: an active token gives {"active": true, "username": USER, "exp": ...}; a revoked,
    expired or unknown one {"active": false}, which Dovecot refuses (the user's name is
    missing, or active is not "true").
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, _Token] = {}
        self._requests: list[Introspection] = []
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # Dovecot's HTTP client keeps the connection open

            def do_POST(self) -> None:  # introspection_mode = post: body "token=..."
                n = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(n).decode("utf-8", "replace"))
                self._answer(form.get("token", [None])[0])

            def do_GET(self) -> None:  # introspection_mode = auth (Bearer header) or get (URL)
                auth = self.headers.get("Authorization", "")
                if auth[:7].lower() == "bearer ":
                    self._answer(auth[7:].strip())
                else:
                    self._answer(parse_qs(urlsplit(self.path).query).get("token", [None])[0])

            def _answer(self, token: str | None) -> None:
                body = json.dumps(owner._introspect(self.command, token)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass  # the record in .requests is the log

        self._httpd = http.server.ThreadingHTTPServer((HOST, 0), Handler)
        self._httpd.daemon_threads = True
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://{HOST}:{self.port}/introspect"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def _introspect(self, method: str, token: str | None) -> dict[str, object]:
        now = time.time()
        with self._lock:
            t = self._tokens.get(token) if token is not None else None
            active = t is not None and not t.revoked and (t.expires is None or now < t.expires)
            self._requests.append(Introspection(method, token, t and t.user, active, now))
        if not active:
            return {"active": False}
        assert t is not None
        answer: dict[str, object] = {"active": True, "username": t.user, "token_type": "Bearer"}
        if t.expires is not None:
            answer["exp"] = int(t.expires)
        return answer

    def issue(self, user: str, *, token: str | None = None, ttl: float | None = None) -> str:
        """A bearer token for *user*, valid until revoked or for *ttl* seconds; the token."""
        token = token or f"tok-{secrets.token_urlsafe(24)}"
        if any(c.isspace() or c == "\x01" for c in token):
            raise ValueError("a token has no whitespace or ^A")
        expires = None if ttl is None else time.time() + ttl
        with self._lock:
            self._tokens[token] = _Token(user, expires, False)
        return token

    def revoke(self, token: str) -> None:
        """From now on *token* is refused, at the next login (KeyError if never issued)."""
        with self._lock:
            self._tokens[token] = self._tokens[token]._replace(revoked=True)

    @property
    def requests(self) -> list[Introspection]:
        """Every introspection request so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    def forget(self, token: str) -> None:
        """Drop *token* and every record of it (the readiness probe's own traces)."""
        with self._lock:
            self._tokens.pop(token, None)
            self._requests = [r for r in self._requests if r.token != token]

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


class ImapTestServer:
    """What Dovecot and Cyrus test servers share: mail arriving from outside (APPEND / MULTIAPPEND
    on a connection of the user's) and stopping the master's process group."""

    port: int
    ssl_port: int
    _proc: subprocess.Popen[bytes] | None

    def client(self, user: str, password: str, *, tls: bool = False) -> IMAPClient:
        raise NotImplementedError

    def stop(self, timeout: float = 5.0) -> None:
        """SIGTERM the whole process group (clients get BYE), SIGKILL after *timeout*."""
        self._end(signal.SIGTERM, timeout)

    def kill(self) -> None:
        """SIGKILL the process group: an abrupt crash, nothing flushed."""
        self._end(signal.SIGKILL, 5.0)

    def _end(self, sig: signal.Signals, timeout: float) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        # Children that outlive the master are stragglers (it has shut down): kill them, then
        # wait until none is left and the ports are free again for a restart.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and (
            _group_alive(proc.pid) or not (_port_free(self.port) and _port_free(self.ssl_port))
        ):
            time.sleep(0.005)

    def deliver(
        self,
        user: str,
        password: str,
        raw: bytes,
        folder: str = "INBOX",
        flags: Iterable[bytes | str] = (),
        msg_time: dt.datetime | None = None,
    ) -> int:
        """APPEND *raw* as an external sender would (unseen unless flags say so); its new UID."""
        return self.deliver_many(user, password, [raw], folder, flags, msg_time)[0]

    def deliver_many(
        self,
        user: str,
        password: str,
        raws: Iterable[bytes],
        folder: str = "INBOX",
        flags: Iterable[bytes | str] = (),
        msg_time: dt.datetime | None = None,
        chunk: int = 1000,
    ) -> list[int]:
        """Seed a big mailbox: one MULTIAPPEND per *chunk* messages; their new UIDs in order.

        Per-message APPEND manages ~300/s; this does 10k in ~1 s on mdbox (Maildir is
        bound by file creation, ~1 ms a message here).
        """
        item: dict[str, object] = {"flags": tuple(flags)}
        if msg_time is not None:
            item["date"] = msg_time
        uids: list[int] = []
        raws = iter(raws)
        with self.client(user, password) as c:
            while batch := [{**item, "msg": r} for r in itertools.islice(raws, chunk)]:
                # imapclient 4.1 returns the raw (typ, [text]) and does not raise on NO.
                typ, data = c.multiappend(folder, batch)
                m = _APPENDUID.search(data[0]) if typ == "OK" else None
                if not m:
                    raise RuntimeError(f"MULTIAPPEND failed: {typ} {data!r}")
                uids += _uid_set(m.group(2))
        return uids


class DovecotServer(ImapTestServer):
    """One Dovecot master on two free loopback ports, in its own short temp dir.

    With oauth2=True it also accepts AUTHENTICATE XOAUTH2 and OAUTHBEARER with bearer tokens
    the test controls (issue_token, revoke_token, introspections), checked on every login by
    a TokenServer the instance owns. Password logins work as without it.

    *mailboxes* (folder -> special use, e.g. GMAIL_MAILBOXES) replaces the special folders
    every user gets; by default Drafts, Sent, Junk, Trash and Archive.
    """

    def __init__(
        self,
        workdir: str | None = None,
        *,
        oauth2: bool = False,
        mailboxes: Mapping[str, str] | None = None,
    ) -> None:
        # Unix socket paths break past ~100 characters, hence a short dir under /tmp.
        self._own_dir = workdir is None
        self.dir = Path(workdir or tempfile.mkdtemp(prefix="dvc-", dir="/tmp"))
        self.host = HOST
        self.port = find_free_port()
        self.ssl_port = find_free_port()
        while self.ssl_port == self.port:
            self.ssl_port = find_free_port()
        self.conf = str(self.dir / "dovecot.conf")
        self.log_path = str(self.dir / "dovecot.log")
        self.ca_file = str(self.dir / "ca.crt")
        self._proc: subprocess.Popen[bytes] | None = None
        self.tokens: TokenServer | None = TokenServer() if oauth2 else None
        self.mailboxes = dict(mailboxes) if mailboxes is not None else {b: f"\\{b}" for b in _SPECIAL}
        try:
            self._write_files()
        except BaseException:
            if self.tokens is not None:
                self.tokens.close()
            raise

    @classmethod
    def start(
        cls,
        workdir: str | None = None,
        *,
        oauth2: bool = False,
        mailboxes: Mapping[str, str] | None = None,
    ) -> DovecotServer:
        """Write config and certificates, start the server, return once it serves mail
        (in OAuth2 mode: once a token login serves mail, too)."""
        server = cls(workdir, oauth2=oauth2, mailboxes=mailboxes)
        try:
            server._launch()
        except BaseException:
            server.close()
            raise
        return server

    def _write_files(self) -> None:
        d = self.dir
        _make_certs(d)
        (d / "users").mkdir(exist_ok=True)
        (d / "mail").mkdir(exist_ok=True)
        if os.geteuid() == 0:
            privileges, chroot = _ROOT_PRIVILEGES, ""
            os.chmod(d, 0o755)  # auth and login processes (not root) must reach into it
            shutil.chown(d / "mail", "mail", "mail")
        else:  # every service runs as us; chroot() would need root
            uid, gid = os.getuid(), os.getgid()
            user, group = pwd.getpwuid(uid).pw_name, grp.getgrgid(gid).gr_name
            privileges = (
                f"default_internal_user = {user}\ndefault_internal_group = {group}\n"
                f"default_login_user = {user}\nfirst_valid_uid = {uid}\nfirst_valid_gid = {gid}"
            )
            chroot = "  chroot =\n"
        boxes = "".join(
            f'  mailbox "{name}" {{\n    auto = subscribe\n    special_use = {use}\n  }}\n'
            for name, use in self.mailboxes.items()
        )
        extra = {
            "privileges": privileges,
            "mailboxes": boxes,
            "login_chroot": chroot,
            "auth_mechanisms": "plain login",
            "oauth2_passdb": "",
        }
        if self.tokens is not None:
            (d / "dovecot-oauth2.conf.ext").write_text(_OAUTH2_EXT.format(url=self.tokens.url))
            extra["auth_mechanisms"] = "plain login xoauth2 oauthbearer"
            extra["oauth2_passdb"] = _OAUTH2_PASSDB.format(dir=d)
        Path(self.conf).write_text(_CONF.format_map({**vars(self), **extra}))

    def _launch(self, deadline_s: float = 10.0) -> None:
        """Start `dovecot -F` in its own session; ready = LOGIN *and* STATUS INBOX succeed
        (a broken mail setup still answers LOGIN with OK)."""
        binary = dovecot_binary()
        if binary is None:
            raise FileNotFoundError("dovecot is not installed: apt-get install dovecot-imapd")
        with open(self.dir / "stderr.log", "ab") as err:  # config errors precede the log
            self._proc = subprocess.Popen(
                [binary, "-F", "-c", self.conf],
                stdin=subprocess.DEVNULL,
                stdout=err,
                stderr=err,
                start_new_session=True,
            )
        deadline = time.monotonic() + deadline_s
        while True:
            if self._proc.poll() is not None:
                code = self._proc.returncode
                raise RuntimeError(f"dovecot exited with {code}:\n{self.log_tail()}")
            try:
                with IMAPClient(HOST, self.port, ssl=False, timeout=2) as c:
                    c.login("ready-probe", "pw-ready-probe")
                    c.folder_status("INBOX", [b"MESSAGES"])
                if self.tokens is not None:
                    self._probe_oauth2()
                return
            except Exception as exc:  # any failure only means "not yet"
                last = exc
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"dovecot not ready in {deadline_s}s ({last!r}):\n{self.log_tail()}")
            time.sleep(0.02)

    def _probe_oauth2(self) -> None:
        """One XOAUTH2 login with a throw-away token (the oauth2 passdb is set up lazily in
        the auth process); the token and its introspection are then forgotten, so tests see
        only their own (also after restart())."""
        assert self.tokens is not None
        token = self.tokens.issue("ready-probe")
        try:
            with self.oauth2_client("ready-probe", token) as c:
                c.folder_status("INBOX", [b"MESSAGES"])
        finally:
            self.tokens.forget(token)

    # ----- OAuth2 (only with oauth2=True) ---------------------------------------------------
    def _token_server(self) -> TokenServer:
        if self.tokens is None:
            raise RuntimeError("OAuth2 is off: start the server with oauth2=True")
        return self.tokens

    def issue_token(self, user: str, *, token: str | None = None, ttl: float | None = None) -> str:
        """A bearer token that logs *user* in by XOAUTH2/OAUTHBEARER until revoked, or for
        *ttl* seconds; random unless *token* is given. Any user name works (fresh mailbox)."""
        return self._token_server().issue(user, token=token, ttl=ttl)

    def revoke_token(self, token: str) -> None:
        """Refuse *token* from the next login on (sessions already logged in stay open)."""
        self._token_server().revoke(token)

    @property
    def introspections(self) -> list[Introspection]:
        """Every token check Dovecot made since startup, oldest first."""
        return self._token_server().requests

    def oauth2_client(self, user: str, token: str, *, mech: str = "XOAUTH2", tls: bool = False) -> IMAPClient:
        """A client logged in with AUTHENTICATE *mech* (XOAUTH2 or OAUTHBEARER); LoginError
        if the token is refused."""
        if tls:
            ctx = ssl.create_default_context(cafile=self.ca_file)
            c = IMAPClient(self.host, self.ssl_port, ssl=True, ssl_context=ctx, timeout=30)
        else:
            c = IMAPClient(self.host, self.port, ssl=False, timeout=30)
        try:
            if mech.upper() == "OAUTHBEARER":
                c.oauthbearer_login(user, token)
            else:
                c.oauth2_login(user, token, mech=mech)
        except BaseException:
            c.shutdown()
            raise
        return c

    # ----- users and mail -------------------------------------------------------------------
    def add_user(self, name: str, password: str, *, mdbox: bool = False) -> None:
        """A passwd-file user, live at once (no restart); mdbox for big, fast mailboxes.

        The static passdb still accepts "pw-<name>" for this user too.
        """
        if not re.fullmatch(r"\w[\w.-]*", name, re.ASCII) or any(c in password for c in ":\r\n"):
            raise ValueError("need a name of [A-Za-z0-9_.-], a password without ':' or newline")
        path = self.dir / "users" / name
        if path.exists():
            raise ValueError(f"user {name} exists")  # a rewrite within 1 s could go unseen
        extra = "userdb_mail=mdbox:~/mdbox" if mdbox else ""
        tmp = path.with_name(f".{name}.tmp")  # no user name starts with a dot
        tmp.write_text(f"{name}:{{PLAIN}}{password}::::::{extra}\n")
        tmp.chmod(0o644)  # read by the auth process, which is not root
        tmp.rename(path)

    def new_user(self, prefix: str = "u") -> tuple[str, str]:
        """A fresh (user, password) with an empty mailbox, via the static passdb: no restart."""
        name = f"{prefix}-{secrets.token_hex(4)}"
        return name, f"pw-{name}"

    def client(self, user: str, password: str, *, tls: bool = False) -> IMAPClient:
        """A logged-in client on the plain port, or on implicit TLS verified against ca_file.
        (IMAPClient's own default is ssl=True, even on port 143.)"""
        if tls:
            ctx = ssl.create_default_context(cafile=self.ca_file)
            c = IMAPClient(self.host, self.ssl_port, ssl=True, ssl_context=ctx, timeout=30)
        else:
            c = IMAPClient(self.host, self.port, ssl=False, timeout=30)
        try:
            c.login(user, password)
        except BaseException:
            c.shutdown()
            raise
        return c

    # ----- server-side control --------------------------------------------------------------
    def doveadm(self, *args: str) -> str:
        """Run doveadm against *this* server (never a system one); its stdout."""
        r = subprocess.run(["doveadm", "-c", self.conf, *args], capture_output=True, text=True)
        if r.returncode:
            raise RuntimeError(f"doveadm {' '.join(args)}: exit {r.returncode}: {r.stderr}")
        return r.stdout

    def kick(self, user: str) -> bool:
        """Drop every connection of *user* server-side; False if it had none. Returns once
        the server lists none, so the client's next command is sure to fail."""
        try:
            self.doveadm("kick", user)
        except RuntimeError as e:
            if "exit 68" in str(e):  # EX_NOUSER: "no users kicked"
                return False
            raise
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(
            line.split()[:1] == [user] for line in self.doveadm("who", "-1", user).splitlines()
        ):
            time.sleep(0.01)
        return True

    def set_uidvalidity(self, user: str, folder: str, uidvalidity: int, min_next_uid: int = 1) -> None:
        """Give *folder* (INBOX or any other) a new UIDVALIDITY in place, via doveadm.

        Messages stay. On Maildir they are renumbered from *min_next_uid*; on mdbox they keep
        their UIDs. A session that has the folder selected is disconnected by the server.
        """
        uv, nxt = str(uidvalidity), str(min_next_uid)
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", uv, "--min-next-uid", nxt, folder)

    def restart(self) -> None:
        """Stop, then start again in the same dir on the same ports (mail is kept)."""
        self.stop()
        self._launch()

    @property
    def running(self) -> bool:
        """Whether the master process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, n: int = 40) -> str:
        """The last *n* lines of dovecot.log and of stderr (where config errors go)."""
        lines: list[str] = []
        for p in (Path(self.log_path), self.dir / "stderr.log"):
            if p.exists():
                lines += p.read_text(errors="replace").splitlines()[-n:]
        return "\n".join(lines)

    def close(self) -> None:
        """Stop the server (and the token server) and delete its dir if we created it."""
        self.stop()
        if self.tokens is not None:
            self.tokens.close()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        if not self.running:
            self._launch()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Command(NamedTuple):
    """One command a client sent, e.g. ("a3", "UID FETCH", "1:5 (BODY.PEEK[])")."""

    tag: str
    name: str
    args: str


class _Conn:
    """Per-connection parser state shared by the proxy's two pumps."""

    def __init__(self) -> None:
        self.auth_tag: bytes | None = None  # SASL exchange in progress: lines are not commands
        self.opaque = False  # after STARTTLS: encrypted, nothing to read


_LITERAL = re.compile(rb"\{(\d+)\+?\}\r?$")


class RecordingProxy:
    """A loopback TCP proxy to the server's plain port that records what clients send.

    Why: the watcher must never STORE, EXPUNGE, COPY, MOVE, DELETE or fetch BODY[] without
    PEEK, and only the wire can prove it. Literal payloads ({N} and {N+}, e.g. APPEND's
    message) are skipped, not parsed; IDLE's DONE is recorded as ("", "DONE", ""); args keep
    the "{N}" markers. SASL lines after AUTHENTICATE are not recorded; after STARTTLS the
    bytes pass unread. A command is recorded before it is forwarded, so it is in .commands
    by the time the client sees the server's answer.
    """

    def __init__(self, server: DovecotServer) -> None:
        self.commands: list[Command] = []
        #: Command name -> seconds to hold it before forwarding (a slow server, to widen races).
        self.delays: dict[str, float] = {}
        self._target = (server.host, server.port)
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server((HOST, 0))
        self.port: int = self._listener.getsockname()[1]
        self._spawn(self._accept_loop)

    def _spawn(self, fn: Callable[..., None], *args: object) -> None:
        t = threading.Thread(target=fn, args=args, daemon=True)
        with self._lock:
            self._threads.append(t)
        t.start()

    def _accept_loop(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # listener closed
            try:
                upstream = socket.create_connection(self._target)
            except OSError:  # server down: the client sees a closed connection, as without us
                client.close()
                continue
            with self._lock:
                self._socks += [client, upstream]
            conn = _Conn()
            self._spawn(self._pump_client, client, upstream, conn)
            self._spawn(self._pump_server, upstream, client, conn)

    def _pump_client(self, src: socket.socket, dst: socket.socket, conn: _Conn) -> None:
        buf, pending, skip, last = b"", b"", 0, ""
        try:
            while data := src.recv(65536):
                pause = 0.0
                buf += b"" if conn.opaque else data
                while buf:
                    if skip:  # inside a literal: payload bytes, not commands
                        n = min(skip, len(buf))
                        buf, skip = buf[n:], skip - n
                        continue
                    line, sep, buf = buf.partition(b"\n")
                    if not sep:
                        buf = line
                        break
                    line = line.rstrip(b"\r")
                    if m := _LITERAL.search(line):
                        pending, skip = pending + line, int(m.group(1))
                        continue
                    line, pending = pending + line, b""
                    if conn.auth_tag is None:
                        last = self._record(line.decode("utf-8", "replace").rstrip(), last, conn)
                        pause = max(pause, self.delays.get(last, 0.0))
                if pause:
                    time.sleep(pause)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            self._hang_up(src, dst)

    def _record(self, text: str, last: str, conn: _Conn) -> str:
        if last == "IDLE" and text.upper() == "DONE":
            cmd = Command("", "DONE", "")
        else:
            tag, _, rest = text.partition(" ")
            name, _, args = rest.partition(" ")
            name = name.upper()
            if name == "UID":
                sub, _, args = args.partition(" ")
                name = f"UID {sub.upper()}"
            cmd = Command(tag, name, args)
        with self._lock:
            self.commands.append(cmd)
        if cmd.name == "AUTHENTICATE":
            conn.auth_tag = cmd.tag.encode() + b" "
        conn.opaque |= cmd.name == "STARTTLS"
        return cmd.name

    def _pump_server(self, src: socket.socket, dst: socket.socket, conn: _Conn) -> None:
        buf = b""
        try:
            while data := src.recv(65536):
                if conn.auth_tag is not None:
                    # During AUTHENTICATE the server sends only "+ ..." lines and the tagged
                    # result (no literals), so a line scan is safe.
                    *lines, buf = (buf + data).split(b"\n")
                    if any(ln.startswith(conn.auth_tag) for ln in lines):
                        conn.auth_tag, buf = None, b""
                dst.sendall(data)
        except OSError:
            pass
        finally:
            self._hang_up(src, dst)

    @staticmethod
    def _hang_up(*socks: socket.socket) -> None:
        for s in socks:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        """Stop accepting, cut every connection, join all threads."""
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept() on Linux
        self._listener.close()
        with self._lock:
            socks, threads = list(self._socks), list(self._threads)
        self._hang_up(*socks)
        for t in threads:
            t.join(5)
        for s in socks:
            s.close()

    def __enter__(self) -> RecordingProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
