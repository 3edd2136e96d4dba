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

import email.policy
import email.utils
import hashlib
import html as _html
import re
from email.message import EmailMessage
from pathlib import Path

from corpus_common import (
    ALNUM,
    CORPUS,
    UPPER_ALNUM,
    gmail_message_id,
    local_datetime,
    random_chars,
    random_hex,
    seeded_rng,
)

OUT = CORPUS / "everyday"
POLICY = email.policy.default


def _addr_domain(addr: str) -> str:
    m = re.search(r"@([A-Za-z0-9.-]+)", addr)
    return m.group(1).lower() if m else "localhost"


def make_mid(key: str, frm: str, style: str | None = None) -> str:
    r = seeded_rng("mid:" + key)
    dom = _addr_domain(frm)
    if style is None:
        if dom in {"gmail.com", "googlemail.com"}:
            style = "gmail"
        elif dom.endswith(("outlook.com", "hotmail.com", "live.com")):
            style = "outlook"
        else:
            style = r.choice(["plain", "plain", "ses", "hex"])

    def hexs(k: int) -> str:
        return random_hex(r, k)

    if style == "gmail":
        return gmail_message_id(r, ALNUM + "_-+=", 46)
    if style == "outlook":
        return (
            "<"
            + random_chars(r, UPPER_ALNUM, 38)
            + "@"
            + r.choice(["AM0PR07MB", "DB9PR03MB", "PAXPR10MB", "VI1PR04MB"])
            + str(r.randint(1000, 9999))
            + ".eurprd07.prod.outlook.com>"
        )
    if style == "ses":
        return f"<0100018{hexs(1)}{hexs(9)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@email.amazonses.com>"
    if style == "hex":
        return f"<{hexs(32)}@{dom}>"
    return f"<{r.randint(10**9, 10**10)}.{hexs(12)}.{r.randint(100, 9999)}@{dom}>"


def make_date(date: str, tz: str) -> str:
    sec = int(hashlib.md5(date.encode()).hexdigest(), 16) % 60
    return email.utils.format_datetime(local_datetime(date, tz, sec))


# ---------------------------------------------------------------- light markup -> text / HTML

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")


def to_plain(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.startswith("## "):
            line = line[3:].upper()
        line = _LINK.sub(
            lambda m: f"{m.group(1)} <{m.group(2)}>" if m.group(1) != m.group(2) else m.group(2), line
        )
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
        if all(ln.startswith("- ") for ln in b):
            items = "".join(f'<li style="margin:0 0 6px 0;">{_inline(ln[2:], link_style)}</li>' for ln in b)
            parts.append(f'<ul style="{p_style}padding-left:20px;">{items}</ul>')
        elif b[0].startswith("## "):
            parts.append(f'<h2 style="{h_style}">{_inline(b[0][3:], link_style)}</h2>')
            if b[1:]:
                parts.append(
                    f'<p style="{p_style}">' + "<br>\n".join(_inline(ln, link_style) for ln in b[1:]) + "</p>"
                )
        elif all(ln.startswith(">") for ln in b):
            q = "<br>\n".join(_inline(ln.lstrip("> "), link_style) for ln in b)
            parts.append(
                f'<blockquote style="margin:0 0 0 8px;padding-left:10px;border-left:2px solid #ccc;color:#555;">{q}</blockquote>'
            )
        else:
            parts.append(
                f'<p style="{p_style}">' + "<br>\n".join(_inline(ln, link_style) for ln in b) + "</p>"
            )
    return "\n".join(parts)


def skin_html(spec: dict, text: str) -> str:
    skin = spec.get("skin", "card")
    brand = spec.get("brand") or email.utils.parseaddr(spec["frm"])[0] or _addr_domain(spec["frm"])
    color = spec.get("color", "#1a4f8b")
    dom = _addr_domain(spec["frm"])
    key = f"{spec['n']}-{spec['slug']}"
    r = seeded_rng("px:" + key)
    pix = f"https://{r.choice(['t', 'e', 'click', 'links', 'mail'])}.{dom}/{r.choice(['o', 'open', 'px', 'wf/open'])}?u={r.getrandbits(48):x}&m={r.getrandbits(32):x}"
    lang = spec.get("lang", "en")
    foot = (
        spec.get("footer")
        or {
            "en": "You are receiving this email because you have an account with us.",
            "de": "Sie erhalten diese E-Mail, weil Sie ein Kundenkonto bei uns haben.",
            "fr": "Vous recevez cet e-mail car vous disposez d'un compte chez nous.",
            "es": "Recibes este correo porque tienes una cuenta con nosotros.",
        }[lang]
    )
    unsub_label = {"en": "Unsubscribe", "de": "Abmelden", "fr": "Se désabonner", "es": "Darse de baja"}[lang]
    priv_label = {"en": "Privacy", "de": "Datenschutz", "fr": "Confidentialité", "es": "Privacidad"}[lang]
    if skin == "simple":
        inner = body_html(text, "color:#0645ad;", "margin:0 0 12px 0;", "font-size:16px;margin:16px 0 8px 0;")
        return (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={spec.get("cs", "utf-8")}"></head>\n'
            f'<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">\n{inner}\n</div>\n'
            f'<img src="{pix}" width="1" height="1" alt="" style="display:none;"></body></html>\n'
        )
    if skin == "corp":
        inner = body_html(
            text,
            "color:#0563C1;text-decoration:underline;",
            "margin:0 0 11pt 0;font-size:11pt;font-family:Calibri,sans-serif;",
            "font-size:13pt;color:#1F3864;font-family:Calibri,sans-serif;",
        )
        inner = inner.replace('<p style="', '<p class="MsoNormal" style="')
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={spec.get("cs", "utf-8")}">\n'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
            f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{inner}\n</div></body></html>\n'
        )
    links = spec.get("links") or [("#", unsub_label), ("#", priv_label)]

    def _href(u: str, label: str) -> str:
        return u if u != "#" else "https://www." + dom + "/" + label.lower().replace(" ", "-")

    foot_links = " &middot; ".join(
        f'<a href="{_href(u, ln)}" style="color:#888;">{_html.escape(ln)}</a>' for u, ln in links
    )
    addr = _html.escape(spec.get("postal", ""))
    if skin == "news":
        inner = body_html(
            text,
            f"color:{color};",
            "margin:0 0 14px 0;font-size:15px;line-height:1.55;color:#333;",
            f"font-size:19px;margin:26px 0 8px 0;padding-top:14px;border-top:1px solid #e5e5e5;color:{color};font-family:Georgia,serif;",
        )
        head = f'<td style="padding:22px 28px;font-family:Georgia,serif;font-size:26px;color:#111;border-bottom:3px solid {color};">{_html.escape(brand)}</td>'
    else:
        inner = body_html(
            text,
            f"color:{color};text-decoration:none;font-weight:bold;",
            "margin:0 0 14px 0;font-size:14px;line-height:1.5;color:#333333;",
            "font-size:17px;margin:20px 0 8px 0;color:#111111;",
        )
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
    msg["Date"] = make_date(
        spec["date"], spec.get("tz", "Europe/Berlin" if lang == "de" else "America/New_York")
    )
    msg["Message-ID"] = spec.get("mid") or make_mid(key, spec["frm"], spec.get("mid_style"))
    rep = spec.get("reply")
    if rep:
        parent = rep if isinstance(rep, str) else make_mid("parent:" + key, spec["to"].split(",")[0])
        refs = list(spec.get("refs", [])) + [parent]
        msg["In-Reply-To"] = parent
        msg["References"] = " ".join(refs)
    if spec.get("list"):
        msg["List-Id"] = spec["list"]
        u = (
            spec.get("unsub")
            or f"https://{_addr_domain(spec['frm'])}/unsubscribe?id={seeded_rng('u' + key).getrandbits(40):x}"
        )
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
    default_cte = seeded_rng("cte:" + key).choice(
        ["qp", "qp", "8bit"] if fmt == "plain" else ["qp", "qp", "qp", "b64"]
    )
    cte = {"qp": "quoted-printable", "8bit": "8bit", "b64": "base64", "7bit": "7bit"}[
        spec.get("cte", default_cte)
    ]
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
            r = seeded_rng("boundary:" + key)

            def hx(k: int) -> str:
                return random_hex(r, k)

            style = r.randrange(3)
            if style == 0 or "mail.gmail.com" in msg["Message-ID"]:
                boundary = "0000000000" + hx(18)
            elif style == 1:
                boundary = f"----=_Part_{r.randint(100000, 999999)}_{r.randint(10**8, 10**9)}.{r.randint(10**12, 10**13)}"
            else:
                boundary = f"_000_{hx(24)}_"
            msg.set_boundary(boundary)
            for part in msg.iter_parts():
                del part["MIME-Version"]
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


