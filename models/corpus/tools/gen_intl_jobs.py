#!/usr/bin/env python3
"""Build the German / French / Spanish job-mail corpus in models/corpus/intl-jobs/.

Every message text below was written by hand for this corpus; the code only wraps the text in
RFC 5322 / MIME (headers, dates with the right weekday and UTC offset, Message-IDs, HTML skins for
the HTML and multipart/alternative variants, charsets and transfer encodings).

Run:  python models/corpus/tools/gen_intl_jobs.py
It rewrites every *.eml in models/corpus/intl-jobs/ deterministically.

Conventions in the message table:
  R(...) -> label rejection, N(...) -> label not_rejection
  to=     seeker key from SEEKERS (or (key, override_address))
  {{first}} {{last}} {{full}} {{sgh}} {{hf}} {{lieb}} {{fr}} {{es}} {{email}} are filled from the seeker
  group=  None -> own hand-written group "<lang>-h-<NNNN>"; families share one explicit group
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
import hashlib
import html as htmlmod
import random
import re
import sys
import uuid
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from corpus_common import (
    ALNUM,
    CORPUS,
    gmail_message_id,
    local_datetime,
    random_chars,
    random_hex,
    seeded_rng64,
)

OUT = CORPUS / "intl-jobs"

# key: (first, last, gender, address)
SEEKERS = {
    "jonas": ("Jonas", "Weber", "m", "jonas.weber@gmx.de"),
    "lena": ("Lena", "Hoffmann", "f", "lena.hoffmann@web.de"),
    "aylin": ("Aylin", "Demir", "f", "aylin.demir@gmail.com"),
    "mehmet": ("Mehmet", "Kaya", "m", "m.kaya89@outlook.de"),
    "katarzyna": ("Katarzyna", "Nowak", "f", "k.nowak@posteo.de"),
    "piotr": ("Piotr", "Wiśniewski", "m", "piotr.wisniewski@gmail.com"),
    "yasmin": ("Yasmin", "Haddad", "f", "yasmin.haddad@mailbox.org"),
    "omar": ("Omar", "Al-Khatib", "m", "omar.alkhatib@gmx.net"),
    "sophie": ("Sophie", "Krämer", "f", "sophie.kraemer@t-online.de"),
    "tobias": ("Tobias", "Schäfer", "m", "tobias.schaefer@icloud.com"),
    "merve": ("Merve", "Yıldız", "f", "merve.yildiz@web.de"),
    "lukas": ("Lukas", "Brandt", "m", "lukas.brandt@posteo.de"),
    "hannah": ("Hannah", "Vogel", "f", "hannah.vogel94@gmail.com"),
    "felix": ("Felix", "Neumann", "m", "felix.neumann@gmx.de"),
    "julia": ("Julia", "Zielińska", "f", "julia.zielinska@outlook.com"),
    "emre": ("Emre", "Aksoy", "m", "emre.aksoy@gmail.com"),
    "nour": ("Nour", "El-Sayed", "f", "nour.elsayed@gmx.de"),
    "marie": ("Marie", "Lindner", "f", "marie.lindner@web.de"),
    "david": ("David", "Roth", "m", "d.roth@mailbox.org"),
    "annika": ("Annika", "Petersen", "f", "annika.petersen@t-online.de"),
    "karim": ("Karim", "Mansour", "m", "karim.mansour@outlook.de"),
    "zeynep": ("Zeynep", "Arslan", "f", "zeynep.arslan@gmail.com"),
    "michal": ("Michał", "Kowalczyk", "m", "michal.kowalczyk@gmx.de"),
    "friederike": ("Friederike", "Hagen", "f", "f.hagen@posteo.de"),
    "stefan": ("Stefan", "Wagner", "m", "stefan.wagner73@t-online.de"),
    "leonie": ("Leonie", "Becker", "f", "leonie.becker@gmail.com"),
    "camille": ("Camille", "Durand", "f", "camille.durand@orange.fr"),
    "thomas": ("Thomas", "Lefèvre", "m", "thomas.lefevre@gmail.com"),
    "ines": ("Inès", "Benali", "f", "ines.benali@yahoo.fr"),
    "julien": ("Julien", "Moreau", "m", "julien.moreau@free.fr"),
    "chloe": ("Chloé", "Garnier", "f", "chloe.garnier@laposte.net"),
    "mehdi": ("Mehdi", "Bouzid", "m", "mehdi.bouzid@hotmail.fr"),
    "lucia": ("Lucía", "Fernández", "f", "lucia.fernandez.g@gmail.com"),
    "javier": ("Javier", "Ruiz Ortega", "m", "javier.ruiz.ortega@hotmail.es"),
    "carmen": ("Carmen", "Morales", "f", "carmen.morales@outlook.es"),
    "diego": ("Diego", "Herrera", "m", "diegoherrera.mx@gmail.com"),
    "valentina": ("Valentina", "Castro", "f", "vale.castro@gmail.com"),
    "andres": ("Andrés", "Gómez", "m", "andres.gomez.r@yahoo.com"),
    "sofia": ("Sofía", "Ramírez", "f", "sofia.ramirez@outlook.com"),
}

TZ_DEFAULT = {"de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid", "en": "Europe/London"}
ATS_DOMAINS = (
    "personio",
    "softgarden",
    "dvinci",
    "rexx",
    "greenhouse",
    "workable",
    "teamtailor",
    "stepstone",
    "xing",
    "linkedin",
    "successfactors",
    "myworkday",
    "workday",
    "indeed",
    "smartrecruiters",
    "join.com",
    "recruitee",
    "lever",
    "welcometothejungle",
    "infojobs",
    "occ",
    "computrabajo",
    "bumeran",
    "apec",
    "hellowork",
    "francetravail",
    "jobware",
    "kununu",
    "umantis",
    "haufe",
    "onlyfy",
    "concludis",
    "lumesse",
    "taleo",
    "icims",
    "cornerstone",
    "bewerbung",
    "karriere",
    "jobs",
    "noreply",
    "no-reply",
)

M: list[dict] = []
YEAR_OK: set = set()  # (file, year) pairs checked by hand


def _add(label, lang, kind, slug, **kw):
    kw.update(label=label, lang=lang, kind=kind, slug=slug)
    M.append(kw)


def R(lang, kind, slug, **kw):
    _add("rejection", lang, kind, slug, **kw)


def N(lang, kind, slug, **kw):
    _add("not_rejection", lang, kind, slug, **kw)


# ----------------------------------------------------------------------------------------------
# helpers
def seeker(to):
    if isinstance(to, tuple):
        key, addr = to
        first, last, g, _ = SEEKERS[key]
        return first, last, g, addr
    return SEEKERS[to]


def fill(text: str, to) -> str:
    if text is None or to is None:
        return text
    first, last, g, addr = seeker(to)
    rep = {
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "email": addr,
        "sgh": "Sehr geehrter Herr" if g == "m" else "Sehr geehrte Frau",
        "hf": "Herr" if g == "m" else "Frau",
        "lieb": "Lieber" if g == "m" else "Liebe",
        "fr": "Monsieur" if g == "m" else "Madame",
        "es": "Estimado" if g == "m" else "Estimada",
        "esq": "Querido" if g == "m" else "Querida",
        "sr": "Sr." if g == "m" else "Sra.",
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m_: rep[m_.group(1)], text)


def to_header(to, r: random.Random, style=None) -> str:
    first, last, g, addr = seeker(to)
    style = style or r.choices(["full", "bare", "lastfirst"], [65, 25, 10])[0]
    if style == "bare":
        return addr
    if style == "lastfirst":
        return email.utils.formataddr((f"{last}, {first}", addr))
    return email.utils.formataddr((f"{first} {last}", addr))


def pick_date(slug, kind, tzname, r):
    start = dt.date(2023, 1, 9)
    days = (dt.date(2026, 11, 20) - start).days
    while True:
        d = start + dt.timedelta(days=r.randrange(days))
        if kind in ("job_alert", "newsletter_or_advice") or d.weekday() < 5:
            break
    if kind == "job_alert":
        h, mi = r.choice([5, 6, 6, 7, 8, 18]), r.randrange(60)
    else:
        h = r.choices(
            [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21], [2, 6, 9, 10, 9, 5, 7, 9, 9, 7, 5, 3, 2, 1]
        )[0]
        mi = r.randrange(60)
    return dt.datetime(d.year, d.month, d.day, h, mi, r.randrange(60), tzinfo=ZoneInfo(tzname))


def parse_date(s, tzname, r):
    return local_datetime(s, tzname, r.randrange(60))


def domain_of(addr_header: str) -> str:
    addr = email.utils.parseaddr(addr_header)[1]
    return addr.split("@")[-1].lower()


def is_ats(dom: str, frm: str) -> bool:
    low = (dom + " " + email.utils.parseaddr(frm)[1]).lower()
    return any(a in low for a in ATS_DOMAINS)


def make_mid(dom: str, r: random.Random, style=None) -> str:

    def hx(n: int) -> str:
        return random_hex(r, n)

    def an(n: int) -> str:
        return random_chars(r, ALNUM, n)

    if style is None:
        if dom in ("gmail.com", "googlemail.com"):
            style = "gmail"
        elif dom.startswith(("outlook.", "hotmail.", "live.")):
            style = "outlook"
        elif dom in ("icloud.com", "me.com"):
            style = "apple"
        elif dom in (
            "gmx.de",
            "gmx.net",
            "web.de",
            "t-online.de",
            "posteo.de",
            "mailbox.org",
            "orange.fr",
            "free.fr",
            "laposte.net",
            "yahoo.fr",
            "yahoo.com",
        ):
            style = "domain"
        elif dom.endswith(
            (
                ".fr",
                ".es",
                ".de",
                ".net",
                ".com",
                ".org",
                ".eu",
                ".at",
                ".ch",
                ".io",
                ".mx",
                ".ar",
                ".co",
                ".cl",
                ".be",
            )
        ):
            style = r.choice(["outlook", "outlook", "domain", "uuid", "gmail"])
        else:
            style = "domain"
    if style == "gmail":
        return gmail_message_id(r, ALNUM, 42)
    if style == "outlook":
        box = f"{r.choice(['AM0', 'DB9', 'FR2', 'BE1', 'VI1', 'PA4', 'AS8'])}PR{r.randrange(1, 10):02d}MB{r.randrange(1000, 9999)}"
        return f"<{box}{an(22).upper()}@{box}.eurprd{r.randrange(1, 9):02d}.prod.outlook.com>"
    if style == "ses":
        return f"<0102018{hx(1)}{hx(8)}-{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}-000000@eu-central-1.amazonses.com>"
    if style == "uuid":
        return f"<{uuid.UUID(int=r.getrandbits(128))}@{dom}>"
    if style == "apple":
        return f"<{str(uuid.UUID(int=r.getrandbits(128))).upper()}@{dom}>"
    return f"<{hx(16)}.{r.randrange(10**6, 10**7)}@{dom}>"


# ----------------------------------------------------------------------------------------------
# HTML skins (markup only; the words come from the message text)
PALETTE = [
    "#0b5394",
    "#c0392b",
    "#1e7b4f",
    "#6a1b9a",
    "#e67e22",
    "#004d61",
    "#b7950b",
    "#283593",
    "#ad1457",
    "#00796b",
    "#37474f",
    "#d35400",
]
FOOT = {
    "de": (
        "Impressum",
        "Datenschutz",
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
    ),
    "fr": (
        "Mentions légales",
        "Politique de confidentialité",
        "Ce message a été envoyé automatiquement, merci de ne pas y répondre.",
    ),
    "es": (
        "Aviso legal",
        "Política de privacidad",
        "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.",
    ),
    "en": ("Imprint", "Privacy", "This is an automated message. Please do not reply."),
}
URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def _inline(s: str) -> str:
    s = htmlmod.escape(s, quote=False)
    s = URL_RE.sub(lambda m_: f'<a href="{m_.group(1)}" target="_blank">{m_.group(1)}</a>', s)
    return s


def paras(text: str):
    """Split plain text into blocks: ('p', lines) or ('quote', lines)."""
    blocks, cur, curq = [], [], []
    for line in text.split("\n"):
        if line.startswith(">"):
            if cur:
                blocks.append(("p", cur))
                cur = []
            curq.append(line[1:].lstrip(" ") if not line.startswith(">>") else line[1:])
            continue
        if curq:
            blocks.append(("quote", curq))
            curq = []
        if not line.strip():
            if cur:
                blocks.append(("p", cur))
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(("p", cur))
    if curq:
        blocks.append(("quote", curq))
    return blocks


def html_body_blocks(text, pstyle="margin:0 0 14px 0;", tag="p", quote_cls="gmail_quote"):
    out = []
    for kind, lines in paras(text):
        if kind == "quote":
            inner = html_body_blocks("\n".join(lines), pstyle, tag, quote_cls)
            out.append(
                f'<blockquote class="{quote_cls}" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n{inner}\n</blockquote>'
            )
        elif all(ln.lstrip().startswith(("- ", "• ", "* ")) for ln in lines) and len(lines) > 1:
            items = "\n".join(f"  <li>{_inline(ln.lstrip()[2:])}</li>" for ln in lines)
            out.append(f'<ul style="{pstyle}padding-left:20px">\n{items}\n</ul>')
        else:
            out.append(f'<{tag} style="{pstyle}">' + "<br>\n".join(_inline(ln) for ln in lines) + f"</{tag}>")
    return "\n".join(out)


def skin_card(text, spec, r):
    co = spec.get("co_card") or spec.get("co") or "Karriere"
    lang = spec["lang"]
    color = spec.get("color") or r.choice(PALETTE)
    dom = spec.get("site") or domain_of(spec["frm"])
    imp, ds, auto = FOOT[lang]
    foot = spec.get("foot")
    foot_html = ("<br>\n".join(_inline(ln) for ln in foot.split("\n")) + "<br><br>\n") if foot else ""
    font = r.choice(
        [
            "Arial,Helvetica,sans-serif",
            "'Segoe UI',Roboto,Arial,sans-serif",
            "Helvetica Neue,Helvetica,Arial,sans-serif",
            "Verdana,Geneva,sans-serif",
        ]
    )
    powered = spec.get("powered")
    powered_html = f'<br>\n<span style="color:#aaa">{htmlmod.escape(powered)}</span>' if powered else ""
    body = html_body_blocks(text, "margin:0 0 16px 0;font-size:15px;line-height:1.5;color:#333;")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={spec.get("charset", "utf-8")}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{htmlmod.escape(spec["subject_filled"])}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;font-family:{font};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:6px;">
<tr><td style="background-color:{color};padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold;border-radius:6px 6px 0 0;">{htmlmod.escape(co)}</td></tr>
<tr><td style="padding:28px 28px 12px 28px;">
{body}
</td></tr>
<tr><td style="padding:16px 28px 24px 28px;border-top:1px solid #e5e7eb;font-size:11px;line-height:1.5;color:#8a8f98;">
{foot_html}<a href="https://www.{dom}/impressum" style="color:#8a8f98;">{imp}</a> &middot; <a href="https://www.{dom}/datenschutz" style="color:#8a8f98;">{ds}</a><br>
{auto}{powered_html}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def skin_outlook(text, spec, r):
    lang = spec["lang"]
    lcode = {"de": "DE", "fr": "FR", "es": "ES", "en": "EN-US"}[lang]
    body = html_body_blocks(text, "", "p class=MsoNormal", "MsoQuote").replace("</p class=MsoNormal>", "</p>")
    body = body.replace('<p class=MsoNormal style="">', "<p class=MsoNormal>")
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={spec.get("charset", "utf-8")}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink {{mso-style-priority:99; color:#0563C1; text-decoration:underline;}}
span.E-MailFormatvorlage17 {{mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang={lcode} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class=WordSection1>
{body.replace("</p>", "</p>" + chr(10) + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")}
</div>
</body>
</html>
"""


def skin_gmail(text, spec, r):
    out = []
    for kind, lines in paras(text):
        if kind == "quote":
            out.append(
                '<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + "<br>".join(_inline(ln) for ln in lines)
                + "</blockquote></div>"
            )
        else:
            out.append("<div>" + "<br>".join(_inline(ln) for ln in lines) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


def skin_simple(text, spec, r):
    font = r.choice(
        ["Arial, sans-serif", "Tahoma, sans-serif", "Georgia, serif", "Calibri, Arial, sans-serif"]
    )
    body = html_body_blocks(text, "")
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset={spec.get("charset", "utf-8")}"></head>
<body style="font-family:{font}; font-size:10pt">
{body}
</body>
</html>
"""


def skin_apple(text, spec, r):
    out = []
    for kind, lines in paras(text):
        if kind == "quote":
            out.append(
                '<blockquote type="cite">' + "<br>".join(_inline(ln) for ln in lines) + "</blockquote>"
            )
        else:
            out.append("<div>" + "<br>".join(_inline(ln) for ln in lines) + "</div>")
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body dir="auto">' + "<div><br></div>".join(out) + "</body></html>\n"
    )


SKINS = {
    "card": skin_card,
    "outlook": skin_outlook,
    "gmail": skin_gmail,
    "simple": skin_simple,
    "apple": skin_apple,
}


def html_to_text(h: str) -> str:
    """Very small HTML -> text for multipart/alternative mails whose HTML was written directly."""
    h = re.sub(r"(?is)<(style|title|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", h)
    h = re.sub(r"(?i)<li[^>]*>", "- ", h)
    h = re.sub(r"(?i)<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 [\1]", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmlmod.unescape(h)
    lines = [ln.strip() for ln in h.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# ----------------------------------------------------------------------------------------------
def build(spec: dict, n: int) -> tuple[str, bytes]:
    lang, slug = spec["lang"], spec["slug"]
    r = seeded_rng64(slug, n)
    tzname = spec.get("tz") or TZ_DEFAULT[lang]
    to = spec.get("to")
    date = (
        parse_date(spec["date"], tzname, r) if spec.get("date") else pick_date(slug, spec["kind"], tzname, r)
    )
    subject = fill(spec["subj"], to)
    spec["subject_filled"] = subject
    body = fill(spec.get("body"), to)
    html = fill(spec.get("html"), to)
    fmt = spec.get("fmt", "plain")
    charset = spec.get("charset", "utf-8")
    frm = spec["frm"]
    dom = domain_of(frm)

    msg = EmailMessage(policy=email.policy.default)
    group = spec.get("group") or f"{lang}-h-{n:04d}"
    msg["X-Corpus-Label"] = spec["label"]
    msg["X-Corpus-Kind"] = spec["kind"]
    msg["X-Corpus-Language"] = lang
    msg["X-Corpus-Group"] = group
    msg["Date"] = email.utils.format_datetime(date)
    msg["From"] = frm
    if spec.get("sender"):
        msg["Sender"] = spec["sender"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    if to is not None:
        msg["To"] = spec.get("to_hdr") or to_header(to, r, spec.get("to_style"))
    elif spec.get("to_hdr"):
        msg["To"] = spec["to_hdr"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = subject
    mid_style = spec.get("mid_style") or (
        r.choice(["ses", "ses", "uuid", "domain"]) if is_ats(dom, frm) else None
    )
    msg["Message-ID"] = spec.get("mid") or make_mid(dom, r, mid_style)
    if spec.get("thread"):
        # thread: list of (address-domain, style) for the earlier messages; newest last
        refs = [make_mid(d, seeded_rng64(slug, "ref", i), st) for i, (d, st) in enumerate(spec["thread"])]
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    ats = is_ats(dom, frm)
    if spec.get("auto", spec["kind"] in ("job_alert",) or (ats and r.random() < 0.55)):
        msg["Auto-Submitted"] = "auto-generated"
    if spec.get("list"):
        list_id, unsub = spec["list"]
        msg["List-Id"] = list_id
        msg["List-Unsubscribe"] = unsub
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = "bulk"
    for k, v in (spec.get("hdr") or {}).items():
        msg[k] = v
    if spec.get("xmailer"):
        msg["X-Mailer"] = spec["xmailer"]

    cte = spec.get("cte") or r.choices(["quoted-printable", "8bit", "base64"], [60, 32, 8])[0]
    if charset.lower().startswith("iso-8859") and cte == "8bit" and not spec.get("cte"):
        cte = "quoted-printable"
    skin = spec.get("skin") or ("card" if ats else r.choice(["outlook", "outlook", "simple", "gmail"]))
    if dom in ("gmail.com", "googlemail.com") and not spec.get("skin"):
        skin = "gmail"

    if fmt == "plain":
        if body is None:
            body = html_to_text(html)
        msg.set_content(body, charset=charset, cte=cte)
    else:
        if html is None:
            html = SKINS[skin](body, spec, r)
        if fmt == "html":
            msg.set_content(html, subtype="html", charset=charset, cte=cte)
        elif fmt == "alt":
            plain = body if body is not None else html_to_text(html)
            msg.set_content(plain, charset=charset, cte=cte)
            msg.add_alternative(
                html,
                subtype="html",
                charset=charset,
                cte=spec.get("cte_html") or r.choice(["quoted-printable", "quoted-printable", "base64"]),
            )
        else:
            raise ValueError(fmt)
    if msg.is_multipart():
        hx = "".join(r.choice("0123456789abcdef") for _ in range(12))
        msg.set_boundary(
            {
                "gmail": f"000000000000{hx}",
                "outlook": f"_000_{hx.upper()}_",
                "apple": f"Apple-Mail={str(uuid.UUID(int=r.getrandbits(128))).upper()}",
            }.get(
                skin,
                f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}",
            )
        )
    name = f"{n:04d}-{lang}-{slug}.eml"
    data = refold_headers(msg.as_bytes(policy=NOFOLD))
    back = email.message_from_bytes(data, policy=email.policy.default)
    if str(back["Subject"]) != subject:
        raise SystemExit(f"{name}: subject does not round-trip: {str(back['Subject'])!r} != {subject!r}")
    return name, data


# Python's header folder can split an encoded word inside a word ("Vall ées") or double a space;
# serialise unfolded and fold long header lines only at existing whitespace, as mail clients do.
NOFOLD = email.policy.default.clone(max_line_length=998)


EW_RE = re.compile(rb"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")


def _split_long_ew(m_) -> bytes:
    tok = m_.group(0)
    if len(tok) <= 75:
        return tok
    import email.header

    ((raw, cs),) = email.header.decode_header(tok.decode("ascii"))
    text = raw.decode(cs)
    enc = email.header.Header(text, cs, maxlinelen=74).encode(linesep="\n")
    return " ".join(x.strip() for x in enc.split("\n")).encode("ascii")


def refold_headers(data: bytes, width: int = 78) -> bytes:
    head, sep, body = data.partition(b"\n\n")
    head = EW_RE.sub(_split_long_ew, head)
    out = []
    for line in head.split(b"\n"):
        if len(line) <= width:
            out.append(line)
            continue
        words = line.split(b" ")
        cur = b" ".join(words[:2])  # never break right after the field name
        for w in words[2:]:
            if len(cur) + 1 + len(w) > width and cur.strip():
                out.append(cur)
                cur = b" " + w
            else:
                cur += b" " + w
        out.append(cur)
    return b"\n".join(out) + sep + body


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    seen = set()
    for n, spec in enumerate(M, start=1):
        if spec["slug"] in seen:
            raise SystemExit(f"duplicate slug {spec['slug']}")
        seen.add(spec["slug"])
        for key in ("body", "html", "subj"):
            t = spec.get(key)
            if t and "{{" in fill(t, spec.get("to")) if spec.get("to") else False:
                raise SystemExit(f"unfilled placeholder in {spec['slug']}")
        name, data = build(spec, n)
        m_ = email.message_from_bytes(data, policy=email.policy.default)
        year = email.utils.parsedate_to_datetime(m_["Date"]).year
        txt = " ".join(str(spec.get(k) or "") for k in ("subj", "body", "html"))
        for y in set(int(x) for x in re.findall(r"(?<![\d-])(202[2-7])(?!\d)", txt)):
            if not (year <= y <= year + 1) and (name, y) not in YEAR_OK:
                print(f"WARNING {name}: mentions {y} but dated {year}", file=sys.stderr)
        (OUT / name).write_bytes(data)
    print(f"wrote {len(M)} messages to {OUT}")
    return 0


# ==============================================================================================
# THE MESSAGES
# ==============================================================================================
def joblist_html(brand, color, intro_html, jobs, footer_html, lang="de", button="Job ansehen"):
    """jobs: list of (title, company, place, note, url)."""
    rows = []
    for title, company, place, note, url in jobs:
        rows.append(f"""<tr><td style="padding:14px 0;border-bottom:1px solid #e6e6e6;">
<a href="{url}" style="font-size:16px;font-weight:bold;color:{color};text-decoration:none;">{htmlmod.escape(title)}</a><br>
<span style="font-size:14px;color:#333;">{htmlmod.escape(company)}</span><br>
<span style="font-size:13px;color:#777;">{htmlmod.escape(place)}{(" &middot; " + htmlmod.escape(note)) if note else ""}</span><br>
<a href="{url}" style="display:inline-block;margin-top:6px;font-size:13px;color:{color};">{htmlmod.escape(button)} &rsaquo;</a>
</td></tr>""")
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#eef0f3;font-family:Arial,Helvetica,sans-serif;">
<center>
<table width="100%" cellpadding="0" cellspacing="0" style="max-width:620px;background:#ffffff;">
<tr><td style="padding:16px 24px;background:{color};color:#fff;font-size:22px;font-weight:bold;">{htmlmod.escape(brand)}</td></tr>
<tr><td style="padding:20px 24px 4px 24px;font-size:15px;color:#222;line-height:1.45;">{intro_html}</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="0" cellspacing="0">
{chr(10).join(rows)}
</table></td></tr>
<tr><td style="padding:20px 24px;font-size:11px;color:#888;line-height:1.5;">{footer_html}</td></tr>
</table>
</center>
</body></html>
"""


def joblist_text(intro, jobs, outro, button="Job ansehen"):
    out = [intro.strip(), ""]
    for title, company, place, note, url in jobs:
        out.append(title)
        out.append(f"{company} – {place}" + (f" – {note}" if note else ""))
        out.append(f"{button}: {url}")
        out.append("")
    out.append(outro.strip())
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# German rejections after application (hand-written, one group each)
# ---------------------------------------------------------------------------------------------

R(
    "de",
    "after_application",
    "absage-data-engineer-nordwind",
    fmt="html",
    skin="card",
    co="Nordwind Energiesysteme GmbH",
    frm="Nordwind Energiesysteme | Recruiting <karriere@nordwind-energiesysteme.de>",
    to="jonas",
    subj="Ihre Bewerbung als Data Engineer (m/w/d)",
    date="2024-03-12 10:22",
    body="""{{sgh}} {{last}},

vielen Dank für Ihr Interesse an der Nordwind Energiesysteme GmbH und die Zeit, die Sie in Ihre Bewerbung als Data Engineer (m/w/d) investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Wir haben sehr viele qualifizierte Zuschriften erhalten und uns nach sorgfältiger Prüfung für Bewerber:innen entschieden, deren Erfahrung mit Streaming-Plattformen noch etwas besser zu unseren aktuellen Projekten passt.

Diese Entscheidung ist keine Bewertung Ihrer fachlichen oder persönlichen Qualifikation. Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Nordwind Energiesysteme GmbH
Am Sandtorkai 41 · 20457 Hamburg
""",
)

R(
    "de",
    "after_application",
    "absage-pflegefachkraft-st-elisabeth",
    co="Klinikum St. Elisabeth Marienfeld",
    frm="Personalabteilung Klinikum St. Elisabeth <bewerbung@klinikum-st-elisabeth-marienfeld.de>",
    to="merve",
    subj="Ihre Bewerbung – Pflegefachkraft Intensivstation (Kennziffer 2023-117)",
    body="""Sehr geehrte Frau Yıldız,

wir bedanken uns für Ihre Bewerbung als Pflegefachkraft für unsere interdisziplinäre Intensivstation.

Nach Durchsicht Ihrer Unterlagen müssen wir Ihnen heute leider eine Absage erteilen. Für diese Position setzen wir die abgeschlossene Fachweiterbildung Intensiv- und Anästhesiepflege voraus, die aus Ihren Unterlagen nicht hervorgeht.

Gerne möchten wir Sie aber auf unsere Normalstationen hinweisen – dort suchen wir laufend Verstärkung. Aktuelle Ausschreibungen finden Sie auf unserer Karriereseite.

Ihre Bewerbungsunterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von sechs Monaten vernichten.

Mit freundlichen Grüßen
i. A. Birgit Lohmeyer
Personalabteilung

Klinikum St. Elisabeth Marienfeld gGmbH
Kirchstraße 12–16, 33428 Marienfeld
Geschäftsführer: Dr. med. Heiner Pott
Amtsgericht Gütersloh HRB 5521
""",
)

R(
    "de",
    "after_application",
    "du-absage-product-designer-fluxbeat",
    co="Fluxbeat GmbH",
    frm="Carla von Fluxbeat <jobs@fluxbeat.io>",
    to="jonas",
    subj="Deine Bewerbung bei Fluxbeat 🎧",
    fmt="alt",
    skin="card",
    color="#ff4f64",
    body="""Hey Jonas,

danke dir für deine Bewerbung als Product Designer bei Fluxbeat und für die Mühe, die du dir mit deinem Portfolio gemacht hast – das hat man gemerkt!

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende leider anders entschieden. Für die Rolle suchen wir gerade jemanden mit mehr Erfahrung im Bereich Mobile Apps und Design Systems.

Fühl dich bitte nicht entmutigt. Wir wachsen weiter, und vielleicht passt es ja beim nächsten Mal besser. Folg uns gern auf LinkedIn, da posten wir neue Stellen zuerst.

Alles Gute für deine Suche!
Carla
People & Culture @ Fluxbeat
""",
)

R(
    "de",
    "after_application",
    "absage-ausbildung-industriekaufmann-haller",
    co="Haller Antriebstechnik GmbH & Co. KG",
    frm="Ausbildung Haller <ausbildung@haller-antriebstechnik.de>",
    to="emre",
    subj="Ihre Bewerbung um einen Ausbildungsplatz 2025",
    body="""Hallo Herr Aksoy,

vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz als Industriekaufmann (m/w/d) zum 1. August 2025 und für Ihr Interesse an unserem Familienunternehmen.

Wir haben in diesem Jahr wieder sehr viele Bewerbungen bekommen, aber nur drei Ausbildungsplätze im kaufmännischen Bereich. Deshalb können wir Ihnen leider keinen Platz anbieten.

Lassen Sie sich davon bitte nicht entmutigen – Ihre Unterlagen waren ordentlich und vollständig. Wir drücken Ihnen die Daumen, dass es bei einem anderen Betrieb klappt.

Ihre Unterlagen senden wir Ihnen nicht zurück; die digitalen Daten werden nach Abschluss des Verfahrens gelöscht.

Freundliche Grüße aus Bielefeld
Sandra Meier
Ausbildungsleitung

Haller Antriebstechnik GmbH & Co. KG | Eckendorfer Str. 88 | 33609 Bielefeld
Sitz der Gesellschaft: Bielefeld | Registergericht: AG Bielefeld HRA 14472
Persönlich haftende Gesellschafterin: Haller Verwaltungs-GmbH, AG Bielefeld HRB 39901
Geschäftsführer: Jörg Haller, Dr. Anne Haller-Ruppert
""",
)

R(
    "de",
    "after_application",
    "kurz-absage-sachbearbeiter",
    co="Bremer Hafenlogistik AG",
    frm="Recruiting Bremer Hafenlogistik <recruiting@bremer-hafenlogistik.de>",
    to="stefan",
    subj="Absage",
    body="""Sehr geehrter Herr Wagner,

vielen Dank für Ihre Bewerbung als Sachbearbeiter Zollabwicklung. Wir haben uns für einen anderen Bewerber entschieden.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Bremer Hafenlogistik AG
Personalwesen
""",
)

R(
    "de",
    "after_application",
    "werkstudent-marketing-absage-ohne-leider",
    co="Kornblume Naturkosmetik GmbH",
    frm="Kornblume Naturkosmetik <people@kornblume-naturkosmetik.de>",
    to="hannah",
    subj="Rückmeldung zu deiner Bewerbung als Werkstudentin Social Media",
    body="""Hallo Hannah,

schön, dass du dich für die Werkstudentenstelle im Social-Media-Team beworben hast.

Wir haben nun alle Bewerbungen gesichtet und uns für eine Kandidatin entschieden, die bereits Erfahrung mit TikTok-Kampagnen im Beauty-Bereich mitbringt. Deshalb wird es dieses Mal nicht klappen.

Danke für deine kreative Bewerbung – besonders dein Moodboard hat uns gefallen. Wir wünschen dir viel Erfolg im Studium und bei der weiteren Suche.

Liebe Grüße
Mia Schuster
People & Culture

Kornblume Naturkosmetik GmbH · Gewerbering 7 · 79108 Freiburg im Breisgau
""",
)

R(
    "de",
    "after_application",
    "workday-absage-controller-bilingual",
    group="de-story-veritas",
    co="Veritas Pharma Deutschland GmbH",
    frm="Veritas Pharma Careers <veritaspharma@myworkday.com>",
    to="katarzyna",
    subj="Update zu Ihrer Bewerbung: Senior Controller (m/w/d) – R-0045821",
    fmt="html",
    skin="card",
    color="#003a70",
    powered="Veritas Pharma Deutschland GmbH, Frankfurt am Main",
    body="""(English version below)

Sehr geehrte/r Katarzyna Nowak,

vielen Dank für Ihre Bewerbung auf die Position Senior Controller (m/w/d) (R-0045821) in Frankfurt am Main.

Nach eingehender Prüfung Ihrer Unterlagen haben wir entschieden, andere Kandidatinnen und Kandidaten weiter im Prozess zu berücksichtigen. Wir bedanken uns für Ihr Interesse an Veritas Pharma und ermutigen Sie, sich auch künftig auf passende Stellen in unserem Karriereportal zu bewerben.

Mit freundlichen Grüßen
Talent Acquisition Team

---

Dear Katarzyna Nowak,

Thank you for applying for the Senior Controller position (R-0045821). After careful review we have decided to move forward with other candidates. We appreciate your interest in Veritas Pharma and encourage you to apply for future openings.

Kind regards
Talent Acquisition
""",
)

R(
    "de",
    "after_application",
    "successfactors-absage-lagerleitung",
    fmt="html",
    skin="card",
    group="de-story-kessler",
    co="Kessler Handelsgruppe SE",
    frm="Kessler Handelsgruppe <noreply@successfactors.eu>",
    to="mehmet",
    reply_to="karriere@kessler-handel.de",
    subj="Ihre Bewerbung als Teamleiter Lager (m/w/d) im Logistikzentrum Erfurt",
    body="""Guten Tag Herr Kaya,

wir möchten uns noch einmal herzlich für Ihre Bewerbung bedanken.

Ihr Profil haben wir mit großem Interesse gelesen und mit den Anforderungen der Stelle Teamleiter Lager (m/w/d) abgeglichen. Leider passt Ihr Profil nicht ganz zu den Anforderungen, die wir an diese Position stellen, sodass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Gerne würden wir Ihre Daten für weitere Stellenangebote in unserem Talentpool speichern. Falls Sie damit einverstanden sind, klicken Sie bitte innerhalb von 14 Tagen auf den folgenden Link:
https://career2.successfactors.eu/careers?company=kesslerhan&talentpool=optin

Andernfalls werden Ihre Daten sechs Monate nach Abschluss des Bewerbungsverfahrens automatisch gelöscht.

Mit freundlichen Grüßen

Ihr Kessler Recruiting Center

Kessler Handelsgruppe SE · Sitz: Erfurt · Registergericht Jena HRB 512837
Vorstand: Ulrich Kessler (Vors.), Petra Daum · Aufsichtsratsvorsitzender: Dr. Hans Brenner
""",
)

R(
    "de",
    "after_application",
    "greenhouse-absage-backend-mixed-en",
    co="Parcelry GmbH",
    frm="Parcelry Talent Team <no-reply@us.greenhouse-mail.io>",
    to="piotr",
    reply_to="talent@parcelry.com",
    subj="Deine Bewerbung bei Parcelry – Senior Backend Engineer (Go)",
    fmt="alt",
    skin="card",
    color="#1b1f3b",
    body="""Hi Piotr,

vielen Dank für dein Interesse an Parcelry und für deine Bewerbung als Senior Backend Engineer (Go).

Wir haben uns deine Unterlagen genau angesehen. Leider haben wir uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen, deren Erfahrung mit verteilten Systemen im Logistikumfeld noch näher an dem liegt, was das Team gerade braucht.

We know this isn't the news you were hoping for. Thanks again for your time – we'd be happy to hear from you again in the future.

Best,
Parcelry Talent Team
Berlin · Warsaw · Lisbon
""",
)

R(
    "de",
    "after_application",
    "absage-lehrkraft-privatschule",
    co="Montessori-Schulzentrum Am Lindenhof",
    frm="Schulleitung Lindenhof <verwaltung@montessori-lindenhof.de>",
    to="friederike",
    subj="Ihre Initiativbewerbung als Lehrkraft für Deutsch und Geschichte",
    body="""Sehr geehrte Frau Hagen,

herzlichen Dank für Ihre Initiativbewerbung, die wir mit Interesse gelesen haben.

Im kommenden Schuljahr sind alle Stellen in den Fächern Deutsch und Geschichte an unserer Sekundarstufe besetzt. Wir sehen daher leider keine Möglichkeit, Sie einzustellen.

Da wir die Montessori-Zusatzqualifikation bei neuen Kolleg*innen sehr schätzen und Sie diese bereits mitbringen, dürfen Sie sich gern im Frühjahr erneut melden, wenn die Planung für das übernächste Schuljahr beginnt.

Ihre Unterlagen haben wir nach Abschluss der Prüfung gelöscht.

Mit freundlichen Grüßen

Ulrike Ahrens
Schulleiterin

Montessori-Schulzentrum Am Lindenhof – Träger: Montessori Bildungsverein Oberland e.V.
Lindenhofweg 3, 82362 Weilheim i. OB
""",
)

R(
    "de",
    "after_application",
    "absage-steuerfachangestellte-kanzlei",
    co="Brandstetter & Kollegen Steuerberatungsgesellschaft mbH",
    frm="Petra Wiesinger <p.wiesinger@brandstetter-stb.de>",
    to="nour",
    subj="Ihre Bewerbung als Steuerfachangestellte",
    body="""Sehr geehrte Frau El-Sayed,

danke für Ihre Bewerbung vom 4. September, die uns sehr gefreut hat.

Wir haben uns die Entscheidung nicht leicht gemacht, uns dann aber für eine Bewerberin entschieden, die bereits mehrere Jahre mit DATEV Unternehmen online und in der Lohnbuchhaltung gearbeitet hat. Diese Erfahrung ist für unsere kleine Kanzlei im Moment entscheidend, weil wir kaum Zeit für eine längere Einarbeitung haben.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und sind sicher, dass Sie bald die passende Stelle finden.

Freundliche Grüße

Petra Wiesinger
Büroleitung

Brandstetter & Kollegen Steuerberatungsgesellschaft mbH
Maximilianstraße 22 · 93047 Regensburg
Tel. 0941 58 09 3-0
Geschäftsführer: StB Dipl.-Kfm. Georg Brandstetter
HRB 16641 Amtsgericht Regensburg
""",
)

R(
    "de",
    "after_application",
    "teamtailor-absage-customer-success",
    co="Tessellate Analytics GmbH",
    frm="Tessellate Analytics <notifications@mail.teamtailor.com>",
    reply_to="jobs@tessellate-analytics.de",
    to="aylin",
    subj="Customer Success Manager – wie es weitergeht",
    fmt="html",
    skin="card",
    color="#2d2a6e",
    powered="Gesendet über Teamtailor",
    body="""Hallo Aylin,

vielen Dank, dass du dir die Zeit genommen hast, dich bei uns als Customer Success Manager zu bewerben.

Ehrlich gesagt war die Entscheidung dieses Mal besonders knapp. Wir haben uns letztlich für eine Person entschieden, die schon länger mit Enterprise-Kund:innen im SaaS-Umfeld arbeitet. Wir werden deine Bewerbung deshalb nicht weiter berücksichtigen.

Wenn du magst, bleiben wir in Kontakt: Über unsere Karriereseite kannst du unserem Talent-Netzwerk beitreten und bekommst eine Nachricht, sobald eine ähnliche Rolle frei wird.

Viele Grüße
Dein Tessellate-Team
""",
)

R(
    "de",
    "after_application",
    "absage-promotion-biologie",
    co="Leibniz-Institut für Bodenökologie",
    frm="Prof. Dr. Martina Kühn <martina.kuehn@lib-bodenoekologie.de>",
    to="yasmin",
    subj="AW: Bewerbung Doktorandenstelle Mikrobielle Ökologie (Kennz. 07/2024)",
    thread=[("mailbox.org", "uuid")],
    body="""Liebe Frau Haddad,

vielen Dank für Ihr Interesse an der Promotionsstelle in meiner Arbeitsgruppe und Ihre ausführliche Bewerbung.

Wir hatten über 60 Bewerbungen, darunter sehr viele starke. Nach der ersten Sichtung haben wir eine kleine Auswahl zu Gesprächen eingeladen; Ihre Bewerbung war leider nicht darunter. Ausschlaggebend war vor allem, dass wir für das Projekt jemanden mit praktischer Erfahrung in Metagenom-Sequenzierung brauchen.

Ihr Masterprojekt zur Stickstofffixierung fand ich trotzdem spannend. Ich wünsche Ihnen viel Erfolg bei der weiteren Suche – es gibt in dem Bereich derzeit einige ausgeschriebene Stellen, z. B. über das DFG-Schwerpunktprogramm.

Beste Grüße
Martina Kühn

--
Prof. Dr. Martina Kühn
Abteilung Mikrobielle Ökologie
Leibniz-Institut für Bodenökologie
Theodor-Heuss-Allee 9, 06120 Halle (Saale)

Am 02.05.2024 um 22:41 schrieb Yasmin Haddad:
> Sehr geehrte Frau Prof. Kühn,
>
> anbei sende ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene Doktorandenstelle (Kennziffer 07/2024).
>
> Mit freundlichen Grüßen
> Yasmin Haddad
""",
    date="2024-05-27 08:03",
)

R(
    "de",
    "after_application",
    "absage-praktikum-kommunikation-verband",
    co="Bundesverband Erneuerbare Wärme e.V.",
    frm="Bundesverband Erneuerbare Wärme e.V. <personal@bv-erneuerbare-waerme.de>",
    to="leonie",
    subj="Ihre Bewerbung für ein Pflichtpraktikum im Bereich Presse und Kommunikation",
    body="""Sehr geehrte Frau Becker,

vielen Dank für Ihre Bewerbung um ein sechsmonatiges Pflichtpraktikum in unserer Pressestelle.

Wir mussten uns zwischen vielen interessanten Bewerbungen entscheiden und haben den Platz für das Sommersemester anderweitig vergeben. Wir bitten Sie um Verständnis.

Falls Sie auch für das Wintersemester flexibel sind, schauen Sie gern im Juli wieder auf unsere Website – dann schreiben wir die nächsten Praktikumsplätze aus.

Mit freundlichen Grüßen
Team Personal

Bundesverband Erneuerbare Wärme e.V. · Reinhardtstraße 31 · 10117 Berlin
Vereinsregister: Amtsgericht Charlottenburg VR 30218 B · Vorstand: Dr. Klaus Fink
""",
)

R(
    "de",
    "after_application",
    "absage-elektriker-handwerk",
    co="Elektro Pfeiffer GmbH",
    frm="Elektro Pfeiffer GmbH <info@elektro-pfeiffer-landshut.de>",
    to="michal",
    subj="Bewerbung Elektroniker",
    body="""Guten Tag Herr Kowalczyk,

danke für Ihre Bewerbung als Elektroniker für Energie- und Gebäudetechnik.

Leider müssen wir absagen, weil wir für die Stelle zwingend den Führerschein Klasse BE brauchen (Anhänger für die Baustellen). Den haben Sie laut Lebenslauf nicht. Sollten Sie den in nächster Zeit machen, können Sie sich gern nochmal melden.

Mit freundlichen Grüßen

Markus Pfeiffer
Elektromeister / Geschäftsführer
Elektro Pfeiffer GmbH
Dieselstr. 5 · 84030 Ergolding
Tel. 0871 / 7 39 02
""",
)

R(
    "de",
    "after_application",
    "softgarden-absage-einkauf",
    co="Albrecht Lebensmittelwerke GmbH",
    frm="Albrecht Lebensmittelwerke GmbH <no-reply@softgarden.io>",
    reply_to="bewerbung@albrecht-lebensmittel.de",
    to="tobias",
    subj="Absage: Ihre Bewerbung als Strategischer Einkäufer (m/w/d)",
    fmt="html",
    skin="card",
    color="#7a9a01",
    powered="powered by softgarden",
    body="""Guten Tag Herr Schäfer,

herzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Wir haben Ihre Unterlagen sorgfältig geprüft und mit dem Anforderungsprofil der Stelle verglichen. Bedauerlicherweise können wir Ihnen keine positive Nachricht geben: Wir haben uns für eine:n Kandidat:in entschieden, deren Profil noch besser zu unseren Anforderungen passt.

Bitte verstehen Sie unsere Entscheidung nicht als Wertung Ihrer Person. Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre Zukunft viel Erfolg.

Freundliche Grüße
Ihr Personalteam der Albrecht Lebensmittelwerke
""",
)

R(
    "de",
    "after_application",
    "dvinci-absage-verwaltung-stadtwerke",
    group="de-story-lindenau",
    fmt="html",
    skin="card",
    co="Stadtwerke Lindenau GmbH",
    frm="Stadtwerke Lindenau GmbH <recruiting@dvinci-mail.com>",
    to="annika",
    date="2024-06-19 09:22",
    subj="Ihre Bewerbung: Sachbearbeitung Forderungsmanagement (Kennziffer SWL-24-031)",
    body="""Sehr geehrte Frau Petersen,

wir danken Ihnen für Ihre Bewerbung auf die o. g. Stelle und das damit verbundene Vertrauen.

Nach Abschluss der Vorauswahl teilen wir Ihnen mit, dass wir uns für andere Bewerbende entschieden haben, die den in der Ausschreibung genannten Anforderungen in höherem Maße entsprechen. Wir bedauern, Ihnen keinen günstigeren Bescheid geben zu können.

Die Auswahlentscheidung wurde unter Beteiligung des Betriebsrates und der Gleichstellungsbeauftragten getroffen.

Ihre Bewerbungsdaten werden sechs Monate nach Abschluss des Stellenbesetzungsverfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben.

Mit freundlichen Grüßen

Stadtwerke Lindenau GmbH
Personalservice

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.
""",
)

R(
    "de",
    "after_application",
    "rexx-absage-it-support",
    co="Moosbauer Versicherungsmakler AG",
    frm="Moosbauer Versicherungsmakler AG – Bewerbermanagement <bewerbermanagement@moosbauer-ag.rexx-recruitment.com>",
    to="karim",
    subj="Rückmeldung zu Ihrer Bewerbung als IT-Supporter 1st/2nd Level",
    fmt="alt",
    skin="simple",
    body="""Sehr geehrter Herr Mansour,

nochmals vielen Dank für Ihre Bewerbung als IT-Supporter 1st/2nd Level (m/w/d) in unserer Zentrale in Augsburg.

Wir haben uns Ihre Unterlagen intensiv angesehen. Auch wenn Ihr Werdegang interessant ist, müssen wir Ihnen mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen werden.

Gerne würden wir Sie in unseren Talentpool aufnehmen, um bei künftigen Vakanzen auf Sie zukommen zu können. Ihr Einverständnis können Sie uns über Ihr Bewerberkonto geben: https://moosbauer-ag.rexx-recruitment.com/login

Wir wünschen Ihnen beruflich wie privat alles Gute.

Mit freundlichen Grüßen

Sabine Greiner
Human Resources
Moosbauer Versicherungsmakler AG
Vorstand: Thomas Moosbauer, Anja Lechner · Aufsichtsrat: Wolfgang Zink (Vorsitz)
Sitz: Augsburg · Registergericht: Amtsgericht Augsburg HRB 30741
""",
)

R(
    "de",
    "after_application",
    "absage-masterarbeit-automotive",
    fmt="html",
    skin="card",
    co="Trion Automotive Systems GmbH",
    frm="Trion Automotive Careers <careers@trion-automotive.com>",
    to="lukas",
    subj="Masterarbeit: Modellbasierte Validierung von Fahrerassistenzsystemen",
    body="""Hallo Herr Brandt,

vielen Dank für Ihre Bewerbung auf unsere ausgeschriebene Abschlussarbeit im Bereich ADAS-Validierung.

Das Thema war sehr gefragt, und wir konnten nur eine Masterandin bzw. einen Masteranden betreuen. Wir haben uns für eine Person entschieden, die bereits als Werkstudent:in bei uns im Team arbeitet. Eine Betreuung Ihrer Arbeit ist daher in diesem Semester nicht möglich.

Schauen Sie gern in unser Jobportal, dort veröffentlichen wir regelmäßig neue Themen für Abschlussarbeiten.

Freundliche Grüße
Ihr Trion Recruiting-Team

Trion Automotive Systems GmbH, Lise-Meitner-Str. 14, 85053 Ingolstadt
Geschäftsführung: Dr. Rainer Voss, Katja Emmerich – Amtsgericht Ingolstadt HRB 8802
""",
)

R(
    "de",
    "after_application",
    "absage-vertrieb-aussendienst-gender",
    fmt="alt",
    skin="outlook",
    co="Lindqvist Medizintechnik GmbH",
    frm="Lindqvist Medizintechnik HR <hr@lindqvist-medtec.de>",
    to="david",
    subj="Ihre Bewerbung als Medizinprodukteberater*in Außendienst (PLZ-Gebiet 5)",
    body="""Sehr geehrter Herr Roth,

für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit im Außendienst unseres Unternehmens danken wir Ihnen.

Wir haben viele Bewerbungen von qualifizierten Bewerber*innen erhalten. Im Vergleich haben andere Bewerber*innen mehr Erfahrung im Vertrieb von Produkten für den OP-Bereich mitgebracht. Wir haben uns daher gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden.

Wir hoffen auf Ihr Verständnis und wünschen Ihnen viel Erfolg für Ihren weiteren beruflichen Weg.

Mit freundlichen Grüßen
Jana Wolters
HR Business Partner Sales
Lindqvist Medizintechnik GmbH | Kölner Landstraße 250 | 40591 Düsseldorf
""",
)

R(
    "de",
    "after_application",
    "linkedin-easy-apply-absage",
    co="Cobaltwerk Consulting GmbH",
    frm="LinkedIn <jobs-noreply@linkedin.com>",
    to="zeynep",
    date="2025-05-27 14:44",
    subj="Ihre Bewerbung bei Cobaltwerk Consulting GmbH",
    fmt="alt",
    skin="card",
    color="#0a66c2",
    co_card="LinkedIn",
    site="linkedin.com",
    body="""Ihr Update von Cobaltwerk Consulting GmbH

Junior Consultant SAP FI/CO (m/w/d)
Cobaltwerk Consulting GmbH · Stuttgart (Hybrid)

Guten Tag Zeynep,

vielen Dank für Ihr Interesse an der Position Junior Consultant SAP FI/CO bei Cobaltwerk Consulting. Leider haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.

Wir wünschen Ihnen viel Erfolg bei der Jobsuche.

Das Cobaltwerk Consulting Recruiting-Team

Ähnliche Jobs ansehen: https://www.linkedin.com/jobs/collections/similar-jobs/

Diese E-Mail ist für Zeynep Arslan bestimmt. Sie erhalten Benachrichtigungen zu Ihren Bewerbungen.
Abmelden: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
)

R(
    "de",
    "after_application",
    "xing-absage-redakteur",
    co="Mediengruppe Oberrhein",
    frm="XING <mailrobot@mail.xing.com>",
    to="marie",
    subj="Mediengruppe Oberrhein hat auf Ihre Bewerbung geantwortet",
    fmt="html",
    skin="card",
    color="#006567",
    site="xing.com",
    body="""Hallo Marie Lindner,

es gibt Neuigkeiten zu Ihrer Bewerbung als Online-Redakteurin (m/w/d) bei der Mediengruppe Oberrhein.

Nachricht des Unternehmens:

„Sehr geehrte Frau Lindner, vielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung haben wir uns für andere Bewerberinnen und Bewerber entschieden. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute. Mit freundlichen Grüßen, Ihr Personalteam"

Ihre Bewerbung finden Sie weiterhin in Ihrer Übersicht unter „Meine Bewerbungen".

Ihr XING-Team

New Work SE · Am Strandkai 1 · 20457 Hamburg
""",
)

R(
    "de",
    "after_application",
    "stepstone-absage-kurz-status",
    co="Grünfeld Facility Services GmbH",
    frm="StepStone <notification@stepstone.de>",
    to="omar",
    subj="Status-Update zu Ihrer Bewerbung bei Grünfeld Facility Services GmbH",
    fmt="alt",
    skin="card",
    color="#0c2577",
    site="stepstone.de",
    body="""Hallo Omar Al-Khatib,

Grünfeld Facility Services GmbH hat den Status Ihrer Bewerbung aktualisiert.

Objektleiter Gebäudereinigung (m/w/d) – Köln
Status: Absage

Nachricht des Arbeitgebers:
Vielen Dank für Ihre Bewerbung. Wir haben die Stelle mit einem Bewerber besetzt, dessen Erfahrung im Krankenhausbereich besser zu unserem Objekt passt. Wir wünschen Ihnen alles Gute.

Lassen Sie sich nicht entmutigen – hier finden Sie ähnliche Jobs: https://www.stepstone.de/jobs/objektleiter/in-koeln

Ihr StepStone Team
""",
)

R(
    "de",
    "after_application",
    "absage-junior-pm-ohne-leider-neutral",
    co="Hafenkante Digital GmbH",
    frm="Hafenkante Digital <bewerbung@hafenkante-digital.de>",
    to="felix",
    subj="Deine Bewerbung als Junior Projektmanager:in",
    body="""Moin Felix,

danke für deine Bewerbung als Junior Projektmanager:in und dein Interesse an Hafenkante Digital.

Wir haben uns entschieden, den Prozess mit anderen Bewerbenden fortzusetzen. Uns ist bewusst, dass so eine Nachricht enttäuschend ist, und wir hätten dir gern etwas anderes geschrieben.

Wir speichern deine Daten nicht länger als nötig – nach sechs Monaten wird deine Bewerbung automatisch gelöscht. Wenn du möchtest, dass wir sie früher löschen, antworte einfach kurz auf diese Mail.

Mach's gut und viel Erfolg!
Tjark & Svenja
Team Hafenkante
""",
)

R(
    "de",
    "after_application",
    "absage-erzieherin-kita",
    co="Kinderland Rheinaue gGmbH",
    frm="Träger Kinderland Rheinaue <personal@kinderland-rheinaue.de>",
    to="lena",
    subj="Ihre Bewerbung als pädagogische Fachkraft (Kita Sonnenblume)",
    body="""Liebe Frau Hoffmann,

herzlichen Dank für Ihre Bewerbung als Erzieherin für unsere Kita Sonnenblume in Bonn-Beuel.

Nach Rücksprache mit der Einrichtungsleitung müssen wir Ihnen mitteilen, dass wir die Stelle an eine Kollegin vergeben, die über die Zusatzqualifikation für den U3-Bereich verfügt. Ihre Bewerbung kann daher nicht weiter berücksichtigt werden.

Wir würden uns freuen, wenn Sie unsere weiteren Ausschreibungen im Blick behalten – wir betreiben insgesamt elf Einrichtungen im Raum Bonn und suchen regelmäßig Verstärkung.

Herzliche Grüße
Gabriele Sommer
Personalreferentin

Kinderland Rheinaue gGmbH · Königswinterer Str. 180 · 53227 Bonn
Geschäftsführerin: Ingrid Kaltenbach · Amtsgericht Bonn HRB 21904
""",
)

R(
    "de",
    "after_application",
    "absage-trainee-bank-iso",
    co="Volksbank Lindenauer Land eG",
    frm="Volksbank Lindenauer Land eG <personal@vb-lindenauer-land.de>",
    to="lukas",
    subj="Ihre Bewerbung fuer das Traineeprogramm 2024",
    charset="iso-8859-15",
    body="""Sehr geehrter Herr Brandt,

vielen Dank für Ihre Bewerbung für unser Traineeprogramm Firmenkundengeschäft.

Die Auswahl ist uns nicht leicht gefallen. Nach Sichtung aller Unterlagen haben wir uns entschieden, Sie nicht zum Auswahltag einzuladen. Für das Programm haben wir Bewerberinnen und Bewerber mit Schwerpunkt Finanzierung und ersten Praxiserfahrungen im Kreditbereich bevorzugt.

Wir bedanken uns für Ihr Interesse an unserer Bank und wünschen Ihnen für Ihren weiteren Berufsweg viel Erfolg.

Mit freundlichen Grüßen

Volksbank Lindenauer Land eG
Personalmanagement

Volksbank Lindenauer Land eG, Marktplatz 3, 31582 Lindenau
Vorstand: Hartmut Lüers, Dr. Nina Reese - Aufsichtsratsvorsitzender: Jens Borchers
Genossenschaftsregister Amtsgericht Lindenau GnR 110045
""",
)

R(
    "de",
    "after_application",
    "absage-werkstudent-it-sehr-kurz",
    co="Nexora Cloud Services GmbH",
    frm="Nexora Recruiting <recruiting@nexora-cloud.de>",
    to="emre",
    subj="Werkstudent DevOps – Rückmeldung",
    body="""Hallo Emre,

danke für deine Bewerbung. Wir haben die Stelle inzwischen vergeben und melden uns deshalb heute mit einer Absage.

Viel Erfolg weiterhin!
Nexora Recruiting
""",
)

R(
    "de",
    "after_application",
    "absage-sozialarbeit-iso",
    co="Diakonisches Werk Nordheide",
    frm="Diakonisches Werk Nordheide <personalabteilung@diakonie-nordheide.de>",
    to="nour",
    subj="Ihre Bewerbung als Sozialarbeiterin / Sozialpaedagogin",
    charset="iso-8859-1",
    body="""Sehr geehrte Frau El-Sayed,

wir danken Ihnen für Ihre Bewerbung und Ihr Interesse an einer Mitarbeit in unserer Migrationsberatung.

Leider können wir Ihnen keine Zusage geben. Für die Stelle war eine staatliche Anerkennung als Sozialarbeiterin/Sozialpädagogin Voraussetzung; Ihr Abschluss befindet sich nach unserem Verständnis noch im Anerkennungsverfahren. Wir bedauern das sehr, da Ihre Sprachkenntnisse in Arabisch und Französisch für unsere Arbeit sehr wertvoll wären.

Sobald die Anerkennung vorliegt, freuen wir uns über eine erneute Bewerbung.

Mit freundlichen Grüßen

Heike Brunkhorst
Personalabteilung
Diakonisches Werk Nordheide, Am Markt 4, 21244 Buchholz i. d. Nordheide
""",
)

R(
    "de",
    "after_application",
    "join-absage-barista",
    co="Rösterei Kaffeekollektiv",
    frm="Rösterei Kaffeekollektiv via JOIN <noreply@join.com>",
    reply_to="hallo@kaffeekollektiv-leipzig.de",
    to="sophie",
    subj="Neuigkeiten zu deiner Bewerbung als Barista (Teilzeit)",
    fmt="html",
    skin="card",
    color="#4b2e1e",
    site="join.com",
    powered="Diese E-Mail wurde über JOIN versendet.",
    body="""Hi Sophie,

vielen lieben Dank für deine Bewerbung bei uns im Kaffeekollektiv!

Wir haben uns jetzt für jemanden entschieden, der schon an einer Siebträgermaschine mit Dual-Boiler gearbeitet hat und auch samstags früh kann. Deswegen wird es mit uns dieses Mal nichts.

Komm trotzdem gern auf einen Flat White vorbei ☕

Liebe Grüße aus der Südvorstadt
Paul, Ronja & das Team
""",
)

R(
    "de",
    "after_application",
    "absage-behoerde-tvoed",
    co="Landratsamt Hohenstaufen",
    frm="Landratsamt Hohenstaufen – Personal <personal@lra-hohenstaufen.de>",
    to="stefan",
    date="2023-11-14 09:40",
    subj="Stellenausschreibung Nr. 41/2023 – Sachbearbeitung Bauordnung (EG 9b TVöD)",
    body="""Sehr geehrter Herr Wagner,

wir nehmen Bezug auf Ihre Bewerbung auf die oben genannte Stellenausschreibung.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Entscheidung nicht zu Ihren Gunsten ausgefallen ist. Die Stelle wird mit einer Mitbewerberin besetzt, die über eine abgeschlossene Ausbildung für den gehobenen Verwaltungsdienst verfügt und damit dem Anforderungsprofil am besten entspricht.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist von sechs Monaten nach Abschluss des Verfahrens datenschutzgerecht vernichtet. Bei Rückfragen steht Ihnen Frau Knödler (Tel. 07171 32-4410) gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Reichle
Haupt- und Personalamt
""",
)

R(
    "de",
    "after_application",
    "workable-absage-ux-researcher",
    fmt="html",
    skin="card",
    co="Lumenhaus GmbH",
    frm="Lumenhaus GmbH <noreply@candidates.workablemail.com>",
    to="julia",
    subj="Your application at Lumenhaus / Deine Bewerbung bei Lumenhaus",
    body="""Hallo Julia,

vielen Dank für deine Bewerbung als UX Researcher (w/m/d) bei Lumenhaus.

Nach sorgfältiger Abwägung haben wir uns dazu entschieden, uns auf Kandidat*innen zu konzentrieren, die schon mehr Erfahrung mit quantitativer Forschung mitbringen. Deine Bewerbung werden wir daher nicht weiterverfolgen.

Wir haben uns sehr über dein Interesse gefreut und wünschen dir viel Erfolg.

Beste Grüße
Nele Franke
Talent Acquisition | Lumenhaus GmbH

--
Sent via Workable
""",
)

R(
    "de",
    "after_application",
    "absage-koch-hotel",
    co="Hotel Seeblick Tegernsee GmbH",
    frm="Hotel Seeblick Tegernsee <jobs@seeblick-tegernsee.de>",
    to="michal",
    subj="Ihre Bewerbung als Chef de Partie",
    body="""Servus Herr Kowalczyk,

vielen Dank für Ihre Bewerbung als Chef de Partie für unsere Saison.

Wir haben unsere Küchenbrigade für den Sommer inzwischen komplett, deshalb müssen wir Ihnen leider absagen. Ihre Erfahrung in der gehobenen Gastronomie hat uns aber gefallen – wenn Sie für die Wintersaison ab Dezember Interesse haben, melden Sie sich gern im Oktober bei uns.

Beste Grüße vom See
Andrea Gschwendtner
Personalleitung

Hotel Seeblick Tegernsee GmbH · Seestraße 60 · 83684 Tegernsee
Geschäftsführer: Maximilian Rieder · HRB 28876 AG München
""",
)

R(
    "de",
    "after_application",
    "absage-ausbildung-kfz-handschriftlich",
    co="Autohaus Brenninger",
    frm="Autohaus Brenninger <service@autohaus-brenninger.de>",
    to="karim",
    subj="Ausbildung Kfz-Mechatroniker",
    body="""Hallo Karim,

danke für deine Bewerbung als Azubi Kfz-Mechatroniker. Wir haben uns für einen anderen Bewerber entschieden, der bei uns schon das Schulpraktikum gemacht hat.

Trotzdem viel Glück und lass dich nicht hängen, Betriebe suchen gerade überall Azubis.

Gruß
Sepp Brenninger
Werkstattmeister
""",
)

R(
    "de",
    "after_application",
    "absage-senior-dev-personal-feedback-du",
    co="Quellwerk Software GmbH",
    frm="Matthias Oehler <matthias@quellwerk.dev>",
    to="piotr",
    subj="Re: Bewerbung Senior Rust Developer",
    thread=[("gmail.com", "gmail")],
    body="""Hi Piotr,

danke nochmal für deine Bewerbung und die Links zu deinen Open-Source-Sachen, hab mir das am Wochenende angeschaut.

Ich mach's kurz und ehrlich: Wir suchen für die Stelle jemanden, der schon embedded Rust auf Mikrocontrollern gemacht hat, weil wir ab Q2 die Firmware komplett umstellen. Dein Profil ist stark im Backend-Bereich, aber genau diese Erfahrung fehlt, und wir haben niemanden im Team, der das auffangen könnte. Deswegen gehen wir mit dir nicht in die nächste Runde.

Tut mir leid, dass es keine bessere Nachricht ist. Wenn wir irgendwann wieder Backend-Leute suchen, melde ich mich bei dir, wenn das für dich ok ist.

Viele Grüße
Matthias

--
Matthias Oehler · CTO
Quellwerk Software GmbH · Dresden
""",
)

R(
    "de",
    "after_application",
    "absage-tischler-kleinbetrieb",
    co="Tischlerei Holzmanufaktur Wendt",
    frm="Tischlerei Wendt <kontakt@holzmanufaktur-wendt.de>",
    to="jonas",
    subj="Ihre Bewerbung",
    body="""Guten Tag Herr Weber,

wir haben Ihre Bewerbung als Tischlergeselle erhalten und bedanken uns dafür.

Wir haben uns aber inzwischen für jemanden aus der Region entschieden, weil die Stelle auch Bereitschaft für Montageeinsätze am Wochenende erfordert. Wir wünschen Ihnen alles Gute für die weitere Suche.

Mit freundlichem Gruß
Kerstin Wendt
Tischlerei Holzmanufaktur Wendt
Hauptstraße 23, 24340 Eckernförde
""",
)

R(
    "de",
    "after_application",
    "absage-postdoc-uni-en-de",
    co="Universität Rosenheide",
    frm="Prof. Dr. Johannes Eckert <eckert@informatik.uni-rosenheide.de>",
    to="omar",
    date="2025-07-08 16:05",
    subj="Ihre Bewerbung auf die Postdoc-Stelle (Kennziffer W-2025-14)",
    body="""Sehr geehrter Herr Dr. Al-Khatib,

vielen Dank für Ihr Interesse an der Postdoc-Stelle im Projekt „Robuste Sprachmodelle für die Verwaltung" und für Ihre ausführlichen Unterlagen.

Die Auswahlkommission hat alle Bewerbungen sorgfältig geprüft. Wir haben uns entschieden, die Stelle an eine andere Person zu vergeben, deren Forschungsprofil enger an den Schwerpunkten des Projekts liegt. Ihre Bewerbung können wir daher leider nicht berücksichtigen.

I am aware that German is not your first language for academic correspondence – should you have any questions about the decision, feel free to write to me in English.

Mit besten Grüßen
Johannes Eckert

Lehrstuhl für Sprachtechnologie
Fakultät für Informatik, Universität Rosenheide
""",
)

R(
    "de",
    "after_application",
    "absage-talentpool-grosskonzern-html",
    group="de-story-helvion",
    co="Helvion Versicherungen AG",
    frm="Helvion Karriere <karriere@helvion-versicherungen.de>",
    to="hannah",
    subj="Ihre Bewerbung bei Helvion: Referentin Nachhaltigkeit (w/m/d)",
    fmt="html",
    skin="card",
    color="#00617f",
    foot="Helvion Versicherungen AG · Konrad-Adenauer-Ring 8 · 50670 Köln\nVorsitzender des Aufsichtsrats: Dr. Bernhard Falk · Vorstand: Claudia Rehm (Vors.), Marc Ohlendorf\nSitz der Gesellschaft: Köln · Registergericht Köln HRB 77120",
    body="""Sehr geehrte Frau Vogel,

wir haben uns sehr über Ihre Bewerbung als Referentin Nachhaltigkeit (w/m/d) gefreut.

Nach intensiver Prüfung aller eingegangenen Bewerbungen müssen wir Ihnen mitteilen, dass wir Ihnen für diese Position keine Zusage geben können. Die Entscheidung fiel uns angesichts der hohen Qualität der Bewerbungen nicht leicht.

Ihr Profil hat uns dennoch angesprochen. Daher möchten wir Ihre Unterlagen gern für zwölf Monate in unserem Talentpool speichern und Sie kontaktieren, wenn eine passende Stelle frei wird. Sie müssen dafür nichts weiter tun; einen Widerruf können Sie jederzeit per E-Mail an datenschutz@helvion-versicherungen.de erklären.

Mit freundlichen Grüßen

Ihr Helvion Recruiting
""",
)

R(
    "de",
    "after_application",
    "absage-verkauf-baumarkt-sms-stil",
    co="Baumarkt Kröger KG",
    frm="Baumarkt Kröger KG <filiale.stade@baumarkt-kroeger.de>",
    to="mehmet",
    subj="Bewerbung Verkäufer Gartenabteilung",
    body="""Hallo Herr Kaya,

danke für Ihre Bewerbung. Die Stelle im Garten haben wir intern besetzt, eine Kollegin aus der Kasse wechselt dahin. Deshalb können wir Sie leider nicht nehmen.

MfG
Kröger
Marktleitung Stade
""",
)

R(
    "de",
    "after_application",
    "absage-junior-steuerberater-quereinstieg",
    fmt="html",
    skin="outlook",
    co="Hartwig Treuhand PartG mbB",
    frm="Hartwig Treuhand – Karriere <karriere@hartwig-treuhand.de>",
    to="katarzyna",
    subj="Rückmeldung: Prüfungsassistent/in Wirtschaftsprüfung",
    body="""Guten Tag Frau Nowak,

vielen Dank für Ihre Bewerbung als Prüfungsassistentin in unserem Team in Hannover.

Wir haben Ihre Unterlagen mit Interesse gelesen. Ihr Profil passt jedoch nicht ganz zu den Anforderungen dieser Einstiegsposition: Wir suchen Absolvent:innen mit Schwerpunkt Rechnungslegung und Prüfungswesen, während Ihr Studium und Ihre bisherige Tätigkeit stärker im Bereich Controlling liegen. Wir werden Ihre Bewerbung deshalb nicht weiter berücksichtigen.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Hartwig Treuhand Partnerschaftsgesellschaft mbB
Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft
Sitz: Hannover · Partnerschaftsregister AG Hannover PR 2081
""",
)
# ---------------------------------------------------------------------------------------------
# German rejections after application, part 2
# ---------------------------------------------------------------------------------------------

R(
    "de",
    "after_application",
    "absage-pflegehelferin-seniorenheim",
    co="Seniorenresidenz Am Kurpark",
    frm="Seniorenresidenz Am Kurpark <verwaltung@residenz-am-kurpark.de>",
    to="yasmin",
    subj="Ihre Bewerbung als Pflegehelferin",
    body="""Sehr geehrte Frau Haddad,

vielen Dank für Ihre Bewerbung und das nette Telefonat mit unserer Pflegedienstleitung Frau Böhm letzte Woche.

Wie besprochen hatten wir nur eine Stelle im Nachtdienst zu vergeben. Da Sie aus familiären Gründen keine Nachtdienste übernehmen können, kommt eine Einstellung derzeit leider nicht zustande.

Sollten wir wieder eine Stelle im Früh- oder Spätdienst ausschreiben, kommen wir gern auf Sie zu.

Mit freundlichen Grüßen
Ilse Krämer
Verwaltung

Seniorenresidenz Am Kurpark GmbH · Kurparkallee 2 · 34537 Bad Wildungen
""",
)

R(
    "de",
    "after_application",
    "absage-vertretungslehrkraft-gymnasium",
    co="Gymnasium am Wall",
    frm="Sekretariat Gymnasium am Wall <sekretariat@gymnasium-am-wall.schule>",
    to="friederike",
    subj="Vertretungsstelle Englisch/Deutsch – Ihre Bewerbung",
    body="""Sehr geehrte Frau Hagen,

im Auftrag der Schulleitung bedanke ich mich für Ihre Bewerbung auf die befristete Vertretungsstelle (Elternzeitvertretung) in den Fächern Englisch und Deutsch.

Die Schulleitung hat sich für eine Bewerberin mit der Fächerkombination Englisch/Französisch entschieden, da im kommenden Halbjahr vor allem Französischstunden aufgefangen werden müssen. Ihre Bewerbung konnte deshalb nicht berücksichtigt werden.

Wir wünschen Ihnen für Ihre weitere Laufbahn im Schuldienst alles Gute.

Mit freundlichen Grüßen
i. A. Monika Stüve
Schulsekretariat
""",
)

R(
    "de",
    "after_application",
    "absage-pta-apotheke",
    co="Löwen-Apotheke am Dom",
    frm="Löwen-Apotheke am Dom <info@loewen-apotheke-dom.de>",
    to="merve",
    subj="PTA-Stelle",
    body="""Liebe Frau Yıldız,

danke für Ihre Bewerbung als PTA bei uns. Wir haben uns inzwischen für eine Kollegin entschieden, die schon Erfahrung mit der Herstellung von Rezepturen im Sterillabor hat, das war uns für die Stelle sehr wichtig.

Ich wünsche Ihnen viel Glück bei Ihrer Suche, PTAs werden ja überall gesucht :)

Herzliche Grüße
Apothekerin Dr. Claudia Fenske
Inhaberin, Löwen-Apotheke am Dom e.K.
Domplatz 9, 38820 Halberstadt
""",
)

R(
    "de",
    "after_application",
    "absage-minijob-baeckerei",
    co="Bäckerei Kornmühle",
    frm="Bäckerei Kornmühle <bewerbung@baeckerei-kornmuehle.de>",
    to="julia",
    subj="Aushilfe Verkauf (Minijob)",
    body="""Hallo Frau Zielińska,

danke für Ihre Nachricht und Ihren Lebenslauf. Wir brauchen für den Minijob jemanden, der vor allem samstags und sonntags ab 6 Uhr in der Filiale steht. Da Sie geschrieben haben, dass das am Wochenende nur nachmittags geht, passt es leider nicht.

Viele Grüße
Angelika Hirsch
Filialleitung Kornmühle Lindenstraße
""",
)

R(
    "de",
    "after_application",
    "absage-personalberatung-mandant",
    fmt="alt",
    skin="outlook",
    co="Kranich Executive Search GmbH",
    frm="Dr. Tobias Engelhardt <t.engelhardt@kranich-search.de>",
    to="stefan",
    subj="Position Leiter Instandhaltung (m/w/d) – Rückmeldung unseres Mandanten",
    body="""Sehr geehrter Herr Wagner,

ich danke Ihnen nochmals für Ihr Interesse an der Position Leiter Instandhaltung bei unserem Mandanten, einem mittelständischen Hersteller von Verpackungsmaschinen in Ostwestfalen.

Nach Vorstellung der Kandidatenprofile hat sich unser Mandant entschieden, mit drei anderen Kandidaten in Gespräche zu gehen. Ausschlaggebend war vor allem die Erfahrung mit der Einführung eines CMMS-Systems, die bei den anderen Profilen ausgeprägter war. Ihre Kandidatur wird daher für dieses Mandat nicht weiter verfolgt.

Ihre Erfahrung in der Führung von Schichtteams ist jedoch sehr gefragt, und ich würde mich freuen, Sie bei künftigen Suchaufträgen ansprechen zu dürfen.

Mit freundlichen Grüßen

Dr. Tobias Engelhardt
Partner

Kranich Executive Search GmbH
Königsallee 60F · 40212 Düsseldorf
T +49 211 86 93 21-14 · M +49 171 552 80 93
Geschäftsführer: Dr. Tobias Engelhardt, Sabine Roloff · HRB 90122 AG Düsseldorf
""",
)

R(
    "de",
    "after_application",
    "weitergeleitet-absage-uni-an-privat",
    co="Institut für Angewandte Photonik",
    frm="Aylin Demir <a.demir@stud.uni-jena-nord.de>",
    to="aylin",
    subj="WG: Ihre Bewerbung als wissenschaftliche Hilfskraft (HiWi) – Optiklabor",
    body="""

---------- Weitergeleitete Nachricht ----------
Von: Personalservice IAP <personal@iap-photonik.de>
Datum: Mo., 13. Nov. 2023 um 15:02 Uhr
Betreff: Ihre Bewerbung als wissenschaftliche Hilfskraft (HiWi) – Optiklabor
An: <a.demir@stud.uni-jena-nord.de>


Sehr geehrte Frau Demir,

vielen Dank für Ihre Bewerbung als wissenschaftliche Hilfskraft im Optiklabor.

Wir haben uns für eine Bewerberin entschieden, die bereits Erfahrungen mit Femtosekundenlasern mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Personalservice
Institut für Angewandte Photonik
""",
    date="2023-11-13 15:20",
)

R(
    "de",
    "after_application",
    "absage-schweiz-grueezi",
    co="Alpenfirn Treuhand AG",
    frm="Alpenfirn Treuhand AG <jobs@alpenfirn-treuhand.ch>",
    to="tobias",
    tz="Europe/Zurich",
    subj="Ihre Bewerbung als Sachbearbeiter Buchhaltung 80–100 %",
    body="""Grüezi Herr Schäfer

Besten Dank für Ihre Bewerbung und das Interesse an unserem Unternehmen.

Wir haben Ihr Dossier sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatur entschieden haben, die bereits über den Fachausweis Finanz- und Rechnungswesen sowie Erfahrung mit Schweizer MWST-Abrechnungen verfügt.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Alpenfirn Treuhand AG
Regula Imhof
Leiterin Personal

Bahnhofstrasse 48 | 6300 Zug | www.alpenfirn-treuhand.ch
""",
)

R(
    "de",
    "after_application",
    "absage-oesterreich-wien",
    co="Donaublick Immobilien GmbH",
    frm="Mag. Verena Pichler <v.pichler@donaublick-immo.at>",
    to="katarzyna",
    tz="Europe/Vienna",
    subj="Bewerbung Assistenz der Geschäftsführung",
    body="""Sehr geehrte Frau Nowak,

herzlichen Dank für Ihre Bewerbung als Assistenz der Geschäftsführung, die wir mit Interesse gelesen haben.

Nach eingehender Prüfung aller Bewerbungen haben wir uns für eine Kandidatin entschieden, die bereits Erfahrung in der Immobilienverwaltung nach österreichischem WEG mitbringt. Wir bedauern, Ihnen keine erfreulichere Nachricht übermitteln zu können.

Ihre Unterlagen werden selbstverständlich vertraulich behandelt und nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen aus Wien

Mag. Verena Pichler
Prokuristin

Donaublick Immobilien GmbH
Praterstraße 31/4, 1020 Wien
FN 412577 b, Handelsgericht Wien
""",
)

R(
    "de",
    "after_application",
    "absage-ausbildung-pflege-bewerbende",
    co="Kreiskliniken Lahn-Dill-Bergland",
    frm="Pflegeschule der Kreiskliniken <pflegeschule@kreiskliniken-ldb.de>",
    to="karim",
    subj="Ausbildung Pflegefachfrau/Pflegefachmann – Ihre Bewerbung zum 1. Oktober",
    body="""Guten Tag Herr Mansour,

vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz an unserer Pflegeschule.

Für den Ausbildungsstart im Oktober haben sich in diesem Jahr mehr als dreimal so viele Bewerbende gemeldet, wie wir Plätze haben. Nach Prüfung der Unterlagen können wir Ihnen keinen Platz anbieten. Dies liegt unter anderem daran, dass für Bewerbende mit ausländischem Schulabschluss die Anerkennung durch das Regierungspräsidium vorliegen muss; diese fehlt in Ihren Unterlagen bisher.

Bitte bewerben Sie sich gern zum nächsten Ausbildungsjahrgang erneut, sobald die Anerkennung vorliegt. Ausbildungsbeginn ist jeweils am 1. April und 1. Oktober.

Freundliche Grüße
Schulleitung der Pflegeschule
Kreiskliniken Lahn-Dill-Bergland gGmbH
""",
)

R(
    "de",
    "after_application",
    "umantis-status-absage",
    co="Bundesanstalt für Materialsicherheit (BAMS)",
    frm="Bewerbungsportal BAMS <noreply@bams-bund.umantis.com>",
    to="lukas",
    subj="Statusänderung Ihrer Bewerbung – Kennziffer 118/24-III",
    fmt="html",
    skin="card",
    color="#004b87",
    powered="Dies ist eine automatisch generierte Nachricht.",
    body="""Sehr geehrter Herr Brandt,

zu Ihrer Bewerbung auf die Stelle „Ingenieurin/Ingenieur (FH/Bachelor) Werkstoffprüfung" (Kennziffer 118/24-III) gibt es eine neue Information.

Nach Abschluss der Vorauswahl können wir Sie leider nicht zum Auswahlgespräch einladen. Die Auswahl erfolgte anhand der in der Ausschreibung festgelegten Kriterien; bei gleicher Eignung wurden schwerbehinderte Menschen vorrangig berücksichtigt.

Die über Sie gespeicherten Daten werden nach Ablauf von sechs Monaten nach Abschluss des Verfahrens gelöscht. Ihr Benutzerkonto im Bewerbungsportal bleibt bestehen, bis Sie es selbst löschen.

Mit freundlichen Grüßen
Ihr Referat Personalgewinnung
""",
    date="2024-09-03 07:31",
)

R(
    "de",
    "after_application",
    "absage-ueberqualifiziert",
    co="Regionalverkehr Oberlausitz GmbH",
    frm="Anke Liebscher <a.liebscher@rvo-bus.de>",
    to="omar",
    subj="Bewerbung Disponent (m/w/d) – Antwort",
    body="""Sehr geehrter Herr Al-Khatib,

herzlichen Dank für Ihre Bewerbung als Disponent in unserer Leitstelle Bautzen.

Ganz offen: Mit Ihrer Promotion und der Erfahrung als Projektleiter sind Sie für die Stelle deutlich überqualifiziert. Wir befürchten, dass die Aufgaben – im Wesentlichen Dienstplanung und Einsatzsteuerung im Schichtdienst – Sie auf Dauer nicht ausfüllen würden. Wir haben uns daher entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.

Bitte verstehen Sie das nicht falsch. Wir wünschen Ihnen, dass Sie eine Stelle finden, die Ihrem Profil gerecht wird.

Mit freundlichen Grüßen
Anke Liebscher
Personal

Regionalverkehr Oberlausitz GmbH | Taucherstraße 15 | 02625 Bautzen
""",
)

R(
    "de",
    "after_application",
    "absage-werkstudent-exmatrikulation",
    fmt="html",
    skin="outlook",
    co="Solvion Netze GmbH",
    frm="Solvion Netze – Personal <personal@solvion-netze.de>",
    to="felix",
    subj="Ihre Bewerbung als Werkstudent Netzplanung",
    body="""Hallo Herr Neumann,

vielen Dank für Ihre Bewerbung als Werkstudent im Bereich Netzplanung.

Aus Ihren Unterlagen geht hervor, dass Sie Ihr Studium voraussichtlich im März abschließen. Wir suchen für die Stelle jedoch Studierende, die mindestens noch zwei Semester eingeschrieben sind, da die Einarbeitung recht aufwendig ist. Wir können Ihre Bewerbung deshalb nicht berücksichtigen.

Wenn Sie nach dem Abschluss an einem Berufseinstieg bei uns interessiert sind, schauen Sie gern auf unsere Stellenanzeigen für Absolvent*innen.

Beste Grüße
Lea Hansen
Personalreferentin Hochschulmarketing
""",
)

R(
    "de",
    "after_application",
    "absage-duales-studium-spedition",
    co="Spedition Thiele & Partner GmbH",
    frm="Thiele Karriere <azubi@thiele-spedition.de>",
    to="zeynep",
    subj="Duales Studium BWL – Spedition, Transport und Logistik",
    body="""Hallo Zeynep,

danke, dass du dich bei uns für das duale Studium BWL mit Schwerpunkt Logistik beworben hast!

Leider können wir dir keinen Studienplatz anbieten. Wir haben nur zwei Plätze und uns für Bewerber*innen entschieden, die bereits ein Praktikum im Speditionsbereich gemacht haben.

Kopf hoch – du hast ein tolles Anschreiben geschrieben. Vielleicht sieht man sich ja bei einem unserer Azubi-Infotage wieder.

Viele Grüße
Jasmin & Ole aus dem Ausbildungsteam
Spedition Thiele & Partner GmbH, Hafenstraße 101, 28217 Bremen
""",
)

R(
    "de",
    "after_application",
    "absage-architekturbuero-initiativ",
    co="Kühn Baumgart Architekten PartGmbB",
    frm="Büro Kühn Baumgart <buero@kuehn-baumgart-architekten.de>",
    to="lena",
    subj="Re: Initiativbewerbung Architektin LP 5–8",
    thread=[("web.de", "uuid")],
    body="""Liebe Frau Hoffmann,

vielen Dank für Ihre Initiativbewerbung und die schöne Mappe.

Momentan sind wir personell gut aufgestellt und planen keine Neueinstellung in der Ausführungsplanung. Daher müssen wir Ihnen absagen. Sollte sich das ändern, melden wir uns – sofern Sie einverstanden sind, dass wir Ihre Unterlagen so lange behalten (kurze Antwort genügt).

Herzliche Grüße
Johanna Baumgart

Kühn Baumgart Architekten PartGmbB
Rosenthaler Straße 40, 10178 Berlin
""",
)

R(
    "de",
    "after_application",
    "absage-lebensmittelchemie-labor-html",
    co="Ceres Analytik GmbH",
    frm="Ceres Analytik GmbH – Human Resources <hr@ceres-analytik.de>",
    to="nour",
    subj="Ihre Bewerbung als Lebensmittelchemikerin (m/w/d) – Prüflabor Rückstandsanalytik",
    fmt="html",
    skin="outlook",
    body="""Sehr geehrte Frau El-Sayed,

wir bedanken uns für Ihre Bewerbung und Ihr Interesse an unserem Prüflabor in Kiel.

Nach sorgfältiger Sichtung aller Bewerbungen sind wir zu dem Schluss gekommen, dass andere Bewerberinnen und Bewerber dem Profil der ausgeschriebenen Stelle – insbesondere im Hinblick auf die Erfahrung mit LC-MS/MS-Methoden und die Zusatzqualifikation als staatlich geprüfte Lebensmittelchemikerin – näher kommen. Wir können Ihnen daher keine Stelle in Aussicht stellen.

Für Ihre Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Dörte Clausen
Human Resources

Ceres Analytik GmbH
Wischhofstraße 1–3 | 24148 Kiel
Tel.: +49 431 98 02 77-0 | www.ceres-analytik.de
Geschäftsführer: Dr. Frank Ivers | Amtsgericht Kiel HRB 19234 KI
""",
)

R(
    "de",
    "after_application",
    "absage-personalreferent-unterlagen-post",
    fmt="alt",
    skin="outlook",
    co="Weserland Möbelwerke GmbH",
    frm="Weserland Möbelwerke GmbH <personal@weserland-moebel.de>",
    to="stefan",
    subj="Ihre Bewerbung als Personalreferent (m/w/d)",
    body="""Sehr geehrter Herr Wagner,

für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit in unserem Hause danken wir Ihnen sehr.

Wir haben die eingegangenen Bewerbungen sorgfältig miteinander verglichen. Dabei mussten wir feststellen, dass andere Bewerber den Anforderungen der Stelle in höherem Maße entsprechen. Wir bedauern daher, Ihnen keine positive Nachricht geben zu können.

Ihre per Post eingereichten Bewerbungsunterlagen senden wir Ihnen in den nächsten Tagen zurück.

Mit freundlichen Grüßen

Weserland Möbelwerke GmbH
ppa. Hans-Dieter Bruns
Leiter Personal und Recht
""",
)

R(
    "de",
    "after_application",
    "recruitee-absage-data-scientist",
    co="Meridian Mobility GmbH",
    frm="Meridian Mobility Hiring Team <meridianmobility@mail.recruitee.com>",
    to="david",
    subj="Absage – Ihre Bewerbung als Data Scientist (Pricing)",
    fmt="alt",
    skin="card",
    color="#0f766e",
    body="""Hallo David Roth,

vielen Dank für Ihre Bewerbung als Data Scientist im Pricing-Team.

Wir müssen Ihnen leider mitteilen, dass wir uns gegen eine Fortsetzung des Bewerbungsprozesses entschieden haben. In der ersten Runde haben wir uns auf Profile mit nachweisbarer Erfahrung mit Preisoptimierung und kausaler Inferenz in Produktivsystemen konzentriert.

Danke für Ihr Interesse an Meridian Mobility und viel Erfolg!

Ihr Meridian Hiring Team
""",
)

R(
    "de",
    "after_application",
    "absage-freelance-projekt-sap",
    group="de-story-vektor",
    co="Vektor IT-Projektvermittlung GmbH",
    frm="Vektor Projektvermittlung <projekte@vektor-it-projekte.de>",
    to="michal",
    subj="Projekt 25-0871 SAP Basis Administrator (Remote, 6 Monate) – Absage des Kunden",
    body="""Hallo Herr Kowalczyk,

danke, dass Sie uns Ihr Profil für das Projekt 25-0871 zur Verfügung gestellt haben.

Der Endkunde hat uns heute mitgeteilt, dass er sich für einen anderen Freelancer entschieden hat. Gründe wurden nicht im Detail genannt; nach unserer Einschätzung war der Stundensatz ein Faktor.

Wir behalten Ihr Profil in unserer Datenbank und melden uns bei passenden Anfragen.

Viele Grüße
Jens Kalkbrenner
Account Manager
Vektor IT-Projektvermittlung GmbH · Frankfurt am Main
""",
    date="2025-02-18 16:47",
)

R(
    "de",
    "after_application",
    "du-kurzes-update-startup",
    co="Glimmer Labs GmbH",
    frm="Sina | Glimmer Labs <sina@glimmerlabs.de>",
    to="leonie",
    subj="Kurzes Update zu deiner Bewerbung",
    body="""Hey Leonie,

ich wollte mich nicht zu lange Zeit lassen: wir gehen mit deiner Bewerbung als Community Managerin nicht weiter. Andere Bewerber*innen hatten schon mehr Erfahrung mit Discord-Communities in der Größenordnung, die wir haben.

Danke dir trotzdem, und alles Gute!
Sina
""",
)

R(
    "de",
    "after_application",
    "smartrecruiters-absage-finance",
    co="Aurelion Industrial Holding SE",
    frm="Aurelion Careers <careers@smartrecruiters.com>",
    reply_to="no-reply@aurelion-group.com",
    to="aylin",
    subj="Regarding your application – Financial Analyst (m/f/d)",
    fmt="html",
    skin="card",
    color="#1d3557",
    body="""Liebe Aylin Demir,

vielen Dank für Ihr Interesse an Aurelion und Ihre Bewerbung als Financial Analyst (m/w/d) in Mannheim.

Wir haben Ihre Qualifikationen mit den Anforderungen der Position verglichen und uns entschlossen, andere Bewerberinnen und Bewerber weiter zu berücksichtigen. Wir wissen, dass dies nicht die Nachricht ist, auf die Sie gehofft haben.

Ihr Kandidatenprofil bleibt in unserem System gespeichert, sodass Sie sich jederzeit auf weitere Stellen bewerben können.

Viel Erfolg bei Ihrer Karriere!
Aurelion Global Talent Acquisition
""",
)

R(
    "de",
    "after_application",
    "absage-jura-referendariat-station",
    co="Kanzlei Dr. Seidel & Partner Rechtsanwälte mbB",
    frm="Dr. Ines Seidel <seidel@seidel-partner-recht.de>",
    to="marie",
    subj="Ihre Bewerbung für die Anwaltsstation",
    body="""Sehr geehrte Frau Lindner,

vielen Dank für Ihre Bewerbung für die Anwaltsstation in unserer Kanzlei ab dem kommenden Frühjahr.

Unsere Stationsplätze für diesen Zeitraum sind bereits vergeben; wir betreuen je Zeitraum maximal zwei Referendarinnen oder Referendare, um eine gute Ausbildung sicherzustellen. Wir können Ihnen daher leider keine Zusage erteilen.

Für die Wahlstation im Herbst nehmen wir ab Juni wieder Bewerbungen entgegen.

Mit freundlichen kollegialen Grüßen
Dr. Ines Seidel
Rechtsanwältin | Fachanwältin für Arbeitsrecht

Dr. Seidel & Partner Rechtsanwälte mbB · Prinzregentenstraße 7 · 80538 München
Partnerschaftsregister AG München PR 1422
""",
)

R(
    "de",
    "after_application",
    "absage-mechatroniker-schicht-alt",
    co="Rheintal Kunststofftechnik GmbH",
    frm="Rheintal Kunststofftechnik <karriere@rheintal-kunststoff.de>",
    to="emre",
    subj="Rückmeldung zu Ihrer Bewerbung als Mechatroniker im 3-Schicht-Betrieb",
    fmt="alt",
    skin="simple",
    body="""Sehr geehrter Herr Aksoy,

wir danken Ihnen für Ihr Interesse an unserem Unternehmen.

Nach Prüfung Ihrer Unterlagen haben wir uns entschieden, Ihnen für die ausgeschriebene Position keine Zusage zu geben. Ausschlaggebend waren die fehlenden Kenntnisse in der Wartung von Spritzgießmaschinen, die wir für die selbstständige Tätigkeit im Schichtbetrieb voraussetzen.

Gern möchten wir Sie aber auf unsere offene Stelle als Maschinenbediener mit Weiterbildungsmöglichkeit hinweisen. Wenn Sie daran Interesse haben, bewerben Sie sich bitte über unsere Karriereseite.

Mit freundlichen Grüßen

Personalabteilung
Rheintal Kunststofftechnik GmbH, Industriestraße 14, 76437 Rastatt
Geschäftsführer: Bernd Oswald · Amtsgericht Mannheim HRB 705528
""",
)

# --- family: one hosted-ATS rejection template ("Personio-style") used by several small firms ---
_PERSONIO_REJ = [
    (
        "Brennwerk Heiztechnik GmbH",
        "Servicetechniker Wärmepumpen (m/w/d)",
        "jonas",
        "#d35400",
        "2023-10-11 14:02",
    ),
    (
        "Ostseeperle Reisen GmbH",
        "Reiseverkehrskauffrau/-mann (m/w/d)",
        "annika",
        "#0077b6",
        "2024-02-20 09:48",
    ),
    ("Zahnwerk Dentallabor GmbH", "Zahntechniker:in CAD/CAM", "piotr", "#6a994e", "2024-08-07 11:15"),
    (
        "Lichtblick Eventtechnik GmbH",
        "Veranstaltungskaufmann/-frau (m/w/d)",
        "sophie",
        "#9d4edd",
        "2025-04-15 16:30",
    ),
    ("Feldmann Agrarhandel KG", "Buchhalter:in in Teilzeit", "julia", "#588157", "2025-11-03 10:05"),
    ("Nordlicht Payroll Services GmbH", "Payroll Specialist (m/w/d)", "karim", "#264653", "2026-06-23 13:37"),
]
for _i, (_co, _role, _who, _col, _date) in enumerate(_PERSONIO_REJ):
    _slug = re.sub(
        r"[^a-z]+", "-", _co.lower().split()[0].replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    ).strip("-")
    R(
        "de",
        "after_application",
        f"personio-absage-{_slug}",
        group="de-fam-personio-absage",
        co=_co,
        color=_col,
        date=_date,
        frm=f"Karriere | {_co} <noreply@jobs.personio.de>",
        to=_who,
        fmt=("html" if _i % 2 else "alt"),
        skin="card",
        site="personio.de",
        powered="Gesendet über Personio",
        subj=f"Ihre Bewerbung als {_role}",
        body=f"""Hallo {{{{first}}}} {{{{last}}}},

vielen Dank für Ihr Interesse an {_co} und Ihre Bewerbung als {_role}.

Wir haben Ihre Unterlagen aufmerksam gelesen. Nach reiflicher Überlegung haben wir uns jedoch entschieden, den Bewerbungsprozess mit anderen Kandidat:innen fortzusetzen.

Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg und alles Gute.

Ihre personenbezogenen Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Viele Grüße
Ihr Team von {_co}
""",
    )
# ---------------------------------------------------------------------------------------------
# German rejections after interview (hand-written, one group each)
# ---------------------------------------------------------------------------------------------

R(
    "de",
    "after_interview",
    "nach-telefoninterview-recruiterin",
    group="de-story-arventa",
    co="Arventa Software AG",
    frm="Vanessa Kruse <vanessa.kruse@arventa.de>",
    to="lena",
    subj="Ihre Bewerbung als Technical Writer – Rückmeldung nach unserem Telefonat",
    fmt="html",
    skin="outlook",
    body="""Liebe Frau Hoffmann,

nochmals herzlichen Dank für das angenehme Telefoninterview am Donnerstag. Ich habe mich gefreut, Sie kennenzulernen, und Ihre Fragen zum Team und zu unserer Dokumentationsplattform zeigen, dass Sie sich gut vorbereitet haben.

Nach Abstimmung mit der Fachabteilung muss ich Ihnen heute leider mitteilen, dass wir Sie nicht in die nächste Runde einladen werden. Der Schwerpunkt der Stelle wird stärker auf API-Dokumentation und Docs-as-Code liegen, als es in der Ausschreibung vielleicht deutlich wurde, und hier bringen andere Kandidatinnen mehr praktische Erfahrung mit.

Wenn Sie möchten, gebe ich Ihnen gern noch ein kurzes persönliches Feedback am Telefon.

Viele Grüße
Vanessa Kruse
Senior Recruiterin

Arventa Software AG
Speicherstraße 12 | 44147 Dortmund
Vorstand: Dr. Florian Behnke (Vorsitz), Simone Rath | Aufsichtsratsvorsitzender: Prof. Dr. Klaus Heimann
Sitz der Gesellschaft: Dortmund | Registergericht: Amtsgericht Dortmund HRB 31167
""",
)

R(
    "de",
    "after_interview",
    "nach-zweitem-gespraech-gf-thread",
    co="Breuer Präzisionsteile GmbH",
    frm="Heinrich Breuer <h.breuer@breuer-praezision.de>",
    to="stefan",
    subj="AW: Vielen Dank für das Gespräch",
    thread=[("t-online.de", "uuid")],
    date="2025-03-14 17:52",
    body="""Sehr geehrter Herr Wagner,

vielen Dank für Ihre freundliche Nachricht und nochmals für Ihren Besuch bei uns in Lüdenscheid. Der Rundgang durch die Fertigung mit Ihnen hat mir Spaß gemacht.

Ich habe es mir mit der Entscheidung wirklich nicht leicht gemacht. Am Ende haben wir uns für einen Bewerber entschieden, der bereits ein Werk mit Galvanik geleitet hat – das ist für uns in den nächsten zwei Jahren wegen der anstehenden Umbauten das wichtigste Thema. Ihnen als Produktionsleiter kann ich daher heute leider keine Zusage geben.

Ihre ruhige Art und Ihre Erfahrung mit Lean-Projekten haben mich überzeugt; es lag wirklich nur an diesem einen Punkt. Ich wünsche Ihnen von Herzen alles Gute.

Mit freundlichen Grüßen

Heinrich Breuer
Geschäftsführender Gesellschafter

Breuer Präzisionsteile GmbH
Am Hohen Hagen 17 · 58513 Lüdenscheid
Geschäftsführer: Heinrich Breuer, Dipl.-Ing. Lars Breuer
Sitz der Gesellschaft: Lüdenscheid · Amtsgericht Iserlohn HRB 6408

-----Ursprüngliche Nachricht-----
Von: Stefan Wagner <stefan.wagner73@t-online.de>
Gesendet: Montag, 10. März 2025 19:06
An: Heinrich Breuer <h.breuer@breuer-praezision.de>
Betreff: Vielen Dank für das Gespräch

Sehr geehrter Herr Breuer,

ich möchte mich noch einmal für das offene Gespräch und die Führung durch Ihr Werk am vergangenen Freitag bedanken. Ich bin nach wie vor sehr an der Position interessiert und freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Stefan Wagner
""",
)

R(
    "de",
    "after_interview",
    "nach-probearbeit-kueche",
    co="Restaurant Kaiserhof Weinheim",
    frm="Kaiserhof Küche <kueche@kaiserhof-weinheim.de>",
    to="michal",
    subj="Probearbeit letzte Woche",
    body="""Hallo Michał,

danke nochmal dass du am Samstag zum Probearbeiten da warst, war ein voller Abend und du hast gut mitgezogen.

Wir haben uns trotzdem für jemand anderen entschieden, ehrlich gesagt weil du mit der Patisserie noch nicht so sicher bist und wir genau da jemanden brauchen der den Posten alleine schmeißt. Am Grill und am Garde-Manger warst du top.

Falls du mal wieder in der Gegend suchst, meld dich ruhig. Alles Gute!

Gruß
Benedikt Ramm
Küchenchef
""",
)

R(
    "de",
    "after_interview",
    "nach-hospitation-kita",
    co="Evangelische Kita Regenbogen",
    frm="Kita Regenbogen Leitung <leitung@kita-regenbogen-wedel.de>",
    to="sophie",
    subj="Rückmeldung Hospitation",
    body="""Liebe Frau Krämer,

herzlichen Dank für Ihren Hospitationstag in unserer Bärengruppe am Dienstag. Die Kinder haben noch am nächsten Tag nach „der Frau mit der Gitarre" gefragt!

Nach Rücksprache im Team und mit dem Träger haben wir uns entschieden, die Stelle an eine Bewerberin zu vergeben, die bereits länger im Krippenbereich gearbeitet hat. Ich weiß, dass das enttäuschend ist, und möchte Ihnen ausdrücklich sagen, dass wir Ihren Umgang mit den Kindern sehr schön fanden.

Wenn Sie mögen, setzen wir Sie gern auf unsere Liste für Vertretungen und künftige Stellen.

Herzliche Grüße
Anja Reimers
Kita-Leitung

Ev. Kita Regenbogen · Feldstraße 12 · 22880 Wedel
Träger: Ev.-Luth. Kirchengemeinde Wedel
""",
)

R(
    "de",
    "after_interview",
    "nach-assessment-center-bank",
    group="de-story-nordbank",
    co="Nordbank Hanse AG",
    frm="Nordbank Hanse – Talent Acquisition <talent@nordbank-hanse.de>",
    to="lukas",
    subj="Ergebnis des Assessment-Centers vom 18. Oktober",
    fmt="alt",
    skin="card",
    color="#0b3d91",
    foot="Nordbank Hanse AG · Ballindamm 27 · 20095 Hamburg\nVorstand: Dr. Ralf Hinrichs (Vorsitzender), Tanja Osterloh, Jörg Sievers · Vorsitzender des Aufsichtsrats: Peter Kallweit\nSitz der Gesellschaft: Hamburg · Amtsgericht Hamburg HRB 150221",
    date="2023-10-25 15:12",
    body="""Sehr geehrter Herr Brandt,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center für das Traineeprogramm Corporate Banking am 18. Oktober in Hamburg.

Die Beobachterinnen und Beobachter haben alle Übungen – Gruppendiskussion, Kundengespräch, Präsentation und Fallstudie – gemeinsam ausgewertet. Auch wenn Sie in der Präsentation einen sehr guten Eindruck hinterlassen haben, konnten wir Sie im Gesamtergebnis nicht für einen der Traineeplätze berücksichtigen. Insbesondere im simulierten Kundengespräch haben andere Teilnehmende die Bedarfsanalyse strukturierter geführt.

Wir wissen, wie viel Vorbereitung in einem solchen Tag steckt, und danken Ihnen für Ihr Engagement. Für ein persönliches Feedbackgespräch steht Ihnen Frau Ahlers gerne zur Verfügung (Tel. 040 3618-4420).

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
""",
)

R(
    "de",
    "after_interview",
    "nach-fallstudie-beratung-feedback",
    group="de-story-ostrander",
    co="Ostrander & Lutz Strategieberatung GmbH",
    frm="Dr. Katharina Lutz <katharina.lutz@ostrander-lutz.com>",
    to="aylin",
    subj="Feedback zur Fallstudie / nächste Schritte",
    body="""Liebe Frau Demir,

vielen Dank, dass Sie sich die Zeit für die zweite Runde genommen und die Fallstudie zum Markteintritt im Bereich Heimspeicher präsentiert haben.

Wir möchten ehrlich mit Ihnen sein: Ihre Marktanalyse war gründlich und sauber aufbereitet, in der Diskussion der Handlungsoptionen fehlte uns aber eine klare Empfehlung mit Priorisierung – genau das erwarten unsere Klienten schon von Consultants im ersten Jahr. Wir haben uns daher entschieden, Ihnen kein Angebot zu machen.

Wir sind überzeugt, dass Sie mit etwas mehr Praxiserfahrung ein starkes Profil für die Beratung haben, und würden uns über eine erneute Bewerbung in ein bis zwei Jahren freuen.

Herzliche Grüße
Katharina Lutz
Partnerin

Ostrander & Lutz Strategieberatung GmbH
Neuer Wall 50 · 20354 Hamburg
Geschäftsführer: Dr. Katharina Lutz, Henrik Ostrander
Amtsgericht Hamburg HRB 138492
""",
)

R(
    "de",
    "after_interview",
    "nach-take-home-aufgabe-du",
    group="de-story-kaskade",
    co="Kaskade Energy Tech GmbH",
    frm="Jan-Ole Brinkmann <janole@kaskade.energy>",
    to="emre",
    subj="Re: Take-home Challenge – Frontend Engineer",
    thread=[("gmail.com", "gmail"), ("kaskade.energy", "outlook")],
    body="""Hey Emre,

vielen Dank für deine Lösung der Challenge und das Gespräch gestern mit Priya und mir.

Wir haben uns im Team lange besprochen und werden leider nicht mit dir weitermachen. Ein paar Punkte, falls es dir hilft:

- Die UI war sauber und das Komponenten-Setup hat uns gut gefallen.
- Das State-Handling für die Live-Daten war allerdings ziemlich verschachtelt, und im Gespräch konntest du nicht richtig erklären, warum du es so gelöst hast.
- Tests haben komplett gefehlt – wir hatten das im Briefing als Bonus genannt, aber am Ende war das für uns doch entscheidend.

Ich hoffe, das klingt nicht zu hart. Du hast definitiv Potenzial, und wenn wir nächstes Jahr eine Junior-Stelle aufmachen, denke ich an dich.

Cheers
Jan-Ole

Jan-Ole Brinkmann · Engineering Lead
Kaskade Energy Tech GmbH · Oranienstraße 183 · 10999 Berlin
HRB 231877 B · Geschäftsführer: Lea Domscheit, Arne Kallweit
""",
)

R(
    "de",
    "after_interview",
    "iphone-absage-dachdecker",
    co="Dachdeckerei Lüttmann",
    frm="Frank Lüttmann <f.luettmann@dach-luettmann.de>",
    to="karim",
    subj="Re: Bewerbung Dachdeckergeselle",
    thread=[("outlook.de", "outlook")],
    fmt="alt",
    skin="apple",
    mid_style="apple",
    body="""Hallo Herr Mansour,

danke nochmal fürs Vorbeikommen. Ich hab mich jetzt für jemand anderen entschieden der schon länger Flachdach macht. Trotzdem alles Gute und viel Erfolg!

Gruß Frank Lüttmann

Von meinem iPhone gesendet
""",
)

R(
    "de",
    "after_interview",
    "agentur-feedback-vom-kunden",
    co="Personalwerk Rhein-Main GmbH",
    frm="Denise Kowalski <d.kowalski@personalwerk-rm.de>",
    to="zeynep",
    subj="Feedback vom Kunden – Sachbearbeitung Einkauf",
    body="""Hallo Frau Arslan,

wie versprochen melde ich mich mit dem Feedback zu Ihrem Vorstellungsgespräch beim Kunden am Mittwoch.

Leider hat sich der Kunde gegen eine Zusammenarbeit entschieden. Die Rückmeldung war, dass Sie sehr sympathisch und offen aufgetreten sind, dem Fachbereich aber die Erfahrung mit SAP MM fehlte – im Gespräch sei deutlich geworden, dass Sie bisher eher mit einem anderen Warenwirtschaftssystem gearbeitet haben.

Ich weiß, dass Sie sich auf diese Stelle besonders gefreut hatten. Ich habe aber zwei weitere Positionen im Bereich Einkauf/Disposition im Raum Offenbach auf dem Tisch, die gut passen könnten. Haben Sie morgen Vormittag kurz Zeit für ein Telefonat?

Beste Grüße
Denise Kowalski
Personalberaterin

Personalwerk Rhein-Main GmbH · Kaiserstraße 71 · 60329 Frankfurt am Main
Erlaubnis zur Arbeitnehmerüberlassung erteilt durch die Bundesagentur für Arbeit
Geschäftsführung: Ralf Henning · Amtsgericht Frankfurt am Main HRB 99137
""",
)

R(
    "de",
    "after_interview",
    "nach-teams-interview-remote-denglisch",
    co="Cloudmarkt Solutions GmbH",
    frm="Ricarda Ulrich <ricarda.ulrich@cloudmarkt.io>",
    to="piotr",
    subj="Your interview with Cloudmarkt / Dein Gespräch mit uns",
    body="""Hi Piotr,

thanks a lot for taking the time to talk to Sebastian and me on Teams last Friday – wir hatten wirklich ein gutes Gefühl nach dem Gespräch.

After a lot of back and forth we decided to move forward with another candidate for the Platform Engineer role. Der ausschlaggebende Punkt war am Ende die tiefere Erfahrung mit Kubernetes-Operatoren, die die andere Person mitbringt.

Ich weiß, das ist nicht die Antwort, auf die du gehofft hast. If you'd like more detailed feedback, I'm happy to set up a short call.

All the best,
Ricarda

Ricarda Ulrich | Head of People
Cloudmarkt Solutions GmbH | Leipzig / Remote
""",
)

R(
    "de",
    "after_interview",
    "nach-unterrichtsbesuch-privatschule",
    co="Internatsschule Schloss Rotenfels",
    frm="Dr. Albrecht Kessel <a.kessel@schloss-rotenfels.de>",
    to="friederike",
    subj="Ihre Probestunde am 7. Februar",
    date="2024-02-12 16:20",
    body="""Sehr geehrte Frau Hagen,

haben Sie vielen Dank für Ihre Lehrprobe in der 9b und das anschließende Gespräch mit Frau Wendland und mir.

Wir haben uns nach reiflicher Überlegung für eine andere Bewerberin entschieden. Ihre Stunde zur Kurzgeschichte war gut strukturiert, und die Schülerinnen und Schüler haben gerne mitgearbeitet. Für unser Internat ist aber zusätzlich die Bereitschaft zu Abend- und Wochenenddiensten im Internatsbereich entscheidend, und hier konnten wir im Gespräch nicht ganz zusammenkommen.

Ich wünsche Ihnen für Ihren weiteren Weg alles Gute und bin sicher, dass Sie eine schöne Stelle finden werden.

Mit freundlichen Grüßen
Dr. Albrecht Kessel
Schulleiter

Internatsschule Schloss Rotenfels gGmbH
Schlossweg 1 · 76571 Gaggenau
""",
)

R(
    "de",
    "after_interview",
    "berufungsverfahren-professur",
    co="Hochschule Weserbergland",
    frm="Dekanat Fakultät Technik <dekanat.technik@hs-weserbergland.de>",
    to="omar",
    subj="Berufungsverfahren W2-Professur „Eingebettete Systeme“ – Mitteilung",
    body="""Sehr geehrter Herr Dr. Al-Khatib,

im Namen der Berufungskommission danke ich Ihnen für Ihre Bewerbung sowie für Ihren Vortrag und die Lehrprobe im Rahmen des Berufungsverfahrens für die W2-Professur „Eingebettete Systeme".

Die Berufungskommission hat in ihrer Sitzung am 21. Mai über den Berufungsvorschlag beraten. Ich muss Ihnen mitteilen, dass Sie nicht in die Berufungsliste aufgenommen wurden. Wir bitten um Verständnis, dass wir aus Gründen der Vertraulichkeit keine näheren Auskünfte zum Verfahren geben können.

Für Ihre weitere wissenschaftliche Laufbahn wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen
Prof. Dr.-Ing. Gerd Mahnke
Vorsitzender der Berufungskommission
Dekan der Fakultät Technik
""",
)

R(
    "de",
    "after_interview",
    "pflegedienstleitung-nach-gespraech",
    co="Ambulanter Pflegedienst Lebenswert GmbH",
    frm="Monika Sturm <m.sturm@pflege-lebenswert.de>",
    to="merve",
    subj="Unser Gespräch am Montag",
    body="""Liebe Frau Yıldız,

zunächst nochmals vielen Dank für das offene Gespräch am Montag. Sie haben mir einen sehr guten Einblick gegeben, wie Sie Ihr Team auf der Station führen.

Ich habe mich jetzt dennoch entschieden, die Stelle der stellvertretenden Pflegedienstleitung mit einer Bewerberin zu besetzen, die die Weiterbildung zur PDL bereits abgeschlossen hat. Das ist für unsere Zulassung bei den Kassen leider zwingend, und ich kann mit der Besetzung nicht warten, bis Ihr Kurs im Herbst beendet ist.

Es tut mir wirklich leid. Sollten Sie nach Abschluss der Weiterbildung noch suchen, würde ich mich sehr über einen Anruf freuen.

Herzliche Grüße
Monika Sturm
Inhaberin und Pflegedienstleitung
Ambulanter Pflegedienst Lebenswert GmbH · Marktstraße 9 · 99084 Erfurt
""",
)

R(
    "de",
    "after_interview",
    "steuerberatung-nach-gespraech-partner",
    co="Wendt Kaminski Steuerberater PartGmbB",
    frm="Andreas Kaminski <a.kaminski@wk-steuer.de>",
    to="nour",
    subj="Bewerbung Steuerfachwirtin – unser Gespräch",
    body="""Sehr geehrte Frau El-Sayed,

herzlichen Dank für Ihren Besuch in unserer Kanzlei und das angenehme Gespräch mit meiner Kollegin Frau Wendt und mir.

Wir haben nach den Gesprächen intensiv beraten und uns für eine Kandidatin entschieden, die bereits Mandate aus dem Heilberufebereich eigenständig betreut hat. Diese Spezialisierung ist für uns ausschlaggebend, weil rund zwei Drittel unserer Mandanten Ärzte und Zahnärzte sind.

Wir bedauern, Ihnen keine positive Rückmeldung geben zu können, und wünschen Ihnen für die anstehende Steuerberaterprüfung viel Erfolg.

Mit freundlichen Grüßen

Andreas Kaminski
Steuerberater

Wendt Kaminski Steuerberater PartGmbB
Lindenallee 3 · 45127 Essen
Partnerschaftsregister AG Essen PR 3190
""",
)

R(
    "de",
    "after_interview",
    "agentur-designer-workshoptag",
    co="Studio Feldlinie GmbH",
    frm="Studio Feldlinie <hallo@studio-feldlinie.de>",
    to="julia",
    subj="Danke für den Workshop-Tag!",
    fmt="alt",
    skin="simple",
    body="""Liebe Julia,

danke, dass du dir einen ganzen Tag Zeit genommen hast, um mit uns am Markenworkshop für die Stadtbibliothek zu arbeiten. Deine Skizzen zur Wegeleitung hängen immer noch an unserer Pinnwand.

Wir haben uns am Ende für eine Designerin entschieden, die mehr Erfahrung mit Editorial Design mitbringt, weil im nächsten Jahr zwei große Buchprojekte anstehen. Es war eine knappe Entscheidung.

Wir würden dich gern als Freelancerin für Illustrationsaufträge im Hinterkopf behalten, wenn du magst.

Alles Liebe
Maren & Tobi
Studio Feldlinie · Grafik & Kommunikation · Köln-Ehrenfeld
""",
)

R(
    "de",
    "after_interview",
    "behoerde-auswahlkommission",
    co="Hansestadt Lüneborg",
    frm="Personalservice Hansestadt <personalservice@hansestadt-lueneborg.de>",
    to="annika",
    subj="Auswahlverfahren Kennziffer 2024/088 – Ergebnis",
    date="2024-07-09 10:31",
    body="""Sehr geehrte Frau Petersen,

wir bedanken uns für Ihre Teilnahme am Auswahlgespräch am 27. Juni 2024 für die Stelle „Sachbearbeitung Elterngeld" (Kennziffer 2024/088, EG 9a TVöD).

Die Auswahlkommission hat nach Abschluss aller Gespräche entschieden, die Stelle einer anderen Bewerberin zu übertragen. Die Entscheidung beruht auf einem Vergleich von Eignung, Befähigung und fachlicher Leistung aller Bewerbenden nach Art. 33 Abs. 2 GG.

Gegen die Auswahlentscheidung können Sie innerhalb von zwei Wochen nach Zugang dieser Mitteilung Einsicht in die Auswahlunterlagen beantragen.

Mit freundlichen Grüßen
Im Auftrag
Schwarzkopf
""",
)

R(
    "de",
    "after_interview",
    "zweiter-platz-engste-auswahl",
    co="Auenland Bioprodukte GmbH",
    frm="Clara Bachmann <clara.bachmann@auenland-bio.de>",
    to="hannah",
    subj="Marketing Managerin – unsere Entscheidung",
    body="""Liebe Hannah,

ich hätte dir gerne etwas anderes geschrieben. Du warst bis zum Schluss in der engsten Auswahl, und wir haben gestern noch eine Stunde zu zweit diskutiert.

Am Ende haben wir uns für die andere Kandidatin entschieden, weil sie bereits ein Team von drei Leuten geführt hat und wir das Marketing im nächsten Jahr ausbauen wollen. Bei dir haben uns dein Gespür für die Marke und deine Ideen zur Verpackungskommunikation wirklich begeistert.

Bitte sei nicht zu enttäuscht – und wenn du einverstanden bist, würde ich mich in einem halben Jahr noch einmal bei dir melden, wenn die Junior-Stelle ausgeschrieben wird.

Liebe Grüße
Clara

Clara Bachmann
Geschäftsführerin
Auenland Bioprodukte GmbH · Am Mühlbach 4 · 29525 Uelzen
Amtsgericht Lüneburg HRB 207441
""",
)

R(
    "de",
    "after_interview",
    "hiring-manager-tippfehler",
    co="Weigand Haustechnik GmbH",
    frm="Thomas Weigand <thomas@weigand-haustechnik.de>",
    to="jonas",
    subj="Gespräch Bauleiter SHK",
    body="""Hallo Herr Weber

danke nochmal fürs Gespräch am Dienstag. Ich hab lange überlegt aber wir machen es jetzt doch nicht zusammen, mir ist die Erfahrung mit großen Objekten (Krankenhäuser, Schulen) einfach zu wenig bei ihnen und ich kann grad niemand richtig einarbeiten weil mein zweiter Bauleiter im Sommer in Rente geht.

Sorry dass es jetzt doch länger gedauert hat mit der Antwort.

Schöne Grüße
Thomas Weigand
GF
Weigand Haustechnik GmbH | Gewerbepark Süd 8 | 91126 Schwabach
""",
)

R(
    "de",
    "after_interview",
    "recruiter-html-telefonfeedback",
    co="Sonnenberg Kliniken Holding AG",
    frm="Recruiting Sonnenberg Kliniken <recruiting@sonnenberg-kliniken.de>",
    to="yasmin",
    subj="Ihre Bewerbung als Medizinische Dokumentarin – Rückmeldung",
    fmt="html",
    skin="card",
    color="#4a7c59",
    foot="Sonnenberg Kliniken Holding AG · Bergstraße 140 · 69121 Heidelberg\nVorstand: Dr. med. Ursula Braun, Karsten Heil · Amtsgericht Mannheim HRB 338811",
    body="""Sehr geehrte Frau Haddad,

vielen Dank für das Vorstellungsgespräch, das Sie mit Frau Dr. Meissner und Herrn Stoll geführt haben.

Wir möchten Ihnen mitteilen, dass wir uns nach Abschluss aller Gespräche für eine andere Bewerberin entschieden haben. Diese Entscheidung ist uns nicht leicht gefallen, denn Sie haben uns sowohl fachlich als auch persönlich überzeugt.

Gerne geben wir Ihnen telefonisch ein ausführlicheres Feedback. Vereinbaren Sie dazu einfach einen Termin mit Frau Schubert unter 06221 487-330.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Sonnenberg Kliniken
""",
)

R(
    "de",
    "after_interview",
    "azubi-kennenlerngespraech",
    co="Bauunternehmung Gerdes GmbH & Co. KG",
    frm="Bauunternehmung Gerdes <ausbildung@gerdes-bau.de>",
    to="karim",
    subj="Ihr Kennenlerngespräch für die Ausbildung zum Bauzeichner",
    body="""Hallo Karim,

danke, dass du mit deiner Mutter zum Kennenlerngespräch zu uns gekommen bist. Wir haben uns über dein Interesse an Architektur und Bauzeichnung sehr gefreut.

Nach den Gesprächen mit allen Bewerber*innen haben wir uns für einen anderen Bewerber entschieden, der sich schon sehr sicher mit CAD-Programmen auskennt. Einen Ausbildungsplatz können wir dir deshalb in diesem Jahr nicht anbieten.

Ein Tipp von uns: Die Agentur für Arbeit hat noch viele freie Ausbildungsplätze als Bauzeichner*in im Landkreis. Wir drücken dir die Daumen!

Viele Grüße
Britta Gerdes
Ausbildungsbeauftragte
Bauunternehmung Gerdes GmbH & Co. KG · Am Hafen 14 · 26789 Leer
""",
)

R(
    "de",
    "after_interview",
    "probearbeit-kfz-werkstatt",
    co="Kfz-Meisterbetrieb Ozan & Söhne",
    frm="Kfz Ozan <werkstatt@kfz-ozan.de>",
    to="mehmet",
    subj="Probearbeit",
    body="""Merhaba Mehmet,

danke nochmal für die zwei Tage Probearbeit bei uns. Du bist zuverlässig und freundlich, das hat allen gefallen. Aber bei der Diagnose an den neueren Fahrzeugen (Hybrid, Hochvolt) fehlt dir noch einiges, und wir brauchen jetzt jemanden der das sofort kann. Deshalb wird es leider nichts mit der Festanstellung.

Wenn du den HV-Schein machst, ruf mich gern nochmal an.

Gruß
Serkan Ozan
Kfz-Meisterbetrieb Ozan & Söhne, Rudolf-Diesel-Str. 3, 73037 Göppingen
""",
)

R(
    "de",
    "after_interview",
    "startup-ngo-fundraising",
    co="Brunnen für Morgen e.V.",
    frm="Katja Ebeling <katja.ebeling@brunnen-fuer-morgen.org>",
    to="marie",
    subj="Fundraising-Stelle – unsere Rückmeldung",
    body="""Liebe Marie,

vielen Dank für das Gespräch letzte Woche und die spannenden Ideen zum Großspenden-Programm. Es hat mir wirklich Freude gemacht, mit dir zu sprechen.

Nach langem Überlegen haben wir uns für eine Kandidatin entschieden, die bereits Stiftungsanträge in größerem Umfang geschrieben hat, da das im ersten Jahr den größten Teil der Arbeit ausmachen wird. Ich weiß, dass du dir viel Mühe gegeben hast, und es tut mir leid, dass es nicht geklappt hat.

Ich wünsche dir von Herzen alles Gute, und vielleicht kreuzen sich unsere Wege ja auf dem nächsten Fundraisingtag.

Herzliche Grüße
Katja

Katja Ebeling · Geschäftsführung
Brunnen für Morgen e.V. · Oranienburger Str. 66 · 10117 Berlin
Vereinsregister AG Charlottenburg VR 33419 B
Spendenkonto: GLS Bank, IBAN DE12 4306 0967 0000 1234 00
""",
)

R(
    "de",
    "after_interview",
    "werkstudent-telefonat-kurz",
    co="Orbitfabrik GmbH",
    frm="Orbitfabrik Talent <talent@orbitfabrik.de>",
    to="leonie",
    subj="Werkstudentin Content – Absage nach Telefonat",
    body="""Hallo Leonie,

danke für das nette Telefonat am Mittwoch! Wir haben uns entschieden, mit einer anderen Bewerberin weiterzugehen, die zeitlich etwas flexibler ist (wir brauchen jemanden auch montags im Büro).

Wir wünschen dir viel Erfolg im Studium und bei der Suche!

Viele Grüße
Jule von Orbitfabrik
""",
)

R(
    "de",
    "after_interview",
    "lagerleiter-nach-gespraech-dienstag",
    co="Transco Kontraktlogistik GmbH",
    frm="Ralf Seidel <ralf.seidel@transco-logistik.de>",
    to="omar",
    subj="Ihre Bewerbung als Lagerleiter / Gespräch vom Dienstag",
    body="""Sehr geehrter Herr Al-Khatib,

nochmals vielen Dank, dass Sie sich am Dienstag Zeit für das Gespräch und den Rundgang durch unser Lager in Hamm genommen haben.

Wir haben uns entschieden, die Position mit einem Kandidaten zu besetzen, der bereits ein Lager mit über 80 Mitarbeitern im Drei-Schicht-Betrieb verantwortet hat. Ich möchte betonen, dass Ihre Ideen zur Optimierung der Kommissionierwege bei uns gut angekommen sind.

Für Ihre weitere berufliche Zukunft wünsche ich Ihnen viel Erfolg.

Mit freundlichen Grüßen
Ralf Seidel
Niederlassungsleiter Hamm

Transco Kontraktlogistik GmbH · Hafenstraße 80 · 59067 Hamm
Geschäftsführung: Michael Borowski, Sandra Kühl · Sitz der Gesellschaft: Dortmund · Amtsgericht Dortmund HRB 27810
""",
)

R(
    "de",
    "after_interview",
    "big4-nach-interview-html",
    co="Kessler Weidemann & Co. Wirtschaftsprüfungsgesellschaft",
    frm="Kessler Weidemann Recruiting <recruiting@kessler-weidemann.de>",
    to="katarzyna",
    subj="Ihre Bewerbung als Consultant Financial Services (w/m/d) – Entscheidung",
    fmt="alt",
    skin="outlook",
    body="""Sehr geehrte Frau Nowak,

wir bedanken uns herzlich für die Gespräche, die Sie mit Herrn Vogt und Frau Dr. Imhoff geführt haben, sowie für Ihre Teilnahme an unserem Online-Assessment.

Nach sorgfältiger Abwägung aller Eindrücke müssen wir Ihnen mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben. Wir haben die Gespräche mit Ihnen als sehr angenehm empfunden; im Vergleich verfügten andere Bewerbende jedoch über umfangreichere Erfahrungen in der aufsichtsrechtlichen Prüfung von Kreditinstituten.

Wir würden uns freuen, wenn Sie unser Unternehmen auch künftig bei Ihrer Karriereplanung berücksichtigen.

Mit freundlichen Grüßen

i. A. Lara Winkelmann
Recruiting Experience Team

Kessler Weidemann & Co. GmbH Wirtschaftsprüfungsgesellschaft
Taunusanlage 9–10 · 60329 Frankfurt am Main
Geschäftsführer: WP StB Dr. Martin Kessler, WP Claudia Weidemann
Sitz der Gesellschaft: Frankfurt am Main · Registergericht: Amtsgericht Frankfurt am Main HRB 47213
""",
)

R(
    "de",
    "after_interview",
    "nachfrage-spaete-rueckmeldung-thread",
    co="Pegasus Medien GmbH",
    frm="Birgit Holtkamp <b.holtkamp@pegasus-medien.de>",
    to="felix",
    subj="AW: Nachfrage zu meiner Bewerbung (Mediengestalter)",
    thread=[("gmx.de", "uuid")],
    date="2024-11-28 13:06",
    body="""Hallo Herr Neumann,

entschuldigen Sie bitte die späte Rückmeldung – bei uns war in den letzten Wochen durch die Messe einiges los, und die Entscheidung hat sich deshalb verzögert.

Wir haben uns nach den Gesprächen für eine andere Bewerberin entschieden. Das lag nicht an Ihrem Gespräch, das uns gut gefallen hat, sondern vor allem daran, dass sie bereits mit unserem Redaktionssystem gearbeitet hat.

Vielen Dank für Ihre Geduld und alles Gute für Sie!

Viele Grüße
Birgit Holtkamp
Personal & Office

Pegasus Medien GmbH · Ludwigstraße 44 · 70176 Stuttgart

Am 25.11.2024 um 08:57 schrieb Felix Neumann <felix.neumann@gmx.de>:
> Sehr geehrte Frau Holtkamp,
>
> am 30. Oktober hatte ich ein Vorstellungsgespräch bei Ihnen für die Stelle als Mediengestalter Digital und Print. Da Sie eine Rückmeldung innerhalb von zwei Wochen angekündigt hatten, wollte ich freundlich nachfragen, ob es schon einen Stand gibt.
>
> Viele Grüße
> Felix Neumann
""",
)

R(
    "de",
    "after_interview",
    "friseursalon-probetag",
    co="Salon Haarmonie",
    frm="Salon Haarmonie <termine@salon-haarmonie-kassel.de>",
    to="zeynep",
    subj="Dein Probetag bei uns",
    body="""Hallo Zeynep,

danke, dass du am Freitag zum Probetag da warst! Die Kundinnen waren zufrieden mit den Föhnfrisuren und du hast dich super ins Team eingefügt.

Beim Farbmodell hat uns aber gezeigt, dass dir beim Färben und bei den Strähnentechniken noch Praxis fehlt. Da wir gerade niemanden zum Einarbeiten freistellen können, haben wir uns für eine andere Friseurin entschieden.

Du bist jederzeit willkommen, wenn du dich noch mal bewerben möchtest!

Liebe Grüße
Sabrina
Salon Haarmonie · Friedrich-Ebert-Str. 120 · 34119 Kassel
""",
)

R(
    "de",
    "after_interview",
    "pharma-forschung-postdoc-scientist",
    fmt="alt",
    skin="outlook",
    co="Avena Therapeutics GmbH",
    frm="Dr. Henrik Sørensen <henrik.sorensen@avena-tx.com>",
    to="yasmin",
    subj="Scientist Zellbiologie – Rückmeldung",
    body="""Liebe Frau Haddad,

nochmals vielen Dank für Ihren Vortrag und die Gespräche mit dem Team in Martinsried. Ihr Projekt zu Organoiden fanden wir alle sehr spannend, und die Diskussion im Anschluss war eine der besten der Runde.

Nach sehr knapper Entscheidung haben wir uns für eine Kandidatin mit mehr Industrieerfahrung im Assay-Development unter GLP-Bedingungen entschieden. Damit müssen wir Ihnen für diese Position leider absagen.

Ich würde Sie gerne in unserem Netzwerk behalten. Wenn Sie nächstes Jahr wieder suchen, schreiben Sie mir bitte direkt.

Beste Grüße
Henrik Sørensen

Dr. Henrik Sørensen
Director Cell Biology
Avena Therapeutics GmbH · Am Klopferspitz 19 · 82152 Planegg-Martinsried
Geschäftsführer: Dr. Eva Landgraf · Amtsgericht München HRB 254117
""",
)

R(
    "de",
    "after_interview",
    "vertrieb-gehaltsvorstellung",
    group="de-story-tegeler",
    co="Tegeler Gebäudesicherheit GmbH",
    frm="Marco Tegeler <m.tegeler@tegeler-sicherheit.de>",
    to="david",
    subj="Vertriebsingenieur Brandschutz – Entscheidung",
    body="""Hallo Herr Roth,

danke für das gute Gespräch am Donnerstag, auch für die Offenheit beim Thema Gehalt.

Genau da liegt leider auch der Grund, warum wir nicht zusammenkommen: Ihre Gehaltsvorstellung liegt deutlich über dem Budget, das wir für die Stelle vorgesehen haben, und auch mit variablen Anteilen kommen wir nicht in die Nähe. Wir haben uns deshalb für einen anderen Bewerber entschieden.

Ich fand Sie fachlich überzeugend und wünsche Ihnen viel Erfolg bei der weiteren Suche.

Viele Grüße
Marco Tegeler
Geschäftsführer
Tegeler Gebäudesicherheit GmbH · Im Gewerbegebiet 5 · 48282 Emsdetten
""",
)

R(
    "de",
    "after_interview",
    "personio-nach-gespraech-handgeschrieben",
    co="Fjordlicht Reisen GmbH",
    frm="Ylva Petersen (Fjordlicht Reisen) <noreply@jobs.personio.de>",
    reply_to="ylva.petersen@fjordlicht-reisen.de",
    to="annika",
    subj="Deine Bewerbung als Reiseberaterin Skandinavien",
    fmt="html",
    skin="card",
    color="#0e6ba8",
    site="personio.de",
    powered="Gesendet über Personio",
    body="""Hej Annika,

vielen Dank für das Videogespräch am Montag und dass du uns so viel von deiner Zeit in Bergen erzählt hast.

Wir haben uns nach allen Gesprächen dazu entschieden, die Stelle mit jemandem zu besetzen, der schon Erfahrung mit unserem Buchungssystem und Gruppenreisen hat. Damit wird es diesmal leider nichts mit uns.

Ich fand das Gespräch wirklich schön und wünsche dir, dass du bald etwas Passendes findest.

Liebe Grüße
Ylva
Team Lead Beratung, Fjordlicht Reisen
""",
)

R(
    "de",
    "after_interview",
    "intern-besetzt-nach-gespraech",
    co="Stadtbibliothek Bergheide",
    frm="Stadtbibliothek Bergheide – Leitung <leitung@stadtbibliothek-bergheide.de>",
    to="lena",
    subj="Ihre Bewerbung als Bibliothekarin (Kinder- und Jugendbibliothek)",
    body="""Sehr geehrte Frau Hoffmann,

vielen Dank für Ihr Interesse an unserer Bibliothek und das Gespräch, das wir vor zwei Wochen geführt haben.

Im Laufe des Verfahrens hat sich eine Kollegin aus unserem Haus auf die Stelle beworben, die die Kinder- und Jugendbibliothek bereits seit einem Jahr vertretungsweise betreut. Die Stelle wird daher intern besetzt, und wir können Ihnen keine Zusage geben.

Wir bedauern sehr, dass Sie sich umsonst auf den Weg nach Bergheide gemacht haben, und danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen
Dr. Sabine Rüdiger
Leiterin der Stadtbibliothek
""",
)
# ---------------------------------------------------------------------------------------------
# German rejections: position closed / filled / withdrawn
# ---------------------------------------------------------------------------------------------

R(
    "de",
    "position_closed",
    "stelle-bereits-besetzt-kurz",
    co="Gärtnerei Blumenhof Rieger",
    frm="Blumenhof Rieger <info@blumenhof-rieger.de>",
    to="hannah",
    subj="Re: Bewerbung Gärtnerin Zierpflanzenbau",
    thread=[("gmail.com", "gmail")],
    body="""Hallo Frau Vogel,

danke für Ihre Bewerbung. Die Stelle ist inzwischen leider schon besetzt, wir hatten die Anzeige nur vergessen rauszunehmen. Entschuldigung dafür!

Viele Grüße
Familie Rieger
Blumenhof Rieger · Am Gries 4 · 86150 Augsburg
""",
)

R(
    "de",
    "position_closed",
    "einstellungsstopp-ausschreibung-zurueckgezogen",
    co="Valtrix Automation AG",
    frm="Valtrix Automation – Human Resources <hr-recruiting@valtrix.de>",
    to="piotr",
    subj="Ihre Bewerbung: Embedded Software Engineer (m/w/d) – Ausschreibung zurückgezogen",
    fmt="alt",
    skin="outlook",
    date="2024-10-02 11:45",
    body="""Sehr geehrter Herr Wiśniewski,

vielen Dank für Ihre Bewerbung als Embedded Software Engineer bei der Valtrix Automation AG.

Aufgrund der aktuellen wirtschaftlichen Lage hat der Vorstand einen vorübergehenden Einstellungsstopp beschlossen. Die Ausschreibung für die von Ihnen angestrebte Position wurde daher zurückgezogen, und das Auswahlverfahren wird nicht fortgesetzt.

Wir bedauern sehr, Ihnen diese Nachricht geben zu müssen – unabhängig von Ihrer Qualifikation, die wir zu keinem Zeitpunkt bewertet haben. Sobald wir wieder Stellen ausschreiben, finden Sie diese auf unserem Karriereportal.

Mit freundlichen Grüßen
Human Resources
Valtrix Automation AG · Sitz der Gesellschaft: Karlsruhe · Amtsgericht Mannheim HRB 712004
Vorstand: Dr. Wolfgang Reuß (Vorsitzender), Meike Ostendorf
""",
)

R(
    "de",
    "position_closed",
    "umstrukturierung-position-entfaellt",
    fmt="html",
    skin="simple",
    co="Grauwald Versicherungsdienste GmbH",
    frm="Personalentwicklung Grauwald <bewerbung@grauwald-vd.de>",
    to="annika",
    subj="Information zu Ihrer Bewerbung als Teamleiterin Schadenbearbeitung",
    body="""Sehr geehrte Frau Petersen,

wir danken Ihnen für Ihre Bewerbung und Ihre Geduld in den vergangenen Wochen.

Aufgrund interner Umstrukturierungen im Bereich Schaden/Leistung wird die ausgeschriebene Position der Teamleitung nicht besetzt. Die Aufgaben werden künftig auf zwei bestehende Teams verteilt. Wir müssen das Bewerbungsverfahren daher beenden.

Diese Entscheidung hat nichts mit Ihrer Person oder Ihren Unterlagen zu tun. Ihre Daten werden wir gemäß unseren Datenschutzhinweisen sechs Monate nach Abschluss des Verfahrens löschen.

Mit freundlichen Grüßen

Grauwald Versicherungsdienste GmbH
Personalentwicklung
""",
)

R(
    "de",
    "position_closed",
    "intern-besetzt-ats-html",
    co="Lindenhaus Hotels & Resorts GmbH",
    frm="Lindenhaus Karriere <no-reply@softgarden.io>",
    to="michal",
    subj="Ihre Bewerbung als Sous Chef (m/w/d) – Lindenhaus Usedom",
    fmt="html",
    skin="card",
    color="#7b2d26",
    powered="powered by softgarden",
    body="""Guten Tag Michał Kowalczyk,

herzlichen Dank für Ihre Bewerbung als Sous Chef für unser Haus auf Usedom.

Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich intern mit einem Kollegen aus unserem Schwesterhotel besetzt wurde. Wir können Ihre Bewerbung daher nicht weiter berücksichtigen.

Wir laden Sie herzlich ein, sich auf andere offene Positionen in unseren sechs Häusern zu bewerben.

Freundliche Grüße
Ihr Lindenhaus People-Team
""",
)

R(
    "de",
    "position_closed",
    "postdoc-drittmittel-nicht-bewilligt",
    group="de-story-uni-elbtal",
    co="Universität Elbtal",
    frm="Dr. Friedemann Vogt <friedemann.vogt@uni-elbtal.de>",
    to="omar",
    subj="Postdoc-Stelle Computational Linguistics – leider keine Finanzierung",
    body="""Sehr geehrter Herr Al-Khatib,

ich muss Ihnen leider mitteilen, dass die ausgeschriebene Postdoc-Stelle nicht besetzt werden kann. Die DFG hat den Fortsetzungsantrag für unser Projekt nicht bewilligt, und ohne die Drittmittel steht die Finanzierung der Stelle nicht mehr zur Verfügung.

Ich bedauere das sehr, zumal Ihre Bewerbung zu den stärksten gehörte. Gern empfehle ich Sie an Kolleginnen und Kollegen weiter, wenn Sie mir eine kurze Nachricht schreiben, in welchen Bereichen Sie suchen.

Mit freundlichen Grüßen
Friedemann Vogt

Dr. Friedemann Vogt
Institut für Germanistik und Computerlinguistik
Universität Elbtal · Postfach 10 02 31 · 01075 Dresden
""",
)

R(
    "de",
    "position_closed",
    "stelle-vorerst-nicht-besetzt",
    fmt="alt",
    skin="card",
    co="Sternberg Medical GmbH",
    frm="Sternberg Medical <karriere@sternberg-medical.de>",
    to="julia",
    subj="Regulatory Affairs Managerin – Stand des Verfahrens",
    body="""Hallo Frau Zielińska,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Sternberg Medical.

Wir haben entschieden, die Stelle im Bereich Regulatory Affairs bis auf Weiteres nicht zu besetzen, weil sich die Zulassungsstrategie für ein Produkt verschoben hat. Wir beenden deshalb das laufende Verfahren und werden Ihre Bewerbung nicht weiter bearbeiten.

Sobald wir die Position neu ausschreiben, finden Sie die Anzeige auf unserer Website. Eine erneute Bewerbung wäre uns sehr willkommen.

Mit freundlichen Grüßen
Ihr Sternberg Medical HR-Team
""",
)

R(
    "de",
    "position_closed",
    "ausbildungsplaetze-vergeben",
    co="Tierarztpraxis Dr. Hellwig",
    frm="Tierarztpraxis Dr. Hellwig <praxis@tierarzt-hellwig.de>",
    to="leonie",
    subj="Ausbildung TFA",
    body="""Hallo Leonie,

danke für deine Bewerbung zur Tiermedizinischen Fachangestellten. Unsere beiden Ausbildungsplätze für dieses Jahr sind leider schon vergeben.

Alles Gute und viel Glück!
Praxisteam Dr. Hellwig
""",
)

R(
    "de",
    "position_closed",
    "praktikum-alle-plaetze-vergeben",
    co="Museum für Industriekultur Saarhütte",
    frm="Museum Saarhütte – Vermittlung <vermittlung@museum-saarhuette.de>",
    to="marie",
    subj="Ihre Anfrage nach einem Praktikum in der Museumspädagogik",
    body="""Sehr geehrte Frau Lindner,

vielen Dank für Ihre Bewerbung um ein Praktikum in unserer Abteilung Bildung und Vermittlung.

Unsere Praktikumsplätze für das laufende Jahr sind bereits alle vergeben. Wir können Ihnen daher keinen Platz anbieten. Bewerbungen für das kommende Jahr nehmen wir ab Oktober entgegen.

Mit freundlichen Grüßen
Dr. Ruth Schaller
Leitung Bildung und Vermittlung
Museum für Industriekultur Saarhütte · Hüttenweg 1 · 66333 Völklingen
""",
)

R(
    "de",
    "position_closed",
    "softgarden-stelle-nicht-mehr-verfuegbar",
    co="Klarwerk Gebäudetechnik GmbH",
    frm="Klarwerk Gebäudetechnik GmbH <no-reply@softgarden.io>",
    to="jonas",
    subj="Die Stelle „Projektleiter TGA (m/w/d)“ ist nicht mehr verfügbar",
    fmt="alt",
    skin="card",
    color="#005f73",
    powered="powered by softgarden",
    body="""Hallo Jonas Weber,

vielen Dank für Ihr Interesse an der Position Projektleiter TGA (m/w/d) in Nürnberg.

Die Stelle, auf die Sie sich beworben haben, wurde inzwischen besetzt und steht nicht mehr zur Verfügung. Ihre Bewerbung wird daher in diesem Verfahren nicht weiter berücksichtigt.

Ihr Bewerberkonto bleibt bestehen. Sie können sich darüber mit wenigen Klicks auf andere offene Positionen bewerben.

Viele Grüße
Ihr Klarwerk Recruiting Team
""",
)

R(
    "de",
    "position_closed",
    "zu-spaet-eingegangen",
    co="Augenarztpraxis Dr. Winter & Dr. Celik",
    frm="Praxis Dr. Winter & Dr. Celik <verwaltung@augen-winter-celik.de>",
    to="aylin",
    subj="Ihre Bewerbung als MFA",
    body="""Sehr geehrte Frau Demir,

vielen Dank für Ihre Bewerbung als Medizinische Fachangestellte.

Leider ist Ihre Bewerbung erst eingegangen, nachdem wir die Stelle bereits vergeben hatten. Wir bitten um Verständnis, dass wir Ihre Unterlagen daher nicht mehr berücksichtigen können.

Mit freundlichen Grüßen
Praxismanagement
Augenarztpraxis Dr. Winter & Dr. Celik · Hauptstraße 88 · 42651 Solingen
""",
)

R(
    "de",
    "position_closed",
    "werkstudent-budget-gestrichen",
    co="Pixelhafen Games GmbH",
    frm="Ronja Tiedemann <ronja@pixelhafen.de>",
    to="emre",
    subj="Werkstudi QA – blöde Nachricht",
    body="""Hi Emre,

ich muss dir leider eine blöde Nachricht schreiben: Unser Publisher hat das Budget für das nächste Quartal gekürzt, und die Werkstudierenden-Stelle im QA-Team wurde gestrichen. Wir schließen die Ausschreibung damit, ohne sie zu besetzen.

Das hat wirklich nichts mit dir zu tun – dein Gespräch mit Kai lief gut. Tut mir echt leid, dass wir dich so lange haben warten lassen.

Liebe Grüße
Ronja
People & Ops, Pixelhafen Games
""",
)

R(
    "de",
    "position_closed",
    "insolvenz-keine-neueinstellung",
    co="Möbelhaus Kranich GmbH",
    frm="Möbelhaus Kranich – Personalbüro <personal@moebel-kranich.de>",
    to="stefan",
    subj="Ihre Bewerbung als Abteilungsleiter Küchenstudio",
    date="2025-09-17 14:28",
    body="""Sehr geehrter Herr Wagner,

wir danken Ihnen für Ihre Bewerbung.

Wie Sie möglicherweise der Presse entnommen haben, befindet sich unser Unternehmen seit dem 1. September in einem Insolvenzverfahren in Eigenverwaltung. In Abstimmung mit dem Sachwalter werden bis auf Weiteres keine Neueinstellungen vorgenommen. Die ausgeschriebene Stelle wird daher nicht besetzt.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Personalbüro
Möbelhaus Kranich GmbH
""",
)

R(
    "de",
    "position_closed",
    "zeitarbeit-kunde-storniert",
    group="de-story-primus",
    co="Primus Personaldienste GmbH",
    frm="Primus Personaldienste Niederlassung Wolfsburg <wolfsburg@primus-personal.de>",
    to="mehmet",
    subj="Einsatz Produktionshelfer – Auftrag storniert",
    body="""Hallo Herr Kaya,

leider muss ich Ihnen mitteilen, dass unser Kunde den Auftrag für die Produktionshelfer in der Spätschicht kurzfristig storniert hat. Die Stelle, über die wir gesprochen haben, gibt es damit nicht mehr.

Ich habe Ihr Profil gespeichert und melde mich, sobald ein neuer passender Einsatz reinkommt.

Viele Grüße
Tanja Rieck
Disposition
Primus Personaldienste GmbH · Porschestraße 12 · 38440 Wolfsburg
""",
)

R(
    "de",
    "position_closed",
    "schulamt-versetzung-besetzt",
    co="Staatliches Schulamt Nordhessenland",
    frm="Staatliches Schulamt <poststelle.sa-nordhessenland@schulen-nordhessenland.de>",
    to="friederike",
    subj="Schulscharfe Ausschreibung – Gesamtschule Lahnblick (Deutsch/Geschichte)",
    body="""Sehr geehrte Frau Hagen,

Sie hatten sich auf die schulscharf ausgeschriebene Stelle an der Gesamtschule Lahnblick beworben.

Wir teilen Ihnen mit, dass die Stelle im Wege der Versetzung einer Lehrkraft aus dem Landesdienst besetzt worden ist. Ein Auswahlverfahren unter den externen Bewerberinnen und Bewerbern findet daher nicht statt. Ihre Bewerbung ist damit gegenstandslos geworden.

Wir danken für Ihr Interesse am hessischen Schuldienst.

Mit freundlichen Grüßen
Im Auftrag
Dr. Lorenz
""",
)

R(
    "de",
    "position_closed",
    "greenhouse-position-geschlossen-bilingual",
    co="Tallyo GmbH",
    frm="Tallyo Recruiting <no-reply@us.greenhouse-mail.io>",
    to="david",
    subj="Update: Senior Product Manager – Payments (Berlin)",
    body="""Hallo David,

wir möchten dich darüber informieren, dass wir die Position Senior Product Manager – Payments geschlossen haben. Nach einer Neuausrichtung der Roadmap haben wir entschieden, die Rolle in diesem Jahr nicht zu besetzen. Deine Bewerbung wird daher nicht weiter bearbeitet.

Hi David, we wanted to let you know that we have closed the Senior Product Manager – Payments role and will not be filling it this year. Thank you for your interest in Tallyo.

Viele Grüße / Best,
Tallyo Recruiting Team
""",
)

R(
    "de",
    "position_closed",
    "tierarzt-praxisverkauf",
    co="Kleintierpraxis Am Stadtwald",
    frm="Dr. Uta Kersting <kersting@kleintierpraxis-stadtwald.de>",
    to="sophie",
    subj="Ihre Bewerbung als Tiermedizinische Fachangestellte",
    body="""Liebe Frau Krämer,

danke für Ihre Bewerbung und das nette Telefonat.

Leider hat sich bei uns kurzfristig etwas geändert: Die Praxis wird zum Jahresende an eine Praxiskette übergeben, und der neue Inhaber möchte zunächst keine neuen Mitarbeiterinnen einstellen. Die ausgeschriebene Stelle entfällt damit. Es tut mir leid, dass ich Ihnen das so mitteilen muss.

Herzliche Grüße
Uta Kersting
""",
)

R(
    "de",
    "position_closed",
    "minijob-schon-weg",
    co="Getränkemarkt Schuster",
    frm="getraenke.schuster@t-online.de",
    to="karim",
    subj="Re: ",
    thread=[("outlook.de", "outlook")],
    body="""Hallo,

die Aushilfsstelle ist schon weg, sorry.

Gruß Schuster
""",
)

R(
    "de",
    "position_closed",
    "pflegeheim-stelle-besetzt-html",
    co="Haus Lindenhof Pflege gGmbH",
    frm="Haus Lindenhof <bewerbung@haus-lindenhof-pflege.de>",
    to="merve",
    subj="Stelle Praxisanleitung",
    fmt="html",
    skin="simple",
    body="""Sehr geehrte Frau Yıldız,

vielen Dank für Ihre Bewerbung als Praxisanleiterin in unserem Haus.

Wir möchten Ihnen mitteilen, dass die Stelle bereits besetzt wurde. Wir haben Ihre Unterlagen deshalb nicht weiter berücksichtigt.

Für Ihre Zukunft alles Gute!

Mit freundlichen Grüßen
Heimleitung Haus Lindenhof
Lindenhofstraße 5 · 37083 Göttingen
""",
)
# ---------------------------------------------------------------------------------------------
# German hard negatives: acknowledgements / Eingangsbestätigungen / Zwischenbescheide
# ---------------------------------------------------------------------------------------------

N(
    "de",
    "acknowledgement",
    "eingang-unterlagen-aufbewahren",
    co="Hanse Werft Service GmbH",
    frm="Hanse Werft Service – Personal <personal@hanse-werft-service.de>",
    to="jonas",
    subj="Eingangsbestätigung: Ihre Bewerbung als Schiffbauer (m/w/d)",
    body="""Sehr geehrter Herr Weber,

vielen Dank für Ihre Bewerbung als Schiffbauer und Ihr Interesse an der Hanse Werft Service GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen alle Bewerbungen sorgfältig und melden uns so bald wie möglich bei Ihnen. Sollten wir Sie für diese Stelle nicht berücksichtigen können, bewahren wir Ihre Unterlagen mit Ihrem Einverständnis für zwölf Monate auf, um Sie bei künftigen Vakanzen ansprechen zu können.

Mit freundlichen Grüßen
Personalabteilung
Hanse Werft Service GmbH · Werftstraße 2 · 18147 Rostock
""",
)

N(
    "de",
    "acknowledgement",
    "eingang-pruefung-einige-wochen",
    group="de-story-vantis",
    co="Vantis Energie AG",
    frm="Vantis Energie Karriere <karriere@vantis-energie.de>",
    to="katarzyna",
    subj="Vielen Dank für Ihre Bewerbung – Referentin Energiewirtschaft (m/w/d)",
    fmt="html",
    skin="card",
    color="#00843d",
    foot="Vantis Energie AG · Sitz: Mannheim · Amtsgericht Mannheim HRB 740512\nVorstand: Dr. Jens Ohlig (Vorsitz), Martina Bäcker",
    body="""Sehr geehrte Frau Nowak,

vielen Dank für Ihre Bewerbung als Referentin Energiewirtschaft (m/w/d). Wir freuen uns über Ihr Interesse an Vantis Energie.

Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun von unserem Recruiting-Team und der Fachabteilung geprüft. Bitte haben Sie Verständnis dafür, dass die Prüfung aufgrund der Vielzahl an Bewerbungen einige Wochen dauern kann.

Sollten wir Ihnen keine Stelle anbieten können, werden Ihre Daten nach sechs Monaten automatisch gelöscht. Weitere Informationen finden Sie in unseren Datenschutzhinweisen für Bewerbende.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Vantis Energie AG
""",
)

N(
    "de",
    "acknowledgement",
    "zwischenbescheid-verzoegerung",
    co="Hochschule für Gestaltung Nordufer",
    frm="Personaldezernat HfG Nordufer <personal@hfg-nordufer.de>",
    to="julia",
    subj="Zwischenbescheid zu Ihrer Bewerbung (Kennziffer 23/114)",
    body="""Sehr geehrte Frau Zielińska,

vielen Dank für Ihre Bewerbung auf die Stelle einer künstlerischen Mitarbeiterin im Fachgebiet Kommunikationsdesign.

Leider verzögert sich das Auswahlverfahren, da sich die Zusammensetzung der Auswahlkommission geändert hat. Wir rechnen damit, die Vorstellungsgespräche Ende Januar führen zu können. Sie erhalten rechtzeitig Nachricht von uns, ob wir Sie zu einem Gespräch einladen.

Wir bitten um Ihre Geduld und danken für Ihr Verständnis.

Mit freundlichen Grüßen
Im Auftrag
Carola Wendisch
Personaldezernat
""",
)

N(
    "de",
    "acknowledgement",
    "du-eingang-kein-ghosting",
    group="de-story-wolkenwerk",
    co="Wolkenwerk GmbH",
    frm="Wolkenwerk Team <team@wolkenwerk.app>",
    to="felix",
    subj="Deine Bewerbung ist angekommen 🙌",
    body="""Hey Felix,

danke für deine Bewerbung als Backend-Entwickler (Kotlin)! Sie ist gut bei uns gelandet.

So geht's jetzt weiter: Marie und Tarek aus dem Team schauen sich deine Unterlagen in den nächsten 7–10 Tagen an. Egal ob es passt oder nicht – du bekommst auf jeden Fall eine Antwort von uns. Versprochen, kein Ghosting. Falls wir dir eine Absage schicken müssen, sagen wir dir auch, woran es lag.

Bis bald!
Dein Wolkenwerk-Team
""",
)

N(
    "de",
    "acknowledgement",
    "behoerde-eingang-keine-nachfragen",
    fmt="html",
    skin="simple",
    co="Bundesamt für Verkehrsinfrastruktur (BfVI)",
    frm="BfVI Personalgewinnung <bewerbung@bfvi-bund.de>",
    to="lukas",
    subj="Eingangsbestätigung – Stellenausschreibung 2025-045 Bauingenieur/in Brückenbau",
    auto=True,
    date="2025-04-08 06:12",
    body="""Sehr geehrter Herr Brandt,

Ihre Bewerbung auf die Stellenausschreibung 2025-045 ist bei uns eingegangen.

Nach Ablauf der Bewerbungsfrist werden alle Bewerbungen anhand des Anforderungsprofils gesichtet. Wir bitten Sie, bis dahin von Sachstandsanfragen abzusehen. Sie erhalten in jedem Fall eine Nachricht, ob Sie zu einem Auswahlgespräch eingeladen werden oder nicht.

Schwerbehinderte und ihnen gleichgestellte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.

Diese Nachricht wurde automatisch erstellt.

Bundesamt für Verkehrsinfrastruktur
Referat Z 12 – Personalgewinnung
""",
)

N(
    "de",
    "acknowledgement",
    "workday-eingang-bilingual",
    co="Norvik Chemicals Germany GmbH",
    frm="Norvik Careers <norvik@myworkday.com>",
    to="omar",
    subj="Vielen Dank für Ihre Bewerbung / Thank you for your application – R-104577",
    fmt="alt",
    skin="card",
    color="#00205b",
    body="""Sehr geehrter Herr Al-Khatib,

vielen Dank für Ihre Bewerbung auf die Position Process Engineer (m/w/d) am Standort Ludwigshafen (R-104577).

Wir haben Ihre Bewerbung erhalten und werden Ihre Qualifikationen mit den Anforderungen der Stelle abgleichen. Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in unserem Kandidatenportal einsehen.

Mit freundlichen Grüßen
Norvik Talent Acquisition

Dear Omar Al-Khatib,

Thank you for applying for the Process Engineer position (R-104577). We have received your application and will review it carefully. You can track the status of your application in our candidate home.

Kind regards
Norvik Talent Acquisition
""",
)

N(
    "de",
    "acknowledgement",
    "ausbildung-eingang-absagen-nach-abschluss",
    co="Sparkasse Wagrien-Fehmarn",
    frm="Sparkasse Wagrien-Fehmarn – Ausbildung <ausbildung@spk-wagrien-fehmarn.de>",
    to="zeynep",
    subj="Deine Bewerbung für die Ausbildung zur Bankkauffrau 2026",
    date="2025-09-22 10:40",
    body="""Hallo Zeynep,

vielen Dank für deine Bewerbung für einen Ausbildungsplatz als Bankkauffrau zum 1. August 2026!

Deine Unterlagen sind bei uns angekommen. Im nächsten Schritt bekommst du von uns einen Link zu einem kurzen Online-Test. Bitte wundere dich nicht, wenn das ein paar Wochen dauert – wir warten das Ende der Bewerbungsphase am 31. Oktober ab.

Übrigens: Absagen verschicken wir erst, wenn das gesamte Auswahlverfahren abgeschlossen ist. Wenn du also eine Weile nichts hörst, ist das kein schlechtes Zeichen.

Viele Grüße
Dein Ausbildungsteam
""",
)

N(
    "de",
    "acknowledgement",
    "talentpool-double-optin",
    co="Birkenstamm Logistik SE",
    frm="Birkenstamm Talent Community <talentpool@birkenstamm-logistik.com>",
    to="mehmet",
    subj="Bitte bestätigen Sie Ihre Aufnahme in unseren Talentpool",
    fmt="html",
    skin="card",
    color="#3d5a80",
    body="""Hallo Mehmet Kaya,

schön, dass Sie sich für unseren Talentpool registriert haben!

Bitte bestätigen Sie innerhalb von 7 Tagen Ihre E-Mail-Adresse, damit wir Sie über passende Stellen im Bereich Lager und Transport informieren können:
https://talent.birkenstamm-logistik.com/confirm?token=8f21c0a97d

Wenn Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren. Ihre Daten werden dann nach 7 Tagen gelöscht.

Viele Grüße
Ihr Birkenstamm Recruiting
""",
)

N(
    "de",
    "acknowledgement",
    "uni-eingangsbestaetigung-kennziffer",
    fmt="html",
    skin="card",
    co="Universität Rosenheide",
    frm="Universität Rosenheide – Bewerbungsportal <stellenportal@uni-rosenheide.de>",
    to="yasmin",
    subj="Eingangsbestätigung Ihrer Bewerbung – Kennziffer W-2024-31",
    date="2024-06-14 23:07",
    auto=True,
    body="""Sehr geehrte Frau Haddad,

hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle
„Wissenschaftliche Mitarbeiterin/Wissenschaftlicher Mitarbeiter (m/w/d) – Arbeitsgruppe Umweltmikrobiologie (E 13 TV-L, 65 %)".

Ihre Bewerbung wird nach Ablauf der Bewerbungsfrist an die zuständige Stelle weitergeleitet. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

Bitte beachten Sie: Ihre Bewerbungsunterlagen werden nach Abschluss des Verfahrens, spätestens nach sechs Monaten, gelöscht, falls Ihre Bewerbung nicht erfolgreich sein sollte.

Dies ist eine automatisch erzeugte E-Mail.
""",
)

N(
    "de",
    "acknowledgement",
    "krankenhaus-vier-wochen-nichts-hoeren",
    co="Marienhospital Süderbrarup",
    frm="Marienhospital Süderbrarup <bewerbung@marienhospital-suederbrarup.de>",
    to="merve",
    subj="Ihre Bewerbung ist bei uns eingegangen",
    body="""Sehr geehrte Frau Yıldız,

herzlichen Dank für Ihre Bewerbung als Gesundheits- und Krankenpflegerin in unserer Notaufnahme.

Ihre Unterlagen liegen der Pflegedirektion vor. Wir melden uns in der Regel innerhalb von zwei bis drei Wochen telefonisch bei Ihnen, um einen Termin für ein Kennenlernen zu vereinbaren.

Sollten Sie innerhalb von vier Wochen nichts von uns gehört haben, rufen Sie gern bei uns an (04641 88-210) – manchmal geht im Alltag einer Klinik leider etwas unter.

Mit freundlichen Grüßen
Ihre Personalabteilung
Marienhospital Süderbrarup gGmbH
""",
)

N(
    "de",
    "acknowledgement",
    "stepstone-bewerbung-versendet",
    co="Orbis Gebäudereinigung GmbH",
    frm="StepStone <notification@stepstone.de>",
    to="omar",
    subj="Ihre Bewerbung wurde erfolgreich versendet",
    fmt="html",
    skin="card",
    color="#0c2577",
    site="stepstone.de",
    co_card="StepStone",
    body="""Hallo Omar,

Ihre Bewerbung ist unterwegs!

Objektleiter Unterhaltsreinigung (m/w/d)
Orbis Gebäudereinigung GmbH · Düsseldorf
Gesendet am: heute

Was passiert jetzt? Der Arbeitgeber prüft Ihre Bewerbung. Den Status sehen Sie jederzeit unter „Meine Bewerbungen". Viele Arbeitgeber melden sich innerhalb von 14 Tagen.

Tipp: Bewerber, die sich auf mehrere passende Stellen bewerben, erhalten im Schnitt schneller eine Einladung.

Ihr StepStone Team
""",
)

N(
    "de",
    "acknowledgement",
    "indeed-bewerbung-gesendet",
    co="Pflegedienst Sonnenschein Hagen",
    frm="Indeed <indeedapply@indeed.com>",
    to="yasmin",
    subj="Bewerbung gesendet: Pflegehilfskraft (m/w/d) – Pflegedienst Sonnenschein",
    body="""Ihre Bewerbung wurde an Pflegedienst Sonnenschein gesendet.

Pflegehilfskraft (m/w/d)
Pflegedienst Sonnenschein – Hagen
Teilzeit, Vollzeit

Die nächsten Schritte:
- Der Arbeitgeber kann Ihr Profil ansehen und Sie direkt über Indeed kontaktieren.
- Nicht alle Arbeitgeber antworten auf jede Bewerbung. Sie können Ihren Bewerbungsstatus unter „Meine Jobs" verfolgen.

Viel Glück!
Das Indeed Team

Sie erhalten diese E-Mail, weil Sie sich über Indeed beworben haben.
Indeed Ireland Operations Limited, 124 St. Stephen's Green, Dublin 2, Irland
""",
)

N(
    "de",
    "acknowledgement",
    "dvinci-eingang-bewerberportal",
    co="Städtisches Klinikum Wendelstadt",
    frm="Städtisches Klinikum Wendelstadt <recruiting@dvinci-mail.com>",
    to="nour",
    subj="Ihre Bewerbung – Medizinisch-technische Radiologieassistenz (MTR) – Eingang bestätigt",
    fmt="alt",
    skin="card",
    color="#005a9c",
    body="""Sehr geehrte Frau El-Sayed,

wir haben Ihre Bewerbung erhalten und bedanken uns für Ihr Interesse an einer Tätigkeit in unserem Klinikum.

Über unser Bewerberportal können Sie jederzeit den Stand Ihrer Bewerbung einsehen und Unterlagen ergänzen:
https://klinikum-wendelstadt.dvinci-hr.com/de/p/login

Ihre Zugangsdaten haben Sie bei der Registrierung selbst festgelegt.

Mit freundlichen Grüßen
Personalmanagement
Städtisches Klinikum Wendelstadt gGmbH
""",
)

N(
    "de",
    "acknowledgement",
    "rexx-eingang-im-falle-einer-absage",
    group="de-story-kraemer",
    fmt="html",
    skin="card",
    co="Kraemer & Lutz Maschinenbau GmbH",
    frm="Kraemer & Lutz Bewerbermanagement <jobs@kraemer-lutz.rexx-systems.com>",
    to="tobias",
    subj="Eingangsbestätigung Ihrer Bewerbung als Konstrukteur Sondermaschinenbau",
    body="""Sehr geehrter Herr Schäfer,

vielen Dank für die Übersendung Ihrer Bewerbungsunterlagen. Wir haben diese heute erhalten.

Wir werden Ihre Bewerbung nun sorgfältig prüfen und uns nach Abschluss der ersten Sichtung mit Ihnen in Verbindung setzen.

Hinweis zum Datenschutz: Im Falle einer Absage werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht. Im Falle einer Einstellung werden Ihre Daten in die Personalakte übernommen.

Mit freundlichen Grüßen

Personalabteilung
Kraemer & Lutz Maschinenbau GmbH
Siemensstraße 21 · 72766 Reutlingen
Geschäftsführer: Dipl.-Ing. Otto Kraemer, Karin Lutz · HRB 350911 Amtsgericht Stuttgart
""",
)

N(
    "de",
    "acknowledgement",
    "greenhouse-eingang-denglisch",
    co="Holmberg Fintech GmbH",
    frm="Holmberg Recruiting <no-reply@us.greenhouse-mail.io>",
    to="aylin",
    subj="Thanks for applying to Holmberg! / Danke für deine Bewerbung",
    body="""Hi Aylin,

thanks for applying for the Compliance Analyst position at Holmberg! We've received your application and our team is reviewing it.

Kurz auf Deutsch: Deine Bewerbung ist angekommen. Wir schauen sie uns in den nächsten zwei Wochen an und melden uns bei dir – unabhängig davon, wie die Entscheidung ausfällt.

In the meantime, feel free to check out our engineering blog or follow us on LinkedIn.

Best,
The Holmberg Talent Team
""",
)

N(
    "de",
    "acknowledgement",
    "kleinbetrieb-chef-im-urlaub",
    co="Malerbetrieb Schröder & Sohn",
    frm="Malerbetrieb Schröder <buero@maler-schroeder-celle.de>",
    to="michal",
    subj="Re: Bewerbung Malergeselle",
    thread=[("gmx.de", "uuid")],
    body="""Hallo Herr Kowalczyk,

Ihre Bewerbung ist angekommen, danke. Herr Schröder ist leider bis zum 18. im Urlaub, er meldet sich danach bei Ihnen wegen einem Termin.

Schöne Grüße
Ingrid Schröder
Büro
""",
)

N(
    "de",
    "acknowledgement",
    "praktikum-sammeln-bis-stichtag",
    co="Stiftung Kunstforum Bergmann",
    frm="Kunstforum Bergmann <praktikum@kunstforum-bergmann.de>",
    to="marie",
    subj="Praktikum Ausstellungsorganisation – Ihre Bewerbung",
    body="""Liebe Frau Lindner,

vielen Dank für Ihre Bewerbung für ein Praktikum in der Ausstellungsorganisation.

Wir sammeln alle Bewerbungen bis zum 31. März und entscheiden dann gemeinsam im Team. Bis Mitte April hören Sie von uns – egal, ob wir Ihnen eine Zusage oder leider eine Absage schicken müssen.

Herzliche Grüße
Laura Wittkamp
Ausstellungsbüro
Stiftung Kunstforum Bergmann · Bahnhofstraße 10 · 45127 Essen
""",
    date="2025-03-06 11:30",
)

N(
    "de",
    "acknowledgement",
    "teamtailor-eingang-du",
    co="Kontor 21 Kaffeerösterei GmbH",
    frm="Kontor 21 <notifications@mail.teamtailor.com>",
    to="sophie",
    subj="Danke für deine Bewerbung, Sophie!",
    fmt="html",
    skin="card",
    color="#8c5e3c",
    powered="Gesendet über Teamtailor",
    body="""Hallo Sophie,

wie schön, dass du Teil des Kontor-21-Teams werden möchtest! Wir haben deine Bewerbung als Schichtleitung Café erhalten.

Wir lesen jede Bewerbung selbst – das dauert manchmal ein bisschen. Spätestens in drei Wochen hörst du von uns.

Bis dahin: Komm doch mal auf einen Espresso vorbei!

Liebe Grüße
Dein Kontor 21 Team
""",
)

N(
    "de",
    "acknowledgement",
    "technischer-fehler-aber-eingegangen",
    co="Ravensberg Stadtwerke GmbH",
    frm="Ravensberg Stadtwerke – Karriere <karriere@ravensberg-stadtwerke.de>",
    to="annika",
    subj="Ihre Bewerbung – Hinweis zu einer fehlerhaften E-Mail",
    body="""Sehr geehrte Frau Petersen,

leider hat unser Bewerbungssystem gestern aufgrund eines technischen Fehlers an einige Bewerbende eine E-Mail mit dem Betreff „Absage" verschickt. Bitte entschuldigen Sie dieses Versehen!

Wir möchten Ihnen ausdrücklich versichern, dass Ihre Bewerbung als Sachbearbeiterin Kundenservice eingegangen ist und sich weiterhin im Auswahlverfahren befindet. Eine Entscheidung ist noch nicht gefallen.

Wir melden uns in den nächsten zwei Wochen mit dem weiteren Vorgehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Ravensberg Stadtwerke GmbH
""",
)

N(
    "de",
    "acknowledgement",
    "zwischenstand-noch-nicht-entschieden",
    co="Edelweiss Outdoor GmbH",
    frm="Theresa Moll <theresa.moll@edelweiss-outdoor.de>",
    to="hannah",
    subj="Kurzer Zwischenstand zu deiner Bewerbung",
    body="""Hallo Hannah,

ich wollte mich kurz melden, damit du nicht im Ungewissen bist: Wir haben noch keine Entscheidung für die Stelle im E-Commerce getroffen. Unser Teamlead war krank, und wir mussten die Gespräche um eine Woche verschieben.

Deine Bewerbung ist also noch voll im Rennen. Ich melde mich spätestens Ende nächster Woche wieder.

Danke für deine Geduld!
Theresa
People Team, Edelweiss Outdoor
""",
)

N(
    "de",
    "acknowledgement",
    "schweiz-dossier-eingang",
    fmt="html",
    skin="outlook",
    co="Bergkristall Versicherungen AG",
    frm="Bergkristall Versicherungen AG <jobs@bergkristall-versicherungen.ch>",
    to="tobias",
    tz="Europe/Zurich",
    subj="Eingangsbestätigung Ihres Bewerbungsdossiers",
    body="""Grüezi Herr Schäfer

Vielen Dank für Ihre Bewerbung als Underwriter Sach 100 % und Ihr Interesse an der Bergkristall Versicherungen AG.

Wir haben Ihr Dossier erhalten und prüfen es nun. Bitte haben Sie Verständnis, dass dies zwei bis drei Wochen in Anspruch nehmen kann. Sie hören von uns, sobald wir über das weitere Vorgehen entschieden haben.

Freundliche Grüsse
HR Recruiting
Bergkristall Versicherungen AG · Seefeldstrasse 104 · 8008 Zürich
""",
)

N(
    "de",
    "acknowledgement",
    "oesterreich-bewerbungseingang-iso",
    co="Tauernblick Bergbahnen AG",
    frm="Tauernblick Bergbahnen <personal@tauernblick-bergbahnen.at>",
    to="piotr",
    tz="Europe/Vienna",
    subj="Bewerbungseingang - Seilbahntechniker Wintersaison",
    charset="iso-8859-1",
    body="""Sehr geehrter Herr Wisniewski,

danke für Ihre Bewerbung als Seilbahntechniker für die kommende Wintersaison. Ihre Unterlagen sind bei uns eingelangt.

Wir führen die Gespräche für die Saisonstellen im Oktober. Sollten Sie bis Anfang November keine Einladung erhalten haben, können Sie davon ausgehen, dass wir Ihre Bewerbung heuer nicht berücksichtigen konnten. Ihre Daten bleiben für ein Jahr in Evidenz.

Mit freundlichen Grüßen

Tauernblick Bergbahnen AG
Personalbüro
Talstation 1, 5562 Obertauern
""",
)

N(
    "de",
    "acknowledgement",
    "pflege-wir-rufen-an",
    co="Sozialstation St. Martin",
    frm="Sozialstation St. Martin <info@sozialstation-st-martin.de>",
    to="yasmin",
    subj="Ihre Bewerbung",
    body="""Liebe Frau Haddad,

vielen Dank für Ihre Bewerbung als Pflegefachkraft in unserer Sozialstation. Wir haben uns sehr darüber gefreut!

Unsere Pflegedienstleitung Frau Baumann wird Sie in den nächsten Tagen anrufen, um einen Termin zum Kennenlernen und ggf. für eine Hospitation zu vereinbaren.

Herzliche Grüße
Verwaltung
Sozialstation St. Martin gGmbH · Kirchplatz 3 · 88214 Ravensburg
""",
)

N(
    "de",
    "acknowledgement",
    "eingang-iso-altes-system",
    co="Glasmanufaktur Oberlausitz GmbH",
    frm="Glasmanufaktur Oberlausitz <bewerbung@glasmanufaktur-oberlausitz.de>",
    to="stefan",
    subj="Ihre Bewerbung - Eingangsbestaetigung",
    charset="iso-8859-15",
    body="""Sehr geehrter Herr Wagner,

wir bestätigen den Eingang Ihrer Bewerbung als Schichtführer Schmelze.

Da wir alle Unterlagen sorgfältig prüfen, bitten wir Sie um etwas Geduld. Wir werden uns bis spätestens Ende des Monats bei Ihnen melden.

Mit freundlichen Grüßen

Personalabteilung
Glasmanufaktur Oberlausitz GmbH
Hüttenstraße 9, 02943 Weißwasser
""",
)

# --- family: softgarden-hosted acknowledgement template used by several employers ---
_SG_ACK = [
    (
        "Ahlborn Verpackungen GmbH",
        "Industriemechaniker (m/w/d) Instandhaltung",
        "emre",
        "#2a9d8f",
        "2023-05-16 09:12",
    ),
    ("Rieder Bau AG", "Bauleiter Hochbau (m/w/d)", "jonas", "#e76f51", "2024-01-29 15:41"),
    ("Casa Verde Gastronomie GmbH", "Restaurantleitung (m/w/d)", "michal", "#6b9080", "2024-09-10 08:27"),
    ("Seidenweber Textil GmbH", "Textillaborant:in", "julia", "#9c6644", "2025-06-02 13:55"),
    (
        "Altmark Wohnbau eG",
        "Immobilienkaufmann/-frau (m/w/d) Vermietung",
        "annika",
        "#3a86ff",
        "2026-02-17 10:19",
    ),
]
for _i, (_co, _role, _who, _col, _date) in enumerate(_SG_ACK):
    _slug = re.sub(r"[^a-z]+", "-", _co.lower().split()[0]).strip("-")
    N(
        "de",
        "acknowledgement",
        f"softgarden-eingang-{_slug}",
        group="de-fam-softgarden-eingang",
        co=_co,
        color=_col,
        date=_date,
        frm=f"{_co} <no-reply@softgarden.io>",
        to=_who,
        fmt=("html" if _i % 2 == 0 else "alt"),
        skin="card",
        site="softgarden.io",
        powered="powered by softgarden",
        subj=f"Vielen Dank für Ihre Bewerbung als {_role}",
        body=f"""Guten Tag {{{{first}}}} {{{{last}}}},

herzlichen Dank für Ihre Bewerbung als {_role} und das damit verbundene Interesse an {_co}.

Wir haben Ihre Unterlagen erhalten und werden diese nun sorgfältig prüfen. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann. Sobald wir Ihre Bewerbung gesichtet haben, melden wir uns bei Ihnen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen. Dort können Sie Ihre Bewerbung auch zurückziehen.

Hinweis: Sollten wir Ihnen keine Stelle anbieten können, werden Ihre Daten spätestens sechs Monate nach Abschluss des Verfahrens gelöscht.

Freundliche Grüße
Ihr Recruiting-Team von {_co}
""",
    )
# ---------------------------------------------------------------------------------------------
# German hard negatives: interview invitations, offers, assessments
# ---------------------------------------------------------------------------------------------

N(
    "de",
    "interview_invite",
    "einladung-vorstellungsgespraech-formell",
    co="Weidner Elektroanlagen GmbH",
    frm="Claudia Ritter <c.ritter@weidner-elektroanlagen.de>",
    to="jonas",
    subj="Einladung zum Vorstellungsgespräch – Elektrotechniker Schaltanlagenbau",
    body="""Sehr geehrter Herr Weber,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns angesprochen, und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein am

Donnerstag, 14. März, um 10:00 Uhr
Weidner Elektroanlagen GmbH, Am Umspannwerk 6, 06844 Dessau-Roßlau

Ihre Gesprächspartner sind Herr Dipl.-Ing. Weidner (Geschäftsführer) und Herr Baumgarten (Leiter Fertigung). Planen Sie bitte etwa 90 Minuten ein, inklusive eines kurzen Rundgangs durch die Fertigung.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte er Ihnen nicht passen, finden wir gern eine Alternative.

Mit freundlichen Grüßen
Claudia Ritter
Personal
""",
    date="2024-03-05 09:35",
)

N(
    "de",
    "interview_invite",
    "termin-verschieben-leider",
    co="Helios Lernwelten GmbH",
    frm="Dana Oberländer <dana.oberlaender@helios-lernwelten.de>",
    to="friederike",
    subj="Leider müssen wir unseren Termin verschieben",
    body="""Liebe Frau Hagen,

leider müssen wir den für Mittwoch vereinbarten Termin für Ihr Vorstellungsgespräch verschieben – unsere Bereichsleiterin ist kurzfristig erkrankt. Das tut mir sehr leid, zumal Sie sich den Tag sicher schon freigehalten hatten.

Können Sie alternativ am Montag, 9:30 Uhr, oder am Dienstag, 14:00 Uhr? Beide Termine wären auch online möglich, falls Ihnen das lieber ist.

An unserem Interesse an Ihnen als Kursleiterin Deutsch als Zweitsprache hat sich nichts geändert!

Viele Grüße
Dana Oberländer
Personalreferentin
Helios Lernwelten GmbH · Schillerstraße 12 · 04109 Leipzig
""",
)

N(
    "de",
    "interview_invite",
    "spaete-rueckmeldung-einladung",
    co="Bernstein Logistik Holding GmbH",
    frm="Recruiting Bernstein Logistik <recruiting@bernstein-logistik.de>",
    to="mehmet",
    subj="Rückmeldung zu Ihrer Bewerbung als Fuhrparkleiter",
    body="""Sehr geehrter Herr Kaya,

entschuldigen Sie bitte die späte Rückmeldung auf Ihre Bewerbung – durch die Urlaubszeit hat sich bei uns einiges verzögert.

Wir haben Ihre Unterlagen jetzt mit der Fachabteilung besprochen und würden Sie gern zu einem ersten Gespräch einladen. Bitte teilen Sie uns mit, an welchen Tagen in der kommenden Woche Sie Zeit hätten. Das Gespräch kann in unserer Niederlassung in Kassel oder per Videocall stattfinden.

Mit freundlichen Grüßen
Nadine Ferber
Recruiting
Bernstein Logistik Holding GmbH
""",
)

N(
    "de",
    "interview_invite",
    "naechste-runde-einladung",
    fmt="alt",
    skin="outlook",
    co="Quanta Health Software GmbH",
    frm="Leonie Brandt <leonie.brandt@quanta-health.de>",
    to="david",
    subj="Nächste Runde – Product Owner Telemedizin",
    body="""Hallo Herr Roth,

vielen Dank für das gute erste Gespräch am Montag. Wir möchten Sie gerne in die nächste Runde einladen!

In der zweiten Runde lernen Sie unseren CPO Dr. Mertens und zwei Entwickler aus dem Team kennen. Wir würden Sie bitten, ca. 20 Minuten lang zu skizzieren, wie Sie ein neues Feature für unsere Videosprechstunde priorisieren würden – keine Folienschlacht, ein Whiteboard reicht völlig.

Passt Ihnen Freitag, 13:00–15:00 Uhr, bei uns in Mannheim?

Beste Grüße
Leonie Brandt
Talent Acquisition
""",
)

N(
    "de",
    "interview_invite",
    "kennenlernen-du-calendly",
    co="Knusperwerk GmbH",
    frm="Kim von Knusperwerk <kim@knusperwerk.de>",
    to="leonie",
    subj="Lass uns quatschen! ☕",
    fmt="alt",
    skin="gmail",
    body="""Hi Leonie,

deine Bewerbung als Junior Brand Managerin hat uns echt Spaß gemacht zu lesen! Wir würden dich gern in einem lockeren 30-Minuten-Call kennenlernen.

Such dir einfach einen Slot aus, der dir passt:
https://calendly.com/knusperwerk-people/kennenlernen

Falls nichts passt, schreib mir einfach – wir finden was.

Bis bald
Kim
People Lead @ Knusperwerk
""",
)

N(
    "de",
    "interview_invite",
    "telefoninterview-terminvorschlaege",
    co="Mainfranken Kliniken gGmbH",
    frm="Mainfranken Kliniken – Recruiting <recruiting@mainfranken-kliniken.de>",
    to="nour",
    subj="Ihre Bewerbung als MFA – Terminvorschläge für ein Telefoninterview",
    body="""Sehr geehrte Frau El-Sayed,

vielen Dank für Ihre Bewerbung. Gerne würden wir in einem kurzen Telefoninterview (ca. 20 Minuten) mehr über Sie erfahren.

Folgende Termine können wir Ihnen anbieten:
- Dienstag, 10:30 Uhr
- Dienstag, 15:00 Uhr
- Mittwoch, 08:30 Uhr

Bitte antworten Sie kurz mit Ihrem Wunschtermin und der Telefonnummer, unter der wir Sie erreichen.

Mit freundlichen Grüßen
Christina Pfister
Recruiting
""",
)

N(
    "de",
    "interview_invite",
    "teams-einladung-video",
    co="Tiefenbach IT-Services GmbH",
    frm="Sven Möller <sven.moeller@tiefenbach-it.de>",
    to="karim",
    subj="Einladung: Videointerview Systemadministrator Linux – Microsoft Teams",
    fmt="alt",
    skin="outlook",
    body="""Hallo Herr Mansour,

wie telefonisch besprochen, sende ich Ihnen hier die Einladung für unser Videointerview am Donnerstag um 11:00 Uhr.

Teilnehmer: Sven Möller (Teamleiter Infrastruktur), Anna Goldbach (HR)

________________________________________________________________________________
Microsoft Teams Besprechung
Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen
Hier klicken, um an der Besprechung teilzunehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_tiefenbach
Besprechungs-ID: 372 118 904 22
Kennung: q7Rb4X
________________________________________________________________________________

Bei technischen Problemen erreichen Sie mich unter 0351 48 22 17-31.

Viele Grüße
Sven Möller
""",
)

N(
    "de",
    "interview_invite",
    "probearbeitstag-einladung-gastro",
    co="Brauhaus Zum Anker",
    frm="Brauhaus Zum Anker <info@brauhaus-anker.de>",
    to="michal",
    subj="Probearbeiten",
    body="""Hallo Michał,

danke für deine Bewerbung als Koch. Hast du Lust, nächsten Freitag ab 15 Uhr zum Probearbeiten zu kommen? Bring bitte Kochjacke, Hose und Sicherheitsschuhe mit, Messer haben wir da.

Gib kurz Bescheid ob das klappt.

Gruß
Jens
Küchenchef Brauhaus Zum Anker
""",
)

N(
    "de",
    "interview_invite",
    "nicht-erreicht-leider-einladung",
    co="Gartenbau Lorenz GmbH",
    frm="Gartenbau Lorenz <personal@gartenbau-lorenz.de>",
    to="tobias",
    subj="Leider konnten wir Sie telefonisch nicht erreichen",
    body="""Guten Tag Herr Schäfer,

wir haben heute zweimal versucht, Sie telefonisch zu erreichen – leider ohne Erfolg.

Wir würden Sie gern zu einem Vorstellungsgespräch für die Stelle als Vorarbeiter Garten- und Landschaftsbau einladen. Rufen Sie uns doch bitte unter 0761 45 33 80 zurück, damit wir einen Termin abstimmen können. Alternativ antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Sabine Lorenz
Gartenbau Lorenz GmbH
""",
)

N(
    "de",
    "interview_invite",
    "agentur-kundentermin",
    group="de-story-talentbruecke",
    co="Talentbrücke Personalberatung GmbH",
    frm="Jennifer Albers <j.albers@talentbruecke.de>",
    to="zeynep",
    subj="Gute Nachrichten: Kunde möchte Sie kennenlernen",
    body="""Hallo Frau Arslan,

ich habe gute Nachrichten: Unser Kunde, ein Online-Händler für Outdoor-Ausrüstung in Darmstadt, möchte Sie gern zu einem persönlichen Gespräch für die Position Sachbearbeiterin Einkauf einladen.

Vorgeschlagen ist Mittwoch, 16:00 Uhr, vor Ort. Ich würde Sie vorher gern noch kurz anrufen, um Ihnen ein paar Infos zum Team und zu den Gesprächspartnern zu geben – passt Ihnen morgen um 12 Uhr?

Herzliche Grüße
Jennifer Albers
Senior Consultant
Talentbrücke Personalberatung GmbH
""",
)

N(
    "de",
    "interview_invite",
    "behoerde-auswahlgespraech",
    co="Landesamt für Statistik Weserbergland",
    frm="Landesamt für Statistik – Personalreferat <personal@statistik-weserbergland.de>",
    to="annika",
    subj="Einladung zum Auswahlgespräch – Kennziffer 17/2025",
    date="2025-05-20 10:02",
    body="""Sehr geehrte Frau Petersen,

nach Sichtung der eingegangenen Bewerbungen laden wir Sie zu einem strukturierten Auswahlgespräch für die Stelle „Sachbearbeitung Bevölkerungsstatistik" (Kennziffer 17/2025) ein.

Termin: Dienstag, 3. Juni 2025, 13:30 Uhr
Ort: Dienstgebäude Hameln, Raum 2.114

Das Gespräch dauert etwa 45 Minuten. Bitte bringen Sie Ihren Personalausweis mit. Wir weisen darauf hin, dass Reisekosten nicht erstattet werden können.

Bitte bestätigen Sie Ihre Teilnahme bis zum 27. Mai 2025.

Mit freundlichen Grüßen
Im Auftrag
Hollmann
""",
)

N(
    "de",
    "interview_invite",
    "termin-abgesagt-neuer-termin",
    co="Rheinblick Steuerberatung GmbH",
    frm="Melanie Koch <m.koch@rheinblick-stb.de>",
    to="katarzyna",
    subj="Absage Termin morgen – neuer Vorschlag",
    body="""Liebe Frau Nowak,

ich muss unser Gespräch morgen um 14 Uhr leider absagen, Herr Dr. Rheinländer hat kurzfristig einen Gerichtstermin bekommen. Es tut mir wirklich leid!

Wäre es Ihnen möglich, stattdessen am Freitag um 10 Uhr zu kommen? Wir sind weiterhin sehr an Ihnen interessiert.

Viele Grüße
Melanie Koch
Kanzleimanagement
Rheinblick Steuerberatung GmbH · Rheinallee 4 · 55116 Mainz
""",
)

N(
    "de",
    "interview_invite",
    "thread-bestaetigung-bis-donnerstag",
    co="Sanders Gerüstbau GmbH",
    frm="Kai Sanders <kai@sanders-geruestbau.de>",
    to="emre",
    subj="AW: AW: Vorstellungsgespräch",
    thread=[("sanders-geruestbau.de", "outlook"), ("gmail.com", "gmail")],
    body="""Hallo Herr Aksoy,

super, dann sehen wir uns am Donnerstag um 7:30 auf dem Hof. Einfach beim Container melden.

Gruß
Kai Sanders

Von: Emre Aksoy <emre.aksoy@gmail.com>
Gesendet: Dienstag, 18:14
An: Kai Sanders
Betreff: AW: Vorstellungsgespräch

Hallo Herr Sanders,
Donnerstag passt mir gut. Vielen Dank!
Emre Aksoy

Von: Kai Sanders
Betreff: Vorstellungsgespräch

Hallo Herr Aksoy, können Sie am Donnerstag früh vorbeikommen? Dann zeig ich Ihnen auch gleich die Baustelle.
""",
)

N(
    "de",
    "interview_invite",
    "zweitgespraech-geschaeftsfuehrung",
    co="Bremer Kontorhaus Immobilien GmbH",
    frm="Svenja Harms <harms@kontorhaus-immobilien.de>",
    to="lena",
    subj="Zweitgespräch mit unserer Geschäftsführung",
    body="""Liebe Frau Hoffmann,

vielen Dank für das sehr angenehme erste Gespräch. Sie haben uns überzeugt, und wir würden Sie gern unserer Geschäftsführerin Frau Dr. Jantzen vorstellen.

Das Zweitgespräch würden wir gern am Montag, 17 Uhr, in unserem Büro am Wall führen. Es wird etwa eine Stunde dauern; wir würden auch gern über Ihre Gehaltsvorstellung und einen möglichen Starttermin sprechen.

Ich freue mich auf Ihre Rückmeldung!

Herzliche Grüße
Svenja Harms
Office Management & Personal
""",
)

N(
    "de",
    "interview_invite",
    "personio-interview-kalender",
    co="Nordlicht Solar GmbH",
    frm="Nordlicht Solar GmbH <noreply@jobs.personio.de>",
    to="felix",
    subj="Einladung: Interview für Projektingenieur PV (m/w/d)",
    fmt="html",
    skin="card",
    color="#f4a100",
    site="personio.de",
    powered="Gesendet über Personio",
    body="""Hallo Felix Neumann,

wir freuen uns, Sie zu einem Interview einzuladen!

Position: Projektingenieur PV (m/w/d)
Datum: Mittwoch, 11:00 – 12:00 Uhr
Ort: Google Meet – https://meet.google.com/nls-pvxq-jkd
Teilnehmende: Hauke Jensen (Head of Engineering), Pia Storm (HR)

Bitte bestätigen oder verschieben Sie den Termin über den folgenden Link:
https://nordlicht-solar.jobs.personio.de/interview/confirm?id=88123

Wir freuen uns auf das Gespräch!
Ihr Nordlicht Solar Team
""",
)

N(
    "de",
    "interview_invite",
    "einladung-trotz-vieler-bewerbungen-reisekosten",
    co="Institut für Küstenforschung Wattenmeer",
    frm="Prof. Dr. Arne Lüders <arne.lueders@ikw-wattenmeer.de>",
    to="yasmin",
    subj="Einladung zum Gespräch – Doktorandenstelle Sedimentdynamik",
    body="""Liebe Frau Haddad,

wir haben über 40 Bewerbungen auf die Doktorandenstelle erhalten und freuen uns, Sie zu einem Gespräch einladen zu können.

Das Gespräch findet am 22. Januar ab 10 Uhr bei uns in Wilhelmshaven statt. Bitte bereiten Sie einen 15-minütigen Vortrag über Ihre Masterarbeit vor. Leider können wir Reisekosten nicht übernehmen; falls Ihnen die Anreise nicht möglich ist, können wir das Gespräch auch per Zoom führen.

Beste Grüße
Arne Lüders
""",
)

N(
    "de",
    "interview_invite",
    "azubi-kennenlerntag",
    co="Hausmann Feinkost GmbH",
    frm="Hausmann Feinkost – Ausbildung <ausbildung@hausmann-feinkost.de>",
    to="karim",
    subj="Einladung zum Azubi-Kennenlerntag",
    date="2024-10-21 15:20",
    body="""Hallo Karim,

wir freuen uns, dich zu unserem Azubi-Kennenlerntag für die Ausbildung zur Fachkraft für Lagerlogistik einzuladen!

Wann: Samstag, 9. November, 9:00 bis ca. 13:00 Uhr
Wo: Hausmann Feinkost, Lagerstraße 1, 21079 Hamburg-Harburg

Es erwarten dich eine Führung durchs Lager, ein kleines Teamspiel und ein kurzes Gespräch mit uns. Für Frühstück ist gesorgt. Bitte bring festes Schuhwerk mit.

Bitte sag uns bis Mittwoch Bescheid, ob du kommst.

Viele Grüße
Dein Ausbildungsteam
""",
)

N(
    "de",
    "interview_invite",
    "schweiz-einladung-gespraech",
    co="Seetal Uhrenwerk AG",
    frm="Seetal Uhrenwerk AG – Personal <personal@seetal-uhrenwerk.ch>",
    to="lukas",
    tz="Europe/Zurich",
    subj="Einladung zum Vorstellungsgespräch",
    body="""Grüezi Herr Brandt

Besten Dank für Ihre Bewerbung als Mikrotechniker. Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Gespräch an unserem Standort in Biel ein.

Wir schlagen Ihnen Dienstag, 10.00 Uhr, vor. Die Reisespesen ab der Schweizer Grenze übernehmen wir gerne.

Freundliche Grüsse
Nadia Favre
Human Resources
""",
)

N(
    "de",
    "interview_invite",
    "hospitation-einladung-kita",
    co="Kita Wurzelwerk e.V.",
    frm="Kita Wurzelwerk <vorstand@kita-wurzelwerk.de>",
    to="sophie",
    subj="Hospitation bei uns?",
    body="""Liebe Sophie Krämer,

vielen Dank für Ihre Bewerbung! Bevor wir ein Gespräch führen, laden wir Bewerber*innen bei uns immer zu einem Hospitationsvormittag ein, damit Sie die Kinder, das Team und unser Konzept kennenlernen können.

Hätten Sie nächste Woche Dienstag oder Donnerstag von 8 bis 12 Uhr Zeit? Bitte bringen Sie Hausschuhe und einen Nachweis über die Masernimpfung mit.

Herzliche Grüße
Das Team der Kita Wurzelwerk (Elterninitiative)
""",
)

N(
    "de",
    "interview_invite",
    "einladung-englisch-deutsch-startup",
    co="Solace Robotics GmbH",
    frm="Maya Ekström <maya@solace-robotics.com>",
    to="piotr",
    subj="Interview invitation – Robotics Software Engineer",
    body="""Hi Piotr,

thanks for your application! We'd love to invite you to a first interview with our CTO Lukas and me.

Wir machen das Gespräch gern auf Deutsch oder Englisch, ganz wie du magst. It'll take about 45 minutes and will be mostly about your experience with ROS2 and motion planning – no live coding in this round.

Could you let me know which of these slots works for you?
- Tuesday 10:00
- Wednesday 16:00
- Friday 09:30

Best,
Maya
Talent Partner, Solace Robotics · München
""",
)

N(
    "de",
    "interview_invite",
    "einladung-mit-absage-wort-andere-kandidaten",
    co="Villa Sonnenhang Pflegeresidenz",
    frm="Villa Sonnenhang <leitung@villa-sonnenhang.de>",
    to="merve",
    subj="Ihre Bewerbung als Wohnbereichsleitung",
    body="""Sehr geehrte Frau Yıldız,

vielen Dank für Ihre Bewerbung. Wir haben in den letzten Tagen vielen Bewerberinnen leider absagen müssen, weil die Qualifikation nicht gepasst hat – umso mehr freuen wir uns, Sie zu einem Gespräch einladen zu können.

Würde Ihnen Montag, 15 Uhr, bei uns in der Residenz passen? Im Anschluss würde Ihnen unsere Pflegedienstleitung gern den Wohnbereich zeigen.

Mit freundlichen Grüßen
Gerda Hofmeister
Einrichtungsleitung
""",
)

# --- offers -----------------------------------------------------------------------------------
N(
    "de",
    "offer",
    "zusage-formell-vertrag-anbei",
    fmt="alt",
    skin="outlook",
    group="de-story-rosenau",
    co="Rosenau Präzisionsoptik GmbH",
    frm="Personal Rosenau Präzisionsoptik <personal@rosenau-optik.de>",
    to="lukas",
    subj="Zusage – Ihre Bewerbung als Entwicklungsingenieur Optik",
    body="""Sehr geehrter Herr Brandt,

wir freuen uns, Ihnen mitteilen zu können, dass wir uns nach den Gesprächen für Sie entschieden haben!

Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. des Monats zurück. Für die Einstellung benötigen wir außerdem Ihre Steuer-ID, Ihre Sozialversicherungsnummer und Ihre Bankverbindung.

Wir freuen uns sehr auf die Zusammenarbeit und heißen Sie schon jetzt herzlich willkommen im Team.

Mit freundlichen Grüßen
Elke Brandl
Leiterin Personal
Rosenau Präzisionsoptik GmbH · Carl-Zeiss-Ring 8 · 07743 Jena
""",
)

N(
    "de",
    "offer",
    "vertragsangebot-details",
    fmt="alt",
    skin="outlook",
    group="de-story-lindtal",
    co="Lindtal Software AG",
    frm="Jasper Kühl <jasper.kuehl@lindtal.de>",
    to="aylin",
    subj="Unser Angebot für Sie – Senior Data Analyst",
    body="""Liebe Frau Demir,

nach den Gesprächen mit Ihnen sind wir uns im Team einig: Wir möchten Sie sehr gern als Senior Data Analyst bei Lindtal begrüßen!

Hier die Eckdaten unseres Angebots:
- Jahresbruttogehalt: 72.000 € plus 10 % variable Vergütung
- 30 Urlaubstage, Weiterbildungsbudget 2.000 € pro Jahr
- Hybrides Arbeiten, 2 Bürotage in Köln
- Start: 1. des übernächsten Monats oder nach Absprache

Den Vertrag schicke ich Ihnen gleich über DocuSign. Wenn Sie Fragen haben oder über einzelne Punkte sprechen möchten, rufen Sie mich gern an.

Herzliche Grüße
Jasper Kühl
Head of People
""",
)

N(
    "de",
    "offer",
    "du-startup-wir-wollen-dich",
    co="Fernweh Mobility GmbH",
    frm="Lina Sauer <lina@fernweh-mobility.de>",
    to="hannah",
    subj="🎉 Wir wollen dich!",
    body="""Liebe Hannah,

lange Rede, kurzer Sinn: Wir wollen dich als Growth Marketing Managerin im Team haben! Alle, die mit dir gesprochen haben, waren begeistert.

Dein Angebot findest du im Anhang. Lies es dir in Ruhe durch und melde dich gern mit Fragen. Ich würde mich riesig freuen, wenn du bis Ende nächster Woche Bescheid gibst.

Liebe Grüße
Lina
Co-Founder & CEO, Fernweh Mobility
""",
)

N(
    "de",
    "offer",
    "zusage-ausbildungsplatz",
    co="Bäckerei & Konditorei Wiesmann",
    frm="Konditorei Wiesmann <ausbildung@konditorei-wiesmann.de>",
    to="zeynep",
    subj="Zusage Ausbildungsplatz Konditorin",
    body="""Liebe Zeynep,

wir freuen uns sehr, dir mitteilen zu können, dass du ab dem 1. August deine Ausbildung zur Konditorin bei uns beginnen kannst!

Den Ausbildungsvertrag schicken wir dir per Post. Da du noch nicht volljährig bist, müssen ihn auch deine Eltern unterschreiben. Bitte denk außerdem an die Erstuntersuchung nach dem Jugendarbeitsschutzgesetz.

Herzlich willkommen im Team!
Familie Wiesmann und die Backstube
""",
)

N(
    "de",
    "offer",
    "zusage-praktikum",
    co="Verlag Federkiel & Söhne",
    frm="Verlag Federkiel – Lektorat <lektorat@federkiel-verlag.de>",
    to="marie",
    subj="Ihr Praktikum im Lektorat – Zusage",
    body="""Liebe Frau Lindner,

wir freuen uns, Ihnen einen Praktikumsplatz im Lektorat für den Zeitraum 1. April bis 30. September anbieten zu können.

Das Praktikum ist als Pflichtpraktikum im Rahmen Ihres Studiums vorgesehen. Bitte lassen Sie uns eine Bescheinigung Ihrer Hochschule zukommen; den Praktikumsvertrag schicken wir Ihnen dann zur Unterschrift.

Wir freuen uns auf Sie!

Herzliche Grüße
Dr. Bettina Falk
Programmleitung Sachbuch
""",
)

N(
    "de",
    "offer",
    "agentur-angebot-kunde",
    group="de-story-talentbruecke",
    co="Talentbrücke Personalberatung GmbH",
    frm="Jennifer Albers <j.albers@talentbruecke.de>",
    to="zeynep",
    subj="Angebot unseres Kunden 🎉",
    body="""Hallo Frau Arslan,

der Kunde hat sich gerade bei mir gemeldet und möchte Ihnen die Stelle als Sachbearbeiterin Einkauf anbieten! Gehalt wie besprochen 44.500 € brutto im Jahr, Start zum nächsten Ersten.

Darf ich Sie heute Nachmittag kurz anrufen, um die Details und die nächsten Schritte durchzugehen?

Herzliche Grüße
Jennifer Albers
Talentbrücke Personalberatung
""",
)

N(
    "de",
    "offer",
    "freigabe-gedauert-aber-zusage",
    fmt="html",
    skin="outlook",
    co="Klinikverbund Nordeifel",
    frm="Personalabteilung Klinikverbund Nordeifel <personal@klinikverbund-nordeifel.de>",
    to="nour",
    subj="Ihre Bewerbung als Medizinische Dokumentarin",
    body="""Sehr geehrte Frau El-Sayed,

leider hat die Freigabe der Stelle durch unsere Geschäftsführung länger gedauert als geplant – dafür bitten wir um Entschuldigung.

Umso mehr freuen wir uns, Ihnen heute mitteilen zu können, dass wir Ihnen die Stelle anbieten möchten. Die Vergütung erfolgt nach TVöD-K, Entgeltgruppe 8. Bitte teilen Sie uns mit, ob Sie das Angebot annehmen und ab wann Sie beginnen können.

Mit freundlichen Grüßen
Ute Bergmann
Personalabteilung
""",
)

N(
    "de",
    "offer",
    "zusage-andere-abgesagt",
    group="de-story-ostwind",
    co="Ostwind Bauplanung GmbH",
    frm="Dirk Ostwald <d.ostwald@ostwind-bauplanung.de>",
    to="jonas",
    subj="Gute Nachrichten",
    body="""Hallo Herr Weber,

ich mache es kurz: Wir haben den anderen Bewerbern heute abgesagt – die Stelle als Bauzeichner gehört Ihnen, wenn Sie möchten!

Kommen Sie doch nächste Woche vorbei, dann besprechen wir den Vertrag und den Starttermin.

Gruß
Dirk Ostwald
Geschäftsführer
""",
)

N(
    "de",
    "offer",
    "uni-einstellungszusage-personalrat",
    group="de-story-uni-elbtal",
    co="Universität Elbtal",
    frm="Dezernat Personal – Universität Elbtal <personal.wiss@uni-elbtal.de>",
    to="omar",
    subj="Einstellungszusage vorbehaltlich Zustimmung des Personalrats",
    body="""Sehr geehrter Herr Dr. Al-Khatib,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle als wissenschaftlicher Mitarbeiter (E 13 TV-L, 100 %, befristet auf drei Jahre) ausgewählt hat.

Die Einstellung erfolgt vorbehaltlich der Zustimmung des Personalrats. Bitte füllen Sie den beigefügten Personalfragebogen aus und reichen Sie die dort genannten Nachweise bis zum Ende des Monats ein.

Mit freundlichen Grüßen
Im Auftrag
Kathrin Voigt
Sachgebiet Wissenschaftliches Personal
""",
)

N(
    "de",
    "offer",
    "docusign-vertrag-unterschreiben",
    co="Brightline Analytics GmbH",
    frm="Brightline Analytics via DocuSign <dse@eumail.docusign.net>",
    to="david",
    subj="Bitte unterschreiben: Arbeitsvertrag_David_Roth_Data_Scientist.pdf",
    fmt="html",
    skin="card",
    color="#ffcc22",
    co_card="DocuSign",
    body="""Hallo David Roth,

Brightline Analytics People Team hat Ihnen ein Dokument zur Überprüfung und Unterzeichnung gesendet.

Arbeitsvertrag_David_Roth_Data_Scientist.pdf

Nachricht des Absenders:
„Lieber David, willkommen an Bord! Hier ist dein Vertrag. Bei Fragen melde dich jederzeit. Viele Grüße, Jana"

DOKUMENT ÜBERPRÜFEN: https://eu.docusign.net/Signing/EmailStart.aspx?a=3f9c1e

Geben Sie diese E-Mail nicht weiter. Sie enthält einen sicheren Link zu DocuSign.
""",
)

# --- assessments ------------------------------------------------------------------------------
N(
    "de",
    "assessment",
    "online-test-logik-frist",
    group="de-story-hanse-versorgung",
    co="Hanse Versorgungsbetriebe AG",
    frm="Hanse Versorgung Recruiting <recruiting@hanse-versorgung.de>",
    to="felix",
    subj="Ihr nächster Schritt: Online-Test",
    fmt="html",
    skin="card",
    color="#005ca9",
    body="""Guten Tag Herr Neumann,

vielen Dank für Ihre Bewerbung für unser Traineeprogramm Netze. Als nächsten Schritt laden wir Sie zu unserem Online-Test ein.

Der Test umfasst logisches Denken, Zahlenverständnis und Sprachverständnis und dauert etwa 45 Minuten. Bitte nehmen Sie sich Zeit an einem ruhigen Ort und nutzen Sie einen Laptop oder PC.

Zum Test: https://assess.talentcheck-online.de/start?code=HVB-71-2291

Bitte schließen Sie den Test bis Sonntag, 23:59 Uhr, ab. Danach verfällt der Link.

Viel Erfolg!
Ihr Recruiting-Team
""",
)

N(
    "de",
    "assessment",
    "videointerview-zeitversetzt",
    co="Stellaris Retail Group SE",
    frm="Stellaris Karriere <no-reply@interviewly.io>",
    to="sophie",
    subj="Einladung zu Ihrem zeitversetzten Videointerview – Stellaris",
    fmt="alt",
    skin="card",
    color="#5c2d91",
    co_card="Stellaris Retail Group",
    body="""Hallo Sophie Krämer,

vielen Dank für Ihre Bewerbung als Filialleiterin bei Stellaris!

Im nächsten Schritt möchten wir Sie gern in einem kurzen, zeitversetzten Videointerview kennenlernen. Sie beantworten dabei vier Fragen vor Ihrer Kamera – wann und wo Sie möchten. Für jede Frage haben Sie 30 Sekunden Bedenkzeit und bis zu zwei Minuten Antwortzeit.

Videointerview starten: https://app.interviewly.io/i/stellaris/7df2a1

Bitte schließen Sie das Interview innerhalb von fünf Tagen ab.

Viel Erfolg wünscht
Ihr Stellaris Recruiting
""",
)

N(
    "de",
    "assessment",
    "fallstudie-vorbereiten",
    group="de-story-ostrander",
    co="Ostrander & Lutz Strategieberatung GmbH",
    frm="Jonas Behrendt <jonas.behrendt@ostrander-lutz.com>",
    to="aylin",
    subj="Unterlagen für Ihre Fallstudie – 2. Runde",
    body="""Liebe Frau Demir,

wie angekündigt erhalten Sie anbei die Unterlagen für die Fallstudie in der zweiten Runde.

Kurz zum Ablauf: Sie haben bis Dienstag Zeit, sich mit dem Fall (Markteintritt eines Heimspeicher-Herstellers in Österreich) auseinanderzusetzen. Im Gespräch präsentieren Sie Ihre Empfehlung in 15 Minuten, danach diskutieren wir ca. 30 Minuten. Bitte maximal fünf Folien.

Es gibt keine einzig richtige Lösung – uns interessiert vor allem, wie Sie strukturieren und priorisieren.

Viel Erfolg und bis Dienstag!
Jonas Behrendt
Recruiting & Development
""",
)

N(
    "de",
    "assessment",
    "coding-challenge-du",
    group="de-story-kaskade",
    co="Kaskade Energy Tech GmbH",
    frm="Jan-Ole Brinkmann <janole@kaskade.energy>",
    to="emre",
    subj="Take-home Challenge – Frontend Engineer",
    body="""Hey Emre,

danke für das nette Erstgespräch! Wie besprochen kommt hier die Take-home Challenge.

Aufgabe: Baue eine kleine React-App, die Live-Daten von unserem Mock-Endpunkt (Batteriespeicher, Ladezustand) visualisiert. Details und API-Doku findest du im Repo:
https://github.com/kaskade-energy/frontend-challenge

Nimm dir nicht mehr als 4 Stunden. Tests sind ein Bonus, kein Muss. Schick uns den Link zu deinem Repo bis nächsten Mittwoch – danach sprechen wir gemeinsam über deine Lösung.

Viel Spaß!
Jan-Ole
""",
)

N(
    "de",
    "assessment",
    "assessment-center-ablauf",
    group="de-story-nordbank",
    co="Nordbank Hanse AG",
    frm="Nordbank Hanse – Talent Acquisition <talent@nordbank-hanse.de>",
    to="lukas",
    subj="Einladung zum Assessment-Center am 18. Oktober",
    fmt="alt",
    skin="card",
    color="#0b3d91",
    date="2023-09-28 14:03",
    body="""Sehr geehrter Herr Brandt,

herzlichen Glückwunsch! Sie haben die Vorauswahl für unser Traineeprogramm Corporate Banking erfolgreich gemeistert. Wir laden Sie zu unserem Assessment-Center ein:

Mittwoch, 18. Oktober 2023, 8:30 bis ca. 17:00 Uhr
Nordbank Hanse AG, Ballindamm 27, 20095 Hamburg

Ablauf: Begrüßung und Vorstellungsrunde, Gruppendiskussion, Rollenspiel Kundengespräch, Fallstudie mit Präsentation, Einzelinterview. Mittagessen gibt es bei uns. Angemessene Reisekosten (Bahn 2. Klasse) erstatten wir Ihnen.

Bitte bestätigen Sie Ihre Teilnahme bis zum 6. Oktober.

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
""",
)

N(
    "de",
    "assessment",
    "persoenlichkeitstest",
    co="Vireo Consulting Group GmbH",
    frm="Vireo Consulting Recruiting <recruiting@vireo-consulting.de>",
    to="katarzyna",
    subj="Ihre Bewerbung – Persönlichkeitsfragebogen",
    body="""Sehr geehrte Frau Nowak,

vielen Dank für Ihr Interesse an Vireo Consulting. Bevor wir Sie zu einem Gespräch einladen, bitten wir alle Bewerbenden, einen kurzen Persönlichkeitsfragebogen auszufüllen (ca. 20 Minuten).

Es gibt keine richtigen oder falschen Antworten. Die Ergebnisse dienen als Grundlage für das spätere Gespräch und werden nicht an Dritte weitergegeben.

Zum Fragebogen: https://profile.vireo-consulting.de/q/KN-4412

Mit freundlichen Grüßen
Recruiting Team
""",
)

N(
    "de",
    "assessment",
    "erinnerung-test-frist-laeuft-ab",
    group="de-story-hanse-versorgung",
    co="Hanse Versorgungsbetriebe AG",
    frm="TalentCheck Online <noreply@talentcheck-online.de>",
    to="felix",
    subj="Erinnerung: Ihr Online-Test läuft bald ab",
    body="""Guten Tag Felix Neumann,

Sie haben Ihren Online-Test für die Hanse Versorgungsbetriebe AG noch nicht abgeschlossen.

Leider läuft die Frist in 24 Stunden ab. Nach Ablauf der Frist kann der Test nicht mehr gestartet werden und Ihre Bewerbung kann im weiteren Verfahren nicht berücksichtigt werden.

Test fortsetzen: https://assess.talentcheck-online.de/start?code=HVB-71-2291

Bei technischen Problemen wenden Sie sich bitte an support@talentcheck-online.de.

Ihr TalentCheck-Team
""",
)

N(
    "de",
    "assessment",
    "arbeitsprobe-uebersetzung",
    co="Linguaport Fachübersetzungen GmbH",
    frm="Linguaport Projektmanagement <pm@linguaport.de>",
    to="julia",
    subj="Probeübersetzung PL>DE",
    body="""Liebe Frau Zielińska,

vielen Dank für Ihre Bewerbung als freiberufliche Übersetzerin für Polnisch–Deutsch.

Wie bei allen neuen Übersetzerinnen und Übersetzern bitten wir Sie um eine kurze Probeübersetzung (ca. 300 Wörter, Fachgebiet Maschinenbau, Betriebsanleitung). Den Text finden Sie im Anhang. Bitte schicken Sie uns die Übersetzung innerhalb von fünf Werktagen zurück. Die Probeübersetzung wird nicht vergütet.

Freundliche Grüße
Agnieszka Brandt
Vendor Management
""",
)

N(
    "de",
    "assessment",
    "eignungstest-ausbildung",
    co="Stadtwerke Lindenau GmbH",
    frm="Stadtwerke Lindenau – Ausbildung <ausbildung@stadtwerke-lindenau.de>",
    to="karim",
    subj="Einladung zum Eignungstest – Ausbildung Elektroniker für Betriebstechnik",
    body="""Hallo Karim Mansour,

vielen Dank für deine Bewerbung! Wir laden dich zu unserem schriftlichen Eignungstest ein:

Samstag, 14. Oktober, 9:00 Uhr
Ausbildungszentrum der Stadtwerke, Werkstraße 9

Der Test dauert etwa zwei Stunden und umfasst Mathematik, technisches Verständnis und Allgemeinwissen. Bitte bring einen Kugelschreiber, einen Taschenrechner und deinen Ausweis mit.

Viele Grüße
Ausbildungsleitung
""",
    date="2023-09-25 10:10",
)

N(
    "de",
    "assessment",
    "probelektion-vorbereiten",
    co="Sprachschule Lingua Viva GmbH",
    frm="Lingua Viva – Kursleitung <kursleitung@linguaviva-schule.de>",
    to="friederike",
    subj="Probestunde DaF – Vorbereitung",
    body="""Liebe Frau Hagen,

wir freuen uns, dass Sie zu einer Probestunde zu uns kommen. Hier die Details:

Kurs: Integrationskurs, Niveau B1, 12 Teilnehmende
Thema: Arztbesuch / Termine vereinbaren
Dauer: 45 Minuten

Bitte bereiten Sie eine Unterrichtseinheit mit kurzer Verlaufsplanung vor und bringen Sie diese in dreifacher Ausfertigung mit. Ein Beamer und Whiteboard sind vorhanden.

Herzliche Grüße
Petra Schuhmann
Pädagogische Leitung
""",
)

N(
    "de",
    "assessment",
    "designaufgabe-agentur",
    co="Studio Kompass GmbH",
    frm="Studio Kompass <jobs@studio-kompass.de>",
    to="julia",
    subj="Kleine Designaufgabe für dich",
    body="""Hallo Julia,

danke für dein Portfolio! Bevor wir uns treffen, haben wir eine kleine Aufgabe für dich: Entwirf bitte eine Social-Media-Kampagne (3 Motive) für ein fiktives Unverpackt-Café namens „Füllhorn".

Bitte investiere nicht mehr als einen halben Tag. Wir vergüten die Aufgabe pauschal mit 150 €, egal wie es weitergeht. Schick uns deine Entwürfe bis Freitag als PDF.

Liebe Grüße
Studio Kompass
""",
)
# ---------------------------------------------------------------------------------------------
# German hard negatives: job alerts, recruiter outreach, advice newsletters, other, personal
# ---------------------------------------------------------------------------------------------


def _alert(lang, slug, *, brand, color, intro_text, jobs, outro_text, fmt="alt", button="Job ansehen", **kw):
    intro_html = "<br>\n".join(htmlmod.escape(ln) for ln in intro_text.strip().split("\n"))
    outro_html = "<br>\n".join(_inline(ln) for ln in outro_text.strip().split("\n"))
    html = joblist_html(brand, color, intro_html, jobs, outro_html, lang, button)
    body = joblist_text(intro_text, jobs, outro_text, button) if fmt in ("alt", "plain") else None
    N(lang, "job_alert", slug, html=html if fmt != "plain" else None, body=body, fmt=fmt, **kw)


# --- family: StepStone-style daily job alert ---
_SS = [
    (
        "lukas",
        "Maschinenbauingenieur",
        "Hannover",
        "2023-06-21 06:04",
        [
            (
                "Konstrukteur Fördertechnik (m/w/d)",
                "Hessler Anlagenbau GmbH",
                "Hannover",
                "Festanstellung, Vollzeit",
            ),
            (
                "Entwicklungsingenieur Hydraulik (m/w/d)",
                "Vahrenwald Fluidtechnik GmbH",
                "Langenhagen",
                "Homeoffice möglich",
            ),
            ("Projektingenieur Sondermaschinen (m/w/d)", "Kessel & Roth Automation KG", "Hildesheim", "Neu"),
        ],
    ),
    (
        "aylin",
        "Controlling",
        "Frankfurt am Main",
        "2024-04-09 05:47",
        [
            (
                "Financial Controller (m/w/d)",
                "Mainhattan Asset Services GmbH",
                "Frankfurt am Main",
                "Teilweise Homeoffice",
            ),
            ("Referent Konzerncontrolling (m/w/d)", "Taunus Industrie Holding AG", "Eschborn", ""),
            ("Controller Vertrieb (m/w/d)", "Odenwald Getränke GmbH", "Darmstadt", "Neu"),
            ("Junior Controller (m/w/d)", "Rhein-Main Pflegeverbund gGmbH", "Offenbach", "Teilzeit möglich"),
        ],
    ),
    (
        "merve",
        "Pflegefachkraft",
        "Köln",
        "2025-01-14 06:31",
        [
            (
                "Pflegefachkraft Intensivstation (m/w/d)",
                "Klinikum Rheinufer",
                "Köln",
                "Tarifvertrag, 30 Tage Urlaub",
            ),
            ("Pflegefachfrau/-mann ambulant (m/w/d)", "Pflegeteam Veedel GmbH", "Köln-Nippes", "Dienstwagen"),
            ("Praxisanleitung Pflege (m/w/d)", "Seniorenzentrum Am Rheinpark", "Leverkusen", ""),
        ],
    ),
    (
        "stefan",
        "Produktionsleiter",
        "Sauerland",
        "2025-10-28 07:12",
        [
            (
                "Produktionsleiter Metallverarbeitung (m/w/d)",
                "Lennetal Umformtechnik GmbH",
                "Altena",
                "Führungsposition",
            ),
            ("Werkleiter (m/w/d)", "Ruhr-Sieg Kunststoffwerke GmbH", "Olpe", "Neu"),
            ("Leiter Fertigung (m/w/d)", "Breuer Präzisionsteile GmbH", "Lüdenscheid", ""),
        ],
    ),
]
for _who, _term, _place, _date, _jobs in _SS:
    _n = len(_jobs)
    _alert(
        "de",
        f"stepstone-jobagent-{_term.lower().replace(' ', '-')}",
        group="de-fam-stepstone-alert",
        brand="StepStone",
        color="#0c2577",
        co="StepStone",
        date=_date,
        frm="StepStone Jobagent <jobagent@stepstone.de>",
        to=_who,
        subj=f"{_n} neue Jobs für „{_term}“ in {_place}",
        list=(
            "<jobagent.stepstone.de>",
            "<https://www.stepstone.de/jobagent/abmelden?id=58812>, <mailto:unsubscribe@stepstone.de>",
        ),
        intro_text=f"Hallo {{{{first}}}},\nIhr Jobagent „{_term} – {_place}“ hat {_n} neue Stellenangebote für Sie gefunden:",
        jobs=[
            (
                t,
                c,
                p,
                n_,
                f"https://www.stepstone.de/stellenangebote--{i}-{int(hashlib.md5(t.encode()).hexdigest()[:6], 16)}.html",
            )
            for i, (t, c, p, n_) in enumerate(_jobs)
        ],
        outro_text="Jobagent bearbeiten oder löschen: https://www.stepstone.de/jobagent\nSie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.\nStepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf",
    )

# --- family: LinkedIn-style job alert ---
_LI = [
    (
        "piotr",
        "Backend Engineer",
        "Berlin",
        "2024-07-16 18:22",
        [
            ("Senior Backend Engineer (Go)", "Parcelry", "Berlin (Hybrid)", "Vor 2 Tagen"),
            ("Backend Developer – Payments", "Tallyo", "Berlin", "Schnellbewerbung"),
            ("Software Engineer Platform", "Cloudmarkt Solutions", "Remote", "12 Bewerber:innen"),
        ],
    ),
    (
        "zeynep",
        "SAP FI/CO",
        "Stuttgart",
        "2025-03-04 07:40",
        [
            ("SAP FI/CO Berater (m/w/d)", "Neckarwerk Consulting GmbH", "Stuttgart", "Vor 1 Tag"),
            ("Inhouse Consultant SAP S/4HANA Finance", "Schwabenstahl AG", "Esslingen", "Hybrid"),
        ],
    ),
    (
        "felix",
        "Projektingenieur",
        "Hamburg",
        "2026-05-12 06:58",
        [
            (
                "Projektingenieur Windenergie (m/w/d)",
                "Nordwind Energiesysteme GmbH",
                "Hamburg",
                "Vor 3 Tagen",
            ),
            ("Projektingenieur TGA", "Alsterplan Ingenieure GmbH", "Hamburg", "Schnellbewerbung"),
            (
                "Junior Project Engineer Offshore",
                "Baltic Grid Services",
                "Hamburg (Hybrid)",
                "Aktive Personalsuche",
            ),
        ],
    ),
]
for _who, _term, _place, _date, _jobs in _LI:
    _alert(
        "de",
        f"linkedin-jobalert-{_term.lower().replace(' ', '-').replace('/', '-')}",
        group="de-fam-linkedin-alert",
        brand="LinkedIn",
        color="#0a66c2",
        co="LinkedIn",
        date=_date,
        button="Ansehen",
        frm="LinkedIn Job-Alerts <jobalerts-noreply@linkedin.com>",
        to=_who,
        subj=f"„{_term}“: {len(_jobs)} neue Jobs in {_place}",
        list=("<jobalerts.linkedin.com>", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe?trk=eml>"),
        intro_text=f"Ihr Job-Alert für {_term} in {_place}\nNeue Jobs, die Ihren Präferenzen entsprechen:",
        jobs=[
            (t, c, p, n_, f"https://www.linkedin.com/comm/jobs/view/{3900000000 + i * 7919 + len(t)}")
            for i, (t, c, p, n_) in enumerate(_jobs)
        ],
        outro_text="Alle Jobs ansehen: https://www.linkedin.com/jobs/search\nDiese E-Mail ist für {{full}} bestimmt. Job-Alert verwalten: https://www.linkedin.com/jobs/alerts\n© LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2, Irland",
    )

_alert(
    "de",
    "xing-stellenmarkt-passende-jobs",
    brand="XING",
    color="#006567",
    co="XING",
    date="2023-08-30 07:05",
    frm="XING Jobs <jobs@mail.xing.com>",
    to="marie",
    subj="Passende Stellenangebote für Sie, Marie",
    list=(
        "<jobs-recommendations.xing.com>",
        "<https://www.xing.com/settings/notifications/unsubscribe?t=jr>",
    ),
    intro_text="Hallo Marie Lindner,\ndiese Jobs passen zu Ihrem Profil und Ihren Wünschen. Unternehmen, die Ihnen besonders gut gefallen könnten, haben wir oben einsortiert.",
    jobs=[
        (
            "Redakteurin Online (m/w/d)",
            "Kurpfalz Medienhaus GmbH",
            "Mannheim",
            "Gehalt: 48.000–55.000 €",
            "https://www.xing.com/jobs/mannheim-redakteurin-online-118811",
        ),
        (
            "Content Managerin (w/m/d)",
            "Stadtwerke Heidelberg Netze",
            "Heidelberg",
            "Top-Arbeitgeber",
            "https://www.xing.com/jobs/heidelberg-content-managerin-220014",
        ),
        (
            "Volontariat PR (m/w/d)",
            "Agentur Klartext & Co.",
            "Karlsruhe",
            "",
            "https://www.xing.com/jobs/karlsruhe-volontariat-pr-330982",
        ),
    ],
    outro_text="Einstellungen für Jobempfehlungen ändern: https://www.xing.com/jobs/preferences\nNew Work SE, Am Strandkai 1, 20457 Hamburg",
)

_alert(
    "de",
    "indeed-neue-jobs-lager",
    fmt="html",
    brand="indeed",
    color="#2557a7",
    co="Indeed",
    date="2024-02-27 19:14",
    frm="Indeed <alert@indeed.com>",
    to="mehmet",
    subj="Lagerlogistik Jobs in Erfurt – 14 neue Stellen",
    list=("<alerts.indeed.com>", "<https://de.indeed.com/unsubscribe?ad=lagerlogistik-erfurt>"),
    intro_text="14 neue Jobs für „Lagerlogistik“ in der Nähe von Erfurt\nHier sind die neuesten Stellen, die zu Ihrer Suche passen:",
    jobs=[
        (
            "Fachkraft für Lagerlogistik (m/w/d)",
            "Thüringer Frischdienst GmbH",
            "Erfurt",
            "14,80 € pro Stunde",
            "https://de.indeed.com/rc/clk?jk=a81f2c",
        ),
        (
            "Lagermitarbeiter Nachtschicht (m/w/d)",
            "Kessler Handelsgruppe SE",
            "Erfurt",
            "Schnellbewerbung",
            "https://de.indeed.com/rc/clk?jk=b92e11",
        ),
        (
            "Teamleiter Warenausgang (m/w/d)",
            "Gera Logistikpark GmbH",
            "Arnstadt",
            "Neu",
            "https://de.indeed.com/rc/clk?jk=c03a77",
        ),
    ],
    outro_text="Alle 14 Jobs ansehen: https://de.indeed.com/jobs?q=Lagerlogistik&l=Erfurt\nSie können diese Benachrichtigung jederzeit abbestellen.",
)

N(
    "de",
    "job_alert",
    "jobagent-leider-keine-neuen-jobs",
    co="Karrierehafen",
    date="2025-08-12 06:15",
    frm="karrierehafen.de <suchauftrag@karrierehafen.de>",
    to="annika",
    subj="Ihr Suchauftrag „Sachbearbeitung Kiel“: heute leider keine neuen Treffer",
    list=("<suchauftrag.karrierehafen.de>", "<https://www.karrierehafen.de/suchauftrag/abmelden?u=77120>"),
    body="""Hallo Annika Petersen,

leider haben wir heute keine neuen Stellenangebote für Ihren Suchauftrag „Sachbearbeitung – Kiel + 25 km“ gefunden.

Tipp: Erweitern Sie den Umkreis oder ergänzen Sie ähnliche Suchbegriffe wie „Verwaltung“ oder „Büro“, um mehr Treffer zu erhalten:
https://www.karrierehafen.de/suchauftrag/bearbeiten?id=77120

Übrigens: 3 Stellen aus Ihren Suchergebnissen der letzten Woche sind noch online und warten auf Ihre Bewerbung.

Ihr Team von karrierehafen.de
Abmelden: https://www.karrierehafen.de/suchauftrag/abmelden?u=77120
""",
)

N(
    "de",
    "job_alert",
    "gemerkter-job-nicht-mehr-online",
    group="de-story-jobvektor",
    co="Jobvektor",
    fmt="alt",
    skin="card",
    color="#ff6b35",
    co_card="jobvektor",
    frm="jobvektor <service@jobvektor.de>",
    to="tobias",
    subj="Ein gemerkter Job ist nicht mehr verfügbar – diese Stellen sind ähnlich",
    list=("<merkliste.jobvektor.de>", "<https://www.jobvektor.de/benachrichtigungen/abmelden>"),
    body="""Hallo Tobias,

die Stelle „Einkäufer technische Güter (m/w/d)“ bei der Albrecht Lebensmittelwerke GmbH, die Sie sich auf Ihrer Merkliste gespeichert hatten, ist nicht mehr online. Vermutlich wurde sie bereits besetzt.

Diese Jobs sind ähnlich:

Strategischer Einkäufer (m/w/d) – Remstal Armaturen GmbH, Waiblingen
Einkäufer Produktionsmaterial (m/w/d) – Filstal Präzision KG, Göppingen
Category Manager Einkauf (m/w/d) – Neckartal Foods GmbH, Heilbronn

Alle ähnlichen Jobs ansehen: https://www.jobvektor.de/aehnlich?ref=merkliste

Viele Grüße
Ihr jobvektor-Team
""",
)

N(
    "de",
    "job_alert",
    "campus-career-service-praktika",
    group="de-story-careerservice",
    co="Career Service Universität Rosenheide",
    fmt="html",
    skin="card",
    color="#8b1538",
    co_card="Career Service · Universität Rosenheide",
    frm="Career Service Uni Rosenheide <careerservice@uni-rosenheide.de>",
    to="leonie",
    subj="Neue Praktika & Werkstudentenjobs – KW 47",
    list=(
        "Career Service Jobnewsletter <jobnews.careerservice.uni-rosenheide.de>",
        "<mailto:sympa@uni-rosenheide.de?subject=unsubscribe%20jobnews>",
    ),
    date="2025-11-17 08:00",
    body="""Liebe Studierende,

hier sind die neuen Angebote aus unserem Stellenportal in dieser Woche:

- Praktikum Unternehmenskommunikation, Bergstrom Energie AG, Rosenheim (ab März, 6 Monate, vergütet)
- Werkstudent*in Marketing Automation, Lumenhaus GmbH, München (15–20 Std./Woche)
- Studentische Hilfskraft Bibliothek, Universität Rosenheide (8 Std./Woche)
- Abschlussarbeit Nachhaltige Lieferketten, Trion Automotive Systems GmbH, Ingolstadt

Alle Details und weitere Angebote: https://careerservice.uni-rosenheide.de/jobs

Tipp: Am Donnerstag findet unser Bewerbungsmappen-Check statt – ohne Anmeldung, Raum A 0.12.

Euer Career Service
""",
)

# --- recruiter outreach ---------------------------------------------------------------------
N(
    "de",
    "recruiter_outreach",
    "headhunter-profil-aufmerksam",
    co="Rheinhold Executive Partners GmbH",
    frm="Dr. Claus Rheinhold <c.rheinhold@rheinhold-partners.de>",
    to="stefan",
    subj="Vertrauliche Anfrage – Werkleitung Automotive Zulieferer",
    body="""Sehr geehrter Herr Wagner,

ich bin über XING auf Ihr Profil aufmerksam geworden und erlaube mir, Sie direkt anzusprechen.

Im Auftrag eines familiengeführten Automobilzulieferers (ca. 900 Mitarbeitende, Raum Südwestfalen) suche ich eine erfahrene Persönlichkeit für die Werkleitung. Ihr Werdegang in der Produktionsleitung und Ihre Erfahrung mit Lean-Transformationen passen sehr gut zu dem, was mein Mandant sucht.

Selbstverständlich behandle ich Ihre Rückmeldung absolut vertraulich. Hätten Sie in den nächsten Tagen Zeit für ein unverbindliches Telefonat von 20 Minuten?

Mit freundlichen Grüßen
Dr. Claus Rheinhold
Managing Partner

Rheinhold Executive Partners GmbH · Kaiser-Wilhelm-Ring 17 · 50672 Köln
""",
)

N(
    "de",
    "recruiter_outreach",
    "xing-nachricht-personalvermittler",
    co="XING",
    fmt="html",
    skin="card",
    color="#006567",
    site="xing.com",
    co_card="XING",
    frm="XING <mailrobot@mail.xing.com>",
    to="karim",
    subj="Neue Nachricht von Patrick Seifert",
    body="""Hallo Karim Mansour,

Patrick Seifert (Personalberater bei IT-Talente Nord GmbH) hat Ihnen eine Nachricht geschickt:

„Hallo Herr Mansour, ich bin gerade auf Ihr Profil gestoßen und finde Ihre Erfahrung mit Linux-Serverlandschaften sehr spannend. Für einen meiner Kunden, ein Rechenzentrum in Hamburg, suche ich einen Systemadministrator (m/w/d) mit Perspektive Teamleitung. Gehalt bis 68.000 €, 100 % Remote möglich. Hätten Sie Lust auf einen kurzen Austausch?"

Nachricht lesen und antworten: https://www.xing.com/chats

Ihr XING-Team
""",
)

N(
    "de",
    "recruiter_outreach",
    "linkedin-inmail-denglisch",
    co="LinkedIn",
    fmt="alt",
    skin="card",
    color="#0a66c2",
    site="linkedin.com",
    co_card="LinkedIn",
    frm="Sarah Whitfield über LinkedIn <inmail-hit-reply@linkedin.com>",
    to="piotr",
    subj="Spannende Rolle: Staff Engineer bei einem Berliner Scale-up",
    body="""Hi Piotr,

I came across your profile and your open-source work on distributed queues really stood out.

Ich rekrutiere aktuell für ein Berliner Scale-up im Bereich Energiehandel (Series C, ca. 250 Leute) eine:n Staff Engineer mit Fokus auf Go und Event-Streaming. Remote-first, Relocation-Support, Gehaltsrange 95–115k + ESOP.

Would you be open to a quick 15-min chat this week?

Best,
Sarah Whitfield
Senior Tech Recruiter · Northbeam Talent

Antworten: https://www.linkedin.com/messaging/
""",
)

N(
    "de",
    "recruiter_outreach",
    "zeitarbeit-stellenangebot",
    group="de-story-primus",
    co="Primus Personaldienste GmbH",
    frm="Tanja Rieck <t.rieck@primus-personal.de>",
    to="mehmet",
    subj="Stellenangebot Staplerfahrer – Festanstellung mit Übernahmeoption",
    body="""Hallo Herr Kaya,

ich habe Ihr Profil in unserer Bewerberdatenbank gefunden und hätte ein passendes Angebot für Sie: Staplerfahrer (m/w/d) in Vollzeit bei einem Kunden in Braunschweig, 15,50 €/Std. plus Zuschläge, Übernahme nach 9 Monaten geplant.

Wenn Sie Interesse haben, rufen Sie mich gern an oder antworten Sie kurz auf diese Mail.

Viele Grüße
Tanja Rieck
Disposition, Primus Personaldienste GmbH
""",
)

N(
    "de",
    "recruiter_outreach",
    "recruiter-nachfass-noch-keine-antwort",
    co="Talentum Recruiting Partners GmbH",
    frm="Björn Hesse <bjoern.hesse@talentum-rp.de>",
    to="david",
    subj="Re: Head of Data – kurze Nachfrage",
    thread=[("talentum-rp.de", "outlook")],
    body="""Hallo Herr Roth,

leider habe ich auf meine Nachricht von letzter Woche noch keine Antwort erhalten – vermutlich ist sie in der Fülle Ihrer Mails untergegangen.

Die Position Head of Data bei meinem Mandanten (E-Commerce, Hamburg) ist weiterhin offen, und ich bin nach wie vor überzeugt, dass Ihr Profil sehr gut passt. Falls das Thema für Sie aktuell nicht relevant ist, genügt auch eine kurze Absage – dann melde ich mich nicht weiter.

Beste Grüße
Björn Hesse
Talentum Recruiting Partners GmbH
""",
)

N(
    "de",
    "recruiter_outreach",
    "direktansprache-pflege-praemie",
    co="CareMatch Personalvermittlung GmbH",
    frm="CareMatch Personalvermittlung <kontakt@carematch-personal.de>",
    to="merve",
    subj="Intensivpflege in Düsseldorf – 3.000 € Wechselprämie",
    fmt="html",
    skin="card",
    color="#e63946",
    body="""Hallo Frau Yıldız,

wir sind über Ihr Profil auf einer Jobplattform auf Sie aufmerksam geworden. Für eine Universitätsklinik in Düsseldorf suchen wir erfahrene Intensivpflegekräfte (m/w/d).

Das erwartet Sie:
- Festanstellung direkt beim Klinikum (keine Zeitarbeit)
- 3.000 € Wechselprämie
- Dienstplanwünsche werden zu 90 % berücksichtigt

Unsere Vermittlung ist für Sie selbstverständlich kostenlos. Antworten Sie einfach auf diese E-Mail oder rufen Sie uns an: 0211 93 88 41-0.

Herzliche Grüße
Ihr CareMatch-Team

Sie möchten keine weiteren Angebote erhalten? Antworten Sie mit „STOP“.
""",
)

N(
    "de",
    "recruiter_outreach",
    "headhunter-auch-wenn-nicht-suchen",
    co="Alpin Search Consultants AG",
    frm="Martina Oberholzer <m.oberholzer@alpin-search.ch>",
    to="tobias",
    tz="Europe/Zurich",
    subj="Kurze Frage zu Ihrer beruflichen Situation",
    body="""Grüezi Herr Schäfer

Auch wenn Sie aktuell vielleicht nicht aktiv auf der Suche sind, möchte ich Ihnen eine Position vorstellen, die gut zu Ihrem Profil als Einkäufer passen könnte: Leiter Einkauf bei einem Schweizer Medtech-Unternehmen in der Region Basel.

Falls Sie offen für einen vertraulichen Austausch sind, freue ich mich über eine kurze Antwort mit einem passenden Zeitfenster.

Freundliche Grüsse
Martina Oberholzer
Partnerin, Alpin Search Consultants AG, Zürich
""",
)

N(
    "de",
    "recruiter_outreach",
    "stepstone-arbeitgeber-interessiert",
    co="StepStone",
    fmt="html",
    skin="card",
    color="#0c2577",
    site="stepstone.de",
    co_card="StepStone",
    frm="StepStone <notification@stepstone.de>",
    to="lena",
    subj="Ein Arbeitgeber interessiert sich für Ihr Profil",
    body="""Hallo Lena,

gute Nachrichten: Ein Unternehmen hat Ihr Profil in der StepStone-Lebenslaufdatenbank gefunden und möchte Sie kontaktieren.

Unternehmen: Kühn Baumgart Architekten PartGmbB
Position: Architektin (m/w/d) Leistungsphasen 1–5

Sehen Sie sich die Nachricht an und entscheiden Sie, ob Sie Ihre Kontaktdaten freigeben möchten:
https://www.stepstone.de/kandidat/kontaktanfragen

Ihr StepStone Team
""",
)

N(
    "de",
    "recruiter_outreach",
    "it-recruiter-freelance-projekt",
    group="de-story-vektor",
    co="Vektor IT-Projektvermittlung GmbH",
    frm="Jens Kalkbrenner <j.kalkbrenner@vektor-it-projekte.de>",
    to="michal",
    subj="Projektanfrage: SAP Basis S/4 Migration, 80 % remote, ab sofort",
    body="""Hallo Herr Kowalczyk,

ich habe eine neue Projektanfrage, die gut zu Ihrem Profil passt:

Rolle: SAP Basis Consultant (S/4HANA Conversion)
Kunde: Energieversorger, Raum Köln
Laufzeit: 6 Monate + Option, ab sofort
Auslastung: 100 %, 80 % remote
Stundensatz: nach Absprache

Haben Sie Verfügbarkeit? Dann schicken Sie mir bitte Ihr aktuelles Profil und Ihren Stundensatz – ich stelle Sie dann gern beim Kunden vor.

Viele Grüße
Jens Kalkbrenner
Vektor IT-Projektvermittlung GmbH
""",
)

N(
    "de",
    "recruiter_outreach",
    "active-sourcing-werkstudent",
    group="de-story-helvion",
    co="Helvion Versicherungen AG",
    frm="Helvion Talent Sourcing <talentsourcing@helvion-versicherungen.de>",
    to="hannah",
    subj="Helvion sucht: Werkstudentin Nachhaltigkeit – passt das zu dir?",
    body="""Hallo Hannah,

ich bin Recruiterin bei Helvion und habe dein Profil auf LinkedIn gesehen. Dein Studienschwerpunkt in Umweltökonomie hat mich neugierig gemacht!

Für unser Nachhaltigkeitsteam in Köln suchen wir eine Werkstudentin (20 Std./Woche), die uns bei der ESG-Berichterstattung unterstützt. Hast du Lust, mehr zu erfahren? Dann antworte einfach auf diese Mail, und wir vereinbaren ein kurzes Telefonat.

Viele Grüße
Johanna Merz
Talent Sourcing, Helvion Versicherungen AG
""",
)

N(
    "de",
    "recruiter_outreach",
    "recruiter-rueckmeldung-erbeten-kein-interesse",
    co="Feldberg Personalberatung GmbH",
    frm="Oliver Feldberg <of@feldberg-personal.de>",
    to="katarzyna",
    subj="Position Leitung Controlling – Ihr Feedback?",
    body="""Sehr geehrte Frau Nowak,

vielen Dank für das angenehme Telefonat gestern. Wie besprochen sende ich Ihnen anbei die anonymisierte Positionsbeschreibung „Leitung Controlling (m/w/d)“ für meinen Mandanten in Leipzig.

Falls die Position nach Durchsicht doch nicht zu Ihren Plänen passt, ist das völlig in Ordnung – geben Sie mir dann einfach kurz Bescheid. Andernfalls würde ich Ihr Profil gern mit Ihrer Zustimmung beim Mandanten vorstellen.

Mit freundlichen Grüßen
Oliver Feldberg
""",
)

# --- newsletters / advice about rejection ---------------------------------------------------
N(
    "de",
    "newsletter_or_advice",
    "newsletter-absage-erhalten-so-reagieren",
    group="de-story-karriereblick",
    co="Karriereblick Magazin",
    fmt="html",
    skin="card",
    color="#1d3557",
    co_card="Karriereblick",
    frm="Karriereblick Newsletter <newsletter@karriereblick-magazin.de>",
    to="jonas",
    subj="Absage erhalten? So reagieren Sie richtig",
    list=(
        "Karriereblick Newsletter <newsletter.karriereblick-magazin.de>",
        "<https://karriereblick-magazin.de/newsletter/abmelden?e=jw>",
    ),
    body="""Hallo Jonas,

eine Absage tut weh – gerade, wenn man sich auf eine Stelle besonders gefreut hat. In unserem Schwerpunkt dieser Woche erklären wir, wie Sie professionell mit einer Absage umgehen und sogar davon profitieren können.

Absage erhalten? So reagieren Sie richtig
Warum eine kurze, freundliche Antwort auf eine Absage Türen öffnen kann – und wann Sie um Feedback bitten sollten. Mit Musterformulierungen.
Weiterlesen: https://karriereblick-magazin.de/absage-reagieren

„Leider müssen wir Ihnen mitteilen …“ – was Standardabsagen wirklich bedeuten
Wir haben Personaler gefragt, was hinter den typischen Formulierungen steckt.
Weiterlesen: https://karriereblick-magazin.de/absage-formulierungen

Außerdem: Gehaltsverhandlung im Zweitgespräch, und warum der Freitag der beste Tag für Bewerbungen ist.

Ihr Karriereblick-Team

Sie erhalten diesen Newsletter, weil Sie sich auf karriereblick-magazin.de angemeldet haben. Abmelden: https://karriereblick-magazin.de/newsletter/abmelden?e=jw
""",
)

N(
    "de",
    "newsletter_or_advice",
    "newsletter-was-tun-nach-absage",
    group="de-story-jobvektor",
    co="Jobvektor",
    fmt="alt",
    skin="card",
    color="#ff6b35",
    co_card="jobvektor Ratgeber",
    frm="jobvektor Ratgeber <ratgeber@jobvektor.de>",
    to="tobias",
    subj="Was tun nach einer Absage? 7 Tipps für Ihren nächsten Schritt",
    list=("<ratgeber.jobvektor.de>", "<https://www.jobvektor.de/newsletter/abmelden>"),
    body="""Hallo Tobias,

Absagen gehören zur Jobsuche dazu – im Schnitt erhalten Bewerberinnen und Bewerber acht Absagen, bevor es mit einer Zusage klappt. Das Wichtigste: Nehmen Sie es nicht persönlich.

Unsere 7 Tipps nach einer Absage:
1. Durchatmen und nicht sofort antworten.
2. Bedanken Sie sich kurz und freundlich.
3. Fragen Sie nach Feedback – vor allem nach einem Vorstellungsgespräch.
4. Prüfen Sie Ihre Unterlagen kritisch.
5. Bleiben Sie mit dem Unternehmen in Kontakt.
6. Bewerben Sie sich parallel weiter.
7. Feiern Sie kleine Erfolge.

Den ganzen Artikel lesen: https://www.jobvektor.de/ratgeber/was-tun-nach-einer-absage

Viel Erfolg!
Ihr jobvektor-Team
""",
)

N(
    "de",
    "newsletter_or_advice",
    "career-service-workshop-umgang-absagen",
    fmt="alt",
    skin="card",
    group="de-story-careerservice",
    co="Career Service Universität Rosenheide",
    frm="Career Service Uni Rosenheide <careerservice@uni-rosenheide.de>",
    to="leonie",
    subj="Workshop: Umgang mit Absagen und Rückschlägen in der Bewerbungsphase",
    list=(
        "Career Service Veranstaltungen <events.careerservice.uni-rosenheide.de>",
        "<mailto:sympa@uni-rosenheide.de?subject=unsubscribe%20events>",
    ),
    body="""Liebe Studierende,

„Leider müssen wir Ihnen mitteilen, dass …“ – kaum eine Nachricht ist so frustrierend, wenn man mitten in der Bewerbungsphase steckt.

In unserem Workshop am 4. Dezember (14–17 Uhr, Raum B 2.03) sprechen wir darüber, wie Sie Absagen einordnen, was Sie aus ihnen lernen können und wie Sie motiviert bleiben. Die Psychologin Dr. Kerstin Albers gibt außerdem Tipps gegen Bewerbungsfrust.

Anmeldung bis 1. Dezember: https://careerservice.uni-rosenheide.de/events/absagen

Viele Grüße
Ihr Career Service

Abmeldung vom Verteiler: sympa@uni-rosenheide.de, Betreff „unsubscribe events“
""",
)

N(
    "de",
    "newsletter_or_advice",
    "podcast-newsletter-absagen-folge",
    co="Jobfieber Podcast",
    fmt="html",
    skin="simple",
    frm="Jobfieber – der Karrierepodcast <hallo@jobfieber-podcast.de>",
    to="aylin",
    subj="Neue Folge: „Wir haben uns für jemand anderen entschieden“ 🎧",
    list=("Jobfieber Newsletter <news.jobfieber-podcast.de>", "<https://jobfieber-podcast.de/abmelden>"),
    body="""Hi Aylin,

in Folge 87 sprechen Nina und Deniz über die Sätze, die niemand gerne liest: „Wir haben uns für jemand anderen entschieden.“ „Ihr Profil passt nicht ganz zu unseren Anforderungen.“

Wir klären: Was steckt hinter Standardabsagen? Lohnt es sich, nachzuhaken? Und warum sagen Firmen nach dem Vorstellungsgespräch manchmal gar nichts mehr?

Jetzt anhören: https://jobfieber-podcast.de/folge-87

Bis nächste Woche!
Nina & Deniz

Newsletter abbestellen: https://jobfieber-podcast.de/abmelden
""",
)

N(
    "de",
    "newsletter_or_advice",
    "ratgeber-gruende-bewerbung-abgelehnt",
    co="Bewerbungsprofi Akademie",
    frm="Bewerbungsprofi Akademie <tipps@bewerbungsprofi-akademie.de>",
    to="emre",
    subj="5 Gründe, warum Bewerbungen abgelehnt werden (und wie Sie das vermeiden)",
    list=("<tipps.bewerbungsprofi-akademie.de>", "<https://bewerbungsprofi-akademie.de/austragen?id=3381>"),
    body="""Hallo Emre,

wussten Sie, dass Personaler im Schnitt nur wenige Minuten pro Bewerbung haben? Hier die fünf häufigsten Gründe, warum Bewerbungen aussortiert werden:

1. Standard-Anschreiben ohne Bezug zur Stelle
2. Lücken im Lebenslauf ohne Erklärung
3. Tippfehler im Firmennamen
4. Fehlende Zeugnisse
5. Unpassende Gehaltsvorstellung

In unserem kostenlosen Webinar am Dienstag zeigen wir, wie Sie diese Fehler vermeiden: https://bewerbungsprofi-akademie.de/webinar

Beste Grüße
Ihr Team der Bewerbungsprofi Akademie

Austragen: https://bewerbungsprofi-akademie.de/austragen?id=3381
""",
)

N(
    "de",
    "newsletter_or_advice",
    "kununu-ratgeber-absage-feedback",
    co="Arbeitgeberkompass",
    fmt="alt",
    skin="card",
    color="#00a36c",
    co_card="Arbeitgeberkompass",
    frm="Arbeitgeberkompass <news@arbeitgeberkompass.de>",
    to="julia",
    subj="Nach dem Vorstellungsgespräch abgelehnt? Wie Sie um Feedback bitten",
    list=("<news.arbeitgeberkompass.de>", "<https://www.arbeitgeberkompass.de/newsletter/off>"),
    body="""Hallo Julia,

nach einem Vorstellungsgespräch eine Absage zu erhalten, ist besonders ärgerlich. Doch gerade jetzt kann ein ehrliches Feedback des Unternehmens Gold wert sein.

In unserem neuen Ratgeber zeigen wir:
- wie Sie höflich um Feedback bitten (mit Vorlage),
- warum viele Unternehmen aus rechtlichen Gründen zurückhaltend sind,
- und wie Sie Bewertungen anderer Bewerber:innen zum Gesprächsablauf nutzen können.

Zum Ratgeber: https://www.arbeitgeberkompass.de/ratgeber/feedback-nach-absage

Außerdem neu: 1.200 neue Bewertungen zu Arbeitgebern in Ihrer Region.

Ihr Arbeitgeberkompass-Team
""",
)

N(
    "de",
    "newsletter_or_advice",
    "newsletter-bewerbungsgespraech-tipps",
    group="de-story-karriereblick",
    co="Karriereblick Magazin",
    frm="Karriereblick Newsletter <newsletter@karriereblick-magazin.de>",
    to="sophie",
    subj="Die 10 häufigsten Fragen im Vorstellungsgespräch – und gute Antworten",
    list=(
        "Karriereblick Newsletter <newsletter.karriereblick-magazin.de>",
        "<https://karriereblick-magazin.de/newsletter/abmelden?e=sk>",
    ),
    body="""Hallo Sophie,

„Wo sehen Sie sich in fünf Jahren?“ – diese und neun weitere Klassiker begegnen Ihnen in fast jedem Vorstellungsgespräch. Wir zeigen, was Personalverantwortliche damit eigentlich herausfinden wollen.

Zum Artikel: https://karriereblick-magazin.de/fragen-vorstellungsgespraech

Außerdem in dieser Ausgabe:
- Probearbeitstag: Was ist erlaubt, was muss bezahlt werden?
- Zusage erhalten – und jetzt? Checkliste für den Jobwechsel

Ihr Karriereblick-Team

Newsletter abbestellen: https://karriereblick-magazin.de/newsletter/abmelden?e=sk
""",
)

N(
    "de",
    "newsletter_or_advice",
    "coaching-angebot-nach-absagen",
    co="Neustart Karrierecoaching",
    fmt="html",
    skin="simple",
    frm="Neustart Karrierecoaching <info@neustart-karrierecoaching.de>",
    to="stefan",
    subj="Schon wieder eine Absage? Das können Sie jetzt tun",
    list=(
        "<newsletter.neustart-karrierecoaching.de>",
        "<https://neustart-karrierecoaching.de/abmelden?u=sw73>",
    ),
    body="""Sehr geehrter Herr Wagner,

viele Führungskräfte über 50 erleben es gerade: Bewerbung um Bewerbung, und die Antworten klingen alle gleich – „leider haben wir uns für einen anderen Kandidaten entschieden“.

Das liegt selten an der Qualifikation. Häufig passt die Positionierung nicht. In einem kostenlosen Erstgespräch (30 Minuten) analysieren wir gemeinsam Ihre Unterlagen und Ihre Strategie.

Termin buchen: https://neustart-karrierecoaching.de/erstgespraech

Mit besten Grüßen
Dr. Ute Sandmann
Neustart Karrierecoaching

Abmelden: https://neustart-karrierecoaching.de/abmelden?u=sw73
""",
)

# --- other: hiring-manager view, withdrawals, missing documents, portal notices -------------
N(
    "de",
    "other",
    "hr-intern-absage-yilmaz-raus",
    group="de-story-elbwerk",
    co="Elbwerk Software GmbH",
    frm="Nina Hartung <nina.hartung@elbwerk-software.de>",
    to=("mehmet", "mehmet.kaya@elbwerk-software.de"),
    subj="Kandidaten Teamleitung Support – Stand",
    body="""Hi Mehmet,

kurzer Stand zu deiner Stelle:

- Die Absage an Herrn Yilmaz ist raus, ich habe ihm auch dein Feedback zur fehlenden Führungserfahrung mitgegeben.
- Frau Schuster hat für Donnerstag 10 Uhr zugesagt.
- Herr Brenner hat seine Bewerbung zurückgezogen.

Kannst du mir bis morgen sagen, ob wir Frau Okafor noch einladen? Sonst schicke ich ihr Ende der Woche auch eine Absage.

Danke & Gruß
Nina
HR Business Partner
""",
)

N(
    "de",
    "other",
    "personio-kandidat-abgelehnt-gesetzt",
    group="de-story-elbwerk",
    co="Elbwerk Software GmbH",
    fmt="html",
    skin="card",
    color="#1b1b1b",
    site="personio.de",
    co_card="Personio",
    frm="Personio <notifications@personio.de>",
    to=("mehmet", "mehmet.kaya@elbwerk-software.de"),
    subj="Kandidat wurde auf „Abgelehnt“ gesetzt – Teamleitung IT-Support (m/w/d)",
    body="""Hallo Mehmet,

Nina Hartung hat den Status eines Kandidaten in einer Stelle geändert, bei der Sie als Hiring Manager eingetragen sind.

Kandidat: Emir Yilmaz
Stelle: Teamleitung IT-Support (m/w/d)
Neuer Status: Abgelehnt
Grund: Qualifikation passt nicht
Absage-E-Mail versendet: Ja

Kandidatenprofil öffnen: https://elbwerk-software.personio.de/recruiting/applications/5531

Sie erhalten diese Benachrichtigung, weil Sie Mitglied im Einstellungsteam dieser Stelle sind.
""",
)

N(
    "de",
    "other",
    "greenhouse-scorecard-no-hire",
    co="Tallyo GmbH",
    frm="Greenhouse <no-reply@greenhouse.io>",
    to=("piotr", "piotr.wisniewski@tallyo.com"),
    subj="Neue Scorecard für Lena Markovic – Backend Engineer",
    body="""Hallo Piotr,

Jonas Feld hat eine Scorecard für Lena Markovic (Backend Engineer, Technical Interview) eingereicht.

Gesamtbewertung: Nein (No Hire)
Kommentar: „Gute Grundlagen, aber beim System Design sehr unsicher. Ich würde absagen.“

Bitte reiche auch deine Scorecard bis morgen ein, damit das Team die Entscheidung treffen kann:
https://app.greenhouse.io/scorecards/881245

Greenhouse Software
""",
)

N(
    "de",
    "other",
    "ats-erinnerung-absagen-ausstehend",
    co="Sonnentau Drogerie GmbH",
    frm="softgarden <no-reply@softgarden.io>",
    to=("hannah", "h.vogel@sonnentau-drogerie.de"),
    subj="Erinnerung: 6 Bewerbende warten auf eine Rückmeldung",
    body="""Hallo Hannah Vogel,

in der Stelle „Werkstudent:in E-Commerce“, die Sie betreuen, warten 6 Bewerbende seit mehr als 14 Tagen auf eine Rückmeldung.

Tipp: Sie können allen Bewerbenden, die Sie nicht berücksichtigen möchten, mit einem Klick eine Absage mit der Standardvorlage schicken.

Zur Bewerberübersicht: https://app.softgarden.io/jobs/441877/applicants

Ihr softgarden Team
""",
)

N(
    "de",
    "other",
    "recruiter-an-hiring-manager-feedback",
    co="Klinikum Rheinufer",
    frm="Jasmin Schubert <j.schubert@klinikum-rheinufer.de>",
    to=("yasmin", "y.haddad@klinikum-rheinufer.de"),
    subj="Absagen Stelle Studienassistenz",
    body="""Liebe Frau Haddad,

wie besprochen habe ich den beiden Bewerberinnen, die Sie nach den Gesprächen nicht weiter berücksichtigen möchten, heute abgesagt. Frau Ilić hat um telefonisches Feedback gebeten – könnten Sie ihr nächste Woche kurz zwei, drei Sätze sagen?

Für Herrn Kowalski bereite ich das Vertragsangebot vor.

Viele Grüße
Jasmin Schubert
Recruiting
""",
)

N(
    "de",
    "other",
    "rueckzug-bewerbung-bestaetigt",
    fmt="alt",
    skin="card",
    group="de-story-vantis",
    co="Vantis Energie AG",
    frm="Vantis Energie Karriere <karriere@vantis-energie.de>",
    to="katarzyna",
    subj="Bestätigung: Rückzug Ihrer Bewerbung",
    body="""Sehr geehrte Frau Nowak,

hiermit bestätigen wir, dass Sie Ihre Bewerbung als Referentin Energiewirtschaft (m/w/d) zurückgezogen haben.

Schade, dass wir Sie nicht näher kennenlernen konnten – wir respektieren Ihre Entscheidung selbstverständlich. Ihre Bewerbungsdaten werden nun gelöscht, sofern Sie nicht in die Aufnahme in unseren Talentpool eingewilligt haben.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Vantis Energie AG
""",
)

N(
    "de",
    "other",
    "unterlagen-nachreichen-zeugnisse",
    co="Evangelisches Krankenhaus Weserbogen",
    frm="Personalabteilung EvK Weserbogen <personal@evk-weserbogen.de>",
    to="merve",
    subj="Ihre Bewerbung – fehlende Unterlagen",
    body="""Sehr geehrte Frau Yıldız,

vielen Dank für Ihre Bewerbung als Pflegefachkraft für die Geriatrie.

Leider ist Ihre Bewerbung noch nicht vollständig. Es fehlen uns:
- Ihre Erlaubnis zum Führen der Berufsbezeichnung (Urkunde)
- Ihr letztes Arbeitszeugnis

Bitte reichen Sie die Unterlagen bis zum Ende der nächsten Woche nach, gerne als PDF per E-Mail. Erst dann können wir Ihre Bewerbung an die Pflegedirektion weitergeben.

Mit freundlichen Grüßen
Ursula Meinhardt
Personalabteilung
""",
)

N(
    "de",
    "other",
    "statusportal-aenderung-bitte-einloggen",
    group="de-story-kessler",
    co="Kessler Handelsgruppe SE",
    fmt="html",
    skin="card",
    color="#b5121b",
    frm="Kessler Handelsgruppe <noreply@successfactors.eu>",
    to="mehmet",
    subj="Es gibt Neuigkeiten zu Ihrer Bewerbung",
    body="""Guten Tag Mehmet Kaya,

der Status Ihrer Bewerbung hat sich geändert.

Bitte melden Sie sich in unserem Karriereportal an, um die Details einzusehen:
https://career2.successfactors.eu/career?company=kesslerhan&login_ns=register

Aus Datenschutzgründen versenden wir keine Details per E-Mail.

Mit freundlichen Grüßen
Ihr Kessler Recruiting Center
""",
)

N(
    "de",
    "other",
    "bewerberkonto-inaktiv-loeschung",
    fmt="alt",
    skin="card",
    group="de-story-veritas",
    co="Veritas Pharma Deutschland GmbH",
    frm="Veritas Pharma Careers <veritaspharma@myworkday.com>",
    to="katarzyna",
    subj="Ihr Kandidatenkonto wird in 30 Tagen gelöscht",
    body="""Hallo Katarzyna Nowak,

Sie haben sich seit über 18 Monaten nicht mehr in Ihrem Kandidatenkonto bei Veritas Pharma angemeldet. Gemäß unseren Datenschutzrichtlinien wird Ihr Konto einschließlich aller gespeicherten Dokumente in 30 Tagen gelöscht.

Wenn Sie Ihr Konto behalten möchten, melden Sie sich einfach einmal an:
https://veritaspharma.wd3.myworkday.com/careers/login

Talent Acquisition Team
""",
)

N(
    "de",
    "other",
    "talentpool-eintrag-laeuft-ab",
    group="de-story-helvion",
    co="Helvion Versicherungen AG",
    frm="Helvion Karriere <karriere@helvion-versicherungen.de>",
    to="hannah",
    subj="Möchten Sie in unserem Talentpool bleiben?",
    body="""Sehr geehrte Frau Vogel,

vor knapp einem Jahr haben Sie zugestimmt, dass wir Ihr Profil in unserem Talentpool speichern. Dieser Zeitraum läuft in vier Wochen ab.

Wenn Sie weiterhin über passende Stellen informiert werden möchten, bestätigen Sie bitte die Verlängerung um weitere zwölf Monate:
https://karriere.helvion-versicherungen.de/talentpool/verlaengern?id=HV-20771

Andernfalls löschen wir Ihre Daten automatisch nach Ablauf der Frist.

Mit freundlichen Grüßen
Ihr Helvion Recruiting
""",
)

N(
    "de",
    "other",
    "bedauern-ihre-absage-angebot",
    group="de-story-lindtal",
    co="Lindtal Software AG",
    frm="Jasper Kühl <jasper.kuehl@lindtal.de>",
    to="aylin",
    subj="AW: Absage meinerseits – Senior Data Analyst",
    thread=[("gmail.com", "gmail")],
    body="""Liebe Frau Demir,

vielen Dank für Ihre offene Nachricht. Wir bedauern Ihre Absage sehr, können Ihre Entscheidung aber gut nachvollziehen – ein Angebot mit 100 % Remote ist natürlich schwer zu schlagen.

Falls sich bei Ihnen in Zukunft etwas ändert, melden Sie sich gern jederzeit. Die Tür bei Lindtal steht Ihnen offen.

Alles Gute für den Start in der neuen Rolle!

Herzliche Grüße
Jasper Kühl
Head of People
""",
)

N(
    "de",
    "other",
    "abwesenheitsnotiz-recruiterin",
    group="de-story-arventa",
    co="Arventa Software AG",
    auto=True,
    frm="Vanessa Kruse <vanessa.kruse@arventa.de>",
    to="lena",
    subj="Automatische Antwort: Bewerbung Technical Writer – Lena Hoffmann",
    hdr={"X-Auto-Response-Suppress": "All"},
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.08. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an recruiting@arventa.de. Bewerbungen werden während meiner Abwesenheit von meinen Kolleginnen bearbeitet.

Mit freundlichen Grüßen
Vanessa Kruse
""",
)

N(
    "de",
    "transactional",
    "reisekosten-vorstellungsgespraech",
    group="de-story-rosenau",
    co="Rosenau Präzisionsoptik GmbH",
    frm="Buchhaltung Rosenau Präzisionsoptik <buchhaltung@rosenau-optik.de>",
    to="lukas",
    subj="Erstattung Ihrer Reisekosten zum Vorstellungsgespräch",
    body="""Sehr geehrter Herr Brandt,

für Ihre Anreise zum Vorstellungsgespräch am 12. dieses Monats haben wir Ihnen die eingereichten Fahrtkosten (Bahnticket 2. Klasse, 89,40 €) heute auf das angegebene Konto überwiesen.

Bitte beachten Sie, dass die Gutschrift ein bis zwei Bankarbeitstage dauern kann.

Mit freundlichen Grüßen
Buchhaltung
Rosenau Präzisionsoptik GmbH
""",
)

N(
    "de",
    "other",
    "kuendigungsbestaetigung-arbeitgeber",
    co="Baumarkt Kröger KG",
    frm="Personalbüro Baumarkt Kröger <personal@baumarkt-kroeger.de>",
    to="mehmet",
    subj="Bestätigung Ihrer Kündigung",
    body="""Sehr geehrter Herr Kaya,

wir bestätigen den Eingang Ihrer Kündigung vom 28. des Monats. Ihr Arbeitsverhältnis endet unter Einhaltung der vertraglichen Kündigungsfrist zum Monatsende des Folgemonats.

Ihr Arbeitszeugnis und die Arbeitsbescheinigung erhalten Sie mit der letzten Gehaltsabrechnung. Resturlaub stimmen Sie bitte mit Ihrer Marktleitung ab.

Wir bedauern Ihren Weggang und wünschen Ihnen für die neue Stelle alles Gute.

Mit freundlichen Grüßen
Personalbüro
""",
)

N(
    "de",
    "other",
    "gehaltsvorstellung-verfuegbarkeit-anfrage",
    group="de-story-tegeler",
    co="Tegeler Gebäudesicherheit GmbH",
    frm="Marco Tegeler <m.tegeler@tegeler-sicherheit.de>",
    to="david",
    subj="Kurze Rückfrage zu Ihrer Bewerbung",
    body="""Hallo Herr Roth,

danke für Ihre Bewerbung als Vertriebsingenieur Brandschutz. Bevor wir einen Termin machen, zwei kurze Fragen: Wie ist Ihre Gehaltsvorstellung (Jahresbrutto), und wann könnten Sie frühestens anfangen?

Viele Grüße
Marco Tegeler
""",
)

# --- personal ------------------------------------------------------------------------------
N(
    "de",
    "personal",
    "freundin-leitet-eigene-absage-weiter",
    co="-",
    frm="Jana Köhler <jana.koehler92@gmx.de>",
    to="lena",
    subj="WG: Ihre Bewerbung als Projektassistenz – was meinst du??",
    body="""Hey Lena,

guck mal, die hab ich heute bekommen 😩 Ich hatte echt ein gutes Gefühl nach dem Gespräch. Meinst du, ich soll nach Feedback fragen oder ist das komisch? Du hast doch letztes Jahr auch so eine bekommen und nachgefragt, oder?

Drück dich
Jana

---------- Weitergeleitete Nachricht ---------
Von: Recruiting Brückner Immobilien <jobs@brueckner-immobilien.de>
Datum: Di., 14. Mai 2024 um 16:22 Uhr
Betreff: Ihre Bewerbung als Projektassistenz
An: <jana.koehler92@gmx.de>

Sehr geehrte Frau Köhler,

vielen Dank für das Gespräch. Leider haben wir uns für eine andere Kandidatin entschieden.

Mit freundlichen Grüßen
Brückner Immobilien GmbH
""",
    date="2024-05-14 19:48",
)

N(
    "de",
    "personal",
    "mama-fragt-nach-bewerbung",
    co="-",
    frm="Gül Demir <guel.demir@t-online.de>",
    to="aylin",
    subj="Hast du schon was gehört?",
    body="""Hallo mein Schatz,

hast du von der Bank schon was gehört wegen der Stelle? Papa fragt jeden Tag 😄 Wenn es eine Absage ist, auch nicht schlimm, dann kommt was Besseres!

Ruf mal an am Wochenende.

Kuss
Mama
""",
)

N(
    "de",
    "personal",
    "kollege-glueckwunsch-neuer-job",
    group="de-story-ostwind",
    co="-",
    frm="Sebastian Lorenz <sebastian.lorenz@posteo.de>",
    to="jonas",
    subj="Glückwunsch!!",
    body="""Moin Jonas,

hab grade von Tim gehört, dass du die Zusage von Ostwind hast – Glückwunsch, Alter! Nach den ganzen Absagen im Frühjahr hast du dir das echt verdient.

Bier am Freitag geht auf mich.

Sebi
""",
)
# ---------------------------------------------------------------------------------------------
# German extras: indirect rejections and more look-alike negatives
# ---------------------------------------------------------------------------------------------

R(
    "de",
    "after_application",
    "keine-moeglichkeit-zusammenarbeit-agentur",
    co="Wellenreiter Werbeagentur GmbH",
    fmt="alt",
    skin="gmail",
    frm="Tim Hollander <tim@wellenreiter-agentur.de>",
    to="sophie",
    subj="Deine Unterlagen",
    body="""Hallo Sophie,

danke, dass du an uns gedacht hast. Wir haben uns dein Portfolio im Team angeschaut.

Für die Art Direction suchen wir im Moment jemanden mit deutlich mehr Agenturerfahrung, deshalb sehen wir derzeit keine Möglichkeit einer Zusammenarbeit. Dein Illustrationsstil ist trotzdem richtig schön – bleib dran!

Beste Grüße
Tim
Wellenreiter Werbeagentur GmbH · Hamburg-Altona
""",
)

R(
    "de",
    "after_application",
    "fsj-platz-vergeben",
    co="Jugendherbergswerk Ostsee e.V.",
    fmt="html",
    skin="card",
    color="#e85d04",
    frm="Freiwilligendienste Jugendherbergswerk Ostsee <freiwillig@jhw-ostsee.de>",
    to="zeynep",
    subj="Deine Bewerbung für ein FSJ in der Jugendherberge Warnemünde",
    body="""Hallo Zeynep,

danke für deine Bewerbung für ein Freiwilliges Soziales Jahr bei uns in Warnemünde!

Wir hatten für den Jahrgang ab September viel mehr Bewerbungen als Plätze. Nach den Telefonaten haben wir die Plätze an andere Bewerber*innen vergeben. Für dich hat es dieses Mal also nicht geklappt.

In unseren anderen Häusern in Kühlungsborn und Greifswald sind noch Plätze frei – wenn du magst, leiten wir deine Bewerbung dorthin weiter. Schreib uns einfach kurz.

Viele Grüße
Team Freiwilligendienste
""",
)

R(
    "de",
    "after_interview",
    "einstellungstest-nicht-bestanden",
    co="Landespolizei Nordmark (Einstellungsberatung)",
    frm="Einstellungsberatung Polizei Nordmark <einstellung@polizei-nordmark.de>",
    to="emre",
    subj="Ergebnis Ihres Auswahlverfahrens für den mittleren Polizeivollzugsdienst",
    body="""Sehr geehrter Herr Aksoy,

Sie haben am 12. und 13. Februar am Auswahlverfahren für den mittleren Polizeivollzugsdienst teilgenommen.

Leider müssen wir Ihnen mitteilen, dass Sie den Sporttest nicht bestanden haben (Ausdauerlauf). Damit ist das Auswahlverfahren für Sie beendet, und eine Einstellung zum 1. August ist nicht möglich.

Eine erneute Bewerbung ist frühestens zum nächsten Einstellungstermin möglich. Wir würden uns freuen, wenn Sie es noch einmal versuchen.

Mit freundlichen Grüßen
Im Auftrag
Einstellungsberatung
""",
    date="2025-02-24 09:05",
)

R(
    "de",
    "after_application",
    "online-test-punktzahl-nicht-erreicht",
    co="Hanse Versorgungsbetriebe AG",
    group="de-story-hanse-versorgung",
    fmt="html",
    skin="card",
    color="#005ca9",
    frm="Hanse Versorgung Recruiting <recruiting@hanse-versorgung.de>",
    to="felix",
    subj="Ihre Bewerbung für das Traineeprogramm Netze",
    body="""Guten Tag Herr Neumann,

vielen Dank, dass Sie an unserem Online-Test teilgenommen haben.

Für die nächste Runde unseres Auswahlverfahrens ist eine Mindestpunktzahl erforderlich, die Sie knapp nicht erreicht haben. Daher können wir Ihre Bewerbung für das Traineeprogramm Netze in diesem Jahr nicht weiter berücksichtigen.

Wir wissen, dass das enttäuschend ist, und wünschen Ihnen für Ihren Berufseinstieg alles Gute. Eine erneute Bewerbung ist zum nächsten Programmstart möglich.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""",
)

R(
    "de",
    "after_application",
    "englischer-betreff-deutscher-text",
    co="Northbay Semiconductors GmbH",
    fmt="alt",
    skin="card",
    color="#212529",
    frm="Northbay Careers <careers-noreply@northbay-semi.com>",
    to="lukas",
    subj="Update on your application – Process Engineer (Dresden)",
    body="""Hallo Lukas Brandt,

danke für Ihr Interesse an Northbay Semiconductors und Ihre Bewerbung für unseren Standort in Dresden.

Wir haben Ihre Qualifikationen sorgfältig geprüft und uns entschieden, für die Position Process Engineer (Lithografie) mit anderen Kandidatinnen und Kandidaten fortzufahren.

Bitte lassen Sie sich davon nicht entmutigen – wir bauen unser Werk weiter aus und veröffentlichen laufend neue Stellen.

Mit freundlichen Grüßen
Northbay Talent Acquisition
""",
)

R(
    "de",
    "after_interview",
    "wir-haben-uns-anders-entschieden-gmail",
    co="Zeltlager Wildwasser Touristik GbR",
    frm="Miriam Haas <miriam.wildwasser@gmail.com>",
    to="felix",
    subj="Saisonjob Kanuguide",
    body="""Hi Felix,

danke dass du am Samstag beim Kennenlernen am See warst! Wir haben uns jetzt anders entschieden und nehmen zwei Leute, die schon den Kanu-Übungsleiterschein haben. Hoffe du findest noch was Schönes für den Sommer.

LG Miriam
""",
)

N(
    "de",
    "acknowledgement",
    "eingang-faq-erhalte-ich-eine-absage",
    co="Marienfeld Medizintechnik GmbH",
    fmt="html",
    skin="card",
    color="#0077b6",
    frm="Marienfeld Medizintechnik Karriere <karriere@marienfeld-medtec.de>",
    to="nour",
    subj="Danke für Ihre Bewerbung als Qualitätsmanagerin (m/w/d)",
    body="""Sehr geehrte Frau El-Sayed,

vielen Dank für Ihre Bewerbung! Ihre Unterlagen sind vollständig bei uns eingegangen.

Häufige Fragen zum weiteren Ablauf:

Wie lange dauert es? – In der Regel melden wir uns innerhalb von drei Wochen.

Erhalte ich auch eine Absage? – Ja. Jede Bewerberin und jeder Bewerber erhält von uns eine Rückmeldung, auch wenn wir uns gegen eine Einladung entscheiden.

Kann ich meine Bewerbung zurückziehen? – Ja, jederzeit über Ihr Bewerberkonto.

Mit freundlichen Grüßen
Ihr Recruiting-Team
""",
)

N(
    "de",
    "other",
    "weitergeleitet-an-fachabteilung",
    co="Kraemer & Lutz Maschinenbau GmbH",
    fmt="alt",
    skin="card",
    color="#495057",
    frm="Kraemer & Lutz Bewerbermanagement <jobs@kraemer-lutz.rexx-systems.com>",
    to="tobias",
    subj="Statusupdate: Ihre Bewerbung liegt der Fachabteilung vor",
    body="""Sehr geehrter Herr Schäfer,

wir möchten Sie über den aktuellen Stand Ihrer Bewerbung als Konstrukteur Sondermaschinenbau informieren: Ihre Unterlagen wurden an die Fachabteilung weitergeleitet und werden dort derzeit geprüft.

Bitte haben Sie noch etwas Geduld. Wir melden uns, sobald eine Entscheidung über das weitere Vorgehen gefallen ist.

Mit freundlichen Grüßen
Personalabteilung
Kraemer & Lutz Maschinenbau GmbH
""",
    group="de-story-kraemer",
)

N(
    "de",
    "other",
    "umfrage-bewerbungserlebnis",
    co="Stadtwerke Lindenau GmbH",
    fmt="html",
    skin="card",
    color="#005f73",
    frm="Stadtwerke Lindenau – Personalservice <feedback@dvinci-mail.com>",
    to="annika",
    subj="Wie war Ihr Bewerbungserlebnis bei uns?",
    body="""Sehr geehrte Frau Petersen,

Sie haben sich kürzlich bei den Stadtwerken Lindenau beworben. Unabhängig davon, wie Ihr Bewerbungsverfahren ausgegangen ist, interessiert uns Ihre Meinung: Was hat Ihnen gefallen, was können wir besser machen?

Die Umfrage dauert etwa drei Minuten und ist anonym:
https://umfrage.stadtwerke-lindenau.de/candidate-experience?ref=SWL

Herzlichen Dank für Ihre Unterstützung!
Ihr Personalservice
""",
    group="de-story-lindenau",
)

N(
    "de",
    "other",
    "referenzanfrage-ehemaliger-chef",
    group="de-story-ostwind",
    co="Ostwind Bauplanung GmbH",
    frm="Dirk Ostwald <d.ostwald@ostwind-bauplanung.de>",
    to="tobias",
    subj="Referenz für Herrn Jonas Weber",
    body="""Guten Tag Herr Schäfer,

Herr Jonas Weber hat sich bei uns als Bauzeichner beworben und Sie als Referenz angegeben, da Sie bis letztes Jahr sein Teamleiter waren.

Hätten Sie in den nächsten Tagen zehn Minuten Zeit für ein kurzes Telefonat? Mich interessiert vor allem, wie er im Team gearbeitet hat und wie selbstständig er Pläne erstellt.

Vielen Dank und viele Grüße
Dirk Ostwald
Geschäftsführer, Ostwind Bauplanung GmbH
""",
)

N(
    "de",
    "interview_invite",
    "du-leider-erst-jetzt-einladung",
    co="Wolkenwerk GmbH",
    group="de-story-wolkenwerk",
    frm="Marie Kästner <marie@wolkenwerk.app>",
    to="felix",
    subj="Sorry für die Funkstille – lass uns sprechen!",
    body="""Hey Felix,

sorry, dass du so lange nichts von uns gehört hast – wir hatten leider mehr Bewerbungen als gedacht und sind erst jetzt durch.

Die gute Nachricht: Wir würden dich gern zu einem ersten Gespräch einladen! Tarek (unser Backend-Lead) und ich hätten Dienstag oder Mittwoch Nachmittag Zeit. Was passt dir besser?

Viele Grüße
Marie
""",
)

N(
    "de",
    "job_alert",
    "jobboerse-regio-suchauftrag",
    co="Jobbörse Regio",
    fmt="html",
    frm="Jobbörse Regio <noreply@jobboerse-regio.de>",
    to="stefan",
    subj="Neue Stellenangebote zu Ihrem Suchauftrag „Schichtleiter“",
    list=(
        "<suchauftrag.jobboerse-regio.de>",
        "<https://www.jobboerse-regio.de/suchauftrag/loeschen?id=55102>",
    ),
    html=joblist_html(
        "Jobbörse Regio",
        "#2b2d42",
        "Guten Tag Stefan Wagner,<br>zu Ihrem Suchauftrag <b>Schichtleiter, Umkreis 30 km um Iserlohn</b> gibt es 3 neue Stellenangebote:",
        [
            (
                "Schichtleiter Produktion (m/w/d)",
                "Märkische Drahtwerke GmbH",
                "Iserlohn",
                "Vollzeit, 3-Schicht",
                "https://www.jobboerse-regio.de/stelle/7710231",
            ),
            (
                "Schichtführer Kunststoffspritzguss (m/w/d)",
                "Sauerland Polymer KG",
                "Menden",
                "Tarifbindung",
                "https://www.jobboerse-regio.de/stelle/7710288",
            ),
            (
                "Meister Fertigung / Schichtleitung (m/w/d)",
                "Hönnetal Gießerei GmbH",
                "Balve",
                "",
                "https://www.jobboerse-regio.de/stelle/7710302",
            ),
        ],
        "Suchauftrag ändern oder löschen: https://www.jobboerse-regio.de/suchauftrag<br>Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.",
        "de",
        "Zum Stellenangebot",
    ),
)

N(
    "de",
    "recruiter_outreach",
    "xing-probejobs-personalvermittlung-html",
    co="Lagerprofi Personalvermittlung GmbH",
    fmt="html",
    skin="outlook",
    frm="Sevgi Aydın <s.aydin@lagerprofi-personal.de>",
    to="omar",
    subj="Ihr Profil auf XING – Logistikleitung in Köln",
    body="""Sehr geehrter Herr Al-Khatib,

ich bin auf Ihr Profil bei XING aufmerksam geworden und würde Ihnen gern eine Position vorstellen, die sehr gut zu Ihrer Erfahrung passt: Leitung Logistik (m/w/d) bei einem Lebensmittelhändler in Köln-Porz, direkte Festanstellung beim Kunden, ca. 70 Mitarbeitende, Gehalt bis 78.000 €.

Falls Sie sich beruflich verändern möchten oder jemanden kennen, für den das interessant sein könnte, freue ich mich über Ihre Rückmeldung.

Mit freundlichen Grüßen
Sevgi Aydın
Senior Personalberaterin
Lagerprofi Personalvermittlung GmbH · Hansaring 20 · 50670 Köln
""",
)

N(
    "de",
    "offer",
    "zusage-html-outlook-pflege",
    co="Klinikum Rheinufer",
    fmt="alt",
    skin="outlook",
    frm="Personalabteilung Klinikum Rheinufer <personal@klinikum-rheinufer.de>",
    to="merve",
    subj="Ihre Einstellung als Pflegefachkraft – Zusage",
    body="""Sehr geehrte Frau Yıldız,

wir freuen uns sehr, Ihnen nach dem Gespräch und Ihrem Hospitationstag auf der Station 4B eine Zusage geben zu können!

Ihr Dienstbeginn ist für den 1. des übernächsten Monats vorgesehen. Die Vergütung richtet sich nach TVöD-P, Entgeltgruppe P8, zuzüglich Intensivzulage. Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post.

Bitte vereinbaren Sie vorab einen Termin beim Betriebsärztlichen Dienst (Tel. 0221 4870-2210).

Herzlich willkommen im Team!
Mit freundlichen Grüßen
Personalabteilung
""",
)
# ---------------------------------------------------------------------------------------------
# French job mail: rejections and hard negatives
# ---------------------------------------------------------------------------------------------

R(
    "fr",
    "after_application",
    "regret-comptable-lyon",
    fmt="alt",
    skin="outlook",
    group="fr-story-rhone",
    co="Rhône Distribution SAS",
    frm="Service Recrutement Rhône Distribution <recrutement@rhone-distribution.fr>",
    to="camille",
    subj="Votre candidature au poste de Comptable fournisseurs (H/F)",
    body="""Madame,

Nous vous remercions de l'intérêt que vous portez à notre société et de votre candidature au poste de Comptable fournisseurs (H/F) basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons donner une suite favorable à votre candidature. En effet, nous avons reçu de nombreuses candidatures et avons retenu des profils disposant d'une expérience plus proche de nos besoins actuels.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service Recrutement
Rhône Distribution SAS – 14 quai Perrache – 69002 Lyon
SAS au capital de 1 200 000 € – RCS Lyon 512 334 871
""",
)

R(
    "fr",
    "after_application",
    "startup-tu-autre-candidature",
    group="fr-story-papyrus",
    co="Papyrus Labs SAS",
    frm="Léa de Papyrus <lea@papyrus-labs.fr>",
    to="julien",
    subj="Ta candidature chez Papyrus 📄",
    fmt="alt",
    skin="card",
    color="#3a0ca3",
    body="""Salut Julien,

Merci beaucoup d'avoir postulé au poste de Développeur Fullstack chez Papyrus, et merci pour le temps que tu as pris pour nous présenter ton parcours.

Après avoir étudié toutes les candidatures, on a décidé de retenir une autre candidature, plus expérimentée sur TypeScript et les architectures serverless. Ce n'est donc pas une suite positive pour cette fois.

On sait que ce n'est jamais agréable à lire. N'hésite pas à garder un œil sur notre page carrières, on recrute régulièrement !

Belle continuation,
Léa
Talent Acquisition @ Papyrus Labs
""",
)

R(
    "fr",
    "after_application",
    "smartrecruiters-profil-ne-correspond-pas",
    group="fr-story-valmont",
    co="Groupe Valmont Industrie SA",
    frm="Groupe Valmont Carrières <careers@smartrecruiters.com>",
    to="thomas",
    subj="Suite à votre candidature – Ingénieur Méthodes (F/H)",
    fmt="html",
    skin="card",
    color="#14213d",
    body="""Bonjour Thomas Lefèvre,

Nous vous remercions pour votre candidature au poste d'Ingénieur Méthodes (F/H) sur notre site de Besançon.

Nous avons étudié votre candidature avec attention. Malheureusement, votre profil ne correspond pas entièrement aux exigences du poste, notamment en matière d'industrialisation dans le secteur aéronautique. Nous ne sommes donc pas en mesure de poursuivre le processus avec vous.

Votre profil reste enregistré dans notre base et vous pouvez postuler à tout moment à d'autres offres du Groupe Valmont.

Cordialement,
L'équipe Talent Acquisition
Groupe Valmont Industrie SA
""",
)

R(
    "fr",
    "after_application",
    "candidature-spontanee-pas-de-suite",
    co="Maison Berthier & Fils SARL",
    frm="Maison Berthier <contact@maison-berthier.fr>",
    to="chloe",
    subj="Re: Candidature spontanée – vendeuse en boulangerie",
    thread=[("laposte.net", "uuid")],
    body="""Bonjour Madame Garnier,

Nous avons bien reçu votre candidature spontanée et nous vous en remercions.

Malheureusement, notre équipe est complète pour le moment et nous n'avons pas de poste à pourvoir en boutique. Nous ne pouvons donc pas donner suite à votre demande.

Nous vous souhaitons bonne chance pour votre recherche.

Bien cordialement,
Hélène Berthier
Maison Berthier & Fils – Boulangerie-Pâtisserie
12 rue de la République, 84000 Avignon
""",
)

R(
    "fr",
    "after_application",
    "stage-fin-etudes-marketing",
    group="fr-story-oceane",
    co="Océane Cosmétiques SAS",
    frm="Océane Cosmétiques – Recrutement <stages@oceane-cosmetiques.fr>",
    to="ines",
    subj="Votre candidature – Stage de fin d'études Marketing Produit",
    body="""Bonjour Inès,

Nous vous remercions pour votre candidature au stage de fin d'études en Marketing Produit (6 mois, à partir de janvier).

Nous avons reçu un très grand nombre de candidatures pour cette offre et, après examen, nous avons le regret de vous annoncer que votre candidature n'a pas été retenue. Nous avons privilégié des profils ayant déjà réalisé un premier stage dans le secteur de la beauté.

Nous vous souhaitons beaucoup de succès dans la suite de vos études et de votre recherche de stage.

Bien à vous,
L'équipe RH Océane Cosmétiques
""",
)

R(
    "fr",
    "after_application",
    "alternance-non-retenue",
    co="BatiNord Construction SAS",
    frm="BatiNord – Alternance <alternance@batinord-construction.fr>",
    to="mehdi",
    subj="Votre candidature en alternance – Conducteur de travaux (BTS Bâtiment)",
    body="""Bonjour Mehdi,

Merci pour ta candidature pour un contrat d'apprentissage en tant qu'assistant conducteur de travaux dans le cadre de ton BTS Bâtiment.

Nous avons eu beaucoup de demandes cette année et nous avons dû faire des choix. Nous ne pourrons malheureusement pas te proposer de contrat pour la rentrée de septembre.

Nous te conseillons de te rapprocher de ton CFA, qui reçoit régulièrement des offres d'entreprises de la région.

Bon courage pour la suite !
Sandrine Lemaire
Chargée de recrutement
BatiNord Construction SAS – 8 avenue de la Marne – 59200 Tourcoing
""",
)

R(
    "fr",
    "after_application",
    "belgique-malheureusement-bonne-continuation",
    co="Meuse Logistics SA",
    frm="Meuse Logistics HR <jobs@meuse-logistics.be>",
    to="julien",
    tz="Europe/Brussels",
    subj="Votre candidature – Responsable d'entrepôt",
    body="""Bonjour Monsieur Moreau,

Nous vous remercions pour l'intérêt que vous portez à Meuse Logistics et pour votre candidature au poste de Responsable d'entrepôt à Liège.

Malheureusement, après analyse de votre dossier, nous avons décidé de poursuivre le processus avec d'autres candidats dont l'expérience en gestion d'équipes en trois pauses correspond davantage à nos attentes.

Nous conserverons votre CV dans notre base de données pendant un an, sauf avis contraire de votre part.

Bonne continuation,

Nathalie Dubois
HR Business Partner
Meuse Logistics SA – Quai de la Batte 22 – 4000 Liège
TVA BE 0456.789.123 – GSM +32 478 12 34 56
""",
)

R(
    "fr",
    "after_application",
    "suisse-regrettons-suite-positive",
    co="Léman Horlogerie SA",
    frm="Léman Horlogerie SA – Ressources humaines <rh@leman-horlogerie.ch>",
    to="camille",
    tz="Europe/Zurich",
    subj="Votre dossier de candidature",
    body="""Madame,

Nous accusons réception de votre dossier de candidature pour le poste d'Assistante de direction à 80 % et vous remercions de l'intérêt témoigné à notre entreprise.

Après examen approfondi, nous regrettons de ne pouvoir donner une suite positive à votre candidature. Le profil retenu dispose d'une expérience plus étendue dans l'industrie horlogère et maîtrise l'allemand à un niveau professionnel.

Nous vous retournons votre dossier par courrier séparé et vous adressons, Madame, nos meilleures salutations.

Service des ressources humaines
Léman Horlogerie SA – Route de Meyrin 150 – 1217 Meyrin / Genève
""",
)

R(
    "fr",
    "after_application",
    "quebec-regret-cordialement",
    co="Boréal Technologies inc.",
    frm="Boréal Technologies – Talents <talents@borealtech.ca>",
    to="mehdi",
    tz="America/Toronto",
    subj="Votre candidature – Analyste support TI",
    body="""Bonjour Mehdi,

Merci de l'intérêt que vous portez à Boréal Technologies et du temps consacré à votre candidature pour le poste d'Analyste support TI.

Nous avons le regret de vous informer que nous avons choisi de poursuivre le processus avec d'autres candidats dont l'expérience correspond davantage aux besoins actuels de l'équipe. Veuillez noter que seules les personnes retenues pour une entrevue sont habituellement contactées; nous tenions toutefois à vous répondre personnellement.

Nous vous souhaitons bon succès dans vos démarches.

Cordialement,
Geneviève Tremblay
Conseillère en acquisition de talents
Boréal Technologies inc. – 1200, boul. René-Lévesque O., Montréal (Québec)
""",
)

R(
    "fr",
    "after_application",
    "hopital-infirmiere-candidature",
    group="fr-story-chv",
    co="Centre Hospitalier des Vallées",
    frm="Direction des Ressources Humaines – CH des Vallées <drh@ch-des-vallees.fr>",
    to="ines",
    subj="Candidature IDE – service de réanimation",
    body="""Madame,

Vous avez adressé votre candidature pour un poste d'infirmière diplômée d'État dans le service de réanimation polyvalente de notre établissement, et nous vous en remercions.

Je suis au regret de vous informer que nous ne sommes pas en mesure de retenir votre candidature pour ce poste, qui nécessite une expérience préalable en soins critiques. En revanche, des postes sont actuellement ouverts en médecine et en SSR ; si vous le souhaitez, vous pouvez nous faire part de votre intérêt.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Directeur des Ressources Humaines,
Sylvie Marchand
Attachée d'administration hospitalière
""",
)

R(
    "fr",
    "after_application",
    "teamtailor-fr-html",
    co="Verdure Énergie SAS",
    frm="Verdure Énergie <notifications@mail.teamtailor.com>",
    to="thomas",
    subj="Mise à jour concernant votre candidature – Chef de projet éolien",
    fmt="html",
    skin="card",
    color="#2b9348",
    powered="Envoyé via Teamtailor",
    body="""Bonjour Thomas,

Merci pour votre candidature au poste de Chef de projet éolien et pour l'intérêt que vous portez à Verdure Énergie.

Nous avons pris le temps d'examiner votre profil avec attention. Nous avons toutefois décidé de ne pas poursuivre avec votre candidature pour ce poste, les candidats retenus ayant une expérience plus longue du développement de projets terrestres en France.

Nous vous remercions sincèrement et vous souhaitons bonne chance pour la suite.

L'équipe Verdure Énergie
""",
)

R(
    "fr",
    "after_application",
    "cabinet-expertise-comptable",
    charset="iso-8859-15",
    co="Fiduciaire Castel & Associés",
    frm="Pierre Castel <p.castel@castel-associes.fr>",
    to="chloe",
    subj="Votre candidature - collaboratrice comptable",
    body="""Madame,

Je vous remercie de votre candidature au poste de collaboratrice comptable au sein de notre cabinet.

Malgré l'intérêt de votre parcours, j'ai choisi de retenir une candidate déjà titulaire du DSCG et familière de notre logiciel de production. Je ne suis donc pas en mesure de vous proposer un entretien.

Je vous souhaite une bonne réussite dans vos démarches.

Bien cordialement,

Pierre Castel
Expert-comptable, Commissaire aux comptes
Fiduciaire Castel & Associés - SARL d'expertise comptable inscrite au Tableau de l'Ordre de la région Occitanie
5 allées Jean Jaurès - 31000 Toulouse
""",
)

R(
    "fr",
    "after_application",
    "tres-court-poste-non-propose",
    co="Garage Fontaine",
    frm="Garage Fontaine <garage.fontaine@orange.fr>",
    to="mehdi",
    subj="candidature mécanicien",
    body="""Bonjour,

Nous avons trouvé quelqu'un pour le poste de mécanicien, nous ne donnerons donc pas suite à votre candidature.

Cordialement
M. Fontaine
""",
)

R(
    "fr",
    "after_application",
    "taleo-ref-suite-donnee",
    fmt="html",
    skin="card",
    co="Banque Atlantique Mutuelle",
    frm="Banque Atlantique Mutuelle – Recrutement <recrutement-noreply@taleo.net>",
    to="camille",
    subj="Réf. 2024-1187 – Suite donnée à votre candidature",
    body="""Madame Durand,

Nous vous remercions d'avoir postulé à l'offre « Conseillère clientèle particuliers (H/F) – Agence de Nantes » (réf. 2024-1187).

Nous avons examiné votre candidature avec la plus grande attention. Nous sommes cependant au regret de vous informer qu'elle n'a pas été retenue pour la suite du processus de recrutement.

Conformément au RGPD, vos données seront conservées deux ans afin de pouvoir vous proposer d'autres opportunités, sauf opposition de votre part.

Nous vous souhaitons une bonne continuation.

La Direction des Ressources Humaines
Banque Atlantique Mutuelle

Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    date="2024-05-22 11:04",
)

R(
    "fr",
    "after_application",
    "these-cifre-non-retenue",
    co="Laboratoire de Mécanique des Fluides de Grenoble",
    frm="Prof. Anne-Sophie Roux <anne-sophie.roux@lmf-grenoble.fr>",
    to="thomas",
    subj="Re: Candidature thèse CIFRE – écoulements diphasiques",
    thread=[("gmail.com", "gmail")],
    body="""Bonjour Thomas,

Merci pour votre candidature et pour la lettre de recommandation de votre encadrant de master.

Nous avons reçu 34 candidatures pour ce sujet. Après échange avec notre partenaire industriel, nous avons retenu un autre candidat dont le stage portait directement sur la simulation numérique des écoulements diphasiques. Je ne pourrai donc pas donner suite à votre candidature pour cette thèse.

Je vous souhaite de trouver un sujet qui vous corresponde, et n'hésitez pas à consulter les offres de l'école doctorale qui sont mises à jour chaque mois.

Bien cordialement,
Anne-Sophie Roux
Professeure des universités
""",
)

R(
    "fr",
    "after_application",
    "cabinet-recrutement-client-non-retenu",
    co="Altitude RH Conseil SARL",
    frm="Maxime Girard <m.girard@altitude-rh.fr>",
    to="julien",
    subj="Poste de Responsable maintenance – retour de notre client",
    body="""Bonjour Julien,

Je reviens vers vous concernant le poste de Responsable maintenance pour lequel je vous avais présenté à mon client, une PME agroalimentaire de la Sarthe.

Mon client a étudié votre dossier avec attention mais a choisi de ne pas retenir votre candidature ; il privilégie un profil ayant déjà encadré une équipe de plus de dix techniciens. Je suis désolé de ne pas avoir de meilleure nouvelle.

Je garde évidemment votre profil en tête pour d'autres missions et reviendrai vers vous dès qu'une opportunité se présente.

Bien à vous,
Maxime Girard
Consultant senior – Altitude RH Conseil
""",
)

R(
    "fr",
    "after_interview",
    "apres-entretien-telephonique",
    co="Nébuleuse Studio SAS",
    frm="Aurélie Petit <aurelie.petit@nebuleuse-studio.fr>",
    to="chloe",
    subj="Suite à notre échange téléphonique",
    body="""Bonjour Chloé,

Merci encore pour notre échange téléphonique de mardi, j'ai beaucoup apprécié votre enthousiasme pour nos projets d'animation.

Après discussion avec l'équipe, nous avons décidé de ne pas poursuivre le processus pour le poste de Chargée de production. Nous recherchons finalement une personne ayant déjà géré des coproductions internationales, ce qui n'est pas encore le cas dans votre parcours.

Je vous souhaite vraiment le meilleur pour la suite.

Bien à vous,
Aurélie Petit
Responsable RH – Nébuleuse Studio SAS, Angoulême
""",
)

R(
    "fr",
    "after_interview",
    "drh-retour-personnalise",
    fmt="alt",
    skin="outlook",
    co="Mutuelle Horizon Santé",
    frm="Christophe Vasseur <c.vasseur@horizon-sante-mutuelle.fr>",
    to="ines",
    subj="Votre entretien du 4 avril – notre décision",
    date="2025-04-11 16:38",
    body="""Madame Benali,

Je tiens à vous remercier pour l'entretien du 4 avril et pour la qualité de nos échanges.

Après avoir rencontré l'ensemble des candidats, nous avons fait le choix d'une autre candidature pour le poste de Chargée de prévention santé. Votre aisance relationnelle et votre connaissance du terrain ont été très appréciées ; il vous manque en revanche, à ce stade, une expérience de la conduite de projets avec les entreprises adhérentes, qui sera au cœur du poste.

Je reste à votre disposition si vous souhaitez un retour plus détaillé par téléphone.

Avec mes salutations les meilleures,

Christophe Vasseur
Directeur des Ressources Humaines
Mutuelle Horizon Santé – Mutuelle régie par le livre II du Code de la mutualité – SIREN 784 512 339
""",
)

R(
    "fr",
    "after_interview",
    "journee-immersion-restaurant",
    co="Le Comptoir des Halles",
    frm="Le Comptoir des Halles <contact@comptoirdeshalles.fr>",
    to="julien",
    subj="Ta journée d'essai",
    body="""Salut Julien,

Merci pour ta journée d'essai samedi, tu as bien assuré au service du midi.

On a quand même choisi de prendre quelqu'un d'autre pour le poste de chef de rang, quelqu'un qui connaît déjà notre logiciel de caisse et qui peut faire les fermetures seul dès la première semaine.

Bonne continuation, et passe boire un café quand tu veux.

Fred
Le Comptoir des Halles – Bordeaux
""",
)

R(
    "fr",
    "after_interview",
    "etude-de-cas-conseil",
    group="fr-story-aubrac",
    co="Aubrac Conseil SAS",
    frm="Hugo Marchetti <hugo.marchetti@aubrac-conseil.fr>",
    to="camille",
    subj="Retour sur votre étude de cas",
    body="""Bonjour Camille,

Merci d'avoir présenté votre étude de cas lundi devant Sophie et moi. Votre analyse du marché était claire et bien documentée.

Nous avons cependant décidé de ne pas donner suite à votre candidature pour le poste de Consultante junior. Dans la phase de recommandations, nous attendions davantage de priorisation et une quantification des impacts, qui sont essentiels pour nos missions.

Nous serions ravis de vous revoir dans un an ou deux, avec un peu plus d'expérience.

Bien cordialement,
Hugo Marchetti
Associé – Aubrac Conseil SAS, Paris
""",
)

R(
    "fr",
    "after_interview",
    "entretien-final-fil-cite",
    group="fr-story-lumiere",
    co="Lumière Édition SA",
    frm="Nadia Ferrand <n.ferrand@lumiere-edition.fr>",
    to="camille",
    subj="RE: Remerciements suite à notre entretien",
    thread=[("orange.fr", "uuid")],
    date="2024-03-19 18:02",
    body="""Bonjour Camille,

Merci pour votre message et encore merci pour votre venue début mars.

Je suis désolée de vous annoncer que nous n'allons pas vous proposer le poste d'éditrice junior. Le choix a été très serré entre deux candidatures, et nous avons finalement retenu une personne qui connaît déjà notre collection jeunesse de l'intérieur, puisqu'elle y a fait son stage.

Je garde précieusement vos coordonnées et je penserai à vous pour de futurs postes.

Bien à vous,
Nadia Ferrand
Directrice éditoriale

Le mar. 12 mars 2024 à 09:14, Camille Durand <camille.durand@orange.fr> a écrit :
> Bonjour Madame Ferrand,
>
> Je tenais à vous remercier pour l'entretien de jeudi. Notre échange m'a confortée dans mon envie de rejoindre votre maison d'édition.
>
> Bien cordialement,
> Camille Durand
""",
)

R(
    "fr",
    "after_interview",
    "envoye-de-mon-iphone",
    co="Plomberie Garnier & Fils",
    frm="Eric Garnier <eric.garnier@plomberie-garnier.fr>",
    to="mehdi",
    subj="Re: Entretien plombier",
    thread=[("hotmail.fr", "outlook")],
    fmt="alt",
    skin="apple",
    mid_style="apple",
    body="""Bonjour Mehdi

Merci d'être passé hier. Finalement j'ai pris un gars qui a plus d'expérience en chauffage, désolé. Bonne chance pour la suite

Eric

Envoyé de mon iPhone
""",
)

R(
    "fr",
    "after_interview",
    "entretien-collectif-grande-distribution",
    co="Hypermarché Les Portes du Sud",
    frm="Recrutement Les Portes du Sud <recrutement@portesdusud-hyper.fr>",
    to="ines",
    subj="Suite à l'entretien collectif du 16 septembre",
    date="2023-09-22 10:15",
    body="""Madame,

Vous avez participé le 16 septembre à notre session de recrutement collective pour les postes d'hôtes et hôtesses de caisse, et nous vous en remercions.

Après délibération, nous sommes au regret de vous informer que votre candidature n'a pas été retenue à l'issue de cette session.

Nous vous souhaitons une bonne continuation dans vos recherches.

Le service Ressources Humaines
""",
)

R(
    "fr",
    "position_closed",
    "poste-pourvu",
    co="Atelier Vélo Solidaire (association)",
    frm="Atelier Vélo Solidaire <contact@atelier-velo-solidaire.org>",
    to="julien",
    subj="Poste de mécanicien vélo",
    body="""Bonjour Julien,

Merci pour ta candidature au poste de mécanicien·ne vélo animateur·rice.

Le poste a été pourvu la semaine dernière, nous ne pourrons donc pas donner suite. On garde ton CV si un nouveau poste s'ouvre.

À bientôt peut-être à l'atelier !
Pour le bureau de l'association,
Sophie
""",
)

R(
    "fr",
    "position_closed",
    "gel-des-embauches",
    group="fr-story-nereide",
    co="Néréide Télécom SA",
    frm="Néréide Télécom – Recrutement <recrutement@nereide-telecom.fr>",
    to="thomas",
    subj="Information concernant votre candidature – Architecte réseau",
    date="2024-06-20 15:31",
    body="""Bonjour Monsieur Lefèvre,

Nous vous remercions pour votre candidature au poste d'Architecte réseau (F/H).

En raison d'un gel des embauches décidé par la direction générale, le recrutement pour ce poste est suspendu jusqu'à nouvel ordre et l'offre a été retirée. Nous ne sommes donc pas en mesure de poursuivre le processus.

Cette décision ne remet aucunement en cause la qualité de votre candidature. Nous vous invitons à consulter régulièrement notre site carrières.

Cordialement,
La Direction des Talents
""",
)

R(
    "fr",
    "position_closed",
    "offre-retiree-reorganisation",
    co="Groupe Astrée Assurances",
    frm="Groupe Astrée – Ressources Humaines <rh-recrutement@astree-assurances.fr>",
    to="chloe",
    subj="Votre candidature – Chargée de communication interne",
    fmt="alt",
    skin="outlook",
    body="""Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Chargée de communication interne.

Suite à une réorganisation de la Direction de la Communication, ce poste ne sera finalement pas ouvert et l'offre a été retirée. Nous clôturons donc le processus de recrutement et ne pourrons donner suite à votre candidature.

Nous vous prions de nous excuser pour ce contretemps et vous adressons nos sincères salutations.

Direction des Ressources Humaines
Groupe Astrée Assurances – Société anonyme – RCS Paris 399 118 740
""",
)

R(
    "fr",
    "position_closed",
    "pourvu-en-interne",
    co="Ville de Saint-Aurèle (mairie)",
    frm="Mairie de Saint-Aurèle – Service RH <rh@saint-aurele.fr>",
    to="camille",
    subj="Recrutement – Agent d'accueil (cadre d'emplois des adjoints administratifs)",
    body="""Madame,

Vous avez fait acte de candidature pour le poste d'agent d'accueil à la mairie de Saint-Aurèle.

Je vous informe que ce poste a été pourvu par voie de mobilité interne. Votre candidature ne peut donc pas être retenue.

Je vous prie de croire, Madame, à l'assurance de mes salutations distinguées.

Pour le Maire et par délégation,
La Directrice Générale des Services
""",
)

# --- French hard negatives -------------------------------------------------------------------
N(
    "fr",
    "acknowledgement",
    "accuse-reception-formel",
    co="Rhône Distribution SAS",
    frm="Service Recrutement Rhône Distribution <recrutement@rhone-distribution.fr>",
    to="camille",
    subj="Accusé de réception de votre candidature",
    body="""Madame,

Nous accusons réception de votre candidature au poste de Comptable fournisseurs (H/F) et vous remercions de l'intérêt que vous portez à notre société.

Votre dossier va être étudié avec attention par nos équipes. Nous ne manquerons pas de revenir vers vous dans les meilleurs délais. En raison du nombre important de candidatures, le délai de réponse peut toutefois atteindre trois semaines.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le Service Recrutement
""",
    group="fr-story-rhone",
)

N(
    "fr",
    "acknowledgement",
    "wttj-style-bien-recue",
    co="Papyrus Labs SAS",
    fmt="html",
    skin="card",
    color="#ffcd00",
    frm="Papyrus Labs <jobs@papyrus-labs.fr>",
    to="julien",
    subj="On a bien reçu ta candidature ✌️",
    body="""Hello Julien,

Ta candidature pour le poste de Développeur Fullstack est bien arrivée chez nous !

Et maintenant ? Notre équipe va la lire attentivement (oui, on lit vraiment tout). Tu auras un retour de notre part dans les 10 jours, que la réponse soit positive ou non.

En attendant, tu peux découvrir l'équipe sur notre page carrières.

À très vite,
L'équipe Papyrus
""",
    group="fr-story-papyrus",
)

N(
    "fr",
    "acknowledgement",
    "indeed-candidature-envoyee",
    co="Indeed",
    frm="Indeed <indeedapply@indeed.com>",
    to="ines",
    subj="Candidature envoyée : Hôtesse d'accueil (H/F) – Groupe Sentinelle Services",
    body="""Votre candidature a été envoyée à Groupe Sentinelle Services.

Hôtesse d'accueil (H/F)
Groupe Sentinelle Services – Marseille (13)
CDD, temps plein

Prochaines étapes :
- L'employeur peut consulter votre candidature et vous contacter directement.
- Tous les employeurs ne répondent pas à chaque candidature. Suivez vos candidatures dans « Mes emplois ».

Bonne chance !
L'équipe Indeed
""",
)

N(
    "fr",
    "acknowledgement",
    "rgpd-conservation-deux-ans",
    co="Groupe Valmont Industrie SA",
    fmt="alt",
    skin="card",
    color="#14213d",
    frm="Groupe Valmont Carrières <careers@smartrecruiters.com>",
    to="thomas",
    subj="Merci pour votre candidature – Ingénieur Méthodes (F/H)",
    body="""Bonjour Thomas,

Nous vous remercions pour votre candidature au poste d'Ingénieur Méthodes (F/H). Elle a bien été transmise à notre équipe de recrutement.

Si votre profil correspond à nos attentes, nous vous contacterons prochainement afin d'organiser un premier échange. Dans le cas contraire, vous serez informé par e-mail.

Conformément au RGPD, vos données seront conservées pendant deux ans à compter de votre dernier contact avec nous. Vous pouvez à tout moment exercer vos droits d'accès et de suppression.

Cordialement,
L'équipe Talent Acquisition
""",
    group="fr-story-valmont",
)

N(
    "fr",
    "acknowledgement",
    "sans-reponse-quatre-semaines",
    co="Clinique du Parc Saint-Roch",
    frm="Clinique du Parc Saint-Roch <recrutement@clinique-saint-roch.fr>",
    to="ines",
    subj="Votre candidature a bien été reçue",
    body="""Madame,

Nous avons bien reçu votre candidature pour un poste d'infirmière en bloc opératoire et vous en remercions.

Votre dossier sera examiné par notre Direction des Soins. Nous vous contacterons par téléphone si votre profil est retenu pour un entretien. Sans nouvelles de notre part dans un délai de quatre semaines, n'hésitez pas à nous relancer par e-mail.

Bien cordialement,
Service Recrutement
Clinique du Parc Saint-Roch – Montpellier
""",
)

N(
    "fr",
    "acknowledgement",
    "fonction-publique-ar-concours",
    fmt="html",
    skin="outlook",
    co="Conseil départemental de la Côte-Verte",
    frm="Département de la Côte-Verte – DRH <drh-recrutement@cote-verte.fr>",
    to="chloe",
    subj="AR – Candidature n° 2025-0412 – Assistant(e) socio-éducatif(ve)",
    body="""Madame,

Nous accusons bonne réception de votre candidature au poste d'assistante socio-éducative (référence 2025-0412).

Votre dossier sera examiné à l'issue de la date limite de dépôt des candidatures. Les candidats retenus seront convoqués à un entretien devant un jury. Une réponse vous sera adressée dans tous les cas.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
""",
    date="2025-03-10 09:20",
)

N(
    "fr",
    "interview_invite",
    "convocation-entretien",
    co="Néréide Télécom SA",
    frm="Céline Aubert <celine.aubert@nereide-telecom.fr>",
    to="thomas",
    subj="Convocation à un entretien – Architecte réseau",
    body="""Bonjour Monsieur Lefèvre,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste d'Architecte réseau.

Date : jeudi 6 juin à 14h00
Lieu : Néréide Télécom, 25 rue du Débarcadère, 92700 Colombes (accueil, 2e étage)
Interlocuteurs : Céline Aubert (RH) et Patrice Lemoine (Directeur Infrastructure)

Merci de bien vouloir nous confirmer votre présence par retour de mail.

Bien cordialement,
Céline Aubert
Chargée de recrutement
""",
    date="2024-05-28 10:02",
    group="fr-story-nereide",
)

N(
    "fr",
    "interview_invite",
    "malheureusement-reporter-entretien",
    co="Lumière Édition SA",
    frm="Nadia Ferrand <n.ferrand@lumiere-edition.fr>",
    to="camille",
    subj="Report de notre entretien",
    body="""Bonjour Camille,

Malheureusement, je dois reporter notre entretien prévu demain à 10h : je suis retenue au salon du livre de Montreuil plus longtemps que prévu. Toutes mes excuses pour ce contretemps.

Seriez-vous disponible jeudi à 10h ou vendredi à 15h ? Nous restons bien entendu très intéressés par votre candidature.

Bien à vous,
Nadia Ferrand
""",
    group="fr-story-lumiere",
)

N(
    "fr",
    "interview_invite",
    "tu-premier-call",
    co="Kiwi Mobilité SAS",
    frm="Romain de Kiwi <romain@kiwi-mobilite.fr>",
    to="mehdi",
    subj="On se parle ?",
    body="""Hello Mehdi,

Ton profil nous a vraiment plu pour le poste de Responsable des opérations terrain ! On aimerait en discuter avec toi lors d'un premier call de 30 minutes.

Tu peux réserver un créneau ici : https://calendly.com/kiwi-mobilite/premier-echange

Désolé pour le délai de réponse, on a reçu énormément de candidatures.

À très vite,
Romain
Head of People
""",
)

N(
    "fr",
    "interview_invite",
    "deuxieme-tour",
    co="Aubrac Conseil SAS",
    frm="Hugo Marchetti <hugo.marchetti@aubrac-conseil.fr>",
    to="camille",
    subj="Deuxième tour – Consultante junior",
    body="""Bonjour Camille,

Merci pour notre premier échange. Nous avons le plaisir de vous inviter au deuxième tour du processus, qui se déroulera lundi prochain à nos bureaux.

Vous présenterez une étude de cas que nous vous enverrons vendredi matin, puis vous échangerez avec deux associés. Comptez environ deux heures au total.

Au plaisir de vous revoir,
Hugo Marchetti
""",
    group="fr-story-aubrac",
)

N(
    "fr",
    "interview_invite",
    "visio-teams-belgique",
    co="Meuse Logistics SA",
    tz="Europe/Brussels",
    frm="Nathalie Dubois <nathalie.dubois@meuse-logistics.be>",
    to="chloe",
    subj="Invitation : entretien en visioconférence – Gestionnaire transport",
    fmt="alt",
    skin="outlook",
    body="""Bonjour Madame Garnier,

Suite à notre échange téléphonique, je vous confirme notre entretien en visioconférence ce mercredi à 11h.

Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_meuse
ID de réunion : 318 442 907 51 – Code secret : Lg7zQ2

N'hésitez pas à me contacter au +32 478 12 34 56 en cas de difficulté technique.

Bien cordialement,
Nathalie Dubois
HR Business Partner
""",
)

N(
    "fr",
    "offer",
    "promesse-embauche",
    co="BatiNord Construction SAS",
    frm="Sandrine Lemaire <s.lemaire@batinord-construction.fr>",
    to="julien",
    subj="Promesse d'embauche – Conducteur de travaux",
    body="""Bonjour Julien,

Nous avons le plaisir de vous informer que votre candidature au poste de Conducteur de travaux a été retenue !

Vous trouverez ci-joint votre promesse d'embauche précisant les conditions de votre contrat : CDI, statut ETAM, rémunération annuelle brute de 42 000 € sur 13 mois, véhicule de service. Date de prise de poste envisagée : le 2 septembre.

Merci de nous retourner le document signé sous huit jours.

Au plaisir de vous accueillir dans l'équipe,
Sandrine Lemaire
Chargée de recrutement
""",
)

N(
    "fr",
    "offer",
    "plaisir-informer-cdi",
    co="Mutuelle Horizon Santé",
    frm="Christophe Vasseur <c.vasseur@horizon-sante-mutuelle.fr>",
    to="chloe",
    subj="Proposition de poste – Gestionnaire prestations santé",
    body="""Madame Garnier,

J'ai le plaisir de vous informer que nous souhaitons vous proposer le poste de Gestionnaire prestations santé en CDI au sein de notre centre de gestion de Tours.

Je vous appellerai demain pour vous présenter les détails de notre proposition et répondre à vos questions. Le contrat de travail vous sera ensuite adressé par voie électronique.

Avec mes salutations les meilleures,
Christophe Vasseur
Directeur des Ressources Humaines
""",
)

N(
    "fr",
    "offer",
    "alternance-acceptee",
    group="fr-story-oceane",
    co="Océane Cosmétiques SAS",
    frm="Océane Cosmétiques – Recrutement <alternance@oceane-cosmetiques.fr>",
    to="ines",
    subj="Bonne nouvelle pour ton alternance 🎉",
    body="""Bonjour Inès,

Bonne nouvelle : nous avons le plaisir de t'accueillir en alternance au sein de l'équipe Digital à partir de septembre !

Ton contrat d'apprentissage sera établi avec ton école dans les prochains jours. Nous t'enverrons également ton livret d'accueil et les infos pratiques pour ton premier jour.

Bienvenue chez Océane !
L'équipe RH
""",
)

N(
    "fr",
    "assessment",
    "test-en-ligne",
    co="Banque Atlantique Mutuelle",
    fmt="html",
    skin="card",
    color="#003f88",
    frm="Banque Atlantique Mutuelle – Recrutement <recrutement-noreply@taleo.net>",
    to="mehdi",
    subj="Étape suivante : tests de raisonnement en ligne",
    body="""Bonjour Mehdi Bouzid,

Votre candidature au poste de Conseiller clientèle professionnels a retenu notre attention. Nous vous invitons à passer nos tests de raisonnement en ligne (environ 40 minutes).

Accéder aux tests : https://evaluation.atlantique-mutuelle.fr/tests?cand=77810

Les tests doivent être réalisés avant dimanche, 23h59. Passé ce délai, le lien ne sera plus actif et votre candidature ne pourra pas être étudiée plus avant.

Bonne chance !
La Direction des Ressources Humaines
""",
)

N(
    "fr",
    "assessment",
    "etude-de-cas-a-preparer",
    co="Aubrac Conseil SAS",
    frm="Hugo Marchetti <hugo.marchetti@aubrac-conseil.fr>",
    to="camille",
    subj="Étude de cas pour lundi",
    body="""Bonjour Camille,

Comme convenu, vous trouverez en pièce jointe l'étude de cas pour votre entretien de lundi : une coopérative laitière qui souhaite lancer une gamme de produits végétaux.

Merci de préparer une présentation de 15 minutes (5 slides maximum) avec votre recommandation. Il n'y a pas de bonne réponse unique, nous nous intéressons surtout à votre raisonnement.

Bon courage !
Hugo
""",
    group="fr-story-aubrac",
)

N(
    "fr",
    "assessment",
    "test-technique-tu",
    co="Papyrus Labs SAS",
    frm="Léa de Papyrus <lea@papyrus-labs.fr>",
    to="julien",
    subj="Ton test technique",
    body="""Salut Julien,

Merci pour l'échange d'hier ! Comme promis, voici le test technique : une petite API de gestion de documents à réaliser en TypeScript.

Le sujet est ici : https://github.com/papyrus-labs/tech-test

Prends 3 heures max, on ne cherche pas la perfection. Envoie-nous le lien de ton repo d'ici une semaine.

Bon courage !
Léa
""",
    group="fr-story-papyrus",
)

N(
    "fr",
    "job_alert",
    "linkedin-alerte-emploi-fr",
    fmt="html",
    co="LinkedIn",
    frm="LinkedIn Alertes emploi <jobalerts-noreply@linkedin.com>",
    to="thomas",
    subj="« Ingénieur méthodes » : 3 nouvelles offres à Lyon",
    list=("<jobalerts.linkedin.com>", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe?trk=eml-fr>"),
    html=joblist_html(
        "LinkedIn",
        "#0a66c2",
        "Votre alerte emploi pour <b>Ingénieur méthodes</b> à Lyon<br>Nouvelles offres correspondant à vos préférences :",
        [
            (
                "Ingénieur Méthodes Industrialisation (H/F)",
                "Saône Mécanique SAS",
                "Villeurbanne",
                "Il y a 2 jours",
                "https://www.linkedin.com/comm/jobs/view/3911200451",
            ),
            (
                "Ingénieur Amélioration Continue",
                "Groupe Valmont Industrie SA",
                "Lyon",
                "Candidature simplifiée",
                "https://www.linkedin.com/comm/jobs/view/3911200987",
            ),
            (
                "Responsable Méthodes (F/H)",
                "Dauphiné Plasturgie",
                "Vienne",
                "",
                "https://www.linkedin.com/comm/jobs/view/3911201321",
            ),
        ],
        "Cet e-mail est destiné à Thomas Lefèvre. Gérer vos alertes : https://www.linkedin.com/jobs/alerts<br>© LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2, Irlande",
        "fr",
        "Voir l'offre",
    ),
)

N(
    "fr",
    "job_alert",
    "talentville-nouvelles-offres",
    co="Talentville",
    frm="Talentville <alertes@talentville.fr>",
    to="ines",
    subj="Vos nouvelles offres d'emploi – Infirmier(ère) – Marseille",
    list=("<alertes.talentville.fr>", "<https://www.talentville.fr/alertes/desinscription?id=44120>"),
    body="""Bonjour Inès,

Voici les nouvelles offres correspondant à votre alerte « Infirmier(ère) – Marseille (13) » :

- Infirmier(ère) de nuit – Clinique des Calanques – Marseille 9e – CDI
- IDE en EHPAD – Résidence Les Oliviers – Aubagne – CDI, temps partiel possible
- Infirmier(ère) en santé au travail – Provence Santé Travail – Marseille 2e – CDD 6 mois

Voir toutes les offres : https://www.talentville.fr/emploi/infirmier/marseille

Malheureusement, l'offre « Infirmière puéricultrice – Hôpital Saint-Joseph » que vous aviez sauvegardée n'est plus disponible.

L'équipe Talentville
Se désinscrire : https://www.talentville.fr/alertes/desinscription?id=44120
""",
)

N(
    "fr",
    "job_alert",
    "indeed-fr-nouveaux-emplois",
    co="Indeed",
    frm="Indeed <alert@indeed.com>",
    to="mehdi",
    subj="12 nouveaux emplois : alternance BTS Bâtiment – Lille",
    list=("<alerts.indeed.com>", "<https://fr.indeed.com/unsubscribe?ad=alternance-lille>"),
    fmt="alt",
    skin="card",
    color="#2557a7",
    co_card="indeed",
    body="""12 nouveaux emplois pour « alternance BTS Bâtiment » près de Lille (59)

Assistant conducteur de travaux en alternance (H/F) – Flandres Bâtiment – Roubaix
Alternance Technicien études de prix – Métropole Construction – Lille
Apprenti(e) dessinateur projeteur – Atelier d'Architecture Vauban – Lille

Voir tous les emplois : https://fr.indeed.com/emplois?q=alternance+BTS+b%C3%A2timent&l=Lille

Vous recevez cet e-mail car vous avez créé une alerte emploi.
""",
)

N(
    "fr",
    "recruiter_outreach",
    "chasseur-de-tetes",
    co="Vauban Executive Search",
    frm="Isabelle Renaud <i.renaud@vauban-executive.fr>",
    to="thomas",
    subj="Opportunité confidentielle – Directeur Industriel",
    body="""Bonjour Thomas,

Je me permets de vous contacter car votre profil a retenu mon attention sur LinkedIn.

J'accompagne actuellement un groupe industriel familial (450 personnes, Bourgogne-Franche-Comté) dans le recrutement de son futur Directeur Industriel. Votre parcours en méthodes et en industrialisation me semble particulièrement pertinent.

Seriez-vous disponible pour un échange téléphonique confidentiel de 20 minutes cette semaine ?

Bien cordialement,
Isabelle Renaud
Associée – Vauban Executive Search, Dijon
""",
)

N(
    "fr",
    "recruiter_outreach",
    "interim-mission",
    co="Proxima Intérim",
    frm="Agence Proxima Intérim Bordeaux <bordeaux@proxima-interim.fr>",
    to="julien",
    subj="Mission de chef de rang – disponible ?",
    body="""Bonjour Julien,

Nous avons actuellement une mission de chef de rang pour un restaurant gastronomique du centre de Bordeaux, du 1er juillet au 31 août, 39h/semaine, 13,50 €/h brut + IFM et ICP.

Êtes-vous disponible ? Si oui, répondez simplement à ce mail ou appelez l'agence au 05 56 44 12 80.

Bonne journée,
Marion
Chargée de recrutement – Proxima Intérim
""",
)

N(
    "fr",
    "recruiter_outreach",
    "inmail-linkedin-fr",
    co="LinkedIn",
    fmt="alt",
    skin="card",
    color="#0a66c2",
    site="linkedin.com",
    co_card="LinkedIn",
    frm="Karim Haddouche via LinkedIn <inmail-hit-reply@linkedin.com>",
    to="chloe",
    subj="Poste de Chargée de communication – Lyon",
    body="""Bonjour Chloé,

Je suis consultant chez Orion Talents et je recrute pour l'un de nos clients, une ETI lyonnaise du secteur de l'énergie, une Chargée de communication interne (CDI, 38–42 k€).

Votre expérience en communication associative m'a semblé intéressante. Seriez-vous ouverte à un échange ?

Bien à vous,
Karim Haddouche

Répondre : https://www.linkedin.com/messaging/
""",
)

N(
    "fr",
    "newsletter_or_advice",
    "rebondir-apres-refus",
    co="Cap Carrière Magazine",
    fmt="html",
    skin="card",
    color="#ef476f",
    co_card="Cap Carrière",
    frm="Cap Carrière <newsletter@capcarriere-mag.fr>",
    to="camille",
    subj="Comment rebondir après un refus d'embauche ?",
    list=(
        "Cap Carrière Newsletter <newsletter.capcarriere-mag.fr>",
        "<https://capcarriere-mag.fr/desinscription?u=cd>",
    ),
    body="""Bonjour Camille,

« Nous sommes au regret de vous informer… » : une phrase que tout candidat a déjà lue. Cette semaine, nos experts vous expliquent comment transformer un refus en opportunité.

Au sommaire :
- Répondre à un mail de refus : faut-il le faire, et comment ?
- Demander un retour après un entretien sans paraître insistant
- Garder le moral pendant une longue recherche d'emploi

Lire le dossier : https://capcarriere-mag.fr/dossier/rebondir-apres-un-refus

Bonne lecture !
La rédaction de Cap Carrière

Se désinscrire : https://capcarriere-mag.fr/desinscription?u=cd
""",
)

N(
    "fr",
    "newsletter_or_advice",
    "reponse-negative-conseils-apec-like",
    co="Réseau Cadres Avenir",
    frm="Réseau Cadres Avenir <conseils@cadres-avenir.fr>",
    to="thomas",
    subj="Réponse négative à votre candidature : 5 réflexes à adopter",
    list=("<conseils.cadres-avenir.fr>", "<https://www.cadres-avenir.fr/newsletter/stop>"),
    body="""Bonjour Thomas,

Vous avez reçu une réponse négative ? Pas de panique : c'est le lot de toute recherche d'emploi, même pour les profils expérimentés.

Nos 5 réflexes :
1. Prendre du recul avant de répondre
2. Remercier le recruteur, brièvement
3. Solliciter un retour constructif
4. Actualiser votre CV si plusieurs refus pointent le même manque
5. Activer votre réseau

Retrouvez tous nos conseils et nos ateliers en ligne : https://www.cadres-avenir.fr/conseils

L'équipe Réseau Cadres Avenir
Ne plus recevoir nos conseils : https://www.cadres-avenir.fr/newsletter/stop
""",
)

N(
    "fr",
    "other",
    "manager-refus-envoye",
    co="Saône Mécanique SAS",
    frm="Céline Aubert <celine.aubert@saone-mecanique.fr>",
    to=("thomas", "thomas.lefevre@saone-mecanique.fr"),
    subj="Recrutement technicien réseau – point candidats",
    body="""Bonjour Thomas,

Petit point sur le recrutement pour ton équipe :
- J'ai envoyé le refus à M. Martin et à Mme Colin comme convenu.
- M. Diallo est disponible jeudi à 14h pour le second entretien, je t'envoie l'invitation.

Peux-tu me transmettre ton compte rendu d'entretien pour Mme Colin ? Elle a demandé un retour.

Merci,
Céline
""",
)

N(
    "fr",
    "other",
    "desistement-confirme",
    co="Groupe Astrée Assurances",
    frm="Groupe Astrée – Ressources Humaines <rh-recrutement@astree-assurances.fr>",
    to="mehdi",
    subj="Confirmation de votre désistement",
    body="""Bonjour Monsieur Bouzid,

Nous avons bien pris note de votre souhait de retirer votre candidature au poste de Gestionnaire sinistres.

Nous regrettons de ne pas pouvoir poursuivre le processus avec vous, mais respectons naturellement votre décision. Vos données seront supprimées de notre base sous 30 jours.

Nous vous souhaitons une excellente continuation.

Direction des Ressources Humaines
""",
)

N(
    "fr",
    "other",
    "pieces-manquantes",
    group="fr-story-chv",
    co="Centre Hospitalier des Vallées",
    frm="DRH – CH des Vallées <drh@ch-des-vallees.fr>",
    to="ines",
    subj="Dossier de candidature incomplet",
    body="""Madame,

Nous avons bien reçu votre candidature pour un poste d'infirmière en médecine polyvalente.

Malheureusement, votre dossier est incomplet : il manque la copie de votre diplôme d'État et votre numéro RPPS. Merci de nous faire parvenir ces éléments dans les meilleurs délais afin que nous puissions étudier votre candidature.

Cordialement,
Sylvie Marchand
Attachée d'administration hospitalière
""",
)
# ---------------------------------------------------------------------------------------------
# Spanish job mail (Spain and Latin America): rejections and hard negatives
# ---------------------------------------------------------------------------------------------
MX, AR, CO, CL = "America/Mexico_City", "America/Argentina/Buenos_Aires", "America/Bogota", "America/Santiago"

R(
    "es",
    "after_application",
    "lamentamos-informarle-administrativa-madrid",
    fmt="alt",
    skin="outlook",
    group="es-story-mirasierra",
    co="Grupo Mirasierra Servicios S.L.",
    frm="Selección Grupo Mirasierra <seleccion@grupomirasierra.es>",
    to="carmen",
    subj="Su candidatura para Administrativo/a Contable",
    body="""Estimada Sra. Morales:

Le agradecemos el interés mostrado en formar parte de Grupo Mirasierra y el tiempo dedicado a su candidatura para el puesto de Administrativo/a Contable en nuestra sede de Madrid.

Tras analizar detenidamente todas las candidaturas recibidas, lamentamos informarle de que hemos decidido continuar el proceso con otros candidatos cuyo perfil se adecua en mayor medida a los requisitos del puesto.

Conservaremos sus datos durante un año para futuros procesos de selección, salvo que nos indique lo contrario.

Reciba un cordial saludo,

Departamento de Recursos Humanos
Grupo Mirasierra Servicios S.L. – C/ Alcalá 212, 28028 Madrid
""",
)

R(
    "es",
    "after_application",
    "perfil-no-se-ajusta-ingeniero",
    co="Talleres Ebro Ingeniería S.A.",
    frm="Talleres Ebro – RRHH <rrhh@talleresebro.es>",
    to="javier",
    subj="Proceso de selección – Ingeniero/a de Calidad (Ref. TE-2025-14)",
    date="2025-02-26 12:40",
    body="""Estimado Javier:

Gracias por su interés en la oferta de Ingeniero/a de Calidad (Ref. TE-2025-14) en nuestra planta de Zaragoza.

Hemos revisado su candidatura con atención. Lamentablemente, su perfil no se ajusta a los requisitos establecidos para esta posición, en particular la experiencia en auditorías IATF 16949 en el sector de automoción, por lo que no continuará en el proceso de selección.

Le deseamos mucha suerte en su búsqueda profesional.

Atentamente,
Recursos Humanos
Talleres Ebro Ingeniería S.A.
""",
)

R(
    "es",
    "after_application",
    "mexico-no-continuaras-proceso",
    group="es-story-bajio",
    co="Distribuidora del Bajío S.A. de C.V.",
    frm="Talento Distribuidora del Bajío <talento@distbajio.com.mx>",
    to="diego",
    tz=MX,
    subj="Actualización de tu postulación – Analista de Logística",
    body="""Hola Diego:

Agradecemos tu interés en formar parte de Distribuidora del Bajío y el tiempo que dedicaste a postularte para la vacante de Analista de Logística en León, Guanajuato.

Después de revisar cuidadosamente tu perfil, te informamos que en esta ocasión no continuarás en el proceso de selección. Recibimos muchas postulaciones y elegimos perfiles con mayor experiencia en manejo de WMS.

Te invitamos a seguir pendiente de nuestras vacantes. ¡Mucho éxito!

Saludos cordiales,
Equipo de Atracción de Talento
Distribuidora del Bajío S.A. de C.V.
""",
)

R(
    "es",
    "after_application",
    "argentina-vos-otros-perfiles",
    co="Pampa Fintech S.A.",
    frm="Flor de Pampa Fintech <flor@pampafintech.com.ar>",
    to="valentina",
    tz=AR,
    subj="Tu postulación en Pampa 💚",
    body="""Hola Valen,

¡Gracias por postularte para la búsqueda de UX Writer en Pampa! Nos encantó ver tu portfolio.

Te escribo para contarte que, después de revisar todas las postulaciones, decidimos avanzar con otros perfiles que tienen más experiencia en productos financieros. Sabemos que no es la noticia que esperabas.

Si querés, podés seguirnos en LinkedIn para enterarte de próximas búsquedas. ¡Te deseamos muchos éxitos!

Un abrazo,
Flor
Talent Acquisition · Pampa Fintech
Av. Corrientes 1234, CABA
""",
)

R(
    "es",
    "after_application",
    "colombia-hoja-de-vida-no-seleccionada",
    fmt="alt",
    skin="card",
    group="es-story-cafetera",
    co="Cafetera Andina S.A.S.",
    frm="Gestión Humana Cafetera Andina <gestionhumana@cafeteraandina.com.co>",
    to="andres",
    tz=CO,
    subj="Respuesta a su postulación – Coordinador de Exportaciones",
    body="""Cordial saludo, señor Gómez:

Agradecemos su interés en formar parte de Cafetera Andina S.A.S. y su postulación al cargo de Coordinador de Exportaciones.

Nos permitimos informarle que, luego de revisar su hoja de vida frente a los requisitos del cargo, esta no fue seleccionada para continuar en el proceso. Su información será conservada en nuestra base de datos conforme a nuestra política de tratamiento de datos personales.

Le deseamos éxitos en sus propósitos profesionales.

Atentamente,
Gestión Humana
Cafetera Andina S.A.S. – Manizales, Caldas
""",
)

R(
    "es",
    "after_application",
    "chile-junto-con-saludar",
    co="Minera Pacífico Norte SpA",
    frm="Reclutamiento Minera Pacífico Norte <reclutamiento@mineranorte.cl>",
    to="sofia",
    tz=CL,
    subj="Proceso de selección Ingeniera de Procesos",
    body="""Estimada Sofía:

Junto con saludar, agradecemos su interés en participar en nuestro proceso de selección para el cargo de Ingeniera de Procesos en Antofagasta.

Lamentamos comunicarle que su postulación no ha sido seleccionada para continuar a la siguiente etapa. Hemos privilegiado candidaturas con experiencia en plantas concentradoras de cobre.

Le deseamos el mayor de los éxitos.

Saludos cordiales,
Equipo de Reclutamiento
Minera Pacífico Norte SpA
""",
)

R(
    "es",
    "after_application",
    "practicas-barcelona",
    co="Estudi Llum Arquitectura S.L.P.",
    frm="Estudi Llum <hola@estudillum.cat>",
    to="lucia",
    subj="Prácticas en Estudi Llum",
    body="""Hola Lucía,

Muchas gracias por tu interés en hacer las prácticas con nosotros y por enviarnos tu portfolio.

Este semestre solo podemos acoger a una persona en prácticas y ya hemos cerrado la selección con otra candidata. Lo sentimos mucho.

Te deseamos mucha suerte y, si en primavera sigues buscando, escríbenos de nuevo.

Una abraçada,
Marta Puig
Estudi Llum Arquitectura S.L.P. · Carrer de Verdi 54, 08012 Barcelona
""",
)

R(
    "es",
    "after_application",
    "universidad-comision-seleccion",
    fmt="html",
    skin="simple",
    co="Universidad de Valdemora",
    frm="Servicio de Personal Docente – Universidad de Valdemora <pdi@uvaldemora.es>",
    to="javier",
    subj="Resolución provisional – Plaza de Profesor/a Ayudante Doctor/a (código PAD-23-17)",
    date="2023-12-05 13:10",
    body="""Estimado Sr. Ruiz Ortega:

Le comunicamos que la comisión de selección de la plaza de Profesor/a Ayudante Doctor/a del área de Ingeniería Química (código PAD-23-17) ha publicado la resolución provisional del concurso.

Su candidatura no ha sido propuesta para la contratación. Puede consultar la puntuación obtenida en cada uno de los apartados del baremo en la sede electrónica de la Universidad. Dispone de un plazo de diez días hábiles para presentar reclamaciones.

Atentamente,
Servicio de Personal Docente e Investigador
Universidad de Valdemora
""",
)

R(
    "es",
    "after_application",
    "workday-es-bilingue",
    group="es-story-lusitania",
    co="Lusitania Pharma España S.A.",
    frm="Lusitania Pharma Careers <lusitaniapharma@myworkday.com>",
    to="carmen",
    subj="Su candidatura a Técnico/a de Registros Farmacéuticos – R-22871",
    fmt="html",
    skin="card",
    color="#7b2cbf",
    body="""Estimada Carmen Morales:

Gracias por su interés en Lusitania Pharma y por presentar su candidatura al puesto de Técnico/a de Registros Farmacéuticos (R-22871).

Tras revisar su perfil, hemos decidido no avanzar con su candidatura en esta ocasión. Le animamos a consultar nuestras ofertas en el futuro.

Un saludo,
Talent Acquisition

Dear Carmen Morales, thank you for applying. After careful consideration we have decided not to move forward with your application at this time.
""",
)

R(
    "es",
    "after_application",
    "enfermera-clinica-privada",
    group="es-story-brigida",
    co="Clínica Santa Brígida",
    frm="Clínica Santa Brígida – RRHH <rrhh@clinicasantabrigida.es>",
    to="lucia",
    subj="Candidatura Enfermero/a Quirófano",
    body="""Estimada Lucía:

Le agradecemos el envío de su candidatura para el puesto de enfermera de quirófano.

En este momento buscamos profesionales con al menos dos años de experiencia en bloque quirúrgico, por lo que no podemos seguir adelante con su candidatura. Sin embargo, le animamos a inscribirse en nuestra bolsa de empleo para sustituciones de verano.

Un cordial saludo,
Departamento de Recursos Humanos
Clínica Santa Brígida – Las Palmas de Gran Canaria
""",
    tz="Atlantic/Canary",
)

R(
    "es",
    "after_application",
    "startup-tu-no-ha-podido-ser",
    group="es-story-tortuga",
    co="Tortuga Delivery S.L.",
    frm="Pablo de Tortuga <pablo@tortugadelivery.es>",
    to="lucia",
    subj="Sobre tu candidatura a Growth Marketer",
    body="""¡Hola Lucía!

Gracias mil por aplicar a la posición de Growth Marketer y por el caso que nos mandaste sobre campañas en TikTok, nos gustó mucho el enfoque.

Esta vez no ha podido ser: hemos decidido seguir con personas que ya han gestionado presupuestos de paid media más grandes. Sabemos que es un rollo recibir este correo, así que queríamos al menos darte el motivo.

¡Mucho ánimo y ojalá coincidamos más adelante!
Pablo
People @ Tortuga Delivery
""",
)

R(
    "es",
    "after_application",
    "candidatura-espontanea-sin-vacantes",
    co="Bodegas Hermanos Valcárcel S.A.",
    frm="Bodegas Valcárcel <administracion@bodegasvalcarcel.es>",
    to="javier",
    subj="RE: Candidatura espontánea – Enólogo",
    thread=[("hotmail.es", "outlook")],
    body="""Estimado Javier:

Gracias por hacernos llegar su candidatura espontánea.

Actualmente no disponemos de vacantes acordes a su perfil en el área de enología, por lo que no podemos atender su solicitud. Hemos tomado nota de sus datos por si surgiera alguna necesidad en futuras vendimias.

Saludos cordiales,
Marisa Valcárcel
Administración
Bodegas Hermanos Valcárcel S.A. – Haro (La Rioja)
""",
)

R(
    "es",
    "after_application",
    "greenhouse-es-html",
    co="Solaria Cloud S.L.",
    frm="Solaria Cloud Recruiting <no-reply@us.greenhouse-mail.io>",
    to="diego",
    tz=MX,
    subj="Tu aplicación a Solaria Cloud – Site Reliability Engineer",
    fmt="alt",
    skin="card",
    color="#f77f00",
    body="""Hola Diego,

Gracias por tu interés en Solaria Cloud y por aplicar a la posición de Site Reliability Engineer (remoto LATAM).

Después de revisar tu perfil, hemos decidido avanzar con otros candidatos cuya experiencia se alinea más con las necesidades actuales del equipo, especialmente en Kubernetes a gran escala.

Te agradecemos sinceramente el tiempo invertido y te deseamos mucho éxito.

Saludos,
Equipo de Talento de Solaria Cloud
""",
)

R(
    "es",
    "after_application",
    "contrato-predoctoral-no-seleccionado",
    co="Instituto de Biomedicina del Mediterráneo",
    frm="Dra. Elena Sanchís <esanchis@ibmed.es>",
    to="lucia",
    subj="Contrato predoctoral – grupo de Neuroinmunología",
    body="""Estimada Lucía:

Muchas gracias por tu interés en el contrato predoctoral de nuestro grupo y por la documentación que nos enviaste.

Hemos recibido más de cincuenta solicitudes y, tras la evaluación, hemos seleccionado a otra candidata con experiencia previa en citometría de flujo. Siento no poder darte mejores noticias.

Te deseo mucha suerte con las convocatorias FPU y FPI de este año.

Un saludo,
Elena Sanchís
Investigadora principal
Instituto de Biomedicina del Mediterráneo – Valencia
""",
)

R(
    "es",
    "after_application",
    "agencia-cliente-no-continua",
    co="Nexo Talento Consultores S.L.",
    frm="Raquel Ortiz <raquel.ortiz@nexotalento.es>",
    to="carmen",
    subj="Proceso Responsable de Compras – feedback del cliente",
    body="""Hola Carmen:

Te escribo para darte feedback sobre el proceso de Responsable de Compras para nuestro cliente del sector alimentación.

El cliente ha revisado tu candidatura y ha decidido no continuar contigo en esta fase; prefiere perfiles con experiencia en compras de materia prima agrícola. Lamento no traerte mejores noticias.

Mantendré tu CV activo para otros procesos que encajen contigo.

Un saludo,
Raquel Ortiz
Consultora de Selección · Nexo Talento Consultores
""",
)

R(
    "es",
    "after_interview",
    "tras-entrevista-telefonica",
    group="es-story-levante",
    co="Aguas del Levante S.A.",
    frm="Inmaculada Roig <iroig@aguasdellevante.es>",
    to="javier",
    subj="Tras nuestra entrevista telefónica",
    body="""Hola Javier:

Gracias de nuevo por la entrevista telefónica del martes. Fue un placer conocer tu trayectoria.

Tras valorar todas las candidaturas, hemos decidido no continuar contigo en el proceso para el puesto de Técnico de Operaciones. Buscamos a alguien con experiencia en telecontrol de redes de abastecimiento, un aspecto clave del puesto.

Te deseo mucho éxito en tu búsqueda.

Un saludo,
Inmaculada Roig
Técnica de Selección · Aguas del Levante S.A.
""",
)

R(
    "es",
    "after_interview",
    "dinamica-de-grupo",
    group="es-story-brisa",
    co="Hoteles Brisa Marina S.A.",
    frm="Selección Hoteles Brisa Marina <seleccion@brisamarinahoteles.com>",
    to="lucia",
    subj="Resultado de la dinámica de grupo – Recepcionista",
    body="""Estimada Lucía:

Queremos agradecerle su participación en la dinámica de grupo celebrada el pasado jueves en nuestro hotel de Málaga.

Tras valorar el desempeño de todas las personas participantes, lamentamos comunicarle que no ha sido seleccionada para la siguiente fase del proceso de Recepcionista. Valoramos positivamente su nivel de inglés; sin embargo, buscamos un perfil con mayor experiencia en sistemas de gestión hotelera.

Le deseamos mucha suerte.

Atentamente,
Departamento de Personas
""",
)

R(
    "es",
    "after_interview",
    "prueba-tecnica-feedback-tu",
    group="es-story-kraken",
    co="Kraken Games Studio S.L.",
    frm="Álvaro Pineda <alvaro@krakengames.es>",
    to="javier",
    subj="Feedback de tu prueba técnica y entrevista",
    body="""Hola Javier,

Muchas gracias por hacer la prueba técnica y por la entrevista del viernes con Irene y conmigo.

Te cuento con sinceridad: la parte de gameplay estaba muy bien resuelta, pero en la optimización de rendimiento y el manejo de memoria en Unity nos quedamos con dudas, y en la entrevista no llegamos a aclararlas. Por eso hemos decidido no seguir adelante contigo para esta posición.

Espero que el feedback te sirva. Si en unos meses vuelves a ver una oferta nuestra, no dudes en aplicar.

Un abrazo,
Álvaro
Lead Programmer · Kraken Games Studio
""",
)

R(
    "es",
    "after_interview",
    "mexico-iphone-entrevista-final",
    group="es-story-agave",
    co="Grupo Agave Azul",
    frm="Lic. Rodrigo Navarro <rnavarro@grupoagaveazul.mx>",
    to="diego",
    tz=MX,
    subj="Re: Entrevista final",
    thread=[("gmail.com", "gmail")],
    fmt="alt",
    skin="apple",
    mid_style="apple",
    body="""Diego, buenas tardes

Gracias por venir el lunes. Al final el comité decidió irse con otro candidato que ya conoce la operación de la planta de Tequila. Te agradezco mucho tu tiempo, éxito!

Saludos
Rodrigo Navarro

Enviado desde mi iPhone
""",
)

R(
    "es",
    "after_interview",
    "hilo-citado-espana",
    group="es-story-alborada",
    co="Editorial Alborada S.A.",
    frm="Beatriz Lozano <blozano@editorialalborada.es>",
    to="carmen",
    subj="Re: Agradecimiento entrevista",
    thread=[("outlook.es", "outlook")],
    date="2024-03-21 17:45",
    body="""Hola Carmen:

Muchas gracias por tu mensaje, y de nuevo por tu tiempo el miércoles pasado.

Lamentablemente tengo que decirte que hemos elegido a otra persona para el puesto de Coordinadora de Producción. Ha sido una decisión muy reñida; al final hemos valorado su experiencia previa con imprentas en Asia.

Te deseo lo mejor, y ojalá podamos coincidir en otra ocasión.

Un abrazo,
Beatriz Lozano
Directora de Producción

El jue, 14 mar 2024 a las 10:05, Carmen Morales (<carmen.morales@outlook.es>) escribió:
> Hola Beatriz:
>
> Quería agradecerte la entrevista de ayer. Me fui con muchas ganas de formar parte del equipo.
>
> Un saludo,
> Carmen
""",
)

R(
    "es",
    "after_interview",
    "argentina-entrevista-vos",
    group="es-story-patagonia",
    co="Patagonia Software S.R.L.",
    frm="Martín Aguirre <martin.aguirre@patagoniasoft.com.ar>",
    to="valentina",
    tz=AR,
    subj="Búsqueda Product Designer – novedades",
    body="""Hola Valentina, ¿cómo estás?

Te quería agradecer por la entrevista de la semana pasada con el equipo de producto. La verdad que la charla estuvo buenísima.

Después de evaluarlo bastante, decidimos avanzar con otra persona que tiene más recorrido en design systems para aplicaciones B2B. Sé que esperabas otra respuesta y me pareció importante contártelo personalmente.

Te deseo lo mejor y ojalá podamos cruzarnos en el futuro.

Saludos cordiales,
Martín
Head of Design · Patagonia Software
""",
)

R(
    "es",
    "after_interview",
    "colombia-entrevista-gerente",
    co="Textiles del Valle S.A.",
    frm="Paola Restrepo <paola.restrepo@textilesdelvalle.com.co>",
    to="andres",
    tz=CO,
    subj="Resultado proceso Jefe de Planta",
    body="""Buenas tardes, Andrés:

Reciba un cordial saludo. Agradecemos su asistencia a la entrevista con nuestro gerente de operaciones el pasado viernes.

Le informamos que, tras evaluar a los finalistas, la compañía decidió continuar con otro candidato para el cargo de Jefe de Planta. Valoramos mucho su experiencia en mejora continua y lo tendremos presente para futuras oportunidades.

Quedamos atentos a cualquier inquietud.

Cordialmente,
Paola Restrepo
Analista de Gestión Humana
Textiles del Valle S.A. – Cali
""",
)

R(
    "es",
    "position_closed",
    "vacante-ya-cubierta",
    charset="iso-8859-1",
    co="Ferretería Industrial Cantábrica S.L.",
    frm="Ferretería Industrial Cantábrica <info@ferreteriacantabrica.es>",
    to="javier",
    subj="Oferta dependiente de mostrador",
    body="""Buenos días Javier,

Gracias por enviarnos tu currículum. La vacante ya ha sido cubierta, así que no podemos contar contigo en esta ocasión.

Un saludo,
Ferretería Industrial Cantábrica · Santander
""",
)

R(
    "es",
    "position_closed",
    "proceso-cancelado-congelado",
    fmt="alt",
    skin="card",
    co="Seguros Horizonte Ibérico S.A.",
    frm="Talento Seguros Horizonte <talento@horizonteiberico.es>",
    to="carmen",
    subj="Información sobre el proceso de Analista Actuarial",
    body="""Estimada Carmen:

Le escribimos en relación con su candidatura para el puesto de Analista Actuarial.

Por motivos organizativos internos, la compañía ha decidido congelar este proceso de selección y la posición no se cubrirá por el momento. Lamentamos las molestias y le agradecemos el tiempo dedicado.

Si la posición vuelve a abrirse, la publicaremos en nuestra web de empleo.

Un cordial saludo,
Equipo de Talento
Seguros Horizonte Ibérico S.A.
""",
)

R(
    "es",
    "position_closed",
    "cubierta-internamente-chile",
    co="Retail Austral S.A.",
    frm="Personas Retail Austral <personas@retailaustral.cl>",
    to="sofia",
    tz=CL,
    subj="Postulación Jefa de Tienda – Concepción",
    body="""Estimada Sofía:

Junto con saludar, le informamos que la posición de Jefa de Tienda en Concepción fue cubierta internamente mediante un proceso de movilidad interna. Por lo tanto, el proceso externo ha finalizado.

Agradecemos sinceramente su interés en nuestra compañía.

Saludos cordiales,
Gerencia de Personas
""",
)

R(
    "es",
    "position_closed",
    "mexico-vacante-cerrada",
    fmt="html",
    skin="card",
    group="es-story-sierramadre",
    co="Laboratorios Sierra Madre S.A. de C.V.",
    frm="Reclutamiento Laboratorios Sierra Madre <reclutamiento@labsierramadre.mx>",
    to="diego",
    tz=MX,
    subj="Vacante Químico Analista – cerrada",
    body="""Hola Diego:

Gracias por tu interés en la vacante de Químico Analista. Te informamos que la vacante fue cerrada, por lo que ya no estamos recibiendo ni evaluando postulaciones para esta posición.

Te invitamos a consultar nuestras otras vacantes disponibles en nuestro portal.

Saludos,
Reclutamiento
""",
)

# --- family: job-board "candidatura descartada" status notification ---
_DESC = [
    ("Logística Meseta S.L.", "Mozo/a de almacén con carretilla", "javier", "2023-07-12 11:02"),
    ("Clínica Dental Sonrisa Norte S.L.", "Auxiliar de clínica dental", "lucia", "2024-01-23 16:47"),
    ("Construcciones Almenara S.A.", "Jefe/a de obra", "javier", "2025-05-06 09:31"),
    ("Asesoría Fiscal Gran Vía S.L.", "Técnico/a fiscal junior", "carmen", "2026-03-17 13:20"),
]
for _co, _role, _who, _date in _DESC:
    _slug = re.sub(r"[^a-z]+", "-", _co.lower().split()[0].replace("í", "i").replace("á", "a")).strip("-")
    R(
        "es",
        "after_application",
        f"portal-candidatura-descartada-{_slug}",
        group="es-fam-portal-descartada",
        co=_co,
        date=_date,
        frm="EmpleoRed <notificaciones@empleored.es>",
        to=_who,
        fmt="alt",
        skin="card",
        color="#167db7",
        co_card="EmpleoRed",
        site="empleored.es",
        subj=f"{_co} ha descartado tu candidatura",
        body=f"""Hola {{{{first}}}},

Te informamos de que la empresa {_co} ha actualizado el estado de tu candidatura a la oferta «{_role}».

Estado: Descartada

Esto significa que la empresa ha decidido no seguir adelante con tu candidatura para esta oferta. ¡No te desanimes! Hay miles de ofertas nuevas cada día.

Ver ofertas similares: https://www.empleored.es/ofertas-similares

El equipo de EmpleoRed
""",
    )

# --- Spanish hard negatives ------------------------------------------------------------------
N(
    "es",
    "acknowledgement",
    "hemos-recibido-su-candidatura",
    fmt="alt",
    skin="outlook",
    co="Grupo Mirasierra Servicios S.L.",
    group="es-story-mirasierra",
    frm="Selección Grupo Mirasierra <seleccion@grupomirasierra.es>",
    to="carmen",
    subj="Hemos recibido su candidatura",
    body="""Estimada Sra. Morales:

Le confirmamos que hemos recibido su candidatura para el puesto de Administrativo/a Contable. Muchas gracias por su interés en Grupo Mirasierra.

Nuestro equipo de selección revisará su perfil en los próximos días. Si su candidatura se ajusta a lo que buscamos, nos pondremos en contacto con usted para concertar una entrevista.

Le informamos de que, en caso de no ser seleccionado/a, sus datos se conservarán durante un año para futuros procesos, salvo que solicite su supresión.

Reciba un cordial saludo,
Departamento de Recursos Humanos
""",
)

N(
    "es",
    "acknowledgement",
    "acuse-recibo-mexico",
    co="Distribuidora del Bajío S.A. de C.V.",
    group="es-story-bajio",
    tz=MX,
    frm="Talento Distribuidora del Bajío <talento@distbajio.com.mx>",
    to="diego",
    subj="Acuse de recibo de tu postulación",
    body="""Hola Diego:

¡Gracias por postularte a la vacante de Analista de Logística! Confirmamos que recibimos tu CV.

Nuestro equipo revisará tu perfil y, si cumples con los requisitos, te contactaremos por teléfono o correo en un plazo de 10 días hábiles. Debido al alto volumen de postulaciones, lamentablemente no podemos responder de forma individual a cada persona.

Saludos cordiales,
Equipo de Atracción de Talento
""",
)

N(
    "es",
    "acknowledgement",
    "startup-tu-recibida",
    co="Tortuga Delivery S.L.",
    group="es-story-tortuga",
    fmt="html",
    skin="card",
    color="#2a9d8f",
    frm="Tortuga Delivery <jobs@tortugadelivery.es>",
    to="lucia",
    subj="¡Tu candidatura ha llegado! 🐢",
    body="""¡Hola Lucía!

Hemos recibido tu candidatura para Growth Marketer. ¡Gracias por querer unirte a la tortuga más rápida de Madrid!

Revisamos todas las candidaturas a mano, así que danos unos días. Pase lo que pase, te escribiremos con una respuesta. Nada de dejarte en visto.

¡Hablamos pronto!
El equipo de Tortuga
""",
)

N(
    "es",
    "acknowledgement",
    "workday-es-recibida",
    co="Lusitania Pharma España S.A.",
    group="es-story-lusitania",
    fmt="alt",
    skin="card",
    color="#7b2cbf",
    frm="Lusitania Pharma Careers <lusitaniapharma@myworkday.com>",
    to="carmen",
    subj="Gracias por su candidatura – R-22871",
    body="""Estimada Carmen Morales:

Gracias por presentar su candidatura al puesto de Técnico/a de Registros Farmacéuticos (R-22871). La hemos recibido correctamente.

Puede consultar el estado de su candidatura en cualquier momento desde su perfil de candidato.

Un saludo,
Talent Acquisition
""",
)

N(
    "es",
    "acknowledgement",
    "colombia-postulacion-registrada",
    co="Cafetera Andina S.A.S.",
    group="es-story-cafetera",
    tz=CO,
    frm="Gestión Humana Cafetera Andina <gestionhumana@cafeteraandina.com.co>",
    to="andres",
    subj="Confirmación de registro de su postulación",
    body="""Cordial saludo:

Le confirmamos que su postulación al cargo de Coordinador de Exportaciones ha sido registrada exitosamente.

El proceso de selección consta de revisión de hoja de vida, pruebas psicotécnicas, entrevista y verificación de referencias. En caso de ser preseleccionado, será contactado por nuestro equipo.

Atentamente,
Gestión Humana
""",
)

N(
    "es",
    "acknowledgement",
    "argentina-recibimos-tu-cv",
    co="Patagonia Software S.R.L.",
    group="es-story-patagonia",
    tz=AR,
    frm="Patagonia Software – Talento <talento@patagoniasoft.com.ar>",
    to="valentina",
    subj="¡Recibimos tu CV!",
    body="""Hola Valentina,

¡Gracias por postularte para Product Designer en Patagonia Software! Ya tenemos tu CV y tu portfolio.

En las próximas dos semanas vamos a revisar todas las postulaciones. Si tu perfil avanza, te escribimos para coordinar una primera charla. Si no, también te avisamos, así no quedás esperando.

¡Saludos!
Equipo de Talento
""",
)

N(
    "es",
    "interview_invite",
    "convocatoria-entrevista",
    co="Aguas del Levante S.A.",
    group="es-story-levante",
    frm="Inmaculada Roig <iroig@aguasdellevante.es>",
    to="javier",
    subj="Convocatoria a entrevista – Técnico de Operaciones",
    body="""Hola Javier:

Gracias por tu candidatura. Nos gustaría conocerte en una entrevista telefónica de unos 30 minutos.

¿Te vendría bien el martes a las 10:00? Si no, indícanos otro horario esta semana.

Un saludo,
Inmaculada Roig
Técnica de Selección
""",
)

N(
    "es",
    "interview_invite",
    "lamentablemente-reprogramar",
    co="Editorial Alborada S.A.",
    group="es-story-alborada",
    frm="Beatriz Lozano <blozano@editorialalborada.es>",
    to="carmen",
    subj="Cambio de fecha de la entrevista",
    body="""Hola Carmen:

Lamentablemente tenemos que reprogramar la entrevista prevista para el martes, ya que coincide con el cierre de un libro en imprenta. Disculpa las molestias.

¿Te vendría bien el miércoles a las 12:00 en nuestras oficinas de la calle Fuencarral? Seguimos muy interesados en tu candidatura.

Un saludo,
Beatriz Lozano
""",
)

N(
    "es",
    "interview_invite",
    "argentina-te-invitamos",
    co="Pampa Fintech S.A.",
    tz=AR,
    frm="Flor de Pampa Fintech <flor@pampafintech.com.ar>",
    to="sofia",
    subj="¿Charlamos? – Búsqueda Analista de Riesgo",
    body="""Hola Sofía,

¡Gracias por postularte! Nos gustaría invitarte a una primera entrevista por Google Meet para la búsqueda de Analista de Riesgo (remoto).

¿Te queda cómodo el jueves a las 15 hs (hora de Argentina)? Te mando el link apenas me confirmes.

¡Saludos!
Flor
""",
)

N(
    "es",
    "interview_invite",
    "mexico-cita-entrevista",
    fmt="alt",
    skin="simple",
    group="es-story-sierramadre",
    co="Laboratorios Sierra Madre S.A. de C.V.",
    tz=MX,
    frm="Reclutamiento Laboratorios Sierra Madre <reclutamiento@labsierramadre.mx>",
    to="diego",
    subj="Cita para entrevista – Supervisor de Producción",
    body="""Buen día Diego:

Por este medio te confirmamos tu cita para entrevista presencial:

Puesto: Supervisor de Producción
Fecha: viernes a las 9:00 a.m.
Dirección: Av. Industrias 455, Parque Industrial, Toluca, Estado de México
Preguntar por: Lic. Mariana Ochoa

Favor de traer identificación oficial, CV impreso y comprobante de estudios.

Saludos,
Reclutamiento
""",
)

N(
    "es",
    "interview_invite",
    "segunda-ronda-kraken",
    co="Kraken Games Studio S.L.",
    group="es-story-kraken",
    frm="Álvaro Pineda <alvaro@krakengames.es>",
    to="javier",
    subj="Siguiente paso: entrevista con el equipo",
    body="""Hola Javier,

Hemos revisado tu prueba técnica y nos gustaría pasar a la siguiente fase: una entrevista de una hora con Irene (Tech Lead) y conmigo.

¿Te encaja el viernes a las 11:00 por videollamada? Hablaremos de tu solución y de cómo trabajas en equipo.

¡Un abrazo!
Álvaro
""",
)

N(
    "es",
    "offer",
    "carta-oferta-mexico",
    fmt="alt",
    skin="outlook",
    co="Grupo Agave Azul",
    tz=MX,
    frm="Recursos Humanos Grupo Agave Azul <rh@grupoagaveazul.mx>",
    to="andres",
    subj="Carta oferta – Coordinador de Calidad",
    body="""Estimado Andrés:

Nos complace extenderte la carta oferta para el puesto de Coordinador de Calidad en nuestra planta de Arandas, Jalisco.

Sueldo mensual bruto: $42,000 MXN
Prestaciones superiores a las de ley, vales de despensa y seguro de gastos médicos mayores.
Fecha de ingreso propuesta: 1 del próximo mes.

Te pedimos confirmar tu aceptación firmando el documento adjunto antes del viernes.

¡Bienvenido a Grupo Agave Azul!
Recursos Humanos
""",
)

N(
    "es",
    "offer",
    "nos-complace-comunicarle",
    co="Talleres Ebro Ingeniería S.A.",
    frm="Talleres Ebro – RRHH <rrhh@talleresebro.es>",
    to="sofia",
    subj="Oferta de empleo – Técnica de Mantenimiento",
    body="""Estimada Sofía:

Nos complace comunicarle que ha sido seleccionada para el puesto de Técnica de Mantenimiento en nuestra planta de Zaragoza.

Adjuntamos la propuesta con las condiciones: contrato indefinido, salario bruto anual de 31.000 €, jornada a turnos y plan de formación. Le rogamos que nos confirme su aceptación antes del día 15.

Atentamente,
Recursos Humanos
Talleres Ebro Ingeniería S.A.
""",
)

N(
    "es",
    "offer",
    "tu-te-queremos",
    co="Solaria Cloud S.L.",
    frm="Marta Ibáñez <marta@solariacloud.com>",
    to="lucia",
    subj="¡Queremos que te unas a Solaria! 🚀",
    body="""¡Hola Lucía!

Después de las entrevistas, lo tenemos claro: queremos ofrecerte el puesto de Product Marketing Manager.

Te envío en un rato la oferta formal con salario, equity y beneficios. Si tienes cualquier pregunta, llámame cuando quieras.

¡Ojalá digas que sí!
Marta
CEO · Solaria Cloud
""",
)

N(
    "es",
    "assessment",
    "prueba-tecnica-enlace",
    co="Kraken Games Studio S.L.",
    group="es-story-kraken",
    frm="Álvaro Pineda <alvaro@krakengames.es>",
    to="javier",
    subj="Prueba técnica – Gameplay Programmer",
    body="""Hola Javier,

Gracias por la primera llamada. Como te comenté, el siguiente paso es una prueba técnica: un pequeño prototipo en Unity con un enemigo con IA básica.

Aquí tienes el enunciado: https://krakengames.es/pruebas/gameplay-2024

Tienes una semana para entregarla. No le dediques más de 6 horas; valoramos más la claridad del código que el acabado visual.

¡Suerte!
Álvaro
""",
)

N(
    "es",
    "assessment",
    "test-psicotecnico-colombia",
    co="Cafetera Andina S.A.S.",
    group="es-story-cafetera",
    tz=CO,
    frm="Gestión Humana Cafetera Andina <gestionhumana@cafeteraandina.com.co>",
    to="andres",
    subj="Citación a pruebas psicotécnicas",
    body="""Cordial saludo, señor Gómez:

Nos permitimos citarlo a la aplicación de pruebas psicotécnicas en línea para el cargo de Analista de Comercio Exterior.

Enlace: https://evaluaciones.cafeteraandina.com.co/prueba?id=CA-5531
Plazo: hasta el próximo miércoles a las 6:00 p.m.
Duración aproximada: 60 minutos

Le recomendamos realizarlas en un lugar tranquilo y con buena conexión a internet.

Atentamente,
Gestión Humana
""",
)

N(
    "es",
    "assessment",
    "videoentrevista-diferida",
    group="es-story-brisa",
    co="Hoteles Brisa Marina S.A.",
    fmt="html",
    skin="card",
    color="#0096c7",
    frm="Hoteles Brisa Marina <no-reply@interviewly.io>",
    to="lucia",
    subj="Invitación a videoentrevista – Hoteles Brisa Marina",
    body="""Hola Lucía Fernández:

Gracias por tu interés en trabajar con Hoteles Brisa Marina. Te invitamos a realizar una videoentrevista diferida: responderás tres preguntas grabando tu respuesta desde el móvil o el ordenador.

Comenzar: https://app.interviewly.io/i/brisamarina/a81c

Tienes 72 horas para completarla. ¡Mucha suerte!

Equipo de Selección
""",
)

N(
    "es",
    "job_alert",
    "alerta-empleored",
    fmt="html",
    co="EmpleoRed",
    frm="EmpleoRed Alertas <alertas@empleored.es>",
    to="carmen",
    subj="5 nuevas ofertas de «administrativa» en Madrid",
    list=("<alertas.empleored.es>", "<https://www.empleored.es/alertas/baja?id=9921>"),
    html=joblist_html(
        "EmpleoRed",
        "#167db7",
        "Hola Carmen,<br>tenemos nuevas ofertas que encajan con tu alerta <b>administrativa – Madrid</b>:",
        [
            (
                "Administrativa de contabilidad",
                "Gestoría Castellana S.L.",
                "Madrid",
                "Jornada completa",
                "https://www.empleored.es/oferta/881201",
            ),
            (
                "Auxiliar administrativo/a",
                "Hospital Universitario Norte",
                "Alcobendas",
                "Sustitución",
                "https://www.empleored.es/oferta/881344",
            ),
            (
                "Administrativo/a de compras",
                "Distribuciones Jarama S.A.",
                "Coslada",
                "Nueva",
                "https://www.empleored.es/oferta/881390",
            ),
        ],
        "Gestionar alertas: https://www.empleored.es/alertas<br>Darse de baja: https://www.empleored.es/alertas/baja?id=9921",
        "es",
        "Ver oferta",
    ),
)

N(
    "es",
    "job_alert",
    "linkedin-es-empleos-nuevos",
    co="LinkedIn",
    frm="LinkedIn Alertas de empleo <jobalerts-noreply@linkedin.com>",
    to="diego",
    tz=MX,
    subj="«DevOps Engineer»: 4 empleos nuevos en México",
    list=("<jobalerts.linkedin.com>", "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe?trk=eml-es>"),
    body="""Tu alerta de empleo para DevOps Engineer en México

Site Reliability Engineer – Solaria Cloud – Remoto (LATAM)
DevOps Engineer Sr – Banco Meridiano – Ciudad de México
Platform Engineer – Rutas Logística Digital – Guadalajara (híbrido)
Cloud Engineer AWS – Nopal Tech – Monterrey

Ver todos los empleos: https://www.linkedin.com/jobs/search?keywords=DevOps

Este email está dirigido a Diego Herrera. Gestionar alertas: https://www.linkedin.com/jobs/alerts
""",
)

N(
    "es",
    "job_alert",
    "trabajando360-chile",
    co="Trabajando360",
    frm="Trabajando360 <ofertas@trabajando360.cl>",
    to="sofia",
    tz=CL,
    subj="Sofía, estas ofertas son para ti",
    list=("<ofertas.trabajando360.cl>", "<https://www.trabajando360.cl/desuscribir?u=sr>"),
    fmt="alt",
    skin="card",
    color="#e63946",
    co_card="Trabajando360",
    body="""Hola Sofía:

Estas son las ofertas más recientes para «Ingeniera de Procesos»:

- Ingeniero/a de Procesos – Planta Celulosa Biobío – Concepción
- Ingeniero/a de Mejora Continua – Alimentos del Maule – Talca
- Jefe/a de Turno Planta – Minera Pacífico Norte SpA – Antofagasta

Lamentablemente, la oferta «Ingeniera Metalurgista Junior» que guardaste ya no está disponible.

Ver más ofertas: https://www.trabajando360.cl/ofertas
""",
)

N(
    "es",
    "recruiter_outreach",
    "headhunter-espana",
    co="Altamira Executive Search S.L.",
    frm="Gonzalo Prieto <gprieto@altamira-search.es>",
    to="javier",
    subj="Oportunidad confidencial – Director/a de Calidad",
    body="""Estimado Javier:

Me pongo en contacto contigo porque he visto tu perfil en LinkedIn y creo que podría encajar en un proceso que estamos llevando para un fabricante de componentes de automoción en Navarra: Director/a de Calidad.

Se trata de una posición con equipo a cargo y reporte directo a la Dirección General. ¿Tendrías 15 minutos esta semana para una llamada confidencial?

Un saludo,
Gonzalo Prieto
Partner · Altamira Executive Search
""",
)

N(
    "es",
    "recruiter_outreach",
    "inmail-mexico",
    co="LinkedIn",
    fmt="alt",
    skin="card",
    color="#0a66c2",
    site="linkedin.com",
    co_card="LinkedIn",
    frm="Ana Lucía Torres vía LinkedIn <inmail-hit-reply@linkedin.com>",
    to="diego",
    tz=MX,
    subj="Vacante Tech Lead – Guadalajara",
    body="""Hola Diego,

Vi tu perfil y me llamó la atención tu experiencia con infraestructura en la nube. Estoy reclutando para una fintech en Guadalajara que busca un Tech Lead (esquema híbrido, sueldo competitivo + bonos).

¿Te interesaría platicar? Puedo agendar una llamada cuando te acomode.

Saludos,
Ana Lucía Torres
Tech Recruiter · Jaguar Talent

Responder: https://www.linkedin.com/messaging/
""",
)

N(
    "es",
    "recruiter_outreach",
    "ett-oferta-trabajo",
    co="Impulsa ETT S.L.",
    frm="Impulsa ETT Sevilla <sevilla@impulsa-ett.es>",
    to="lucia",
    subj="Oferta de trabajo: campaña de verano",
    body="""Hola Lucía:

Hemos visto tu CV en nuestra base de datos y tenemos una oferta que puede interesarte: recepcionista para un hotel de la costa de Huelva, campaña de junio a septiembre, jornada completa, alojamiento incluido.

Si te interesa, responde a este correo o llámanos al 954 22 31 80.

Un saludo,
Equipo Impulsa ETT
""",
)

N(
    "es",
    "newsletter_or_advice",
    "te-han-rechazado-como-responder",
    co="Carrera Pro Revista",
    fmt="html",
    skin="card",
    color="#6a4c93",
    co_card="Carrera Pro",
    frm="Carrera Pro <boletin@carrerapro-revista.es>",
    to="carmen",
    subj="¿Te han rechazado? Así debes responder al correo",
    list=("Boletín Carrera Pro <boletin.carrerapro-revista.es>", "<https://carrerapro-revista.es/baja?e=cm>"),
    body="""Hola Carmen:

«Lamentamos informarle que hemos decidido continuar con otros candidatos…». ¿Te suena? Esta semana te contamos cómo responder a un correo de rechazo para dejar la puerta abierta.

En este número:
- Plantilla para agradecer un rechazo con elegancia
- Cómo pedir feedback después de una entrevista
- Por qué muchas empresas nunca responden (y qué hacer)

Leer más: https://carrerapro-revista.es/rechazo-como-responder

Hasta la próxima,
El equipo de Carrera Pro

Darse de baja: https://carrerapro-revista.es/baja?e=cm
""",
)

N(
    "es",
    "newsletter_or_advice",
    "que-hacer-despues-de-un-no-latam",
    co="Rumbo Laboral",
    tz=AR,
    frm="Rumbo Laboral <hola@rumbolaboral.com>",
    to="valentina",
    subj="Qué hacer después de un «no» en una búsqueda laboral",
    list=("<newsletter.rumbolaboral.com>", "<https://rumbolaboral.com/desuscribirse?u=vc>"),
    body="""Hola Valentina,

Recibir un «decidimos avanzar con otros perfiles» nunca es lindo. Pero hay formas de sacarle provecho.

Esta semana en Rumbo Laboral:
1. Cómo procesar un rechazo sin tomártelo personal.
2. Qué preguntarle al recruiter para recibir feedback útil.
3. Tres ejercicios para mejorar tu CV después de varios «no».

Leé la nota completa: https://rumbolaboral.com/despues-de-un-no

¡Ánimo!
Equipo Rumbo Laboral

Desuscribirse: https://rumbolaboral.com/desuscribirse?u=vc
""",
)

N(
    "es",
    "other",
    "manager-correo-rechazo-enviado",
    co="Seguros Horizonte Ibérico S.A.",
    frm="Nuria Campos <ncampos@horizonteiberico.es>",
    to=("javier", "jruiz@horizonteiberico.es"),
    subj="Proceso Técnico de Siniestros – estado",
    body="""Hola Javier:

Te resumo cómo va el proceso de tu equipo:
- Ya le envié el correo de rechazo a Martín Salas y a Laura Pérez.
- Andrea Gil ha aceptado la segunda entrevista el jueves a las 16:00.

¿Me confirmas si quieres ver también a Sergio Domínguez? Si no, le enviaré el rechazo mañana.

Gracias,
Nuria
HR Business Partner
""",
)

N(
    "es",
    "other",
    "retiro-candidatura-confirmado",
    group="es-story-agave",
    co="Grupo Agave Azul",
    tz=MX,
    frm="Recursos Humanos Grupo Agave Azul <rh@grupoagaveazul.mx>",
    to="diego",
    subj="Confirmación de retiro de tu postulación",
    body="""Hola Diego:

Confirmamos que has retirado tu postulación para la vacante de Gerente de Mantenimiento. Lamentamos que no puedas continuar en el proceso, pero respetamos tu decisión.

Tus datos serán eliminados de nuestra base conforme a nuestro aviso de privacidad.

Te deseamos mucho éxito.
Recursos Humanos
""",
)

N(
    "es",
    "other",
    "documentacion-pendiente",
    group="es-story-brigida",
    co="Clínica Santa Brígida",
    tz="Atlantic/Canary",
    frm="Clínica Santa Brígida – RRHH <rrhh@clinicasantabrigida.es>",
    to="lucia",
    subj="Documentación pendiente – bolsa de empleo",
    body="""Estimada Lucía:

Gracias por inscribirse en nuestra bolsa de empleo de enfermería para sustituciones.

Para completar su inscripción necesitamos que nos envíe una copia del título, el certificado de colegiación y el certificado negativo de delitos de naturaleza sexual. Lamentablemente, sin esta documentación no podemos activar su perfil.

Un cordial saludo,
Departamento de Recursos Humanos
""",
)
if __name__ == "__main__":
    sys.exit(main())
