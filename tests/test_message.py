"""Parsing raw bytes into `Message`: the fields, and tolerance of broken mail."""

from __future__ import annotations

import email
import email.policy
import email.utils
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

import watcher.message as message_module
from mailgen import make_message
from watcher.message import Message, _plain_mailboxes, parse

SIMPLE = (
    b'From: "Doe, Jane" <jane.doe@acme.example>\r\n'
    b"Reply-To: Recruiting <jobs@acme.example>\r\n"
    b"To: Sam <sam@example.org>, other@example.org\r\n"
    b"Cc: boss@example.org\r\n"
    b"Subject: =?utf-8?q?Your_application_=E2=80=93_Data?=\r\n Engineer\r\n"
    b"Date: Tue, 04 Mar 2025 10:15:00 +0100\r\n"
    b"Message-ID: <abc.123@acme.example>\r\n"
    b"In-Reply-To: <q1@example.org>\r\n"
    b"References: <q0@example.org>\r\n <q1@example.org>\r\n"
    b"Auto-Submitted: auto-generated\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Hello Sam,\r\nthank you.\r\n"
)


def test_headers_become_typed_fields() -> None:
    m = parse(SIMPLE)
    assert m.sender is not None and m.sender.email == "jane.doe@acme.example"
    assert m.sender.name == "Doe, Jane"
    assert [a.email for a in m.reply_to] == ["jobs@acme.example"]
    assert [a.email for a in m.to] == ["sam@example.org", "other@example.org"]
    assert [a.email for a in m.cc] == ["boss@example.org"]
    assert m.subject == "Your application – Data Engineer"
    assert m.date == datetime(2025, 3, 4, 10, 15, tzinfo=timezone(timedelta(hours=1)))
    assert m.message_id == "<abc.123@acme.example>"
    assert m.in_reply_to == "<q1@example.org>"
    assert m.references == ("<q0@example.org>", "<q1@example.org>")
    assert m.is_auto_submitted and not m.is_bulk
    assert m.text == "Hello Sam,\nthank you."
    assert m.problems == ()


def test_html_only_mail_becomes_readable_text() -> None:
    raw = make_message("Dear Sam,\n\nWe have decided <b>not</b> to proceed.", subject="Update", html=True)
    m = parse(raw)
    assert m.from_html
    assert "We have decided not to proceed." in m.text
    assert "<" not in m.text


def test_plain_part_is_preferred_over_html() -> None:
    raw = (
        b"Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/html\r\n\r\n<p>html version</p>\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nplain version\r\n--B--\r\n"
    )
    m = parse(raw)
    assert m.text == "plain version" and not m.from_html


def test_wrong_declared_charset_is_tolerated() -> None:
    raw = b"Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGr\xfc\xdfe aus K\xf6ln\r\n"
    m = parse(raw)
    assert m.text == "Grüße aus Köln"
    assert any("not valid utf-8" in p for p in m.problems)


def test_unknown_charset_is_tolerated() -> None:
    raw = b"Subject: x\r\nContent-Type: text/plain; charset=x-klingon-7\r\n\r\nplain ascii body\r\n"
    m = parse(raw)
    assert m.text == "plain ascii body"
    assert any("unknown charset" in p for p in m.problems)


def test_raw_8bit_headers_are_decoded() -> None:
    raw = "From: José Müller <jose@example.es>\r\nSubject: Ihre Bewerbung – Absage\r\n\r\nx\r\n".encode()
    m = parse(raw)
    assert m.subject == "Ihre Bewerbung – Absage"
    assert m.sender is not None and m.sender.name == "José Müller"


def test_missing_headers_are_empty_not_errors() -> None:
    m = parse(b"\r\njust a body\r\n")
    assert m.message_id is None and m.sender is None and m.date is None and m.subject == ""
    assert m.text == "just a body"


def test_garbage_never_raises() -> None:
    for raw in (
        b"",
        b"\x00\xff\xfe",
        b"Content-Type: multipart/mixed; boundary=\r\n\r\n--\r\n",
        b"From: <<<>>>\r\n\r\n",
    ):
        parse(raw)


def test_unparsable_date_is_none() -> None:
    assert parse(b"Date: the day after tomorrow\r\n\r\nx").date is None


def test_naive_date_is_taken_as_utc() -> None:
    assert parse(b"Date: Tue, 04 Mar 2025 10:15:00 -0000\r\n\r\nx").date == datetime(
        2025, 3, 4, 10, 15, tzinfo=UTC
    )


def test_html_bomb_is_cut_not_rendered_forever() -> None:
    bomb = b"<div>" * 200_000 + b"deep" + b"</div>" * 200_000
    raw = b"Content-Type: text/html\r\n\r\n" + bomb
    m = parse(raw)
    assert any("HTML cut" in p for p in m.problems)
    assert len(m.text) <= 100_000


def test_list_and_precedence_mark_bulk_mail() -> None:
    assert parse(b"List-Id: <news.example.com>\r\n\r\nx").is_bulk
    assert parse(b"Precedence: bulk\r\n\r\nx").is_bulk
    assert not parse(b"Precedence: first-class\r\n\r\nx").is_bulk
    assert not parse(b"Auto-Submitted: no\r\n\r\nx").is_auto_submitted


