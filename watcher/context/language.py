"""The language of the reply (en/de/fr/es), and whether to answer in the informal du/tu/tú.

The language is the one whose common words the mail uses most; English when nothing stands out.
A German, French or Spanish mail that addresses the reader informally gets an informal reply:
two informal pronouns, or one and no formal pronoun, decide it.
"""

from __future__ import annotations

import re

from ..message import Message
from .mail import _Mail, _prepare
from .vocabulary import _vocabulary

_LANG_WORDS = {
    "en": _vocabulary("""the and you your we for to of thank with have this our not that are be will
                      unfortunately regards"""),
    "de": _vocabulary("""und die der sie ihre wir für ihnen nicht mit vielen dank leider ihr uns wurde haben
                      das dass eine einen du dir dich dein deine bewerbung grüße freundlichen"""),
    "fr": _vocabulary("""et vous votre nous pour les des une merci avec pas candidature le la est que ne
                      sommes poste au malheureusement cordialement"""),
    "es": _vocabulary("""y usted su sus nosotros para los las una gracias con por candidatura el que tu te
                      hemos puesto muy lamentamos estimado estimada le saludo proceso del está vacante"""),
}
_INFORMAL = {  # (informal pronouns, formal pronouns)
    "de": (
        r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)\b",
        r"\b(?:Sie|Ihnen|Ihre?)\b",
    ),
    "fr": (r"\b(?:tu|toi|ton|ta|tes|te)\b|\bt['’]", r"\b(?:vous|votre|vos)\b"),
    "es": (r"\b(?:tú|tu|tus|te|ti|contigo)\b", r"\b(?:usted|ustedes|su|sus)\b"),
}


#: How the mail greeted the candidate: "Sehr geehrter Herr Taylor" is formal; "Hallo Herr Taylor" by surname.
_FORMAL_GREETING = re.compile(
    r"^(?:sehr geehrte[rs]?|dear (?:mr|mrs|ms|miss|mx|dr|sir|madam)\b|madame|monsieur|estimad[oa]s?|distinguid[oa]s?)\b",
    re.IGNORECASE,
)
_SURNAME_GREETING = re.compile(
    r"^(?:guten (?:tag|morgen|abend)|hallo|liebe[rs]?|grüß gott|servus|bonjour|bonsoir|hola|buen(?:os|as) \w+|dear"
    r"|hello|hi|good \w+)\s*,?\s+(?:herr|frau|mr|mrs|ms|miss|mx|dr|m|mme|madame|monsieur|sr|sra|señor|señora)\b",
    re.IGNORECASE,
)


_FIRST_NAME_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|hallo|liebe[rs]?|servus|moin|bonjour|salut|coucou|hola|buen(?:os|as) \w+)\s*,?\s+"
    r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?\s*[,!:]?$"
)


def salutation(own: str) -> str:
    """How the mail greeted the candidate: 'formal' (Sehr geehrter Herr Taylor, Madame), 'surname'
    (Hallo Herr Taylor), 'first' (Hallo Sam) or '' (no greeting, or one without a name)."""
    first = next((line.strip() for line in own.splitlines() if line.strip()), "")
    if _FORMAL_GREETING.match(first):
        return "formal"
    if _SURNAME_GREETING.match(first):
        return "surname"
    return "first" if _FIRST_NAME_GREETING.match(first) else ""


def detect_language(text: str) -> str:
    """The most likely of en/de/fr/es by common-word counts (default en)."""
    words = re.findall(r"[a-zäöüßéèêàâçñáíóúù]+", text.lower()[:3000])
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANG_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 else "en"


def is_informal(message: Message, mail: _Mail | None = None) -> bool:
    """True when a German, French or Spanish mail addresses the reader with du/tu/tú."""
    mail = mail or _prepare(message)
    text = f"{mail.subject}\n{mail.own[:3000]}"
    patterns = _INFORMAL.get(detect_language(text))
    if patterns is None:
        return False
    informal = len(re.findall(patterns[0], text, re.IGNORECASE))
    return informal >= 2 or (informal == 1 and not re.search(patterns[1], text))
