"""What the classifier reads: one normalised string per message.

The model must learn from what the *sender wrote to us*, not from the user's own quoted words,
legal footers or tracking links. So quoted replies are cut, footers and URLs are replaced by
placeholders, and the subject is repeated with a marker so it weighs like the strong signal it
is. The same function is used for training and prediction; `FEATURE_VERSION` is stored with every
model, and a model trained on another version is refused.
"""

from __future__ import annotations

import re

from .message import Message

FEATURE_VERSION = 1
MAX_BODY_CHARS = 4000

# A reply's quoted history starts at lines like these (English, German, French, Spanish, Outlook).
_QUOTE_HEADER = re.compile(
    r"^(?:\s*(?:on\b.{0,200}\bwrote:|am\b.{0,200}\bschrieb.{0,80}:|le\b.{0,200}\ba écrit\s*:"
    r"|el\b.{0,200}\bescribió:|-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine"
    r"|mensaje original)\s*-{2,}|_{10,}\s*$|from:\s.{0,200}\n\s*(?:sent|date|gesendet):"
    r"|von:\s.{0,200}\n\s*(?:gesendet|datum):))",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_MARK = re.compile(
    r"^-{3,}\s*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado)",
    re.IGNORECASE | re.MULTILINE,
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_NUMBER = re.compile(r"\b\d[\d.,:/-]*\b")
_SPACES = re.compile(r"[ \t\u00a0]+")


def strip_quoted(text: str) -> str:
    """Drop `>`-quoted lines and everything after a reply header; keep forwarded content."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    text = "\n".join(lines)
    forward = _FORWARD_MARK.search(text)
    match = _QUOTE_HEADER.search(text)
    if match and not (forward and forward.start() < match.start()) and match.start() > 0:
        text = text[: match.start()]
    return text


def model_text(message: Message) -> str:
    """The single string the pipeline vectorises for `message`."""
    return text_for_model(message.subject, message.text)


def text_for_model(subject: str, body: str) -> str:
    """Normalise subject and body into the model's input (see the module docstring)."""
    body = strip_quoted(body)[:MAX_BODY_CHARS]
    body = _URL.sub(" xurl ", body)
    body = _EMAIL.sub(" xemail ", body)
    body = _NUMBER.sub(" xnum ", body)
    body = _SPACES.sub(" ", body)
    subject = _NUMBER.sub(" xnum ", _URL.sub(" xurl ", subject))
    return f"xsubject {subject}\n{subject}\n{body}".lower()
