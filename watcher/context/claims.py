"""What the mail supports saying back: someone was hired, a person wrote it, there were several talks.

The reply makes claims about the rejection ("I hope they have a great start", "for taking the
time to tell me yourself", "our conversations"). Each is only true for some mail, and a false
one reads as a form letter answering a form letter. The default is the claim not made: each
fact is True only when the mail says so in so many words.
"""

from __future__ import annotations

import re

from ..message import Message
from .addresses import _reachable
from .mail import _Mail

#: One other person was chosen (not "other candidates", which says nobody was hired yet).
_HIRED = re.compile(
    "|".join(
        (
            # English: "offered the role to another candidate", "went with someone else", "she has accepted"
            r"\b(?:offered|extended an offer|made an offer)\b[^.\n]{0,60}?\bto (?:another|a|an|the other|one)"
            r" (?:\w+ )?(?:candidate|applicant|person|individual)\b",
            r"\b(?:hired|appointed|selected|chosen|chose|picked|went with|gone with|going with|go with"
            r"|(?:move|moving|moved|proceed|proceeding|continue|continuing) forward with|proceed(?:ing)? with"
            r"|decided on|offer(?:ed)? (?:it|the (?:\w+ )?(?:role|position|job)) to) (?:another|a different|an?"
            r"|the other|one other|an internal|an external) (?:\w+ )?(?:candidate|applicant|person|individual)\b"
            r"|\b(?:someone|somebody) else\b|\b(?:has|have) accepted (?:the|our|an) (?:\w+ )?offer\b"
            r"|\b(?:filled|been filled) (?:by|with) (?:another|a|an|one|someone)\b",
            # German: "für eine andere Kandidatin entschieden", "für jemand anderen", "für einen Bewerber"
            r"\bfür (?:eine[nr]?|einem) (?:andere[nr]? |weitere[nr]? )?(?:Kandidat(?:in)?|Bewerber(?:in)?|Person"
            r"|Mitbewerber(?:in)?|Interessent(?:in)?)\b|\bfür jemand(?:en)? (?:anderen|anders)\b"
            r"|\bStelle (?:\w+ )?(?:wurde|ist) (?:\w+ )?(?:anderweitig|bereits) (?:besetzt|vergeben)",
            # French: "retenu une autre candidate", "choisi quelqu'un d'autre"
            r"\b(?:retenu|choisi|sélectionné|recruté|embauché|opté pour)\w* (?:une? autre (?:candidat\w*|personne"
            r"|profil)|quelqu['’]un d['’]autre|une? (?:candidat\w*|personne))\b",
            # Spanish: "continuar con otra persona", "hemos elegido a otro candidato"
            r"\b(?:seleccionado|elegido|contratado|optado por|adelante con|continuar con|decantado por"
            r"|quedado con) (?:a )?(?:otra persona|otro candidato|otra candidata|un candidato|una candidata"
            r"|alguien)\b",
        )
    ),
    re.IGNORECASE,
)
#: Several meetings with this candidate: "your interviews", "the final round", "Zweitgespräch".
_SEVERAL = re.compile(
    r"\b(?:your|both|all (?:of )?your|each of your) (?:[\w-]+ )?(?:interviews|conversations|calls|meetings)\b"
    r"|\bour conversations\b|\b(?:second|final|third|last|2nd|3rd) (?:round|interview|stage|conversation|call)\b"
    r"|\b(?:zweit|dritt|abschluss|final)gespräch\w*|\b(?:zweiten|dritten|letzten|beiden|mehreren)"
    r" (?:\w+ )?(?:gespräch\w*|interviews?|runde\w*)|\b(?:die|unsere|ihre|deine) (?:\w+ )?gespräche\b"
    r"|\b(?:nos|vos|tes|ces) (?:\w+ )?entretiens\b|\b(?:second|deuxième|dernier) entretien\b"
    r"|\b(?:sus|tus|ambas) (?:\w+ )?entrevistas\b|\blas entrevistas con\b|\bsegunda entrevista\b",
    re.IGNORECASE,
)
#: The writer speaks for themselves ("I wanted to call", "ich", "je", "yo").
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|ich|je|j['’]|yo|me alegra)\b")


def someone_hired(mail: _Mail) -> bool:
    """True when the mail says one other person got the job (not "other candidates")."""
    return bool(_HIRED.search(f"{mail.subject}\n{mail.flat}"))


def several_meetings(mail: _Mail) -> bool:
    """True when the mail speaks of more than one interview or conversation with this candidate."""
    return bool(_SEVERAL.search(mail.flat))


def written_personally(message: Message, mail: _Mail, named: bool) -> bool:
    """A person wrote it themselves: a named signer (not a team), from an address that reads replies,
    or speaking in the first person. A team form letter or a no-reply system never is."""
    if not named or mail.signature.team or not mail.signature.name:
        return False
    sender = message.sender
    return bool(sender is not None and _reachable(sender)) or bool(_FIRST_PERSON.search(mail.flat))
