"""Finding and reading the sign-off block: who signed the mail, and which organisation they name.

The block after the last sign-off ("Best,\\nJane Doe\\nRecruiter, Acme") is the best evidence of
who wrote a mail: a person's name, or a team or the company itself. Without a sign-off, a short
last paragraph that starts with a name ("- Luis") is read instead, and trusted a little less
(`closed` is False). The lines after the name give company candidates and tell whether the
signer has a job title. Disclaimers, phone numbers and addresses end or are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .organisations import _LEGAL_SUFFIX, Candidate, _clean_company, _strip_team
from .people import _is_team_line, _person_name, _same_person
from .vocabulary import (
    _CREDENTIAL,
    _DEPARTMENT_ENDINGS,
    _SEGMENT_SPLIT,
    _TEAM_WORDS,
    _TITLE_ENDINGS,
    _TITLE_WORDS,
)

#: A unit inside an organisation, not the employer: "Lehrstuhl für Regelungstechnik", "Department of Physics".
_UNIT = re.compile(
    r"^(?:lehrstuhl|institut für|fakultät|fachbereich|fachgebiet|abteilung|arbeitsgruppe|department of|faculty of"
    r"|school of|chair of|division of|office of|service des?|direction des?|departamento de|área de)\b",
    re.IGNORECASE,
)

_SIGN_OFF = re.compile(
    r"^(?:best|kind|kindest|warm|warmly|warmest|regards|cheers|thanks|thank you|many thanks|sincerely"
    r"|yours|cordially|respectfully|all the best|with |wishing you|good luck|take care|talk soon"
    r"|speak soon|mit freundlichen|freundliche|viele|liebe grü|beste|herzliche|schöne|mfg|lg|vg|gruß"
    r"|grüße|danke|herzlichen dank|alles gute|(?:bien )?cordialement|bien à|salutations|amitiés"
    r"|je vous prie|veuillez agréer|nous vous prions|merci|sincères|un saludo|saludos|atentamente"
    r"|un abrazo|abrazos|reciba|cordialmente|gracias|muchas gracias|un cordial)",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:hi|hello|dear|hey|hallo|liebe[r]?|sehr geehrte|guten tag|bonjour|hola|estimad)\b", re.IGNORECASE
)
_DISCLAIMER = re.compile(
    r"not monitored|do not reply|don't reply|unsubscribe|automated|automatic|automatisch|intended for"
    r"|system-generated|confidential|nicht direkt antworten|antworten an diese|versendet über|hinweis:"
    r"|sent from my|von meinem|envoyé de mon|enviado desde mi|get outlook for",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Signature:
    """What the sign-off block says: a person's name, or a team/company, and organisation lines."""

    name: tuple[str, ...] = ()
    team: bool = False  # signed by a team or by the company itself
    titled: bool = False  # a job-title line follows the name ("Senior Recruiter, Acme")
    closed: bool = False  # found after a sign-off line ("Best,"), not just a trailing block
    orgs: tuple[Candidate, ...] = ()
    gender: str = ""  # "f" / "m" when an honorific or a feminine job title says so, else ""
    delegated: bool = False  # signed for the firm by a person: "i. A. Stefan Kühn", "p.p. Jane Doe"


