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

import base64
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
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parents[1] / "intl-jobs"

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
    "personio", "softgarden", "dvinci", "rexx", "greenhouse", "workable", "teamtailor", "stepstone",
    "xing", "linkedin", "successfactors", "myworkday", "workday", "indeed", "smartrecruiters", "join.com",
    "recruitee", "lever", "welcometothejungle", "infojobs", "occ", "computrabajo", "bumeran", "apec",
    "hellowork", "francetravail", "jobware", "kununu", "umantis", "haufe", "onlyfy", "concludis",
    "lumesse", "taleo", "icims", "cornerstone", "bewerbung", "karriere", "jobs", "noreply", "no-reply",
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
def rng_for(*parts) -> random.Random:
    h = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


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
        "first": first, "last": last, "full": f"{first} {last}", "email": addr,
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
        h = r.choices([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21], [2, 6, 9, 10, 9, 5, 7, 9, 9, 7, 5, 3, 2, 1])[0]
        mi = r.randrange(60)
    return dt.datetime(d.year, d.month, d.day, h, mi, r.randrange(60), tzinfo=ZoneInfo(tzname))


def parse_date(s, tzname, r):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(second=r.randrange(60), tzinfo=ZoneInfo(tzname))


def domain_of(addr_header: str) -> str:
    addr = email.utils.parseaddr(addr_header)[1]
    return addr.split("@")[-1].lower()


def is_ats(dom: str, frm: str) -> bool:
    low = (dom + " " + email.utils.parseaddr(frm)[1]).lower()
    return any(a in low for a in ATS_DOMAINS)