# --- an HTML-only body: flattened for the classifier, rendered carefully only when read --------


def html_mail(html: bytes, charset: bytes = b"utf-8") -> bytes:
    return b"Subject: x\r\nContent-Type: text/html; charset=" + charset + b"\r\n\r\n" + html


def test_html_is_flattened_one_line_per_block_without_markup() -> None:
    m = parse(
        html_mail(
            b"<html><head><title>Page</title><style>p {color: red}</style></head><body>"
            b"<p>Dear Sam,</p><p>we have\r\n  decided <b>not</b> to proceed &amp; thank you.<br>Best</p>"
            b"<table><tr><td>Acme</td><td>Recruiting</td></tr></table><script>alert(1)</script>"
            b"</body></html>"
        )
    )
    assert m.from_html
    assert m.flat_text == "Dear Sam,\nwe have decided not to proceed & thank you.\nBest\nAcme Recruiting"


def test_the_careful_text_is_rendered_on_first_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    render = message_module.html_to_text
    monkeypatch.setattr(message_module, "html_to_text", lambda *a: calls.append(1) or render(*a))
    m = parse(html_mail(b"<ul><li>one</li><li>two</li></ul>"))
    assert calls == [] and m.flat_text == "one\ntwo"
    assert m.text == render("<ul><li>one</li><li>two</li></ul>") and m.text == m.text
    assert calls == [1]


def test_html_declaring_another_charset_in_a_meta_tag_is_read_as_decoded() -> None:
    m = parse(html_mail('<meta charset="big5"><p>Grüße aus Köln</p>'.encode(), b"utf-8"))
    assert m.flat_text == "Grüße aus Köln" and "Grüße aus Köln" in m.text


def test_text_before_the_html_element_keeps_the_page() -> None:
    m = parse(html_mail(b"note\r\n<html><head><title>t</title></head><body><p>the page</p></body></html>"))
    assert m.flat_text == "note\nthe page"


@pytest.mark.parametrize("html", [b"", b"   ", b"<html></html>", b"<!-- only a comment -->", b"<<<>>>"])
def test_empty_or_broken_html_gives_empty_or_stripped_text(html: bytes) -> None:
    m = parse(html_mail(html))
    assert m.from_html and "<html" not in m.flat_text and "<!--" not in m.flat_text
    assert m.problems == () or all("HTML" in p for p in m.problems)


def test_a_message_built_with_text_keeps_it() -> None:
    m = Message(message_id=None, subject="", sender=None, text="as given")
    assert m.text == "as given" and m.flat_text == "as given" and not m.from_html


# --- plain mailboxes read without the stdlib's address parser ---------------------------------

_TRICKY_ADDRESSES = [
    "a@b.example",
    "  a.b+c@mail.b.example  ",
    "Jane Doe <jane@x.example>",
    "Jane   Doe\t<jane@x.example>",
    '"Doe, Jane" <jane@x.example>',
    '"Doe, Jane"<jane@x.example>, bob@y.example',
    "J. R. R. <j@x.example>, <k@x.example>,l@x.example",
    "=?utf-8?q?J=C3=BCrgen?= <j@x.example>",
    "Jürgen Müller <j@x.example>",
    "Jane (HR) <jane@x.example>",  # a comment: the stdlib's
    '"Jane \\"J\\" Doe" <jane@x.example>',  # an escape
    "Jane <jane@x.example> trailing",
    "a@b.example,,c@d.example",
    "a@b.example,",
    "undisclosed-recipients:;",
    "Jane Doe <jane@x.example",
    "a..b@c.example",
    "Jane\xa0Doe <jane@x.example>",
    "Jane\r\nDoe <jane@x.example>",
    "[a]@b.example",
    "a@[127.0.0.1]",
    "jane@x.example (Jane)",
    "a@b.example c@d.example",
]


def test_plain_mailboxes_read_as_the_stdlib_reads_them() -> None:
    """Every address header of the corpus and the test messages, and some odd ones: where the
    quick reading applies, it gives exactly the stdlib's pairs (else it leaves them to it)."""
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "models" / "corpus").rglob("*.eml")) + sorted((root / "tests").rglob("*.eml"))
    values = list(_TRICKY_ADDRESSES)
    for path in paths:
        head = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
        raw = [str(v) for k, v in head.raw_items() if k.lower() in {"from", "to", "cc", "reply-to"}]
        values += raw + [message_module._FOLD.sub(" ", v) for v in raw]  # as parse() reads them
    quick = [v for v in values if _plain_mailboxes(v) is not None]
    assert len(quick) > 0.8 * len(values)
    assert [_plain_mailboxes(v) for v in quick] == [email.utils.getaddresses([v]) for v in quick]
    assert _plain_mailboxes("Jane (HR) <jane@x.example>") is None
    assert _plain_mailboxes('"Doe, Jane" <jane@x.example>') is None  # split at its comma: not plain
    assert _plain_mailboxes('"Doe  Jane" <jane@x.example>, b@y.example') == [
        ("Doe  Jane", "jane@x.example"),
        ("", "b@y.example"),
    ]