# ---------------------------------------------------------------- template families (0900-0999)
# Each family is one template with varied slots; one X-Corpus-Group per family, at most 8 members.

RCPT = {
    "maya": "Maya Thompson <maya.thompson@gmail.com>",
    "dan": "Daniel Okafor <d.okafor@outlook.com>",
    "priya": "Priya Raman <priya.raman87@gmail.com>",
    "tom": "Tom Whitfield <tom@whitfield.me>",
    "jess": "Jess Alvarez <jessalvarez@fastmail.com>",
    "chris": "Chris Nguyen <chris.nguyen@protonmail.com>",
    "hannah": "Hannah Brooks <hbrooks@icloud.com>",
    "sam": "Sam Patel <sam.patel.dev@gmail.com>",
    "olivia": "Olivia Grant <olivia.grant@hey.com>",
    "ben": "Ben Carter <bencarter1990@yahoo.com>",
    "aisha": "Aisha Mohammed <aisha.m.writes@gmail.com>",
    "liam": "Liam O'Connor <liam.oconnor@eircom.net>",
    "rachel": "Rachel Kim <rachel.kim@fastmail.com>",
    "jordan": "Jordan Lee <jordanlee@pm.me>",
    "emily": "Emily Zhang <emily.zhang@outlook.com>",
    "lena": "Lena Hoffmann <lena.hoffmann@posteo.de>",
    "jonas": "Jonas Becker <jonas.becker@gmx.de>",
    "sarah": "Sarah Wagner <s.wagner@web.de>",
    "felix": "Felix Schulz <felix.schulz@t-online.de>",
    "anna": "Anna Krüger <anna.krueger@mailbox.org>",
    "tobias": "Tobias Maier <tobias.maier@gmail.com>",
    "kathi": "Katharina Vogel <k.vogel@gmx.net>",
    "murat": "Murat Yilmaz <murat.yilmaz@web.de>",
    "camille": "Camille Moreau <camille.moreau@orange.fr>",
    "julien": "Julien Lefèvre <julien.lefevre@free.fr>",
    "lucia": "Lucía Fernández <lucia.fernandez@gmail.com>",
    "javier": "Javier Ruiz <javier.ruiz@hotmail.es>",
}


def _first(who: str) -> str:
    return RCPT[who].split()[0]


