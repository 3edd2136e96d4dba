"""What extraction returns: each fact with a confidence, and the bundle the reply template reads.

A value is never just a string: the renderer compares the confidence with its thresholds and
falls back to neutral wording when a fact is not sure enough ("Hi Jane" only when we are sure).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..message import Address


@dataclass(frozen=True)
class Extracted:
    """A value and how sure we are of it (0–1)."""

    value: str | None
    confidence: float


@dataclass(frozen=True)
class ReplyContext:
    """Everything the reply template may use about the incoming mail."""

    contact_name: Extracted
    company: Extracted
    role: Extracted
    stage: Extracted  # "after_interview" | "after_application" | "position_closed"
    language: str  # "en" | "de" | "fr" | "es"
    informal: bool  # the mail says du/tu (German/French/Spanish): reply in kind
    recipient: Address | None
    recipient_source: str  # "reply-to" | "from" | "body" | "" (none found)
    # What the greeting and the reply's claims may rest on (each False/None unless the mail says so):
    contact_surname: str | None = None  # the contact's surname, for "Sehr geehrte Frau Vogel"
    contact_gender: str | None = None  # "f" | "m", only from an honorific or a gendered job title
    salutation: str = (
        ""  # how the mail greeted: "formal" (Sehr geehrte, Madame), "surname" (Hallo Herr X), ""
    )
    hired: bool = False  # one other person got the job: "I hope they have a great start"
    personal: bool = False  # a person wrote it themselves: "for taking the time to tell me yourself"
    several_meetings: bool = False  # more than one interview: "our conversations"
    reply_to_elsewhere: bool = False  # the reply goes to a Reply-To on another domain than the From
