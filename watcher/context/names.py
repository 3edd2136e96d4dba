"""The contact's first name: whom "Hi Jane" greets, written only when the evidence agrees.

A wrong name is worse than none. A signature name confirmed by the sender's display name or
address is sure; a signature alone, or a display name alone, is less so; a signer who differs
from a human sender leaves us unsure who wrote it. Names that are really the company, a team
mailbox or the candidate's own (a forwarded mail) are never the contact.
"""

from __future__ import annotations

import re

from ..message import Address, Message
from .addresses import _display, _domain_core, _reachable
from .mail import _Mail, _prepare
from .people import _display_person, _first_name, _is_team_line, _matches_address, _person_name, _same_person
from .result import Extracted
from .text import _key
from .vocabulary import _EMAIL, _PARTICLES, _TEAM_WORDS

_Person = tuple[tuple[str, ...], float]  # the contact's name tokens, and how sure we are


def contact_first_name(message: Message, mail: _Mail | None = None, company: str | None = None) -> Extracted:
    """The first name of the human who wrote the mail, sure only when the evidence agrees."""
    tokens, confidence = contact_person(message, mail or _prepare(message), company)
    first = _first_name(tokens)
    return Extracted(first, confidence if first else 0.0)


def contact_surname(tokens: tuple[str, ...]) -> str | None:
    """'Katrin Vogel' -> 'Vogel', 'Anneke de Vries' -> 'de Vries', 'DUPONT Jean' -> 'Dupont'.

    None when the name has no clear surname: one word, an initial, or several given names.
    """
    if len(tokens) < 2:
        return None
    if tokens[0].isupper() and not tokens[1].isupper():
        surname: list[str] = [tokens[0]]
    else:
        rest = list(tokens[1:])
        while len(rest) > 1 and rest[0].lower() not in _PARTICLES:
            if not re.fullmatch(r"[A-Z]\.", rest[0]):
                return None  # "Jane Mary Doe", "María José García": which part is the surname?
            rest.pop(0)
        surname = rest
    if re.fullmatch(r"[A-Z]\.?", surname[-1]):
        return None
    return " ".join(w if not w.isupper() else "-".join(p.capitalize() for p in w.split("-")) for w in surname)


def contact_person(message: Message, mail: _Mail, company: str | None = None) -> _Person:
    """The name tokens of the human who wrote the mail, and how sure we are of them."""
    mine = {a.email.lower() for a in (*message.to, *message.cc)}
    own_names = {_key(_display(a)) for a in message.to}
    people = [
        (p, a)
        for a in (message.sender, *message.reply_to)  # not the user forwarding to themselves
        if a
        and (p := _display_person(a))
        and not _names_the_domain(p, message)  # "LinkedIn <jobs-noreply@linkedin.com>"
        and a.email.lower() not in mine
        and _key(_display(a)) not in own_names
    ]
    signer = _plausible_signer(mail.signature.name, message, company)
    if signer:
        return _signed_name(signer, mail, people)
    if not people:
        return (), 0.0
    if mail.signature.team:
        # Signed by a team, but a named person whose address matches the name is the Reply-To:
        # the reply goes to them, so greeting them by name is right whoever wrote the text.
        replied = [(p, a) for p, a in people if a in message.reply_to and _reachable(a)]
        if replied and _matches_address(replied[0][0], replied[0][1].local_part):
            return _named(replied[0][0], 0.8)
        return _named(people[0][0], 0.5)
    person, address = people[0]
    if not _reachable(address):  # "Jane Doe <no-reply@hire.lever.co>" and no signature to confirm it
        return _named(person, 0.5)
    if _matches_address(person, address.local_part):
        return _named(person, 0.85)
    shared = _TEAM_WORDS & set(re.split(r"[._+-]", address.local_part))  # "Jane Doe <careers@...>"
    return _named(person, 0.75 if not shared and len(person) > 1 else 0.55)


def _plausible_signer(name: tuple[str, ...], message: Message, company: str | None) -> tuple[str, ...]:
    """The signature's name unless it is really the company or the candidate's own name."""
    key = _key("".join(name))
    if not name or (company and key in (_key(company), _key(company) + "s")):
        return ()
    if _names_the_domain(name, message):
        return ()  # "Best,\nAcme" from acme-robotics.com
    own = {_key(f) for a in message.to if (f := _first_name(_person_name(_display(a))))}
    return () if _key(_first_name(name) or "") in own else name


def _names_the_domain(name: tuple[str, ...], message: Message) -> bool:
    """A one-word name that is the start of a sender's domain ("Acme", "LinkedIn") is the company."""
    key = _key("".join(name))
    cores = [_key(_domain_core(a.domain)) for a in (message.sender, *message.reply_to) if a and a.domain]
    return len(name) == 1 and any(len(key) >= 4 and core.startswith(key) for core in cores)


def _signed_name(
    signer: tuple[str, ...], mail: _Mail, people: list[tuple[tuple[str, ...], Address]]
) -> _Person:
    """Confidence in a signature name, given who the headers say sent the mail."""
    message, sig = mail.message, mail.signature
    for person, address in people:
        if _same_person(person, signer):
            # An ATS display name echoed by a signature without a job title may just be the company.
            echo = not _reachable(address) and _key("".join(person)) == _key("".join(signer))
            fuller = person if len(person) >= len(signer) else signer
            return _named(fuller, 0.6 if echo and not sig.titled else 0.95)
    if any(_reachable(a) or a is not message.sender for _, a in people):
        return _named(signer, 0.3)  # a different person sent it: who wrote it?
    local_parts = [a.local_part for a in (message.sender, *message.reply_to) if a]
    local_parts += [e.split("@")[0].lower() for e in _EMAIL.findall(mail.own)]
    if any(_matches_address(signer, local) for local in local_parts):
        return _named(signer, 0.9)
    sender = message.sender
    if sender and _reachable(sender) and _is_team_line(_display(sender)):
        # A team mailbox: the signature may be a template's, unless the person signs for the firm ("i. A.").
        return _named(signer, 0.75 if sig.delegated and len(signer) > 1 else 0.65)
    return _named(signer, (0.8 if len(signer) > 1 else 0.7) - (0.0 if sig.closed else 0.1))


def _named(tokens: tuple[str, ...], confidence: float) -> _Person:
    return tokens, confidence if _first_name(tokens) else 0.0