def fam_2fa(n0: int) -> list[dict]:
    rows = [
        ("maya", "2024-01-14 07:02", "482910", "Chrome on macOS", "Chicago, US"),
        ("chris", "2024-06-30 23:41", "019377", "Firefox on Linux", "Oakland, US"),
        ("liam", "2025-02-11 12:15", "663041", "Safari on iPhone", "Dublin, IE"),
        ("emily", "2026-05-08 18:09", "250718", "Edge on Windows", "Seattle, US"),
        ("jonas", "2023-11-19 09:27", "774120", "Chrome on Android", "Leipzig, DE"),
        ("rachel", "2026-10-02 06:55", "318845", "Lumen Notes for iPad", "Edinburgh, GB"),
    ]
    out = []
    for k, (who, date, code, dev, loc) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"lumen-verification-code-{k + 1}",
                kind="transactional",
                group="ev-f-lumen-2fa",
                frm="Lumen Notes <security@lumennotes.app>",
                to=RCPT[who],
                subj=f"{code} is your Lumen Notes verification code",
                date=date,
                tz="UTC",
                auto=True,
                fmt="html" if k % 2 else "alt",
                brand="Lumen Notes",
                color="#3d348b",
                text=f"Hi {_first(who)},\n\nUse this code to finish signing in:\n\n**{code}**\n\n"
                f"Requested from: {dev}\nApproximate location: {loc}\n\n"
                "The code expires in 10 minutes. If you didn't request it, someone may know your password - "
                "please change it in Settings > Security.\n\nLumen Notes",
            )
        )
    return out


def fam_shipping_en(n0: int) -> list[dict]:
    rows = [
        (
            "olivia",
            "2024-12-10 11:20",
            "BH-221044",
            ["Linen cushion cover set (sage)"],
            "UPS",
            "1Z 84W 2E1 03 1188 2045",
            "Fri, Dec 13",
        ),
        (
            "hannah",
            "2023-09-05 15:02",
            "BH-180392",
            ["Stoneware dinner plates, set of 4", "Olive wood serving board"],
            "FedEx",
            "7781 4420 1193",
            "Mon, Sep 11",
        ),
        (
            "rachel",
            "2025-03-18 09:44",
            "BH-260118",
            ["Nordby oak side table (natural)"],
            "Freight partner",
            "BHF-889120",
            "within 5-7 business days (we'll call to book a slot)",
        ),
        (
            "ben",
            "2024-05-27 17:31",
            "BH-230871",
            ["Wool throw, charcoal", "Beeswax candles, pack of 6"],
            "USPS",
            "9400 1118 9922 3310 4471 82",
            "Thu, May 30",
        ),
        (
            "jordan",
            "2026-11-10 08:05",
            "BH-291004",
            ["Ceramic table lamp (oat)"],
            "UPS",
            "1Z 84W 2E1 03 5521 9937",
            "Thu, Nov 12",
        ),
        (
            "priya",
            "2025-07-01 13:13",
            "BH-272215",
            ["Waffle bath towels, set of 2", "Bath mat (sand)", "Glass soap dispenser"],
            "DHL",
            "JD014600009871203",
            "Mon, Jul 7",
        ),
    ]
    out = []
    for k, (who, date, order, items, carrier, trk, eta) in enumerate(rows):
        lines = "\n".join(f"- {it}" for it in items)
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"brightside-shipped-{k + 1}",
                kind="transactional",
                group="ev-f-brightside-shipping",
                frm="Brightside Home <orders@brightsidehome.com>",
                to=RCPT[who],
                subj=f"Your Brightside order {order} has shipped",
                date=date,
                auto=True,
                fmt=["html", "alt", "html", "html", "alt", "html"][k],
                brand="brightside home",
                color="#2b2d42",
                tz="America/New_York" if who not in ("rachel", "priya") else "Europe/London",
                text=f"Hi {_first(who)},\n\nGood news - your order is on its way.\n\n{lines}\n\n"
                f"Carrier: {carrier}\nTracking number: {trk}\nEstimated delivery: {eta}\n\n"
                f"[Track your package](https://brightsidehome.com/orders/{order}/track)\n\n"
                "Something not right? Our care team is here 7 days a week.\n\nBrightside Home",
            )
        )
    return out


def fam_blitzpaket_de(n0: int) -> list[dict]:
    rows = [
        ("lena", "2024-03-07 07:45", "0034 4123 5520 1187", "Modestern", "zwischen 10:15 und 12:15 Uhr"),
        ("felix", "2024-10-22 08:10", "0034 4123 6610 9921", "TechnoHaus", "zwischen 13:40 und 15:40 Uhr"),
        (
            "anna",
            "2025-01-28 06:58",
            "0034 4123 7002 4418",
            "Buchhandlung Seitenwind",
            "zwischen 09:00 und 11:00 Uhr",
        ),
        (
            "murat",
            "2023-12-12 07:21",
            "0034 4123 4981 3310",
            "Spielwaren Kunterbunt",
            "zwischen 14:20 und 16:20 Uhr",
        ),
        ("kathi", "2025-06-03 08:33", "0034 4123 7719 2006", "Gartenfreude", "zwischen 11:00 und 13:00 Uhr"),
        (
            "tobias",
            "2024-07-15 07:02",
            "0034 4123 6120 0057",
            "Fahrradteile Nord",
            "zwischen 16:05 und 18:05 Uhr",
        ),
    ]
    out = []
    for k, (who, date, trk, shop, win) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="de",
                slug=f"blitzpaket-kommt-heute-{k + 1}",
                kind="transactional",
                group="ev-f-blitzpaket-heute",
                frm="Blitzpaket <benachrichtigung@blitzpaket.de>",
                to=RCPT[who],
                subj=f"Ihr Paket von {shop} kommt heute",
                date=date,
                auto=True,
                fmt=["html", "alt", "plain"][k % 3],
                brand="Blitzpaket",
                color="#ffd100",
                text=f"Hallo {RCPT[who].split('<')[0].strip()},\n\nIhr Paket von **{shop}** wird heute zugestellt.\n\n"
                f"Voraussichtliches Zeitfenster: {win}\nSendungsnummer: {trk}\n\n"
                "Nicht zu Hause? Sie können die Sendung bis 8 Uhr am Zustelltag noch an einen Nachbarn oder "
                "einen Ablageort umleiten.\n\n"
                f"[Sendung verfolgen](https://blitzpaket.de/sv/{trk.replace(' ', '')})\n\nIhr Blitzpaket-Team",
            )
        )
    return out


