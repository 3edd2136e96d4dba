"""Reply rendering: threading, headers, encoding, and that mail text can't inject anything."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailgen import REJECTION_BODY, make_message, rejection
from watcher.message import parse
from watcher.reply import (
    NO_RECIPIENT_NOTE,
    NO_RECIPIENT_NOTES,
    Identity,
    ReplyRenderer,
    TemplateError,
    draft_message_id,
    reply_subject,
)
from watcher.resources import shipped_templates

ME = Identity("Sam Taylor", "sam.taylor@example.org", "Sam Taylor\n+44 20 7946 0000")
NOW = datetime(2025, 11, 20, 9, 30, tzinfo=UTC)


def render(raw: bytes, renderer: ReplyRenderer | None = None):  # type: ignore[no-untyped-def]
    renderer = renderer or ReplyRenderer(ME, [shipped_templates()])
    return renderer.render(parse(raw), "<rw.test@example.org>", NOW)


def reparse(draft) -> email.message.EmailMessage:  # type: ignore[no-untyped-def]
    return email.message_from_bytes(draft.as_bytes(), policy=email.policy.default)


def test_draft_threads_under_the_rejection() -> None:
    raw = rejection(message_id="<orig-1@quillpoint.io>", extra={"References": "<a@x> <b@x>"})
    out = reparse(render(raw))
    assert out["In-Reply-To"] == "<orig-1@quillpoint.io>"
    assert out["References"] == "<a@x> <b@x> <orig-1@quillpoint.io>"
    assert out["Message-ID"] == "<rw.test@example.org>"
    assert out["From"] == "Sam Taylor <sam.taylor@example.org>"
    assert out["To"] == "Hannah Becker <hannah.becker@quillpoint.io>"
    assert out["Subject"] == "Re: Your application for Backend Engineer"
    assert out["Date"] is not None


def test_draft_follows_the_pattern_and_signs_off() -> None:
    body = render(rejection()).body
    assert body.startswith("Hi Hannah,")
    for phrase in (
        "Thank you for letting me know",
        "glad you found the right person",
        "inspired",
        "I meant what I said",
        "stay on your radar for future openings",
    ):
        assert phrase in body
    assert body.rstrip().endswith("Sam Taylor\n+44 20 7946 0000")


def test_bytes_are_crlf_utf8_and_decode_back() -> None:
    body = REJECTION_BODY.replace("Hannah Becker", "Zoë Åkesson")  # signed by the sender, so her name is sure
    raw = make_message(body, "Your application – decision", sender="Zoë Åkesson <zoe@quillpoint.io>")
    data = render(raw).as_bytes()
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    out = email.message_from_bytes(data, policy=email.policy.default)
    assert out.get_content_charset() == "utf-8"
    assert out["To"].addresses[0].display_name == "Zoë Åkesson"
    assert "Zoë" in out.get_content()


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Your application", "Re: Your application"),
        ("Re: Your application", "Re: Your application"),
        ("RE: Your application", "RE: Your application"),
        ("AW: Ihre Bewerbung", "AW: Ihre Bewerbung"),
        ("Fwd: Your application", "Re: Fwd: Your application"),
        ("", "Re: your message"),
        ("Multi\r\n line", "Re: Multi line"),
    ],
)
def test_reply_subject_never_doubles_the_prefix(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_template_syntax_in_the_mail_stays_literal() -> None:
    raw = make_message(
        "Hi Sam,\n\nWe decided to move forward with another candidate for the {{ 7*7 }} role.\n",
        subject="Your application for {{ 7*7 }} {% raw %}",
        sender='"{{ config }}" <recruiter@quillpoint.io>',
    )
    draft = render(raw)
    assert "49" not in draft.subject and "{{ 7*7 }}" in draft.subject
    assert "49" not in draft.body


def test_crlf_in_names_and_subjects_cannot_add_headers() -> None:
    raw = (
        b"From: =?utf-8?q?Eve=0D=0ABcc=3A_victim=40evil=2Eexample?= <eve@quillpoint.io>\r\n"
        b"To: sam.taylor@example.org\r\n"
        b"Subject: =?utf-8?q?Update=0D=0ABcc=3A_victim=40evil=2Eexample?=\r\n"
        b"Message-ID: <inj@quillpoint.io>\r\n\r\n"
        b"We decided to move forward with another candidate.\r\n"
    )
    data = render(raw).as_bytes()
    out = email.message_from_bytes(data, policy=email.policy.default)
    assert out["Bcc"] is None
    assert not any(line.lower().startswith(b"bcc:") for line in data.split(b"\r\n"))


#: Encoded words that our decoding leaves as text but the stdlib would still decode when the
#: draft's header is written: an unreadable charset (kept as written), a word encoded twice.
HIDDEN_BCC = [
    "=?\x0btf-8?q?Application=0D=0ABcc:_evil@attacker.example?=",
    "=?x-no-such-charset?q?Application=0D=0ABcc:_evil@attacker.example?=",
    "=?utf-8?q?=3D=3Futf-8=3Fq=3FApplication=3D0D=3D0ABcc=3A=5Fevil=40attacker=2Eexample=3F=3D?=",
    "=?utf-8?b?PT91dGYtOD9xP0FwcGxpY2F0aW9uPTBEPTBBQmNjOl9ldmlsQGF0dGFja2VyLmV4YW1wbGU/PQ==?=",
]


@pytest.mark.parametrize(
    "subject", HIDDEN_BCC, ids=["bad-charset", "unknown-charset", "double-q", "double-b"]
)
@pytest.mark.parametrize("where", ["Subject", "Message-ID", "References"])
def test_an_encoded_word_left_in_the_text_cannot_add_headers(subject: str, where: str) -> None:
    """Whatever a header value still holds after decoding is written as literal text: the draft has
    no Bcc line and its headers read back as exactly what we set."""
    headers = {
        "Subject": "Your application",
        "Message-ID": "<inj@quillpoint.io>",
        "References": "<a@quillpoint.io>",
    }
    headers[where] = subject if where == "Subject" else f"<{subject}@quillpoint.io>"
    raw = (
        b"From: Eve Example <eve@quillpoint.io>\r\nTo: sam.taylor@example.org\r\n"
        + b"".join(f"{k}: {v}\r\n".encode("latin-1") for k, v in headers.items())
        + b"\r\nWe decided to move forward with another candidate.\r\n"
    )
    draft = render(raw)
    data = draft.as_bytes()
    out = email.message_from_bytes(data, policy=email.policy.default)
    assert out["Bcc"] is None
    assert not any(line.lower().startswith(b"bcc:") for line in data.split(b"\r\n"))
    assert str(out["Subject"]) == draft.subject
    assert "\n" not in str(out["Subject"]) and "\r" not in str(out["Subject"])


def test_no_reply_sender_gives_empty_to_and_a_note() -> None:
    raw = rejection(sender="Quillpoint Careers <no-reply@quillpoint.io>")
    draft = render(raw)
    assert draft.to is None
    assert reparse(draft)["To"] is None
    assert draft.body.startswith(NO_RECIPIENT_NOTE)


def test_reply_to_wins_over_a_no_reply_from() -> None:
    raw = rejection(sender="Careers <noreply@quillpoint.io>", reply_to="Hannah <hannah@quillpoint.io>")
    assert reparse(render(raw))["To"] == "Hannah <hannah@quillpoint.io>"


def test_team_signature_gets_a_neutral_greeting() -> None:
    raw = rejection(sender="Quillpoint Talent Team <talent@quillpoint.io>")
    assert render(raw).body.startswith("Hello,")


def test_german_rejection_gets_the_german_template() -> None:
    raw = make_message(
        "Sehr geehrter Herr Taylor,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, "
        "dass wir uns für einen anderen Kandidaten entschieden haben.\n\nMit freundlichen Grüßen\nJulia Brandt",
        subject="Ihre Bewerbung als Backend Engineer",
        sender="Julia Brandt <j.brandt@quillpoint.de>",
    )
    draft = render(raw)
    assert draft.template == "reply.after_application.de.txt.j2"
    # A formal letter ("Sehr geehrter Herr Taylor", Sie) is answered formally; nothing says Frau or Herr.
    assert draft.body.startswith("Guten Tag Julia Brandt,")
    assert draft.body.rstrip().endswith("Mit freundlichen Grüßen\nSam Taylor\n+44 20 7946 0000")


def test_draft_ids_are_deterministic_and_per_account() -> None:
    a = draft_message_id("acct", "<m@x>", "me@example.org")
    assert a == draft_message_id("acct", "<m@x>", "me@example.org")
    assert a != draft_message_id("other", "<m@x>", "me@example.org")
    assert a.endswith("@example.org>")


def test_user_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "reply.en.txt.j2").write_text(
        "Subject: Thanks!\n\nThanks {{ first_name or 'there' }}.\n{{ signature }}\n"
    )
    draft = render(rejection(), ReplyRenderer(ME, [tmp_path, shipped_templates()]))
    assert draft.subject == "Thanks!"
    assert draft.body.startswith("Thanks Hannah.")


def test_a_template_naming_an_unknown_variable_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "reply.en.txt.j2").write_text("Dear {{ recruiter_name }},\n")
    with pytest.raises(TemplateError, match="recruiter_name"):
        render(rejection(), ReplyRenderer(ME, [tmp_path]))


def test_the_sandbox_blocks_attribute_escapes(tmp_path: Path) -> None:
    (tmp_path / "reply.en.txt.j2").write_text("{{ first_name.__class__.__mro__[1].__subclasses__() }}\n")
    with pytest.raises(TemplateError):
        render(rejection(), ReplyRenderer(ME, [tmp_path]))


SHIPPED = sorted(p.name for p in shipped_templates().glob("*.j2"))


def test_the_shipped_templates_cover_every_stage_in_every_detected_language() -> None:
    for lang in ("en", "de", "fr", "es"):
        for stage in ("after_interview", "after_application", "position_closed"):
            assert f"reply.{stage}.{lang}.txt.j2" in SHIPPED
        assert f"followup.{lang}.txt.j2" in SHIPPED


@pytest.mark.parametrize("template", [t for t in SHIPPED if t.startswith("reply.")])
def test_every_shipped_reply_template_renders_with_and_without_facts(template: str) -> None:
    """StrictUndefined: a typo'd variable in any shipped template fails here, not in a user's Drafts."""
    _name, stage, lang, *_ = template.split(".")
    renderer = ReplyRenderer(ME, [shipped_templates()], language=lang)
    for informal in (False, True):
        full = render_stage(rejection(), renderer, stage, informal)
        bare = render_stage(rejection(sender="no-reply@quillpoint.io", subject=""), renderer, stage, informal)
        for draft in (full, bare):
            assert draft.template == template
            assert_clean(draft.body)
        assert "Backend Engineer" in full.body and "Hannah" in full.body


@pytest.mark.parametrize("template", [t for t in SHIPPED if t.startswith("followup.")])
def test_every_shipped_followup_template_renders_with_and_without_facts(template: str) -> None:
    lang = template.split(".")[1]
    renderer = ReplyRenderer(ME, [shipped_templates()], language=lang)
    facts = {
        "to_address": "hannah@quillpoint.io",
        "to_name": "Hannah Becker",
        "first_name": "Hannah",
        "company": "Quillpoint",
        "role": "Backend Engineer",
        "language": lang,
        "informal": False,
        "reply_subject": "Re: Your application",
        "rejection_message_id": "<r@x>",
        "references": ["<r@x>"],
        "replied_at": "2025-09-01T10:00:00+00:00",
    }
    full = renderer.render_followup(facts, "<rw.f@example.org>", NOW, "followup")
    empty = {**facts, "first_name": None, "company": None, "role": None, "to_address": "", "informal": True}
    bare = renderer.render_followup(empty, "<rw.f@example.org>", NOW, "followup")
    for draft in (full, bare):
        assert draft.template == template
        assert_clean(draft.body)
    assert "Quillpoint" in full.body and "Hannah" in full.body
    out = reparse(full)
    assert out["In-Reply-To"] == "<r@x>" and out["To"] == "Hannah Becker <hannah@quillpoint.io>"
    assert bare.body.startswith(NO_RECIPIENT_NOTES[lang])  # the note in the draft's language


def render_stage(raw: bytes, renderer: ReplyRenderer, stage: str, informal: bool):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from watcher.context import Extracted, extract_context

    msg = parse(raw)
    context = replace(extract_context(msg), stage=Extracted(stage, 0.9), informal=informal)
    return renderer.render(msg, "<rw.test@example.org>", NOW, context)


@pytest.mark.parametrize(
    ("role", "company", "expected"),
    [
        ("Analyste de données", "Orange", ("poste d'Analyste de données", "l'équipe d'Orange")),
        ("Backend Engineer", "Quillpoint", ("poste de Backend Engineer", "l'équipe de Quillpoint")),
    ],
)
def test_french_elides_de_before_a_vowel(role: str, company: str, expected: tuple[str, str]) -> None:
    from dataclasses import replace

    from watcher.context import Extracted, extract_context

    msg = parse(rejection())
    context = replace(
        extract_context(msg),
        stage=Extracted("after_interview", 0.9),
        role=Extracted(role, 0.9),
        company=Extracted(company, 0.9),
    )
    draft = ReplyRenderer(ME, [shipped_templates()], language="fr").render(
        msg, "<rw.t@example.org>", NOW, context
    )
    for phrase in expected:
        assert phrase in draft.body


def assert_clean(body: str) -> None:
    assert "{{" not in body and "None" not in body and "  " not in body.replace("\n", "")
    assert " ," not in body and " ." not in body and "\n\n\n" not in body
