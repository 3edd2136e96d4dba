"""Builder for the `everyday/` set (ordinary mail and spam, all `not_rejection`).

Two uses:
  * as a library: `write(spec)` turns one message description (a dict) into a labelled .eml file.
    The hand-written one-off messages were produced with it; their text lives only in the .eml files.
  * as a script: `python models/corpus/tools/gen_everyday.py` regenerates the small template
    families (numbers 0900-0999), one X-Corpus-Group per family, at most 8 messages each.

Spec keys (all strings unless noted):
  n (int), lang, slug, kind, frm, to, subj, date ("YYYY-MM-DD HH:MM"), tz (IANA zone name),
  text (plain body; light markup: "## heading", "- item", "[label](url)", "**bold**"),
  html (optional hand-made HTML; otherwise derived from text), fmt ("plain" | "html" | "alt"),
  skin (HTML skin: "card", "news", "corp", "simple"), brand, color,
  cs ("utf-8" | "iso-8859-1"), cte ("qp" | "8bit" | "b64"), cc, reply_to,
  reply (parent Message-ID, or True to invent one), refs (list of ids), list (List-Id value),
  unsub (List-Unsubscribe URL), auto (bool: Auto-Submitted), hdr (dict of extra headers),
  group (defaults to ev-h-NNNN), mid_style ("gmail" | "ses" | "outlook" | "plain").
"""

from __future__ import annotations

import datetime as _dt
import email.policy
import email.utils
import hashlib
import html as _html
import random
import re
import sys
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parents[1] / "everyday"
POLICY = email.policy.default


def _rng(key: str) -> random.Random:
    return random.Random(hashlib.sha256(key.encode()).hexdigest())


def _addr_domain(addr: str) -> str:
    m = re.search(r"@([A-Za-z0-9.-]+)", addr)
    return m.group(1).lower() if m else "localhost"


def make_mid(key: str, frm: str, style: str | None = None) -> str:
    r = _rng("mid:" + key)
    dom = _addr_domain(frm)
    if style is None:
        if dom in {"gmail.com", "googlemail.com"}:
            style = "gmail"
        elif dom.endswith(("outlook.com", "hotmail.com", "live.com")):
            style = "outlook"
        else:
            style = r.choice(["plain", "plain", "ses", "hex"])
    hexs = lambda k: "".join(r.choice("0123456789abcdef") for _ in range(k))
    if style == "gmail":
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
        return "<CA" + "".join(r.choice(chars) for _ in range(46)) + "@mail.gmail.com>"
    if style == "outlook":
        return ("<" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(38))
                + "@" + r.choice(["AM0PR07MB", "DB9PR03MB", "PAXPR10MB", "VI1PR04MB"])
                + str(r.randint(1000, 9999)) + ".eurprd07.prod.outlook.com>")
    if style == "ses":
        return f"<0100018{hexs(1)}{hexs(9)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@email.amazonses.com>"
    if style == "hex":
        return f"<{hexs(32)}@{dom}>"
    return f"<{r.randint(10**9, 10**10)}.{hexs(12)}.{r.randint(100, 9999)}@{dom}>"


def make_date(date: str, tz: str) -> str:
    naive = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M")
    sec = int(hashlib.md5(date.encode()).hexdigest(), 16) % 60
    return email.utils.format_datetime(naive.replace(second=sec, tzinfo=ZoneInfo(tz)))


# ---------------------------------------------------------------- light markup -> text / HTML

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")


