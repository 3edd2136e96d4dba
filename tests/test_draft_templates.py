"""The drafts a careful job seeker sends as written: the rejection's register, and only claims the mail supports.

Rendered with the shipped templates from golden fixtures (tests/messages) and small messages, in
English, German, French and Spanish.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailgen import make_message
from watcher.context import extract_context
from watcher.message import parse
from watcher.reply import NO_RECIPIENT_NOTES, Draft, Identity, ReplyRenderer
from watcher.resources import shipped_templates

ME = Identity("Sam Taylor", "sam.taylor@example.org", "Sam Taylor")
NOW = datetime(2025, 11, 20, 9, 30, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "messages"

#: Phrases that make a claim, per language: someone was hired / a person wrote it / several meetings.
HIRED = (
    "great start",
    "strong match",
    "neuen Teammitglied",
    "gute Besetzung",
    "jemanden gefunden",
    "personne choisie",
    "profil qui convient",
    "quien lo ocupe",
    "perfil que encaja",
)
PERSONAL = (
    "tell me yourself",
    "persönlich mitzuteilen",
    "selbst zu sagen",
    "vous-même",
    "toi-même",
    "decírmelo personalmente",
    "decírmelo en persona",
)
SEVERAL = ("our conversations", "Die Gespräche", "Nos échanges", "Nuestras conversaciones")


def render(raw: bytes, **changes: object) -> Draft:
    message = parse(raw)
    context = replace(extract_context(message), **changes)  # type: ignore[arg-type]
    return ReplyRenderer(ME, [shipped_templates()]).render(message, "<rw.t@example.org>", NOW, context)


def golden(stem: str) -> Draft:
    return render((GOLDEN / f"{stem}.eml").read_bytes())


# --- register --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "greeting", "closing"),
    [
        (
            "58-de-vogelsang-erstgespraech-sehr-geehrte-sie",
            "Sehr geehrte Frau Vogel,",
            "Mit freundlichen Grüßen",
        ),
        ("70-de-hofmark-einstellungsstopp-sie", "Guten Tag Stefan Kühn,", "Mit freundlichen Grüßen"),
        (
            "60-de-lindenau-kennenlernen-zweitgespraech-team",
            "Sehr geehrte Damen und Herren,",
            "Mit freundlichen Grüßen",
        ),
        ("59-de-kranzberg-telefoninterview-du", "Hallo Jonas,", "Viele Grüße"),
        ("63-fr-maison-ferrand-entretien-madame", "Madame,", "Je vous prie d'agréer, Madame,"),
        ("65-fr-atelier-brume-tu-rencontrer", "Bonjour Hugo,", "Bien à toi,"),
        ("64-es-ceramicas-albero-entrevista-usted", "Estimada Sra. Herrero:", "Atentamente,"),
        ("66-es-nubia-conocerte-tu", "Hola Marta,", "Gracias de nuevo,"),
        ("61-en-quarrystone-panel-really-liked-you", "Hi Priya,", "Thanks again for your time"),
    ],
)
def test_the_draft_answers_in_the_rejections_register(stem: str, greeting: str, closing: str) -> None:
    body = golden(stem).body
    assert body.splitlines()[0] == greeting or body.split("\n\n")[1].startswith(greeting)
    assert closing in body


@pytest.mark.parametrize(
    ("opening", "signature", "sender", "greeting"),
    [
        (
            "Sehr geehrter Herr Taylor,",
            "Katrin Vogel\nPersonalreferentin",
            "Katrin Vogel",
            "Sehr geehrte Frau Vogel,",
        ),
        ("Guten Tag Herr Taylor,", "Frau Katrin Vogel", "Katrin Vogel", "Guten Tag Frau Vogel,"),
        (
            "Sehr geehrter Herr Taylor,",
            "Tobias Brandt\nPersonalabteilung",
            "Tobias Brandt",
            "Guten Tag Tobias Brandt,",
        ),
        ("Sehr geehrter Herr Taylor,", "Ihr Personalteam", "Personal", "Sehr geehrte Damen und Herren,"),
    ],
)
def test_a_german_formal_greeting_names_frau_or_herr_only_when_the_mail_says_so(
    opening: str, signature: str, sender: str, greeting: str
) -> None:
    raw = make_message(
        f"{opening}\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen absagen.\n\n"
        f"Mit freundlichen Grüßen\n{signature}\n",
        "Ihre Bewerbung",
        sender=f"{sender} <bewerbung@vogelsang.de>",
    )
    draft = render(raw)
    assert greeting in draft.body.split("\n\n")[:2]
    assert "Mit freundlichen Grüßen" in draft.body and "Viele Grüße" not in draft.body


def test_a_formal_french_mail_without_a_named_contact_gets_madame_monsieur() -> None:
    raw = make_message(
        "Madame, Monsieur,\n\nNous vous remercions pour votre candidature. Nous ne pouvons pas y donner suite.\n\n"
        "Le service Recrutement\n",
        "Votre candidature",
        sender="Recrutement <recrutement@orsay.fr>",
    )
    body = render(raw).body
    assert body.startswith("Madame, Monsieur,")
    assert "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées." in body


# --- claims ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
@pytest.mark.parametrize("stage", ["after_interview", "after_application"])
@pytest.mark.parametrize("informal", [False, True])
def test_claims_are_made_only_when_the_mail_supports_them(language: str, stage: str, informal: bool) -> None:
    from watcher.context import Extracted

    raw = make_message(
        "Hi Sam,\n\nWe went another way.\n\nJane\n", "Your application", sender="Jane <j@acme.com>"
    )
    message = parse(raw)
    base = replace(
        extract_context(message), stage=Extracted(stage, 0.9), informal=informal, language=language
    )
    renderer = ReplyRenderer(ME, [shipped_templates()], language=language)
    none = renderer.render(
        message, "<rw@x>", NOW, replace(base, hired=False, personal=False, several_meetings=False)
    ).body
    every = renderer.render(
        message, "<rw@x>", NOW, replace(base, hired=True, personal=True, several_meetings=True)
    ).body
    for phrases in (HIRED, PERSONAL, SEVERAL):
        assert not any(p in none for p in phrases)
    assert any(p in every for p in HIRED)
    if stage == "after_interview":
        assert any(p in every for p in PERSONAL) and any(p in every for p in SEVERAL)


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in sorted(GOLDEN.glob("*.eml"))
        if "hired" in json.loads(p.with_suffix(".json").read_text())["extract"]
    ],
    ids=lambda p: p.stem,
)
def test_no_golden_draft_claims_what_its_mail_does_not_say(path: Path) -> None:
    truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["extract"]
    body = render(path.read_bytes()).body
    for name, phrases in (("hired", HIRED), ("personal", PERSONAL), ("several_meetings", SEVERAL)):
        if truth.get(name) is False:
            assert not any(p in body for p in phrases), name


# --- notes, subject ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "language"),
    [
        ("81-en-marrowfield-unmonitored-mailbox", "en"),
        ("82-de-seewald-keine-antworten-empfangen", "de"),
        ("83-fr-orsay-ne-pas-repondre", "fr"),
        ("84-es-vendaval-buzon-no-supervisado", "es"),
    ],
)
def test_an_unmonitored_mailbox_gets_no_recipient_and_the_note(stem: str, language: str) -> None:
    draft = golden(stem)
    assert draft.to is None and draft.template.endswith(f".{language}.txt.j2")
    assert draft.body.startswith(NO_RECIPIENT_NOTES[language])  # the note in the draft's language


@pytest.mark.parametrize(
    ("stem", "note"),
    [
        (
            "85-en-ferrowell-reply-to-other-domain",
            "Replies go to jobs@ferrowell-hiring.net, not the sender's domain",
        ),
        (
            "86-de-quellwerk-reply-to-andere-domain-sie",
            "Antworten gehen an bewerbung@quellwerk-karriere.info",
        ),
    ],
)
def test_a_reply_to_on_another_domain_gets_a_note(stem: str, note: str) -> None:
    draft = golden(stem)
    assert draft.to is not None and draft.body.startswith(note)


def test_a_reply_to_on_the_senders_domain_gets_no_note() -> None:
    raw = make_message(
        "Hi Sam,\n\nWe went another way.\n\nJane\n",
        "Your application",
        sender="Jane Doe <jane@acme.com>",
        reply_to="jobs@acme.com",
    )
    assert render(raw).body.startswith("Hi Jane,")


@pytest.mark.parametrize(
    ("body", "sender", "subject"),
    [
        (
            "Hi Sam,\n\nThank you for applying for the Data Analyst position at Kestrel. We will not proceed.\n\nJane\n",
            "Jane Doe <jane.doe@kestrel.io>",
            "Re: Data Analyst – Kestrel",
        ),
        (
            "Guten Tag,\n\nleider können wir Ihnen keine Zusage geben. Wir wünschen Ihnen alles Gute.\n",
            "Bewerbermanagement <noreply@softgarden.io>",
            "Re: Ihre Nachricht",
        ),
    ],
)
def test_an_empty_subject_names_the_role_or_company(body: str, sender: str, subject: str) -> None:
    assert render(make_message(body, "", sender=sender)).subject == subject