def make_mid(dom: str, r: random.Random, style=None) -> str:
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    an = lambda n: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))
    if style is None:
        if dom in ("gmail.com", "googlemail.com"):
            style = "gmail"
        elif dom.endswith((".fr", ".es", ".de", ".net", ".com", ".org", ".eu", ".at", ".ch", ".io", ".mx", ".ar", ".co", ".cl", ".be")):
            style = r.choice(["outlook", "outlook", "domain", "uuid", "ses"])
        else:
            style = "domain"
    if style == "gmail":
        return f"<CA{an(2)}{an(40)}@mail.gmail.com>"
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
PALETTE = ["#0b5394", "#c0392b", "#1e7b4f", "#6a1b9a", "#e67e22", "#004d61", "#b7950b", "#283593", "#ad1457", "#00796b", "#37474f", "#d35400"]
FOOT = {
    "de": ("Impressum", "Datenschutz", "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht."),
    "fr": ("Mentions légales", "Politique de confidentialité", "Ce message a été envoyé automatiquement, merci de ne pas y répondre."),
    "es": ("Aviso legal", "Política de privacidad", "Este mensaje se ha generado automáticamente. Por favor, no responda a este correo."),
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
                blocks.append(("p", cur)); cur = []
            curq.append(line[1:].lstrip(" ") if not line.startswith(">>") else line[1:])
            continue
        if curq:
            blocks.append(("quote", curq)); curq = []
        if not line.strip():
            if cur:
                blocks.append(("p", cur)); cur = []
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
            out.append(f'<blockquote class="{quote_cls}" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n{inner}\n</blockquote>')
        elif all(l.lstrip().startswith(("- ", "• ", "* ")) for l in lines) and len(lines) > 1:
            items = "\n".join(f"  <li>{_inline(l.lstrip()[2:])}</li>" for l in lines)
            out.append(f'<ul style="{pstyle}padding-left:20px">\n{items}\n</ul>')
        else:
            out.append(f'<{tag} style="{pstyle}">' + "<br>\n".join(_inline(l) for l in lines) + f"</{tag}>")
    return "\n".join(out)


def skin_card(text, spec, r):
    co = spec.get("co_card") or spec.get("co") or "Karriere"
    lang = spec["lang"]
    color = spec.get("color") or r.choice(PALETTE)
    dom = spec.get("site") or domain_of(spec["frm"])
    imp, ds, auto = FOOT[lang]
    foot = spec.get("foot")
    foot_html = ("<br>\n".join(_inline(l) for l in foot.split("\n")) + "<br><br>\n") if foot else ""
    font = r.choice(["Arial,Helvetica,sans-serif", "'Segoe UI',Roboto,Arial,sans-serif", "Helvetica Neue,Helvetica,Arial,sans-serif", "Verdana,Geneva,sans-serif"])
    powered = spec.get("powered")
    powered_html = f'<br>\n<span style="color:#aaa">{htmlmod.escape(powered)}</span>' if powered else ""
    body = html_body_blocks(text, f"margin:0 0 16px 0;font-size:15px;line-height:1.5;color:#333;")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={spec.get('charset', 'utf-8')}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{htmlmod.escape(spec['subject_filled'])}</title>
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
<meta http-equiv="Content-Type" content="text/html; charset={spec.get('charset', 'utf-8')}">
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
            out.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>".join(_inline(l) for l in lines) + "</blockquote></div>")
        else:
            out.append("<div>" + "<br>".join(_inline(l) for l in lines) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


def skin_simple(text, spec, r):
    font = r.choice(["Arial, sans-serif", "Tahoma, sans-serif", "Georgia, serif", "Calibri, Arial, sans-serif"])
    body = html_body_blocks(text, "")
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset={spec.get('charset', 'utf-8')}"></head>
<body style="font-family:{font}; font-size:10pt">
{body}
</body>
</html>
"""


def skin_apple(text, spec, r):
    out = []
    for kind, lines in paras(text):
        if kind == "quote":
            out.append('<blockquote type="cite">' + "<br>".join(_inline(l) for l in lines) + "</blockquote>")
        else:
            out.append("<div>" + "<br>".join(_inline(l) for l in lines) + "</div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "<div><br></div>".join(out) + "</body></html>\n")


SKINS = {"card": skin_card, "outlook": skin_outlook, "gmail": skin_gmail, "simple": skin_simple, "apple": skin_apple}


def html_to_text(h: str) -> str:
    """Very small HTML -> text for multipart/alternative mails whose HTML was written directly."""
    h = re.sub(r"(?is)<(style|title|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h\d|li|table)>", "\n", h)
    h = re.sub(r"(?i)<li[^>]*>", "- ", h)
    h = re.sub(r"(?i)<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 [\1]", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmlmod.unescape(h)
    lines = [l.strip() for l in h.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


# ----------------------------------------------------------------------------------------------
def build(spec: dict, n: int) -> tuple[str, bytes]:
    lang, slug = spec["lang"], spec["slug"]
    r = rng_for(slug, n)
    tzname = spec.get("tz") or TZ_DEFAULT[lang]
    to = spec.get("to")
    date = parse_date(spec["date"], tzname, r) if spec.get("date") else pick_date(slug, spec["kind"], tzname, r)
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
    msg["Message-ID"] = spec.get("mid") or make_mid(dom, r, spec.get("mid_style"))
    if spec.get("thread"):
        # thread: list of (address-domain, style) for the earlier messages; newest last
        refs = [make_mid(d, rng_for(slug, "ref", i), st) for i, (d, st) in enumerate(spec["thread"])]
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
            msg.add_alternative(html, subtype="html", charset=charset,
                                cte=spec.get("cte_html") or r.choice(["quoted-printable", "quoted-printable", "base64"]))
        else:
            raise ValueError(fmt)
    name = f"{n:04d}-{lang}-{slug}.eml"
    return name, msg.as_bytes(policy=email.policy.default)


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
<span style="font-size:13px;color:#777;">{htmlmod.escape(place)}{(' &middot; ' + htmlmod.escape(note)) if note else ''}</span><br>
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

R("de", "after_application", "absage-data-engineer-nordwind",
  co="Nordwind Energiesysteme GmbH",
  frm="Nordwind Energiesysteme | Recruiting <karriere@nordwind-energiesysteme.de>", to="jonas",
  subj="Ihre Bewerbung als Data Engineer (m/w/d)", date="2024-03-12 10:22",
  body="""{{sgh}} {{last}},

vielen Dank für Ihr Interesse an der Nordwind Energiesysteme GmbH und die Zeit, die Sie in Ihre Bewerbung als Data Engineer (m/w/d) investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Wir haben sehr viele qualifizierte Zuschriften erhalten und uns nach sorgfältiger Prüfung für Bewerber:innen entschieden, deren Erfahrung mit Streaming-Plattformen noch etwas besser zu unseren aktuellen Projekten passt.

Diese Entscheidung ist keine Bewertung Ihrer fachlichen oder persönlichen Qualifikation. Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Nordwind Energiesysteme GmbH
Am Sandtorkai 41 · 20457 Hamburg
""")

R("de", "after_application", "absage-pflegefachkraft-st-elisabeth",
  co="Klinikum St. Elisabeth Marienfeld",
  frm="Personalabteilung Klinikum St. Elisabeth <bewerbung@klinikum-st-elisabeth-marienfeld.de>", to="merve",
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
""")

R("de", "after_application", "du-absage-product-designer-fluxbeat",
  co="Fluxbeat GmbH",
  frm="Carla von Fluxbeat <jobs@fluxbeat.io>", to="jonas",
  subj="Deine Bewerbung bei Fluxbeat 🎧", fmt="alt", skin="card", color="#ff4f64",
  body="""Hey Jonas,

danke dir für deine Bewerbung als Product Designer bei Fluxbeat und für die Mühe, die du dir mit deinem Portfolio gemacht hast – das hat man gemerkt!

Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende leider anders entschieden. Für die Rolle suchen wir gerade jemanden mit mehr Erfahrung im Bereich Mobile Apps und Design Systems.

Fühl dich bitte nicht entmutigt. Wir wachsen weiter, und vielleicht passt es ja beim nächsten Mal besser. Folg uns gern auf LinkedIn, da posten wir neue Stellen zuerst.

Alles Gute für deine Suche!
Carla
People & Culture @ Fluxbeat
""")

R("de", "after_application", "absage-ausbildung-industriekaufmann-haller",
  co="Haller Antriebstechnik GmbH & Co. KG",
  frm="Ausbildung Haller <ausbildung@haller-antriebstechnik.de>", to="emre",
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
""")

R("de", "after_application", "kurz-absage-sachbearbeiter",
  co="Bremer Hafenlogistik AG",
  frm="Recruiting Bremer Hafenlogistik <recruiting@bremer-hafenlogistik.de>", to="stefan",
  subj="Absage",
  body="""Sehr geehrter Herr Wagner,

vielen Dank für Ihre Bewerbung als Sachbearbeiter Zollabwicklung. Wir haben uns für einen anderen Bewerber entschieden.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Bremer Hafenlogistik AG
Personalwesen
""")

R("de", "after_application", "werkstudent-marketing-absage-ohne-leider",
  co="Kornblume Naturkosmetik GmbH",
  frm="Kornblume Naturkosmetik <people@kornblume-naturkosmetik.de>", to="hannah",
  subj="Rückmeldung zu deiner Bewerbung als Werkstudentin Social Media",
  body="""Hallo Hannah,

schön, dass du dich für die Werkstudentenstelle im Social-Media-Team beworben hast.

Wir haben nun alle Bewerbungen gesichtet und uns für eine Kandidatin entschieden, die bereits Erfahrung mit TikTok-Kampagnen im Beauty-Bereich mitbringt. Deshalb wird es dieses Mal nicht klappen.

Danke für deine kreative Bewerbung – besonders dein Moodboard hat uns gefallen. Wir wünschen dir viel Erfolg im Studium und bei der weiteren Suche.

Liebe Grüße
Mia Schuster
People & Culture

Kornblume Naturkosmetik GmbH · Gewerbering 7 · 79108 Freiburg im Breisgau
""")

R("de", "after_application", "workday-absage-controller-bilingual",
  co="Veritas Pharma Deutschland GmbH",
  frm="Veritas Pharma Careers <veritaspharma@myworkday.com>", to="katarzyna",
  subj="Update zu Ihrer Bewerbung: Senior Controller (m/w/d) – R-0045821", fmt="html", skin="card", color="#003a70",
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
""")

R("de", "after_application", "successfactors-absage-lagerleitung",
  co="Kessler Handelsgruppe SE",
  frm="Kessler Handelsgruppe <noreply@successfactors.eu>", to="mehmet",
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
""")

R("de", "after_application", "greenhouse-absage-backend-mixed-en",
  co="Parcelry GmbH",
  frm="Parcelry Talent Team <no-reply@us.greenhouse-mail.io>", to="piotr",
  reply_to="talent@parcelry.com",
  subj="Deine Bewerbung bei Parcelry – Senior Backend Engineer (Go)", fmt="alt", skin="card", color="#1b1f3b",
  body="""Hi Piotr,

vielen Dank für dein Interesse an Parcelry und für deine Bewerbung als Senior Backend Engineer (Go).

Wir haben uns deine Unterlagen genau angesehen. Leider haben wir uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen, deren Erfahrung mit verteilten Systemen im Logistikumfeld noch näher an dem liegt, was das Team gerade braucht.

We know this isn't the news you were hoping for. Thanks again for your time – we'd be happy to hear from you again in the future.

Best,
Parcelry Talent Team
Berlin · Warsaw · Lisbon
""")

R("de", "after_application", "absage-lehrkraft-privatschule",
  co="Montessori-Schulzentrum Am Lindenhof",
  frm="Schulleitung Lindenhof <verwaltung@montessori-lindenhof.de>", to="friederike",
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
""")

R("de", "after_application", "absage-steuerfachangestellte-kanzlei",
  co="Brandstetter & Kollegen Steuerberatungsgesellschaft mbH",
  frm="Petra Wiesinger <p.wiesinger@brandstetter-stb.de>", to="nour",
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
""")

R("de", "after_application", "teamtailor-absage-customer-success",
  co="Tessellate Analytics GmbH",
  frm="Tessellate Analytics <notifications@mail.teamtailor.com>", reply_to="jobs@tessellate-analytics.de", to="aylin",
  subj="Customer Success Manager – wie es weitergeht", fmt="html", skin="card", color="#2d2a6e",
  powered="Gesendet über Teamtailor",
  body="""Hallo Aylin,

vielen Dank, dass du dir die Zeit genommen hast, dich bei uns als Customer Success Manager zu bewerben.

Ehrlich gesagt war die Entscheidung dieses Mal besonders knapp. Wir haben uns letztlich für eine Person entschieden, die schon länger mit Enterprise-Kund:innen im SaaS-Umfeld arbeitet. Wir werden deine Bewerbung deshalb nicht weiter berücksichtigen.

Wenn du magst, bleiben wir in Kontakt: Über unsere Karriereseite kannst du unserem Talent-Netzwerk beitreten und bekommst eine Nachricht, sobald eine ähnliche Rolle frei wird.

Viele Grüße
Dein Tessellate-Team
""")

R("de", "after_application", "absage-promotion-biologie",
  co="Leibniz-Institut für Bodenökologie",
  frm="Prof. Dr. Martina Kühn <martina.kuehn@lib-bodenoekologie.de>", to="yasmin",
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
""", date="2024-05-27 08:03")

R("de", "after_application", "absage-praktikum-kommunikation-verband",
  co="Bundesverband Erneuerbare Wärme e.V.",
  frm="Bundesverband Erneuerbare Wärme e.V. <personal@bv-erneuerbare-waerme.de>", to="leonie",
  subj="Ihre Bewerbung für ein Pflichtpraktikum im Bereich Presse und Kommunikation",
  body="""Sehr geehrte Frau Becker,

vielen Dank für Ihre Bewerbung um ein sechsmonatiges Pflichtpraktikum in unserer Pressestelle.

Wir mussten uns zwischen vielen interessanten Bewerbungen entscheiden und haben den Platz für das Sommersemester anderweitig vergeben. Wir bitten Sie um Verständnis.

Falls Sie auch für das Wintersemester flexibel sind, schauen Sie gern im Juli wieder auf unsere Website – dann schreiben wir die nächsten Praktikumsplätze aus.

Mit freundlichen Grüßen
Team Personal

Bundesverband Erneuerbare Wärme e.V. · Reinhardtstraße 31 · 10117 Berlin
Vereinsregister: Amtsgericht Charlottenburg VR 30218 B · Vorstand: Dr. Klaus Fink
""")

R("de", "after_application", "absage-elektriker-handwerk",
  co="Elektro Pfeiffer GmbH",
  frm="Elektro Pfeiffer GmbH <info@elektro-pfeiffer-landshut.de>", to="michal",
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
""")

R("de", "after_application", "softgarden-absage-einkauf",
  co="Albrecht Lebensmittelwerke GmbH",
  frm="Albrecht Lebensmittelwerke GmbH <no-reply@softgarden.io>", reply_to="bewerbung@albrecht-lebensmittel.de", to="tobias",
  subj="Absage: Ihre Bewerbung als Strategischer Einkäufer (m/w/d)", fmt="html", skin="card", color="#7a9a01",
  powered="powered by softgarden",
  body="""Guten Tag Herr Schäfer,

herzlichen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Wir haben Ihre Unterlagen sorgfältig geprüft und mit dem Anforderungsprofil der Stelle verglichen. Bedauerlicherweise können wir Ihnen keine positive Nachricht geben: Wir haben uns für eine:n Kandidat:in entschieden, deren Profil noch besser zu unseren Anforderungen passt.

Bitte verstehen Sie unsere Entscheidung nicht als Wertung Ihrer Person. Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre Zukunft viel Erfolg.

Freundliche Grüße
Ihr Personalteam der Albrecht Lebensmittelwerke
""")

R("de", "after_application", "dvinci-absage-verwaltung-stadtwerke",
  co="Stadtwerke Lindenau GmbH",
  frm="Stadtwerke Lindenau GmbH <recruiting@dvinci-mail.com>", to="annika",
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
""")

R("de", "after_application", "rexx-absage-it-support",
  co="Moosbauer Versicherungsmakler AG",
  frm="Moosbauer Versicherungsmakler AG – Bewerbermanagement <bewerbermanagement@moosbauer-ag.rexx-recruitment.com>", to="karim",
  subj="Rückmeldung zu Ihrer Bewerbung als IT-Supporter 1st/2nd Level", fmt="alt", skin="simple",
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
""")

R("de", "after_application", "absage-masterarbeit-automotive",
  co="Trion Automotive Systems GmbH",
  frm="Trion Automotive Careers <careers@trion-automotive.com>", to="lukas",
  subj="Masterarbeit: Modellbasierte Validierung von Fahrerassistenzsystemen",
  body="""Hallo Herr Brandt,

vielen Dank für Ihre Bewerbung auf unsere ausgeschriebene Abschlussarbeit im Bereich ADAS-Validierung.

Das Thema war sehr gefragt, und wir konnten nur eine Masterandin bzw. einen Masteranden betreuen. Wir haben uns für eine Person entschieden, die bereits als Werkstudent:in bei uns im Team arbeitet. Eine Betreuung Ihrer Arbeit ist daher in diesem Semester nicht möglich.

Schauen Sie gern in unser Jobportal, dort veröffentlichen wir regelmäßig neue Themen für Abschlussarbeiten.

Freundliche Grüße
Ihr Trion Recruiting-Team

Trion Automotive Systems GmbH, Lise-Meitner-Str. 14, 85053 Ingolstadt
Geschäftsführung: Dr. Rainer Voss, Katja Emmerich – Amtsgericht Ingolstadt HRB 8802
""")

R("de", "after_application", "absage-vertrieb-aussendienst-gender",
  co="Lindqvist Medizintechnik GmbH",
  frm="Lindqvist Medizintechnik HR <hr@lindqvist-medtec.de>", to="david",
  subj="Ihre Bewerbung als Medizinprodukteberater*in Außendienst (PLZ-Gebiet 5)",
  body="""Sehr geehrter Herr Roth,

für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit im Außendienst unseres Unternehmens danken wir Ihnen.

Wir haben viele Bewerbungen von qualifizierten Bewerber*innen erhalten. Im Vergleich haben andere Bewerber*innen mehr Erfahrung im Vertrieb von Produkten für den OP-Bereich mitgebracht. Wir haben uns daher gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden.

Wir hoffen auf Ihr Verständnis und wünschen Ihnen viel Erfolg für Ihren weiteren beruflichen Weg.

Mit freundlichen Grüßen
Jana Wolters
HR Business Partner Sales
Lindqvist Medizintechnik GmbH | Kölner Landstraße 250 | 40591 Düsseldorf
""")

R("de", "after_application", "linkedin-easy-apply-absage",
  co="Cobaltwerk Consulting GmbH",
  frm="LinkedIn <jobs-noreply@linkedin.com>", to="zeynep",
  date="2025-05-27 14:44",
  subj="Ihre Bewerbung bei Cobaltwerk Consulting GmbH", fmt="alt", skin="card", color="#0a66c2", co_card="LinkedIn",
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
""")

R("de", "after_application", "xing-absage-redakteur",
  co="Mediengruppe Oberrhein",
  frm="XING <mailrobot@mail.xing.com>", to="marie",
  subj="Mediengruppe Oberrhein hat auf Ihre Bewerbung geantwortet", fmt="html", skin="card", color="#006567", site="xing.com",
  body="""Hallo Marie Lindner,

es gibt Neuigkeiten zu Ihrer Bewerbung als Online-Redakteurin (m/w/d) bei der Mediengruppe Oberrhein.

Nachricht des Unternehmens:

„Sehr geehrte Frau Lindner, vielen Dank für Ihre Bewerbung. Nach sorgfältiger Prüfung haben wir uns für andere Bewerberinnen und Bewerber entschieden. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute. Mit freundlichen Grüßen, Ihr Personalteam"

Ihre Bewerbung finden Sie weiterhin in Ihrer Übersicht unter „Meine Bewerbungen".

Ihr XING-Team

New Work SE · Am Strandkai 1 · 20457 Hamburg
""")

R("de", "after_application", "stepstone-absage-kurz-status",
  co="Grünfeld Facility Services GmbH",
  frm="StepStone <notification@stepstone.de>", to="omar",
  subj="Status-Update zu Ihrer Bewerbung bei Grünfeld Facility Services GmbH", fmt="alt", skin="card", color="#0c2577", site="stepstone.de",
  body="""Hallo Omar Al-Khatib,

Grünfeld Facility Services GmbH hat den Status Ihrer Bewerbung aktualisiert.

Objektleiter Gebäudereinigung (m/w/d) – Köln
Status: Absage

Nachricht des Arbeitgebers:
Vielen Dank für Ihre Bewerbung. Wir haben die Stelle mit einem Bewerber besetzt, dessen Erfahrung im Krankenhausbereich besser zu unserem Objekt passt. Wir wünschen Ihnen alles Gute.

Lassen Sie sich nicht entmutigen – hier finden Sie ähnliche Jobs: https://www.stepstone.de/jobs/objektleiter/in-koeln

Ihr StepStone Team
""")

R("de", "after_application", "absage-junior-pm-ohne-leider-neutral",
  co="Hafenkante Digital GmbH",
  frm="Hafenkante Digital <bewerbung@hafenkante-digital.de>", to="felix",
  subj="Deine Bewerbung als Junior Projektmanager:in",
  body="""Moin Felix,

danke für deine Bewerbung als Junior Projektmanager:in und dein Interesse an Hafenkante Digital.

Wir haben uns entschieden, den Prozess mit anderen Bewerbenden fortzusetzen. Uns ist bewusst, dass so eine Nachricht enttäuschend ist, und wir hätten dir gern etwas anderes geschrieben.

Wir speichern deine Daten nicht länger als nötig – nach sechs Monaten wird deine Bewerbung automatisch gelöscht. Wenn du möchtest, dass wir sie früher löschen, antworte einfach kurz auf diese Mail.

Mach's gut und viel Erfolg!
Tjark & Svenja
Team Hafenkante
""")

R("de", "after_application", "absage-erzieherin-kita",
  co="Kinderland Rheinaue gGmbH",
  frm="Träger Kinderland Rheinaue <personal@kinderland-rheinaue.de>", to="lena",
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
""")

R("de", "after_application", "absage-trainee-bank-iso",
  co="Volksbank Mittlere Weser eG",
  frm="Volksbank Mittlere Weser eG <personal@vb-mittlere-weser.de>", to="lukas",
  subj="Ihre Bewerbung fuer das Traineeprogramm 2024", charset="iso-8859-15",
  body="""Sehr geehrter Herr Brandt,

vielen Dank für Ihre Bewerbung für unser Traineeprogramm Firmenkundengeschäft.

Die Auswahl ist uns nicht leicht gefallen. Nach Sichtung aller Unterlagen haben wir uns entschieden, Sie nicht zum Auswahltag einzuladen. Für das Programm haben wir Bewerberinnen und Bewerber mit Schwerpunkt Finanzierung und ersten Praxiserfahrungen im Kreditbereich bevorzugt.

Wir bedanken uns für Ihr Interesse an unserer Bank und wünschen Ihnen für Ihren weiteren Berufsweg viel Erfolg.

Mit freundlichen Grüßen

Volksbank Mittlere Weser eG
Personalmanagement

Volksbank Mittlere Weser eG, Lange Straße 19, 31582 Nienburg
Vorstand: Hartmut Lüers, Dr. Nina Reese - Aufsichtsratsvorsitzender: Jens Borchers
Genossenschaftsregister Amtsgericht Walsrode GnR 110045
""")

R("de", "after_application", "absage-werkstudent-it-sehr-kurz",
  co="Nexora Cloud Services GmbH",
  frm="Nexora Recruiting <recruiting@nexora-cloud.de>", to="emre",
  subj="Werkstudent DevOps – Rückmeldung",
  body="""Hallo Emre,

danke für deine Bewerbung. Wir haben die Stelle inzwischen vergeben und melden uns deshalb heute mit einer Absage.

Viel Erfolg weiterhin!
Nexora Recruiting
""")

R("de", "after_application", "absage-sozialarbeit-iso",
  co="Diakonisches Werk Nordheide",
  frm="Diakonisches Werk Nordheide <personalabteilung@diakonie-nordheide.de>", to="nour",
  subj="Ihre Bewerbung als Sozialarbeiterin / Sozialpaedagogin", charset="iso-8859-1",
  body="""Sehr geehrte Frau El-Sayed,

wir danken Ihnen für Ihre Bewerbung und Ihr Interesse an einer Mitarbeit in unserer Migrationsberatung.

Leider können wir Ihnen keine Zusage geben. Für die Stelle war eine staatliche Anerkennung als Sozialarbeiterin/Sozialpädagogin Voraussetzung; Ihr Abschluss befindet sich nach unserem Verständnis noch im Anerkennungsverfahren. Wir bedauern das sehr, da Ihre Sprachkenntnisse in Arabisch und Französisch für unsere Arbeit sehr wertvoll wären.

Sobald die Anerkennung vorliegt, freuen wir uns über eine erneute Bewerbung.

Mit freundlichen Grüßen

Heike Brunkhorst
Personalabteilung
Diakonisches Werk Nordheide, Am Markt 4, 21244 Buchholz i. d. Nordheide
""")

R("de", "after_application", "join-absage-barista",
  co="Rösterei Kaffeekollektiv",
  frm="Rösterei Kaffeekollektiv via JOIN <noreply@join.com>", reply_to="hallo@kaffeekollektiv-leipzig.de", to="sophie",
  subj="Neuigkeiten zu deiner Bewerbung als Barista (Teilzeit)", fmt="html", skin="card", color="#4b2e1e", site="join.com",
  powered="Diese E-Mail wurde über JOIN versendet.",
  body="""Hi Sophie,

vielen lieben Dank für deine Bewerbung bei uns im Kaffeekollektiv!

Wir haben uns jetzt für jemanden entschieden, der schon an einer Siebträgermaschine mit Dual-Boiler gearbeitet hat und auch samstags früh kann. Deswegen wird es mit uns dieses Mal nichts.

Komm trotzdem gern auf einen Flat White vorbei ☕

Liebe Grüße aus der Südvorstadt
Paul, Ronja & das Team
""")

R("de", "after_application", "absage-behoerde-tvoed",
  co="Landratsamt Hohenstaufen",
  frm="Landratsamt Hohenstaufen – Personal <personal@lra-hohenstaufen.de>", to="stefan",
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
""")

R("de", "after_application", "workable-absage-ux-researcher",
  co="Lumenhaus GmbH",
  frm="Lumenhaus GmbH <noreply@candidates.workablemail.com>", to="julia",
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
""")

R("de", "after_application", "absage-koch-hotel",
  co="Hotel Seeblick Tegernsee GmbH",
  frm="Hotel Seeblick Tegernsee <jobs@seeblick-tegernsee.de>", to="michal",
  subj="Ihre Bewerbung als Chef de Partie",
  body="""Servus Herr Kowalczyk,

vielen Dank für Ihre Bewerbung als Chef de Partie für unsere Saison.

Wir haben unsere Küchenbrigade für den Sommer inzwischen komplett, deshalb müssen wir Ihnen leider absagen. Ihre Erfahrung in der gehobenen Gastronomie hat uns aber gefallen – wenn Sie für die Wintersaison ab Dezember Interesse haben, melden Sie sich gern im Oktober bei uns.

Beste Grüße vom See
Andrea Gschwendtner
Personalleitung

Hotel Seeblick Tegernsee GmbH · Seestraße 60 · 83684 Tegernsee
Geschäftsführer: Maximilian Rieder · HRB 28876 AG München
""")

R("de", "after_application", "absage-ausbildung-kfz-handschriftlich",
  co="Autohaus Brenninger",
  frm="Autohaus Brenninger <service@autohaus-brenninger.de>", to="karim",
  subj="Ausbildung Kfz-Mechatroniker",
  body="""Hallo Karim,

danke für deine Bewerbung als Azubi Kfz-Mechatroniker. Wir haben uns für einen anderen Bewerber entschieden, der bei uns schon das Schulpraktikum gemacht hat.

Trotzdem viel Glück und lass dich nicht hängen, Betriebe suchen gerade überall Azubis.

Gruß
Sepp Brenninger
Werkstattmeister
""")

R("de", "after_application", "absage-senior-dev-personal-feedback-du",
  co="Quellwerk Software GmbH",
  frm="Matthias Oehler <matthias@quellwerk.dev>", to="piotr",
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
""")

R("de", "after_application", "absage-tischler-kleinbetrieb",
  co="Tischlerei Holzmanufaktur Wendt",
  frm="Tischlerei Wendt <kontakt@holzmanufaktur-wendt.de>", to="jonas",
  subj="Ihre Bewerbung",
  body="""Guten Tag Herr Weber,

wir haben Ihre Bewerbung als Tischlergeselle erhalten und bedanken uns dafür.

Wir haben uns aber inzwischen für jemanden aus der Region entschieden, weil die Stelle auch Bereitschaft für Montageeinsätze am Wochenende erfordert. Wir wünschen Ihnen alles Gute für die weitere Suche.

Mit freundlichem Gruß
Kerstin Wendt
Tischlerei Holzmanufaktur Wendt
Hauptstraße 23, 24340 Eckernförde
""")

R("de", "after_application", "absage-postdoc-uni-en-de",
  co="Universität Rosenheide",
  frm="Prof. Dr. Johannes Eckert <eckert@informatik.uni-rosenheide.de>", to="omar",
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
""")

R("de", "after_application", "absage-talentpool-grosskonzern-html",
  co="Helvion Versicherungen AG",
  frm="Helvion Karriere <karriere@helvion-versicherungen.de>", to="hannah",
  subj="Ihre Bewerbung bei Helvion: Referentin Nachhaltigkeit (w/m/d)", fmt="html", skin="card", color="#00617f",
  foot="Helvion Versicherungen AG · Konrad-Adenauer-Ring 8 · 50670 Köln\nVorsitzender des Aufsichtsrats: Dr. Bernhard Falk · Vorstand: Claudia Rehm (Vors.), Marc Ohlendorf\nSitz der Gesellschaft: Köln · Registergericht Köln HRB 77120",
  body="""Sehr geehrte Frau Vogel,

wir haben uns sehr über Ihre Bewerbung als Referentin Nachhaltigkeit (w/m/d) gefreut.

Nach intensiver Prüfung aller eingegangenen Bewerbungen müssen wir Ihnen mitteilen, dass wir Ihnen für diese Position keine Zusage geben können. Die Entscheidung fiel uns angesichts der hohen Qualität der Bewerbungen nicht leicht.

Ihr Profil hat uns dennoch angesprochen. Daher möchten wir Ihre Unterlagen gern für zwölf Monate in unserem Talentpool speichern und Sie kontaktieren, wenn eine passende Stelle frei wird. Sie müssen dafür nichts weiter tun; einen Widerruf können Sie jederzeit per E-Mail an datenschutz@helvion-versicherungen.de erklären.

Mit freundlichen Grüßen

Ihr Helvion Recruiting
""")

R("de", "after_application", "absage-verkauf-baumarkt-sms-stil",
  co="Baumarkt Kröger KG",
  frm="Baumarkt Kröger KG <filiale.stade@baumarkt-kroeger.de>", to="mehmet",
  subj="Bewerbung Verkäufer Gartenabteilung",
  body="""Hallo Herr Kaya,

danke für Ihre Bewerbung. Die Stelle im Garten haben wir intern besetzt, eine Kollegin aus der Kasse wechselt dahin. Deshalb können wir Sie leider nicht nehmen.

MfG
Kröger
Marktleitung Stade
""")

R("de", "after_application", "absage-junior-steuerberater-quereinstieg",
  co="Hartwig Treuhand PartG mbB",
  frm="Hartwig Treuhand – Karriere <karriere@hartwig-treuhand.de>", to="katarzyna",
  subj="Rückmeldung: Prüfungsassistent/in Wirtschaftsprüfung",
  body="""Guten Tag Frau Nowak,

vielen Dank für Ihre Bewerbung als Prüfungsassistentin in unserem Team in Hannover.

Wir haben Ihre Unterlagen mit Interesse gelesen. Ihr Profil passt jedoch nicht ganz zu den Anforderungen dieser Einstiegsposition: Wir suchen Absolvent:innen mit Schwerpunkt Rechnungslegung und Prüfungswesen, während Ihr Studium und Ihre bisherige Tätigkeit stärker im Bereich Controlling liegen. Wir werden Ihre Bewerbung deshalb nicht weiter berücksichtigen.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Hartwig Treuhand Partnerschaftsgesellschaft mbB
Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft
Sitz: Hannover · Partnerschaftsregister AG Hannover PR 2081
""")
# ---------------------------------------------------------------------------------------------
# German rejections after application, part 2
# ---------------------------------------------------------------------------------------------

R("de", "after_application", "absage-pflegehelferin-seniorenheim",
  co="Seniorenresidenz Am Kurpark",
  frm="Seniorenresidenz Am Kurpark <verwaltung@residenz-am-kurpark.de>", to="yasmin",
  subj="Ihre Bewerbung als Pflegehelferin",
  body="""Sehr geehrte Frau Haddad,

vielen Dank für Ihre Bewerbung und das nette Telefonat mit unserer Pflegedienstleitung Frau Böhm letzte Woche.

Wie besprochen hatten wir nur eine Stelle im Nachtdienst zu vergeben. Da Sie aus familiären Gründen keine Nachtdienste übernehmen können, kommt eine Einstellung derzeit leider nicht zustande.

Sollten wir wieder eine Stelle im Früh- oder Spätdienst ausschreiben, kommen wir gern auf Sie zu.

Mit freundlichen Grüßen
Ilse Krämer
Verwaltung

Seniorenresidenz Am Kurpark GmbH · Kurparkallee 2 · 34537 Bad Wildungen
""")

R("de", "after_application", "absage-vertretungslehrkraft-gymnasium",
  co="Gymnasium am Wall",
  frm="Sekretariat Gymnasium am Wall <sekretariat@gymnasium-am-wall.schule>", to="friederike",
  subj="Vertretungsstelle Englisch/Deutsch – Ihre Bewerbung",
  body="""Sehr geehrte Frau Hagen,

im Auftrag der Schulleitung bedanke ich mich für Ihre Bewerbung auf die befristete Vertretungsstelle (Elternzeitvertretung) in den Fächern Englisch und Deutsch.

Die Schulleitung hat sich für eine Bewerberin mit der Fächerkombination Englisch/Französisch entschieden, da im kommenden Halbjahr vor allem Französischstunden aufgefangen werden müssen. Ihre Bewerbung konnte deshalb nicht berücksichtigt werden.

Wir wünschen Ihnen für Ihre weitere Laufbahn im Schuldienst alles Gute.

Mit freundlichen Grüßen
i. A. Monika Stüve
Schulsekretariat
""")

R("de", "after_application", "absage-pta-apotheke",
  co="Löwen-Apotheke am Dom",
  frm="Löwen-Apotheke am Dom <info@loewen-apotheke-dom.de>", to="merve",
  subj="PTA-Stelle",
  body="""Liebe Frau Yıldız,

danke für Ihre Bewerbung als PTA bei uns. Wir haben uns inzwischen für eine Kollegin entschieden, die schon Erfahrung mit der Herstellung von Rezepturen im Sterillabor hat, das war uns für die Stelle sehr wichtig.

Ich wünsche Ihnen viel Glück bei Ihrer Suche, PTAs werden ja überall gesucht :)

Herzliche Grüße
Apothekerin Dr. Claudia Fenske
Inhaberin, Löwen-Apotheke am Dom e.K.
Domplatz 9, 38820 Halberstadt
""")

R("de", "after_application", "absage-minijob-baeckerei",
  co="Bäckerei Kornmühle",
  frm="Bäckerei Kornmühle <bewerbung@baeckerei-kornmuehle.de>", to="julia",
  subj="Aushilfe Verkauf (Minijob)",
  body="""Hallo Frau Zielińska,

danke für Ihre Nachricht und Ihren Lebenslauf. Wir brauchen für den Minijob jemanden, der vor allem samstags und sonntags ab 6 Uhr in der Filiale steht. Da Sie geschrieben haben, dass das am Wochenende nur nachmittags geht, passt es leider nicht.

Viele Grüße
Angelika Hirsch
Filialleitung Kornmühle Lindenstraße
""")

R("de", "after_application", "absage-personalberatung-mandant",
  co="Kranich Executive Search GmbH",
  frm="Dr. Tobias Engelhardt <t.engelhardt@kranich-search.de>", to="stefan",
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
""")

