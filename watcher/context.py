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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from .message import Address, Message

#: Senders that are machines, not people: never address a reply to them.
_NO_REPLY = re.compile(
    r"(?:^|[._+-])(?:no-?_?reply|do-?_?not-?_?reply|donotreply|noreply|mailer-daemon|postmaster|bounces?"
    r"|notifications?|notify|alerts?|automated|auto-?reply|nicht-?antworten|ne-?pas-?repondre"
    r"|no-?responder)(?:$|[._+-])"
)
#: Applicant-tracking systems and job boards send on behalf of the employer.
ATS_DOMAINS = (
    "greenhouse.io", "greenhouse-mail.io", "myworkday.com", "myworkdayjobs.com", "workday.com",
    "lever.co", "hire.lever.co", "icims.com", "smartrecruiters.com", "smartrecruiters.net",
    "linkedin.com", "taleo.net", "ashbyhq.com", "workablemail.com", "workable.com",
    "teamtailor.com", "teamtailor-mail.com", "bamboohr.com", "successfactors.com",
    "successfactors.eu", "sapsf.com", "sapsf.eu", "jobs2web.com", "jobvite.com", "personio.de",
    "personio.com", "softgarden.io", "softgarden.de", "dvinci-mail.com", "dvinci.de",
    "rexx-systems.com", "recruitee.com", "join.com", "stepstone.de", "xing.com", "onlyfy.com",
    "indeed.com", "indeedemail.com", "glassdoor.com", "breezy.hr", "jazzhr.com",
    "applytojob.com", "pinpointhq.com", "homerun.co", "comeet.co", "avature.net",
    "oraclecloud.com", "brassring.com", "csod.com", "ultipro.com", "ukg.com", "paylocity.com",
    "pageuppeople.com", "jobadder.com", "zohorecruit.com", "recruiterbox.com", "hirehive.com",
    "umantis.com", "concludis.de", "prescreen.io", "welcometothejungle.com", "otta.com",
    "wellfound.com", "hibob.com", "factorial.co", "rippling.com", "dover.com", "gem.com",
)
FREEMAIL_DOMAINS = (
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com",
    "icloud.com", "me.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "posteo.de",
    "mailbox.org", "proton.me", "protonmail.com", "fastmail.com", "aol.com", "yandex.ru",
    "mail.ru", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "hotmail.fr", "yahoo.fr",
    "yahoo.es", "hotmail.es", "libero.it", "gmx.at", "bluewin.ch", "hey.com",
)

# --- word lists -----------------------------------------------------------------------------


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: The tools themselves: a display name "LinkedIn" or "Greenhouse" is never the employer.
_ATS_BRANDS = _vocabulary("""greenhouse workday lever icims smartrecruiters linkedin taleo ashby workable
teamtailor bamboohr successfactors jobvite personio softgarden dvinci rexx recruitee join stepstone
xing indeed glassdoor breezy jazzhr pinpoint homerun comeet avature onlyfy""")
#: Words that make a name a team or a function, not a person or a company ("The Talent Team").
_TEAM_WORDS = _vocabulary("""team teams talent acquisition recruiting recruitment recruiters careers career
jobs job hiring hr people personal personnel human resources karriere bewerbung bewerbungen
bewerbermanagement personalabteilung personalgewinnung recrutement rh rrhh selección seleccion
empleo equipo équipe departamento department abteilung culture staffing notifications
notification support info service services office admin noreply no-reply ops talentteam graduate
graduates campus early student students trainee trainees programs ausbildung personalwesen
impressum imprint datenschutz privacy unsubscribe terms""")
#: Words that make a line an organisation ("Northpine Bakery") rather than a person.
_ORG_WORDS = _vocabulary("""group gruppe grupo groupe inc ltd llc gmbh ag se kg corp company co labs lab
studio studios software solutions systems technologies technology tech health healthcare bank
capital partners consulting digital media medien foods food energy hotels hotel analytics
robotics logistics logistik insurance versicherung construction bakery theatre theater institute
institut university universität université universidad college school council foundation
stiftung hospital klinik klinikum clinic stadtwerke maison atelier café cafe mobility estates
mutual water solar coffee roasters outdoor retail agency holdings ventures industries
international global network cloud data ai bio biosciences pharma motors finance financial
lending payments pagos museum gallery trust society association club press publishing design
games entertainment travel transport freight shipping telecom communications security legal law
care dental pharmacy brewery coop co-op cooperative fabrik maschinenbau bau estudio agencia
société city county district ministry department state federal national regional public
royal""")
#: Job-title words: a signature line made of these is a title, not a company or a name.
_TITLE_WORDS = _vocabulary("""recruiter recruiters manager management head lead leader officer partner
consultant coordinator specialist assistant associate advisor adviser director directeur
directrice directora founder co-founder cofounder owner ceo cto cfo coo president vp chief
engineer engineering designer producer analyst generalist sourcer scientist professor creative
senior junior principal staff intern executive administrator secretary supervisor leiter
leiterin referent referentin geschäftsführer geschäftsführerin sachbearbeiter sachbearbeiterin
personalleiter personalleiterin responsable chargé chargée conseiller conseillère gérant gérante
jefe jefa gerente reclutamiento marketing sales operations""")
_TITLE_ENDINGS = ("leiter", "leiterin", "leitung", "manager", "managerin", "referent", "referentin",
                  "berater", "beraterin", "recruiter", "abteilung", "beauftragte", "beauftragter")
#: German compounds for functions and departments ("Praxismanagement", "Personalabteilung").
_DEPARTMENT_ENDINGS = ("team", "management", "abteilung", "verwaltung", "leitung", "führung", "wesen",
                       "büro")
_DETERMINERS = _vocabulary("""the your our ihr ihre euer dein deine das die der den dem l' l’ le la les el los
las tu su votre notre nuestro nuestra vos nos a an""")
_NOT_NAME = _TEAM_WORDS | _ORG_WORDS | _TITLE_WORDS | _DETERMINERS | _vocabulary(
    """thanks thank best regards cheers dear hi hello hallo hey bonjour hola sincerely warmly kind
    yours gracias merci danke viele liebe mit grüße gruß cordialement saludos atentamente please
    note hinweis unfortunately sent from to subject tel phone mobile email e-mail web www good luck
    all again wishing looking forward congratulations confidential disclaimer monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december you we us i wishes take talk soon happy hunting stay safe
    well ciao bye cheerio onwards tschüss servus adiós salut abrazos besos hugs love peace"""
)
_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den",
              "ter", "ten", "la", "le", "bin", "al", "el", "y", "zu", "st."}
