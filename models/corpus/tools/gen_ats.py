# ruff: noqa: E501, RUF001  (message text is long lines by nature)
"""Generate the applicant-tracking-system (ATS) and real-inbox style corpus, in en/de/fr/es.

    python models/corpus/tools/gen_ats.py        # rewrites models/corpus/ats-jobs/ and models/corpus/everyday/generated/

Every message is built from the sentence pools in gen_ats_lexicon.py / gen_ats_people.py inside the
boilerplate of one *style*: an ATS vendor (its sender address, status-portal links, do-not-reply
notice, legal or privacy footer, HTML card), a person writing by hand, an agency, or a job board.
Each style uses its own seeded subset of every pool, so a style held out of training brings
sentences the model has not seen. Each (style, kind, language) family is one cross-validation
group (X-Corpus-Group) and carries its style in X-Corpus-Style, for the leave-one-style-out
evaluation. Output is deterministic, byte for byte.
"""

from __future__ import annotations

import hashlib
import html as htmlmod
import random
import shutil
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_ats_lexicon as L  # noqa: E402
import gen_ats_people as P  # noqa: E402
from corpus_common import CORPUS, seeded_rng  # noqa: E402

ROOT = CORPUS
JOBS = ROOT / "ats-jobs"
EVERYDAY = ROOT / "everyday" / "generated"
TZ = {"en": "America/New_York", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid"}
LABEL_OF = {"after_application": "rejection", "after_interview": "rejection", "position_closed": "rejection"}


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_text.lower() if c.isalnum())[:18] or "x"


@dataclass(frozen=True)
class Style:
    """An ATS vendor's look: who the mail comes from, where its links go, what its footer says."""

    name: str
    address: str  # format with {s} = company slug
    display: str  # format with {company}
    url: str  # format with {s}, {n}
    footer: dict[str, list[str]]
    html_share: float  # how much of its mail is HTML
    langs: tuple[str, ...] = L.LANGS


NOREPLY = {
    "en": [
        "This is an automated message. Please do not reply to this email.",
        "Please do not reply to this message; this mailbox is not monitored.",
        "Note: replies to this address are not read.",
    ],
    "de": [
        "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.",
        "Bitte antworte nicht auf diese E-Mail – das Postfach wird nicht gelesen.",
    ],
    "fr": [
        "Ceci est un message automatique, merci de ne pas y répondre.",
        "Merci de ne pas répondre à cet e-mail : cette adresse n’est pas consultée.",
    ],
    "es": [
        "Este es un mensaje automático. Por favor, no respondas a este correo.",
        "No responda a este mensaje; este buzón no se revisa.",
    ],
}
LEGAL = {
    "en": [
        "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.",
        "We are committed to providing reasonable accommodations to candidates with disabilities. Privacy notice: {url}",
        "© {year} {company}. All rights reserved. 100 Main Street, Suite {n}.",
    ],
    "de": [
        "Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie unter {url}",
        "{company} · Sitz der Gesellschaft: {city} · Registergericht Amtsgericht {city} HRB {n} · Geschäftsführung: {person}",
        "Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung.",
    ],
    "fr": [
        "Conformément au RGPD, vous disposez d’un droit d’accès et de rectification de vos données : {url}",
        "{company} – SAS au capital de {n} 000 € – RCS {city}",
        "Tous nos postes sont ouverts aux personnes en situation de handicap.",
    ],
    "es": [
        "De acuerdo con el RGPD, puede ejercer sus derechos de acceso, rectificación y supresión en {url}",
        "{company} – Inscrita en el Registro Mercantil de {city}, Tomo {n}",
        "Promovemos la igualdad de oportunidades y la diversidad.",
    ],
}

