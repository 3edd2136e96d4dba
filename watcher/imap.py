"""The IMAP adapter: the only module that imports imapclient.

Safety rules enforced here, whatever the caller does:
- watched folders are opened with EXAMINE (read-only), so the server itself refuses flag changes;
- message bodies are fetched with BODY.PEEK[], so nothing is marked \\Seen;
- the only write is APPEND to the drafts folder;
- TLS certificates are verified unless the user points `ca_file` at their own CA;
- every socket has a timeout, so a dead server cannot hang a pass.
Network and protocol failures become `MailboxError` subclasses with a message that says what to do.
"""

from __future__ import annotations

import imaplib
import logging
import re
import select
import socket
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient.datetime_util import format_criteria_date
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import _parse_untagged_response

from .config import AccountConfig
from .credentials import Credentials
from .errors import AuthError, ConnectError, MailboxError
from .mailbox import (
    DRAFT_FLAGS,
    FetchedMessage,
    FolderInfo,
    FolderStatus,
    MessageMeta,
    mentions_any,
    pick_drafts_folder,
    pick_sent_folder,
)

log = logging.getLogger(__name__)

SPECIAL_USE = {
    "\\drafts",
    "\\sent",
    "\\junk",
    "\\trash",
    "\\archive",
    "\\all",
    "\\flagged",
    "\\important",
}
_APPENDUID_RE = re.compile(rb"APPENDUID\s+\d+\s+(\d+)", re.IGNORECASE)
#: The longest string taken from a message that goes into a SEARCH: real Message-IDs and addresses
#: are far shorter, and 25 of them per command stay well inside servers' line limits (Dovecot: 64 KB).
MAX_SEARCH_VALUE = 300
_MSGID_BYTES_RE = re.compile(rb"<[^<>\s]+>")


