"""Raw RFC 5322 bytes in, a small typed `Message` out.

This is the only place that reads mail structure. Everything downstream (classifier, reply
renderer, service) sees `Message`, never `email.message` objects or imapclient's byte-keyed dicts.
An HTML-only body is kept as HTML and flattened quickly for the classifier (htmltext.py); its
careful rendering, which only a draft reads, is made on first read of `Message.text`.
Real mail is messy, so parsing never raises, whatever the bytes: a broken charset is decoded
with a fallback, an unparsable header becomes empty, and each such problem is noted in
`Message.problems` for the log. Hostile mail is bounded as well as tolerated: MIME nesting and
the number of parts are capped (the stdlib recurses once per level), and so is the length of
each header value that gets decoded (the stdlib's RFC 2047 decoder is quadratic).
"""

from __future__ import annotations

import codecs
import email
import email.feedparser
import email.header
import email.parser
import email.policy
import email.utils
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message as _EmailMessage
from functools import partial
from typing import Any, TypeVar

#: Text bodies are cut here: enough for any real letter, a ceiling for pathological mail.
MAX_TEXT_CHARS = 100_000
#: HTML beyond this is not rendered (an "HTML bomb" must not stall a pass).
MAX_HTML_CHARS = 1_000_000
#: MIME parts nested deeper than this are not parsed. The stdlib spends a stack frame per level
#: (1,000 nested forwards, 32 KB of mail, overflowed it); 100 uses a tenth of Python's default
#: recursion limit, and real forward chains stay far below it.
MAX_MIME_DEPTH = 100
#: The stdlib checks every line against the boundary of every enclosing multipart, so a deep
#: nest over many short lines costs depth x lines (100 levels over 900k empty lines: 9 s).
#: Line-dense mail gets a shallower limit that keeps the product under this, but never below
#: MIN_MIME_DEPTH; real mail (2 MB of 78-character lines) keeps the full depth.
MIME_LINE_CHECKS = 5_000_000
MIN_MIME_DEPTH = 8
#: Parts after this many are not parsed into a structure, and the body search stops there.
MAX_MIME_PARTS = 500
#: A header value is cut to this many characters before it is decoded: the stdlib's RFC 2047
#: decoder is quadratic (a 1.9 MB Subject took 11 s), and no real header comes near it
#: (about 1,500 recipients in a To).
MAX_HEADER_CHARS = 64 * 1024
#: The last this-many References are kept: replies and threading only look at the nearest ones.
MAX_REFERENCES = 100

#: A Message-ID is printable ASCII in angle brackets; anything else (8-bit, controls) is not one.
_MSGID_RE = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]+>")
_SURROGATE = re.compile("[\udc80-\udcff]")
_FOLD = re.compile(r"\r?\n[ \t]")


@dataclass(frozen=True)
class Address:
    """One mailbox: display name (may be empty) and address."""

    name: str
    email: str

    @property
    def domain(self) -> str:
        """The lower-cased part after the @ (empty when there is none)."""
        return self.email.rpartition("@")[2].lower() if "@" in self.email else ""

    @property
    def local_part(self) -> str:
        """The lower-cased part before the @."""
        return self.email.rpartition("@")[0].lower()

    def __str__(self) -> str:
        """For people to read (logs, listings); mail headers are built with email.headerregistry."""
        return f"{self.name} <{self.email}>" if self.name else self.email