STYLES = [
    Style(
        "workday",
        "{s}@myworkday.com",
        "{company}",
        "https://{s}.wd5.myworkdayjobs.com/en-US/External/userHome",
        {
            "en": ["Candidate Home: {url}"],
            "de": ["Kandidaten-Startseite: {url}"],
            "fr": ["Accueil candidat : {url}"],
            "es": ["Página de inicio del candidato: {url}"],
        },
        0.7,
    ),
    Style(
        "icims",
        "no-reply@icims.com",
        "{company} Careers",
        "https://careers-{s}.icims.com/jobs/{n}/login",
        {
            "en": ["Powered by iCIMS | Talent Acquisition"],
            "de": ["Powered by iCIMS"],
            "fr": ["Powered by iCIMS"],
            "es": ["Powered by iCIMS"],
        },
        0.6,
    ),
    Style(
        "taleo",
        "{s}@taleo.net",
        "{company} Recruiting",
        "https://{s}.taleo.net/careersection/2/mysubmissions.ftl",
        {
            "en": [
                "Job Number: {n}",
                "This is an automated notification from {company}'s recruiting system.",
            ],
            "de": ["Stellennummer: {n}"],
            "fr": ["Numéro de l’offre : {n}"],
            "es": ["Número de oferta: {n}"],
        },
        0.4,
    ),
    Style(
        "successfactors",
        "noreply@successfactors.eu",
        "{company} Recruiting",
        "https://career5.successfactors.eu/career?company={s}&career_ns=job_application",
        {
            "en": ["Sent via SAP SuccessFactors"],
            "de": ["Gesendet über SAP SuccessFactors"],
            "fr": ["Envoyé via SAP SuccessFactors"],
            "es": ["Enviado a través de SAP SuccessFactors"],
        },
        0.5,
    ),
    Style(
        "greenhouse",
        "no-reply@us.greenhouse-mail.io",
        "{company}",
        "https://boards.greenhouse.io/{s}/jobs/{n}",
        {
            "en": ["Powered by Greenhouse"],
            "de": ["Powered by Greenhouse"],
            "fr": ["Powered by Greenhouse"],
            "es": ["Powered by Greenhouse"],
        },
        0.3,
    ),
    Style(
        "lever",
        "no-reply@hire.lever.co",
        "{company}",
        "https://jobs.lever.co/{s}/{n}",
        {
            "en": ["Sent via Lever"],
            "de": ["Gesendet über Lever"],
            "fr": ["Envoyé via Lever"],
            "es": ["Enviado vía Lever"],
        },
        0.3,
    ),
    Style(
        "ashby",
        "no-reply@ashbyhq.com",
        "{company} Recruiting",
        "https://jobs.ashbyhq.com/{s}/application/{n}",
        {
            "en": ["Sent with Ashby"],
            "de": ["Gesendet mit Ashby"],
            "fr": ["Envoyé avec Ashby"],
            "es": ["Enviado con Ashby"],
        },
        0.5,
    ),
    Style(
        "smartrecruiters",
        "no-reply@smartrecruiters.com",
        "{company} Hiring Team",
        "https://my.smartrecruiters.com/applications/{n}",
        {
            "en": [
                "Check all your applications in My Applications. SmartRecruiters Inc., 225 Bush St, San Francisco."
            ],
            "de": ["Alle Bewerbungen unter „Meine Bewerbungen“. SmartRecruiters GmbH, Berlin."],
            "fr": ["Retrouvez vos candidatures dans « Mes candidatures »."],
            "es": ["Consulta tus candidaturas en «Mis candidaturas»."],
        },
        0.8,
    ),
    Style(
        "jobvite",
        "notification@jobvite.com",
        "{company} Talent Acquisition",
        "https://jobs.jobvite.com/{s}/job/{n}",
        {
            "en": ["Jobvite | Unsubscribe from job notifications"],
            "de": ["Jobvite | Benachrichtigungen abbestellen"],
            "fr": ["Jobvite | Se désabonner"],
            "es": ["Jobvite | Darse de baja"],
        },
        0.6,
    ),
    Style(
        "personio",
        "{s}@jobs.personio.de",
        "{company}",
        "https://{s}.jobs.personio.de/job/{n}",
        {
            "en": ["Personio | Recruiting software"],
            "de": ["Diese E-Mail wurde über Personio versendet."],
            "fr": ["Envoyé via Personio"],
            "es": ["Enviado a través de Personio"],
        },
        0.5,
    ),
    Style(
        "recruitee",
        "{s}@mail.recruitee.com",
        "{company} Hiring",
        "https://{s}.recruitee.com/o/{n}",
        {
            "en": ["Powered by Recruitee"],
            "de": ["Powered by Recruitee"],
            "fr": ["Propulsé par Recruitee"],
            "es": ["Con la tecnología de Recruitee"],
        },
        0.6,
    ),
    Style(
        "bamboohr",
        "notifications@app.bamboohr.com",
        "{company}",
        "https://{s}.bamboohr.com/careers/{n}",
        {
            "en": ["BambooHR — sent on behalf of {company}"],
            "de": ["BambooHR – im Auftrag von {company}"],
            "fr": ["BambooHR – envoyé pour {company}"],
            "es": ["BambooHR – en nombre de {company}"],
        },
        0.4,
    ),
    Style(
        "softgarden",
        "{s}@softgarden.io",
        "{company} Recruiting",
        "https://{s}.softgarden.io/application/{n}",
        {
            "en": ["softgarden e-recruiting GmbH"],
            "de": ["softgarden e-recruiting GmbH · Tauentzienstraße 14 · Berlin"],
            "fr": ["softgarden e-recruiting"],
            "es": ["softgarden e-recruiting"],
        },
        0.6,
    ),
    Style(
        "teamtailor",
        "{s}@teamtailor-mail.com",
        "{company}",
        "https://career.{s}.com/jobs/{n}",
        {
            "en": ["Sent with Teamtailor"],
            "de": ["Versendet mit Teamtailor"],
            "fr": ["Envoyé avec Teamtailor"],
            "es": ["Enviado con Teamtailor"],
        },
        0.7,
    ),
]
# How many messages each ATS style writes per kind and language (before style-specific variation).
ATS_PLAN = {
    "acknowledgement": 10,
    "after_application": 8,
    "position_closed": 2,
    "withdrawal": 2,
    "interview_invite": 3,
    "offer": 1,
    "other": 3,
}


