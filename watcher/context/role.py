"""The job title, as written: 'Senior Data Engineer', 'Pflegefachkraft', 'Chargée de communication'.

A title is read where mail names it: before an anchor word ("the Data Analyst position"), after
an introduction ("application for", "Bewerbung als", "poste de", "puesto de"), in the subject
when the body repeats it, and (weaker) in the quoted history. English and German titles are
read as a run of capitalised words, French and Spanish ones in sentence case up to a stop word.
Reference numbers, gender markers ("m/w/d"), articles and the company's or a person's name are
removed; candidates naming the same title are clustered and the best-supported one wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..message import Message
from .addresses import _display
from .company import _company_evidence, _related, _subject_segments
from .mail import _Mail, _prepare
from .organisations import _LEGAL_SUFFIX
from .result import Extracted
from .text import _capital_run, _capitalised, _key
from .vocabulary import _GENDER, _REFERENCE, _TITLE_ABBREVIATION, _TITLE_NOUNS, _vocabulary

_ROLE_ANCHOR = (
    r"position|role|opening|vacancy|job|post|posting|requisition|scheme|internship"
    r"|programme|program|placement|opportunity|traineeship|apprenticeship"
)
_ROLE_CONNECTORS = {
    "of",
    "and",
    "&",
    "for",
    "-",
    "–",
    "—",
    "/",
    "+",
    "de",
    "la",
    "y",
    "für",
    "und",
    "im",
    "on",
}
#: Phrases a job title follows, and how to read it: in capitals, sentence case, or before "at Acme".
_ROLE_INTROS = (
    (re.compile(r"\b(?:the )?(?:post|position|role) of "), "capitals"),
    # "The position you applied for, Data Coordinator, has been filled"
    (
        re.compile(
            r"\b(?:position|role|job|vacancy) (?:you (?:have )?applied (?:for|to)|for which you applied),? "
        ),
        "capitals",
    ),
    (
        re.compile(
            r"\b(?:application|applying|applied|apply|candidacy) (?:for|as) (?:the |an? )?"
            r"(?:(?:position|role|job)(?: of| as)? )?"
        ),
        "capitals",
    ),
    (
        re.compile(
            r"\b(?:Bewerbung|Stelle|Position|Tätigkeit|Einsatz) (?:als|zum|zur) |\b(?:auf|für) die "
            r"(?:Stelle|Position)(?: als)? |\b(?:an der|der|die) (?:Position|Stelle) (?:als )?"
        ),
        "capitals",
    ),
    (re.compile(r"\b(?:application|applying|applied|apply|interest) (?:to|in) (?:the )?"), "before-company"),
    (
        re.compile(r"\b(?:poste|candidature|offre|emploi) (?:de |d['’]|pour le poste de |au poste de )"),
        "sentence",
    ),
    (
        re.compile(
            r"\b(?:puesto|vacante|posición|cargo|candidatura) (?:de|para|como) (?:(?:el|la) "
            r"(?:puesto|vacante) de )?"
        ),
        "sentence",
    ),
)
_ROMANCE_STOP = _vocabulary("""au aux à chez dans pour et qui que sein a est sont ne n' publié publiée en sur
avec auprès ce cette mais car nous vous le la les l' un une con para porque publicada publicado ya ha
por al se no es fue el los las su tu basé basée basés basées situé située localisé localisée basado basada
ubicado ubicada situado situada""")
_GENERIC_ROLE = {
    "position",
    "role",
    "job",
    "application",
    "update",
    "interview",
    "vacancy",
    "opening",
    "stelle",
    "bewerbung",
    "poste",
    "candidature",
    "candidatura",
    "puesto",
    "vacante",
    "offer",
    "your application",
    "next steps",
    "feedback",
    "decision",
    "news",
    "outcome",
    "sr",
    "jr",
    "senior",
    "junior",
    "lead",
    "head",
    "principal",
    "staff",
    "new",
    "open",
    "same",
    "other",
}
#: The label a reference number leaves behind once the number is removed: 'Data Analyst – Ref',
#: 'Ingenieur Netzplanung – Stellennummer', 'Analyst - Requisition Number', 'Job ID', 'Référence'.
_REFERENCE_LABEL = re.compile(
    r"\s*[-–—|:,/]?\s*\b(?:req(?:uisition)?|ref(?:erence)?|réf(?:érence)?|referenz|referencia"
    r"|kennziffer|kennzahl|job\s*id|(?:stellen|referenz|ausschreibungs|job)-?(?:nummer|nr|id))\b\.?"
    r"(?:\s*(?:(?:no|nr|number|nummer|número|id)\b\.?|n[°º]))?\s*[#:]?\s*$",
    re.IGNORECASE,
)
#: A title in quotes after the word that introduces it: 'Bewerbung für „Data Platform Developer"'.
_QUOTED = re.compile(
    r"\b(?:application|applied|applying|apply|bewerbung|beworben|candidature|candidatura|position|stelle|poste"
    r"|puesto|role|vacancy)\b[^\"“”„«»\n]{0,30}?[\"“„«]\s*([^\"“”„«»\n]{3,80}?)\s*[\"”“»]",
    re.IGNORECASE,
)
#: A subject that is "<application> – <title>": 'Ihre Bewerbung: Projektingenieur', 'Votre candidature – Comptable'.
_SUBJECT_TITLE = re.compile(
    r"^(?:(?:your|ihre|deine|votre|ta|su|tu) )?(?:application|bewerbung|candidature|candidatura|solicitud"
    r"|proceso de selección)\s*(?:[-–—:|]\s*)",
    re.IGNORECASE,
)
#: Words a subject puts where a title could be: 'Ihre Bewerbung – Absage', 'Your application: update'.
_NOT_A_TITLE = _vocabulary("""absage zusage rückmeldung entscheidung zwischenbescheid zwischenstand eingangsbestätigung
einladung information status update feedback decision outcome response result news invitation danke réponse
résultat décision suivi merci respuesta resultado decisión actualización invitación gracias""")
#: A status after a dash, not part of the title: 'IT-Architekt – Stelle nicht besetzt', 'Data Engineer –
#: position filled', 'Chef de projet – poste pourvu', 'Analista – puesto cubierto', 'Projektleiter – Absage',
#: 'Backend Developer – update', 'Data Engineer – Zwischenstand', '… – Einladung zum Gespräch'.
_STATUS_WORDS = "|".join(sorted(_NOT_A_TITLE | {"next steps", "thank you", "vielen dank"}))
_STATUS_TAIL = re.compile(
    rf"\s+[-–—|]\s+(?:(?:{_STATUS_WORDS})\b"
    r"|(?:(?:die|the|le|el|la)\s+)?(?:stelle|position|role|job|vacancy|opening|poste|puesto|plaza|vacante)\s+"
    r"(?:\w+\s+){0,3}?(?:besetzt|vergeben|geschlossen|gestrichen|filled|closed|cancel+ed|on hold|pourvu"
    r"|ferm[ée]e?|annul[ée]e?|cubiert[oa]|cerrad[oa]|cancelad[oa])\b"
    # …or just the word, when the status after it was already cut off as lower case ('– Stelle nicht …')
    r"|(?:stelle|position|role|job|vacancy|poste|puesto|plaza|vacante)\s*$)[^-–—|]*$",
    re.IGNORECASE,
)
_SUBJECT_NOISE = re.compile(
    r"^(?:(?:an )?update on|regarding|re|following up on|outcome of|your|my|ihre|deine|votre|tu|su"
    r"|applications?|bewerbung|candidature|candidatura|vacante|offer|interview invitation|phone screen for"
    r"|to|for|as|with|about|on)\b\s*|\s*\b(?:application|job|interview|role|position|vacancy|update"
    r"|bewerbung|candidature|candidatura)$",
    re.IGNORECASE,
)


#: A reference line: 'Ref: 4471 – Data Analyst', 'Req ID 88213: Lead', 'Kennziffer R-10422 – Einkäufer',
#: 'unter der Kennzahl 4471/25 Disponent', 'Référence : 2025-118 – Chargé de clientèle', 'Referencia: VAC-2231'.
_REFERENCE_INTRO = re.compile(
    r"\b(?:ref(?:erence)?|req(?:uisition)?(?:\s*id)?|job\s*id|kennziffer|kennzahl|referenz(?:nummer)?"
    r"|stellennummer|r[ée]f[ée]rence|r[ée]f|referencia)\b\.?(?:[\s-]*(?:no|nr|number|n[°º]|número)\b\.?)?\s*[:#]?\s*"
    r"(?:[A-Z]{0,4}[-/]?\d[\w/-]*\s*)?(?:[-–—:|·]\s*)?",
    re.IGNORECASE,
)
#: 'your Marketing Coordinator application': a title before the word, named as a job.
_YOUR_APPLICATION = re.compile(r"\b[Yy]our\s+((?:[^\s.;:!?,]+\s+){1,6}?)application\b")
_SENTENCE_CASE_TITLE = re.compile(r"[A-ZÀ-Ý][\wÀ-ÿ]+ (?:de|d['’]|du|des|del|en) ")


def role_title(message: Message, mail: _Mail | None = None, company: str | None = None) -> Extracted:
    """The job title as written, from the body and the subject; None when it cannot be confirmed."""
    mail = mail or _prepare(message)
    subject = _REFERENCE.sub("", _GENDER.sub("", mail.subject))
    found: list[tuple[str, float, int]] = []  # (value, weight, priority when choosing the spelling)
    found += [(v, 0.6, 3) for v in _anchored_roles(mail.flat)]
    found += [(v, 0.55, 2) for v in _introduced_roles(mail.flat)]
    found += [(v, 0.5, 2) for v in _introduced_roles(subject)]
    found += [(v, 0.6, 4) for v in _quoted_roles(f"{subject}\n{mail.flat}")]
    found += [
        (v, 0.55, 2) for v in (*_reference_roles(f"{mail.subject}\n{mail.own}"), *_your_roles(mail.flat))
    ]
    found += [(v, 0.45, 2) for v in (*_anchored_roles(subject), *_subject_title(subject))]
    found += [(v, 0.4, 0) for v in (*_anchored_roles(mail.quoted), *_introduced_roles(mail.quoted))]
    found += [(v, w, 1) for v, w in _subject_roles(subject, _key(f"{mail.flat} {mail.quoted}"))]
    companies, names = _not_roles(message, mail, company)
    found = [
        (role, w, p)
        for v, w, p in found
        if _key(v) not in companies | names and (role := _strip_company(v, companies))
    ]
    clusters: list[list[tuple[str, float, int]]] = []
    for item in found:
        home = next((c for c in clusters if any(_related(item[0], m[0]) for m in c)), None)
        if home is not None:
            home.append(item)
        else:
            clusters.append([item])
    if not clusters:
        return Extracted(None, 0.0)
    best = max(clusters, key=lambda c: sum(w for _, w, _ in c))
    value = max(best, key=lambda m: (m[2], len(m[0].split())))[0]
    return Extracted(value, round(min(0.95, 0.4 + 0.5 * sum(w for _, w, _ in best)), 2))


def _anchored_roles(flat: str) -> Iterable[str]:
    """'the Senior Data Engineer position' and 'the Data Analyst, Marketing Insights role'."""
    tail = re.compile(rf"((?:(?:{_TITLE_ABBREVIATION}|[^\s.;:!?]+)\s+){{1,8}}?)(?:{_ROLE_ANCHOR})\b")
    for start in re.finditer(r"\b(?:the|this|our)\s+", flat, re.IGNORECASE):
        match = tail.match(flat, start.end())
        if match and "\n" not in match.group(1):
            value = _clean_role(match.group(1))
            if value and _title_case(match.group(1).replace("(", "")):
                yield value


def _introduced_roles(text: str) -> Iterable[str]:
    """'application for X', 'Bewerbung als X', 'poste de X', 'puesto de X', 'interest in X at Acme'."""
    for pattern, style in _ROLE_INTROS:
        for match in pattern.finditer(text):
            if style == "sentence":
                run = _sentence_case_run(text, match.end())
            else:
                run, following = _capital_run(text, match.end(), _ROLE_CONNECTORS, 8, titles=True)
                if style == "before-company" and following.lower() not in {"at", "with", "bei", "chez"}:
                    continue  # "application to Acme" names the company, "application to X at Acme" a role
            if value := _clean_role(run):
                yield value


def _reference_roles(text: str) -> Iterable[str]:
    """'Ref: 4471 – Data Analyst', 'Kennzahl 4471/25 Disponent Nahverkehr': a title on a reference line.

    The line must carry a number: 'with reference to your application' names no title.
    """
    for line in text.splitlines():
        for match in _REFERENCE_INTRO.finditer(line):
            if not re.search(r"\d", line[match.start() :]):
                continue
            if _SENTENCE_CASE_TITLE.match(line, match.end()):
                run = _sentence_case_run(line, match.end())
            else:
                run = _capital_run(line, match.end(), _ROLE_CONNECTORS, 8, titles=True)[0]
            if (value := _clean_role(run)) and not re.search(r"\d", value):
                yield value


def _your_roles(flat: str) -> Iterable[str]:
    """'your Marketing Coordinator application': only a title that names a job ('... Coordinator')."""
    for match in _YOUR_APPLICATION.finditer(flat):
        value = _clean_role(match.group(1))
        if value and _title_case(value) and any(w.lower() in _TITLE_NOUNS for w in value.split()):
            yield value


def _quoted_roles(text: str) -> Iterable[str]:
    """'application for "Data Platform Developer"': a quoted title is read whole, lower-case words and all."""
    for match in _QUOTED.finditer(text):
        if value := _clean_role(match.group(1)):
            yield value


def _subject_title(subject: str) -> Iterable[str]:
    """'Ihre Bewerbung: Projektingenieur Netzanschluss', 'Votre candidature – Assistant import-export'."""
    match = _SUBJECT_TITLE.match(subject)
    if not match:
        return
    rest = subject[match.end() :]
    run = (
        _sentence_case_run(rest, 0)
        if re.match(r"[A-ZÀ-Ý][a-zà-ÿ]+ (?:de|d['’]|du|des) ", rest)
        else rest.strip()
    )
    value = _clean_role(run)
    if (
        value
        and value.split()[0].lower() not in _NOT_A_TITLE
        and not re.search(r"\b(?:at|bei|chez|en|with)\b", value)
    ):
        yield value


def _sentence_case_run(text: str, start: int) -> str:
    """French and Spanish titles are sentence case ('Chargée de communication'): read to a stop word."""
    words: list[str] = []
    for raw in text[start : start + 120].split("\n")[0].split():
        word = raw.strip("\"“”'(),.;:!?")
        if not word or word.lower() in _ROMANCE_STOP or word in {"-", "–", "—", "|"} or len(words) >= 6:
            break
        if not words and not word[0].isupper():
            return ""
        words.append(word)
        if raw[-1:] in ",.;:!?)":  # a gender marker "(H/F)" or "(m/w/d)" ends the title too
            break
    return " ".join(words)


def _subject_roles(subject: str, body_key: str) -> Iterable[tuple[str, float]]:
    """Subject parts that the body repeats: 'Re: Senior Data Engineer - next steps' -> 'Senior Data Engineer'.

    One word left after removing 'update' or 'interview' ('Search update') is weak evidence.
    """
    parts = _subject_segments(subject)
    dashed = re.split(r"\s+[-–—]\s+", subject)  # "Medical Assistant - Family Medicine" may be one title
    parts += [
        " - ".join(dashed[a:b]) for a in range(len(dashed)) for b in range(a + 2, min(a + 4, len(dashed) + 1))
    ]
    for part in parts:
        value = _clean_role(_subject_noise(part))
        if value and _title_case(value) and len(_key(value)) >= 4 and _key(value) in body_key:
            noise = re.search(r"update|interview|feedback|outcome|news", part, re.IGNORECASE)
            yield value, 0.25 if noise and " " not in value else 0.4


def _subject_noise(segment: str) -> str:
    """'Your application - ', 'Regarding ', ' interview': the words around a title in a subject."""
    previous = None
    while previous != segment:
        previous, segment = segment, _SUBJECT_NOISE.sub("", segment).strip(" -–—:")
    return segment


def _title_case(value: str) -> bool:
    """English titles are capitalised: 'Head of Data' is one, 'the same role we' is not."""
    words = value.split()
    return (
        bool(words)
        and _capitalised(words[0])
        and all(_capitalised(w) or w.lower() in _ROLE_CONNECTORS or w in _TITLE_NOUNS for w in words)
    )


def _clean_role(value: str) -> str | None:
    """The title without reference numbers and their label, gender markers, articles or 'position'."""
    value = _STATUS_TAIL.sub("", value)
    value = " ".join(_REFERENCE.sub("", _GENDER.sub("", value)).split()).strip(" ,.;:!?\"'“”-–—|")
    value = _REFERENCE_LABEL.sub("", value)
    value = re.sub(rf"^(?:[Tt]he|[Oo]ur|[Aa]n?|[Tt]his)\s+|\s+(?:{_ROLE_ANCHOR})$", "", value)
    value = value.strip(" ,.;:-–—")
    if not 2 <= len(value) <= 70 or len(value.split()) > 8 or "@" in value or "http" in value:
        return None
    return None if value.lower() in _GENERIC_ROLE or not _capitalised(value) else value


def _not_roles(message: Message, mail: _Mail, company: str | None) -> tuple[set[str], set[str]]:
    """Keys that are never a job title: (companies, and people's or mailboxes' names and words)."""
    companies = {_key(c) for c, _, source in _company_evidence(message, mail)[0] if source != "confirm"}
    companies |= {_key(company or "")}
    names = {_key(" ".join(mail.signature.name))}
    for address in (message.sender, *message.reply_to, *message.to):
        if address is not None:
            name = re.split(r"\s+via\s+", _display(address))[0]
            names |= {_key(name), *(_key(t) for t in name.split())}
    return companies - {""}, names - {""}


def _strip_company(role: str, companies: set[str]) -> str | None:
    """'Beacon Energy Graduate Programme' -> 'Graduate Programme', 'Sous Chef – Lindenhaus' -> 'Sous Chef'."""
    words = role.split()
    for n in range(len(words) - 1, 0, -1):
        if _key(" ".join(words[:n])) in companies:
            rest = " ".join(words[n:])  # 'Calloway Freight Inc' leaves 'Inc': a legal form, no title
            return None if _LEGAL_SUFFIX.fullmatch(" " + rest) else _clean_role(rest)
    parts = re.split(r"\s[-–—]\s", role, maxsplit=1)
    if len(parts) == 2 and parts[1] and _key(parts[1].split()[0]) in companies:
        return _clean_role(parts[0])
    return role
