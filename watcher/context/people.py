"""Reading a name: is this text a person ("Dr. Jane de Vries"), a team ("The Talent Team"), or neither?

A name is only a person's when every word could be one: capitalised letters, no team,
organisation or title word, at most four words. The first name is the given name, also in
"DUPONT Jean" and "Doe, Jane"; an initial ("J. Doe") gives none. An address can confirm a name
("jane.doe@", "jdoe@"). Deciding *which* person wrote the mail is `names.py`'s job.
"""

from __future__ import annotations

import re

from ..message import Address
from .addresses import _company_domain, _display
from .text import _key
from .vocabulary import _DEPARTMENT_ENDINGS, _HONORIFICS, _NOT_NAME, _ORG_ENDINGS, _PARTICLES, _TEAM_WORDS


def _person_name(text: str) -> tuple[str, ...]:
    """The tokens of `text` if it reads as a person's name ("Dr. Jane de Vries"), else ()."""
    tokens = _HONORIFICS.sub("", text.strip()).split()
    if not 1 <= len(tokens) <= 4 or (len(tokens) == 1 and (tokens[0].isupper() or len(tokens[0]) < 2)):
        return ()
    for i, token in enumerate(tokens):
        low = token.lower()
        if low.endswith(_DEPARTMENT_ENDINGS + _ORG_ENDINGS) or any(
            part in _NOT_NAME for part in (low, *low.split("-"))
        ):
            return ()
        if i and (low in _PARTICLES or re.fullmatch(r"[A-Z]\.", token)):
            continue
        if not re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", token) or not token[0].isupper():
            return ()
    return tuple(tokens)


def _first_name(tokens: tuple[str, ...]) -> str | None:
    """The given name: 'DUPONT Jean' -> 'Jean'; None for an initial ('J. Doe')."""
    if not tokens:
        return None
    first = tokens[1] if tokens[0].isupper() and len(tokens) > 1 and not tokens[1].isupper() else tokens[0]
    if len(first.rstrip(".")) < 2:
        return None
    return first[0] + first[1:].lower() if first.isupper() else first


def _display_person(address: Address | None) -> tuple[str, ...]:
    """The person in a display name ('Doe, Jane', 'Jane via LinkedIn', 'Jane Doe | Acme'), or ()."""
    if address is None:
        return ()
    name = re.split(r"\s+(?:via|from|at|von|de la part de)\s+|\s*[(|]|\s+[-–—]\s+", _display(address))[0]
    if name.count(",") == 1:  # "Doe, Jane"
        last, first = (part.strip() for part in name.split(","))
        name = f"{first} {last}"
    tokens = _person_name(name)
    core = _key(_company_domain(address))
    return () if core and _key("".join(tokens)) in (core, core + "s") else tokens  # "Acme <x@acme.com>"


def _matches_address(tokens: tuple[str, ...], local_part: str) -> bool:
    """'Jane Doe' ~ jane@, jane.doe@, j.doe@, jdoe@, doe@ — the address confirms the name."""
    parts = [p for p in re.split(r"[._+-]", local_part) if p]
    if not parts or not tokens:
        return False
    first, last = _key(tokens[0]), _key(tokens[-1]) if len(tokens) > 1 else ""
    joined = "".join(parts)
    return bool(first) and (
        first in parts
        or bool(last)
        and (last in parts or joined in {first + last, first[0] + last, last + first, first + last[0]})
    )


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    first_a, first_b = _first_name(a), _first_name(b)
    return bool(first_a and first_b and _key(first_a) == _key(first_b))


def _is_team_line(line: str) -> bool:
    """'The Talent Team', 'Recruiting-Team', 'Acme Careers': a function, not a person."""
    tokens = [t for t in re.split(r"[\s-]+", line.lower()) if t]
    return any(t in _TEAM_WORDS or t.endswith("team") for t in tokens)