class _ReadableText:
    """`Message.text`, the careful rendering of the body, made on first read for HTML-only mail.

    Rendering HTML carefully (inscriptis) costs about a millisecond per real HTML mail, and
    only a draft reads the result; the classifier reads `Message.flat_text`. So parse() keeps
    the HTML in `Message.html`, and the first read of `text` renders it and keeps the result.
    A text given to the constructor is the text, as before. (A data descriptor on a frozen
    dataclass: __init__ sets the field through __set__, and reads go through __get__.)
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    def __get__(self, obj: Message | None, owner: type | None = None) -> str:
        if obj is None:
            return ""  # the field's default
        text: str = obj.__dict__[self.slot]
        if not text and obj.html:
            text = obj.__dict__[self.slot] = _readable(html_to_text(obj.html), [])
        return text

    def __set__(self, obj: Message, value: str) -> None:
        obj.__dict__[self.slot] = value


@dataclass(frozen=True)
class Message:
    """What we need to know about one mail: who, what, when, threading, and its readable text.

    `text` is the body as a person reads it (an HTML-only body carefully rendered, on first
    read); `flat_text` is what the classifier reads (see there); `html` the HTML source of an
    HTML-only body, kept for `text`.
    """

    message_id: str | None
    subject: str
    sender: Address | None
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    list_id: str | None = None
    auto_submitted: str | None = None
    precedence: str | None = None
    text: _ReadableText = _ReadableText()
    from_html: bool = False
    html: str = field(default="", repr=False)
    flat_html: str = field(default="", repr=False)
    size: int = 0
    problems: tuple[str, ...] = field(default=())

    @property
    def flat_text(self) -> str:
        """The body as the classifier reads it: the text part as it is, or an HTML-only body
        flattened quickly (htmltext.flatten_html: the words in order, one line per block),
        several times cheaper than the careful rendering of `text`."""
        return self.flat_html if self.html else self.text

    @property
    def is_bulk(self) -> bool:
        """True for mailing-list and bulk mail (List-Id, Precedence: bulk/list/junk)."""
        return bool(self.list_id) or (self.precedence or "").lower() in {"bulk", "list", "junk"}

    @property
    def is_auto_submitted(self) -> bool:
        """True when the sender marked the mail as machine-generated (RFC 3834)."""
        value = (self.auto_submitted or "").strip().lower()
        return bool(value) and value != "no"


def parse(raw: bytes) -> Message:
    """Parse raw message bytes. Total: whatever the bytes, it returns a Message and notes in
    `problems` what it could not read; an unexpected error in one field or in the body costs
    that field, never the message (a poison message must not stop a pass)."""
    problems: list[str] = []
    msg = _structure(raw, problems)
    no_headers: dict[str, str] = {}
    headers = _guarded(problems, "headers", lambda: _raw_headers(msg, problems), no_headers)
    body = _guarded(problems, "body", lambda: _body(msg, problems), _Body())
    return Message(
        **_header_fields(headers, problems),
        text=body.text,
        from_html=body.from_html,
        html=body.html,
        flat_html=body.flat_html,
        size=len(raw),
        problems=tuple(problems),
    )


_T = TypeVar("_T")


def _guarded(problems: list[str], what: str, read: Callable[[], _T], default: _T) -> _T:
    """`read()`, or `default` with the failure noted: the last line of defence for parse()."""
    try:
        return read()
    except Exception as exc:  # a bug or a stdlib corner case, not a verdict on the mail
        problems.append(f"unreadable {what} ({type(exc).__name__})")
        return default


#: The Message fields read from headers, each with its reader; an empty Message gives defaults.
_FIELD_READERS: dict[str, Callable[[dict[str, str], list[str]], Any]] = {
    "message_id": lambda h, p: _first_msgid(h.get("message-id", "")),
    "subject": lambda h, p: one_line(decode_header_value(h.get("subject", ""))),
    "sender": lambda h, p: next(iter(_addresses(h.get("from", ""), "From", p)), None),
    "reply_to": lambda h, p: _addresses(h.get("reply-to", ""), "Reply-To", p),
    "to": lambda h, p: _addresses(h.get("to", ""), "To", p),
    "cc": lambda h, p: _addresses(h.get("cc", ""), "Cc", p),
    "date": lambda h, p: _date(h.get("date", "")),
    "in_reply_to": lambda h, p: _first_msgid(h.get("in-reply-to", "")),
    "references": lambda h, p: tuple(_MSGID_RE.findall(h.get("references", "")))[-MAX_REFERENCES:],
    "list_id": lambda h, p: one_line(decode_header_value(h.get("list-id", ""))) or None,
    "auto_submitted": lambda h, p: one_line(h.get("auto-submitted", "")) or None,
    "precedence": lambda h, p: one_line(h.get("precedence", "")) or None,
}


def _header_fields(headers: dict[str, str], problems: list[str]) -> dict[str, Any]:
    """Every header field of Message; one that fails to read is left empty and noted."""
    return {
        name: _guarded(
            problems, name.replace("_", "-"), partial(read, headers, problems), getattr(_EMPTY, name)
        )
        for name, read in _FIELD_READERS.items()
    }


# --- structure ----------------------------------------------------------------------------


class _BoundedParser(email.feedparser.BytesFeedParser):
    """The stdlib's parser (compat32 policy), with MIME nesting and the number of parts bounded.

    The stdlib parses each nested part in a recursive generator, one stack frame per level. Here
    a part deeper than `max_depth`, or after the first MAX_MIME_PARTS, is read the way a
    headers-only parse reads a message: its headers, then everything up to its boundary as one
    payload. A leaf loses nothing by that; a multipart or message/* part stays unparsed, and
    the body search skips it. This hooks `_new_message`, `_msgstack` and `_headersonly`,
    private to email.feedparser but unchanged since Python 3.3; tests/test_hostile_input.py
    fails if they change.
    """

    _msgstack: list[_EmailMessage]
    _headersonly: bool

    def __init__(self, max_depth: int) -> None:
        super().__init__(policy=email.policy.compat32)
        self.max_depth = max_depth
        self.parts = 0
        self.too_deep: list[_EmailMessage] = []

    def _new_message(self) -> None:
        super()._new_message()  # type: ignore[misc]  # private to the stdlib, see above
        self.parts += 1
        depth = len(self._msgstack) - 1
        if depth > self.max_depth:
            self.too_deep.append(self._msgstack[-1])
        self._headersonly = depth > self.max_depth or self.parts > MAX_MIME_PARTS

    def lost_nesting(self) -> bool:
        """True if a multipart or message/* part was left unparsed for its depth (after close())."""
        return any(part.get_content_maintype() in {"multipart", "message"} for part in self.too_deep)


def _structure(raw: bytes, problems: list[str]) -> _EmailMessage:
    """The bounded MIME tree; if even that fails, the headers alone, and failing those, nothing.

    The bound holds the parser's own recursion, but a caller with a nearly full stack can still
    meet a RecursionError, and the stdlib has corner cases of its own.
    """
    parser = _BoundedParser(mime_depth_limit(raw))
    try:
        parser.feed(raw)
        msg = parser.close()
    except Exception as exc:
        problems.append(f"MIME structure unreadable ({type(exc).__name__}); parts not read")
        return _guarded(problems, "headers", lambda: _headers_only(raw), _EmailMessage())
    if parser.lost_nesting():
        problems.append(f"MIME parts nested deeper than {parser.max_depth} levels not read")
    return msg


def mime_depth_limit(raw: bytes) -> int:
    """MAX_MIME_DEPTH, or less for mail of so many lines that depth x lines would pass
    MIME_LINE_CHECKS (see there); three C-speed scans of the bytes."""
    lines = raw.count(b"\n") + raw.count(b"\r") - raw.count(b"\r\n")
    return max(MIN_MIME_DEPTH, min(MAX_MIME_DEPTH, MIME_LINE_CHECKS // max(lines, 1)))


def _headers_only(raw: bytes) -> _EmailMessage:
    """The header block only, the body kept as one opaque payload (no MIME parsing, no recursion)."""
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)


# --- headers ------------------------------------------------------------------------------


#: The headers parse() reads; the others are never unfolded, cut or decoded.
_USED_HEADERS = frozenset(
    {"message-id", "subject", "from", "reply-to", "to", "cc", "date", "in-reply-to", "references"}
    | {"list-id", "auto-submitted", "precedence"}
)
_ADDRESS_HEADERS = frozenset({"from", "reply-to", "to", "cc"})


def _raw_headers(msg: _EmailMessage, problems: list[str]) -> dict[str, str]:
    """First occurrence of each header we read, unfolded and cut to MAX_HEADER_CHARS, as the raw
    string (8-bit bytes as surrogates)."""
    out: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        if key in _USED_HEADERS and key not in out:
            text = _FOLD.sub(" ", str(value))
            if len(text) > MAX_HEADER_CHARS:
                problems.append(f"{name[:40]} header cut at {MAX_HEADER_CHARS} characters")
                text = _cut_header(key, text)
            out[key] = text
    return out


def _cut_header(key: str, value: str) -> str:
    """At most MAX_HEADER_CHARS of a header value, cut where nothing is split in half.

    References keeps its end, the nearest ancestors (a half id at the start has no "<", so it is
    never read as one). Address lists and message ids keep whole items only: a cut address or id
    can be a different valid one, so an item the cap splits is dropped, not shortened. Text keeps
    whole words where one ends near the cap (an encoded word is at most 75 characters).
    """
    if len(value) <= MAX_HEADER_CHARS:
        return value
    if key == "references":
        return value[-MAX_HEADER_CHARS:]
    head = value[:MAX_HEADER_CHARS]
    if key in _ADDRESS_HEADERS:
        return head[: head.rfind(",") + 1]
    space = max(head.rfind(" "), head.rfind("\t"))
    if key in {"message-id", "in-reply-to"}:
        return head[: max(space, 0)]
    if space > MAX_HEADER_CHARS - 100:
        return head[:space]
    return _drop_partial_byte_sequence(head)


def _drop_partial_byte_sequence(text: str) -> str:
    """`text` without a UTF-8 sequence cut short at its end (8-bit bytes arrive as surrogate
    escapes): one split character would make the whole value fail to decode as UTF-8."""
    start = len(text)
    while start > 0 and len(text) - start < 3 and "\udc80" <= text[start - 1] <= "\udcbf":
        start -= 1  # continuation bytes
    if start == 0 or not "\udcc0" <= text[start - 1] <= "\udcff":
        return text
    lead = ord(text[start - 1]) - 0xDC00
    needed = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    return text[: start - 1] if len(text) - (start - 1) < needed else text


def decode_header_value(value: str) -> str:
    """Decode RFC 2047 encoded words and raw 8-bit text, tolerating unknown charsets.

    At most MAX_HEADER_CHARS of `value` are decoded, so the cost is bounded for any caller (the
    stdlib's decode_header is quadratic in the number of encoded words).
    """
    if not value:
        return ""
    value = _unsurrogate(_cut_header("", value))
    if "=?" not in value:
        return _LONE_SURROGATE.sub("\ufffd", value)
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # malformed encoded words: keep the text as written
        return value
    pieces = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            if charset is None:  # the unencoded parts between encoded words
                pieces.append(chunk.decode("raw-unicode-escape", "replace"))
            else:
                pieces.append(_decode_bytes(chunk, charset, []))
        else:
            pieces.append(chunk)
    return _LONE_SURROGATE.sub("\ufffd", "".join(pieces))


def _unsurrogate(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes: decode them as UTF-8, else cp1252."""
    if not _SURROGATE.search(value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def one_line(value: str) -> str:
    """Collapse folding and stray CR/LF, drop control characters: a header value is one line of text."""
    return " ".join(_CONTROL.sub(" ", value).split())


def _first_msgid(value: str) -> str | None:
    value = _LONE_SURROGATE.sub("", _unsurrogate(value))
    match = _MSGID_RE.search(value)
    if match:
        return match.group(0)
    token = value.strip()
    return f"<{token}>" if token and _MSGID_RE.fullmatch(f"<{token}>") else None


#: One plain mailbox in an address list: `addr`, `<addr>`, `Some Name <addr>` or `"Name" <addr>`,
#: with a plain ASCII address and a name of words without specials (RFC 5322) or one quoted
#: string without escapes. Most real headers are a list of these, and the stdlib's address parser
#: (a character-by-character loop in Python) reads each exactly as _plain_mailboxes does.
_ADDR = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_WORD = r"[^\s()<>@,:;\"\[\]\\]+"
_PLAIN_MAILBOX = re.compile(
    rf'[ \t]*(?:(?:"(?P<quoted>[^"\\\r\n]*)"|(?P<words>{_WORD}(?:[ \t]+{_WORD})*))?[ \t]*<(?P<routed>{_ADDR})>'
    rf"|(?P<bare>{_ADDR}))[ \t]*"
)


def _plain_mailboxes(value: str) -> list[tuple[str, str]] | None:
    """email.utils.getaddresses([value]) for a list of plain mailboxes (see _PLAIN_MAILBOX), else
    None: the stdlib joins a name's words with one space, keeps a quoted name as written and
    returns an address as written; anything else (comments, groups, escapes, empty items, line
    breaks) is left to the stdlib."""
    pairs = []
    for item in value.split(","):
        match = _PLAIN_MAILBOX.fullmatch(item)
        if match is None:
            return None
        quoted, words, routed, bare = match.group("quoted", "words", "routed", "bare")
        name = quoted if quoted is not None else " ".join(words.split()) if words else ""
        pairs.append((name, routed or bare))
    return pairs


def _addresses(value: str, name: str, problems: list[str]) -> tuple[Address, ...]:
    """Split an address header first, then decode each display name (a decoded name may hold commas)."""
    if not value:
        return ()
    try:
        value = _unsurrogate(value)
        pairs: Iterable[tuple[str, str]] = _plain_mailboxes(value) or email.utils.getaddresses([value])
    except Exception:
        problems.append(f"unparsable {name} addresses")
        return ()
    return tuple(
        Address(one_line(decode_header_value(display)), addr.strip())
        for display, addr in pairs
        if is_valid_address(addr.strip())
    )


_LOCAL_PART = re.compile(r"[^\s\x00-\x1f\x7f<>()\[\],;:\\\"@]{1,64}")
_DOMAIN = re.compile(r"(?:[\w-]{1,63}\.)+[\w-]{2,63}")


def is_valid_address(addr: str) -> bool:
    """A plausible local@domain: garbage such as "@x.io" or "_evil@a.example=0D=0ATo" is not one,
    so it can never become a draft's recipient."""
    local, at, domain = addr.rpartition("@")
    return bool(at) and bool(_LOCAL_PART.fullmatch(local)) and bool(_DOMAIN.fullmatch(domain))


def _date(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(_unsurrogate(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# --- body ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Body:
    """The body as parse() found it: a plain text, or an HTML source and its flattened text."""

    text: str = ""
    html: str = ""
    flat_html: str = ""
    from_html: bool = False


def _body(msg: _EmailMessage, problems: list[str]) -> _Body:
    """The plain part, else the HTML part: its source for `Message.text` (rendered carefully
    when a draft reads it) and its quick flattening for the classifier."""
    part = _pick_body_part(msg, problems)
    if part is None:
        return _Body()
    content = _decode_part(part, problems)
    if part.get_content_type() != "text/html":
        return _Body(text=_readable(content, problems))
    html = bounded_html(content, problems)
    if not html.strip():
        return _Body(from_html=True)
    from .htmltext import flatten_html  # lxml: loaded by the first HTML-only mail, not at start

    try:
        flat = flatten_html(html)
    except Exception:  # libxml2 is robust, but a poison message must cost only its text
        problems.append("HTML could not be flattened; tags stripped")
        flat = _strip_tags(html)
    return _Body(html=html, flat_html=_readable(flat, problems), from_html=True)


def _readable(content: str, problems: list[str]) -> str:
    """Line ends as \\n, at most MAX_TEXT_CHARS, no surrounding blank space."""
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if len(content) > MAX_TEXT_CHARS:
        problems.append(f"text cut at {MAX_TEXT_CHARS} characters")
        content = content[:MAX_TEXT_CHARS]
    return content.strip()


def _pick_body_part(msg: _EmailMessage, problems: list[str]) -> _EmailMessage | None:
    """The first inline text/plain part, else the first inline text/html part.

    Walking depth-first finds the message's own text before a forwarded message/rfc822 inside
    it; attachments (by disposition or file name) are never the body.
    """
    plain = html = None
    try:
        for part in _walk(msg, problems):
            if part.is_multipart():
                continue
            disposition = str(part.get("Content-Disposition", "")).split(";")[0].strip().lower()
            if disposition == "attachment" or (part.get_filename() and disposition != "inline"):
                continue
            ctype = part.get_content_type()
            if ctype == "text/plain" and plain is None:
                plain = part
            elif ctype == "text/html" and html is None:
                html = part
    except Exception:
        problems.append("unreadable MIME structure")
    return plain if plain is not None else html  # (a Message with no headers is falsy)


def _walk(msg: _EmailMessage, problems: list[str]) -> Iterator[_EmailMessage]:
    """msg.walk() without recursion, stopping after MAX_MIME_PARTS parts."""
    stack = [msg]
    for _ in range(MAX_MIME_PARTS):
        if not stack:
            return
        part = stack.pop()
        yield part
        if part.is_multipart():
            stack.extend(reversed([p for p in part.get_payload() if isinstance(p, _EmailMessage)]))
    if stack:
        problems.append(f"only the first {MAX_MIME_PARTS} MIME parts searched for text")


def _decode_part(part: _EmailMessage, problems: list[str]) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        problems.append("undecodable transfer encoding")
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    try:
        charset = part.get_content_charset() or "utf-8"
    except Exception:
        charset = "utf-8"
    return _decode_bytes(payload, charset, problems)


#: Codecs Python knows that are not a mail charset: they raise on any input, or turn text
#: into escape sequences or lone surrogates. A message declaring one is decoded as if unknown.
_NOT_MAIL_CHARSETS = {
    "undefined",
    "punycode",
    "idna",
    "unicode_escape",
    "raw_unicode_escape",
    "utf_7",
    "utf-7",
}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _decode_bytes(data: bytes, charset: str, problems: list[str]) -> str:
    """Decode with the declared charset; on a wrong or unknown one, try UTF-8, then cp1252.

    The result never holds a lone surrogate, which would make every later encode (a header,
    the ledger, JSON output) fail.
    """
    charset = charset.strip().strip('"').lower()
    try:
        codec = codecs.lookup(charset)
        if codec.name in _NOT_MAIL_CHARSETS or not getattr(codec, "_is_text_encoding", True):
            raise LookupError(charset)
        return _LONE_SURROGATE.sub("\ufffd", data.decode(codec.name))
    except (LookupError, ValueError) as exc:
        if isinstance(exc, UnicodeError):  # a UnicodeDecodeError is a ValueError too
            problems.append(f"text is not valid {charset[:40]}")
        else:
            problems.append(f"unknown charset {charset[:40]!r}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def bounded_html(html: str, problems: list[str] | None = None) -> str:
    """At most MAX_HTML_CHARS of `html` (the cut noted in `problems`)."""
    if len(html) > MAX_HTML_CHARS:
        if problems is not None:
            problems.append(f"HTML cut at {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    return html


def html_to_text(html: str, problems: list[str] | None = None) -> str:
    """Render HTML as readable text (paragraphs, lists, tables), with a crude fallback."""
    html = bounded_html(html, problems)
    if not html.strip():
        return ""
    try:
        from inscriptis import get_text

        return _squeeze_blank_lines(get_text(html))
    except Exception:
        if problems is not None:
            problems.append("HTML could not be rendered; tags stripped")
        return _squeeze_blank_lines(_strip_tags(html))


def _strip_tags(html: str) -> str:
    return re.sub(r"(?is)<(script|style)\b.*?</\1>|<[^>]*>", " ", html)


def _squeeze_blank_lines(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_EMPTY = Message(message_id=None, subject="", sender=None)