R("de", "after_application", "weitergeleitet-absage-uni-an-privat",
  co="Institut für Angewandte Photonik",
  frm="Aylin Demir <a.demir@stud.uni-jena-nord.de>", to="aylin",
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
""", date="2023-11-13 15:20")

R("de", "after_application", "absage-schweiz-grueezi",
  co="Alpenfirn Treuhand AG",
  frm="Alpenfirn Treuhand AG <jobs@alpenfirn-treuhand.ch>", to="tobias", tz="Europe/Zurich",
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
""")

R("de", "after_application", "absage-oesterreich-wien",
  co="Donaublick Immobilien GmbH",
  frm="Mag. Verena Pichler <v.pichler@donaublick-immo.at>", to="katarzyna", tz="Europe/Vienna",
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
""")

R("de", "after_application", "absage-ausbildung-pflege-bewerbende",
  co="Kreiskliniken Lahn-Dill-Bergland",
  frm="Pflegeschule der Kreiskliniken <pflegeschule@kreiskliniken-ldb.de>", to="karim",
  subj="Ausbildung Pflegefachfrau/Pflegefachmann – Ihre Bewerbung zum 1. Oktober",
  body="""Guten Tag Herr Mansour,

vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz an unserer Pflegeschule.

Für den Ausbildungsstart im Oktober haben sich in diesem Jahr mehr als dreimal so viele Bewerbende gemeldet, wie wir Plätze haben. Nach Prüfung der Unterlagen können wir Ihnen keinen Platz anbieten. Dies liegt unter anderem daran, dass für Bewerbende mit ausländischem Schulabschluss die Anerkennung durch das Regierungspräsidium vorliegen muss; diese fehlt in Ihren Unterlagen bisher.

Bitte bewerben Sie sich gern zum nächsten Ausbildungsjahrgang erneut, sobald die Anerkennung vorliegt. Ausbildungsbeginn ist jeweils am 1. April und 1. Oktober.

Freundliche Grüße
Schulleitung der Pflegeschule
Kreiskliniken Lahn-Dill-Bergland gGmbH
""")

R("de", "after_application", "umantis-status-absage",
  co="Bundesanstalt für Materialsicherheit (BAMS)",
  frm="Bewerbungsportal BAMS <noreply@bams-bund.umantis.com>", to="lukas",
  subj="Statusänderung Ihrer Bewerbung – Kennziffer 118/24-III", fmt="html", skin="card", color="#004b87",
  powered="Dies ist eine automatisch generierte Nachricht.",
  body="""Sehr geehrter Herr Brandt,

zu Ihrer Bewerbung auf die Stelle „Ingenieurin/Ingenieur (FH/Bachelor) Werkstoffprüfung" (Kennziffer 118/24-III) gibt es eine neue Information.

Nach Abschluss der Vorauswahl können wir Sie leider nicht zum Auswahlgespräch einladen. Die Auswahl erfolgte anhand der in der Ausschreibung festgelegten Kriterien; bei gleicher Eignung wurden schwerbehinderte Menschen vorrangig berücksichtigt.

Die über Sie gespeicherten Daten werden nach Ablauf von sechs Monaten nach Abschluss des Verfahrens gelöscht. Ihr Benutzerkonto im Bewerbungsportal bleibt bestehen, bis Sie es selbst löschen.

Mit freundlichen Grüßen
Ihr Referat Personalgewinnung
""", date="2024-09-03 07:31")

R("de", "after_application", "absage-ueberqualifiziert",
  co="Regionalverkehr Oberlausitz GmbH",
  frm="Anke Liebscher <a.liebscher@rvo-bus.de>", to="omar",
  subj="Bewerbung Disponent (m/w/d) – Antwort",
  body="""Sehr geehrter Herr Al-Khatib,

herzlichen Dank für Ihre Bewerbung als Disponent in unserer Leitstelle Bautzen.

Ganz offen: Mit Ihrer Promotion und der Erfahrung als Projektleiter sind Sie für die Stelle deutlich überqualifiziert. Wir befürchten, dass die Aufgaben – im Wesentlichen Dienstplanung und Einsatzsteuerung im Schichtdienst – Sie auf Dauer nicht ausfüllen würden. Wir haben uns daher entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.

Bitte verstehen Sie das nicht falsch. Wir wünschen Ihnen, dass Sie eine Stelle finden, die Ihrem Profil gerecht wird.

Mit freundlichen Grüßen
Anke Liebscher
Personal

Regionalverkehr Oberlausitz GmbH | Taucherstraße 15 | 02625 Bautzen
""")

R("de", "after_application", "absage-werkstudent-exmatrikulation",
  co="Solvion Netze GmbH",
  frm="Solvion Netze – Personal <personal@solvion-netze.de>", to="felix",
  subj="Ihre Bewerbung als Werkstudent Netzplanung",
  body="""Hallo Herr Neumann,

vielen Dank für Ihre Bewerbung als Werkstudent im Bereich Netzplanung.

Aus Ihren Unterlagen geht hervor, dass Sie Ihr Studium voraussichtlich im März abschließen. Wir suchen für die Stelle jedoch Studierende, die mindestens noch zwei Semester eingeschrieben sind, da die Einarbeitung recht aufwendig ist. Wir können Ihre Bewerbung deshalb nicht berücksichtigen.

Wenn Sie nach dem Abschluss an einem Berufseinstieg bei uns interessiert sind, schauen Sie gern auf unsere Stellenanzeigen für Absolvent*innen.

Beste Grüße
Lea Hansen
Personalreferentin Hochschulmarketing
""")

R("de", "after_application", "absage-duales-studium-spedition",
  co="Spedition Thiele & Partner GmbH",
  frm="Thiele Karriere <azubi@thiele-spedition.de>", to="zeynep",
  subj="Duales Studium BWL – Spedition, Transport und Logistik",
  body="""Hallo Zeynep,

danke, dass du dich bei uns für das duale Studium BWL mit Schwerpunkt Logistik beworben hast!

Leider können wir dir keinen Studienplatz anbieten. Wir haben nur zwei Plätze und uns für Bewerber*innen entschieden, die bereits ein Praktikum im Speditionsbereich gemacht haben.

Kopf hoch – du hast ein tolles Anschreiben geschrieben. Vielleicht sieht man sich ja bei einem unserer Azubi-Infotage wieder.

Viele Grüße
Jasmin & Ole aus dem Ausbildungsteam
Spedition Thiele & Partner GmbH, Hafenstraße 101, 28217 Bremen
""")

R("de", "after_application", "absage-architekturbuero-initiativ",
  co="Kühn Baumgart Architekten PartGmbB",
  frm="Büro Kühn Baumgart <buero@kuehn-baumgart-architekten.de>", to="lena",
  subj="Re: Initiativbewerbung Architektin LP 5–8",
  thread=[("web.de", "uuid")],
  body="""Liebe Frau Hoffmann,

vielen Dank für Ihre Initiativbewerbung und die schöne Mappe.

Momentan sind wir personell gut aufgestellt und planen keine Neueinstellung in der Ausführungsplanung. Daher müssen wir Ihnen absagen. Sollte sich das ändern, melden wir uns – sofern Sie einverstanden sind, dass wir Ihre Unterlagen so lange behalten (kurze Antwort genügt).

Herzliche Grüße
Johanna Baumgart

Kühn Baumgart Architekten PartGmbB
Rosenthaler Straße 40, 10178 Berlin
""")

R("de", "after_application", "absage-lebensmittelchemie-labor-html",
  co="Ceres Analytik GmbH",
  frm="Ceres Analytik GmbH – Human Resources <hr@ceres-analytik.de>", to="nour",
  subj="Ihre Bewerbung als Lebensmittelchemikerin (m/w/d) – Prüflabor Rückstandsanalytik", fmt="html", skin="outlook",
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
""")

