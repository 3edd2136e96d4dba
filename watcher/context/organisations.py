"""Reading a company name: 'the Acme Robotics GmbH' is 'Acme Robotics'; 'Sent from my iPhone' is none.

A company name is written in capitals, is not a generic word ("Group", "Recruiter") nor an ATS
brand ("Greenhouse"), and loses its legal form so that "Acme GmbH" and "Acme" are one company.
Team names carry the company inside them ("Ihr Recruiting-Team der Acme GmbH", "Acme Careers").
Each value found becomes a `Candidate` for the vote in `company.py`.
"""

from __future__ import annotations

import re

from .people import _is_team_line
from .text import _capitalised, _key
from .vocabulary import (
    _ATS_BRANDS,
    _COMPANY_CONNECTORS,
    _DETERMINERS,
    _NOT_NAME,
    _ORG_WORDS,
    _TEAM_WORDS,
    _TITLE_WORDS,
)

Candidate = tuple[str, float, str]  # (value, weight, source) — evidence for a company

_LEGAL_SUFFIX = re.compile(
    r"(?:[\s,]+(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ggmbh|ag|se|kg|kgaa|ohg|ug|e\.\s?v\.|inc\.?|llc|ltd\.?"
    r"|limited|plc|llp|corp\.?|corporation|pty\.?(?:\s+ltd\.?)?|s\.\s?l\.(?:u\.)?|s\.l|sl|s\.\s?a\.(?:s\.)?"
    r"|sa|sas|sarl|s\.\s?r\.\s?l\.|srl|s\.\s?p\.\s?a\.|spa|b\.\s?v\.|bv|n\.\s?v\.|nv|oy|ab|a/s|aps|asa"
    r"|gbr|partgmbb))+\.?$",
    re.IGNORECASE,
)


def _clean_company(value: str) -> str | None:
    """'the Acme Robotics GmbH' -> 'Acme Robotics'; None for generic or non-company text."""
    value = " ".join(w for w in value.split() if w in "&+" or any(c.isalnum() for c in w))
    value = re.sub(
        r"^(?:the|der|die|das|den|dem|l['’]|la|le|el|los|las)\s+|^l['’]",
        "",
        value.strip(" ,.;:!?\"'“”()"),
        flags=re.IGNORECASE,
    )
    for _ in range(2):
        value = _LEGAL_SUFFIX.sub("", value).strip(" ,.")
    words = value.split()
    capitals = [w for w in words if w.lower() not in _COMPANY_CONNECTORS | {"of", "the", "for", "et"}]
    if (
        not words
        or len(capitals) > 6
        or len(words) > 10
        or len(value) < 2
        or not all(
            _capitalised(w) or w.lower() in _COMPANY_CONNECTORS | {"of", "the", "for", "et"} for w in words
        )
    ):
        return None  # a company name is written in capitals: "Sent from my iPhone" is not one
    generic = _ORG_WORDS | _TITLE_WORDS | _TEAM_WORDS | _DETERMINERS | {"we", "us", "you", "i", "it", "this"}
    if _key(value) in _ATS_BRANDS or (len(words) == 1 and value.lower() in generic):
        return None
    if all(w.lower() in _NOT_NAME for w in words) and not any(w.lower() in _ORG_WORDS for w in words):
        return None
    return value


def _strip_team(line: str, weight: float, source: str) -> list[Candidate]:
    """The company in a team name: 'Ihr Recruiting-Team der Acme GmbH', 'Acme Careers' -> 'Acme'.

    One word left over from several ('Medical' from 'Medical Staffing Department') may be a
    department rather than the company, so it counts for less.
    """
    tail = re.split(r"\s(?:der|des|von|vom|de|du|of|at|bei|chez|en)\s(?:la\s|l['’])?", line, maxsplit=1)
    tokens = [t for t in tail[-1].split() if t in "&+" or any(ch.isalnum() for ch in t)]
    determined = bool(tokens) and tokens[0].lower() in _DETERMINERS
    leading = _DETERMINERS | _COMPANY_CONNECTORS | {"l'équipe", "l’équipe"}
    while tokens and (tokens[0].lower() in leading or _is_team_line(tokens[0])):
        tokens.pop(0)  # "The Talent Team of", "Team Acme", "Personalabteilung Klinikum X", "Selección de X"
    stripped = 0
    while tokens and _is_team_line(tokens[-1]):
        tokens.pop()
        stripped += 1
    value = _clean_company(" ".join(tokens))
    if not value or len(tokens) > 5:
        return []
    weak = len(tokens) == 1 and len(tail) == 1 and stripped >= 2 and not determined
    return [(value, min(weight, 0.2) if weak else weight, source)]