def fam_card_alerts(n0: int) -> list[dict]:
    rows = [
        ("ben", "2024-03-02 19:44", "$64.18", "FRESHCART*ORDER 8812", "2210"),
        ("ben", "2024-08-17 12:03", "$9.50", "GROUND FLOOR COFFEE", "2210"),
        ("hannah", "2023-11-24 21:16", "$212.40", "BRIGHTSIDE HOME ONLINE", "7731"),
        ("jordan", "2025-04-05 08:22", "$38.00", "TRAILHEAD MAPS ANNUAL", "5520"),
        ("olivia", "2026-09-12 14:51", "$1,140.00", "SKYHAVEN AIRLINES", "0932"),
        ("jess", "2024-06-28 10:37", "$19.99", "PAGEBOUND BOOKS", "4408"),
    ]
    out = []
    for k, (who, date, amt, merch, last4) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"harbor-card-alert-{k + 1}",
                kind="transactional",
                group="ev-f-harbor-card-alerts",
                frm="Harbor Credit Union <alerts@harborcu.org>",
                to=RCPT[who],
                subj=f"Transaction alert: {amt} at {merch.title()}",
                date=date,
                auto=True,
                fmt="plain" if k % 3 == 0 else "html",
                brand="Harbor Credit Union",
                color="#004b87",
                text=f"A purchase was made with your debit card ending in {last4}.\n\n"
                f"Amount: {amt}\nMerchant: {merch}\nDate: {date[:10]}\n\n"
                "If you made this purchase, no action is needed.\n"
                "Don't recognize it? Lock your card in the app and call us at 1-800-555-0161.\n\n"
                "You're receiving this alert because transaction alerts over $5 are turned on.",
            )
        )
    return out


def fam_phish_suspend(n0: int) -> list[dict]:
    rows = [
        (
            "maya",
            "2024-01-22 03:14",
            "Streamly",
            "streamly-billing-help.com",
            "payment details could not be verified",
            "24 hours",
        ),
        (
            "ben",
            "2024-04-09 02:50",
            "Harbor Credit Union",
            "harborcu-secure-alert.net",
            "suspicious sign-in attempt from a new device",
            "12 hours",
        ),
        (
            "olivia",
            "2024-09-30 05:05",
            "ShopNow",
            "shopnow-account-center.info",
            "your account information is incomplete",
            "48 hours",
        ),
        (
            "aisha",
            "2025-01-17 04:41",
            "Pixelgram",
            "pixelgram-verify-badge.com",
            "multiple reports about your account",
            "24 hours",
        ),
        (
            "rachel",
            "2025-04-28 01:19",
            "Cloud Drive",
            "clouddrive-storage-renew.net",
            "your storage plan payment failed",
            "72 hours",
        ),
        (
            "sam",
            "2025-08-06 06:38",
            "DevHub",
            "devhub-security-check.io",
            "unusual API activity on your account",
            "24 hours",
        ),
        (
            "emily",
            "2023-12-03 04:27",
            "Federal Loan Servicing",
            "loanservicing-forgiveness-apply.com",
            "your forgiveness application is incomplete",
            "5 days",
        ),
        (
            "tom",
            "2026-10-14 02:02",
            "Royal Post",
            "royalpost-redelivery.co",
            "a delivery fee is outstanding",
            "48 hours",
        ),
    ]
    out = []
    for k, (who, date, brand, dom, reason, dl) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"phish-account-suspension-{k + 1}",
                kind="other",
                group="ev-f-phish-suspension",
                frm=f"{brand} <no-reply@{dom}>",
                to=RCPT[who],
                subj=[
                    "Your account has been suspended",
                    "Action required: account locked",
                    "Final warning: account suspension",
                    "Important notice regarding your account",
                ][k % 4],
                date=date,
                fmt="html" if k % 3 else "plain",
                brand=brand,
                color=["#d00000", "#004b87", "#ff9900", "#c13584"][k % 4],
                reply_to=f"support@{dom}",
                text=f"Dear Customer,\n\nWe have temporarily suspended your {brand} account because {reason}.\n\n"
                f"To restore full access, please confirm your details within {dl}. "
                "If we do not hear from you, your account will be permanently closed.\n\n"
                f"[Confirm my account](http://{dom}/verify?id={k * 7919 + 10453})\n\n"
                f"Thank you,\n{brand} Security Team",
            )
        )
    return out


