"""What the classifier reads: cue phrases match where a word starts (compounds and contractions
inside words, as meant), the text is lowered once, and an HTML-only body is read flattened."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailgen import make_message
from watcher import features
from watcher.features import cue_tokens, model_text, text_for_model
from watcher.message import Address, Message, parse


def cues(text: str) -> list[str]:
    return cue_tokens(text).split()


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # German compound heads: the cue word at the end of a longer word
        ("Wir senden Ihnen heute leider eine Standardabsage.", "xcueneg"),
        ("Der Bewerbungseingang wurde bestätigt.", "xcuereceived"),
        ("Anbei die Gesprächseinladung für Montag.", "xcueinvite"),
        ("Ihr Vorstellungstermin ist am Montag.", "xcueinvite"),
        ("Die Ausbildungsstelle ist bereits vergeben.", "xcueneg"),
        ("Die Stellenanzeige wurde geschlossen.", "xcueneg"),
        # contractions and "cannot"
        ("We didn't move forward with your application.", "xcueneg"),
        ("We cannot offer you the position.", "xcueneg"),
        ("Sadly you haven't been selected.", "xcueneg"),
        ("In the end we're going with another candidate.", "xcuedecided"),
        # a cue at the very start of the text
        ("Leider müssen wir Ihnen absagen.", "xcueneg"),
        ("Falls wir nichts finden, melden wir uns.", "xcuecond"),
        ("Your application was viewed by Nexalis.", "xcueviewed"),
        ("Nexalis viewed your application.", "xcueviewed"),
        ("Wir freuen uns, Ihnen eine Zusage zu geben.", "xcuepositive"),
    ],
)
def test_cue_phrases_match_at_word_starts_and_inside_compounds(text: str, cue: str) -> None:
    assert cue in cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a cue word that only happens to sit inside another word is not that cue
        ("Wir haben ebenfalls Ihre Unterlagen geprüft.", "xcuecond"),
        ("The composition was published.", "xcueneg"),
        ("Nous avons aussi vous écrit.", "xcuecond"),
        ("Only certain events are shown.", "xcuecond"),
    ],
)
def test_a_cue_word_inside_another_word_is_not_the_cue(text: str, cue: str) -> None:
    assert cue not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("We have carefully reviewed your application.", "xcueviewed"),
        ("Leider können wir Ihnen keine Zusage geben.", "xcuepositive"),
        ("We have determined the budget for the year.", "xcueinvite"),
    ],
)
def test_three_phrases_still_match_inside_words_as_the_model_learnt_them(text: str, cue: str) -> None:
    assert cue in cues(text)


def test_cues_ignore_case() -> None:
    text = "After careful consideration we have decided not to move forward with your application."
    assert cues(text.upper()) == cues(text) != []


def test_model_text_is_lower_case_with_cues_and_placeholders() -> None:
    text = text_for_model(
        "Your Application 4711", "We REGRET to inform you. See https://x.example/a or Mail@X.example", "Jobs"
    )
    assert text == text.lower()
    assert text.split("\n")[:3] == [
        "xsubject your application  xnum ",
        "your application  xnum ",
        "we regret to inform you. see xurl or xemail ",
    ]
    assert text.split("\n")[3] == "xcuejob xcueneg xcuejobandneg xcuejobsender"


def test_an_html_only_body_is_read_flattened_not_rendered() -> None:
    body = "Dear Sam,\n\nwe have decided <b>not</b>\n to proceed."
    message = parse(make_message(body, subject="Update", html=True))
    assert message.from_html
    body = model_text(message).split("\n")[2:4]
    assert body == ["dear sam,", "we have decided not to proceed."]


def test_a_message_built_with_text_is_read_as_that_text() -> None:
    message = Message(message_id=None, subject="x", sender=Address("", "a@b.example"), text="We regret.")
    assert message.flat_text == "We regret." and "we regret." in model_text(message)


# --- scanning only the cues that can occur ----------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        ("unsuccessful|leider", {"unsuccessful", "leider"}),
        ("(?:is|are) no longer", {"is no longer", "are no longer"}),  # plain words go on
        ("(?:andern)?falls", {"andernfalls", "falls"}),  # an optional group: with and without
        (
            "we(?: have|'ve)? (?:now )?x",
            {"we have now x", "we have x", "we've now x", "we've x", "we now x", "we x"},
        ),
        ("r[ée]sum", {"résum", "resum"}),
        ("cancel+ed", {"cance"}),  # a quantified character is not part of the head
        ("applica\\w*", {"applica"}),
        ("(?:uns|sich)\\w* x", {"uns", "sich"}),
        ("x(?:a|b\\w)y", {"xa", "xb"}),  # an alternative that is not plain: its head only
        ("(?:a)??b", {""}),  # lazy: nothing is known
        ("(?:ab)*c|d", {"", "d"}),
        ("[\\w.]+ x", {""}),
        ("\\bx", {""}),
    ],
)
def test_heads_are_the_literal_beginnings_of_every_match(pattern: str, heads: set[str]) -> None:
    assert features._heads(pattern) == heads


def test_every_cue_has_heads_and_a_cue_that_cannot_occur_is_not_scanned() -> None:
    """A cue is scanned only when one of its beginnings occurs; the result is the same."""
    assert all(cue.heads for cue in features._CUES)
    text = "we went with another candidate. if you are not selected, we will be in touch."
    assert features._cues(text) == features._cues(text, features.EVERY_HEAD)
    assert not features._WITHDRAWN.possible(text, frozenset({"went"}))


def test_skipping_cues_changes_no_cue_of_any_corpus_or_test_message() -> None:
    """Over every message we have (the training corpus, the golden messages) and the cue
    phrases above: the cues with skipping equal the cues with every pattern scanned."""
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "models" / "corpus").rglob("*.eml")) + sorted((root / "tests").rglob("*.eml"))
    texts = [model_text(parse(p.read_bytes())) for p in paths]
    texts += [t.lower() for t in ("Falls wir nichts finden.", "Bewerbungseingang", "viewed your cv")]
    assert len(texts) > 4000
    differ = [t[:80] for t in texts if features._cues(t) != features._cues(t, features.EVERY_HEAD)]
    assert differ == []