R("de", "after_application", "absage-personalreferent-unterlagen-post",
  co="Weserland Möbelwerke GmbH",
  frm="Weserland Möbelwerke GmbH <personal@weserland-moebel.de>", to="stefan",
  subj="Ihre Bewerbung als Personalreferent (m/w/d)",
  body="""Sehr geehrter Herr Wagner,

für Ihre Bewerbung und Ihr Interesse an einer Tätigkeit in unserem Hause danken wir Ihnen sehr.

Wir haben die eingegangenen Bewerbungen sorgfältig miteinander verglichen. Dabei mussten wir feststellen, dass andere Bewerber den Anforderungen der Stelle in höherem Maße entsprechen. Wir bedauern daher, Ihnen keine positive Nachricht geben zu können.

Ihre per Post eingereichten Bewerbungsunterlagen senden wir Ihnen in den nächsten Tagen zurück.

Mit freundlichen Grüßen

Weserland Möbelwerke GmbH
ppa. Hans-Dieter Bruns
Leiter Personal und Recht
""")

R("de", "after_application", "recruitee-absage-data-scientist",
  co="Meridian Mobility GmbH",
  frm="Meridian Mobility Hiring Team <meridianmobility@mail.recruitee.com>", to="david",
  subj="Absage – Ihre Bewerbung als Data Scientist (Pricing)", fmt="alt", skin="card", color="#0f766e",
  body="""Hallo David Roth,

vielen Dank für Ihre Bewerbung als Data Scientist im Pricing-Team.

Wir müssen Ihnen leider mitteilen, dass wir uns gegen eine Fortsetzung des Bewerbungsprozesses entschieden haben. In der ersten Runde haben wir uns auf Profile mit nachweisbarer Erfahrung mit Preisoptimierung und kausaler Inferenz in Produktivsystemen konzentriert.

Danke für Ihr Interesse an Meridian Mobility und viel Erfolg!

Ihr Meridian Hiring Team
""")