def fam_praxis_termin_de(n0: int) -> list[dict]:
    rows = [
        (
            "sarah",
            "2024-02-26 18:00",
            "Dr. med. Laura Winter",
            "Hautärztliche Kontrolle",
            "Mittwoch, 28.02.2024, 08:45 Uhr",
        ),
        ("jonas", "2024-06-17 18:00", "Dr. med. Jörg Ebel", "Check-up 35", "Mittwoch, 19.06.2024, 10:30 Uhr"),
        (
            "kathi",
            "2024-11-04 18:00",
            "Dr. med. Laura Winter",
            "Besprechung Befund",
            "Mittwoch, 06.11.2024, 16:15 Uhr",
        ),
        (
            "murat",
            "2025-03-10 18:00",
            "Dr. med. Jörg Ebel",
            "Impfung (Tetanus/Diphtherie)",
            "Mittwoch, 12.03.2025, 11:00 Uhr",
        ),
        (
            "anna",
            "2025-09-15 18:00",
            "Dr. med. Sven Ruhland",
            "Vorsorgeuntersuchung",
            "Mittwoch, 17.09.2025, 09:20 Uhr",
        ),
        (
            "felix",
            "2023-10-09 18:00",
            "Dr. med. Sven Ruhland",
            "Blutabnahme (nüchtern)",
            "Mittwoch, 11.10.2023, 07:40 Uhr",
        ),
    ]
    out = []
    for k, (who, date, doc, art, when) in enumerate(rows):
        extra = "Bitte kommen Sie nüchtern (nur Wasser oder ungesüßter Tee).\n\n" if "nüchtern" in art else ""
        out.append(
            dict(
                n=n0 + k,
                lang="de",
                slug=f"terminerinnerung-gemeinschaftspraxis-{k + 1}",
                kind="transactional",
                group="ev-f-praxis-terminerinnerung",
                frm="Gemeinschaftspraxis am Stadtpark <termine@praxis-am-stadtpark.de>",
                to=RCPT[who],
                subj=f"Terminerinnerung: {when}",
                date=date,
                auto=True,
                cs="iso-8859-1" if k % 2 else "utf-8",
                text=f"Guten Tag {RCPT[who].split('<')[0].strip()},\n\nwir erinnern Sie an Ihren Termin:\n\n"
                f"{when}\nbei {doc}\nGrund: {art}\n\n{extra}"
                "Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, "
                "sagen Sie bitte mindestens 24 Stunden vorher ab.\n\n"
                "Gemeinschaftspraxis am Stadtpark\nStadtparkallee 4 · 20249 Hamburg · Tel. 040 555 8120\n\n"
                "Diese Nachricht wurde automatisch erstellt.",
            )
        )
    return out


def fam_order_cancel_en(n0: int) -> list[dict]:
    rows = [
        (
            "maya",
            "2024-02-08 10:12",
            "LH-388120",
            "Arden wool throw (moss)",
            "$129.00",
            "the item was damaged in our warehouse and it was the last one in stock",
        ),
        (
            "jess",
            "2024-09-03 16:40",
            "LH-412290",
            "Linen apron, rust",
            "$38.00",
            "our maker in Portugal had a production delay and the item won't be available this season",
        ),
        (
            "olivia",
            "2025-01-15 09:05",
            "LH-430017",
            "Quilted bedspread, king",
            "$240.00",
            "we couldn't verify the billing address for this payment",
        ),
        (
            "hannah",
            "2025-06-22 13:27",
            "LH-451183",
            "Hand-loomed table runner",
            "$54.00",
            "the colour you chose has been discontinued by the weaver",
        ),
        (
            "tom",
            "2023-11-28 18:55",
            "LH-360991",
            "Merino blanket, oat (single)",
            "£96.00",
            "we are unfortunately unable to ship this item to the UK at the moment",
        ),
    ]
    out = []
    for k, (who, date, order, item, price, reason) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"loomhaus-order-cancelled-{k + 1}",
                kind="transactional",
                group="ev-f-loomhaus-cancelled",
                frm="Loomhaus Customer Care <care@loomhaus.com>",
                to=RCPT[who],
                subj=f"Your order {order} has been cancelled",
                date=date,
                auto=True,
                fmt="html" if k % 2 == 0 else "alt",
                brand="LOOMHAUS",
                color="#7a5c45",
                tz="Europe/London" if who == "tom" else "America/New_York",
                text=f"Hi {_first(who)},\n\nWe're sorry to let you know that we had to cancel your order {order}.\n\n"
                f"- {item} - {price}\n\nUnfortunately, {reason}.\n\n"
                f"A full refund of {price} has been issued to your original payment method. "
                "Please allow 3-5 business days for it to appear.\n\n"
                "We're really sorry for the disappointment. If you have any questions, just reply to this email.\n\n"
                "Warmly,\nThe Loomhaus team",
            )
        )
    return out


