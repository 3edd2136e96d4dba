"""Preparing a message for the extractors: the sender's own words, flattened, and their signature.

Quoted or forwarded history is split off first: the candidate's own words in it must not name
the contact, and a company named only there is weaker evidence. Mail wraps lines mid-sentence,
so the text is flattened to one line per paragraph, without reference numbers and gender
markers. Everything is computed once per message and shared by every extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..message import Message
from .signature import _find_signature, _Signature
from .vocabulary import _GENDER, _REFERENCE

_QUOTE_START = re.compile(
    r"^(?:On\s.{0,200}?wrote:\s*$|Am\s.{0,200}?schrieb.{0,120}$|Le\s.{0,200}?a\s+écrit\s*:?\s*$"
    r"|El\s.{0,200}?escribió\s*:?\s*$|-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht"
    r"|Original-Nachricht|Weitergeleitete Nachricht|Message d'origine|Message transféré|Mensaje original"
    r"|Mensaje reenviado)\s*-{2,}|Begin forwarded message:|_{10,}\s*$|(?:From|Von|De):\s.+\n(?:Sent"
    r"|Gesendet|Envoyé|Enviado|Date|Datum):|>)",
    re.MULTILINE | re.IGNORECASE,
)
#: Text beyond this is not read: the patterns stay fast on pathological mail.
_MAX_CHARS = 20_000


@dataclass
class _Mail:
    """The message plus the derived views every extractor needs (computed once)."""

    message: Message
    own: str  # the body without quoted or forwarded history
    flat: str  # own text, one line per paragraph, reference numbers and gender markers removed
    quoted: str  # the quoted or forwarded history, flattened the same way
    subject: str  # without Re:/AW:/Fwd: prefixes
    signature: _Signature = field(default_factory=_Signature)


def _prepare(message: Message) -> _Mail:
    """Split off quoted history (the candidate's own words must not name the contact) and flatten."""
    match = _QUOTE_START.search(message.text)
    cut = match.start() if match else len(message.text)
    own, quoted = message.text[:cut], message.text[cut : cut + _MAX_CHARS // 2]
    if len(own) > _MAX_CHARS:  # a letter is far shorter; keep its start and its signature
        own = f"{own[: _MAX_CHARS * 3 // 4]}\n\n{own[-_MAX_CHARS // 4 :]}"
    own = "\n".join(line.strip() for line in own.splitlines())  # HTML renders with indentation
    subject = re.sub(
        r"^(?:\s*(?:re|aw|antw|fwd?|wg|tr|sv|rv|automatic reply|réponse automatique)\s*:\s*)+",
        "",
        message.subject,
        flags=re.IGNORECASE,
    ).strip()
    mail = _Mail(message, own, _flatten(own), _flatten(re.sub(r"(?m)^[> ]+", "", quoted)), subject)
    mail.signature = _find_signature(own)
    return mail


def _flatten(text: str) -> str:
    """One line per paragraph (mail wraps lines mid-sentence), without references and gender markers."""
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return _REFERENCE.sub("", _GENDER.sub("", "\n".join(p for p in paragraphs if p)))