#: Honorifics that say who the signer is: "Frau Dr. Vogel", "Mme Dubois", "Sra. Herrero".
_FEMININE_HONORIFIC = re.compile(r"^(?:frau|mrs|ms|miss|mme|madame|mlle|sra|srta|señora|dña|doña)\b\.?", re.I)
_MASCULINE_HONORIFIC = re.compile(r"^(?:herr|mr|m|monsieur|sr|señor|don)\b\.?\s", re.I)
#: Feminine job titles ("Personalreferentin", "Chargée de recrutement", "Directora de Personas"). Only
#: the feminine form is evidence: a masculine title is often used for everyone, so it says nothing.
_FEMININE_TITLE = re.compile(
    r"\b\w*(?:referentin|leiterin|managerin|bearbeiterin|recruiterin|beraterin|assistentin|führerin"
    r"|mitarbeiterin|spezialistin|partnerin|direktorin|koordinatorin|expertin|vorständin|sekretärin|inhaberin"
    r"|gründerin|assistenzärztin|ärztin)\b|\b(?:chargée|directrice|conseillère|coordinatrice|assistante|gérante"
    r"|responsable ressources humaines chargée|recruteuse|fondatrice|présidente|directora|coordinadora|técnica"
    r"|jefa|reclutadora|gerenta|fundadora|presidenta|consultora|asesora|administradora)\b",
    re.IGNORECASE,
)


def _signer_gender(head: str, titles: list[str]) -> str:
    """'f' or 'm' from an honorific before the name, 'f' from a feminine title; '' when unsure."""
    head = re.sub(r"^(?:i\.\s?a|i\.\s?v|pp|p\.p)\.?\s+", "", head.strip(), flags=re.IGNORECASE)
    if _FEMININE_HONORIFIC.match(head):
        return "f"
    if _MASCULINE_HONORIFIC.match(head):
        return "m"
    return "f" if any(_FEMININE_TITLE.search(t) for t in titles) else ""


def _find_signature(own: str) -> _Signature:
    """The block after the last sign-off ("Best,\\nJane Doe\\nRecruiter, Acme"), parsed."""
    lines = own.strip().splitlines()
    for i in range(len(lines) - 1, 0, -1):
        if _is_sign_off(lines, i):
            block = lines[i + 1 :]
            same_line = re.match(r"^[^,]{2,30},\s+(\S.*)$", lines[i])  # "Thanks, Jane"
            if same_line and not any(block) and _person_name(same_line.group(1)):
                block = [same_line.group(1)]
            return _parse_signature(block, closed=True)
    return _parse_signature(_trailing_block(lines), closed=False)


def _is_sign_off(lines: list[str], i: int) -> bool:
    """'Best,' / 'Mit freundlichen Grüßen' / 'Thanks again, and best of luck!' followed by a short line."""
    line = lines[i].strip()
    following = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
    words = line.split()
    if not line or _GREETING.match(line) or not following or len(following.split()) > 7:
        return False
    if _SIGN_OFF.match(line):
        formal = re.match(r"(?:je vous prie|veuillez agréer|nous vous prions)", line, re.IGNORECASE)
        return len(words) <= (16 if formal else 10)
    # "Looking forward to hearing from you," followed by a name
    named = bool(_person_name(following) or _is_team_line(following))
    return line.endswith(",") and len(words) <= 6 and named


def _trailing_block(lines: list[str]) -> list[str]:
    """Without a sign-off: the last short paragraph that starts with a name ('- Luis', 'Dara Quinn')."""
    paragraphs = [p.splitlines() for p in re.split(r"\n\s*\n", "\n".join(lines).strip()) if p.strip()]
    for paragraph in paragraphs[-2:][::-1]:
        if len(paragraph) > 6 or any(len(ln.split()) > 8 for ln in paragraph):
            continue
        head = re.sub(r"^[-–—~]+\s*", "", paragraph[0])
        if _person_name(_SEGMENT_SPLIT.split(head)[0]) or _is_team_line(head):
            return paragraph
    for index, line in enumerate(lines):  # "- Luis" closing a paragraph
        if re.match(r"^[-–—]\s*\S", line) and _person_name(line.lstrip("-–— ")):
            return lines[index:]
    return []


