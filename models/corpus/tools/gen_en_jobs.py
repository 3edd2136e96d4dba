# ruff: noqa: E501  (message text and HTML templates are long lines by nature)
"""Render the English job-mail set `models/corpus/en-jobs/`.

Most messages in en-jobs are hand-written one-offs. They were drafted as short "specs" (a header
block plus a plain-text body written by a person) and rendered to .eml once with `render_spec`;
the committed .eml files are the source of truth for them. The few small template families
(one ATS vendor's boilerplate filled in for several companies, job-alert digests) are built by the
`family_*` functions below and can be regenerated with:

    python models/corpus/tools/gen_en_jobs.py --families

A spec is text:

    === 0123-short-slug
    kind: aa                      (aa ai pc ack inv off ass alert out news oth pers tx, or full name)
    group: en-h-0123              (default: en-h-<number>)
    fmt: plain | html | alt       (default: chosen from the number: ~60/20/20)
    style: card | gmail | outlook | news | bare   (HTML flavour; default from the sender)
    date: 2024-03-12 14:22        (default: a deterministic date in 2023..2026)
    tz: Europe/London             (default: from the number)
    to: sam                       (a key of SEEKERS or a full address; default from the number)
    From: Acme Careers <no-reply@us.greenhouse-mail.io>
    Subject: Your application
    (any other capitalised Key: value line is copied as a header)
    ---
    Body text. Blank lines separate paragraphs. "* item" lines are list items, "# Title" a heading,
    "[Label](https://...)" alone on a line a button, "> " lines a quote, "-- " a signature break.
    Tokens {first} {last} {name} {email} {qdate} {qdate_outlook} {qdate_short} are filled in.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

from corpus_common import (
    ALNUM,
    CORPUS,
    DATE_FORMAT,
    UPPER_ALNUM,
    gmail_message_id,
    local_datetime,
    random_chars,
    seeded_rng,
)

OUT = CORPUS / "en-jobs"

KIND_SHORT = {
    "aa": "after_application",
    "ai": "after_interview",
    "pc": "position_closed",
    "ack": "acknowledgement",
    "inv": "interview_invite",
    "off": "offer",
    "ass": "assessment",
    "alert": "job_alert",
    "out": "recruiter_outreach",
    "news": "newsletter_or_advice",
    "oth": "other",
    "pers": "personal",
    "tx": "transactional",
}
REJECTION_KINDS = {"after_application", "after_interview", "position_closed"}

SEEKERS = {
    "sam": ("Sam Carter", "sam.carter88@gmail.com"),
    "priya": ("Priya Nair", "priya.nair.dev@gmail.com"),
    "jose": ("José Martínez", "jose.martinez.m@outlook.com"),
    "zoe": ("Zoë Clarke", "zoe.clarke@proton.me"),
    "lukasz": ("Łukasz Nowak", "lukasz.nowak.pl@gmail.com"),
    "ngozi": ("Ngozi Okafor", "ngozi.okafor@yahoo.com"),
    "daniel": ("Daniel Kim", "dkim.work@gmail.com"),
    "hannah": ("Hannah Fischer", "hannah.fischer@fastmail.com"),
    "marcus": ("Marcus Bell", "marcusbell@icloud.com"),
    "aisha": ("Aisha Rahman", "aisha.rahman93@gmail.com"),
    "tom": ("Tom O'Neill", "tom.oneill@hotmail.co.uk"),
    "meilin": ("Mei-Lin Chen", "meilin.chen@gmail.com"),
    "rafael": ("Rafael Souza", "rafa.souza.dev@gmail.com"),
    "chloe": ("Chloé Dubois", "chloe.dubois@outlook.com"),
    "ben": ("Ben Adeyemi", "ben.adeyemi@gmail.com"),
    "sofia": ("Sofia Rossi", "sofia.rossi.design@gmail.com"),
    "jordan": ("Jordan Reyes", "jordan.reyes@hey.com"),
    "emily": ("Emily Walsh", "emily.walsh.mba@gmail.com"),
    "arjun": ("Arjun Mehta", "arjun.mehta@outlook.com"),
    "kasia": ("Katarzyna Wiśniewska", "kasia.wisniewska@gmail.com"),
    "liam": ("Liam Murphy", "liam.murphy.rn@gmail.com"),
    "fatima": ("Fatima Al-Sayed", "fatima.alsayed@gmail.com"),
    "noah": ("Noah Goldberg", "noah.goldberg@me.com"),
    "grace": ("Grace Mensah", "grace.mensah@gmail.com"),
    "oliver": ("Oliver Hughes", "ollie.hughes@btinternet.com"),
    "thao": ("Thảo Nguyễn", "thao.nguyen.t@gmail.com"),
    "rachel": ("Rachel Stein", "rstein.law@gmail.com"),
    "kwame": ("Kwame Boateng", "kwame.boateng@outlook.com"),
    "isabel": ("Isabel Ortega", "isabel.ortega@gmail.com"),
    "henrik": ("Henrik Lindqvist", "henrik.lindqvist@gmail.com"),
    "amara": ("Amara Eze", "amara.eze@proton.me"),
    "chris": ("Chris Patterson", "chris.patterson.ops@gmail.com"),
    "yuki": ("Yuki Tanaka", "yuki.tanaka@outlook.com"),
    "dana": ("Dana Whitfield", "dana.whitfield@yahoo.com"),
    "siobhan": ("Siobhán Kelly", "siobhan.kelly@gmail.com"),
    "mateo": ("Mateo Fernández", "mateo.fernandez@gmail.com"),
    "leah": ("Leah Cohen", "leah.cohen.phd@gmail.com"),
    "victor": ("Victor Petrov", "victor.petrov@gmail.com"),
    "renee": ("Renée Laurent", "renee.laurent@icloud.com"),
    "ahmed": ("Ahmed Hassan", "ahmed.hassan.eng@gmail.com"),
    "ingrid": ("Ingrid Solberg", "ingrid.solberg@gmail.com"),
    "kevin": ("Kevin Osei", "kevin.osei@gmail.com"),
}
SEEKER_KEYS = list(SEEKERS)

ZONES = [
    "America/New_York",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Denver",
    "America/Toronto",
    "Europe/London",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Berlin",
    "Europe/Amsterdam",
    "Europe/Stockholm",
    "Asia/Singapore",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Pacific/Auckland",
    "Africa/Lagos",
    "UTC",
]

ATS_HINTS = (
    "no-reply",
    "noreply",
    "do-not-reply",
    "donotreply",
    "notifications",
    "notification",
    "mailer",
    "jobs-",
    "alerts",
    "talent@",
    "careers@",
    "recruiting@",
    "hr@",
    "news",
)


# --- text to HTML -------------------------------------------------------------------------

_URL_RE = re.compile(r"(https?://[^\s<>()]+[^\s<>().,;:!?'\"])")
_BUTTON_RE = re.compile(r"^\[([^\]]+)\]\((https?://[^)]+)\)$")


def _inline(text: str) -> str:
    out = html.escape(text, quote=False)
    return _URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', out)


def plain_of(body: str) -> str:
    lines = []
    for line in body.split("\n"):
        m = _BUTTON_RE.match(line.strip())
        if m:
            lines.append(f"{m.group(1)}: {m.group(2)}")
        elif line.startswith("# "):
            lines.append(line[2:])
        else:
            lines.append(line)
    return "\n".join(lines).strip("\n") + "\n"


def _blocks_html(body: str, style: str, accent: str) -> str:
    """Paragraphs, lists, headings, buttons, quotes; the signature keeps its line breaks."""
    parts: list[str] = []
    paras = re.split(r"\n\s*\n", body.strip("\n"))
    p_open = (
        '<p class="MsoNormal">'
        if style == "outlook"
        else ("<div>" if style == "gmail" else '<p style="margin:0 0 14px 0;">')
    )
    p_close = "</p>" if style != "gmail" else "</div><div><br></div>"
    quote_buf: list[str] = []

    def flush_quote() -> None:
        if quote_buf:
            inner = "<br>\n".join(_inline(q) for q in quote_buf)
            parts.append(
                '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                f'padding-left:1ex">{inner}</blockquote>'
            )
            quote_buf.clear()

    for para in paras:
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            quote_buf.extend(ln[1:].lstrip(" ") if ln != ">" else "" for ln in lines)
            continue
        flush_quote()
        if len(lines) == 1 and _BUTTON_RE.match(lines[0].strip()):
            m = _BUTTON_RE.match(lines[0].strip())
            assert m
            parts.append(
                f'<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 18px 0;">'
                f'<tr><td style="background:{accent};border-radius:4px;">'
                f'<a href="{html.escape(m.group(2))}" style="display:inline-block;padding:10px 20px;'
                f'color:#ffffff;text-decoration:none;font-weight:bold;">{html.escape(m.group(1))}</a>'
                f"</td></tr></table>"
            )
            continue
        if lines[0].startswith("# "):
            parts.append(
                f'<h2 style="font-size:18px;margin:18px 0 8px 0;color:{accent};">{_inline(lines[0][2:])}</h2>'
            )
            lines = lines[1:]
            if not lines:
                continue
        if all(ln.startswith("* ") for ln in lines):
            items = "\n".join(f'<li style="margin-bottom:6px;">{_inline(ln[2:])}</li>' for ln in lines)
            parts.append(f'<ul style="padding-left:20px;margin:0 0 14px 0;">\n{items}\n</ul>')
            continue
        # a paragraph may end in quoted lines (">") after an attribution line
        q_at = next((i for i, ln in enumerate(lines) if ln.startswith(">")), None)
        if q_at is not None and all(ln.startswith(">") for ln in lines[q_at:]):
            head, quoted = lines[:q_at], lines[q_at:]
        else:
            head, quoted = lines, []
        if head:
            parts.append(p_open + "<br>\n".join(_inline(ln) for ln in head) + p_close)
        quote_buf.extend(ln[1:].lstrip(" ") for ln in quoted)
    flush_quote()
    return "\n".join(parts)


def _company_of(display: str, addr: str) -> str:
    name = re.sub(
        r"\b(Careers?|Talent( Acquisition)?|Recruiting|Recruitment|Hiring Team|HR|"
        r"Jobs|via \w+|People Team|Team|Notifications?)\b",
        "",
        display,
    ).strip(" -|,")
    return name or addr.split("@")[-1].split(".")[0].title()


def to_html(body: str, style: str, seed: str, subject: str, sender: tuple[str, str]) -> str:
    r = seeded_rng("html", seed)
    accent = r.choice(
        [
            "#1a73e8",
            "#0b6e4f",
            "#5b2a86",
            "#c2410c",
            "#0f766e",
            "#1f2937",
            "#b91c1c",
            "#2563eb",
            "#7c3aed",
            "#0e7490",
            "#334155",
            "#9d174d",
        ]
    )
    font = r.choice(
        [
            "Arial, Helvetica, sans-serif",
            "'Helvetica Neue', Helvetica, Arial, sans-serif",
            "Segoe UI, Roboto, Arial, sans-serif",
            "Georgia, 'Times New Roman', serif",
            "Verdana, Geneva, sans-serif",
            "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif",
        ]
    )
    content = _blocks_html(body, style, accent)
    company = _company_of(*sender)
    slug = re.sub(r"[^a-z0-9]+", "-", company.lower()).strip("-") or "company"
    if style == "gmail":
        return f'<div dir="ltr">\n{content}\n</div>\n'
    if style == "outlook":
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
            'font-family:"Calibri",sans-serif;} --></style></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{content}\n</div>\n</body>\n</html>\n'
        )
    if style == "bare":
        return (
            f'<html><head><meta charset="utf-8"></head><body style="font-family:{font};font-size:14px;">\n'
            f"{content}\n</body></html>\n"
        )
    logo_host = r.choice(
        [
            f"https://cdn.{slug}.com/brand",
            f"https://assets.{slug}.io/email",
            f"https://images.{slug}.com/mail",
            f"https://static.{slug}.co/img",
        ]
    )
    logo = f'<img src="{logo_host}/logo-{r.randint(120, 480)}.png" alt="{html.escape(company)}" height="{r.choice([28, 32, 36, 40])}" style="display:block;border:0;">'
    if style == "news":
        return (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f"<title>{html.escape(subject)}</title></head>\n"
            f'<body style="margin:0;background:#eef0f3;font-family:{font};">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#fff;">\n'
            f'<tr><td style="background:{accent};padding:18px 28px;">{logo}</td></tr>\n'
            f'<tr><td style="padding:26px 28px;font-size:16px;line-height:1.6;color:#222;">\n{content}\n</td></tr>\n'
            f"</table>\n</td></tr></table>\n</body></html>\n"
        )
    # card: typical ATS notification layout
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(subject)}</title></head>\n'
        f'<body style="margin:0;padding:0;background:#f4f5f7;">\n'
        f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr>'
        f'<td align="center" style="padding:24px 12px;">\n'
        f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
        f'border-radius:6px;font-family:{font};color:#333333;">\n'
        f'<tr><td style="padding:22px 32px;border-bottom:3px solid {accent};">{logo}</td></tr>\n'
        f'<tr><td style="padding:26px 32px;font-size:15px;line-height:1.55;">\n{content}\n</td></tr>\n'
        f"</table>\n</td></tr></table>\n</body></html>\n"
    )


# --- headers ------------------------------------------------------------------------------


def _is_ats(addr: str) -> bool:
    a = addr.lower()
    return any(h in a for h in ATS_HINTS)


def _message_id(r: random.Random, from_addr: str, when: datetime) -> str:
    domain = from_addr.split("@")[-1].lower()
    if domain in {"gmail.com", "googlemail.com"}:
        return gmail_message_id(r, ALNUM + "+_-", 46)
    if _is_ats(from_addr):
        kind = r.randrange(4)
        if kind == 0:
            return f"<0100{r.getrandbits(64):016x}-{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-{r.getrandbits(16):04x}-{r.getrandbits(48):012x}-000000@email.amazonses.com>"
        if kind == 1:
            return f"<{random_chars(r, ALNUM, 22)}@geopod-ismtpd-{r.randint(1, 40)}>"
        if kind == 2:
            return f"<{int(when.timestamp())}.{r.getrandbits(40):x}@{domain}>"
        return f"<{r.getrandbits(128):032x}@{domain}>"
    kind = r.randrange(3)
    if kind == 0:
        up = UPPER_ALNUM
        return (
            f"<{random_chars(r, up, 4)}PR{r.randint(10, 99)}MB{r.randint(1000, 9999)}"
            f"{random_chars(r, up, 10)}@{random_chars(r, up, 4)}PR{r.randint(10, 99)}"
            f"MB{r.randint(1000, 9999)}.namprd{r.randint(10, 22):02d}.prod.outlook.com>"
        )
    if kind == 1:
        return gmail_message_id(r, ALNUM + "+_-", 46)
    return f"<{r.getrandbits(64):016x}.{r.randint(1000, 99999)}@{domain}>"


def _when(r: random.Random, date: str | None, tz: str | None) -> datetime:
    zone = ZoneInfo(tz or r.choice(ZONES))
    if date and " " in date:
        return local_datetime(date, zone, r.randint(0, 59))
    if date:
        naive = datetime.strptime(date, DATE_FORMAT.split()[0])
        naive = naive.replace(hour=r.randint(8, 18), minute=r.randint(0, 59))
    else:
        start = datetime(2023, 1, 3)
        naive = start + timedelta(days=r.randint(0, 1415))
        if naive.weekday() >= 5 and r.random() < 0.8:
            naive += timedelta(days=7 - naive.weekday())
        naive = naive.replace(
            hour=r.choice([7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19, 21]),
            minute=r.randint(0, 59),
        )
    return naive.replace(second=r.randint(0, 59), tzinfo=zone)


def _gmail_date(d: datetime) -> str:
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def render_spec(
    number: int, slug: str, directives: dict[str, str], headers: list[tuple[str, str]], body: str
) -> tuple[str, bytes]:
    seed = f"{number:04d}-{slug}"
    r = seeded_rng(seed)
    kind = KIND_SHORT.get(directives.get("kind", ""), directives.get("kind", ""))
    label = "rejection" if kind in REJECTION_KINDS else "not_rejection"
    group = directives.get("group") or f"en-h-{number:04d}"
    to = directives.get("to") or SEEKER_KEYS[(number * 7 + number // len(SEEKER_KEYS)) % len(SEEKER_KEYS)]
    if to in SEEKERS:
        to_name, to_addr = SEEKERS[to]
    else:
        to_name, to_addr = parseaddr(to)
    first = to_name.split()[0] if to_name else ""
    last = to_name.split()[-1] if to_name else ""
    hdr = {k.lower(): v for k, v in headers}
    from_name, from_addr = parseaddr(hdr["from"])
    when = _when(r, directives.get("date"), directives.get("tz"))
    q = when - timedelta(days=r.randint(1, 6), hours=r.randint(0, 7), minutes=r.randint(0, 59))
    subs = {
        "{first}": first,
        "{last}": last,
        "{name}": to_name,
        "{email}": to_addr,
        "{qdate}": _gmail_date(q),
        "{qdate_outlook}": q.strftime("%A, %B ")
        + str(q.day)
        + q.strftime(", %Y ")
        + q.strftime("%I:%M %p").lstrip("0"),
        "{qdate_short}": q.strftime("%d %b %Y, at %H:%M"),
    }
    for k, v in subs.items():
        body = body.replace(k, v)
        headers = [(hk, hv.replace(k, v)) for hk, hv in headers]
    hdr = {k.lower(): v for k, v in headers}
    subject = hdr.get("subject", "")

    fmt = directives.get("fmt")
    if not fmt:
        x = seeded_rng("fmt", seed).random()
        fmt = "plain" if x < 0.6 else ("html" if x < 0.8 else "alt")
    style = directives.get("style")
    if not style:
        if kind in {"job_alert", "newsletter_or_advice"}:
            style = "news"
        elif _is_ats(from_addr):
            style = seeded_rng("style", seed).choice(["card", "card", "card", "bare"])
        else:
            style = seeded_rng("style", seed).choice(["gmail", "gmail", "outlook"])

    msg = EmailMessage(policy=policy.SMTP)
    msg["X-Corpus-Label"] = label
    msg["X-Corpus-Kind"] = kind
    msg["X-Corpus-Language"] = directives.get("lang", "en")
    msg["X-Corpus-Group"] = group
    msg["Date"] = format_datetime(when)
    msg["From"] = hdr["from"]
    msg["To"] = formataddr((to_name, to_addr)) if to_name else to_addr
    msg["Subject"] = subject
    msg["Message-ID"] = _message_id(r, from_addr, when)
    if re.match(r"^(re|aw|sv)\s*:", subject, re.I) and "in-reply-to" not in hdr:
        parent = _message_id(seeded_rng("parent", seed), to_addr, q)
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for k, v in headers:
        if k.lower() in {"from", "subject", "to"}:
            continue
        if k.lower() == "to-override":
            del msg["To"]
            msg["To"] = v
            continue
        msg[k] = v
    if (
        _is_ats(from_addr)
        and "auto-submitted" not in hdr
        and kind not in {"job_alert", "newsletter_or_advice"}
        and seeded_rng("auto", seed).random() < 0.55
    ):
        msg["Auto-Submitted"] = "auto-generated"
    if (
        kind in {"job_alert", "newsletter_or_advice"}
        and "list-unsubscribe" not in hdr
        and directives.get("nolist") != "1"
    ):
        dom = from_addr.split("@")[-1]
        token = f"{r.getrandbits(80):x}"
        msg["List-Unsubscribe"] = (
            f"<https://{dom}/unsubscribe?u={token}>, <mailto:unsubscribe@{dom}?subject={token}>"
        )
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        if "list-id" not in hdr:
            lst = (
                seeded_rng("list", from_addr).choice(
                    ["alerts", "newsletter", "digest", "weekly", "jobs", "updates"]
                )
                if kind == "newsletter_or_advice"
                else seeded_rng("list", from_addr).choice(
                    ["jobalerts", "alerts", "job-alerts", "saved-search"]
                )
            )
            msg["List-Id"] = f"{from_name or dom} <{lst}.{dom}>"
        if "precedence" not in hdr:
            msg["Precedence"] = "bulk"
    if "Sent from my iPhone" in body and "x-mailer" not in hdr:
        msg["X-Mailer"] = (
            "iPhone Mail (" + r.choice(["20G75", "21A360", "21E236", "21G93", "22B91", "22D72"]) + ")"
        )
    msg["MIME-Version"] = "1.0"

    plain = plain_of(body)
    ctes = ["quoted-printable", "quoted-printable", "8bit", "8bit"] + (
        ["base64"] if _is_ats(from_addr) else []
    )
    cte = directives.get("cte") or seeded_rng("cte", seed).choice(ctes)
    if fmt == "plain":
        msg.set_content(plain, subtype="plain", charset="utf-8", cte=cte)
    elif fmt == "html":
        msg.set_content(
            to_html(body, style, seed, subject, (from_name, from_addr)),
            subtype="html",
            charset="utf-8",
            cte="quoted-printable" if cte == "8bit" else cte,
        )
    elif fmt == "alt":
        msg.set_content(plain, subtype="plain", charset="utf-8", cte=cte)
        msg.add_alternative(
            to_html(body, style, seed, subject, (from_name, from_addr)),
            subtype="html",
            charset="utf-8",
            cte="quoted-printable" if cte == "8bit" else cte,
        )
        boundary = (
            f"{'=' * 15}{r.getrandbits(60):015d}=="[:40]
            if r.random() < 0.5
            else f"000000000000{r.getrandbits(48):012x}"
        )
        msg.set_boundary(boundary)
    else:
        raise ValueError(f"{seed}: bad fmt {fmt}")
    for part in msg.iter_parts() if msg.is_multipart() else []:
        del part["MIME-Version"]
    name = f"{number:04d}-{slug}.eml"
    return name, msg.as_bytes(policy=policy.SMTP)


def parse_specs(text: str) -> list[tuple[int, str, dict[str, str], list[tuple[str, str]], str]]:
    out = []
    for chunk in re.split(r"^=== ", text, flags=re.M)[1:]:
        head_line, _, rest = chunk.partition("\n")
        num_s, _, slug = head_line.strip().partition("-")
        head, sep, body = rest.partition("\n---\n")
        if not sep:
            raise ValueError(f"spec {head_line}: no --- separator")
        directives: dict[str, str] = {}
        headers: list[tuple[str, str]] = []
        for line in head.strip().split("\n"):
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k[:1].islower():
                directives[k] = v
            else:
                headers.append((k, v))
        out.append((int(num_s), slug, directives, headers, body.rstrip() + "\n"))
    return out


def write_specs(path: Path) -> list[str]:
    names = []
    for number, slug, directives, headers, body in parse_specs(path.read_text(encoding="utf-8")):
        name, raw = render_spec(number, slug, directives, headers, body)
        for old in OUT.glob(f"{number:04d}-*.eml"):
            old.unlink()
        (OUT / name).write_bytes(raw)
        names.append(name)
    return names


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("specs", nargs="*", type=Path, help="spec files to render")
    ap.add_argument("--families", action="store_true", help="regenerate the template families")
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    n = 0
    for p in args.specs:
        n += len(write_specs(p))
    if args.families:
        n += write_families()
    print(f"wrote {n} messages to {OUT}")
    return 0


# --- template families ------------------------------------------------------------------
# Each family is one vendor's (or one sender's) boilerplate filled in for a few companies, with
# small wording variations. One X-Corpus-Group per family; at most 8 members each.

Fill = dict[str, str]


def _family(number0: int, group: str, kind: str, fills: list[Fill], make) -> list[tuple[str, bytes]]:
    out = []
    for i, f in enumerate(fills):
        r = seeded_rng(group, i)
        headers, body, extra = make(f, r)
        directives = {"kind": kind, "group": group, **extra}
        if "to" in f:
            directives["to"] = f["to"]
        slug = (
            group.removeprefix("en-f-")
            + "-"
            + re.sub(r"[^a-z0-9]+", "-", f.get("co", str(i)).lower()).strip("-")
        )
        out.append(render_spec(number0 + i, slug, directives, headers, body))
    return out


def fam_workday_rejection(n0: int):
    fills = [
        {
            "co": "Brightwater Health",
            "host": "brightwaterhealth",
            "role": "Patient Access Representative",
            "req": "JR-118204",
            "to": "grace",
        },
        {
            "co": "Lindqvist Foods",
            "host": "lindqvistfoods",
            "role": "Maintenance Technician II",
            "req": "R0049921",
            "to": "henrik",
        },
        {
            "co": "Calloway Mutual",
            "host": "callowaymutual",
            "role": "Actuarial Assistant",
            "req": "REQ-22871",
            "to": "victor",
        },
        {
            "co": "Portside University",
            "host": "portsideu",
            "role": "Academic Advisor",
            "req": "JR04127",
            "to": "amara",
        },
        {
            "co": "Tamarind Retail Group",
            "host": "tamarindretail",
            "role": "District Loss Prevention Manager",
            "req": "R-7731",
            "to": "marcus",
        },
        {
            "co": "Vantor Aerospace",
            "host": "vantoraero",
            "role": "Manufacturing Engineer - Composites",
            "req": "JR-30551",
            "to": "yuki",
        },
    ]
    opening = [
        "Thank you for your interest in the {role} position ({req}) at {co}.",
        "Thank you for applying to {co} for the {role} role (Job Requisition {req}).",
        "We appreciate your interest in {co} and the time you invested in applying for {role} ({req}).",
    ]
    middle = [
        "After careful review of your application, we have decided to move forward with other candidates whose qualifications more closely match the needs of this position.",
        "We have reviewed your application and regret to inform you that we will not be moving forward with your candidacy for this position.",
        "Our recruiting team has completed its review, and we have selected other candidates for further consideration.",
    ]
    closing = [
        "We encourage you to continue exploring opportunities with {co} on our career site.",
        "Your candidate profile will remain active, and we invite you to apply for future positions that match your interests.",
        "Please continue to visit our career site for other openings.",
    ]

    def make(f, r):
        body = (
            f"Dear {{first}},\n\n{r.choice(opening).format(**f)}\n\n{r.choice(middle)}\n\n"
            f"{r.choice(closing).format(**f)}\n\n"
            f"[Go to Candidate Home](https://{f['host']}.wd{r.randint(1, 12)}.myworkdayjobs.com/en-US/careers/userHome)\n\n"
            f"Sincerely,\n{f['co']} Talent Acquisition"
        )
        subj = r.choice(
            [
                "Update on your application for {role}",
                "{co} - {role} ({req})",
                "Your application status at {co}",
            ]
        ).format(**f)
        return (
            [("From", f"{f['co']} <{f['host']}@myworkday.com>"), ("Subject", subj)],
            body,
            {"fmt": r.choice(["html", "html", "alt"]), "style": r.choice(["card", "bare"])},
        )

    return _family(n0, "en-f-workday-rej", "after_application", fills, make)


def fam_linkedin_rejection(n0: int):
    fills = [
        {
            "co": "Harbourline Media",
            "role": "Junior Producer",
            "loc": "Glasgow, Scotland, United Kingdom",
            "to": "siobhan",
        },
        {
            "co": "Quartzite Software",
            "role": "Solutions Engineer",
            "loc": "Denver, CO (Remote)",
            "to": "chris",
        },
        {
            "co": "Mirabel Cosmetics",
            "role": "Trade Marketing Manager",
            "loc": "Paris, Île-de-France, France",
            "to": "chloe",
        },
        {
            "co": "Kestrel Analytics",
            "role": "Data Analyst II",
            "loc": "Singapore (Hybrid)",
            "to": "meilin",
        },
        {
            "co": "Greenmoor Energy",
            "role": "HSE Advisor",
            "loc": "Aberdeen, Scotland, United Kingdom",
            "to": "kwame",
        },
        {"co": "Ostrander & Cole", "role": "Paralegal", "loc": "Chicago, IL", "to": "rachel"},
    ]
    line = [
        "Unfortunately, {co} has decided not to move forward with your application. This decision was made by the employer.",
        "After reviewing your application, {co} decided not to proceed with your candidacy at this time.",
        "{co} reviewed your application and chose not to move forward.",
    ]

    def make(f, r):
        body = (
            f"Your update from {f['co']}\n\n{f['role']}\n{f['co']} · {f['loc']}\n\n"
            f"{{first}}, thank you for your interest in the {f['role']} position. {r.choice(line).format(**f)}\n\n"
            f"{r.choice(['Keep going — new jobs are posted every day.', 'Every application brings you closer. Here are jobs similar to this one:', 'Find your next opportunity with job alerts.'])}\n\n"
            f"[{r.choice(['See jobs', 'Search for jobs', 'View similar jobs'])}](https://www.linkedin.com/jobs/search/?keywords={f['role'].replace(' ', '%20')})\n\n"
            f"This email was intended for {{name}}. You are receiving Job Application emails.\nUnsubscribe · Help\n"
            f"© {r.choice(['2023', '2024', '2025', '2026'])} LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085."
        )
        subj = r.choice(
            [
                "Your application to {role} at {co}",
                "{first}, your application to {role} at {co}",
                "Your application to {co}",
            ]
        ).format(first="{first}", **f)
        return (
            [("From", "LinkedIn <jobs-noreply@linkedin.com>"), ("Subject", subj)],
            body,
            {"fmt": r.choice(["html", "alt"]), "style": "card"},
        )

    return _family(n0, "en-f-linkedin-rej", "after_application", fills, make)


def fam_smartrecruiters_rejection(n0: int):
    fills = [
        {"co": "Ardent Hotels", "role": "Night Auditor", "to": "isabel"},
        {"co": "Pellucid Optics", "role": "Optical Technician", "to": "noah"},
        {"co": "Cobble Lane Coffee", "role": "Area Manager", "to": "oliver"},
        {"co": "Verity Labs", "role": "Microbiologist", "to": "ngozi"},
        {"co": "Northstar Freight", "role": "Fleet Coordinator", "to": "mateo"},
        {"co": "Orla Fashion", "role": "Visual Merchandiser", "to": "sofia"},
    ]
    mid = [
        "We have decided to move forward with other candidates for this position.",
        "After reviewing all applications, we will not be progressing with yours on this occasion.",
        "We've chosen to pursue candidates whose experience more closely matches the role.",
    ]

    def make(f, r):
        body = (
            f"Hi {{first}},\n\nThank you for applying for the {f['role']} position at {f['co']}.\n\n{r.choice(mid)}\n\n"
            f"{r.choice(['We encourage you to follow us for future opportunities.', 'We will keep your profile in our talent pool.', 'Please feel free to apply for other roles that interest you.'])}\n\n"
            f"Best regards,\n{f['co']} Hiring Team"
        )
        return (
            [
                ("From", f"{f['co']} <notifications@smartrecruiters.com>"),
                ("Subject", f"{f['co']}: {f['role']} – update on your application"),
            ],
            body,
            {"fmt": r.choice(["html", "alt", "plain"]), "style": "card"},
        )

    return _family(n0, "en-f-smartrec-rej", "after_application", fills, make)


def fam_lever_rejection(n0: int):
    fills = [
        {"co": "Tallwood", "role": "Growth Designer", "to": "zoe"},
        {"co": "Minted Labs", "role": "Data Platform Engineer", "to": "lukasz"},
        {"co": "Harbor & Hill", "role": "Recruiting Coordinator", "to": "dana"},
        {"co": "Skyward Bio", "role": "Research Associate, Cell Therapy", "to": "leah"},
        {"co": "Pacer Health", "role": "Clinical Content Writer", "to": "renee"},
        {"co": "Gristmill", "role": "Account Manager", "to": "kevin"},
    ]
    mid = [
        "We appreciate the time you took to apply. After reviewing your background, we've decided not to move forward with your application at this time.",
        "Our team reviewed your application carefully, and we won't be moving forward with it for this role.",
        "While your background is impressive, we've decided to pursue other candidates whose experience is a closer match for what we need right now.",
    ]

    def make(f, r):
        body = (
            f"Hi {{first}},\n\nThanks for your interest in the {f['role']} role at {f['co']}!\n\n{r.choice(mid)}\n\n"
            f"{r.choice(['We hope you will consider applying again in the future.', 'Thanks again, and best of luck in your search.', 'We wish you all the best.'])}\n\n{f['co']}"
        )
        return (
            [
                ("From", f"{f['co']} <no-reply@hire.lever.co>"),
                (
                    "Subject",
                    r.choice(
                        [
                            "{co} | {role}",
                            "Thank you for your interest in {co}",
                            "Your application to {co}",
                        ]
                    ).format(**f),
                ),
            ],
            body,
            {"fmt": r.choice(["plain", "plain", "html", "alt"]), "style": "card"},
        )

    return _family(n0, "en-f-lever-rej", "after_application", fills, make)


def fam_taleo_rejection(n0: int):
    fills = [
        {
            "co": "Midland Rail Services",
            "host": "midlandrail",
            "role": "Signal Maintainer",
            "req": "2400871",
            "to": "tom",
        },
        {
            "co": "Crescent Pharmacy",
            "host": "crescentrx",
            "role": "Pharmacy Intern",
            "req": "2401933",
            "to": "aisha",
        },
        {
            "co": "Hollister County Schools",
            "host": "hollistercs",
            "role": "Special Education Teacher",
            "req": "24-0113",
            "to": "emily",
        },
        {
            "co": "Westmark Bank",
            "host": "westmarkbank",
            "role": "Personal Banker",
            "req": "2312456",
            "to": "jordan",
        },
        {
            "co": "Granite Ridge Mining",
            "host": "graniteridge",
            "role": "Heavy Equipment Operator",
            "req": "2402210",
            "to": "ahmed",
        },
        {
            "co": "Alcott Defense Systems",
            "host": "alcottdefense",
            "role": "Systems Test Engineer",
            "req": "2403377",
            "to": "daniel",
        },
    ]

    def make(f, r):
        body = (
            f"Dear {{first}} {{last}},\n\nThank you for your interest in {f['co']} and the {f['role']} position (Requisition {f['req']}).\n\n"
            f"{r.choice(['We have carefully reviewed your qualifications and have decided to pursue other candidates at this time.', 'We regret to inform you that you have not been selected for this position.', 'After careful consideration, we are unable to offer you a position at this time.'])}\n\n"
            f"{r.choice(['Your profile will remain in our database for future opportunities.', 'We encourage you to review other opportunities in our career section.', 'Thank you again for considering a career with us.'])}\n\n"
            f"Sincerely,\n{f['co']} Human Resources\n\nThis is an automated message; please do not reply."
        )
        return (
            [
                ("From", f"{f['co']} Careers <donotreply@{f['host']}.taleo.net>"),
                (
                    "Subject",
                    r.choice(
                        [
                            "Your application - {role} ({req})",
                            "{co} - Job Submission Status",
                            "Regarding your application for {role}",
                        ]
                    ).format(**f),
                ),
            ],
            body,
            {"fmt": r.choice(["html", "plain"]), "style": "bare"},
        )

    return _family(n0, "en-f-taleo-rej", "after_application", fills, make)


def fam_icims_closed(n0: int):
    fills = [
        {
            "co": "Lakeview Senior Communities",
            "host": "lakeviewsenior",
            "role": "Dietary Aide",
            "to": "thao",
        },
        {
            "co": "Pathway Behavioral Health",
            "host": "pathwaybh",
            "role": "Mental Health Technician",
            "to": "liam",
        },
        {
            "co": "Stellar Home Services",
            "host": "stellarhome",
            "role": "HVAC Service Technician",
            "to": "chris",
        },
        {
            "co": "Redfield Community College",
            "host": "redfieldcc",
            "role": "Adjunct Instructor, English",
            "to": "ingrid",
        },
        {
            "co": "Bayline Credit Union",
            "host": "baylinecu",
            "role": "Member Service Specialist",
            "to": "fatima",
        },
    ]
    mid = [
        "This position has been filled and is no longer available.",
        "This position has been closed, and we are no longer accepting or reviewing candidates for it.",
        "The requisition for this position has been cancelled, and all applications have been closed.",
    ]

    def make(f, r):
        body = (
            f"Dear {{first}},\n\nThank you for your interest in the {f['role']} position at {f['co']}.\n\n{r.choice(mid)}\n\n"
            f"We invite you to review our other openings and apply for any that match your experience.\n\nSincerely,\n{f['co']} Recruitment Team"
        )
        return (
            [
                ("From", f"{f['co']} <{f['host']}@icims.com>"),
                (
                    "Subject",
                    r.choice(
                        [
                            "Update on your application",
                            "{role} - Position Update",
                            "Regarding the {role} position",
                        ]
                    ).format(**f),
                ),
            ],
            body,
            {"fmt": r.choice(["html", "plain", "alt"]), "style": "card"},
        )

    return _family(n0, "en-f-icims-closed", "position_closed", fills, make)


def fam_greenhouse_ack(n0: int):
    fills = [
        {"co": "Lumenworks", "role": "Staff Engineer, Storage", "to": "arjun"},
        {"co": "Parcel Pilot", "role": "Operations Analyst", "to": "jose"},
        {"co": "Sable Insights", "role": "UX Researcher", "to": "hannah"},
        {"co": "Ridgeway Health", "role": "Clinical Operations Manager", "to": "priya"},
        {"co": "Nimbus Cloud", "role": "Site Reliability Engineer", "to": "rafael"},
        {"co": "Glasshouse Games", "role": "Community Manager", "to": "ben"},
        {"co": "Pinecone Health", "role": "Senior Data Scientist", "to": "kasia"},
    ]
    tail = [
        "Our team will review your application and reach out if your experience is a match. If you are not selected for this role, we will keep your information on file and consider you for future openings.",
        "We are reviewing applications and will be in touch if there's a fit. Unfortunately, due to the high volume of applications, we're not able to respond to every applicant personally.",
        "If your skills and experience match what we're looking for, a member of our recruiting team will contact you about next steps.",
    ]

    def make(f, r):
        body = (
            f"Hi {{first}},\n\nThank you for applying to {f['co']}! We've received your application for the {f['role']} position.\n\n{r.choice(tail)}\n\n"
            f"{r.choice(['Thanks again for your interest,', 'Best,', 'Regards,'])}\n{f['co']} Recruiting"
        )
        return (
            [
                ("From", f"{f['co']} <no-reply@us.greenhouse-mail.io>"),
                (
                    "Subject",
                    r.choice(
                        [
                            "Thank you for applying to {co}",
                            "{co} - application received",
                            "We received your application for {role}",
                        ]
                    ).format(**f),
                ),
            ],
            body,
            {"fmt": r.choice(["html", "plain", "alt", "plain"]), "style": "card"},
        )

    return _family(n0, "en-f-greenhouse-ack", "acknowledgement", fills, make)


def fam_workday_ack(n0: int):
    fills = [
        {
            "co": "Brightwater Health",
            "host": "brightwaterhealth",
            "role": "Unit Secretary",
            "to": "dana",
        },
        {
            "co": "Calloway Mutual",
            "host": "callowaymutual",
            "role": "Claims Processor",
            "to": "kevin",
        },
        {
            "co": "Vantor Aerospace",
            "host": "vantoraero",
            "role": "Quality Inspector",
            "to": "mateo",
        },
        {
            "co": "Portside University",
            "host": "portsideu",
            "role": "Research Coordinator",
            "to": "leah",
        },
        {
            "co": "Helmfield Logistics",
            "host": "helmfield",
            "role": "Inventory Control Specialist",
            "to": "ahmed",
        },
        {
            "co": "Sorrel Foods",
            "host": "sorrelfoods",
            "role": "Food Safety Coordinator",
            "to": "ngozi",
        },
        {
            "co": "Tamarind Retail Group",
            "host": "tamarindretail",
            "role": "Store Manager",
            "to": "grace",
        },
    ]

    def make(f, r):
        body = (
            f"Hello {{first}},\n\nThank you for applying for the {f['role']} position at {f['co']}. Your application has been received.\n\n"
            f"{r.choice(['Our recruiting team will review your qualifications. If your background matches the role, we will contact you about next steps.', 'We are reviewing all applications and will reach out to candidates selected for interviews. If you are not selected, your profile will remain in our system for future roles.', 'You can check the status of your application at any time in Candidate Home.'])}\n\n"
            f"[View Candidate Home](https://{f['host']}.wd{r.randint(1, 12)}.myworkdayjobs.com/en-US/careers/userHome)\n\n"
            f"Kind regards,\n{f['co']} Talent Acquisition"
        )
        return (
            [
                ("From", f"{f['co']} <{f['host']}@myworkday.com>"),
                (
                    "Subject",
                    r.choice(
                        [
                            "Thank you for applying: {role}",
                            "{co} - Application Received",
                            "Application Submitted - {role}",
                        ]
                    ).format(**f),
                ),
            ],
            body,
            {"fmt": r.choice(["html", "alt", "plain"]), "style": r.choice(["card", "bare"])},
        )

    return _family(n0, "en-f-workday-ack", "acknowledgement", fills, make)


def fam_icims_ack(n0: int):
    fills = [
        {
            "co": "Pathway Behavioral Health",
            "host": "pathwaybh",
            "role": "Peer Support Specialist",
            "to": "siobhan",
        },
        {
            "co": "Lakeview Senior Communities",
            "host": "lakeviewsenior",
            "role": "CNA - Nights",
            "to": "liam",
        },
        {
            "co": "Stellar Home Services",
            "host": "stellarhome",
            "role": "Customer Service Dispatcher",
            "to": "jordan",
        },
        {
            "co": "Redfield Community College",
            "host": "redfieldcc",
            "role": "Financial Aid Specialist",
            "to": "isabel",
        },
        {
            "co": "Meridian Trust Bank",
            "host": "meridiantrust",
            "role": "Treasury Analyst",
            "to": "victor",
        },
        {
            "co": "Copper State Utilities",
            "host": "copperstate",
            "role": "GIS Technician",
            "to": "henrik",
        },
    ]

    def make(f, r):
        body = (
            f"Dear {{first}},\n\nThank you for your interest in {f['co']}. We have received your application for the {f['role']} position.\n\n"
            f"{r.choice(['If your qualifications meet the requirements of the position, you will be contacted by a member of our recruiting team. Unfortunately, we are unable to respond to each applicant individually.', 'Our team will review your application. Only candidates selected for interviews will be contacted.', 'We will review your qualifications and contact you if there is a match. Your application will be kept on file for one year.'])}\n\n"
            f"Thank you,\n{f['co']} Human Resources"
        )
        return (
            [
                ("From", f"{f['co']} <{f['host']}@icims.com>"),
                (
                    "Subject",
                    r.choice(["Thank you for applying to {co}", "Application Confirmation - {role}"]).format(
                        **f
                    ),
                ),
            ],
            body,
            {"fmt": r.choice(["html", "plain"]), "style": r.choice(["card", "bare"])},
        )

    return _family(n0, "en-f-icims-ack", "acknowledgement", fills, make)


def fam_schedule_invite(n0: int):
    fills = [
        {
            "co": "Lumenworks",
            "role": "Staff Engineer, Storage",
            "rec": "Marcus Hale",
            "to": "arjun",
        },
        {"co": "Parcel Pilot", "role": "Operations Analyst", "rec": "Deepa Iyer", "to": "jose"},
        {"co": "Sable Insights", "role": "UX Researcher", "rec": "Owen Fitzgerald", "to": "hannah"},
        {
            "co": "Glasshouse Games",
            "role": "Community Manager",
            "rec": "Ruby Castillo",
            "to": "ben",
        },
        {"co": "Tallwood", "role": "Growth Designer", "rec": "Imani Brooks", "to": "zoe"},
        {
            "co": "Minted Labs",
            "role": "Data Platform Engineer",
            "rec": "Felix Wagner",
            "to": "lukasz",
        },
    ]

    def make(f, r):
        mins = r.choice([30, 45, 60])
        body = (
            f"Hi {{first}},\n\n{r.choice(['Thanks for applying!', 'Good news!', 'Thanks for your patience.'])} We'd like to invite you to a {mins}-minute "
            f"{r.choice(['phone screen', 'video interview', 'intro call'])} for the {f['role']} role at {f['co']}.\n\n"
            f"Please choose a time that works for you:\n\n[Pick a time](https://app.goodtime.io/schedule/{r.getrandbits(40):x})\n\n"
            f"{r.choice(['If none of the slots work, just reply and we will find another time.', 'Slots are shown in your local time zone.', 'Please book within the next 3 business days.'])}\n\n"
            f"Best,\n{f['rec']}\n{f['co']} Recruiting"
        )
        slug = f["co"].lower().replace(" ", "")
        return (
            [
                ("From", f"{f['rec']} <{f['rec'].split()[0].lower()}@{slug}.com>"),
                (
                    "Subject",
                    r.choice(
                        [
                            "Schedule your interview with {co}",
                            "{co}: next step for {role}",
                            "Interview request - {role}",
                        ]
                    ).format(**f),
                ),
            ],
            body,
            {"fmt": r.choice(["html", "alt", "plain"]), "style": "card"},
        )

    return _family(n0, "en-f-schedule-invite", "interview_invite", fills, make)


def fam_assessment_reminder(n0: int):
    fills = [
        {"co": "Helix Payments", "role": "Risk Operations Analyst", "days": "2", "to": "sam"},
        {
            "co": "Stratum Technologies",
            "role": "Software Engineering Intern",
            "days": "3",
            "to": "yuki",
        },
        {"co": "Marlowe Capital", "role": "Investment Banking Analyst", "days": "1", "to": "emily"},
        {"co": "Orbit Supply", "role": "Product Manager", "days": "2", "to": "amara"},
        {
            "co": "Fernbrook Group",
            "role": "Graduate Programme (Finance)",
            "days": "4",
            "to": "oliver",
        },
        {"co": "Nimbus Cloud", "role": "Site Reliability Engineer", "days": "2", "to": "rafael"},
        {"co": "Cobalt Engineering", "role": "Graduate Civil Engineer", "days": "5", "to": "tom"},
    ]

    def make(f, r):
        vendor, dom = r.choice(
            [
                ("AssessPoint", "assesspoint.io"),
                ("TalentQ Online", "talentq-online.com"),
                ("SkillCheck", "skillcheck.app"),
            ]
        )
        body = (
            f"Hi {{first}},\n\n{r.choice(['This is a reminder that', 'Just a heads-up:', 'Friendly reminder —'])} your assessment for {f['role']} at {f['co']} "
            f"expires in {f['days']} day{'s' if f['days'] != '1' else ''}.\n\n"
            f"{r.choice(['Unfortunately, expired invitations cannot be reopened, so please make sure you finish in time.', 'Once you start, you will need to complete it in one sitting.', 'If you have already completed it, please ignore this message.'])}\n\n"
            f"[Start assessment](https://{dom}/invite/{r.getrandbits(36):x})\n\n{vendor}, on behalf of {f['co']}"
        )
        return (
            [
                ("From", f"{vendor} <no-reply@{dom}>"),
                (
                    "Subject",
                    f"Reminder: your {f['co']} assessment expires in {f['days']} day{'s' if f['days'] != '1' else ''}",
                ),
            ],
            body,
            {"fmt": r.choice(["html", "plain", "alt"]), "style": "card"},
        )

    return _family(n0, "en-f-assessment-reminder", "assessment", fills, make)


ALERT_JOBS = {
    "data engineer": [
        ("Data Engineer", "Bluefin Logistics"),
        ("Senior Data Engineer", "Quantia"),
        ("Data Engineer II", "Helix Payments"),
        ("Analytics Engineer", "Ledgerline"),
        ("Data Platform Engineer", "Minted Labs"),
        ("Big Data Engineer", "Calloway Mutual"),
    ],
    "registered nurse": [
        ("Registered Nurse - ICU", "Granite Peak Health"),
        ("RN Med/Surg", "Desert Palms Medical Center"),
        ("Travel RN - Telemetry", "Compass Nurse Staffing"),
        ("Charge Nurse", "Lakeside Hospital"),
        ("RN - Labor & Delivery", "Mercy Valley Health"),
    ],
    "product designer": [
        ("Product Designer", "Kiteline"),
        ("Senior Product Designer", "Marigold"),
        ("UX/UI Designer", "Sproutly"),
        ("Product Designer, Growth", "Tallwood"),
        ("Design Systems Designer", "Tessellate"),
        ("Interaction Designer", "Quillmark"),
    ],
    "marketing manager": [
        ("Marketing Manager", "Luma Skincare"),
        ("Digital Marketing Manager", "Skylark Travel"),
        ("Product Marketing Manager", "Lumen Retail"),
        ("Brand Manager", "Mirabel Cosmetics"),
        ("Content Marketing Manager", "Sundial Health"),
    ],
    "project manager": [
        ("Project Manager", "Baycrest Builders"),
        ("IT Project Manager", "Westmark Bank"),
        ("Construction Project Manager", "Corbridge Homes"),
        ("Technical Project Manager", "Vector Cloud"),
        ("Project Manager - Renewables", "Greenmoor Energy"),
    ],
    "accountant": [
        ("Senior Accountant", "Holland Marsh Foods"),
        ("Staff Accountant", "Oakhurst Property Management"),
        ("Management Accountant", "Carraway Foods"),
        ("Assistant Accountant", "Harrow & Finch"),
        ("Financial Accountant", "Vistamar Bank"),
    ],
    "warehouse": [
        ("Warehouse Associate", "Keystone Distribution"),
        ("Forklift Operator", "Lehigh Valley Cold Storage"),
        ("Picker Packer", "Northstar Freight"),
        ("Shipping Clerk", "Helmfield Logistics"),
        ("Warehouse Team Lead", "Harvestline Foods"),
    ],
}
CITIES = [
    "London",
    "Manchester",
    "Leeds",
    "Austin, TX",
    "Denver, CO",
    "Chicago, IL",
    "Toronto, ON",
    "Dublin",
    "Berlin",
    "Remote",
    "Seattle, WA",
    "Bristol",
    "Edinburgh",
    "Atlanta, GA",
    "Sydney NSW",
    "Amsterdam",
    "Boston, MA",
    "Phoenix, AZ",
]


def _alert_lines(r: random.Random, query: str, salary: bool) -> list[str]:
    jobs = r.sample(ALERT_JOBS[query], k=min(len(ALERT_JOBS[query]), r.randint(3, 5)))
    lines = []
    for title, co in jobs:
        extra = ""
        if salary:
            lo = r.choice([28, 35, 42, 55, 65, 80, 95])
            extra = r.choice(
                [
                    f" — ${lo}k–${lo + r.choice([10, 15, 20])}k",
                    f" — £{lo}k–£{lo + 10}k",
                    " — Easy Apply",
                    " — Actively recruiting",
                    f" — {r.randint(1, 6)} days ago",
                ]
            )
        lines.append(f"* {title} — {co} — {r.choice(CITIES)}{extra}")
    return lines


def fam_linkedin_alert(n0: int):
    qs = [
        "data engineer",
        "product designer",
        "marketing manager",
        "registered nurse",
        "project manager",
        "accountant",
        "warehouse",
        "data engineer",
    ]
    fills = [{"co": f"{q}-{i}", "q": q} for i, q in enumerate(qs)]

    def make(f, r):
        lines = _alert_lines(r, f["q"], True)
        n = r.randint(6, 40)
        body = (
            f"Your job alert for {f['q']}\n\n{n} new jobs match your preferences.\n\n"
            + "\n".join(lines)
            + f"\n\n[See all jobs](https://www.linkedin.com/jobs/search/?keywords={f['q'].replace(' ', '%20')})\n\n"
            "This email was intended for {name}. You are receiving Job Alert emails.\nUnsubscribe · Help"
        )
        subj = r.choice(
            [
                f"“{f['q']}”: {lines[0][2:].split(' — ')[1]} - {lines[0][2:].split(' — ')[0]} and more",
                f"{n} new jobs for “{f['q']}”",
                f"Jobs you may be interested in: {f['q']}",
            ]
        )
        return (
            [("From", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"), ("Subject", subj)],
            body,
            {"fmt": r.choice(["html", "alt"]), "style": "news"},
        )

    return _family(n0, "en-f-linkedin-alert", "job_alert", fills, make)


def fam_indeed_alert(n0: int):
    qs = [
        "warehouse",
        "registered nurse",
        "accountant",
        "data engineer",
        "project manager",
        "marketing manager",
        "product designer",
        "warehouse",
    ]
    fills = [{"co": f"{q}-{i}", "q": q} for i, q in enumerate(qs)]

    def make(f, r):
        lines = _alert_lines(r, f["q"], True)
        body = (
            f"New jobs matching '{f['q']}'\n\n"
            + "\n".join(lines)
            + f"\n\n[View all jobs](https://www.indeed.com/jobs?q={f['q'].replace(' ', '+')})\n\n"
            f"{r.choice(['Apply quickly — employers are reviewing applications now.', 'Jobs you may be interested in, based on your recent searches.', 'Be one of the first to apply.'])}\n\n"
            "Indeed · Manage job alerts · Unsubscribe"
        )
        return (
            [
                ("From", "Indeed <alert@indeed.com>"),
                (
                    "Subject",
                    r.choice(
                        [
                            f"{len(lines)} new {f['q']} jobs",
                            f"New jobs matching '{f['q']}'",
                            f"{lines[0][2:].split(' — ')[0]} at {lines[0][2:].split(' — ')[1]} and more jobs",
                        ]
                    ),
                ),
            ],
            body,
            {"fmt": r.choice(["html", "html", "plain"]), "style": "news"},
        )

    return _family(n0, "en-f-indeed-alert", "job_alert", fills, make)


def fam_board_alert(n0: int):
    fills = [
        {"co": "glassdoor", "q": "data engineer", "from": "Glassdoor Jobs <noreply@glassdoor.com>"},
        {"co": "stepstone", "q": "product designer", "from": "StepStone <jobagent@stepstone.de>"},
        {"co": "totaljobs", "q": "accountant", "from": "Totaljobs <alerts@totaljobs.com>"},
        {"co": "seek", "q": "registered nurse", "from": "SEEK <noreply@s.seek.com.au>"},
        {"co": "monster", "q": "project manager", "from": "Monster <jobalerts@monster.com>"},
        {"co": "reed", "q": "marketing manager", "from": "reed.co.uk <jobs@reed.co.uk>"},
        {"co": "ziprecruiter", "q": "warehouse", "from": "ZipRecruiter <alerts@ziprecruiter.com>"},
    ]

    def make(f, r):
        lines = _alert_lines(r, f["q"], r.random() < 0.7)
        body = (
            f"Hi {{first}},\n\n{r.choice(['Here are new jobs matching your search', 'Jobs you may be interested in', 'Fresh jobs for your saved search'])}: “{f['q']}”\n\n"
            + "\n".join(lines)
            + f"\n\n[See more jobs](https://www.{f['co']}.com/jobs?q={f['q'].replace(' ', '-')})\n\n"
            f"You're receiving this because you created a job alert. Change frequency or unsubscribe."
        )
        return (
            [
                ("From", f["from"]),
                (
                    "Subject",
                    r.choice(
                        [
                            f"New jobs for {f['q']}",
                            f"{f['q'].title()}: {len(lines)} new jobs",
                            "Jobs you may be interested in",
                        ]
                    ),
                ),
            ],
            body,
            {"fmt": r.choice(["html", "alt", "plain"]), "style": "news"},
        )

    return _family(n0, "en-f-board-alert", "job_alert", fills, make)


def fam_weekly_newsletter(n0: int):
    topics = [
        (
            "The polite art of the follow-up",
            "How long to wait after an interview before following up, and what to say when a company has gone quiet.",
        ),
        (
            "When the rejection comes after the final round",
            "It hurts most when you were close. Three ways to ask for feedback without sounding defensive.",
        ),
        (
            "Salary bands are here. Now what?",
            "Pay transparency laws mean more listings show ranges. Here's how to use them when negotiating.",
        ),
        (
            "Auto-rejected in minutes? Blame the knockout questions",
            "Many ATS forms screen you out on one yes/no question. Read them carefully before you click submit.",
        ),
        (
            "Your CV is not a biography",
            "The top third of page one does 80% of the work. A before-and-after makeover.",
        ),
    ]
    fills = [{"co": f"issue-{i}", "title": t, "blurb": b} for i, (t, b) in enumerate(topics)]

    def make(f, r):
        body = (
            f"# {f['title']}\n\nHi {{first}},\n\n{f['blurb']}\n\n"
            f"[Read this week's issue](https://thejobsearchlab.com/issues/{r.randint(40, 160)})\n\n"
            "Also this week:\n* Reader question: is it OK to reapply six months after being turned down?\n* Five companies hiring remotely right now\n\n"
            "The Job Search Lab · Unsubscribe · Update preferences"
        )
        return (
            [
                ("From", "The Job Search Lab <weekly@thejobsearchlab.com>"),
                ("Subject", f"Job Search Lab: {f['title']}"),
            ],
            body,
            {"fmt": r.choice(["html", "alt"]), "style": "news"},
        )

    return _family(n0, "en-f-jobsearchlab-news", "newsletter_or_advice", fills, make)


def fam_hm_ats_notify(n0: int):
    fills = [
        {
            "co": "Bluefin Logistics",
            "cand": "Aaron Whitfield",
            "role": "Senior Data Engineer",
            "req": "4402",
        },
        {
            "co": "Bluefin Logistics",
            "cand": "Sunita Rao",
            "role": "Analytics Engineer",
            "req": "4417",
        },
        {
            "co": "Quillmark",
            "cand": "Benjamin Fox",
            "role": "Product Designer (UX)",
            "req": "PD-112",
        },
        {
            "co": "Northwind Analytics",
            "cand": "Mariana Costa",
            "role": "BI Analyst",
            "req": "23-114",
        },
        {
            "co": "Tallgrass",
            "cand": "Elliot Grant",
            "role": "Senior Platform Engineer",
            "req": "ENG-88",
        },
        {
            "co": "Foundry Ten",
            "cand": "Chiara Bellucci",
            "role": "Staff Backend Engineer",
            "req": "FT-31",
        },
    ]

    def make(f, r):
        stage = r.choice(["Application Review", "Phone Screen", "Technical Interview", "Onsite"])
        reason = r.choice(
            [
                "Not enough relevant experience",
                "Skills mismatch",
                "Compensation expectations",
                "Hired another candidate",
                "Location / visa",
            ]
        )
        body = (
            f"Hi {{first}},\n\n{f['cand']} has been moved to Rejected in {f['role']} (Req {f['req']}).\n\n"
            f"Stage: {stage}\nReason: {reason}\nRejected by: {r.choice(['Tessa Morgan', 'Jordan Pierce', 'Chloe Barnes', 'Ravi Subramanian'])}\n"
            f"Candidate email: {r.choice(['scheduled for tomorrow 9:00 AM', 'sent', 'not sent (rejected silently)'])}\n\n"
            f"[View profile](https://app.greenhouse.io/people/{r.randint(10**7, 10**8)})\n\n"
            "You're receiving this because you're a hiring team member on this job. Manage notification settings."
        )
        return (
            [
                ("From", "Greenhouse Recruiting <no-reply@greenhouse.io>"),
                ("Subject", f"[{f['co']}] {f['cand']} was rejected from {f['role']}"),
            ],
            body,
            {"fmt": r.choice(["plain", "html"]), "style": "card"},
        )

    return _family(n0, "en-f-hm-ats-notify", "other", fills, make)


FAMILIES = [
    (1001, fam_workday_rejection),
    (1011, fam_linkedin_rejection),
    (1021, fam_smartrecruiters_rejection),
    (1031, fam_lever_rejection),
    (1041, fam_taleo_rejection),
    (1051, fam_icims_closed),
    (1061, fam_greenhouse_ack),
    (1071, fam_workday_ack),
    (1081, fam_icims_ack),
    (1091, fam_schedule_invite),
    (1101, fam_assessment_reminder),
    (1111, fam_linkedin_alert),
    (1121, fam_indeed_alert),
    (1131, fam_board_alert),
    (1141, fam_weekly_newsletter),
    (1151, fam_hm_ats_notify),
]


def write_families() -> int:
    n = 0
    for n0, fam in FAMILIES:
        for name, raw in fam(n0):
            number = int(name[:4])
            for old in OUT.glob(f"{number:04d}-*.eml"):
                old.unlink()
            (OUT / name).write_bytes(raw)
            n += 1
    return n


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