def fam_flight_alerts(n0: int) -> list[dict]:
    rows = [
        (
            "dan",
            "2024-03-29 05:10",
            "SH 221",
            "Amsterdam (AMS)",
            "London Heathrow (LHR)",
            "delayed",
            "07:55",
            "09:40",
            "crew availability",
        ),
        (
            "priya",
            "2024-08-16 14:22",
            "SH 1310",
            "Manchester (MAN)",
            "Seville (SVQ)",
            "delayed",
            "16:05",
            "17:50",
            "air traffic control restrictions",
        ),
        (
            "liam",
            "2025-02-21 19:48",
            "SH 934",
            "Dublin (DUB)",
            "Amsterdam (AMS)",
            "cancelled",
            "06:30",
            None,
            "forecast storm conditions",
        ),
        (
            "aisha",
            "2025-07-07 11:03",
            "SH 584",
            "Lagos (LOS)",
            "Amsterdam (AMS)",
            "delayed",
            "22:40",
            "01:15 (+1)",
            "late arrival of the incoming aircraft",
        ),
        (
            "rachel",
            "2023-12-22 08:31",
            "SH 117",
            "Edinburgh (EDI)",
            "Amsterdam (AMS)",
            "cancelled",
            "10:10",
            None,
            "de-icing capacity at the departure airport",
        ),
    ]
    out = []
    for k, (who, date, fl, a, b, st, orig, new, why) in enumerate(rows):
        if st == "delayed":
            body = (
                f"Dear {_first(who)},\n\nWe're sorry - your flight **{fl}** from {a} to {b} is delayed.\n\n"
                f"Original departure: {orig}\nNew expected departure: {new}\n\nReason: {why}.\n\n"
                "Please keep checking the app for the latest information. If your delay exceeds three hours, "
                "you may be entitled to care and compensation."
            )
            subj = f"Delay: {fl} now departs {new}"
        else:
            body = (
                f"Dear {_first(who)},\n\nWe regret to inform you that your flight **{fl}** from {a} to {b} "
                f"(scheduled {orig}) has been cancelled due to {why}.\n\n"
                "We are rebooking you on the next available flight and will send your new itinerary shortly. "
                "You can also choose another flight or request a refund in Manage Booking."
            )
            subj = f"Cancelled: {fl} {a.split()[0]} - {b.split()[0]}"
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"skyhaven-flight-{st}-{k + 1}",
                kind="transactional",
                group="ev-f-skyhaven-alerts",
                frm="Skyhaven Airlines <notifications@skyhaven-air.com>",
                to=RCPT[who],
                subj=subj,
                date=date,
                auto=True,
                fmt=["html", "alt", "plain", "alt", "html"][k],
                brand="SKYHAVEN",
                color="#00205b",
                tz="Europe/Amsterdam",
                text=body + "\n\nSkyhaven Airlines",
            )
        )
    return out


def fam_stadtwerke_rechnung(n0: int) -> list[dict]:
    rows = [
        ("lena", "2024-01-05 05:30", "Januar 2024", "312 kWh", "104,20 €"),
        ("lena", "2024-07-04 05:30", "Juli 2024", "241 kWh", "88,70 €"),
        ("jonas", "2024-03-05 05:30", "März 2024", "198 kWh", "71,15 €"),
        ("sarah", "2025-02-05 05:30", "Februar 2025", "366 kWh", "119,90 €"),
        ("murat", "2025-09-04 05:30", "September 2025", "287 kWh", "97,35 €"),
        ("kathi", "2023-10-05 05:30", "Oktober 2023", "154 kWh", "63,80 €"),
    ]
    out = []
    for k, (who, date, mon, kwh, amt) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="de",
                slug=f"stadtwerke-abschlag-{k + 1}",
                kind="transactional",
                group="ev-f-stadtwerke-rechnung",
                frm="Stadtwerke Mittelstadt <kundenservice@stadtwerke-mittelstadt.de>",
                to=RCPT[who],
                subj=f"Ihre Verbrauchsinformation {mon}",
                date=date,
                auto=True,
                fmt="alt" if k % 2 else "html",
                brand="Stadtwerke Mittelstadt",
                color="#00796b",
                text=f"Guten Tag {RCPT[who].split('<')[0].strip()},\n\nIhre monatliche Verbrauchsinformation für {mon} liegt vor.\n\n"
                f"Stromverbrauch laut Smart Meter: {kwh}\nAbschlag: {amt}\n"
                "Einzug per SEPA-Lastschrift zum 15. des Monats\n\n"
                "Die vollständige Übersicht finden Sie im Kundenportal.\n\n"
                "Energiespartipp: Geräte im Standby verbrauchen in einem durchschnittlichen Haushalt "
                "bis zu 100 € Strom im Jahr.\n\nIhre Stadtwerke Mittelstadt",
            )
        )
    return out


def fam_lotto_spam_de(n0: int) -> list[dict]:
    rows = [
        ("felix", "2024-02-03 03:33", "250.000,00 €", "EU-LOTTO-77120"),
        ("anna", "2024-05-19 02:12", "1.200.000,00 €", "EU-LOTTO-80433"),
        ("murat", "2024-11-08 04:48", "850.000,00 €", "EU-LOTTO-91527"),
        ("tobias", "2025-03-27 01:57", "500.000,00 €", "EU-LOTTO-99042"),
        ("sarah", "2026-08-14 05:21", "975.000,00 €", "EU-LOTTO-10218"),
    ]
    out = []
    for k, (who, date, amt, ref) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="de",
                slug=f"lotterie-gewinn-spam-{k + 1}",
                kind="other",
                group="ev-f-lotto-spam-de",
                frm="Europäische Lotterie Zentrale <gewinn@euro-lotterie-zentrale.eu>",
                to=RCPT[who],
                subj=f"GEWINNBENACHRICHTIGUNG - Referenz {ref}",
                date=date,
                reply_to="auszahlung.notar@gmail.com",
                tz="Europe/Madrid",
                text=f"Sehr geehrte/r Gewinner/in,\n\nwir freuen uns, Ihnen mitzuteilen, dass Ihre E-Mail-Adresse bei unserer "
                f"internationalen Online-Ziehung als Gewinner ermittelt wurde. Ihr Gewinn beträgt {amt}.\n\n"
                f"Referenznummer: {ref}\n\nUm die Auszahlung zu veranlassen, senden Sie bitte folgende Angaben an "
                "unseren Notar: vollständiger Name, Adresse, Telefonnummer, Kopie des Personalausweises.\n\n"
                "Bitte beachten Sie: Für die Überweisung fällt eine einmalige Bearbeitungsgebühr an. "
                "Halten Sie diese Nachricht streng vertraulich.\n\nMit freundlichen Grüßen\nDr. Hans Müller, Auszahlungsabteilung",
            )
        )
    return out


