"""The employer: voted on by the text, the subject, the display name, the signature and the domain.

Values are voted on, not taken from the first pattern that matches. A company named in the
text ("interest in Acme", "Bewerbung bei der Acme"), the sender's display name, the signature
and the sender's domain each add evidence; candidates that name the same company are clustered
and each independent source counts once, so a value several sources agree on wins. The subject
line and an ATS display name only confirm. A recruitment agency writes for a client: then its
own name, signature and domain are not evidence for the employer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..message import Message
from .addresses import _company_domain, _display, _domain_core, _reachable, is_ats_domain, is_no_reply
from .mail import _Mail, _prepare
from .organisations import Candidate, _clean_company, _strip_team
from .people import _display_person, _is_team_line, _same_person
from .result import Extracted
from .text import _capital_run, _key, _words
from .vocabulary import (
    _COMPANY_CONNECTORS,
    _NOT_AN_EMPLOYER_HOST,
    _SEGMENT_SPLIT,
    _TEAM_WORDS,
    FREEMAIL_DOMAINS,
)

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
#: A Workday tenant in a link: 'https://acme.wd5.myworkdayjobs.com/en-US/Careers' is Acme's.
_WORKDAY_LINK = re.compile(r"\b([a-z0-9][a-z0-9-]{1,40})\.wd\d{1,2}\.myworkdayjobs\.com\b", re.IGNORECASE)
#: A web address written out: 'www.fernhill-analytics.com', 'https://kornblum-verkehr.de/karriere'.
_WEB_ADDRESS = re.compile(
    r"(?:\bhttps?://|(?<![\w.@/-])www\.)(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\b",
    re.IGNORECASE,
)
_URL_OR_EMAIL = re.compile(r"\S*(?:@|www\.|https?://)\S*", re.IGNORECASE)
_ROLE_NOUNS = {
    "position",
    "role",
    "opening",
    "vacancy",
    "job",
    "post",
    "posting",
    "stelle",
    "poste",
    "puesto",
    "vacante",
    "scheme",
    "team",
}


def company_name(message: Message, mail: _Mail | None = None) -> Extracted:
    """The employer, voted on by text mentions, display name, signature and sender domain."""
    mail = mail or _prepare(message)
    return _vote(*_company_evidence(message, mail), text=f"{mail.subject}\n{mail.own}")


def _company_evidence(message: Message, mail: _Mail) -> tuple[list[Candidate], list[str], list[str]]:
    """Company candidates, the employer domains that may support them, and web addresses in the text.

    A Workday tenant ('acme@myworkday.com', 'acme.wd5.myworkdayjobs.com') names the employer the
    way its own domain would. A web address in the text only supports a company the mail names,
    or names one itself when the text spells its words out ('Fernhill Analytics').
    """
    sender = message.sender
    own_orgs = [org for org, _, source in mail.signature.orgs if source == "sig"]
    agency = bool(
        _AGENCY_DOMAIN.search(_company_domain(sender))
        or _AGENCY_TEXT.search(mail.flat)
        or any(_AGENCY_NAME.search(org) for org in own_orgs)
    )
    candidates = [
        *_text_companies(mail.flat),
        *_subject_companies(mail.subject),
        *_text_companies(mail.quoted, 0.3, "quoted"),
    ]
    tenants = [] if agency else _workday_tenants(message, mail)
    if not agency:
        candidates += [*mail.signature.orgs, *_display_companies(message, mail, tenants)]
    domains = [_company_domain(a) for a in ([] if agency else [sender]) + list(message.reply_to)]
    return candidates, [d for d in domains if d] + tenants, [] if agency else _web_cores(mail.own)


def _workday_tenants(message: Message, mail: _Mail) -> list[str]:
    """'acme@myworkday.com' and 'acme.wd5.myworkdayjobs.com' are Acme's Workday: 'acme'."""
    found = [
        address.local_part.lower()
        for address in (message.sender, *message.reply_to)
        if address is not None
        and address.domain.lower() in {"myworkday.com", "myworkdayjobs.com"}
        and not is_no_reply(address)
    ]
    found += [m.group(1).lower() for m in _WORKDAY_LINK.finditer(mail.own)]
    return [
        t for t in dict.fromkeys(found) if len(t) >= 3 and not re.search(r"\d", t) and t not in _TEAM_WORDS
    ]