R("de", "after_application", "absage-freelance-projekt-sap",
  co="Vektor IT-Projektvermittlung GmbH",
  frm="Vektor Projektvermittlung <projekte@vektor-it-projekte.de>", to="michal",
  subj="Projekt 25-0871 SAP Basis Administrator (Remote, 6 Monate) – Absage des Kunden",
  body="""Hallo Herr Kowalczyk,

danke, dass Sie uns Ihr Profil für das Projekt 25-0871 zur Verfügung gestellt haben.

Der Endkunde hat uns heute mitgeteilt, dass er sich für einen anderen Freelancer entschieden hat. Gründe wurden nicht im Detail genannt; nach unserer Einschätzung war der Stundensatz ein Faktor.

Wir behalten Ihr Profil in unserer Datenbank und melden uns bei passenden Anfragen.

Viele Grüße
Jens Kalkbrenner
Account Manager
Vektor IT-Projektvermittlung GmbH · Frankfurt am Main
""", date="2025-02-18 16:47")

R("de", "after_application", "du-kurzes-update-startup",
  co="Glimmer Labs GmbH",
  frm="Sina | Glimmer Labs <sina@glimmerlabs.de>", to="leonie",
  subj="Kurzes Update zu deiner Bewerbung",
  body="""Hey Leonie,

ich wollte mich nicht zu lange Zeit lassen: wir gehen mit deiner Bewerbung als Community Managerin nicht weiter. Andere Bewerber*innen hatten schon mehr Erfahrung mit Discord-Communities in der Größenordnung, die wir haben.

Danke dir trotzdem, und alles Gute!
Sina
""")

R("de", "after_application", "smartrecruiters-absage-finance",
  co="Aurelion Industrial Holding SE",
  frm="Aurelion Careers <careers@smartrecruiters.com>", reply_to="no-reply@aurelion-group.com", to="aylin",
  subj="Regarding your application – Financial Analyst (m/f/d)", fmt="html", skin="card", color="#1d3557",
  body="""Liebe Aylin Demir,

vielen Dank für Ihr Interesse an Aurelion und Ihre Bewerbung als Financial Analyst (m/w/d) in Mannheim.

Wir haben Ihre Qualifikationen mit den Anforderungen der Position verglichen und uns entschlossen, andere Bewerberinnen und Bewerber weiter zu berücksichtigen. Wir wissen, dass dies nicht die Nachricht ist, auf die Sie gehofft haben.

Ihr Kandidatenprofil bleibt in unserem System gespeichert, sodass Sie sich jederzeit auf weitere Stellen bewerben können.

Viel Erfolg bei Ihrer Karriere!
Aurelion Global Talent Acquisition
""")

R("de", "after_application", "absage-jura-referendariat-station",
  co="Kanzlei Dr. Seidel & Partner Rechtsanwälte mbB",
  frm="Dr. Ines Seidel <seidel@seidel-partner-recht.de>", to="marie",
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
""")

R("de", "after_application", "absage-mechatroniker-schicht-alt",
  co="Rheintal Kunststofftechnik GmbH",
  frm="Rheintal Kunststofftechnik <karriere@rheintal-kunststoff.de>", to="emre",
  subj="Rückmeldung zu Ihrer Bewerbung als Mechatroniker im 3-Schicht-Betrieb", fmt="alt", skin="simple",
  body="""Sehr geehrter Herr Aksoy,

wir danken Ihnen für Ihr Interesse an unserem Unternehmen.

Nach Prüfung Ihrer Unterlagen haben wir uns entschieden, Ihnen für die ausgeschriebene Position keine Zusage zu geben. Ausschlaggebend waren die fehlenden Kenntnisse in der Wartung von Spritzgießmaschinen, die wir für die selbstständige Tätigkeit im Schichtbetrieb voraussetzen.

Gern möchten wir Sie aber auf unsere offene Stelle als Maschinenbediener mit Weiterbildungsmöglichkeit hinweisen. Wenn Sie daran Interesse haben, bewerben Sie sich bitte über unsere Karriereseite.

Mit freundlichen Grüßen

Personalabteilung
Rheintal Kunststofftechnik GmbH, Industriestraße 14, 76437 Rastatt
Geschäftsführer: Bernd Oswald · Amtsgericht Mannheim HRB 705528
""")

# --- family: one hosted-ATS rejection template ("Personio-style") used by several small firms ---
_PERSONIO_REJ = [
    ("Brennwerk Heiztechnik GmbH", "Servicetechniker Wärmepumpen (m/w/d)", "jonas", "#d35400", "2023-10-11 14:02"),
    ("Ostseeperle Reisen GmbH", "Reiseverkehrskauffrau/-mann (m/w/d)", "annika", "#0077b6", "2024-02-20 09:48"),
    ("Zahnwerk Dentallabor GmbH", "Zahntechniker:in CAD/CAM", "piotr", "#6a994e", "2024-08-07 11:15"),
    ("Lichtblick Eventtechnik GmbH", "Veranstaltungskaufmann/-frau (m/w/d)", "sophie", "#9d4edd", "2025-04-15 16:30"),
    ("Feldmann Agrarhandel KG", "Buchhalter:in in Teilzeit", "julia", "#588157", "2025-11-03 10:05"),
    ("Nordlicht Payroll Services GmbH", "Payroll Specialist (m/w/d)", "karim", "#264653", "2026-06-23 13:37"),
]
for _i, (_co, _role, _who, _col, _date) in enumerate(_PERSONIO_REJ):
    _slug = re.sub(r"[^a-z]+", "-", _co.lower().split()[0].replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")).strip("-")
    R("de", "after_application", f"personio-absage-{_slug}",
      group="de-fam-personio-absage", co=_co, color=_col, date=_date,
      frm=f"Karriere | {_co} <noreply@jobs.personio.de>", to=_who,
      fmt=("html" if _i % 2 else "alt"), skin="card", site="personio.de",
      powered="Gesendet über Personio",
      subj=f"Ihre Bewerbung als {_role}",
      body=f"""Hallo {{{{first}}}} {{{{last}}}},

vielen Dank für Ihr Interesse an {_co} und Ihre Bewerbung als {_role}.

Wir haben Ihre Unterlagen aufmerksam gelesen. Nach reiflicher Überlegung haben wir uns jedoch entschieden, den Bewerbungsprozess mit anderen Kandidat:innen fortzusetzen.

Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg und alles Gute.

Ihre personenbezogenen Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Viele Grüße
Ihr Team von {_co}
""")
# ---------------------------------------------------------------------------------------------
# German rejections after interview (hand-written, one group each)
# ---------------------------------------------------------------------------------------------

R("de", "after_interview", "nach-telefoninterview-recruiterin",
  co="Arventa Software AG",
  frm="Vanessa Kruse <vanessa.kruse@arventa.de>", to="lena",
  subj="Ihre Bewerbung als Technical Writer – Rückmeldung nach unserem Telefonat", fmt="html", skin="outlook",
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
""")

R("de", "after_interview", "nach-zweitem-gespraech-gf-thread",
  co="Breuer Präzisionsteile GmbH",
  frm="Heinrich Breuer <h.breuer@breuer-praezision.de>", to="stefan",
  subj="AW: Vielen Dank für das Gespräch",
  thread=[("t-online.de", "uuid")], date="2025-03-14 17:52",
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
""")

R("de", "after_interview", "nach-probearbeit-kueche",
  co="Restaurant Kaiserhof Weinheim",
  frm="Kaiserhof Küche <kueche@kaiserhof-weinheim.de>", to="michal",
  subj="Probearbeit letzte Woche",
  body="""Hallo Michał,

danke nochmal dass du am Samstag zum Probearbeiten da warst, war ein voller Abend und du hast gut mitgezogen.

Wir haben uns trotzdem für jemand anderen entschieden, ehrlich gesagt weil du mit der Patisserie noch nicht so sicher bist und wir genau da jemanden brauchen der den Posten alleine schmeißt. Am Grill und am Garde-Manger warst du top.

Falls du mal wieder in der Gegend suchst, meld dich ruhig. Alles Gute!

Gruß
Benedikt Ramm
Küchenchef
""")

R("de", "after_interview", "nach-hospitation-kita",
  co="Evangelische Kita Regenbogen",
  frm="Kita Regenbogen Leitung <leitung@kita-regenbogen-wedel.de>", to="sophie",
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
""")

R("de", "after_interview", "nach-assessment-center-bank",
  co="Nordbank Hanse AG",
  frm="Nordbank Hanse – Talent Acquisition <talent@nordbank-hanse.de>", to="lukas",
  subj="Ergebnis des Assessment-Centers vom 18. Oktober", fmt="alt", skin="card", color="#0b3d91",
  foot="Nordbank Hanse AG · Ballindamm 27 · 20095 Hamburg\nVorstand: Dr. Ralf Hinrichs (Vorsitzender), Tanja Osterloh, Jörg Sievers · Vorsitzender des Aufsichtsrats: Peter Kallweit\nSitz der Gesellschaft: Hamburg · Amtsgericht Hamburg HRB 150221",
  date="2023-10-25 15:12",
  body="""Sehr geehrter Herr Brandt,

vielen Dank für Ihre Teilnahme an unserem Assessment-Center für das Traineeprogramm Corporate Banking am 18. Oktober in Hamburg.

Die Beobachterinnen und Beobachter haben alle Übungen – Gruppendiskussion, Kundengespräch, Präsentation und Fallstudie – gemeinsam ausgewertet. Auch wenn Sie in der Präsentation einen sehr guten Eindruck hinterlassen haben, konnten wir Sie im Gesamtergebnis nicht für einen der Traineeplätze berücksichtigen. Insbesondere im simulierten Kundengespräch haben andere Teilnehmende die Bedarfsanalyse strukturierter geführt.

Wir wissen, wie viel Vorbereitung in einem solchen Tag steckt, und danken Ihnen für Ihr Engagement. Für ein persönliches Feedbackgespräch steht Ihnen Frau Ahlers gerne zur Verfügung (Tel. 040 3618-4420).

Mit freundlichen Grüßen
Ihr Talent-Acquisition-Team
""")