def fam_job_scam(n0: int) -> list[dict]:
    rows = [
        ("priya", "2024-01-29 09:14", "Virtual Assistant", "$32/hour", "Northgate Holdings"),
        ("emily", "2024-06-12 16:40", "Remote Payroll Clerk", "$41/hour", "Brightway Staffing"),
        ("jess", "2024-10-21 11:05", "Customer Service Associate (Remote)", "$28/hour", "Summit Crest Group"),
        ("dan", "2025-02-18 08:51", "Finance Assistant", "£26/hour", "Crown Peak Consulting"),
        ("hannah", "2025-05-30 13:22", "Personal Shopper (part-time)", "$400/week", "Evergreen Solutions"),
        ("jordan", "2026-09-09 10:10", "Data Entry Clerk", "$36/hour", "BlueOak Partners"),
    ]
    out = []
    for k, (who, date, role, pay, co) in enumerate(rows):
        dom = co.lower().replace(" ", "") + "-hr.com"
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"fake-job-offer-scam-{k + 1}",
                kind="other",
                group="ev-f-fake-job-offer",
                frm=f"{co} HR <onboarding@{dom}>",
                to=RCPT[who],
                subj=f"Offer: {role} - You Have Been Selected",
                date=date,
                tz="Europe/London" if who == "dan" else "America/New_York",
                reply_to=f"{co.split()[0].lower()}.hiring.dept@gmail.com",
                text=f"Dear {_first(who)},\n\nWe are pleased to inform you that you have been selected for the position of "
                f"{role} with {co}. After reviewing your profile, our team believes you are a perfect match. "
                "No interview is required at this stage.\n\n"
                f"Compensation: {pay}\nSchedule: flexible, work from home\n\n"
                "To start, we will mail you a check to purchase your work equipment from our approved vendor. "
                "Please deposit the check and send the equipment payment to the vendor the same day.\n\n"
                "Reply with your full name, home address and cell phone number so we can send your onboarding package.\n\n"
                f"Regards,\nHR Department\n{co}",
            )
        )
    return out


def fam_running_newsletter(n0: int) -> list[dict]:
    issues = [
        (
            "2024-01-08 07:00",
            "January: winter miles, the new track night, and a very cold parkrun",
            "Track night moves to Tuesdays at the Eastgate oval.",
            "Colleen ran her first sub-25 5k in -4°C.",
        ),
        (
            "2024-03-04 07:00",
            "March: spring race calendar and the hill repeats debate",
            "Sign-ups for the Harbour 10k close March 20.",
            "The Thursday group did 12 hill repeats and survived.",
        ),
        (
            "2024-05-06 07:00",
            "May: marathon results, trail weekend and new club shirts",
            "Trail weekend in the Cascades: 14 places left.",
            "Raj took 11 minutes off his marathon PB.",
        ),
        (
            "2024-09-02 07:00",
            "September: back to school, back to intervals",
            "Beginners' course starts September 17 (8 weeks).",
            "The relay team finished third out of 42.",
        ),
        (
            "2024-12-02 07:00",
            "December: the holiday lights run and our annual awards",
            "Holiday lights run on December 14, costumes encouraged.",
            "Volunteer of the year: Ana Lucero.",
        ),
    ]
    who = ["tom", "jordan", "hannah", "sam", "chris"]
    out = []
    for k, (date, subj, news, shout) in enumerate(issues):
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"running-club-newsletter-{k + 1}",
                kind="newsletter_or_advice",
                group="ev-f-running-club-news",
                frm="Eastgate Striders <news@eastgatestriders.org>",
                to=RCPT[who[k]],
                subj=f"Striders news - {subj}",
                date=date,
                tz="America/Los_Angeles",
                list="Eastgate Striders members <members.eastgatestriders.org>",
                fmt="html" if k % 2 == 0 else "alt",
                skin="news",
                brand="Eastgate Striders",
                color="#d62828",
                text=f"Hi Striders,\n\n## Club news\n\n{news}\n\n## Shout-outs\n\n{shout}\n\n"
                "## Weekly runs\n\n- Tuesday 6:30pm - track session\n- Thursday 6:30pm - hills or tempo\n"
                "- Saturday 8:00am - long run from the boathouse\n\nSee you out there,\nThe Striders committee",
            )
        )
    return out


def fam_envio_es(n0: int) -> list[dict]:
    rows = [
        ("lucia", "2024-05-14 12:30", "NV-70218", "Set de tazas de cerámica", "Lunes 20 de mayo", "es"),
        (
            "javier",
            "2024-11-26 17:02",
            "NV-81133",
            "Cafetera italiana de acero inoxidable (6 tazas)",
            "Viernes 29 de noviembre",
            "es",
        ),
        ("lucia", "2025-04-02 09:48", "NV-90415", "Mantel de lino (verde oliva)", "Lunes 7 de abril", "es"),
        ("javier", "2026-10-20 19:25", "NV-99021", "Tabla de cortar de olivo", "Viernes 23 de octubre", "es"),
    ]
    out = []
    for k, (who, date, order, item, eta, lang) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang=lang,
                slug=f"nubeverde-pedido-enviado-{k + 1}",
                kind="transactional",
                group="ev-f-nubeverde-envio",
                frm="Tienda Nube Verde <pedidos@nubeverde.es>",
                to=RCPT[who],
                subj=f"¡Tu pedido #{order} está en camino! 📦",
                date=date,
                auto=True,
                tz="Europe/Madrid",
                fmt="html" if k % 2 == 0 else "alt",
                brand="Nube Verde",
                color="#2d6a4f",
                text=f"¡Hola, {_first(who)}!\n\nTu pedido **#{order}** ya ha salido de nuestro almacén.\n\n"
                f"- {item}\n\nEntrega prevista: {eta}\n\n"
                f"[Seguir mi envío](https://nubeverde.es/pedidos/{order})\n\nGracias por comprar en Nube Verde.",
            )
        )
    return out


