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
import hashlib
import html
import random
import re
import sys
from datetime import datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parents[1] / "en-jobs"

KIND_SHORT = {
    "aa": "after_application", "ai": "after_interview", "pc": "position_closed",
    "ack": "acknowledgement", "inv": "interview_invite", "off": "offer", "ass": "assessment",
    "alert": "job_alert", "out": "recruiter_outreach", "news": "newsletter_or_advice",
    "oth": "other", "pers": "personal", "tx": "transactional",
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
    "America/New_York", "America/New_York", "America/Chicago", "America/Los_Angeles",
    "America/Denver", "America/Toronto", "Europe/London", "Europe/London", "Europe/Dublin",
    "Europe/Berlin", "Europe/Amsterdam", "Europe/Stockholm", "Asia/Singapore", "Asia/Kolkata",
    "Australia/Sydney", "Pacific/Auckland", "Africa/Lagos", "UTC",
]

ATS_HINTS = ("no-reply", "noreply", "do-not-reply", "donotreply", "notifications", "notification",
             "mailer", "jobs-", "alerts", "talent@", "careers@", "recruiting@", "hr@", "news")


def _rng(*parts: object) -> random.Random:
    return random.Random(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest())


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
    p_open = '<p class="MsoNormal">' if style == "outlook" else (
        "<div>" if style == "gmail" else '<p style="margin:0 0 14px 0;">')
    p_close = "</p>" if style != "gmail" else "</div><div><br></div>"
    quote_buf: list[str] = []

    def flush_quote() -> None:
        if quote_buf:
            inner = "<br>\n".join(_inline(q) for q in quote_buf)
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                         f'padding-left:1ex">{inner}</blockquote>')
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
                f"</td></tr></table>")
            continue
        if lines[0].startswith("# "):
            parts.append(f'<h2 style="font-size:18px;margin:18px 0 8px 0;color:{accent};">'
                         f"{_inline(lines[0][2:])}</h2>")
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
    name = re.sub(r"\b(Careers?|Talent( Acquisition)?|Recruiting|Recruitment|Hiring Team|HR|"
                  r"Jobs|via \w+|People Team|Team|Notifications?)\b", "", display).strip(" -|,")
    return name or addr.split("@")[-1].split(".")[0].title()


def to_html(body: str, style: str, seed: str, subject: str, sender: tuple[str, str]) -> str:
    r = _rng("html", seed)
    accent = r.choice(["#1a73e8", "#0b6e4f", "#5b2a86", "#c2410c", "#0f766e", "#1f2937",
                       "#b91c1c", "#2563eb", "#7c3aed", "#0e7490", "#334155", "#9d174d"])
    font = r.choice(["Arial, Helvetica, sans-serif", "'Helvetica Neue', Helvetica, Arial, sans-serif",
                     "Segoe UI, Roboto, Arial, sans-serif", "Georgia, 'Times New Roman', serif",
                     "Verdana, Geneva, sans-serif", "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif"])
    content = _blocks_html(body, style, accent)
    company = _company_of(*sender)
    slug = re.sub(r"[^a-z0-9]+", "-", company.lower()).strip("-") or "company"
    if style == "gmail":
        return f'<div dir="ltr">\n{content}\n</div>\n'
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;} --></style></head>\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{content}\n</div>\n</body>\n</html>\n')
    if style == "bare":
        return (f"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:{font};font-size:14px;\">\n"
                f"{content}\n</body></html>\n")
    logo_host = r.choice([f"https://cdn.{slug}.com/brand", f"https://assets.{slug}.io/email",
                          f"https://images.{slug}.com/mail", f"https://static.{slug}.co/img"])
    logo = f'<img src="{logo_host}/logo-{r.randint(120, 480)}.png" alt="{html.escape(company)}" height="{r.choice([28, 32, 36, 40])}" style="display:block;border:0;">'
    if style == "news":
        return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                f"<title>{html.escape(subject)}</title></head>\n"
                f'<body style="margin:0;background:#eef0f3;font-family:{font};">\n'
                f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
                f'<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#fff;">\n'
                f'<tr><td style="background:{accent};padding:18px 28px;">{logo}</td></tr>\n'
                f'<tr><td style="padding:26px 28px;font-size:16px;line-height:1.6;color:#222;">\n{content}\n</td></tr>\n'
                f"</table>\n</td></tr></table>\n</body></html>\n")
    # card: typical ATS notification layout
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{html.escape(subject)}</title></head>\n"
            f'<body style="margin:0;padding:0;background:#f4f5f7;">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr>'
            f'<td align="center" style="padding:24px 12px;">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            f'border-radius:6px;font-family:{font};color:#333333;">\n'
            f'<tr><td style="padding:22px 32px;border-bottom:3px solid {accent};">{logo}</td></tr>\n'
            f'<tr><td style="padding:26px 32px;font-size:15px;line-height:1.55;">\n{content}\n</td></tr>\n'
            f"</table>\n</td></tr></table>\n</body></html>\n")


