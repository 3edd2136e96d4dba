"""Who wrote, for which company and role, in which language: the facts a reply is made of.

Pure functions over a parsed `Message`. Each extraction carries a confidence, and the reply
template falls back to neutral wording when it is low: "Hi Jane" is only written when we are
sure the rejection came from Jane; a wrong name is worse than none.

Values are voted on, not taken from the first pattern that matches. A company named in the
text, the sender's display name, the signature and the sender's domain each add evidence, and
a value several independent sources agree on is trusted more than one a single pattern found.
A contact name needs the signature and the headers to agree, or a clear personal signature.
Mail from applicant-tracking systems and recruitment agencies is the hard case throughout:
the sender is not the employer, and the display name may be a company, a team or a person.

Where each decision lives:

- `mail`: the text the extractors read (own words vs. quoted history, flattened, subject);
- `signature`: the sign-off block (who signed, with which title and organisation);
- `names`: the contact's first name (`people`: whether a text or display name is a person);
- `company`: the employer vote (`organisations`: cleaning a company name);
- `role`: the job title;  `stage`: closed / after interview / after application;
- `language`: en/de/fr/es and du/tu;  `recipient`: whom the reply goes to;
- `addresses`: no-reply, ATS and freemail addresses;  `vocabulary`: shared word lists and patterns;
- `text`: comparing and reading words;  `result`: `Extracted` and `ReplyContext`.
"""

from __future__ import annotations

from ..message import Message
from ..stages import STAGES  # its own module, so the config can name it without loading these
from .addresses import is_ats_domain, is_no_reply
from .claims import several_meetings, someone_hired, written_personally
from .company import company_name
from .language import detect_language, is_informal, salutation
from .mail import _prepare
from .names import contact_first_name, contact_person, contact_surname
from .organisations import Candidate
from .people import _first_name, _same_person
from .recipient import _recipient, choose_recipient, reply_to_elsewhere, says_unmonitored
from .result import Extracted, ReplyContext
from .role import role_title
from .stage import rejection_stage
from .vocabulary import ATS_DOMAINS, FREEMAIL_DOMAINS

__all__ = [
    "ATS_DOMAINS",
    "FREEMAIL_DOMAINS",
    "Candidate",
    "Extracted",
    "STAGES",
    "ReplyContext",
    "choose_recipient",
    "company_name",
    "contact_first_name",
    "detect_language",
    "extract_context",
    "is_ats_domain",
    "is_informal",
    "is_no_reply",
    "rejection_stage",
    "role_title",
    "says_unmonitored",
]

#: A contact this sure may be greeted by name, and a mail signed by them counts as written personally.
NAMED_CONFIDENCE = 0.7


def extract_context(message: Message) -> ReplyContext:
    """All reply facts for one message; low-confidence values are left for the renderer to drop."""
    mail = _prepare(message)
    company = company_name(message, mail)
    recipient, source = _recipient(mail)
    tokens, confidence = contact_person(message, mail, company.value)
    first = _first_name(tokens)
    signer = mail.signature
    return ReplyContext(
        contact_name=Extracted(first, confidence if first else 0.0),
        company=company,
        role=role_title(message, mail, company.value),
        stage=rejection_stage(message, mail),
        language=detect_language(f"{message.subject}\n{mail.own}"),
        informal=is_informal(message, mail),
        recipient=recipient,
        recipient_source=source,
        contact_surname=contact_surname(tokens) if first else None,
        contact_gender=(signer.gender or None) if _same_person(tokens, signer.name) else None,
        salutation=salutation(mail.own),
        hired=someone_hired(mail),
        personal=written_personally(message, mail, confidence >= NAMED_CONFIDENCE),
        several_meetings=several_meetings(mail),
        reply_to_elsewhere=reply_to_elsewhere(message, recipient, source),
    )