R("de", "after_interview", "nach-fallstudie-beratung-feedback",
  co="Ostrander & Lutz Strategieberatung GmbH",
  frm="Dr. Katharina Lutz <katharina.lutz@ostrander-lutz.com>", to="aylin",
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
""")

R("de", "after_interview", "nach-take-home-aufgabe-du",
  co="Kaskade Energy Tech GmbH",
  frm="Jan-Ole Brinkmann <janole@kaskade.energy>", to="emre",
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
""")

R("de", "after_interview", "iphone-absage-dachdecker",
  co="Dachdeckerei Lüttmann",
  frm="Frank Lüttmann <f.luettmann@dach-luettmann.de>", to="karim",
  subj="Re: Bewerbung Dachdeckergeselle",
  thread=[("outlook.de", "outlook")], fmt="alt", skin="apple", mid_style="apple",
  body="""Hallo Herr Mansour,

danke nochmal fürs Vorbeikommen. Ich hab mich jetzt für jemand anderen entschieden der schon länger Flachdach macht. Trotzdem alles Gute und viel Erfolg!

Gruß Frank Lüttmann

Von meinem iPhone gesendet
""")

R("de", "after_interview", "agentur-feedback-vom-kunden",
  co="Personalwerk Rhein-Main GmbH",
  frm="Denise Kowalski <d.kowalski@personalwerk-rm.de>", to="zeynep",
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
""")

R("de", "after_interview", "nach-teams-interview-remote-denglisch",
  co="Cloudmarkt Solutions GmbH",
  frm="Ricarda Ulrich <ricarda.ulrich@cloudmarkt.io>", to="piotr",
  subj="Your interview with Cloudmarkt / Dein Gespräch mit uns",
  body="""Hi Piotr,

thanks a lot for taking the time to talk to Sebastian and me on Teams last Friday – wir hatten wirklich ein gutes Gefühl nach dem Gespräch.

After a lot of back and forth we decided to move forward with another candidate for the Platform Engineer role. Der ausschlaggebende Punkt war am Ende die tiefere Erfahrung mit Kubernetes-Operatoren, die die andere Person mitbringt.

Ich weiß, das ist nicht die Antwort, auf die du gehofft hast. If you'd like more detailed feedback, I'm happy to set up a short call.

All the best,
Ricarda

Ricarda Ulrich | Head of People
Cloudmarkt Solutions GmbH | Leipzig / Remote
""")

R("de", "after_interview", "nach-unterrichtsbesuch-privatschule",
  co="Internatsschule Schloss Rotenfels",
  frm="Dr. Albrecht Kessel <a.kessel@schloss-rotenfels.de>", to="friederike",
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
""")

R("de", "after_interview", "berufungsverfahren-professur",
  co="Hochschule Weserbergland",
  frm="Dekanat Fakultät Technik <dekanat.technik@hs-weserbergland.de>", to="omar",
  subj="Berufungsverfahren W2-Professur „Eingebettete Systeme“ – Mitteilung",
  body="""Sehr geehrter Herr Dr. Al-Khatib,

im Namen der Berufungskommission danke ich Ihnen für Ihre Bewerbung sowie für Ihren Vortrag und die Lehrprobe im Rahmen des Berufungsverfahrens für die W2-Professur „Eingebettete Systeme".

Die Berufungskommission hat in ihrer Sitzung am 21. Mai über den Berufungsvorschlag beraten. Ich muss Ihnen mitteilen, dass Sie nicht in die Berufungsliste aufgenommen wurden. Wir bitten um Verständnis, dass wir aus Gründen der Vertraulichkeit keine näheren Auskünfte zum Verfahren geben können.

Für Ihre weitere wissenschaftliche Laufbahn wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen
Prof. Dr.-Ing. Gerd Mahnke
Vorsitzender der Berufungskommission
Dekan der Fakultät Technik
""")

R("de", "after_interview", "pflegedienstleitung-nach-gespraech",
  co="Ambulanter Pflegedienst Lebenswert GmbH",
  frm="Monika Sturm <m.sturm@pflege-lebenswert.de>", to="merve",
  subj="Unser Gespräch am Montag",
  body="""Liebe Frau Yıldız,

zunächst nochmals vielen Dank für das offene Gespräch am Montag. Sie haben mir einen sehr guten Einblick gegeben, wie Sie Ihr Team auf der Station führen.

Ich habe mich jetzt dennoch entschieden, die Stelle der stellvertretenden Pflegedienstleitung mit einer Bewerberin zu besetzen, die die Weiterbildung zur PDL bereits abgeschlossen hat. Das ist für unsere Zulassung bei den Kassen leider zwingend, und ich kann mit der Besetzung nicht warten, bis Ihr Kurs im Herbst beendet ist.

Es tut mir wirklich leid. Sollten Sie nach Abschluss der Weiterbildung noch suchen, würde ich mich sehr über einen Anruf freuen.

Herzliche Grüße
Monika Sturm
Inhaberin und Pflegedienstleitung
Ambulanter Pflegedienst Lebenswert GmbH · Marktstraße 9 · 99084 Erfurt
""")

R("de", "after_interview", "steuerberatung-nach-gespraech-partner",
  co="Wendt Kaminski Steuerberater PartGmbB",
  frm="Andreas Kaminski <a.kaminski@wk-steuer.de>", to="nour",
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
""")

R("de", "after_interview", "agentur-designer-workshoptag",
  co="Studio Feldlinie GmbH",
  frm="Studio Feldlinie <hallo@studio-feldlinie.de>", to="julia",
  subj="Danke für den Workshop-Tag!",
  fmt="alt", skin="simple",
  body="""Liebe Julia,

danke, dass du dir einen ganzen Tag Zeit genommen hast, um mit uns am Markenworkshop für die Stadtbibliothek zu arbeiten. Deine Skizzen zur Wegeleitung hängen immer noch an unserer Pinnwand.

Wir haben uns am Ende für eine Designerin entschieden, die mehr Erfahrung mit Editorial Design mitbringt, weil im nächsten Jahr zwei große Buchprojekte anstehen. Es war eine knappe Entscheidung.

Wir würden dich gern als Freelancerin für Illustrationsaufträge im Hinterkopf behalten, wenn du magst.

Alles Liebe
Maren & Tobi
Studio Feldlinie · Grafik & Kommunikation · Köln-Ehrenfeld
""")

R("de", "after_interview", "behoerde-auswahlkommission",
  co="Hansestadt Lüneborg",
  frm="Personalservice Hansestadt <personalservice@hansestadt-lueneborg.de>", to="annika",
  subj="Auswahlverfahren Kennziffer 2024/088 – Ergebnis",
  date="2024-07-09 10:31",
  body="""Sehr geehrte Frau Petersen,

wir bedanken uns für Ihre Teilnahme am Auswahlgespräch am 27. Juni 2024 für die Stelle „Sachbearbeitung Elterngeld" (Kennziffer 2024/088, EG 9a TVöD).

Die Auswahlkommission hat nach Abschluss aller Gespräche entschieden, die Stelle einer anderen Bewerberin zu übertragen. Die Entscheidung beruht auf einem Vergleich von Eignung, Befähigung und fachlicher Leistung aller Bewerbenden nach Art. 33 Abs. 2 GG.

Gegen die Auswahlentscheidung können Sie innerhalb von zwei Wochen nach Zugang dieser Mitteilung Einsicht in die Auswahlunterlagen beantragen.

Mit freundlichen Grüßen
Im Auftrag
Schwarzkopf
""")

R("de", "after_interview", "zweiter-platz-engste-auswahl",
  co="Auenland Bioprodukte GmbH",
  frm="Clara Bachmann <clara.bachmann@auenland-bio.de>", to="hannah",
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
""")

R("de", "after_interview", "hiring-manager-tippfehler",
  co="Weigand Haustechnik GmbH",
  frm="Thomas Weigand <thomas@weigand-haustechnik.de>", to="jonas",
  subj="Gespräch Bauleiter SHK",
  body="""Hallo Herr Weber

danke nochmal fürs Gespräch am Dienstag. Ich hab lange überlegt aber wir machen es jetzt doch nicht zusammen, mir ist die Erfahrung mit großen Objekten (Krankenhäuser, Schulen) einfach zu wenig bei ihnen und ich kann grad niemand richtig einarbeiten weil mein zweiter Bauleiter im Sommer in Rente geht.

Sorry dass es jetzt doch länger gedauert hat mit der Antwort.

Schöne Grüße
Thomas Weigand
GF
Weigand Haustechnik GmbH | Gewerbepark Süd 8 | 91126 Schwabach
""")

R("de", "after_interview", "recruiter-html-telefonfeedback",
  co="Sonnenberg Kliniken Holding AG",
  frm="Recruiting Sonnenberg Kliniken <recruiting@sonnenberg-kliniken.de>", to="yasmin",
  subj="Ihre Bewerbung als Medizinische Dokumentarin – Rückmeldung", fmt="html", skin="card", color="#4a7c59",
  foot="Sonnenberg Kliniken Holding AG · Bergstraße 140 · 69121 Heidelberg\nVorstand: Dr. med. Ursula Braun, Karsten Heil · Amtsgericht Mannheim HRB 338811",
  body="""Sehr geehrte Frau Haddad,

vielen Dank für das Vorstellungsgespräch, das Sie mit Frau Dr. Meissner und Herrn Stoll geführt haben.

Wir möchten Ihnen mitteilen, dass wir uns nach Abschluss aller Gespräche für eine andere Bewerberin entschieden haben. Diese Entscheidung ist uns nicht leicht gefallen, denn Sie haben uns sowohl fachlich als auch persönlich überzeugt.

Gerne geben wir Ihnen telefonisch ein ausführlicheres Feedback. Vereinbaren Sie dazu einfach einen Termin mit Frau Schubert unter 06221 487-330.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Sonnenberg Kliniken
""")

R("de", "after_interview", "azubi-kennenlerngespraech",
  co="Bauunternehmung Gerdes GmbH & Co. KG",
  frm="Bauunternehmung Gerdes <ausbildung@gerdes-bau.de>", to="karim",
  subj="Ihr Kennenlerngespräch für die Ausbildung zum Bauzeichner",
  body="""Hallo Karim,

danke, dass du mit deiner Mutter zum Kennenlerngespräch zu uns gekommen bist. Wir haben uns über dein Interesse an Architektur und Bauzeichnung sehr gefreut.

Nach den Gesprächen mit allen Bewerber*innen haben wir uns für einen anderen Bewerber entschieden, der sich schon sehr sicher mit CAD-Programmen auskennt. Einen Ausbildungsplatz können wir dir deshalb in diesem Jahr nicht anbieten.

Ein Tipp von uns: Die Agentur für Arbeit hat noch viele freie Ausbildungsplätze als Bauzeichner*in im Landkreis. Wir drücken dir die Daumen!

Viele Grüße
Britta Gerdes
Ausbildungsbeauftragte
Bauunternehmung Gerdes GmbH & Co. KG · Am Hafen 14 · 26789 Leer
""")