_HONORIFICS = re.compile(
    r"^(?:(?:dr|prof|mr|mrs|ms|mx|miss|herr|frau|m|mme|mlle|sr|sra|srta|dott|ing|dipl\.-ing|mag|rev|fr"
    r"|sister|brother|father|pastor|rabbi|dame|sir)\.?\s+|(?:i\.\s?a|i\.\s?v|pp|p\.p)\.?\s+)+",  # "i. A."
    re.IGNORECASE,
)

# --- text patterns --------------------------------------------------------------------------
_QUOTE_START = re.compile(
    r"^(?:On\s.{0,200}?wrote:\s*$|Am\s.{0,200}?schrieb.{0,120}$|Le\s.{0,200}?a\s+écrit\s*:?\s*$"
    r"|El\s.{0,200}?escribió\s*:?\s*$|-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht"
    r"|Original-Nachricht|Weitergeleitete Nachricht|Message d'origine|Message transféré|Mensaje original"
    r"|Mensaje reenviado)\s*-{2,}|Begin forwarded message:|_{10,}\s*$|(?:From|Von|De):\s.+\n(?:Sent"
    r"|Gesendet|Envoyé|Enviado|Date|Datum):|>)",
    re.MULTILINE | re.IGNORECASE,
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
#: "(m/w/d)", "(H/F)", "(all genders)": not part of the job title.
_GENDER = re.compile(
    r"\s*\(?\b(?:[mwfdhx]\*?\s*/\s*){1,3}[mwfdhx]\*?\b\)?|\s*\((?:all genders|gn\*?|alle geschlechter)\)",
    re.IGNORECASE,
)
#: "(Req #4471)", "- Req 1234", "R-20418", "(Kennziffer 2025-017)": reference numbers.
_REFERENCE = re.compile(
    r"\s*\([^()]*\d[^()]*\)|\s*[-–|,]?\s*\b(?:req(?:uisition)?|ref(?:erence)?|job\s*id|id|kennziffer"
    r"|referenz|réf|nr|no)\.?\s*[#:]?\s*[\w/-]*\d[\w/-]*|\s*#\s*\d+|\b[A-Z]{0,3}-?\d{3,}\b",
    re.IGNORECASE,
)
_LEGAL_SUFFIX = re.compile(
    r"(?:[\s,]+(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ggmbh|ag|se|kg|kgaa|ohg|ug|e\.\s?v\.|inc\.?|llc|ltd\.?"
    r"|limited|plc|llp|corp\.?|corporation|pty\.?(?:\s+ltd\.?)?|s\.\s?l\.(?:u\.)?|s\.l|sl|s\.\s?a\.(?:s\.)?"
    r"|sa|sas|sarl|s\.\s?r\.\s?l\.|srl|s\.\s?p\.\s?a\.|spa|b\.\s?v\.|bv|n\.\s?v\.|nv|oy|ab|a/s|aps|asa"
    r"|gbr|partgmbb))+\.?$",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\s*[|·•]\s*|\s+[–—-]\s+|,\s+")
_TITLE_ABBREVIATION = r"(?:Sr|Jr|Snr|Jnr|Mgr|Asst|Assoc|Dept|Dir|Exec|St)\."
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

#: Text beyond this is not read: the patterns stay fast on pathological mail.
_MAX_CHARS = 20_000
Candidate = tuple[str, float, str]  # (value, weight, source) — evidence for a company


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


@dataclass(frozen=True)
class _Signature:
    """What the sign-off block says: a person's name, or a team/company, and organisation lines."""

    name: tuple[str, ...] = ()
    team: bool = False  # signed by a team or by the company itself
    titled: bool = False  # a job-title line follows the name ("Senior Recruiter, Acme")
    closed: bool = False  # found after a sign-off line ("Best,"), not just a trailing block
    orgs: tuple[Candidate, ...] = ()


@dataclass
class _Mail:
    """The message plus the derived views every extractor needs (computed once)."""

    message: Message
    own: str  # the body without quoted or forwarded history
    flat: str  # own text, one line per paragraph, reference numbers and gender markers removed
    quoted: str  # the quoted or forwarded history, flattened the same way
    subject: str  # without Re:/AW:/Fwd: prefixes
    signature: _Signature = field(default_factory=_Signature)


# --- public helpers -------------------------------------------------------------------------


def is_no_reply(address: Address) -> bool:
    """True for addresses no human reads (no-reply, notifications, bounces)."""
    return bool(_NO_REPLY.search(address.local_part))


def is_ats_domain(domain: str) -> bool:
    """True for applicant-tracking and job-board domains that send on an employer's behalf."""
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


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


def detect_language(text: str) -> str:
    """The most likely of en/de/fr/es by common-word counts (default en)."""
    words = re.findall(r"[a-zäöüßéèêàâçñáíóúù]+", text.lower()[:3000])
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANG_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 else "en"


def choose_recipient(message: Message) -> Address | None:
    """Whom to reply to: a human Reply-To, else a human From, else a recruiter named in the body."""
    return _recipient(_prepare(message))[0]


def extract_context(message: Message) -> ReplyContext:
    """All reply facts for one message; low-confidence values are left for the renderer to drop."""
    mail = _prepare(message)
    company = company_name(message, mail)
    recipient, source = _recipient(mail)
    return ReplyContext(
        contact_name=contact_first_name(message, mail, company.value),
        company=company,
        role=role_title(message, mail, company.value),
        stage=rejection_stage(message, mail),
        language=detect_language(f"{message.subject}\n{mail.own}"),
        informal=is_informal(message, mail),
        recipient=recipient,
        recipient_source=source,
    )


# --- preparing the text ---------------------------------------------------------------------


def _prepare(message: Message) -> _Mail:
    """Split off quoted history (the candidate's own words must not name the contact) and flatten."""
    match = _QUOTE_START.search(message.text)
    cut = match.start() if match else len(message.text)
    own, quoted = message.text[:cut], message.text[cut: cut + _MAX_CHARS // 2]
    if len(own) > _MAX_CHARS:  # a letter is far shorter; keep its start and its signature
        own = f"{own[: _MAX_CHARS * 3 // 4]}\n\n{own[-_MAX_CHARS // 4:]}"
    own = "\n".join(line.strip() for line in own.splitlines())  # HTML renders with indentation
    subject = re.sub(r"^(?:\s*(?:re|aw|antw|fwd?|wg|tr|sv|rv|automatic reply|réponse automatique)\s*:\s*)+",
                     "", message.subject, flags=re.IGNORECASE).strip()
    mail = _Mail(message, own, _flatten(own), _flatten(re.sub(r"(?m)^[> ]+", "", quoted)), subject)
    mail.signature = _find_signature(own)
    return mail


def _flatten(text: str) -> str:
    """One line per paragraph (mail wraps lines mid-sentence), without references and gender markers."""
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return _REFERENCE.sub("", _GENDER.sub("", "\n".join(p for p in paragraphs if p)))


def _key(value: str) -> str:
    """Comparable form: case, accents and umlaut spellings ("Mühlbach" == "muehlbach") ignored."""
    value = value.casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        value = value.replace(umlaut, plain)
    return "".join(ch for ch in unicodedata.normalize("NFKD", value) if ch.isalnum())


def _words(value: str) -> list[str]:
    return [w for w in (_key(t) for t in value.split()) if w]


def _display(address: Address) -> str:
    return address.name.strip().strip("\"'")


def _domain_core(domain: str) -> str:
    """'mail.northwind-logistics.co.uk' -> 'northwind-logistics'."""
    parts = domain.lower().split(".")
    second_level = {"co", "com", "org", "net", "ac", "gov", "edu", "gob", "or", "ne", "nhs"}
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in second_level:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def _company_domain(address: Address | None) -> str:
    """The employer part of an address's domain, or '' for ATS, freemail and no domain."""
    if address is None or not address.domain or is_ats_domain(address.domain):
        return ""
    return "" if address.domain in FREEMAIL_DOMAINS else _domain_core(address.domain)


def _capitalised(word: str) -> bool:
    """'Engineer', 'II', '3D', 'iOS' — a word that can be part of a title or a company name."""
    return word[:1].isupper() or word[:1].isdigit() or any(ch.isupper() for ch in word[1:2])


def _capital_run(text: str, start: int, connectors: set[str], limit: int, titles: bool = False) -> tuple[str, str]:
    """The capitalised words from `start` ('Acme Robotics' in 'at Acme Robotics, and'), and the next word.

    In `titles`, an abbreviation does not end the run: 'Sr. Data Engineer'.
    """
    tokens: list[str] = []
    for raw in text[start: start + 200].split("\n")[0].split():
        word = raw.strip("\"“”'‘’(),.;:!?")
        if not word or (tokens and word.lower() in _PRONOUNS):  # "Abrechnung und Ihr Interesse"
            break
        capital = _capitalised(word) and (not word[0].isdigit() or bool(tokens)) or word == "&"
        if len(tokens) >= limit or not (capital or (tokens and word.lower() in connectors)):
            while tokens and tokens[-1].lower() in connectors:
                tokens.pop()
            return " ".join(tokens), word
        abbreviation = titles and re.fullmatch(_TITLE_ABBREVIATION, raw)
        possessive = not titles and re.search(r"['’]s$", word)  # "Acme's data team" names Acme
        tokens.append(raw if abbreviation else word[:-2] if possessive else word)
        if possessive:
            break
        if (raw[-1:] in ",.;:!?)" and not abbreviation) or raw[:1] in "(\"“":
            break
    while tokens and tokens[-1].lower() in connectors:
        tokens.pop()
    return " ".join(tokens), ""


# --- names ----------------------------------------------------------------------------------


def _person_name(text: str) -> tuple[str, ...]:
    """The tokens of `text` if it reads as a person's name ("Dr. Jane de Vries"), else ()."""
    tokens = _HONORIFICS.sub("", text.strip()).split()
    if not 1 <= len(tokens) <= 4 or (len(tokens) == 1 and (tokens[0].isupper() or len(tokens[0]) < 2)):
        return ()
    for i, token in enumerate(tokens):
        low = token.lower()
        if low.endswith(_DEPARTMENT_ENDINGS) or any(part in _NOT_NAME for part in (low, *low.split("-"))):
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
    return bool(first) and (first in parts or bool(last) and (
        last in parts or joined in {first + last, first[0] + last, last + first, first + last[0]}))


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    first_a, first_b = _first_name(a), _first_name(b)
    return bool(first_a and first_b and _key(first_a) == _key(first_b))


def contact_first_name(message: Message, mail: _Mail | None = None, company: str | None = None) -> Extracted:
    """The first name of the human who wrote the mail, sure only when the evidence agrees."""
    mail = mail or _prepare(message)
    mine = {a.email.lower() for a in (*message.to, *message.cc)}
    own_names = {_key(_display(a)) for a in message.to}
    people = [(p, a) for a in (message.sender, *message.reply_to)  # not the user forwarding to themselves
              if a and (p := _display_person(a)) and a.email.lower() not in mine
              and _key(_display(a)) not in own_names]
    signer = _plausible_signer(mail.signature.name, message, company)
    if signer:
        return _signed_name(signer, mail, people)
    if mail.signature.team or not people:
        return _named(people[0][0], 0.5) if people else Extracted(None, 0.0)
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
    cores = [_key(_domain_core(a.domain)) for a in (message.sender, *message.reply_to) if a and a.domain]
    if len(name) == 1 and any(len(key) >= 4 and core.startswith(key) for core in cores):
        return ()  # "Best,\nAcme" from acme-robotics.com
    own = {_key(f) for a in message.to if (f := _first_name(_person_name(_display(a))))}
    return () if _key(_first_name(name) or "") in own else name


def _signed_name(signer: tuple[str, ...], mail: _Mail, people: list[tuple[tuple[str, ...], Address]]
                 ) -> Extracted:
    """Confidence in a signature name, given who the headers say sent the mail."""
    message, sig = mail.message, mail.signature
    for person, address in people:
        if _same_person(person, signer):
            # An ATS display name echoed by a signature without a job title may just be the company.
            echo = not _reachable(address) and _key("".join(person)) == _key("".join(signer))
            return _named(person, 0.6 if echo and not sig.titled else 0.95)
    if any(_reachable(a) or a is not message.sender for _, a in people):
        return _named(signer, 0.3)  # a different person sent it: who wrote it?
    local_parts = [a.local_part for a in (message.sender, *message.reply_to) if a]
    local_parts += [e.split("@")[0].lower() for e in _EMAIL.findall(mail.own)]
    if any(_matches_address(signer, local) for local in local_parts):
        return _named(signer, 0.9)
    sender = message.sender
    if sender and _reachable(sender) and _is_team_line(_display(sender)):
        return _named(signer, 0.65)  # a team mailbox: the signature may be a template's
    return _named(signer, (0.8 if len(signer) > 1 else 0.7) - (0.0 if sig.closed else 0.1))


def _named(tokens: tuple[str, ...], confidence: float) -> Extracted:
    first = _first_name(tokens)
    return Extracted(first, confidence if first else 0.0)


# --- the signature block --------------------------------------------------------------------


def _find_signature(own: str) -> _Signature:
    """The block after the last sign-off ("Best,\\nJane Doe\\nRecruiter, Acme"), parsed."""
    lines = own.strip().splitlines()
    for i in range(len(lines) - 1, 0, -1):
        if _is_sign_off(lines, i):
            block = lines[i + 1:]
            same_line = re.match(r"^[^,]{2,30},\s+(\S.*)$", lines[i])  # "Thanks, Jane"
            if same_line and not any(block) and _person_name(same_line.group(1)):
                block = [same_line.group(1)]
            return _parse_signature(block, closed=True)
    return _parse_signature(_trailing_block(lines), closed=False)


def _is_sign_off(lines: list[str], i: int) -> bool:
    """'Best,' / 'Mit freundlichen Grüßen' / 'Thanks again, and best of luck!' followed by a short line."""
    line = lines[i].strip()
    following = next((ln for ln in lines[i + 1:] if ln.strip()), "")
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


def _is_team_line(line: str) -> bool:
    """'The Talent Team', 'Recruiting-Team', 'Acme Careers': a function, not a person."""
    tokens = [t for t in re.split(r"[\s-]+", line.lower()) if t]
    return any(t in _TEAM_WORDS or t.endswith("team") for t in tokens)


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
        credential = r"[A-Z]{2,6}(?:-[A-Z]{1,2})?|Ph\.?\s?D\.?|Esq\.?|Dipl\.-\w+\.?"
        rest.insert(0, " | ".join(s for s in segments[1:] if not re.fullmatch(credential, s)))
    elif _is_team_line(head):
        orgs = _strip_team(head, 0.3, "team")
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
        titled = titled or any(t in _TITLE_WORDS or t.endswith(_TITLE_ENDINGS)
                               for t in re.split(r"[\s,|·&/-]+", line.lower()))
        orgs += [(org, weight, "sig") for org, weight in _org_segments(line)]
    return _Signature(name=name, team=team, titled=titled, closed=closed, orgs=tuple(orgs))


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


def _org_segments(line: str) -> list[tuple[str, float]]:
    """Company candidates in a signature line after the name (titles, phones, addresses skipped)."""
    after = re.split(r"\s(?:bei|at|chez|en|@)\s", line, maxsplit=1)  # "People & Talent bei Kieselwerk"
    segments = [after[1]] if len(after) == 2 else _SEGMENT_SPLIT.split(line)
    out = []
    for segment in segments:
        if re.search(r"[@:\d]|https?:|www\.|^(?:tel|phone|mobile|fax|[tmef])\b\.?", segment, re.IGNORECASE):
            continue  # phone, street address, e-mail, "Geschäftsführer: ..." footer labels
        low = [t for t in re.split(r"[\s&,.()]+", segment.lower()) if t]
        if not low or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", segment):  # "acme.com"
            continue
        if any(t in _TITLE_WORDS or t.endswith(_TITLE_ENDINGS) for t in low) or all(
                t in _TEAM_WORDS or t.endswith(_DEPARTMENT_ENDINGS) for t in low):
            continue
        if value := _clean_company(segment):
            out.append((value, 0.5 if len(segments) == 1 else 0.45))
    return out


# --- company --------------------------------------------------------------------------------

#: Phrases a company name follows: "interest in Acme", "Bewerbung bei der Acme", "chez Acme".
_COMPANY_ANCHORS = re.compile(
    r"\binterest in (?:joining |working (?:at|for|with) |(?:a )?(?:career|position|role|employment)"
    r" (?:at|with) )?"
    r"|\b(?:position|role|opening|vacancy|job|post|opportunity|scheme|internship|employment|career|roles"
    r"|manager|team|panel|everyone|colleagues|office|store|people|us|here) (?:here )?(?:at|with) "
    r"|\b(?:applying|applied|application|apply) (?:to|at|with) "
    r"|\b(?:thinking of|considering|career at|future at|working (?:at|for|with)|update from|news from"
    r"|on behalf of) "
    r"|\b(?:Bewerbung|Interesse|Tätigkeit|Karriere|Einstieg|Update|Nachricht) (?:bei (?:der |dem |den )?"
    r"|von |an (?:der|dem|den) )|\b(?:Position|Stelle|als)\b[^.\n]{1,60}?\bbei (?:der |dem |den )?"
    r"|\b(?:chez|au sein d(?:e|u|es)|rejoindre|candidature (?:à|a|chez|auprès de)|poste (?:à|chez))"
    r" (?:la |le |l['’])?|\bau sein de l['’]"
    r"|\b(?:publicad[oa] por|proceso en|candidatura (?:en|a|con)|trabajar (?:en|con)|unirte a"
    r"|formar parte de|interés en) (?:la |el )?",
)
#: A recruitment agency writes for a client: its own name and domain are not the employer.
_AGENCY_NAME = re.compile(
    r"\b(?:recruitment|recruiting|staffing|personnel|resourcing|headhunters|search|talent|personalberatung"
    r"|personaldienst\w*|zeitarbeit|intérim|interim)$",
    re.IGNORECASE,
)
_AGENCY_DOMAIN = re.compile(r"recruit|staffing|talent|personnel|resourcing|headhunt|search")
_AGENCY_TEXT = re.compile(
    r"\b(?:employment|recruitment|staffing) agency\b|\b(?:our|the) client\b"
    r"|\b(?:unser(?:em|en)?|der|den|dem) kunden?\b|\bnotre client\b|\bnuestro cliente\b",
    re.IGNORECASE,
)
_PRONOUNS = _DETERMINERS | {"sie", "ihnen", "wir", "uns", "ich", "we", "i", "you", "us", "vous", "nous"}
_COMPANY_CONNECTORS = {"&", "and", "und", "of", "de", "del", "des", "du", "la", "y", "e", "für", "van", "von"}
_ROLE_NOUNS = {"position", "role", "opening", "vacancy", "job", "post", "posting", "stelle", "poste",
               "puesto", "vacante", "scheme", "team"}


def company_name(message: Message, mail: _Mail | None = None) -> Extracted:
    """The employer, voted on by text mentions, display name, signature and sender domain."""
    return _vote(*_company_evidence(message, mail or _prepare(message)))


def _company_evidence(message: Message, mail: _Mail) -> tuple[list[Candidate], list[str]]:
    """Company candidates and the employer domains that may support them."""
    sender = message.sender
    own_orgs = [org for org, _, source in mail.signature.orgs if source == "sig"]
    agency = bool(_AGENCY_DOMAIN.search(_company_domain(sender)) or _AGENCY_TEXT.search(mail.flat)
                  or any(_AGENCY_NAME.search(org) for org in own_orgs))
    candidates = [*_text_companies(mail.flat), *_subject_companies(mail.subject),
                  *_text_companies(mail.quoted, 0.3, "quoted")]
    if not agency:
        candidates += [*mail.signature.orgs, *_display_companies(message, mail)]
    domains = [_company_domain(a) for a in ([] if agency else [sender]) + list(message.reply_to)]
    return candidates, [d for d in domains if d]


def _text_companies(flat: str, weight: float = 0.6, source: str = "text") -> Iterable[Candidate]:
    """Capitalised names after the anchor phrases, unless a job title follows ('... position')."""
    for match in _COMPANY_ANCHORS.finditer(flat):
        run, following = _capital_run(flat, match.end(), _COMPANY_CONNECTORS, 6)
        if following.lower() in _ROLE_NOUNS | {"at", "with", "bei", "chez", "-", "–", "—"} or re.match(
                r"(?:Position|Stelle|Poste|Puesto)\b", run):
            continue  # "interest in the Data Analyst position", "application to Data Analyst at Acme"
        if value := _clean_company(run):
            yield value, weight, source


def _subject_companies(subject: str) -> list[Candidate]:
    """'Your interview with Acme', 'Data Engineer at Acme', 'Feedback from Acme'; other parts only confirm."""
    found = [(c, 0.2, "confirm") for c in _subject_segments(subject)]
    found += _text_companies(subject, 0.6, "subject")
    for match in re.finditer(r"\s(?:at|with|bei|chez|en|from|von)\s", subject):  # rarely a person here
        if value := _clean_company(_capital_run(subject, match.end(), _COMPANY_CONNECTORS, 6)[0]):
            found.append((value, 0.4, "subject"))
    return found


def _subject_segments(subject: str) -> list[str]:
    parts = re.split(r"\s+[-–—|:]\s+|:\s+|\s+at\s+|\s+bei\s+", subject)
    return [p.strip(" !?.") for p in parts if p.strip(" !?.")]


def _display_companies(message: Message, mail: _Mail) -> list[Candidate]:
    """Display names that name the employer: 'Acme via Greenhouse', 'Acme Careers', 'Karriere | Acme'."""
    out: list[Candidate] = []
    for address in (message.sender, *message.reply_to):
        if address is None or not address.name:
            continue
        person = _display_person(address)
        if person and (_reachable(address) or _same_person(person, mail.signature.name)):
            continue  # a person, not the employer
        # "Juniper Ledger <no-reply@...>" may be a company or a recruiter: it can only confirm.
        weight, source = (0.2, "confirm") if len(person) > 1 else (0.5, "display")
        for segment in _SEGMENT_SPLIT.split(re.split(r"\s+via\s+", _display(address))[0]):
            if _is_team_line(segment):
                out += _strip_team(segment, weight, source)
            elif value := _clean_company(segment):
                out.append((value, weight, source))
    return out


def _clean_company(value: str) -> str | None:
    """'the Acme Robotics GmbH' -> 'Acme Robotics'; None for generic or non-company text."""
    value = " ".join(w for w in value.split() if w in "&+" or any(c.isalnum() for c in w))
    value = re.sub(r"^(?:the|der|die|das|den|dem|l['’]|la|le|el|los|las)\s+|^l['’]", "",
                   value.strip(" ,.;:!?\"'“”()"), flags=re.IGNORECASE)
    for _ in range(2):
        value = _LEGAL_SUFFIX.sub("", value).strip(" ,.")
    words = value.split()
    if not words or len(words) > 6 or len(value) < 2 or not all(
            _capitalised(w) or w.lower() in _COMPANY_CONNECTORS | {"of", "the", "for", "et"} for w in words):
        return None  # a company name is written in capitals: "Sent from my iPhone" is not one
    generic = _ORG_WORDS | _TITLE_WORDS | _TEAM_WORDS | _DETERMINERS | {"we", "us", "you", "i", "it", "this"}
    if _key(value) in _ATS_BRANDS or (len(words) == 1 and value.lower() in generic):
        return None
    if all(w.lower() in _NOT_NAME for w in words) and not any(w.lower() in _ORG_WORDS for w in words):
        return None
    return value


def _vote(candidates: list[Candidate], domains: list[str]) -> Extracted:
    """Cluster candidates that name the same company, add domain support, pick the strongest."""
    clusters: list[list[Candidate]] = []
    for candidate in sorted(candidates, key=lambda c: (c[2] == "confirm", -c[1])):
        home = next((c for c in clusters if any(_related(candidate[0], m[0]) for m in c)), None)
        if home is not None:
            home.append(candidate)
        elif candidate[2] != "confirm":  # the subject line or an ATS display name only confirm
            clusters.append([candidate])
    for core in dict.fromkeys(d for d in domains if len(d) >= 3):
        readable: Candidate = (" ".join(w.capitalize() for w in re.split(r"[-_]", core) if w), 0.3, "domain")
        home = next((c for c in clusters if any(_domain_matches(core, m[0]) for m in c)), None)
        if home is not None:
            home.append(readable)
        else:
            clusters.append([readable])
    if not clusters:
        return Extracted(None, 0.0)
    scored = sorted(((_score(c), c) for c in clusters), key=lambda sc: -sc[0])
    score, best = scored[0]
    if all(source == "domain" for _, _, source in best):  # nothing but the sender's domain
        value = best[0][0]  # "northwind-logistics" reads well; "northpinebakery" may not
        return Extracted(value, 0.6 if " " in value or len(value) <= 10 else 0.5)
    confidence = min(0.95, 0.35 + 0.55 * score)
    if len(scored) > 1 and scored[1][0] >= 0.75 * score and score < 1.0:
        confidence = min(confidence, 0.55)  # two different companies, neither clearly ahead
    return Extracted(_representative(best), round(confidence, 2))


def _score(cluster: list[Candidate]) -> float:
    """Evidence for one company: the best item of each independent source, summed.

    A team signature and the display name are the same mailbox describing itself: one source.
    """
    best: dict[str, float] = {}
    for _, weight, source in cluster:
        family = "display" if source == "team" else source
        best[family] = max(best.get(family, 0.0), weight)
    return sum(best.values())


def _related(a: str, b: str) -> bool:
    """Same name: equal, or one's words start the other's ('Tidecrest' / 'Tidecrest AI')."""
    wa, wb = _words(a), _words(b)
    short, long_ = sorted((wa, wb), key=len)
    return bool(short) and (long_[: len(short)] == short or "".join(wa) == "".join(wb))


def _domain_matches(core: str, value: str) -> bool:
    """'oakvalebio' supports 'Oakvale Biosciences'; 'muehlbach-moebel' supports 'Mühlbach Möbel...'."""
    key, core = _key(value), _key(core)
    return len(core) >= 4 and len(key) >= 4 and (key.startswith(core) or core.startswith(key))


def _representative(cluster: list[Candidate]) -> str:
    """The spelling with the most support of its own; on a tie the more specific (longer) one."""
    support: dict[str, float] = {}
    spelling: dict[str, str] = {}
    for value, weight, source in cluster:
        key = _key(value)
        support[key] = support.get(key, 0.0) + (0.01 if source in {"domain", "confirm"} else weight)
        if source != "domain" or key not in spelling:
            spelling.setdefault(key, value)
    best = spelling[max(support, key=lambda k: (round(support[k], 2), len(spelling[k].split())))]
    for value, _, source in cluster:  # 'Haller' + haller-antriebstechnik.de -> 'Haller Antriebstechnik'
        extra = value.split()[len(best.split()):]
        if source == "domain" and extra and _words(value)[: len(best.split())] == _words(best) and all(
                len(w) >= 5 and w.lower() not in _TEAM_WORDS for w in extra):
            return value
    return best


# --- role -----------------------------------------------------------------------------------

_ROLE_ANCHOR = (r"position|role|opening|vacancy|job|post|posting|requisition|scheme|internship"
                r"|programme|program|placement|opportunity|traineeship|apprenticeship")
_ROLE_CONNECTORS = {"of", "and", "&", "for", "-", "–", "—", "/", "+", "de", "la", "y", "für", "und", "im"}
#: Phrases a job title follows, and how to read it: in capitals, sentence case, or before "at Acme".
_ROLE_INTROS = (
    (re.compile(r"\b(?:the )?(?:post|position|role) of "), "capitals"),
    (re.compile(r"\b(?:application|applying|applied|apply|candidacy) (?:for|as) (?:the |an? )?"
                r"(?:(?:position|role|job)(?: of| as)? )?"), "capitals"),
    (re.compile(r"\b(?:Bewerbung|Stelle|Position|Tätigkeit|Einsatz) (?:als|zum|zur) |\b(?:auf|für) die "
                r"(?:Stelle|Position)(?: als)? |\b(?:an der|der|die) (?:Position|Stelle) (?:als )?"),
     "capitals"),
    (re.compile(r"\b(?:application|applying|applied|apply|interest) (?:to|in) (?:the )?"), "before-company"),
    (re.compile(r"\b(?:poste|candidature|offre|emploi) (?:de |d['’]|pour le poste de |au poste de )"),
     "sentence"),
    (re.compile(r"\b(?:puesto|vacante|posición|cargo|candidatura) (?:de|para|como) (?:(?:el|la) "
                r"(?:puesto|vacante) de )?"), "sentence"),
)
_ROMANCE_STOP = _vocabulary("""au aux à chez dans pour et qui que sein a est sont ne n' publié publiée en sur
avec auprès ce cette mais car nous vous le la les l' un une con para porque publicada publicado ya ha
por al se no es fue el los las su tu""")
_GENERIC_ROLE = {"position", "role", "job", "application", "update", "interview", "vacancy", "opening",
                 "stelle", "bewerbung", "poste", "candidature", "candidatura", "puesto", "vacante", "offer",
                 "your application", "next steps", "feedback", "decision", "news", "outcome", "sr", "jr",
                 "senior", "junior", "lead", "head", "principal", "staff", "new", "open", "same", "other"}
_SUBJECT_NOISE = re.compile(
    r"^(?:(?:an )?update on|regarding|re|following up on|outcome of|your|my|ihre|deine|votre|tu|su"
    r"|applications?|bewerbung|candidature|candidatura|vacante|offer|interview invitation|phone screen for"
    r"|to|for|as|with|about|on)\b\s*|\s*\b(?:application|job|interview|role|position|vacancy|update"
    r"|bewerbung|candidature|candidatura)$",
    re.IGNORECASE,
)


def role_title(message: Message, mail: _Mail | None = None, company: str | None = None) -> Extracted:
    """The job title as written, from the body and the subject; None when it cannot be confirmed."""
    mail = mail or _prepare(message)
    subject = _REFERENCE.sub("", _GENDER.sub("", mail.subject))
    found: list[tuple[str, float, int]] = []  # (value, weight, priority when choosing the spelling)
    found += [(v, 0.6, 3) for v in _anchored_roles(mail.flat)]
    found += [(v, 0.55, 2) for v in _introduced_roles(mail.flat)]
    found += [(v, 0.5, 2) for v in _introduced_roles(subject)]
    found += [(v, 0.4, 0) for v in (*_anchored_roles(mail.quoted), *_introduced_roles(mail.quoted))]
    found += [(v, w, 1) for v, w in _subject_roles(subject, _key(f"{mail.flat} {mail.quoted}"))]
    companies, names = _not_roles(message, mail, company)
    found = [(role, w, p) for v, w, p in found
             if _key(v) not in companies | names and (role := _strip_company(v, companies))]
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


def _sentence_case_run(text: str, start: int) -> str:
    """French and Spanish titles are sentence case ('Chargée de communication'): read to a stop word."""
    words: list[str] = []
    for raw in text[start: start + 120].split("\n")[0].split():
        word = raw.strip("\"“”'(),.;:!?")
        if not word or word.lower() in _ROMANCE_STOP or word in {"-", "–", "—", "|"} or len(words) >= 6:
            break
        if not words and not word[0].isupper():
            return ""
        words.append(word)
        if raw[-1:] in ",.;:!?)":
            break
    return " ".join(words)


def _subject_roles(subject: str, body_key: str) -> Iterable[tuple[str, float]]:
    """Subject parts that the body repeats: 'Re: Senior Data Engineer - next steps' -> 'Senior Data Engineer'.

    One word left after removing 'update' or 'interview' ('Search update') is weak evidence.
    """
    parts = _subject_segments(subject)
    dashed = re.split(r"\s+[-–—]\s+", subject)  # "Medical Assistant - Family Medicine" may be one title
    parts += [" - ".join(dashed[a:b]) for a in range(len(dashed))
              for b in range(a + 2, min(a + 4, len(dashed) + 1))]
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
    return bool(words) and _capitalised(words[0]) and all(
        _capitalised(w) or w.lower() in _ROLE_CONNECTORS for w in words)


def _clean_role(value: str) -> str | None:
    """The title without reference numbers, gender markers, articles or a trailing 'position'."""
    value = " ".join(_REFERENCE.sub("", _GENDER.sub("", value)).split()).strip(" ,.;:!?\"'“”-–—|")
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
            return _clean_role(" ".join(words[n:]))
    parts = re.split(r"\s[-–—]\s", role, maxsplit=1)
    if len(parts) == 2 and parts[1] and _key(parts[1].split()[0]) in companies:
        return _clean_role(parts[0])
    return role


# --- stage ----------------------------------------------------------------------------------

_NOUN_EN = r"(?:position|role|vacancy|opening|job|posting|requisition|req|search|post|hire|program(?:me)?)"
_CLOSED = re.compile("|".join((
    # English: "the position has now been filled", "we've closed this role", "hiring is paused"
    rf"\b{_NOUN_EN}\b[^.\n]{{0,60}}?\b(?:has|have|had|was|were|is|will)\b(?: now| since| already| just"
    r"| unfortunately| not| no longer)*(?: been| be)? (?:filled|closed|cancel+ed|withdrawn"
    r"|(?:put|placed) on hold|on hold|paused|frozen|eliminated|recruited)",
    rf"\b(?:we(?:'ve| have)?|has|have) (?:\w+ ){{0,2}}?(?:filled|closed|cancel+ed|withdrawn|paused|frozen"
    rf"|pulled) (?:this|the|our) (?:[\w&-]+ ){{0,4}}?{_NOUN_EN}\b",
    r"\b(?:put|placed|putting) (?:this|the) (?:position|role|opening|vacancy|requisition|search) on hold",
    r"\b(?:stop|stopped|cancel\w*|halt\w*|suspend\w*|paus\w*|end\w*|clos\w*) (?:the|this|our) (?:recruitment"
    r"|recruiting|hiring|selection|search)\b|\bhiring freeze\b|\bpaused (?:hiring|the search|recruitment)",
    r"\b(?:will not|won't) be filled\b|\b(?:unable|not able) to fill (?:the|this)\b|\b(?:is|are) no longer"
    r" (?:available|open|accepting applications)|\bno longer (?:hiring|recruiting) for\b",
    rf"\b{_NOUN_EN}(?:'s| is| has) (?:gone|been pulled)\b",
    r"\b(?:isn't|is not|won't be|no longer) going ahead\b",
    r"\bdecided not to (?:fill|proceed with (?:the|this) (?:role|position|hire|hiring|opening))"
    r"|\bnot to (?:move forward|proceed) with (?:hiring|filling|recruiting) for\b",
    # German: "die Stelle wurde intern besetzt", "vorerst nicht zu besetzen", "gibt es nicht mehr"
    r"\b\w*(?:stelle|position|vakanz|ausschreibung|platz|plätze)\b[^.\n]{0,80}?\b(?:besetzt|(?<!zu )vergeben"
    r"|gestrichen|zurückgezogen|storniert|aufgehoben|eingefroren|geschlossen|weg"
    r"|nicht (?:mehr |neu |zu )?(?:zu )?besetzen|gibt es (?:\w+ )?nicht mehr)\b",
    # French: "le poste a été pourvu", "l'offre a été retirée", "nous clôturons le processus"
    r"\b(?:poste|offre|recrutement|concours)\b[^.\n]{0,60}?\b(?:a été|est|sera)(?: déjà| maintenant"
    r"| finalement)? (?:pourvue?|fermée?|annulée?|clos|close|suspendue?|gelée?|retirée?|pas ouverte?)",
    r"\bclôtur\w* (?:le|ce) (?:processus|recrutement)",
    # Spanish: "la vacante ya ha sido cubierta", "congelar este proceso"
    r"\b(?:vacante|puesto|posición|plaza|proceso)\b[^.\n]{0,60}?\b(?:ha sido|fue|está|ha quedado|queda)"
    r"(?: ya)? (?:cubiert[oa]|cerrad[oa]|cancelad[oa]|suspendid[oa]|congelad[oa])",
    r"\b(?:congelar|cancelar|suspender|cerrar) (?:este|el) proceso\b|\bno se cubrirá\b",
)), re.IGNORECASE)
#: "filled with another candidate" is an ordinary rejection; "filled internally" closes the role.
_FILLED_BY_SOMEONE = re.compile(
    r"^(?!.*\b(?:intern|internal|internally|interne|interna)\b).*\b(?:with|by|mit|an|con|par)\s+(?:a|an"
    r"|another|someone|others?|the other|einem|einer|einen|eine|jemand\w*|andere\w*|otr[oa]s?|un|une|una"
    r"|autres?|quelqu\w*)\b",
    re.IGNORECASE,
)
_MET = re.compile("|".join((
    # English: an interview, a call, a visit, a trial day or an assessment that happened
    r"\binterview(?:ed|ing)\b(?! (?:other|more|candidates|applicants|people|a |those|further))",
    r"\b(?:your|our|the|last|recent|final|onsite|on-site|panel|technical|video|phone|first|second|third"
    r"|both|all|\w+'s)\s+(?:[\w-]+\s+)?interviews?\b(?! (?:stage|invitation|slot|round))|\binterviewers\b",
    r"\bthank(?:s| you)(?: again| so much| very much)?,? for (?:\w+ ){0,2}?(?:attending|participating"
    r"|meeting|presenting|walking (?:us|me)|making the trip|coming (?:in|to|along)|visiting|spending"
    r"|joining us|taking part|doing (?:the|a|your)|your (?:stage|visit|presentation)|speaking|talking"
    r"|chatting)",
    r"\btime to (?:interview|speak|meet|talk|chat)\b|\b(?:met|spoke|talked|chatted) (?:with )?(?:you|us)\b",
    r"\b(?:meeting|speaking|talking|chatting) (?:with )?(?:you|us|me|the team|our team|\w+ and me)\b",
    r"\bcoming in for\b|\bspending (?:the|a) day\b|\b(?:your|the final|final) panel\b|\bpanel interview",
    r"\b(?:our|your) (?:conversations?|chat|trial \w+|presentation|visit)\b|\bthe (?:trial|tasting) \w+",
    r"\b(?:our|your|the) (?:phone |video )?call (?:on|last|yesterday|earlier|with|today|this)\b",
    r"\b(?:on|during|in) (?:the|our) (?:call|conversation|video call|phone call)\b",
    r"\b(?:great|nice|pleasure|good|lovely|wonderful) (?:to )?(?:meet|meeting|speak|speaking|talk|talking"
    r"|chat|chatting) (?:with )?you\b|\b(?:your|the) time (?:you spent )?(?:with (?:us|our|me)"
    r"|on the (?:phone|call))",
    r"\b(?:enjoyed|pleasure) (?:\w+ ){0,3}?(?:meeting|speaking|talking|chatting|getting to know|hearing)",
    r"\b(?:the|your) (?:take-home|case study)\b|\bétude de cas\b|\bfallstudie\b|\blehrprobe\b",
    # German: "das Vorstellungsgespräch", "nach dem Probearbeiten", "Ihre Teilnahme am Assessment-Center"
    r"(?:\b(?:vorstellungs|kennenlern|bewerbungs|auswahl|telefon|video)gespräch\w*|\b(?:unser\w*|das|dem"
    r"|den|die|fürs|beim|im|ihr\w*|dein\w*|nette\w*|angenehme\w*|ausführliche\w*|persönliche\w*)"
    r" (?:\w+ )?(?:gespräch(?:e|en|s)?|kennenlernen)\b)(?![^.\n]{0,40}einzuladen|[^.\n]{0,40}einladen)",
    r"\b\w*telefonat\b|\bprobe(?:arbeit\w*|tag\w*)|\bhospitation\w*|\bassessment-?center|\bvorbeikommen\b"
    r"|\bbesuch bei uns|\bteilnahme an (?:unserem|dem|der|unserer)\b|\b(?:unser\w*|das|dem|ihr\w*|dein\w*)"
    r" interview\b",
    # French and Spanish: "notre entretien", "ta journée d'essai", "la entrevista", "gracias por venir"
    r"\b(?:notre|votre|nos|vos|cet|l['’]) ?(?:\w+ )?(?:entretiens?|échanges?)\b|\bjournée d['’](?:essai"
    r"|immersion)|\bd['’]être (?:passée?|venue?)\b",
    r"\b(?:la|las|nuestra|nuestras|tu|su|sus|tus)\s+(?:\w+ )?entrevistas?\b|\bconversar contigo\b"
    r"|\bgracias por venir\b|\bparticipación en (?:la|el)\b|\bdinámica de grupo\b",
)), re.IGNORECASE)
#: "invite you to an interview", "progress to the interview stage": not a meeting that happened.
_NOT_MET = re.compile(
    r"\b(?:to|into|invit\w*|schedul\w*|arrang\w*|pour|para)\s+(?:(?:a|an|the|your|einem|un|una)\s+)?"
    r"(?:[\w-]+\s+)?$|\b(?:for|für|pour|para) (?:a|an|ein|einen|un|une|una)\s+(?:[\w-]+\s+)?$"
    r"|\b(?:selected|shortlisted|considered|chosen|progress\w*|advanc\w*|mov\w*) (?:for|to|into)"
    r" (?:the |our |an? )?$|\b(?:offer|give|grant)(?:ing)? you (?:a |an )?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def rejection_stage(message: Message, mail: _Mail | None = None) -> Extracted:
    """Position closed, after an interview, or (by default) at the application stage."""
    mail = mail or _prepare(message)
    text = f"{mail.subject}\n{mail.flat}"
    for match in _CLOSED.finditer(text):
        if not _FILLED_BY_SOMEONE.search(text[match.start(): match.end() + 40]):
            return Extracted("position_closed", 0.8)
    for match in _MET.finditer(text):
        if not _NOT_MET.search(text[max(0, match.start() - 30): match.start()]):
            return Extracted("after_interview", 0.75)
    return Extracted("after_application", 0.65)


# --- formality and recipient ----------------------------------------------------------------

_INFORMAL = {  # (informal pronouns, formal pronouns)
    "de": (r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)\b",
           r"\b(?:Sie|Ihnen|Ihre?)\b"),
    "fr": (r"\b(?:tu|toi|ton|ta|tes|te)\b|\bt['’]", r"\b(?:vous|votre|vos)\b"),
    "es": (r"\b(?:tú|tu|tus|te|ti|contigo)\b", r"\b(?:usted|ustedes|su|sus)\b"),
}


def is_informal(message: Message, mail: _Mail | None = None) -> bool:
    """True when a German, French or Spanish mail addresses the reader with du/tu/tú."""
    mail = mail or _prepare(message)
    text = f"{mail.subject}\n{mail.own[:3000]}"
    patterns = _INFORMAL.get(detect_language(text))
    if patterns is None:
        return False
    informal = len(re.findall(patterns[0], text, re.IGNORECASE))
    return informal >= 2 or (informal == 1 and not re.search(patterns[1], text))


def _reachable(address: Address) -> bool:
    """A person (or a team mailbox) reads it: not no-reply, not an ATS sending address."""
    return bool(address.domain) and not is_no_reply(address) and not is_ats_domain(address.domain)


def _recipient(mail: _Mail) -> tuple[Address | None, str]:
    """A human Reply-To, else a human From, else a recruiter's address in the body; never no-reply."""
    message = mail.message
    mine = {a.email.lower() for a in (*message.to, *message.cc)}
    for address in message.reply_to:
        if _reachable(address) and address.email.lower() not in mine:
            return address, "reply-to"
    if message.sender and _reachable(message.sender) and message.sender.email.lower() not in mine:
        return message.sender, "from"
    not_recruiting = {"privacy", "datenschutz", "dpo", "gdpr", "unsubscribe", "abuse", "support", "help",
                      "security", "legal", "billing", "press", "presse", "info", "webmaster"}
    for found in _EMAIL.findall(mail.own):
        address = Address("", found.rstrip("."))
        if _reachable(address) and found.lower() not in mine and not (
                not_recruiting & set(re.split(r"[._+-]", address.local_part))):
            signer = mail.signature.name  # "questions? write to me at jane.doe@..." signed Jane Doe
            name = " ".join(signer) if _matches_address(signer, address.local_part) else ""
            return Address(name, address.email), "body"
    return None, ""
