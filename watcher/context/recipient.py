"""Whom the reply goes to: a human Reply-To, else a human From, else a recruiter named in the body.

Never a no-reply or ATS sending address, and never the user's own address (a mail they
forwarded to themselves). A mail that says its own mailbox is not read ("sent from an unmonitored
email box", "Diese E-Mail-Adresse kann keine Antworten empfangen") is treated as no-reply: its
From and Reply-To are skipped, and only an address the body names can be the recipient. When only the body names an address, it must look like a person's
or a recruiting mailbox, not privacy@ or support@; it gets the signer's name when the address
matches it.
"""

from __future__ import annotations

import re

from ..message import Address, Message
from .addresses import _domain_core, _reachable, is_ats_domain
from .mail import _Mail, _prepare
from .people import _matches_address
from .vocabulary import _EMAIL

#: The mail says its own address reads no replies (en, de, fr, es).
_UNMONITORED = re.compile(
    "|".join(
        (
            r"\b(?:unmonitored|unattended) (?:e-?mail|mail ?box|inbox|address|account)"
            r"|\b(?:mailbox|inbox|e-?mail address|address|account|e-?mail)\b[^.\n]{0,40}?\b(?:is|are) not"
            r" (?:monitored|read|checked|attended)\b|\b(?:please )?(?:do not|don't|dont) (?:reply|respond)(?: directly)?"
            r" to this (?:e-?mail|message|address|mail)\b|\breplies (?:to this (?:e-?mail|message|address) )?(?:are"
            r"|will) not (?:be )?(?:read|monitored|received|answered)\b|\bcannot (?:receive|accept) replies\b",
            r"\bkann keine antworten (?:empfangen|entgegennehmen)|\bantworten (?:sie )?(?:bitte )?nicht (?:direkt )?auf"
            r" diese (?:e-?mail|nachricht)|\bbitte (?:nicht|keine) (?:direkt )?(?:auf diese (?:e-?mail|nachricht) )?"
            r"(?:antworten|antwort)\b|\bantworten (?:auf|an) diese (?:e-?mail|nachricht|adresse)\b[^.\n]{0,40}?"
            r"\b(?:nicht|keine)\b|\b(?:postfach|adresse)\b[^.\n]{0,40}?\b(?:wird|werden) nicht (?:überwacht|gelesen"
            r"|abgerufen|bearbeitet)",
            r"\bne (?:pas|jamais) (?:y )?répondre\b|\bne (?:reçoit|peut recevoir|peut pas recevoir) (?:pas )?(?:de |les )?"
            r"réponses?\b|\b(?:adresse|boîte)\b[^.\n]{0,40}?\b(?:n['’]est pas|non) (?:consultée|surveillée|lue)",
            r"\bno (?:responda|respondas|contestes|conteste) (?:a )?(?:este|esta) (?:correo|mensaje|e-?mail|dirección)"
            r"|\b(?:buzón|dirección|cuenta)\b[^.\n]{0,40}?\bno (?:está |es )?(?:supervisad[oa]|monitorizad[oa]"
            r"|atendid[oa]|revisad[oa])|\bno (?:admite|acepta|recibe|puede recibir) respuestas\b",
        )
    ),
    re.IGNORECASE,
)


def says_unmonitored(text: str) -> bool:
    """True when the mail says its own address reads no replies, in en/de/fr/es."""
    return bool(_UNMONITORED.search(text))


def reply_to_elsewhere(message: Message, recipient: Address | None, source: str) -> bool:
    """The reply goes to a Reply-To on another domain than the From, neither of them an ATS.

    The user sends what we address: a Reply-To that points elsewhere deserves a look first.
    """
    sender = message.sender
    if source != "reply-to" or recipient is None or sender is None or not sender.domain:
        return False
    if is_ats_domain(sender.domain) or is_ats_domain(recipient.domain):
        return False
    return _domain_core(sender.domain) != _domain_core(recipient.domain)


def choose_recipient(message: Message) -> Address | None:
    """Whom to reply to: a human Reply-To, else a human From, else a recruiter named in the body."""
    return _recipient(_prepare(message))[0]


def _recipient(mail: _Mail) -> tuple[Address | None, str]:
    """A human Reply-To, else a human From, else a recruiter's address in the body; never no-reply."""
    message = mail.message
    mine = {a.email.lower() for a in (*message.to, *message.cc)}
    if says_unmonitored(mail.own):
        return _body_recipient(mail, mine)
    for address in message.reply_to:
        if _reachable(address) and address.email.lower() not in mine:
            return address, "reply-to"
    if message.sender and _reachable(message.sender) and message.sender.email.lower() not in mine:
        return message.sender, "from"
    return _body_recipient(mail, mine)


def _body_recipient(mail: _Mail, mine: set[str]) -> tuple[Address | None, str]:
    """A recruiter's address named in the body: a person's or a recruiting mailbox, not privacy@."""
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