def _web_cores(own: str) -> list[str]:
    """'www.fernhill-analytics.com' -> 'fernhill-analytics'; not ATS, freemail or social-network hosts."""
    cores = []
    for match in _WEB_ADDRESS.finditer(own):
        host = match.group(1).lower()
        core = _domain_core(host)
        if is_ats_domain(host) or host in FREEMAIL_DOMAINS or core in _NOT_AN_EMPLOYER_HOST:
            continue
        cores.append(core)
    return list(dict.fromkeys(cores))


def _spelled_out(core: str, text: str) -> str | None:
    """The company a web address names, as the text writes it: 'fernhill-analytics' -> 'Fernhill Analytics'."""
    letters = re.sub(r"[^a-z0-9]", "", core)
    if len(letters) < 4:
        return None
    pattern = r"(?<![\w@/.-])" + r"[ -]?".join(re.escape(c) for c in letters) + r"(?![\w@/-])"
    for match in re.finditer(pattern, _URL_OR_EMAIL.sub(" ", text), re.IGNORECASE):
        if (value := _clean_company(match.group(0))) and _key(value) == letters:
            return value
    return None


def _text_companies(flat: str, weight: float = 0.6, source: str = "text") -> Iterable[Candidate]:
    """Capitalised names after the anchor phrases, unless a job title follows ('... position')."""
    for match in _COMPANY_ANCHORS.finditer(flat):
        run, following = _capital_run(flat, match.end(), _COMPANY_CONNECTORS, 6)
        if following.lower() in _ROLE_NOUNS | {"at", "with", "bei", "chez", "-", "–", "—"} or re.match(
            r"(?:Position|Stelle|Poste|Puesto)\b", run
        ):
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


def _display_companies(message: Message, mail: _Mail, tenants: list[str]) -> list[Candidate]:
    """Display names that name the employer: 'Acme via Greenhouse', 'Acme Careers', 'Karriere | Acme'.

    '"Acme Corp" <acmecorp@myworkday.com>' is the company, not a person: its Workday tenant says so.
    """
    out: list[Candidate] = []
    for address in (message.sender, *message.reply_to):
        if address is None or not address.name:
            continue
        person = _display_person(address)
        tenant = any(_key(_display(address)) == _key(t) for t in tenants)
        if person and not tenant and (_reachable(address) or _same_person(person, mail.signature.name)):
            continue  # a person, not the employer
        # "Juniper Ledger <no-reply@...>" may be a company or a recruiter: it can only confirm.
        weight, source = (0.2, "confirm") if len(person) > 1 and not tenant else (0.5, "display")
        for segment in _SEGMENT_SPLIT.split(re.split(r"\s+via\s+", _display(address))[0]):
            if _is_team_line(segment):
                out += _strip_team(segment, weight, source)
            elif value := _clean_company(segment):
                out.append((value, weight, source))
    return out


def _vote(candidates: list[Candidate], domains: list[str], web: list[str], text: str = "") -> Extracted:
    """Cluster candidates that name the same company, add domain support, pick the strongest.

    A web address in the text supports a company already named; alone it names one only when
    `text` spells out its words.
    """
    clusters: list[list[Candidate]] = []
    for candidate in sorted(candidates, key=lambda c: (c[2] == "confirm", -c[1])):
        home = next((c for c in clusters if any(_related(candidate[0], m[0]) for m in c)), None)
        if home is not None:
            home.append(candidate)
        elif candidate[2] != "confirm":  # the subject line or an ATS display name only confirm
            clusters.append([candidate])
    for core in dict.fromkeys(d for d in domains if len(d) >= 3):
        # "quellwerk-karriere" names Quellwerk; "jobs-portal" or "bewerbung" alone names nobody.
        words = [w for w in re.split(r"[-_]", core) if w and w not in _TEAM_WORDS]
        if not words:
            continue
        readable: Candidate = (" ".join(w.capitalize() for w in words), 0.3, "domain")
        home = next((c for c in clusters if any(_domain_matches(core, m[0]) for m in c)), None)
        if home is not None:
            home.append(readable)
        else:
            clusters.append([readable])
    for core in web:
        home = next((c for c in clusters if any(_domain_matches(core, m[0]) for m in c)), None)
        if home is not None:
            home.append((" ".join(w.capitalize() for w in re.split(r"[-_]", core)), 0.3, "domain"))
        elif spelled := _spelled_out(core, text):
            clusters.append([(spelled, 0.5, "web")])
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
        extra = value.split()[len(best.split()) :]
        if (
            source == "domain"
            and extra
            and _words(value)[: len(best.split())] == _words(best)
            and all(len(w) >= 5 and w.lower() not in _TEAM_WORDS for w in extra)
        ):
            return value
    return best