R("de", "after_interview", "probearbeit-kfz-werkstatt",
  co="Kfz-Meisterbetrieb Ozan & Söhne",
  frm="Kfz Ozan <werkstatt@kfz-ozan.de>", to="mehmet",
  subj="Probearbeit",
  body="""Merhaba Mehmet,

danke nochmal für die zwei Tage Probearbeit bei uns. Du bist zuverlässig und freundlich, das hat allen gefallen. Aber bei der Diagnose an den neueren Fahrzeugen (Hybrid, Hochvolt) fehlt dir noch einiges, und wir brauchen jetzt jemanden der das sofort kann. Deshalb wird es leider nichts mit der Festanstellung.

Wenn du den HV-Schein machst, ruf mich gern nochmal an.

Gruß
Serkan Ozan
Kfz-Meisterbetrieb Ozan & Söhne, Rudolf-Diesel-Str. 3, 73037 Göppingen
""")

R("de", "after_interview", "startup-ngo-fundraising",
  co="Brunnen für Morgen e.V.",
  frm="Katja Ebeling <katja.ebeling@brunnen-fuer-morgen.org>", to="marie",
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
""")

R("de", "after_interview", "werkstudent-telefonat-kurz",
  co="Orbitfabrik GmbH",
  frm="Orbitfabrik Talent <talent@orbitfabrik.de>", to="leonie",
  subj="Werkstudentin Content – Absage nach Telefonat",
  body="""Hallo Leonie,

danke für das nette Telefonat am Mittwoch! Wir haben uns entschieden, mit einer anderen Bewerberin weiterzugehen, die zeitlich etwas flexibler ist (wir brauchen jemanden auch montags im Büro).

Wir wünschen dir viel Erfolg im Studium und bei der Suche!

Viele Grüße
Jule von Orbitfabrik
""")

R("de", "after_interview", "lagerleiter-nach-gespraech-dienstag",
  co="Transco Kontraktlogistik GmbH",
  frm="Ralf Seidel <ralf.seidel@transco-logistik.de>", to="omar",
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
""")

R("de", "after_interview", "big4-nach-interview-html",
  co="Kessler Weidemann & Co. Wirtschaftsprüfungsgesellschaft",
  frm="Kessler Weidemann Recruiting <recruiting@kessler-weidemann.de>", to="katarzyna",
  subj="Ihre Bewerbung als Consultant Financial Services (w/m/d) – Entscheidung",
  fmt="alt", skin="outlook",
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
""")

R("de", "after_interview", "nachfrage-spaete-rueckmeldung-thread",
  co="Pegasus Medien GmbH",
  frm="Birgit Holtkamp <b.holtkamp@pegasus-medien.de>", to="felix",
  subj="AW: Nachfrage zu meiner Bewerbung (Mediengestalter)",
  thread=[("gmx.de", "uuid")], date="2024-11-28 13:06",
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
""")

R("de", "after_interview", "friseursalon-probetag",
  co="Salon Haarmonie",
  frm="Salon Haarmonie <termine@salon-haarmonie-kassel.de>", to="zeynep",
  subj="Dein Probetag bei uns",
  body="""Hallo Zeynep,

danke, dass du am Freitag zum Probetag da warst! Die Kundinnen waren zufrieden mit den Föhnfrisuren und du hast dich super ins Team eingefügt.

Beim Farbmodell hat uns aber gezeigt, dass dir beim Färben und bei den Strähnentechniken noch Praxis fehlt. Da wir gerade niemanden zum Einarbeiten freistellen können, haben wir uns für eine andere Friseurin entschieden.

Du bist jederzeit willkommen, wenn du dich noch mal bewerben möchtest!

Liebe Grüße
Sabrina
Salon Haarmonie · Friedrich-Ebert-Str. 120 · 34119 Kassel
""")