class ImapMailbox:
    """A logged-in IMAP session that implements the `Mailbox` port."""

    def __init__(self, client: IMAPClient, account: AccountConfig) -> None:
        self._client = client
        self._account = account
        self._where = f"{account.host}:{account.effective_port}"
        self._selected: str | None = None
        self._status: dict[str, FolderStatus] = {}
        self._sent: object = _UNKNOWN
        self._drafts: str | None = account.drafts_folder or None
        self._closed = False

    @classmethod
    def connect(cls, account: AccountConfig, credentials: Credentials) -> ImapMailbox:
        """Connect, secure and log in; raise ConnectError or AuthError with a fix on failure."""
        return cls.login(open_connection(account), account, credentials)

    @classmethod
    def login(cls, client: IMAPClient, account: AccountConfig, credentials: Credentials) -> ImapMailbox:
        """Log in on an open connection (see `open_connection`): LOGIN, or AUTHENTICATE XOAUTH2."""
        try:
            if credentials.oauth2:
                client.oauth2_login(credentials.username, credentials.secret)
            elif (credentials.username + credentials.secret).isascii():
                client.login(credentials.username, credentials.secret)
            else:
                _utf8_login(client, account, credentials)
            # Ask for the capabilities now. A server that sends none with its LOGIN answer (Cyrus)
            # is otherwise asked on first use, and imapclient's idle() asks just before IDLE: a
            # new-mail notice that comes with that CAPABILITY answer is filed away by imaplib, and
            # IDLE never announces it (found by the IDLE tests on Cyrus). Free where LOGIN sent them.
            client.capabilities()
        except LoginError:
            _quiet_logout(client)
            if credentials.oauth2:
                raise AuthError(
                    f"OAuth2 login rejected for {account.username} at {account.host} — the access token "
                    "was refused (expired, revoked, or for another account); check that your token helper "
                    "is logged in, then run `rejection-watcher check`"
                ) from None
            raise AuthError(
                f"login rejected for {account.username} at {account.host} — check the password "
                "(Gmail, Fastmail and iCloud need an app password); run `rejection-watcher check`"
            ) from None
        except (OSError, imaplib.IMAP4.abort) as exc:
            _quiet_logout(client)
            raise ConnectError(f"connection to {account.host} lost during login: {_reason(exc)}") from None
        log.debug("logged in to %s:%s as %s", account.host, account.effective_port, account.username)
        return cls(client, account)

    @property
    def capabilities(self) -> tuple[str, ...]:
        with self._errors("read capabilities"):
            return tuple(c.decode() if isinstance(c, bytes) else str(c) for c in self._client.capabilities())

    def list_folders(self) -> list[FolderInfo]:
        with self._errors("list folders"):
            listing = self._client.list_folders()
        result = []
        for flags, _delim, name in listing:
            names = tuple(f.decode() if isinstance(f, bytes) else str(f) for f in flags)
            special = next((f for f in names if f.lower() in SPECIAL_USE), None)
            result.append(FolderInfo(name=str(name), special_use=special, flags=names))
        return result

    def drafts_folder(self) -> str:
        if self._drafts is not None:
            return self._drafts
        # Our own pick, not imapclient's find_special_folder: that compares flags case-sensitively
        # and falls back to a folder *named* Drafts, which beats Cyrus's lowercase \drafts on
        # another folder. The special use wins in any case; a well-known name only after it.
        found = pick_drafts_folder(self.list_folders())
        if found is None:
            raise MailboxError(
                f"no drafts folder found on {self._account.host} — set `account.drafts_folder` "
                "to its name (see `rejection-watcher folders`)"
            )
        self._drafts = str(found)
        return self._drafts

    def open_folder(self, folder: str) -> FolderStatus:
        """EXAMINE the folder unless this session already has it open.

        Inside one session the folder stays selected: after a NOOP, new mail shows up in the next
        UID SEARCH without re-opening (re-EXAMINE of a 100k-message folder costs ~2 ms, NOOP and
        SEARCH ~0.1 ms each),
        and a UIDVALIDITY change ends the session on the server side. So the UIDNEXT reported
        for an already-open folder is the one seen when it was opened: a lower bound.
        """
        cached = self._status.get(folder)
        if cached is not None and self._selected == folder:
            with self._errors(f"check {folder!r} for new mail"):
                self._client.noop()  # the server syncs the session's view (new UIDs) on NOOP
            return cached
        with self._errors(f"open folder {folder!r}"):
            info = self._client.select_folder(folder, readonly=True)
            self._selected = folder
            uidnext = info.get(b"UIDNEXT")
            if uidnext is None:  # not every server sends it with SELECT
                uidnext = self._client.folder_status(folder, [b"UIDNEXT"])[b"UIDNEXT"]
        status = FolderStatus(
            name=folder,
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(uidnext),
            exists=int(info.get(b"EXISTS", 0)),
        )
        self._status[folder] = status
        return status

    def uids_after(self, folder: str, uid: int) -> list[int]:
        self._select(folder)
        self.new_mail_announced()  # whatever was announced so far, this search covers
        with self._errors(f"search {folder!r}"):
            found = self._client.search(["UID", f"{uid + 1}:*"])
        # "n:*" always matches the highest UID, even when it is below n (RFC 3501).
        return sorted(u for u in found if u > uid)

    def uids_since(self, folder: str, when: datetime) -> list[int]:
        """SEARCH SINCE compares dates only, in the server's time zone: what surely arrived after
        `when` (two days later, whatever the zone) is taken as found; only the messages of the
        days around `when` have their exact arrival time fetched (not a whole backlog's)."""
        self._select(folder)
        day = when.astimezone(UTC).date()
        with self._errors(f"search {folder!r}"):
            found = self._client.search(["SINCE", day - timedelta(days=1)])
            sure = set(self._client.search(["SINCE", day + timedelta(days=2)])) if found else set()
        edge = self.fetch_meta(folder, sorted(set(found) - sure))
        return sorted(sure | {m.uid for m in edge if m.internal_date is None or m.internal_date >= when})

    def uids_larger(self, folder: str, uids: Sequence[int], size: int) -> list[int]:
        if not uids:
            return []
        self._select(folder)
        with self._errors(f"search {folder!r}"):
            found = self._client.search(["UID", f"{min(uids)}:{max(uids)}", "LARGER", str(size)])
        wanted = set(uids)
        return sorted(u for u in found if u in wanted)

    def fetch_meta(self, folder: str, uids: Sequence[int]) -> list[MessageMeta]:
        if not uids:
            return []
        self._select(folder)
        with self._errors(f"fetch from {folder!r}"):
            response = self._client.fetch(list(uids), ["RFC822.SIZE", "FLAGS", "INTERNALDATE"])
        return [_meta(uid, data) for uid, data in sorted(response.items())]

    def fetch_raw(self, folder: str, uids: Sequence[int]) -> list[FetchedMessage]:
        """The messages, with flags and arrival time; the size is that of the bytes received."""
        if not uids:
            return []
        self._select(folder)
        with self._errors(f"fetch from {folder!r}"):
            response = self._client.fetch(list(uids), ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"])
        result = []
        for uid, data in sorted(response.items()):
            raw = data.get(b"BODY[]")
            if raw is None:  # deleted between SEARCH and FETCH
                continue
            raw = bytes(raw)
            result.append(FetchedMessage(meta=_meta(uid, data, size=len(raw)), raw=raw))
        return result

    def existing_drafts(self, message_ids: Sequence[str]) -> set[str]:
        if not message_ids:
            return set()
        drafts = self.drafts_folder()
        self._select(drafts)
        found: set[str] = set()
        wanted = {m.lower(): m for m in message_ids}
        searchable = [m for m in message_ids if _quoted(m) is not None]
        for i in range(0, len(searchable), 50):
            chunk = searchable[i : i + 50]
            with self._errors(f"search {drafts!r}"):
                uids = self._client.search(_any_message_id(chunk))
                if not uids:
                    continue
                response = self._client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for data in response.values():
                for mid in _MSGID_BYTES_RE.findall(_header_bytes(data)):
                    original = wanted.get(mid.decode("ascii", "replace").lower())
                    if original is not None:
                        found.add(original)
        return found

    def sent_folder(self) -> str | None:
        if self._sent is _UNKNOWN:
            self._sent = pick_sent_folder(self.list_folders())  # special use first, as for Drafts
        return self._sent  # type: ignore[return-value]

    def answered_in_sent(self, message_ids: Sequence[str]) -> set[str]:
        sent = self.sent_folder()
        if sent is None or not message_ids:
            return set()
        self._select(sent)
        found: set[str] = set()
        searchable = [m for m in message_ids if _quoted(m) is not None]
        for i in range(0, len(searchable), 25):
            chunk = searchable[i : i + 25]
            criteria = _any_header(["In-Reply-To", "References"], chunk)
            with self._errors(f"search {sent!r}"):
                uids = self._client.search(criteria)
                headers = self._headers(uids, "IN-REPLY-TO REFERENCES")
            found |= mentions_any(headers, chunk)
        return found

    def wrote_to_since(
        self, addresses: Sequence[str], since: datetime, ignore_thread: Sequence[str] = ()
    ) -> bool:
        sent = self.sent_folder()
        if sent is None or not addresses:
            return False
        terms = [b"TO " + q for q in map(_quoted, addresses) if q is not None]
        if not terms:
            return False
        self._select(sent)
        criteria = b"SINCE " + format_criteria_date(since.astimezone(UTC)) + b" " + _any_of(terms)
        with self._errors(f"search {sent!r}"):
            uids = self._client.search(criteria)
            if not uids:
                return False
            response = self._client.fetch(
                uids, ["INTERNALDATE", "BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO REFERENCES)]"]
            )
        for data in response.values():
            when = _meta(0, data).internal_date
            header = _header_bytes(data).decode("ascii", "replace")
            if (when is None or when >= since) and not mentions_any(header, ignore_thread):
                return True
        return False

    def _headers(self, uids: Sequence[int], fields: str) -> str:
        if not uids:
            return ""
        response = self._client.fetch(list(uids), [f"BODY.PEEK[HEADER.FIELDS ({fields})]"])
        return "\n".join(_header_bytes(d).decode("ascii", "replace") for d in response.values())

    def append_draft(self, raw: bytes, when: datetime) -> int | None:
        drafts = self.drafts_folder()
        with self._errors(f"save a draft to {drafts!r}"):
            response = self._client.append(drafts, raw, flags=DRAFT_FLAGS, msg_time=when)
        match = _APPENDUID_RE.search(response if isinstance(response, bytes) else b"")
        return int(match.group(1)) if match else None

    # --- IDLE (used by the daemon's push watchers; not part of the Mailbox port) --------------

    @property
    def supports_idle(self) -> bool:
        with self._errors("read capabilities"):
            return bool(self._client.has_capability("IDLE"))

    def idle_start(self, folder: str) -> None:
        """Enter IDLE on `folder` (opened read-only): the server will push new-mail notices.

        No NOOP first when the folder is already open: its "* n EXISTS" for mail that arrived
        since the caller's last UID SEARCH would be swallowed, and IDLE would then stay silent
        about that mail (the latency benchmark's lost wake-ups). The caller searches last, then
        IDLE starts on the same view, so anything newer is announced."""
        if self._selected != folder:
            self.open_folder(folder)
        with self._errors(f"start IDLE on {folder!r}"):
            self._client.idle()

    def idle_wait(self, timeout: float) -> list[tuple[Any, ...]]:
        """Untagged responses pushed within `timeout` seconds ([] when none).

        Not imapclient's idle_check, for two measured reasons: it polls only the socket, so a
        new-mail notice that arrived together with the IDLE continuation (already in imaplib's
        buffer) waited for the next notice, up to minutes; and it reads lines from a
        non-blocking socket, so a line split across packets was parsed in halves
        (mjs/imapclient#464). Here buffered data is checked first and whole lines are read in
        blocking mode, with the read timeout.
        """
        with self._errors("wait in IDLE"):
            if not self._data_waiting() and not _readable(self._client.socket(), timeout):
                return []
            responses = []
            while True:
                responses.append(_parse_untagged_response(self._client._imap._get_line()))
                if not self._data_waiting():
                    return responses

    def new_mail_announced(self) -> bool:
        """Whether the server announced a new message count (`* n EXISTS`) since the last
        `uids_after` began: then that search may have missed mail, and IDLE would not
        announce it again.

        Dovecot syncs the session's view at the end of each command: mail that lands while
        UID SEARCH runs is not in its result, and its EXISTS arrives just before the tagged OK,
        where imaplib files it away unseen. IDLE then starts from a view that already counts the
        message and stays silent about it until the next message (the latency benchmark's lost
        wake-ups: 4 of 300 deliveries waited for the next one). Reading this before IDLE closes
        the gap."""
        return bool(self._client._imap.untagged_responses.pop("EXISTS", None))

    def _data_waiting(self) -> bool:
        """Bytes already buffered by imaplib or TLS, or ready on the socket, without blocking."""
        sock = self._client.socket()
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return True
        sock.setblocking(False)
        try:
            return bool(self._client._imap.file.peek(1))
        except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
            return False
        finally:
            sock.setblocking(True)
            sock.settimeout(self._account.timeout_seconds)

    def abort(self) -> None:
        """Drop the connection without LOGOUT: after a protocol error (or in IDLE) LOGOUT could
        wait a whole read timeout for an answer that never comes."""
        if not self._closed:
            self._closed = True
            with suppress(Exception):
                self._client.shutdown()

    def idle_stop(self) -> None:
        with self._errors("end IDLE"):
            self._client.idle_done()

    def noop(self) -> None:
        with self._errors("check the connection"):
            self._client.noop()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        _quiet_logout(self._client)

    # --- internals -------------------------------------------------------------------------

    def _select(self, folder: str) -> None:
        if self._selected != folder:
            self.open_folder(folder)

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except TimeoutError:
            raise MailboxError(f"{self._where} did not answer in time while trying to {action}") from None
        except (OSError, imaplib.IMAP4.abort) as exc:
            raise MailboxError(
                f"connection to {self._where} lost while trying to {action}: {_reason(exc)}"
            ) from None
        except IMAPClientError as exc:
            raise MailboxError(f"{self._where} refused to {action}: {_reason(exc)}") from None


def open_connection(account: AccountConfig) -> IMAPClient:
    """Open a (TLS-protected unless told otherwise) connection, not yet logged in."""
    host, port = account.host, account.effective_port
    timeout = SocketTimeout(connect=account.timeout_seconds, read=account.timeout_seconds)
    context = ssl_context(account)
    try:
        if account.security == "ssl":
            client = IMAPClient(host, port=port, ssl=True, ssl_context=context, timeout=timeout)
        else:
            client = IMAPClient(host, port=port, ssl=False, timeout=timeout)
            if account.security == "starttls":
                client.starttls(context)
    except socket.gaierror:
        raise ConnectError(f"cannot resolve {host!r} — check `account.host`") from None
    except ConnectionRefusedError:
        raise ConnectError(
            f"connection refused by {host}:{port} — check `account.port` and `account.security` "
            '(993 is usually "ssl", 143 "starttls")'
        ) from None
    except ssl.SSLCertVerificationError as exc:
        raise ConnectError(
            f"TLS certificate of {host} is not trusted ({exc.verify_message}) — if it is your own "
            "server, point `account.ca_file` at the CA certificate"
        ) from None
    except ssl.SSLError as exc:
        raise ConnectError(
            f"TLS handshake with {host}:{port} failed ({exc.reason}) — check `account.security` "
            '(993 is usually "ssl", 143 "starttls")'
        ) from None
    except TimeoutError:
        raise ConnectError(f"no answer from {host}:{port} within {account.timeout_seconds:g} s") from None
    except (OSError, imaplib.IMAP4.error, IMAPClientError) as exc:
        raise ConnectError(f"cannot connect to {host}:{port}: {_reason(exc)}") from None
    return client


def ssl_context(account: AccountConfig) -> ssl.SSLContext:
    """A verifying TLS context, trusting `ca_file` instead of the system store when given."""
    cafile = str(account.ca_file) if account.ca_file else None
    return ssl.create_default_context(cafile=cafile)


_UNKNOWN = object()


def _readable(sock: socket.socket, timeout: float) -> bool:
    poller = select.poll()
    poller.register(sock.fileno(), select.POLLIN | select.POLLPRI)
    return bool(poller.poll(timeout * 1000))


def _header_bytes(data: dict[bytes, Any]) -> bytes:
    """The BODY[HEADER.FIELDS ...] item of a FETCH response, whatever its exact key."""
    return next((bytes(v) for k, v in data.items() if k.startswith(b"BODY[HEADER")), b"")


def _quoted(value: str) -> bytes | None:
    """`value` as an IMAP quoted string, whatever characters it holds; None if it cannot be one.

    Everything taken from a message goes into a command this way: imapclient sends an atom
    unquoted, so a Message-ID like `<a)b(c@x>` or `<{5}@x>` broke the SEARCH syntax and, with
    it, every later pass (`BAD Invalid characters in atom`). Control and 8-bit characters cannot
    be quoted, and nothing longer than MAX_SEARCH_VALUE is sent (`Too long argument`): such a value
    is not searched for, which costs at most a missed "already answered" hint.
    """
    if not value or len(value) > MAX_SEARCH_VALUE or not all(" " <= c <= "~" for c in value):
        return None
    return b'"' + value.encode("ascii").replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"'


def _any_of(terms: Sequence[bytes]) -> bytes:
    """SEARCH criteria matching any of `terms`: OR (a) (OR (b) (c)), as one ASCII byte string."""
    criteria = terms[-1]
    for term in reversed(terms[:-1]):
        criteria = b"OR (" + term + b") (" + criteria + b")"
    return criteria


def _any_header(names: Sequence[str], values: Sequence[str]) -> bytes:
    """SEARCH criteria matching any header in `names` containing any of `values` (quoted)."""
    terms = [
        b"HEADER " + name.encode("ascii") + b" " + q
        for value in values
        if (q := _quoted(value)) is not None
        for name in names
    ]
    return _any_of(terms)


def _any_message_id(message_ids: Sequence[str]) -> bytes:
    """SEARCH criteria matching any of the Message-IDs."""
    return _any_header(["Message-ID"], message_ids)


def _utf8_login(client: IMAPClient, account: AccountConfig, credentials: Credentials) -> None:
    """Log in with a non-ASCII user name or password: AUTHENTICATE PLAIN carries UTF-8 (RFC 4616),
    where imaplib's LOGIN can only send ASCII (it raised UnicodeEncodeError)."""
    if not client.has_capability("AUTH=PLAIN"):
        _quiet_logout(client)
        raise AuthError(
            f"{account.host} offers no way to log in with a non-ASCII password (no AUTH=PLAIN) — "
            "use an app password made of ASCII characters"
        )
    client.plain_login(credentials.username, credentials.secret)


def _meta(uid: int, data: dict[bytes, Any], size: int | None = None) -> MessageMeta:
    flags = frozenset(f.decode() if isinstance(f, bytes) else str(f) for f in data.get(b"FLAGS", ()))
    when = data.get(b"INTERNALDATE")
    if isinstance(when, datetime) and when.tzinfo is None:
        when = when.astimezone(UTC)  # imapclient normalised it to local time
    if size is None:
        size = int(data.get(b"RFC822.SIZE", 0))
    return MessageMeta(uid=int(uid), size=size, flags=flags, internal_date=when)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _quiet_logout(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        with suppress(Exception):
            client.shutdown()