def _parse_signature(block: list[str], closed: bool) -> _Signature:
    """Name, team or company from the first line; company candidates from the lines after it."""
    content: list[str] = []
    for line in (ln.strip() for ln in block if ln.strip() and not re.fullmatch(r"\s*[-_—–=*~]{2,}\s*", ln)):
        if len(line.split()) > 12 or _DISCLAIMER.search(line) or len(content) == 10:
            break
        content.append(line)
    if not content:
        return _Signature()
    head = re.sub(r"^[-–—~]+\s*|\s*\([^)]*\)", "", content[0])  # "- Luis", "Jane Doe (she/her)"
    segments = _SEGMENT_SPLIT.split(head)
    name = () if _is_team_line(segments[0]) else _person_name(segments[0])
    orgs: list[Candidate] = []
    rest = content[1:]
    if name:  # the rest of the name line, minus credentials: "Jane Doe, PhD | Recruiter | Acme"
        parts = [p for s in segments[1:] for p in re.split(r"\s+/\s+", s)]
        rest.insert(0, " | ".join(p for p in parts if not _CREDENTIAL.fullmatch(p.strip())))
    elif _is_team_line(head):
        orgs = _strip_team(head, 0.3, "team")
        team_rest = [
            ln for ln in rest if not _is_team_line(ln)
        ]  # "Human Resources\nThe Housing Authority of ..."
        orgs += [(org, weight, "sig") for ln in team_rest[:2] for org, weight in _org_segments(ln)]
    else:  # signed by the company ("Arnhold Versicherung AG"), or unreadable ("J.")
        orgs = [(org, w, "sig") for org, w in _org_segments(head)]
    team = not name and (_is_team_line(head) or bool(orgs))
    titled = False
    for line in rest:
        first, *others = _SEGMENT_SPLIT.split(line)
        fuller = _person_name(first)
        if name and fuller and _same_person(fuller, name):  # "Jonah" ... "Jonah Whitcombe | Recruiter"
            name = fuller if len(fuller) > len(name) else name
            line = " | ".join(others)
        titled = titled or any(
            t in _TITLE_WORDS or t.endswith(_TITLE_ENDINGS) for t in re.split(r"[\s,|·&/-]+", line.lower())
        )
        orgs += [(org, weight, "sig") for org, weight in _org_segments(line)]
    gender = _signer_gender(content[0], rest) if name else ""
    delegated = bool(name) and bool(re.match(r"(?:i\.\s?a|i\.\s?v|pp|p\.p)\.?\s", content[0], re.IGNORECASE))
    return _Signature(
        name=name,
        team=team,
        titled=titled,
        closed=closed,
        orgs=tuple(orgs),
        gender=gender,
        delegated=delegated,
    )


def _org_segments(line: str) -> list[tuple[str, float]]:
    """Company candidates in a signature line after the name (titles, phones, addresses skipped)."""
    after = re.split(r"\s(?:bei|at|chez|en|@)\s", line, maxsplit=1)  # "People & Talent bei Kieselwerk"
    segments = [after[1]] if len(after) == 2 else _SEGMENT_SPLIT.split(line)
    out = []
    for segment in segments:
        if re.search(r"[@:\d]|https?:|www\.|^(?:tel|phone|mobile|fax|[tmef])\b\.?", segment, re.IGNORECASE):
            continue  # phone, street address, e-mail, "Geschäftsführer: ..." footer labels
        if _CREDENTIAL.fullmatch(segment.strip()) or _UNIT.match(segment.strip()):
            continue  # "MSc", "PhD"; "Lehrstuhl für Regelungstechnik" is a unit, not the employer
        low = [t for t in re.split(r"[\s&,.()]+", segment.lower()) if t]
        if not low or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", segment):  # "acme.com"
            continue
        legal = bool(_LEGAL_SUFFIX.search(segment))  # "Murauer Operations GmbH" is a company, not a title
        if not legal and (
            any(t in _TITLE_WORDS or t.endswith(_TITLE_ENDINGS) for t in low)
            or all(t in _TEAM_WORDS or t.endswith(_DEPARTMENT_ENDINGS) for t in low)
        ):
            continue
        if value := _clean_company(segment):
            out.append((value, 0.5 if len(segments) == 1 else 0.45))
    return out