def to_plain(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.startswith("## "):
            line = line[3:].upper()
        line = _LINK.sub(lambda m: f"{m.group(1)} <{m.group(2)}>" if m.group(1) != m.group(2) else m.group(2), line)
        line = _BOLD.sub(r"\1", line)
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def _inline(s: str, link_style: str) -> str:
    s = _html.escape(s, quote=False)
    s = _LINK.sub(lambda m: f'<a href="{m.group(2)}" style="{link_style}">{m.group(1)}</a>', s)
    s = _BOLD.sub(r"<strong>\1</strong>", s)
    return s


def body_html(text: str, link_style: str, p_style: str, h_style: str) -> str:
    blocks, cur = [], []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            if cur:
                blocks.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    parts = []
    for b in blocks:
        if all(l.startswith("- ") for l in b):
            items = "".join(f'<li style="margin:0 0 6px 0;">{_inline(l[2:], link_style)}</li>' for l in b)
            parts.append(f'<ul style="{p_style}padding-left:20px;">{items}</ul>')
        elif b[0].startswith("## "):
            parts.append(f'<h2 style="{h_style}">{_inline(b[0][3:], link_style)}</h2>')
            if b[1:]:
                parts.append(f'<p style="{p_style}">' + "<br>\n".join(_inline(l, link_style) for l in b[1:]) + "</p>")
        elif all(l.startswith(">") for l in b):
            q = "<br>\n".join(_inline(l.lstrip("> "), link_style) for l in b)
            parts.append(f'<blockquote style="margin:0 0 0 8px;padding-left:10px;border-left:2px solid #ccc;color:#555;">{q}</blockquote>')
        else:
            parts.append(f'<p style="{p_style}">' + "<br>\n".join(_inline(l, link_style) for l in b) + "</p>")
    return "\n".join(parts)


def skin_html(spec: dict, text: str) -> str:
    skin = spec.get("skin", "card")
    brand = spec.get("brand") or email.utils.parseaddr(spec["frm"])[0] or _addr_domain(spec["frm"])
    color = spec.get("color", "#1a4f8b")
    dom = _addr_domain(spec["frm"])
    key = f"{spec['n']}-{spec['slug']}"
    r = _rng("px:" + key)
    pix = f"https://{r.choice(['t', 'e', 'click', 'links', 'mail'])}.{dom}/{r.choice(['o', 'open', 'px', 'wf/open'])}?u={r.getrandbits(48):x}&m={r.getrandbits(32):x}"
    lang = spec.get("lang", "en")
    foot = spec.get("footer") or {
        "en": "You are receiving this email because you have an account with us.",
        "de": "Sie erhalten diese E-Mail, weil Sie ein Kundenkonto bei uns haben.",
        "fr": "Vous recevez cet e-mail car vous disposez d'un compte chez nous.",
        "es": "Recibes este correo porque tienes una cuenta con nosotros.",
    }[lang]
    unsub_label = {"en": "Unsubscribe", "de": "Abmelden", "fr": "Se désabonner", "es": "Darse de baja"}[lang]
    priv_label = {"en": "Privacy", "de": "Datenschutz", "fr": "Confidentialité", "es": "Privacidad"}[lang]
    if skin == "simple":
        inner = body_html(text, "color:#0645ad;", "margin:0 0 12px 0;", "font-size:16px;margin:16px 0 8px 0;")
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={spec.get("cs", "utf-8")}"></head>\n'
                f'<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">\n{inner}\n</div>\n'
                f'<img src="{pix}" width="1" height="1" alt="" style="display:none;"></body></html>\n')
    if skin == "corp":
        inner = body_html(text, "color:#0563C1;text-decoration:underline;", "margin:0 0 11pt 0;font-size:11pt;font-family:Calibri,sans-serif;", "font-size:13pt;color:#1F3864;font-family:Calibri,sans-serif;")
        inner = inner.replace('<p style="', '<p class="MsoNormal" style="')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                f'<head><meta http-equiv="Content-Type" content="text/html; charset={spec.get("cs", "utf-8")}">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
                f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{inner}\n</div></body></html>\n')
    links = spec.get("links") or [("#", unsub_label), ("#", priv_label)]
    def _href(u: str, l: str) -> str:
        return u if u != "#" else "https://www." + dom + "/" + l.lower().replace(" ", "-")
    foot_links = " &middot; ".join(
        f'<a href="{_href(u, l)}" style="color:#888;">{_html.escape(l)}</a>' for u, l in links)
    addr = _html.escape(spec.get("postal", ""))
    if skin == "news":
        inner = body_html(text, f"color:{color};", "margin:0 0 14px 0;font-size:15px;line-height:1.55;color:#333;",
                          f"font-size:19px;margin:26px 0 8px 0;padding-top:14px;border-top:1px solid #e5e5e5;color:{color};font-family:Georgia,serif;")
        head = f'<td style="padding:22px 28px;font-family:Georgia,serif;font-size:26px;color:#111;border-bottom:3px solid {color};">{_html.escape(brand)}</td>'
    else:
        inner = body_html(text, f"color:{color};text-decoration:none;font-weight:bold;", "margin:0 0 14px 0;font-size:14px;line-height:1.5;color:#333333;",
                          "font-size:17px;margin:20px 0 8px 0;color:#111111;")
        head = f'<td style="background:{color};padding:18px 28px;font-family:Helvetica,Arial,sans-serif;font-size:20px;font-weight:bold;color:#ffffff;">{_html.escape(brand)}</td>'
    pre = _html.escape(spec.get("preheader", ""))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{spec.get("cs", "utf-8")}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_html.escape(spec["subj"])}</title></head>