def fam_wohnung_portal_de(n0: int) -> list[dict]:
    rows = [
        (
            "jonas",
            "2024-02-14 11:20",
            "Gemütliche 2-Zimmer-Wohnung in Connewitz",
            "Leipzig-Connewitz",
            "54 m²",
            "640 € warm",
            "leider haben wir uns für andere Mieter entschieden. Vielen Dank für Ihr Interesse!",
        ),
        (
            "lena",
            "2024-04-02 16:45",
            "Lichtdurchflutete Dachgeschosswohnung",
            "Bonn-Südstadt",
            "61 m²",
            "980 € warm",
            "danke für Ihre Bewerbung. Die Wohnung wurde inzwischen an einen anderen Interessenten vergeben.",
        ),
        (
            "anna",
            "2024-08-29 09:10",
            "WG-geeignete 3-Zimmer-Wohnung nahe Uni",
            "Bielefeld-Mitte",
            "72 m²",
            "890 € warm",
            "die Wohnung ist bereits vermietet. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.",
        ),
        (
            "tobias",
            "2025-01-07 13:35",
            "Neubau-Wohnung mit Einbauküche",
            "Hamburg-Barmbek",
            "48 m²",
            "1.090 € warm",
            "leider können wir Sie bei der Vergabe nicht berücksichtigen, da wir uns für einen anderen Bewerber entschieden haben.",
        ),
        (
            "murat",
            "2026-06-16 18:05",
            "Familienfreundliche 4-Zimmer-Wohnung mit Garten",
            "Bochum-Wiemelhausen",
            "96 m²",
            "1.240 € warm",
            "die Wohnung ist leider schon vergeben. Wir haben über 200 Anfragen erhalten und konnten nicht alle berücksichtigen.",
        ),
    ]
    out = []
    for k, (who, date, title, loc, size, price, msg) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="de",
                slug=f"wohnblick-anfrage-abgesagt-{k + 1}",
                kind="transactional",
                group="ev-f-wohnblick-absage",
                frm="WohnBlick <nachrichten@wohnblick.de>",
                to=RCPT[who],
                subj=f'Neue Nachricht zu "{title}"',
                date=date,
                auto=True,
                fmt="html" if k % 2 == 0 else "alt",
                brand="WohnBlick",
                color="#00a19a",
                postal="WohnBlick GmbH · Karl-Liebknecht-Str. 9 · 04107 Leipzig",
                text=f"Hallo {RCPT[who].split('<')[0].strip()},\n\nder Anbieter hat auf Ihre Anfrage geantwortet:\n\n"
                f'**{title}**\n{loc} · {size} · {price}\n\n"Guten Tag, {msg}"\n\n'
                "Ihr Suchauftrag ist weiterhin aktiv - neue passende Angebote schicken wir Ihnen sofort.\n\n"
                "Ihr WohnBlick-Team",
            )
        )
    return out


def fam_jira_assigned(n0: int) -> list[dict]:
    rows = [
        ("DATA-2310", "Add regional split to elasticity model", "Lauren Price", "High", "2025-02-12 09:15"),
        (
            "DATA-2344",
            "Fix duplicate invoices in revenue mart",
            "Maria Santos",
            "Highest",
            "2025-03-03 14:02",
        ),
        ("DATA-2402", "Document churn model features", "Lauren Price", "Low", "2025-04-22 10:47"),
        (
            "DATA-2419",
            "Migrate Friday finance pack to BI tool",
            "Jake Morrison",
            "Medium",
            "2025-05-06 16:30",
        ),
        ("DATA-2455", "Investigate null plan IDs after CRM sync", "Maria Santos", "High", "2026-06-18 08:55"),
    ]
    out = []
    for k, (key, title, rep, prio, date) in enumerate(rows):
        out.append(
            dict(
                n=n0 + k,
                lang="en",
                slug=f"jira-assigned-{k + 1}",
                kind="transactional",
                group="ev-f-jira-assigned",
                frm="Jira <jira@bluefin.atlassian.net>",
                to=RCPT["sam"],
                subj=f"[JIRA] {rep} assigned {key} to you",
                date=date,
                auto=True,
                tz="UTC",
                fmt="html" if k % 2 else "plain",
                brand="Jira",
                color="#0052cc",
                text=f"{rep} assigned this issue to you.\n\n{key}: {title}\n\n"
                f"Type: Task\nPriority: {prio}\nReporter: {rep}\nSprint: Data Sprint {41 + k}\n\n"
                f"[View issue](https://bluefin.atlassian.net/browse/{key})\n\nThis message was sent by Atlassian Jira",
            )
        )
    return out


FAMILIES = [
    (900, fam_2fa),
    (906, fam_shipping_en),
    (912, fam_blitzpaket_de),
    (918, fam_card_alerts),
    (924, fam_phish_suspend),
    (932, fam_praxis_termin_de),
    (938, fam_order_cancel_en),
    (943, fam_flight_alerts),
    (948, fam_stadtwerke_rechnung),
    (954, fam_lotto_spam_de),
    (959, fam_job_scam),
    (965, fam_running_newsletter),
    (970, fam_envio_es),
    (974, fam_wohnung_portal_de),
    (979, fam_jira_assigned),
]


def all_family_specs() -> list[dict]:
    specs = []
    for n0, fn in FAMILIES:
        fam = fn(n0)
        assert len(fam) <= 8, fn.__name__
        specs.extend(fam)
    return specs


if __name__ == "__main__":
    write_all(all_family_specs())
