"""Whom the reply goes to: a human Reply-To, else a human From, else a recruiter named in the body.

Never a no-reply or ATS sending address, and never the user's own address (a mail they
forwarded to themselves). When only the body names an address, it must look like a person's
or a recruiting mailbox, not privacy@ or support@; it gets the signer's name when the address
matches it.
"""

from __future__ import annotations

import re

from ..message import Address, Message
from .addresses import _reachable
from .mail import _Mail, _prepare
from .people import _matches_address
from .vocabulary import _EMAIL


def choose_recipient(message: Message) -> Address | None:
    """Whom to reply to: a human Reply-To, else a human From, else a recruiter named in the body."""
    return _recipient(_prepare(message))[0]


def _recipient(mail: _Mail) -> tuple[Address | None, str]:
    """A human Reply-To, else a human From, else a recruiter's address in the body; never no-reply."""
    message = mail.message
    mine = {a.email.lower() for a in (*message.to, *message.cc)}
    for address in message.reply_to:
        if _reachable(address) and address.email.lower() not in mine:
            return address, "reply-to"
    if message.sender and _reachable(message.sender) and message.sender.email.lower() not in mine:
        return message.sender, "from"
    not_recruiting = {
        "privacy",
        "datenschutz",
        "dpo",
        "gdpr",
        "unsubscribe",
        "abuse",
        "support",
        "help",
        "security",
        "legal",
        "billing",
        "press",
        "presse",
        "info",
        "webmaster",
    }
    for found in _EMAIL.findall(mail.own):
        address = Address("", found.rstrip("."))
        if (
            _reachable(address)
            and found.lower() not in mine
            and not (not_recruiting & set(re.split(r"[._+-]", address.local_part)))
        ):
            signer = mail.signature.name  # "questions? write to me at jane.doe@..." signed Jane Doe
            name = " ".join(signer) if _matches_address(signer, address.local_part) else ""
            return Address(name, address.email), "body"
    return None, ""