def subset(pool: list[str], style: str, key: str, share: float = 0.6) -> list[str]:
    """The style's own part of a sentence pool: at least two sentences, deterministic."""
    r = seeded_rng("subset", style, key)
    chosen = [s for s in pool if r.random() < share]
    while len(chosen) < min(2, len(pool)):
        extra = r.choice(pool)
        if extra not in chosen:
            chosen.append(extra)
    return chosen


class Filler:
    """Fills {placeholders} consistently for one message."""

    def __init__(self, r: random.Random, lang: str, style: str, url: str | None = None) -> None:
        self.lang = lang
        full = r.choice(L.PEOPLE[lang])
        first, _, last = full.partition(" ")
        company = r.choice(L.COMPANIES[lang])
        s = slug(company)
        n = r.randint(1000, 99999)
        self.values = {
            "full": full,
            "first": first,
            "last": last,
            "company": company,
            "role": r.choice(L.ROLES[lang]),
            "role2": r.choice(L.ROLES[lang]),
            "city": r.choice(L.CITIES[lang]),
            "ref": r.choice(["R-", "REQ-", "JR", "", "#"]) + str(r.randint(10000, 99999)),
            "recruiter": r.choice(L.RECRUITERS[lang]),
            "person": r.choice(L.RECRUITERS[lang]),
            "n": str(r.randint(12, 900)),
            "year": str(r.randint(2023, 2026)),
            "date": f"{r.randint(1, 28)}.{r.randint(1, 12)}.",
            "topic": r.choice(P.TOPICS[lang]),
            "street": r.choice(P.STREETS),
        }
        self.values["url"] = (url or "https://careers.{s}.com/status/{n}").format(s=s, n=n)
        self.slug = s
        self.email = f"{slug(first)}.{slug(last)}{r.randint(1, 99)}@{r.choice(['gmail.com', 'web.de', 'gmx.de', 'outlook.com', 'yahoo.fr', 'hotmail.es', 'proton.me'])}"

    def __call__(self, text: str) -> str:
        return text.format(**self.values)