R("de", "after_interview", "pharma-forschung-postdoc-scientist",
  co="Avena Therapeutics GmbH",
  frm="Dr. Henrik Sørensen <henrik.sorensen@avena-tx.com>", to="yasmin",
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
""")

R("de", "after_interview", "vertrieb-gehaltsvorstellung",
  co="Tegeler Gebäudesicherheit GmbH",
  frm="Marco Tegeler <m.tegeler@tegeler-sicherheit.de>", to="david",
  subj="Vertriebsingenieur Brandschutz – Entscheidung",
  body="""Hallo Herr Roth,

danke für das gute Gespräch am Donnerstag, auch für die Offenheit beim Thema Gehalt.

Genau da liegt leider auch der Grund, warum wir nicht zusammenkommen: Ihre Gehaltsvorstellung liegt deutlich über dem Budget, das wir für die Stelle vorgesehen haben, und auch mit variablen Anteilen kommen wir nicht in die Nähe. Wir haben uns deshalb für einen anderen Bewerber entschieden.

Ich fand Sie fachlich überzeugend und wünsche Ihnen viel Erfolg bei der weiteren Suche.

Viele Grüße
Marco Tegeler
Geschäftsführer
Tegeler Gebäudesicherheit GmbH · Im Gewerbegebiet 5 · 48282 Emsdetten
""")

R("de", "after_interview", "personio-nach-gespraech-handgeschrieben",
  co="Fjordlicht Reisen GmbH",
  frm="Ylva Petersen (Fjordlicht Reisen) <noreply@jobs.personio.de>", reply_to="ylva.petersen@fjordlicht-reisen.de", to="annika",
  subj="Deine Bewerbung als Reiseberaterin Skandinavien", fmt="html", skin="card", color="#0e6ba8", site="personio.de",
  powered="Gesendet über Personio",
  body="""Hej Annika,

vielen Dank für das Videogespräch am Montag und dass du uns so viel von deiner Zeit in Bergen erzählt hast.

Wir haben uns nach allen Gesprächen dazu entschieden, die Stelle mit jemandem zu besetzen, der schon Erfahrung mit unserem Buchungssystem und Gruppenreisen hat. Damit wird es diesmal leider nichts mit uns.

Ich fand das Gespräch wirklich schön und wünsche dir, dass du bald etwas Passendes findest.

Liebe Grüße
Ylva
Team Lead Beratung, Fjordlicht Reisen
""")

R("de", "after_interview", "intern-besetzt-nach-gespraech",
  co="Stadtbibliothek Bergheide",
  frm="Stadtbibliothek Bergheide – Leitung <leitung@stadtbibliothek-bergheide.de>", to="lena",
  subj="Ihre Bewerbung als Bibliothekarin (Kinder- und Jugendbibliothek)",
  body="""Sehr geehrte Frau Hoffmann,

vielen Dank für Ihr Interesse an unserer Bibliothek und das Gespräch, das wir vor zwei Wochen geführt haben.

Im Laufe des Verfahrens hat sich eine Kollegin aus unserem Haus auf die Stelle beworben, die die Kinder- und Jugendbibliothek bereits seit einem Jahr vertretungsweise betreut. Die Stelle wird daher intern besetzt, und wir können Ihnen keine Zusage geben.

Wir bedauern sehr, dass Sie sich umsonst auf den Weg nach Bergheide gemacht haben, und danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen
Dr. Sabine Rüdiger
Leiterin der Stadtbibliothek
""")
# ---------------------------------------------------------------------------------------------
# German rejections: position closed / filled / withdrawn
# ---------------------------------------------------------------------------------------------

R("de", "position_closed", "stelle-bereits-besetzt-kurz",
  co="Gärtnerei Blumenhof Rieger",
  frm="Blumenhof Rieger <info@blumenhof-rieger.de>", to="hannah",
  subj="Re: Bewerbung Gärtnerin Zierpflanzenbau",
  thread=[("gmail.com", "gmail")],
  body="""Hallo Frau Vogel,

danke für Ihre Bewerbung. Die Stelle ist inzwischen leider schon besetzt, wir hatten die Anzeige nur vergessen rauszunehmen. Entschuldigung dafür!

Viele Grüße
Familie Rieger
Blumenhof Rieger · Am Gries 4 · 86150 Augsburg
""")

R("de", "position_closed", "einstellungsstopp-ausschreibung-zurueckgezogen",
  co="Valtrix Automation AG",
  frm="Valtrix Automation – Human Resources <hr-recruiting@valtrix.de>", to="piotr",
  subj="Ihre Bewerbung: Embedded Software Engineer (m/w/d) – Ausschreibung zurückgezogen",
  fmt="alt", skin="outlook", date="2024-10-02 11:45",
  body="""Sehr geehrter Herr Wiśniewski,

vielen Dank für Ihre Bewerbung als Embedded Software Engineer bei der Valtrix Automation AG.

Aufgrund der aktuellen wirtschaftlichen Lage hat der Vorstand einen vorübergehenden Einstellungsstopp beschlossen. Die Ausschreibung für die von Ihnen angestrebte Position wurde daher zurückgezogen, und das Auswahlverfahren wird nicht fortgesetzt.

Wir bedauern sehr, Ihnen diese Nachricht geben zu müssen – unabhängig von Ihrer Qualifikation, die wir zu keinem Zeitpunkt bewertet haben. Sobald wir wieder Stellen ausschreiben, finden Sie diese auf unserem Karriereportal.

Mit freundlichen Grüßen
Human Resources
Valtrix Automation AG · Sitz der Gesellschaft: Karlsruhe · Amtsgericht Mannheim HRB 712004
Vorstand: Dr. Wolfgang Reuß (Vorsitzender), Meike Ostendorf
""")

R("de", "position_closed", "umstrukturierung-position-entfaellt",
  co="Grauwald Versicherungsdienste GmbH",
  frm="Personalentwicklung Grauwald <bewerbung@grauwald-vd.de>", to="annika",
  subj="Information zu Ihrer Bewerbung als Teamleiterin Schadenbearbeitung",
  body="""Sehr geehrte Frau Petersen,

wir danken Ihnen für Ihre Bewerbung und Ihre Geduld in den vergangenen Wochen.

Aufgrund interner Umstrukturierungen im Bereich Schaden/Leistung wird die ausgeschriebene Position der Teamleitung nicht besetzt. Die Aufgaben werden künftig auf zwei bestehende Teams verteilt. Wir müssen das Bewerbungsverfahren daher beenden.

Diese Entscheidung hat nichts mit Ihrer Person oder Ihren Unterlagen zu tun. Ihre Daten werden wir gemäß unseren Datenschutzhinweisen sechs Monate nach Abschluss des Verfahrens löschen.

Mit freundlichen Grüßen

Grauwald Versicherungsdienste GmbH
Personalentwicklung
""")

R("de", "position_closed", "intern-besetzt-ats-html",
  co="Lindenhaus Hotels & Resorts GmbH",
  frm="Lindenhaus Karriere <no-reply@softgarden.io>", to="michal",
  subj="Ihre Bewerbung als Sous Chef (m/w/d) – Lindenhaus Usedom", fmt="html", skin="card", color="#7b2d26",
  powered="powered by softgarden",
  body="""Guten Tag Michał Kowalczyk,

herzlichen Dank für Ihre Bewerbung als Sous Chef für unser Haus auf Usedom.

Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich intern mit einem Kollegen aus unserem Schwesterhotel besetzt wurde. Wir können Ihre Bewerbung daher nicht weiter berücksichtigen.

Wir laden Sie herzlich ein, sich auf andere offene Positionen in unseren sechs Häusern zu bewerben.

Freundliche Grüße
Ihr Lindenhaus People-Team
""")

R("de", "position_closed", "postdoc-drittmittel-nicht-bewilligt",
  co="Universität Elbtal",
  frm="Dr. Friedemann Vogt <friedemann.vogt@uni-elbtal.de>", to="omar",
  subj="Postdoc-Stelle Computational Linguistics – leider keine Finanzierung",
  body="""Sehr geehrter Herr Al-Khatib,

ich muss Ihnen leider mitteilen, dass die ausgeschriebene Postdoc-Stelle nicht besetzt werden kann. Die DFG hat den Fortsetzungsantrag für unser Projekt nicht bewilligt, und ohne die Drittmittel steht die Finanzierung der Stelle nicht mehr zur Verfügung.

Ich bedauere das sehr, zumal Ihre Bewerbung zu den stärksten gehörte. Gern empfehle ich Sie an Kolleginnen und Kollegen weiter, wenn Sie mir eine kurze Nachricht schreiben, in welchen Bereichen Sie suchen.

Mit freundlichen Grüßen
Friedemann Vogt

Dr. Friedemann Vogt
Institut für Germanistik und Computerlinguistik
Universität Elbtal · Postfach 10 02 31 · 01075 Dresden
""")

R("de", "position_closed", "stelle-vorerst-nicht-besetzt",
  co="Sternberg Medical GmbH",
  frm="Sternberg Medical <karriere@sternberg-medical.de>", to="julia",
  subj="Regulatory Affairs Managerin – Stand des Verfahrens",
  body="""Hallo Frau Zielińska,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Sternberg Medical.

Wir haben entschieden, die Stelle im Bereich Regulatory Affairs bis auf Weiteres nicht zu besetzen, weil sich die Zulassungsstrategie für ein Produkt verschoben hat. Wir beenden deshalb das laufende Verfahren und werden Ihre Bewerbung nicht weiter bearbeiten.

Sobald wir die Position neu ausschreiben, finden Sie die Anzeige auf unserer Website. Eine erneute Bewerbung wäre uns sehr willkommen.

Mit freundlichen Grüßen
Ihr Sternberg Medical HR-Team
""")

R("de", "position_closed", "ausbildungsplaetze-vergeben",
  co="Tierarztpraxis Dr. Hellwig",
  frm="Tierarztpraxis Dr. Hellwig <praxis@tierarzt-hellwig.de>", to="leonie",
  subj="Ausbildung TFA",
  body="""Hallo Leonie,

danke für deine Bewerbung zur Tiermedizinischen Fachangestellten. Unsere beiden Ausbildungsplätze für dieses Jahr sind leider schon vergeben.

Alles Gute und viel Glück!
Praxisteam Dr. Hellwig
""")

R("de", "position_closed", "praktikum-alle-plaetze-vergeben",
  co="Museum für Industriekultur Saarhütte",
  frm="Museum Saarhütte – Vermittlung <vermittlung@museum-saarhuette.de>", to="marie",
  subj="Ihre Anfrage nach einem Praktikum in der Museumspädagogik",
  body="""Sehr geehrte Frau Lindner,

vielen Dank für Ihre Bewerbung um ein Praktikum in unserer Abteilung Bildung und Vermittlung.

Unsere Praktikumsplätze für das laufende Jahr sind bereits alle vergeben. Wir können Ihnen daher keinen Platz anbieten. Bewerbungen für das kommende Jahr nehmen wir ab Oktober entgegen.

Mit freundlichen Grüßen
Dr. Ruth Schaller
Leitung Bildung und Vermittlung
Museum für Industriekultur Saarhütte · Hüttenweg 1 · 66333 Völklingen
""")

R("de", "position_closed", "softgarden-stelle-nicht-mehr-verfuegbar",
  co="Klarwerk Gebäudetechnik GmbH",
  frm="Klarwerk Gebäudetechnik GmbH <no-reply@softgarden.io>", to="jonas",
  subj="Die Stelle „Projektleiter TGA (m/w/d)“ ist nicht mehr verfügbar", fmt="alt", skin="card", color="#005f73",
  powered="powered by softgarden",
  body="""Hallo Jonas Weber,

vielen Dank für Ihr Interesse an der Position Projektleiter TGA (m/w/d) in Nürnberg.

Die Stelle, auf die Sie sich beworben haben, wurde inzwischen besetzt und steht nicht mehr zur Verfügung. Ihre Bewerbung wird daher in diesem Verfahren nicht weiter berücksichtigt.

Ihr Bewerberkonto bleibt bestehen. Sie können sich darüber mit wenigen Klicks auf andere offene Positionen bewerben.

Viele Grüße
Ihr Klarwerk Recruiting Team
""")

R("de", "position_closed", "zu-spaet-eingegangen",
  co="Augenarztpraxis Dr. Winter & Dr. Celik",
  frm="Praxis Dr. Winter & Dr. Celik <verwaltung@augen-winter-celik.de>", to="aylin",
  subj="Ihre Bewerbung als MFA",
  body="""Sehr geehrte Frau Demir,

vielen Dank für Ihre Bewerbung als Medizinische Fachangestellte.

Leider ist Ihre Bewerbung erst eingegangen, nachdem wir die Stelle bereits vergeben hatten. Wir bitten um Verständnis, dass wir Ihre Unterlagen daher nicht mehr berücksichtigen können.

Mit freundlichen Grüßen
Praxismanagement
Augenarztpraxis Dr. Winter & Dr. Celik · Hauptstraße 88 · 42651 Solingen
""")

R("de", "position_closed", "werkstudent-budget-gestrichen",
  co="Pixelhafen Games GmbH",
  frm="Ronja Tiedemann <ronja@pixelhafen.de>", to="emre",
  subj="Werkstudi QA – blöde Nachricht",
  body="""Hi Emre,

ich muss dir leider eine blöde Nachricht schreiben: Unser Publisher hat das Budget für das nächste Quartal gekürzt, und die Werkstudierenden-Stelle im QA-Team wurde gestrichen. Wir schließen die Ausschreibung damit, ohne sie zu besetzen.

Das hat wirklich nichts mit dir zu tun – dein Gespräch mit Kai lief gut. Tut mir echt leid, dass wir dich so lange haben warten lassen.

Liebe Grüße
Ronja
People & Ops, Pixelhafen Games
""")

R("de", "position_closed", "insolvenz-keine-neueinstellung",
  co="Möbelhaus Kranich GmbH",
  frm="Möbelhaus Kranich – Personalbüro <personal@moebel-kranich.de>", to="stefan",
  subj="Ihre Bewerbung als Abteilungsleiter Küchenstudio",
  date="2025-09-17 14:28",
  body="""Sehr geehrter Herr Wagner,

wir danken Ihnen für Ihre Bewerbung.

Wie Sie möglicherweise der Presse entnommen haben, befindet sich unser Unternehmen seit dem 1. September in einem Insolvenzverfahren in Eigenverwaltung. In Abstimmung mit dem Sachwalter werden bis auf Weiteres keine Neueinstellungen vorgenommen. Die ausgeschriebene Stelle wird daher nicht besetzt.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Personalbüro
Möbelhaus Kranich GmbH
""")

R("de", "position_closed", "zeitarbeit-kunde-storniert",
  co="Primus Personaldienste GmbH",
  frm="Primus Personaldienste Niederlassung Wolfsburg <wolfsburg@primus-personal.de>", to="mehmet",
  subj="Einsatz Produktionshelfer – Auftrag storniert",
  body="""Hallo Herr Kaya,

leider muss ich Ihnen mitteilen, dass unser Kunde den Auftrag für die Produktionshelfer in der Spätschicht kurzfristig storniert hat. Die Stelle, über die wir gesprochen haben, gibt es damit nicht mehr.

Ich habe Ihr Profil gespeichert und melde mich, sobald ein neuer passender Einsatz reinkommt.

Viele Grüße
Tanja Rieck
Disposition
Primus Personaldienste GmbH · Porschestraße 12 · 38440 Wolfsburg
""")

R("de", "position_closed", "schulamt-versetzung-besetzt",
  co="Staatliches Schulamt Nordhessenland",
  frm="Staatliches Schulamt <poststelle.sa-nordhessenland@schulen-nordhessenland.de>", to="friederike",
  subj="Schulscharfe Ausschreibung – Gesamtschule Lahnblick (Deutsch/Geschichte)",
  body="""Sehr geehrte Frau Hagen,

Sie hatten sich auf die schulscharf ausgeschriebene Stelle an der Gesamtschule Lahnblick beworben.

Wir teilen Ihnen mit, dass die Stelle im Wege der Versetzung einer Lehrkraft aus dem Landesdienst besetzt worden ist. Ein Auswahlverfahren unter den externen Bewerberinnen und Bewerbern findet daher nicht statt. Ihre Bewerbung ist damit gegenstandslos geworden.

Wir danken für Ihr Interesse am hessischen Schuldienst.

Mit freundlichen Grüßen
Im Auftrag
Dr. Lorenz
""")

R("de", "position_closed", "greenhouse-position-geschlossen-bilingual",
  co="Tallyo GmbH",
  frm="Tallyo Recruiting <no-reply@us.greenhouse-mail.io>", to="david",
  subj="Update: Senior Product Manager – Payments (Berlin)",
  body="""Hallo David,

wir möchten dich darüber informieren, dass wir die Position Senior Product Manager – Payments geschlossen haben. Nach einer Neuausrichtung der Roadmap haben wir entschieden, die Rolle in diesem Jahr nicht zu besetzen. Deine Bewerbung wird daher nicht weiter bearbeitet.

Hi David, we wanted to let you know that we have closed the Senior Product Manager – Payments role and will not be filling it this year. Thank you for your interest in Tallyo.

Viele Grüße / Best,
Tallyo Recruiting Team
""")

R("de", "position_closed", "tierarzt-praxisverkauf",
  co="Kleintierpraxis Am Stadtwald",
  frm="Dr. Uta Kersting <kersting@kleintierpraxis-stadtwald.de>", to="sophie",
  subj="Ihre Bewerbung als Tiermedizinische Fachangestellte",
  body="""Liebe Frau Krämer,

danke für Ihre Bewerbung und das nette Telefonat.

Leider hat sich bei uns kurzfristig etwas geändert: Die Praxis wird zum Jahresende an eine Praxiskette übergeben, und der neue Inhaber möchte zunächst keine neuen Mitarbeiterinnen einstellen. Die ausgeschriebene Stelle entfällt damit. Es tut mir leid, dass ich Ihnen das so mitteilen muss.

Herzliche Grüße
Uta Kersting
""")

R("de", "position_closed", "minijob-schon-weg",
  co="Getränkemarkt Schuster",
  frm="getraenke.schuster@t-online.de", to="karim",
  subj="Re: Aushilfe Getränkemarkt",
  thread=[("outlook.de", "outlook")],
  body="""Hallo,

die Aushilfsstelle ist schon weg, sorry.

Gruß Schuster
""")

R("de", "position_closed", "pflegeheim-stelle-besetzt-html",
  co="Haus Lindenhof Pflege gGmbH",
  frm="Haus Lindenhof <bewerbung@haus-lindenhof-pflege.de>", to="merve",
  subj="Stelle Praxisanleitung", fmt="html", skin="simple",
  body="""Sehr geehrte Frau Yıldız,

vielen Dank für Ihre Bewerbung als Praxisanleiterin in unserem Haus.

Wir möchten Ihnen mitteilen, dass die Stelle bereits besetzt wurde. Wir haben Ihre Unterlagen deshalb nicht weiter berücksichtigt.

Für Ihre Zukunft alles Gute!

Mit freundlichen Grüßen
Heimleitung Haus Lindenhof
Lindenhofstraße 5 · 37083 Göttingen
""")
if __name__ == "__main__":
    sys.exit(main())
