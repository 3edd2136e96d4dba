"""The malformed-mail corpus for tests/test_bad_input.py, as exact bytes.

Small cases are committed beside this file as `NN-name.eml`, byte for byte what `SMALL` below
holds (CRLF, bare CR, NUL and 8-bit bytes included; `test_committed_corpus_matches_its_generator`
keeps the two in step; .gitattributes keeps git from touching their line endings). Cases named
`8N-bug-*` and `9N-bug-*` trigger product bugs (KNOWN_BUGS in the test file: strict xfails). Big
cases are built at test time by the functions in `BIG` and never committed. Regenerate with:

    python tests/malformed/make_malformed.py
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: A rejection body: most cases carry it, so the classifier has something real to read too.
REJECTION = (
    b"Hi Sam,\r\n\r\nThank you for interviewing for the Backend Engineer position at Quillpoint.\r\n"
    b"After careful consideration, we have decided to move forward with another candidate.\r\n"
    b"\r\nBest regards,\r\nHannah Becker\r\n"
)


def _h(
    subject: bytes = b"Your application",
    *,
    sender: bytes = b"Hannah Becker <hannah@quillpoint.io>",
    msgid: bytes | None = None,
    extra: bytes = b"",
) -> bytes:
    """A plain header block (without the blank line), with a Message-ID unless `msgid=b''`."""
    out = b"From: " + sender + b"\r\nTo: Sam Taylor <sam.taylor@example.org>\r\nSubject: " + subject + b"\r\n"
    out += b"Date: Tue, 04 Nov 2025 10:15:00 +0100\r\n"
    if msgid is None or msgid:
        out += (
            b"Message-ID: "
            + (msgid or b"<" + subject[:20].replace(b" ", b".") + b"@malformed.test>")
            + b"\r\n"
        )
    return out + extra


def _nested_multipart(depth: int) -> bytes:
    """`depth` multipart/mixed levels, each correctly closed, a text/plain leaf at the bottom."""
    head = _h(b"Nested 100 levels", msgid=b"<nested-100@malformed.test>", extra=b"MIME-Version: 1.0\r\n")
    opening = b""
    closing = b""
    for level in range(depth):
        opening += b'Content-Type: multipart/mixed; boundary="b%03d"\r\n\r\n--b%03d\r\n' % (level, level)
        closing = b"\r\n--b%03d--\r\n" % level + closing
    leaf = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + REJECTION
    return head + opening + leaf + closing


def _forward_chain() -> bytes:
    """A forward of a forward of a forward, each as an attached message/rfc822."""
    inner = _h(b"Your application - decision", msgid=b"<fwd-0@quillpoint.io>") + b"\r\n" + REJECTION
    for level in range(1, 4):
        boundary = b"fwd-%d" % level
        inner = (
            _h(
                b"Fwd: " * level + b"Your application - decision",
                sender=b"Friend %d <friend%d@example.net>" % (level, level),
                msgid=b"<fwd-%d@example.net>" % level,
                extra=b"MIME-Version: 1.0\r\n",
            )
            + b'Content-Type: multipart/mixed; boundary="'
            + boundary
            + b'"\r\n\r\n'
            + b"--"
            + boundary
            + b"\r\nContent-Type: text/plain\r\n\r\nSee below (level %d).\r\n" % level
            + b"--"
            + boundary
            + b"\r\nContent-Type: message/rfc822\r\n\r\n"
            + inner
            + b"\r\n--"
            + boundary
            + b"--\r\n"
        )
    return inner


def _binary(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


SMALL: dict[str, bytes] = {
    # --- MIME structure -------------------------------------------------------------------------
    "01-boundary-missing-close": _h(b"Missing close boundary", extra=b"MIME-Version: 1.0\r\n")
    + b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n--XYZ\r\nContent-Type: text/plain\r\n\r\n'
    + REJECTION
    + b"--XYZ\r\nContent-Type: text/html\r\n\r\n<p>html too</p>\r\n",
    "02-boundary-never-used": _h(b"Boundary never used", extra=b"MIME-Version: 1.0\r\n")
    + b'Content-Type: multipart/alternative; boundary="NEVER-SEEN"\r\n\r\n'
    + REJECTION
    + b"--SOMETHING-ELSE\r\nContent-Type: text/plain\r\n\r\nnot a part\r\n--SOMETHING-ELSE--\r\n",
    "03-nested-unterminated-multiparts": _h(b"Nested unterminated", extra=b"MIME-Version: 1.0\r\n")
    + b"Content-Type: multipart/mixed; boundary=OUTER\r\n\r\n--OUTER\r\n"
    + b"Content-Type: multipart/alternative; boundary=INNER\r\n\r\n--INNER\r\n"
    + b"Content-Type: multipart/related; boundary=DEEPEST\r\n\r\n--DEEPEST\r\n"
    + b"Content-Type: text/plain\r\n\r\n"
    + REJECTION,
    "04-multipart-empty-boundary-param": _h(b"Empty boundary", extra=b"MIME-Version: 1.0\r\n")
    + b"Content-Type: multipart/mixed; boundary=\r\n\r\n--\r\nContent-Type: text/plain\r\n\r\n"
    + REJECTION
    + b"----\r\n",
    "05-multipart-without-boundary-param": _h(b"No boundary param", extra=b"MIME-Version: 1.0\r\n")
    + b"Content-Type: multipart/mixed\r\n\r\n"
    + REJECTION,
    "06-boundary-200-chars": _h(b"Very long boundary", extra=b"MIME-Version: 1.0\r\n")
    + b'Content-Type: multipart/mixed; boundary="'
    + b"b" * 200
    + b'"\r\n\r\n--'
    + b"b" * 200
    + b"\r\nContent-Type: text/plain\r\n\r\n"
    + REJECTION
    + b"--"
    + b"b" * 200
    + b"--\r\n",
    "07-nested-multipart-100-levels": _nested_multipart(100),
    "08-forward-of-forward-of-forward": _forward_chain(),
    "09-alternative-only-octet-stream": _h(b"Only an octet-stream", extra=b"MIME-Version: 1.0\r\n")
    + b"Content-Type: multipart/alternative; boundary=ALT\r\n\r\n--ALT\r\n"
    + b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + b"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\r\n--ALT--\r\n",
    "10-content-type-without-subtype": _h(b"Content-Type text", extra=b"MIME-Version: 1.0\r\n")
    + b"Content-Type: text\r\n\r\n"
    + REJECTION,
    # --- charsets -------------------------------------------------------------------------------
    "11-latin1-declared-utf8": _h(b"Absage", extra=b"Content-Type: text/plain; charset=utf-8\r\n")
    + b"\r\nSehr geehrter Herr M\xfcller,\r\nleider m\xfcssen wir Ihnen mitteilen, dass wir uns f\xfcr "
    b"einen anderen Kandidaten entschieden haben.\r\nMit freundlichen Gr\xfc\xdfen\r\n",
    "12-utf8-declared-ascii": _h(b"Absage", extra=b"Content-Type: text/plain; charset=us-ascii\r\n")
    + b"\r\nSehr geehrter Herr M\xc3\xbcller,\r\nleider m\xc3\xbcssen wir Ihnen absagen. Gr\xc3\xbc\xc3\x9fe\r\n",
    "13-charset-x-klingon": _h(b"Klingon", extra=b"Content-Type: text/plain; charset=x-klingon\r\n")
    + b"\r\n"
    + REJECTION
    + b"Qapla' \xf0\x9f\x96\x96 \xe9\r\n",
    "14-charset-empty": _h(b"Empty charset", extra=b"Content-Type: text/plain; charset=\r\n")
    + b"\r\n"
    + REJECTION,
    "15-charset-quoted-empty-and-garbage": _h(
        b"Garbage charset", extra=b'Content-Type: text/plain; charset=""; charset="\x00\xff;;"\r\n'
    )
    + b"\r\n"
    + REJECTION,
    # --- raw 8-bit headers ----------------------------------------------------------------------
    "16-8bit-subject-utf8": _h(
        "Ihre Bewerbung – Absage für Jürgen".encode(), msgid=b"<8bit-subject@malformed.test>"
    )
    + b"\r\n"
    + REJECTION,
    "17-8bit-from-latin1": _h(
        b"Your application",
        sender=b"Jos\xe9 M\xfcller <jose@quillpoint.io>",
        msgid=b"<8bit-from@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    "18-from-invalid-utf8-sequence": _h(
        b"Your application",
        sender=b"Han\xc3\x28nah \xe2\x82 Beck\xff\xfeer <hannah@quillpoint.io>",
        msgid=b"<invalid-utf8@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    "19-8bit-in-address-and-msgid": _h(
        b"Your application", sender=b"Hannah <h\xe4nnah@quill\xf6point.io>", msgid=b"<\xff\xfe@\xc3(.test>"
    )
    + b"\r\n"
    + REJECTION,
    # --- RFC 2047 -------------------------------------------------------------------------------
    "20-rfc2047-unterminated": _h(
        b"=?utf-8?q?unterminated",
        sender=b"=?utf-8?q?Hannah_unterminated <hannah@quillpoint.io>",
        msgid=b"<2047-unterminated@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    "21-rfc2047-unknown-charset": _h(
        b"=?x-klingon?q?Your_application?= =?x-unknown?b?SGVsbG8=?=",
        sender=b"=?x-klingon?q?Hannah?= <hannah@quillpoint.io>",
        msgid=b"<2047-unknown@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    "22-rfc2047-base64-bad-padding": _h(
        b"=?utf-8?b?WW91ciBhcHBsaWNhdGlvbg?= =?utf-8?b?QQ=?= =?utf-8?b?!!!***?=",
        sender=b"=?utf-8?b?SGFubmFo=?= <hannah@quillpoint.io>",
        msgid=b"<2047-b64@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    "23-rfc2047-empty-and-odd": _h(
        b"=??q??= =?utf-8??x?= =?utf-8?x?abc?= =?utf-8*de?q?Hallo?= =?=?=", msgid=b"<2047-odd@malformed.test>"
    )
    + b"\r\n"
    + REJECTION,
    # --- degenerate shapes ----------------------------------------------------------------------
    "24-empty-file": b"",
    "25-headers-only": _h(b"Headers only", msgid=b"<headers-only@malformed.test>").rstrip(b"\r\n"),
    "26-body-only": b"We have decided to move forward with another candidate for the role.\r\nRegards\r\n",
    "27-blank-then-body": b"\r\n" + REJECTION,
    "28-no-colon-header-lines": b"This is not a header\r\nNeither is this\r\nSubject: late\r\n\r\n"
    + REJECTION,
    "29-continuation-line-first": b" folded first line\r\nFrom: a@b.example\r\n\r\n" + REJECTION,
    # --- HTML -----------------------------------------------------------------------------------
    "30-html-script-style-only": _h(b"Script and style", extra=b"Content-Type: text/html; charset=utf-8\r\n")
    + b"\r\n<html><head><style>p { color: red } /* {{ 7*7 }} */</style></head><body>"
    b"<script>alert('x'); document.write('{{ 7*7 }}');</script><style>.a{}</style></body></html>\r\n",
    "31-html-declared-binary-body": _h(b"Binary HTML", extra=b"Content-Type: text/html\r\n")
    + b"\r\n"
    + _binary(4096, 31),
    "32-html-unclosed-tags-and-entities": _h(
        b"Broken HTML", extra=b"Content-Type: text/html; charset=utf-8\r\n"
    )
    + b"\r\n<html><body><p>We regret <b><i>to inform you &#xFFFFFFFF; &#0; &bogus; &lt<table><tr><td>"
    b"<!-- unterminated comment <![CDATA[ x <svg><math><p>\r\n",
    # --- odd bytes and line endings -------------------------------------------------------------
    "33-nul-bytes": _h(
        b"Nul\x00bytes", sender=b"Han\x00nah <hannah@quillpoint.io>", msgid=b"<nul@malformed.test>"
    )
    + b"\r\n"
    + REJECTION.replace(b" ", b"\x00 ", 5)
    + b"\x00" * 64
    + b"\r\n",
    "34-cr-only-line-endings": (
        _h(b"CR only", msgid=b"<cr-only@malformed.test>") + b"\r\n" + REJECTION
    ).replace(b"\r\n", b"\r"),
    "35-mixed-line-endings": b"From: Hannah <hannah@quillpoint.io>\nTo: sam.taylor@example.org\r"
    b"Subject: Mixed\r\n\n\r" + REJECTION.replace(b"\r\n", b"\n\r"),
    # --- transfer encodings ---------------------------------------------------------------------
    "36-base64-garbage": _h(
        b"Base64 garbage",
        extra=b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n",
    )
    + b"\r\nThis is !!! not *** base64 at all ===\r\nSGVsbG8gU2FtLA\r\n====\r\n\xff\xfe\r\n",
    "37-quoted-printable-invalid-escapes": _h(
        b"QP invalid",
        extra=b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n",
    )
    + b"\r\nWe have decided =ZZ to move =4 forward =\r\nwith =E2=80 another =C3=28 candidate=\r\n=\r\n==3D=\r\n",
    "38-unknown-transfer-encoding": _h(
        b"x-uuencode", extra=b"Content-Type: text/plain\r\nContent-Transfer-Encoding: x-uuencode\r\n"
    )
    + b"\r\nbegin 644 x\r\n#0V%T\r\n`\r\nend\r\n",
    "39-base64-html-binary-inside": _h(
        b"Base64 binary HTML",
        extra=b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n",
    )
    + b"\r\n/+j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////\r\n",
    # --- header values --------------------------------------------------------------------------
    "40-date-year-99999": _h(b"Year 99999", msgid=b"<y99999@malformed.test>").replace(
        b"Date: Tue, 04 Nov 2025 10:15:00 +0100", b"Date: Fri, 31 Dec 99999 23:59:59 +9999"
    )
    + b"\r\n"
    + REJECTION,
    "41-date-garbage-variants": _h(b"Date garbage", msgid=b"<dategarbage@malformed.test>").replace(
        b"Date: Tue, 04 Nov 2025 10:15:00 +0100", b"Date: 32 Foo -1 25:61:61 +99999999999999999999"
    )
    + b"\r\n"
    + REJECTION,
    "42-address-angle-soup": _h(
        b"Angle soup",
        sender=b"<<<@>>>",
        msgid=b"<angles@malformed.test>",
        extra=b"Reply-To: <<<@>>>, <@>, @, <>\r\nCc: <<<<<<<<<<@\r\n",
    )
    + b"\r\n"
    + REJECTION,
    "43-address-unterminated-quote": _h(
        b"Unterminated quote",
        sender=b'"unterminated <x@y',
        msgid=b"<unterminated@malformed.test>",
        extra=b'Reply-To: "also unterminated <r@y.example>, (comment\r\n',
    )
    + b"\r\n"
    + REJECTION,
    "44-subject-crlf-template-syntax": _h(
        b"=?utf-8?q?Application_for_{{_7*7_}}_position=0D=0ABcc:_evil@attacker.example?=",
        msgid=b"<jinja@malformed.test>",
        extra=b"X-Note: {% raw %}{{ 7*7 }}{# c #}\r\n",
    )
    + b"\r\nThank you for your interest in {{ 7*7 }} Corp and your application for the {{ 7*7 }} position.\r\n"
    b"We have decided to move forward with another candidate.\r\n{% for x in range(10**9) %}x{% endfor %}\r\n",
    "45-subject-bare-cr-lf": _h(
        b"Your application\r{{ 7*7 }}\rBcc: evil@attacker.example\r\n \r\nTo: second@attacker.example",
        msgid=b"<bare-cr@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    "46-from-name-crlf-bcc-injection": _h(
        b"Your application",
        sender=b"=?utf-8?q?Hannah=0D=0ABcc:_evil@attacker.example=0D=0ATo:_x@attacker.example?= <hannah@quillpoint.io>",
        msgid=b"<from-inject@malformed.test>",
        extra=b'Reply-To: "Recruiter\r\rBcc: evil2@attacker.example" <jobs@quillpoint.io>\r\n',
    )
    + b"\r\n"
    + REJECTION,
    "47-from-name-template-syntax": _h(
        b"Your application",
        sender=b'"{{ 7*7 }}" <hannah@quillpoint.io>',
        msgid=b"<from-jinja@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    "48-duplicate-headers": _h(b"First subject", msgid=b"<dup-a@malformed.test>")
    + b"From: Second <second@other.example>\r\nSubject: Second subject\r\nMessage-ID: <dup-b@malformed.test>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Type: text/html\r\n\r\n" + REJECTION,
    "49-message-id-garbage": _h(
        b"Msgid garbage",
        msgid=b"<<<<>>>> < > <a b c@d> \x00",
        extra=b"In-Reply-To: <<<<\r\nReferences: " + b"<r@x> " * 500 + b"\r\n",
    )
    + b"\r\n"
    + REJECTION,
    "50-from-invalid-utf8-keeps-address": _h(
        b"Your application",
        sender=b"Han\xc3nah \xe2\x82\xac\xed\xa0\x80 Beck\xc0\xafer <hannah@quillpoint.io>",
        msgid=b"<invalid-utf8-2@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    # --- were poison messages until 68bef2d (parse raised, or lone surrogates broke the draft) --
    "60-charset-undefined": _h(b"Charset undefined", extra=b"Content-Type: text/plain; charset=undefined\r\n")
    + b"\r\n"
    + REJECTION,
    "61-charset-punycode": _h(b"Charset punycode", extra=b"Content-Type: text/plain; charset=punycode\r\n")
    + b"\r\n"
    + REJECTION,
    "62-charset-idna-bad-ace-label": _h(b"Charset idna", extra=b"Content-Type: text/plain; charset=idna\r\n")
    + b"\r\nxn--99999999\r\n",
    "63-charset-name-with-nul": _h(
        b"Charset with NUL", extra=b'Content-Type: text/plain; charset="utf-8\x00"\r\n'
    )
    + b"\r\n"
    + REJECTION,
    "64-rfc2047-undefined-charset-in-subject": _h(
        b"=?undefined?q?Your_application?=", msgid=b"<bug-94@malformed.test>"
    )
    + b"\r\n"
    + REJECTION,
    "65-rfc2047-nul-charset-in-from": _h(
        b"Your application",
        sender=b"=?utf-8\x00?q?Hannah?= <hannah@quillpoint.io>",
        msgid=b"<bug-95@malformed.test>",
    )
    + b"\r\n"
    + REJECTION,
    "66-subject-literal-backslash-u-surrogate": _h(
        b"=?utf-8?q?Your?= application \\ud800", msgid=b"<bug-96@malformed.test>"
    )
    + b"\r\n"
    + REJECTION,
    "67-subject-utf7-lone-surrogate": _h(
        b"=?utf-7?q?Your_application_+2AA-?=", msgid=b"<bug-97@malformed.test>"
    )
    + b"\r\n"
    + REJECTION,
    "68-newsletter-literal-surrogate-subject": b"From: Deals <news@shop.example>\r\nTo: sam.taylor@example.org\r\n"
    b"Subject: =?utf-8?q?Weekly?= deals \\udcff\r\nMessage-ID: <bug-98@shop.example>\r\n\r\n"
    b"Our big autumn sale starts this weekend: 20% off all garden furniture.\r\n",
    "69-message-id-with-vertical-tab": _h(b"Your application", msgid=b"<\x0bhannah.1@quillpoint.io>")
    + b"\r\n"
    + REJECTION,
    "70-references-8bit-beside-8bit-message-id": _h(
        b"Re: Your application",
        msgid=b"<r\xc3\xa9ponse-7@mail.quillpoint.io>",
        extra=b"References: <r\xe9ponse-6@mail.quillpoint.io>\r\n",
    )
    + b"\r\n"
    + REJECTION,
    # --- known product bugs (KNOWN_BUGS in tests/test_bad_input.py: strict xfail) ------------
    "80-bug-from-empty-local-part": _h(
        b"Your application", sender=b"@quillpoint.io", msgid=b"<bug-80@malformed.test>"
    )
    + b"\r\n"
    + REJECTION,
    "81-bug-from-unbalanced-quote-and-comment": _h(
        b"Your application", sender=b'". Bcc: evil@attacker.example)\\', msgid=b"<bug-81@malformed.test>"
    )
    + b"\r\n"
    + REJECTION,
    "82-bug-from-unclosed-angle-after-comma": _h(
        b"Your application", sender=b'),Bcc:"x@y,.<', msgid=b"<bug-82@malformed.test>"
    )
    + b"\r\n"
    + REJECTION,
    "83-bug-from-bare-address-with-dash": _h(
        b"Your application",
        msgid=b"<bug-83@malformed.test>",
        sender=b"Recruiting Team at Quillpoint Holdings International careers@quillpoint.io \xe2\x80\x93 Quillpoint Talent Acquisition",
    )
    + b"\r\n"
    + REJECTION,
    "84-bug-from-long-idn-domain": _h(
        b"Your application",
        msgid=b"<bug-84@malformed.test>",
        sender=b"Hannah <hannah@quill\xc3\xb6point-recruiting-international-holdings.example>",
    )
    + b"\r\n"
    + REJECTION,
}


def _five_thousand_headers() -> bytes:
    lines = b"".join(b"X-Header-%04d: value %d\r\n" % (i, i) for i in range(5000 - 5))
    return _h(b"5000 header lines", msgid=b"<5000-headers@malformed.test>") + lines + b"\r\n" + REJECTION


def _one_mb_header_line() -> bytes:
    return (
        _h(b"1 MB header", msgid=b"<1mb-header@malformed.test>")
        + b"X-Long: "
        + b"a" * 1_000_000
        + b"\r\n\r\n"
        + REJECTION
    )


def _one_mb_subject() -> bytes:
    return (
        _h(b"Your application " + b"x" * 1_000_000, msgid=b"<1mb-subject@malformed.test>")
        + b"\r\n"
        + REJECTION
    )


def _html_div_bomb() -> bytes:
    bomb = b"<div>" * 100_000 + b"we decided to move forward with another candidate" + b"</div>" * 100_000
    return (
        _h(
            b"HTML bomb",
            msgid=b"<div-bomb@malformed.test>",
            extra=b"Content-Type: text/html; charset=utf-8\r\n",
        )
        + b"\r\n"
        + bomb
    )


def html_table_5mb() -> bytes:
    row = b"<tr>" + b"<td>cell</td>" * 10 + b"</tr>\r\n"
    rows = row * (5_000_000 // len(row) + 1)
    return (
        _h(
            b"5 MB table",
            msgid=b"<table-5mb@malformed.test>",
            extra=b"Content-Type: text/html; charset=utf-8\r\n",
        )
        + b"\r\n<html><body><p>We have decided to move forward with another candidate.</p><table>\r\n"
        + rows
        + b"</table></body></html>\r\n"
    )


def attachment_30mb() -> bytes:
    """A rejection with a 30 MB base64 attachment (about 40 MB of bytes on disk)."""
    payload = bytes(range(256)) * (30 * 1024 * 1024 // 256)
    import base64

    encoded = base64.encodebytes(payload).replace(b"\n", b"\r\n")
    return (
        _h(b"30 MB attachment", msgid=b"<attach-30mb@malformed.test>", extra=b"MIME-Version: 1.0\r\n")
        + b"Content-Type: multipart/mixed; boundary=ATT\r\n\r\n--ATT\r\nContent-Type: text/plain\r\n\r\n"
        + REJECTION
        + b"--ATT\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=big.bin\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + encoded + b"--ATT--\r\n"
    )


#: Generated at test time, never committed (name -> builder).
BIG: dict[str, Callable[[], bytes]] = {
    "big-5000-header-lines": _five_thousand_headers,
    "big-1mb-header-line": _one_mb_header_line,
    "big-1mb-subject": _one_mb_subject,
    "big-html-div-bomb-100k": _html_div_bomb,
    "big-html-table-5mb": html_table_5mb,
    "big-attachment-30mb": attachment_30mb,
}


def write_all(directory: Path = HERE) -> list[Path]:
    """Write every small case as `NAME.eml` (bytes exactly as above)."""
    written = []
    for name, data in SMALL.items():
        path = directory / f"{name}.eml"
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write_all():
        print(p.name, p.stat().st_size)