def paragraphs_to_html(
    paras: list[str], brand: str, color: str, footer: list[str], button: tuple[str, str] | None
) -> str:
    body = "".join(
        f'<p style="margin:0 0 14px 0">{htmlmod.escape(p).replace(chr(10), "<br>")}</p>' for p in paras
    )
    if button:
        body += f'<p><a href="{htmlmod.escape(button[1])}" style="background:{color};color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">{htmlmod.escape(button[0])}</a></p>'
    foot = "".join(
        f'<p style="font-size:11px;color:#777;margin:4px 0">{htmlmod.escape(f)}</p>' for f in footer
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f4f4">'
        f'<table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif"><tr><td style="background:{color};color:#fff;padding:16px;font-size:18px">{htmlmod.escape(brand)}</td></tr>'
        f'<tr><td style="padding:24px;font-size:14px;color:#222">{body}</td></tr><tr><td style="padding:12px 24px;border-top:1px solid #eee">{foot}</td></tr></table></body></html>'
    )


BUTTONS = {
    "en": "View application",
    "de": "Zur Bewerbung",
    "fr": "Voir ma candidature",
    "es": "Ver candidatura",
}
COLORS = ["#0b5394", "#c0392b", "#1e7b4f", "#6a1b9a", "#e67e22", "#004d61", "#283593", "#ad1457"]