# --- headers ------------------------------------------------------------------------------


def _is_ats(addr: str) -> bool:
    a = addr.lower()
    return any(h in a for h in ATS_HINTS)


def _message_id(r: random.Random, from_addr: str, when: datetime) -> str:
    domain = from_addr.split("@")[-1].lower()
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if domain in {"gmail.com", "googlemail.com"}:
        return "<CA" + "".join(r.choice(alnum + "+_-") for _ in range(46)) + "@mail.gmail.com>"
    if _is_ats(from_addr):
        kind = r.randrange(4)
        if kind == 0:
            return f"<0100{r.getrandbits(64):016x}-{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-{r.getrandbits(16):04x}-{r.getrandbits(48):012x}-000000@email.amazonses.com>"
        if kind == 1:
            return f"<{''.join(r.choice(alnum) for _ in range(22))}@geopod-ismtpd-{r.randint(1, 40)}>"
        if kind == 2:
            return f"<{int(when.timestamp())}.{r.getrandbits(40):x}@{domain}>"
        return f"<{r.getrandbits(128):032x}@{domain}>"
    kind = r.randrange(3)
    if kind == 0:
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return (f"<{''.join(r.choice(up) for _ in range(4))}PR{r.randint(10, 99)}MB{r.randint(1000, 9999)}"
                f"{''.join(r.choice(up) for _ in range(10))}@{''.join(r.choice(up) for _ in range(4))}PR{r.randint(10, 99)}"
                f"MB{r.randint(1000, 9999)}.namprd{r.randint(10, 22):02d}.prod.outlook.com>")
    if kind == 1:
        return "<CA" + "".join(r.choice(alnum + "+_-") for _ in range(46)) + "@mail.gmail.com>"
    return f"<{r.getrandbits(64):016x}.{r.randint(1000, 99999)}@{domain}>"


def _when(r: random.Random, date: str | None, tz: str | None) -> datetime:
    zone = ZoneInfo(tz or r.choice(ZONES))
    if date:
        fmt = "%Y-%m-%d %H:%M" if " " in date else "%Y-%m-%d"
        naive = datetime.strptime(date, fmt)
        if " " not in date:
            naive = naive.replace(hour=r.randint(8, 18), minute=r.randint(0, 59))
    else:
        start = datetime(2023, 1, 3)
        naive = start + timedelta(days=r.randint(0, 1415))
        if naive.weekday() >= 5 and r.random() < 0.8:
            naive += timedelta(days=7 - naive.weekday())
        naive = naive.replace(hour=r.choice([7, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19, 21]),
                              minute=r.randint(0, 59))
    return naive.replace(second=r.randint(0, 59), tzinfo=zone)


def _gmail_date(d: datetime) -> str:
    return d.strftime("%a, %b ") + str(d.day) + d.strftime(", %Y at ") + d.strftime("%I:%M %p").lstrip("0")


