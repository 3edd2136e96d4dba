"""Raw RFC 5322 bytes in, a small typed `Message` out.

This is the only place that reads mail structure. Everything downstream (classifier, reply
renderer, service) sees `Message`, never `email.message` objects or imapclient's byte-keyed dicts.
Real mail is messy, so parsing never raises for content problems: a broken charset is decoded
with a fallback, an unparsable header becomes empty, and each such problem is noted in
`Message.problems` for the log.
"""

from __future__ import annotations

import codecs
import email
import email.header
import email.policy
import email.utils
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message as _EmailMessage

#: Text bodies are cut here: enough for any real letter, a ceiling for pathological mail.
MAX_TEXT_CHARS = 100_000
#: HTML beyond this is not rendered (an "HTML bomb" must not stall a pass).
MAX_HTML_CHARS = 1_000_000

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


@dataclass(frozen=True)
class Message:
    """What we need to know about one mail: who, what, when, threading, and its readable text."""

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
    text: str = ""
    from_html: bool = False
    size: int = 0
    problems: tuple[str, ...] = field(default=())

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
    """Parse raw message bytes; never raises for malformed content."""
    problems: list[str] = []
    # compat32 keeps headers as raw strings, which we decode ourselves: several times faster
    # than the header registry of policy.default, and it never raises on hostile headers.
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    headers = _raw_headers(msg)
    text, from_html = _body_text(msg, problems)
    sender_list = _addresses(headers.get("from", ""), "From", problems)
    return Message(
        message_id=_first_msgid(headers.get("message-id", "")),
        subject=_one_line(decode_header_value(headers.get("subject", ""))),
        sender=sender_list[0] if sender_list else None,
        reply_to=_addresses(headers.get("reply-to", ""), "Reply-To", problems),
        to=_addresses(headers.get("to", ""), "To", problems),
        cc=_addresses(headers.get("cc", ""), "Cc", problems),
        date=_date(headers.get("date", "")),
        in_reply_to=_first_msgid(headers.get("in-reply-to", "")),
        references=tuple(_MSGID_RE.findall(headers.get("references", ""))),
        list_id=_one_line(decode_header_value(headers.get("list-id", ""))) or None,
        auto_submitted=_one_line(headers.get("auto-submitted", "")) or None,
        precedence=_one_line(headers.get("precedence", "")) or None,
        text=text,
        from_html=from_html,
        size=len(raw),
        problems=tuple(problems),
    )


# --- headers ------------------------------------------------------------------------------


def _raw_headers(msg: _EmailMessage) -> dict[str, str]:
    """First occurrence of each header, unfolded, as the raw string (8-bit bytes as surrogates)."""
    out: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = name.lower()
        if key not in out:
            out[key] = _FOLD.sub(" ", str(value))
    return out


def decode_header_value(value: str) -> str:
    """Decode RFC 2047 encoded words and raw 8-bit text, tolerating unknown charsets."""
    if not value:
        return ""
    value = _unsurrogate(value)
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


def _one_line(value: str) -> str:
    """Collapse folding and stray CR/LF, drop control characters: a header value is one line of text."""
    return " ".join(_CONTROL.sub(" ", value).split())


def _first_msgid(value: str) -> str | None:
    value = _LONE_SURROGATE.sub("", _unsurrogate(value))
    match = _MSGID_RE.search(value)
    if match:
        return match.group(0)
    token = value.strip()
    return f"<{token}>" if token and _MSGID_RE.fullmatch(f"<{token}>") else None


def _addresses(value: str, name: str, problems: list[str]) -> tuple[Address, ...]:
    """Split an address header first, then decode each display name (a decoded name may hold commas)."""
    if not value:
        return ()
    try:
        pairs: Iterable[tuple[str, str]] = email.utils.getaddresses([_unsurrogate(value)])
    except Exception:
        problems.append(f"unparsable {name} addresses")
        return ()
    return tuple(
        Address(_one_line(decode_header_value(display)), addr.strip())
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


def _body_text(msg: _EmailMessage, problems: list[str]) -> tuple[str, bool]:
    """The readable text of the mail: the plain part, else the HTML part rendered to text."""
    part = _pick_body_part(msg, problems)
    if part is None:
        return "", False
    content = _decode_part(part, problems)
    is_html = part.get_content_type() == "text/html"
    if is_html:
        content = html_to_text(content, problems)
    content = content.replace("\r\n", "\n").replace("\r", "\n")
    if len(content) > MAX_TEXT_CHARS:
        problems.append(f"text cut at {MAX_TEXT_CHARS} characters")
        content = content[:MAX_TEXT_CHARS]
    return content.strip(), is_html


def _pick_body_part(msg: _EmailMessage, problems: list[str]) -> _EmailMessage | None:
    """The first inline text/plain part, else the first inline text/html part.

    Walking depth-first finds the message's own text before a forwarded message/rfc822 inside
    it; attachments (by disposition or file name) are never the body.
    """
    plain = html = None
    try:
        for part in msg.walk():
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


def html_to_text(html: str, problems: list[str] | None = None) -> str:
    """Render HTML as readable text (paragraphs, lists, tables), with a crude fallback."""
    if len(html) > MAX_HTML_CHARS:
        if problems is not None:
            problems.append(f"HTML cut at {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    if not html.strip():
        return ""
    try:
        from inscriptis import get_text

        return _squeeze_blank_lines(get_text(html))
    except Exception:
        if problems is not None:
            problems.append("HTML could not be rendered; tags stripped")
        stripped = re.sub(r"(?is)<(script|style)\b.*?</\1>|<[^>]*>", " ", html)
        return _squeeze_blank_lines(stripped)


def _squeeze_blank_lines(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
