"""Who wrote, for which company and role, in which language: the facts a reply is made of.

Pure functions over a parsed `Message`. Each extraction carries a confidence, and the reply
template falls back to neutral wording when it is low: "Hi Jane" is only written when we are
sure the rejection came from Jane; a wrong name is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .message import Address, Message

#: Senders that are machines, not people: never address a reply to them.
_NO_REPLY = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|noreply|mailer-daemon|bounce[s]?|notifications?|notify)(?:$|[._+-])"
)
#: Applicant-tracking systems and job boards send on behalf of the employer.
ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "myworkday.com",
    "myworkdayjobs.com",
    "workday.com",
    "lever.co",
    "hire.lever.co",
    "icims.com",
    "smartrecruiters.com",
    "smartrecruiters.net",
    "linkedin.com",
    "taleo.net",
    "ashbyhq.com",
    "workablemail.com",
    "workable.com",
    "teamtailor.com",
    "teamtailor-mail.com",
    "bamboohr.com",
    "successfactors.com",
    "successfactors.eu",
    "sapsf.com",
    "sapsf.eu",
    "jobvite.com",
    "personio.de",
    "personio.com",
    "softgarden.io",
    "softgarden.de",
    "dvinci-mail.com",
    "dvinci.de",
    "rexx-systems.com",
    "recruitee.com",
    "join.com",
    "stepstone.de",
    "xing.com",
    "indeed.com",
    "glassdoor.com",
    "breezy.hr",
    "jazzhr.com",
    "applytojob.com",
    "pinpointhq.com",
    "homerun.co",
    "comeet.co",
    "avature.net",
    "oraclecloud.com",
)
FREEMAIL_DOMAINS = (
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "t-online.de",
    "posteo.de",
    "mailbox.org",
    "proton.me",
    "protonmail.com",
    "fastmail.com",
    "aol.com",
    "yandex.ru",
    "mail.ru",
    "orange.fr",
    "free.fr",
)
_TEAMISH = re.compile(
    r"\b(team|careers?|jobs?|recruit\w*|talent|hiring|hr|human resources|people|personal\w*|karriere|bewerbung\w*"
    r"|notifications?|support|info|service|no-?reply|admin|office|staffing|acquisition|rh|empleo)\b",
    re.IGNORECASE,
)
_COMPANY_PATTERNS = (
    re.compile(
        r"\binterest in (?:joining |working (?:at|for|with) )?(?:the )?([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})"
    ),
    re.compile(
        r"\b(?:position|role|opportunity|job|opening|vacancy) (?:at|with) ([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})"
    ),
    re.compile(r"\bapplying (?:to|at|with) ([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})"),
    re.compile(
        r"\bInteresse an (?:einer Tätigkeit bei |der )?([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})"
    ),
    re.compile(r"\bBewerbung bei (?:der |uns, der )?([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3})"),
)
_ROLE_PATTERNS = (
    re.compile(
        r"(?:application|applying|candidacy|apply) (?:for|to) (?:the |our )?(?:position of |role of )?(.{3,60}?)(?: position| role| opening| at | with |[,.(\n]|$)",
        re.IGNORECASE,
    ),
    re.compile(r"\bfor the (.{3,60}?) (?:position|role|opening|vacancy)\b", re.IGNORECASE),
    re.compile(
        r"Bewerbung (?:als|für die Position|auf die Stelle(?: als)?) (.{3,60}?)(?: bei | \(|[,.\n]|$)",
        re.IGNORECASE,
    ),
    re.compile(r"\bStelle als (.{3,60}?)(?: bei | \(|[,.\n]|$)", re.IGNORECASE),
)
_COMPANY_SUFFIX = re.compile(r"[ ,]+(?:Inc|LLC|Ltd|GmbH|AG|SE|KG|plc|Corp|Co)\.?$")
_GENERIC_WORDS = {
    "the",
    "our",
    "us",
    "we",
    "this",
    "a",
    "an",
    "your",
    "team",
    "company",
    "position",
    "role",
}

_LANG_WORDS = {
    "en": {"the", "and", "you", "your", "we", "for", "to", "of", "thank", "with", "have", "this"},
    "de": {
        "und",
        "die",
        "der",
        "sie",
        "ihre",
        "wir",
        "für",
        "ihnen",
        "nicht",
        "mit",
        "vielen",
        "dank",
        "leider",
    },
    "fr": {
        "et",
        "vous",
        "votre",
        "nous",
        "pour",
        "les",
        "des",
        "une",
        "merci",
        "avec",
        "pas",
        "candidature",
    },
    "es": {
        "y",
        "usted",
        "su",
        "nosotros",
        "para",
        "los",
        "las",
        "una",
        "gracias",
        "con",
        "por",
        "candidatura",
    },
}


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


def is_no_reply(address: Address) -> bool:
    """True for addresses no human reads (no-reply, notifications, bounces)."""
    return bool(_NO_REPLY.search(address.local_part))


def is_ats_domain(domain: str) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def detect_language(text: str) -> str:
    """The most likely of en/de/fr/es by common-word counts (default en)."""
    words = re.findall(r"[a-zäöüßéèàçñáíóú]+", text.lower()[:3000])
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANG_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 else "en"


def choose_recipient(message: Message) -> Address | None:
    """Reply-To, else From, skipping no-reply addresses; None when nobody human can be found."""
    for candidate in (*message.reply_to, *([message.sender] if message.sender else [])):
        if not is_no_reply(candidate):
            return candidate
    return None


def contact_first_name(message: Message) -> Extracted:
    sender = message.sender
    if sender is None or is_no_reply(sender) or not sender.name:
        return Extracted(None, 0.0)
    name = sender.name.strip().strip('"')
    if _TEAMISH.search(name) or "@" in name or any(ch.isdigit() for ch in name):
        return Extracted(None, 0.0)
    if "," in name:  # "Doe, Jane"
        name = name.split(",", 1)[1].strip()
    first = name.split()[0] if name.split() else ""
    if not re.fullmatch(r"[^\W\d_][^\W\d_'-]*(?:[-'][^\W\d_]+)?", first) or len(first) < 2:
        return Extracted(None, 0.0)
    first = first[0].upper() + first[1:]
    confidence = 0.9 if len(name.split()) >= 2 else 0.7
    return Extracted(first, confidence)


def company_name(message: Message) -> Extracted:
    text = f"{message.subject}\n{message.text[:3000]}"
    for pattern in _COMPANY_PATTERNS:
        match = pattern.search(text)
        if match:
            value = re.split(r"\.(?:\s|$)", match.group(1))[0]
            value = _COMPANY_SUFFIX.sub("", value.strip(" .,'"))
            if value.lower() not in _GENERIC_WORDS and len(value) >= 2:
                return Extracted(value, 0.8)
    sender = message.sender
    if (
        sender
        and sender.domain
        and not is_ats_domain(sender.domain)
        and sender.domain not in FREEMAIL_DOMAINS
    ):
        return Extracted(_readable_domain(sender.domain), 0.6)
    return Extracted(None, 0.0)


def role_title(message: Message) -> Extracted:
    for source, confidence in ((message.subject, 0.8), (message.text[:3000], 0.6)):
        for pattern in _ROLE_PATTERNS:
            match = pattern.search(source)
            if match:
                value = match.group(1).strip(" .,:;-\"'")
                if 3 <= len(value) <= 60 and value.lower() not in _GENERIC_WORDS:
                    return Extracted(value, confidence)
    return Extracted(None, 0.0)


def rejection_stage(message: Message) -> Extracted:
    """After an interview, at the application stage, or the position closed (from the text)."""
    text = f"{message.subject}\n{message.text[:3000]}".lower()
    if re.search(r"(?:position|role|vacancy|requisition|stelle|poste|vacante)\w* (?:has been|was|is|wurde|ist|a été|ha sido) "
                 r"(?:now )?(?:filled|closed|cancel|besetzt|vergeben|pourvu|cubierta)", text):
        return Extracted("position_closed", 0.7)
    if re.search(r"interview|speaking with|meeting you|talking with|gespräch|entretien|entrevista", text):
        return Extracted("after_interview", 0.6)
    return Extracted("after_application", 0.6)


def is_informal(message: Message) -> bool:
    """True when a German, French or Spanish mail addresses the reader with du/tu."""
    text = f" {message.text[:3000].lower()} "
    return bool(re.search(r"\b(?:du|dich|dir|dein\w*|tu|toi|ton|ta|tes|te|tú|tu candidatura)\b", text))


def extract_context(message: Message) -> ReplyContext:
    recipient = choose_recipient(message)
    source = ""
    if recipient is not None:
        source = "reply-to" if recipient in message.reply_to else "from"
    return ReplyContext(
        contact_name=contact_first_name(message),
        company=company_name(message),
        role=role_title(message),
        stage=rejection_stage(message),
        language=detect_language(f"{message.subject}\n{message.text}"),
        informal=is_informal(message),
        recipient=recipient,
        recipient_source=source,
    )


def _readable_domain(domain: str) -> str:
    """'mail.northwind-analytics.co.uk' -> 'Northwind Analytics'."""
    parts = domain.split(".")
    core = (
        parts[-3]
        if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "ac"}
        else parts[-2]
        if len(parts) >= 2
        else parts[0]
    )
    return " ".join(w.capitalize() for w in re.split(r"[-_]", core) if w)