def render_spec(number: int, slug: str, directives: dict[str, str], headers: list[tuple[str, str]],
                body: str) -> tuple[str, bytes]:
    seed = f"{number:04d}-{slug}"
    r = _rng(seed)
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
        "{first}": first, "{last}": last, "{name}": to_name, "{email}": to_addr,
        "{qdate}": _gmail_date(q),
        "{qdate_outlook}": q.strftime("%A, %B ") + str(q.day) + q.strftime(", %Y ") + q.strftime("%I:%M %p").lstrip("0"),
        "{qdate_short}": q.strftime("%d %b %Y, at %H:%M"),
    }
    for k, v in subs.items():
        body = body.replace(k, v)
        headers = [(hk, hv.replace(k, v)) for hk, hv in headers]
    hdr = {k.lower(): v for k, v in headers}
    subject = hdr.get("subject", "")

    fmt = directives.get("fmt")
    if not fmt:
        x = _rng("fmt", seed).random()
        fmt = "plain" if x < 0.6 else ("html" if x < 0.8 else "alt")
    style = directives.get("style")
    if not style:
        if kind in {"job_alert", "newsletter_or_advice"}:
            style = "news"
        elif _is_ats(from_addr):
            style = _rng("style", seed).choice(["card", "card", "card", "bare"])
        else:
            style = _rng("style", seed).choice(["gmail", "gmail", "outlook"])

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
        parent = _message_id(_rng("parent", seed), to_addr, q)
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
    if _is_ats(from_addr) and "auto-submitted" not in hdr and kind not in {"job_alert", "newsletter_or_advice"} \
            and _rng("auto", seed).random() < 0.55:
        msg["Auto-Submitted"] = "auto-generated"
    if kind in {"job_alert", "newsletter_or_advice"} and "list-unsubscribe" not in hdr \
            and directives.get("nolist") != "1":
        dom = from_addr.split("@")[-1]
        token = f"{r.getrandbits(80):x}"
        msg["List-Unsubscribe"] = f"<https://{dom}/unsubscribe?u={token}>, <mailto:unsubscribe@{dom}?subject={token}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        if "list-id" not in hdr:
            msg["List-Id"] = f"{_company_of(from_name, from_addr)} <{re.sub(r'[^a-z0-9]+', '-', subject.lower())[:24].strip('-') or 'mail'}.{dom}>"
        if "precedence" not in hdr:
            msg["Precedence"] = "bulk"
    if "Sent from my iPhone" in body and "x-mailer" not in hdr:
        msg["X-Mailer"] = "iPhone Mail (" + r.choice(["20G75", "21A360", "21E236", "21G93", "22B91", "22D72"]) + ")"
    msg["MIME-Version"] = "1.0"

    plain = plain_of(body)
    ctes = ["quoted-printable", "quoted-printable", "8bit", "8bit"] + (["base64"] if _is_ats(from_addr) else [])
    cte = directives.get("cte") or _rng("cte", seed).choice(ctes)
    if fmt == "plain":
        msg.set_content(plain, subtype="plain", charset="utf-8", cte=cte)
    elif fmt == "html":
        msg.set_content(to_html(body, style, seed, subject, (from_name, from_addr)), subtype="html",
                        charset="utf-8", cte="quoted-printable" if cte == "8bit" else cte)
    elif fmt == "alt":
        msg.set_content(plain, subtype="plain", charset="utf-8", cte=cte)
        msg.add_alternative(to_html(body, style, seed, subject, (from_name, from_addr)), subtype="html",
                            charset="utf-8", cte="quoted-printable" if cte == "8bit" else cte)
        boundary = f"{'=' * 15}{r.getrandbits(60):015d}=="[:40] if r.random() < 0.5 else f"000000000000{r.getrandbits(48):012x}"
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
        from importlib import import_module
        fam = import_module("gen_en_jobs_families") if False else None  # placeholder, see below
        del fam
        n += write_families()
    print(f"wrote {n} messages to {OUT}")
    return 0


def write_families() -> int:  # filled in further down
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