<body style="margin:0;padding:0;background:#f2f3f5;">
<div style="display:none;max-height:0;overflow:hidden;">{pre}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f3f5;"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:4px;">
<tr>{head}</tr>
<tr><td style="padding:24px 28px;font-family:Helvetica,Arial,sans-serif;">
{inner}
</td></tr>
<tr><td style="padding:16px 28px 24px 28px;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:1.5;color:#888888;border-top:1px solid #eeeeee;">
{_html.escape(foot)}<br>{addr}{"<br>" if addr else ""}{foot_links}
</td></tr>
</table>
</td></tr></table>
<img src="{pix}" width="1" height="1" border="0" alt="" style="display:block;height:1px;width:1px;">
</body></html>
"""


# ---------------------------------------------------------------- message assembly

def build(spec: dict) -> EmailMessage:
    n, lang = spec["n"], spec["lang"]
    key = f"{n}-{spec['slug']}"
    msg = EmailMessage(policy=POLICY)
    msg["X-Corpus-Label"] = "not_rejection"
    msg["X-Corpus-Kind"] = spec["kind"]
    msg["X-Corpus-Language"] = lang
    msg["X-Corpus-Group"] = spec.get("group", f"ev-h-{n:04d}")
    for h in spec.get("pre_hdr", {}):
        msg[h] = spec["pre_hdr"][h]
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = make_date(spec["date"], spec.get("tz", "Europe/Berlin" if lang == "de" else "America/New_York"))
    msg["Message-ID"] = spec.get("mid") or make_mid(key, spec["frm"], spec.get("mid_style"))
    rep = spec.get("reply")
    if rep:
        parent = rep if isinstance(rep, str) else make_mid("parent:" + key, spec["to"].split(",")[0])
        refs = list(spec.get("refs", [])) + [parent]
        msg["In-Reply-To"] = parent
        msg["References"] = " ".join(refs)
    if spec.get("list"):
        msg["List-Id"] = spec["list"]
        u = spec.get("unsub") or f"https://{_addr_domain(spec['frm'])}/unsubscribe?id={_rng('u' + key).getrandbits(40):x}"
        msg["List-Unsubscribe"] = f"<{u}>"
        if u.startswith("https"):
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = spec.get("precedence", "bulk")
    if spec.get("auto"):
        msg["Auto-Submitted"] = "auto-generated"
    for h, v in spec.get("hdr", {}).items():
        msg[h] = v
    cs = spec.get("cs", "utf-8")
    fmt = spec.get("fmt", "plain")
    default_cte = _rng("cte:" + key).choice(["qp", "qp", "8bit"] if fmt == "plain" else ["qp", "qp", "qp", "b64"])
    cte = {"qp": "quoted-printable", "8bit": "8bit", "b64": "base64", "7bit": "7bit"}[spec.get("cte", default_cte)]
    text = spec["text"]
    plain = to_plain(text)
    if fmt == "plain":
        msg.set_content(plain, charset=cs, cte=cte)
    else:
        html = spec.get("html") or skin_html(spec, text)
        if fmt == "html":
            msg.set_content(html, subtype="html", charset=cs, cte=cte)
        else:
            msg.set_content(plain, charset=cs, cte=cte)
            msg.add_alternative(html, subtype="html", charset=cs, cte=cte)
    return msg


def filename(spec: dict) -> str:
    return f"{spec['n']:04d}-{spec['lang']}-{spec['slug']}.eml"


def write(spec: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{spec['n']:04d}-*.eml"):
        old.unlink()
    p = OUT / filename(spec)
    p.write_bytes(build(spec).as_bytes(policy=POLICY))
    return p


def write_all(specs: list[dict]) -> None:
    seen = set()
    for s in specs:
        if s["n"] in seen:
            raise SystemExit(f"duplicate number {s['n']}")
        seen.add(s["n"])
        write(s)
    print(f"wrote {len(specs)} messages")


if __name__ == "__main__":
    from gen_everyday_families import FAMILIES  # noqa: E402  (see bottom of file)