def make_message(
    *,
    label: str,
    kind: str,
    lang: str,
    group: str,
    style: str,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    paras: list[str],
    footer: list[str],
    r: random.Random,
    html_share: float,
    brand: str,
    button: tuple[str, str] | None = None,
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage(policy=POLICY)
    msg["X-Corpus-Label"] = label
    msg["X-Corpus-Kind"] = kind
    msg["X-Corpus-Language"] = lang
    msg["X-Corpus-Group"] = group
    msg["X-Corpus-Style"] = style
    when = datetime(2023, 1, 1, tzinfo=ZoneInfo(TZ[lang])) + timedelta(minutes=r.randint(0, 60 * 24 * 1200))
    msg["Date"] = format_datetime(when)
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr(to)
    msg["Subject"] = subject
    domain = sender[1].rpartition("@")[2] or "example.com"
    msg["Message-ID"] = f"<{r.getrandbits(64):016x}.{r.getrandbits(32):08x}@{domain}>"
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    text = "\n\n".join(paras)
    if footer:
        text += "\n\n--\n" + "\n".join(footer)
    if button and r.random() < 0.5:
        text += f"\n\n{button[0]}: {button[1]}"
    if r.random() < html_share:
        msg.set_content(text)
        msg.add_alternative(
            paragraphs_to_html(paras, brand, r.choice(COLORS), footer, button), subtype="html"
        )
        msg.set_boundary(
            f"=_{r.getrandbits(64):016x}"
        )  # the email package's own is random: files would churn
    else:
        msg.set_content(text)
    return bytes(msg)


# --- ATS families ------------------------------------------------------------------------------


def ats_body(kind: str, lang: str, style: Style, f: Filler, r: random.Random) -> list[str]:
    """The paragraphs of one ATS message of `kind`, from the style's subsets of the pools."""

    def pick(pool: dict[str, list[str]], key: str) -> str:
        return f(r.choice(subset(pool[lang], style.name, f"{key}:{lang}")))

    greet = f(r.choice(L.GREET[lang]))
    paras = [greet]
    if kind == "acknowledgement":
        paras.append(pick(L.ACK_RECEIVED, "ackr"))
        extras = []
        if r.random() < 0.7:
            extras.append(pick(L.ACK_REVIEW, "ackrev"))
        if r.random() < 0.5:
            extras.append(pick(L.COMPETITION, "comp"))
        for _ in range(r.choice([1, 1, 2])):
            extras.append(pick(L.ACK_HEDGE, "hedge"))
        if r.random() < 0.6:
            extras.append(pick(L.PORTAL, "portal"))
        r.shuffle(extras)
        paras += list(dict.fromkeys(extras))
        paras.append(pick(L.ACK_CLOSE, "ackc"))
    elif kind == "after_application":
        paras.append(pick(L.REJ_THANKS, "rthanks"))
        if r.random() < 0.4:
            paras.append(pick(L.COMPETITION, "comp"))
        core = pick(L.REJ_CORE, "rcore")
        if r.random() < 0.4:
            core += " " + pick(L.REJ_REASON, "rreason")
        paras.append(core)
        if r.random() < 0.6:
            paras.append(pick(L.REJ_FUTURE, "rfuture"))
        if r.random() < 0.3:
            paras.append(pick(L.PORTAL, "portal"))
        paras.append(pick(L.REJ_CLOSE, "rclose"))
    elif kind == "position_closed":
        if r.random() < 0.5:
            paras.append(pick(L.REJ_THANKS, "rthanks"))
        paras.append(pick(L.CLOSED_CORE, "closed"))
        if r.random() < 0.6:
            paras.append(pick(L.REJ_FUTURE, "rfuture"))
        paras.append(pick(L.REJ_CLOSE, "rclose"))
    elif kind == "withdrawal":
        paras.append(pick(L.WITHDRAW_CORE, "wd"))
        if r.random() < 0.7:
            paras.append(pick(L.WITHDRAW_EXTRA, "wdx"))
    elif kind == "interview_invite":
        paras.append(pick(L.INVITE_CORE, "inv"))
        if r.random() < 0.4:
            paras.append(pick(L.ACK_HEDGE, "hedge"))
    elif kind == "offer":
        paras.append(pick(L.OFFER_CORE, "offer"))
    else:
        paras.append(pick(L.OTHER_ATS, "other"))
    if r.random() < 0.85:
        paras.append(f(r.choice(L.SIGN_TEAM[lang])))
    return paras


def ats_family(style: Style, kind: str, lang: str, count: int) -> list[tuple[str, bytes]]:
    out = []
    subj_key = {"after_application": "rejection"}.get(kind, kind)
    for i in range(count):
        r = seeded_rng(style.name, kind, lang, i)
        f = Filler(r, lang, style.name, style.url)
        paras = ats_body(kind, lang, style, f, r)
        footer = [f(x) for x in style.footer[lang]]
        if r.random() < 0.8:
            footer.append(r.choice(NOREPLY[lang]))
        if r.random() < 0.6:
            footer.append(f(r.choice(LEGAL[lang])))
        company = f.values["company"]
        sender = (style.display.format(company=company), style.address.format(s=f.slug))
        subject = f(r.choice(subset(L.SUBJECTS[subj_key][lang], style.name, f"subj:{kind}:{lang}", 0.7)))
        data = make_message(
            label=LABEL_OF.get(kind, "not_rejection"),
            kind=kind,
            lang=lang,
            group=f"gen-{style.name}-{kind}-{lang}",
            style=f"ats:{style.name}",
            sender=sender,
            to=(f.values["full"], f.email),
            subject=subject,
            paras=paras,
            footer=footer,
            r=r,
            html_share=style.html_share,
            brand=company,
            button=(BUTTONS[lang], f.values["url"]) if r.random() < 0.5 else None,
            extra_headers={"Auto-Submitted": "auto-generated"} if r.random() < 0.5 else None,
        )
        out.append((f"{style.name}-{kind}-{lang}-{i:02d}.eml", data))
    return out


# --- people, agencies, boards, everyday ---------------------------------------------------------


def personal_family(
    name: str, kind: str, lang: str, bodies: list[str], count: int, *, agency: bool = False
) -> list[tuple[str, bytes]]:
    out = []
    label = LABEL_OF.get(kind, "not_rejection")
    # A few sentences said 16 times would weigh one template 16 times in every figure.
    count = min(count, 3 * len(bodies))
    for i in range(count):
        r = seeded_rng(name, lang, i)
        f = Filler(r, lang, name)
        recruiter = f.values["recruiter"]
        rfirst, _, rlast = recruiter.partition(" ")
        if agency:
            domain = r.choice(
                [
                    "hays.com",
                    "michaelpage.com",
                    "randstad.com",
                    "roberthalf.com",
                    "adecco.com",
                    "talentbridge.io",
                ]
            )
        else:
            domain = f"{f.slug}.com"
        sender = (recruiter, f"{slug(rfirst)}.{slug(rlast)}@{domain}")
        greet = r.choice(
            {
                "en": ["Hi {first},", "{first},", "Hey {first},", "Dear {first},"],
                "de": ["Hallo {first},", "Liebe:r {first},", "Hi {first},"],
                "fr": ["Bonjour {first},", "Salut {first},"],
                "es": ["Hola {first}:", "Hola {first},"],
            }[lang]
        )
        body = f(r.choice(bodies))
        sign = r.choice(
            {
                "en": [
                    "Best,\n{recruiter}",
                    "Cheers,\n{rfirst}",
                    "Thanks,\n{recruiter}\n{company}",
                    "All the best,\n{rfirst}",
                ],
                "de": ["Viele Grüße\n{rfirst}", "Beste Grüße\n{recruiter}", "LG {rfirst}"],
                "fr": ["Bien à vous,\n{recruiter}", "À bientôt,\n{rfirst}"],
                "es": ["Un abrazo,\n{rfirst}", "Saludos,\n{recruiter}"],
            }[lang]
        )
        paras = [f(greet), body, sign.format(rfirst=rfirst, recruiter=recruiter, company=f.values["company"])]
        subjects = {
            "rejection": {
                "en": ["Re: {role} – final round", "{role}", "Following up", "Re: next steps"],
                "de": ["Re: {role}", "Rückmeldung", "Kurzes Update"],
                "fr": ["Re : {role}", "Suite à nos échanges"],
                "es": ["Re: {role}", "Novedades"],
            },
            "recruiter_outreach": {
                "en": ["New role you might like", "Quick question", "{role2} at {company}", "Reconnecting"],
                "de": ["Neue Position", "Kurze Frage", "{role2} bei {company}"],
                "fr": ["Nouvelle opportunité", "Poste de {role2}"],
                "es": ["Nueva oportunidad", "{role2} en {company}"],
            },
        }["recruiter_outreach" if kind == "recruiter_outreach" else "rejection"][lang]
        data = make_message(
            label=label,
            kind=kind,
            lang=lang,
            group=f"gen-{name}-{lang}",
            style=name.split("-")[0],
            sender=sender,
            to=(f.values["full"], f.email),
            subject=f(r.choice(subjects)),
            paras=paras,
            footer=[],
            r=r,
            html_share=0.3,
            brand=f.values["company"],
        )
        out.append((f"{name}-{lang}-{i:02d}.eml", data))
    return out


def friend_forward_family(lang: str, count: int) -> list[tuple[str, bytes]]:
    out = []
    for i in range(count):
        r = seeded_rng("friendfwd", lang, i)
        f = Filler(r, lang, "friend")
        friend = r.choice(L.PEOPLE[lang])
        inner = [
            f(r.choice(L.GREET[lang])),
            f(r.choice(L.REJ_THANKS[lang])),
            f(r.choice(L.REJ_CORE[lang])),
            f(r.choice(L.REJ_CLOSE[lang])),
        ]
        body = f(r.choice(P.FRIEND_FORWARD[lang]))
        fwd_from = f"{f.values['company']} <no-reply@{f.slug}.com>"
        header = {
            "en": "From: {fr}\nDate: {d}\nSubject: Your application\nTo: {to}",
            "de": "Von: {fr}\nDatum: {d}\nBetreff: Ihre Bewerbung\nAn: {to}",
            "fr": "De : {fr}\nDate : {d}\nObjet : Votre candidature\nÀ : {to}",
            "es": "De: {fr}\nFecha: {d}\nAsunto: Tu candidatura\nPara: {to}",
        }[lang]
        fwd = (
            P.FORWARD_MARK[lang]
            + "\n"
            + header.format(fr=fwd_from, d=f.values["date"], to=friend)
            + "\n\n"
            + "\n\n".join(inner)
        )
        ffirst, _, flast = friend.partition(" ")
        subj = {
            "en": "Fwd: Your application",
            "de": "WG: Ihre Bewerbung",
            "fr": "TR : Votre candidature",
            "es": "RV: Tu candidatura",
        }[lang]
        data = make_message(
            label="not_rejection",
            kind="personal",
            lang=lang,
            group=f"gen-friendfwd-{lang}",
            style="friendfwd",
            sender=(friend, f"{slug(ffirst)}.{slug(flast)}@gmail.com"),
            to=(f.values["full"], f.email),
            subject=subj,
            paras=[body, ffirst, fwd],
            footer=[],
            r=r,
            html_share=0.2,
            brand="",
        )
        out.append((f"friendfwd-{lang}-{i:02d}.eml", data))
    return out


def board_family(lang: str, count: int, digest: bool, rejected: bool = False) -> list[tuple[str, bytes]]:
    out = []
    name = "rejected" if rejected else "digest" if digest else "viewed"
    for i in range(count):
        r = seeded_rng("board", name, lang, i)
        brand, addr, dom = r.choice(P.BOARD[lang])
        f = Filler(r, lang, "board", f"https://www.{dom}/jobs/view/{{n}}")
        label = "not_rejection"
        if rejected:
            paras = [f(r.choice(L.GREET[lang])), f(r.choice(P.BOARD_REJECTED[lang]))]
            subject = {
                "en": [
                    "Your application to {role} at {company}",
                    "An update on your application",
                    "{first}, your application to {company}",
                ],
                "de": ["Ihre Bewerbung bei {company}", "Update zu deiner Bewerbung als {role}"],
                "fr": ["Votre candidature chez {company}", "Mise à jour de votre candidature"],
                "es": ["Tu candidatura en {company}", "Novedades sobre tu candidatura a {role}"],
            }[lang]
            subject = f(r.choice(subject))
            kind, label = "after_application", "rejection"
        elif digest:
            intro = f(r.choice(P.DIGEST_INTRO[lang]))
            jobs = []
            for _ in range(r.randint(3, 7)):
                jobs.append(
                    f"{r.choice(L.ROLES[lang])}\n{r.choice(L.COMPANIES[lang])} · {r.choice(L.CITIES[lang])}\nhttps://www.{dom}/jobs/view/{r.randint(10**6, 10**7)}"
                )
            paras = [intro, *jobs, f(r.choice(P.DIGEST_OUTRO[lang]))]
            subject = intro
            kind = "job_alert"
        else:
            paras = [f(r.choice(L.GREET[lang])), f(r.choice(P.VIEWED[lang]))]
            subject = {
                "en": [
                    "{company} viewed your application",
                    "Your application was viewed",
                    "Application update: {role}",
                ],
                "de": [
                    "{company} hat Ihre Bewerbung angesehen",
                    "Deine Bewerbung wurde angesehen",
                    "Statusupdate zu Ihrer Bewerbung",
                ],
                "fr": ["{company} a consulté votre candidature", "Mise à jour de votre candidature"],
                "es": ["{company} ha visto tu candidatura", "Tu CV ha sido leído"],
            }[lang]
            subject = f(r.choice(subject))
            kind = "job_alert"
        data = make_message(
            label=label,
            kind=kind,
            lang=lang,
            group=f"gen-board-{name}-{lang}",
            style="jobboard",
            sender=(brand, addr),
            to=(f.values["full"], f.email),
            subject=subject,
            paras=paras,
            footer=[],
            r=r,
            html_share=0.8,
            brand=brand,
            extra_headers={"List-Unsubscribe": f"<https://www.{dom}/unsubscribe>"},
        )
        out.append((f"board-{name}-{lang}-{i:02d}.eml", data))
    return out


def everyday_family(
    name: str, kind: str, subjects: dict[str, list[str]], bodies: dict[str, list[str]], lang: str, count: int
) -> list[tuple[str, bytes]]:
    out = []
    for i in range(count):
        r = seeded_rng("everyday", name, lang, i)
        f = Filler(r, lang, name)
        who = r.choice(L.RECRUITERS[lang])
        wfirst, _, wlast = who.partition(" ")
        domain = {
            "rental": "immo-service.example",
            "loan": "bank.example",
            "admission": "uni.example",
            "club": "club.example",
            "shop": "shop.example",
            "friends": "gmail.com",
            "newsletter": "news.example",
        }[name]
        paras = [f(r.choice(L.GREET[lang])), f(r.choice(bodies[lang])), who]
        data = make_message(
            label="not_rejection",
            kind=kind,
            lang=lang,
            group=f"gen-everyday-{name}-{lang}",
            style=f"everyday-{name}",
            sender=(who, f"{slug(wfirst)}.{slug(wlast)}@{domain}"),
            to=(f.values["full"], f.email),
            subject=f(r.choice(subjects[lang])),
            paras=paras,
            footer=[],
            r=r,
            html_share=0.4,
            brand=who,
        )
        out.append((f"{name}-{lang}-{i:02d}.eml", data))
    return out


def all_jobs() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for style in STYLES:
        for kind, count in ATS_PLAN.items():
            for lang in style.langs:
                n = count + (1 if lang in ("en", "de") else 0)
                out += ats_family(style, kind, lang, n)
    for lang in L.LANGS:
        out += personal_family("warm-rejection", "after_interview", lang, P.WARM_REJECTION[lang], 26)
        out += personal_family(
            "agency-passed", "after_interview", lang, P.AGENCY_PASSED[lang], 12, agency=True
        )
        out += personal_family("reconnect", "recruiter_outreach", lang, P.RECONNECT[lang], 16)
        out += personal_family("outreach", "recruiter_outreach", lang, P.OUTREACH[lang], 10, agency=True)
        out += friend_forward_family(lang, 14)
        out += personal_family("terse-rejection", "after_interview", lang, P.TERSE_REJECTION[lang], 16)
        for kind, pools in P.TERSE_BY_KIND.items():
            out += personal_family(f"terse-{kind.replace('_', '-')}", kind, lang, pools[lang], 14)
        out += board_family(lang, 16, digest=False)
        out += board_family(lang, 16, digest=True)
        out += board_family(lang, 14, digest=False, rejected=True)
    return out


def all_everyday() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for name, kind, subjects, bodies in P.EVERYDAY:
        for lang in L.LANGS:
            out += everyday_family(name, kind, subjects, bodies, lang, 18)
    return out


def _body_key(data: bytes) -> str:
    """The message's text without its headers: two messages that say the same are written once."""
    import email

    msg = email.message_from_bytes(data, policy=POLICY)
    body = msg.get_body(preferencelist=("plain",))
    return hashlib.sha256(str(body.get_content() if body else "").strip().encode()).hexdigest()


def write(directory: Path, items: list[tuple[str, bytes]]) -> int:
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    seen: set[str] = set()
    bodies: set[str] = set()
    for name, data in items:
        assert name not in seen, name
        seen.add(name)
        key = _body_key(data)
        if key in bodies:
            continue
        bodies.add(key)
        (directory / name).write_bytes(data)
    return len(bodies)


def main() -> int:
    n_jobs = write(JOBS, all_jobs())
    n_everyday = write(EVERYDAY, all_everyday())
    print(f"wrote {n_jobs} job messages to {JOBS} and {n_everyday} ordinary messages to {EVERYDAY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
