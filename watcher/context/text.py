"""Comparing and reading words: the string helpers every extractor shares.

Names are compared by a folded key (case, accents and umlaut spellings ignored), because the
same company appears as "Mühlbach" in the text and "muehlbach" in the domain. Company names and
job titles are written in capitals, so both are read as a run of capitalised words.
"""

from __future__ import annotations

import re
import unicodedata

from .vocabulary import _CALENDAR, _PRONOUNS, _TITLE_ABBREVIATION, _TITLE_NOUNS


def _key(value: str) -> str:
    """Comparable form: case, accents and umlaut spellings ("Mühlbach" == "muehlbach") ignored."""
    value = value.casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        value = value.replace(umlaut, plain)
    return "".join(ch for ch in unicodedata.normalize("NFKD", value) if ch.isalnum())


def _words(value: str) -> list[str]:
    return [w for w in (_key(t) for t in value.split()) if w]


def _capitalised(word: str) -> bool:
    """'Engineer', 'II', '3D', 'iOS' — a word that can be part of a title or a company name."""
    return word[:1].isupper() or word[:1].isdigit() or any(ch.isupper() for ch in word[1:2])


def _capital_run(
    text: str, start: int, connectors: set[str], limit: int, titles: bool = False
) -> tuple[str, str]:
    """The capitalised words from `start` ('Acme Robotics' in 'at Acme Robotics, and'), and the next word.

    In `titles`, an abbreviation does not end the run ('Sr. Data Engineer'), a lower-case job noun
    continues it ('Junior Web developer'), and a day or month ends it ('Analyst on Monday').
    """
    tokens: list[str] = []
    for raw in text[start : start + 200].split("\n")[0].split():
        word = raw.strip("\"“”'‘’(),.;:!?")
        if tokens and tokens[-1].lower() == "of" and word.lower() == "the":  # "Housing Authority of the City"
            tokens.append(word)
            continue
        if not word or (tokens and word.lower() in _PRONOUNS):  # "Abrechnung und Ihr Interesse"
            break
        if titles and tokens and (word.lower() in _CALENDAR or tokens[-1] == "on" and not word[:1].isupper()):
            break  # "Analyst on Monday", "Officer on 2 May"
        capital = _capitalised(word) and (not word[0].isdigit() or bool(tokens)) or word == "&"
        capital = capital or (titles and bool(tokens) and word in _TITLE_NOUNS)
        if len(tokens) >= limit or not (capital or (tokens and word.lower() in connectors)):
            while tokens and tokens[-1].lower() in connectors | {"the"}:
                tokens.pop()
            return " ".join(tokens), word
        abbreviation = titles and re.fullmatch(_TITLE_ABBREVIATION, raw)
        possessive = not titles and re.search(r"['’]s$", word)  # "Acme's data team" names Acme
        tokens.append(raw if abbreviation else word[:-2] if possessive else word)
        if possessive:
            break
        if (raw[-1:] in ",.;:!?)" and not abbreviation) or raw[:1] in '("“':
            break
    while tokens and tokens[-1].lower() in connectors | {"the"}:
        tokens.pop()
    return " ".join(tokens), ""
