"""The classifier knows which kind of job mail it reads, tells a decision from a possibility in four
languages, explains itself in words, and states the same figures everywhere."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from watcher.classify import REJECTION_KINDS, Classifier, Verdict
from watcher.features import cue_tokens
from watcher.message import parse
from watcher.modelstore import load_model
from watcher.resources import shipped_model
from watcher.training import KINDS, Example, training_kinds
from watcher.training import model as training_model
from watcher.training.run import model_summary

ROOT = Path(__file__).resolve().parents[1]

# --- a decision made vs a possibility, in en, de, fr, es ------------------------------------------

DECIDED = [
    "After careful consideration we have decided not to move forward with your application.",
    "Wir haben uns für eine andere Kandidatin entschieden und können Ihre Bewerbung nicht berücksichtigen.",
    "Nous avons décidé de ne pas donner suite à votre candidature.",
    "Hemos decidido continuar con otros candidatos para el puesto.",
]
POSSIBLE = [
    "If you are not selected for this position, we will keep your resume on file.",
    "Sollten wir Ihre Bewerbung nicht berücksichtigen können, nehmen wir Sie in unseren Talentpool auf.",
    "Si votre candidature n'est pas retenue, nous conserverons votre CV.",
    "En caso de no ser seleccionado para el puesto, conservaremos tu CV.",
]


@pytest.mark.parametrize("text", DECIDED, ids=["en", "de", "fr", "es"])
def test_a_negative_decision_made_is_marked_as_made(text: str) -> None:
    tokens = cue_tokens(text).split()
    assert "xcuenegdecided" in tokens
    assert "xcuenegonlycond" not in tokens


@pytest.mark.parametrize("text", POSSIBLE, ids=["en", "de", "fr", "es"])
def test_a_negative_outcome_as_a_possibility_is_marked_conditional(text: str) -> None:
    tokens = cue_tokens(text).split()
    assert "xcuecond" in tokens and "xcuenegonlycond" in tokens
    assert "xcuenegdecided" not in tokens


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("We have received your application for Data Analyst.", "xcuereceived"),
        ("Wir bestätigen den Eingang Ihrer Bewerbung.", "xcuereceived"),
        ("Nous avons bien reçu votre candidature.", "xcuereceived"),
        ("Hemos recibido tu candidatura.", "xcuereceived"),
        ("Your application has been withdrawn as requested.", "xcuewithdrawn"),
        ("Ihre Bewerbung wurde auf Ihren Wunsch zurückgezogen.", "xcuewithdrawn"),
        ("Votre candidature a été consultée par Nexalis.", "xcueviewed"),
        ("Tu candidatura ha sido vista por Nexo Digital.", "xcueviewed"),
    ],
)
def test_receipts_withdrawals_and_views_have_their_own_cues(text: str, cue: str) -> None:
    assert cue in cue_tokens(text).split()


def test_a_forward_with_a_note_above_it_is_marked() -> None:
    note = "Is this a no? What would you reply?\n---------- Forwarded message ---------\nWe regret ..."
    assert "xcueforwarded" in cue_tokens(note).split()
    assert "xcueforwarded" not in cue_tokens("---------- Forwarded message ---------\nWe regret ...").split()


# --- kinds ------------------------------------------------------------------------------------------


def example(label: str, kind: str = "") -> Example:
    return Example(text="x", label=label, group="g", source="s", digest="d", kind=kind)


def test_corpus_kinds_map_to_model_kinds() -> None:
    assert example("rejection", "after_interview").model_kind == "rejection"
    assert example("rejection", "position_closed").model_kind == "position_closed"
    assert example("not_rejection", "assessment").model_kind == "interview"
    assert example("not_rejection", "withdrawal").model_kind == "withdrawal"
    assert example("not_rejection", "transactional").model_kind == "other"
    assert example("not_rejection").model_kind == "other"  # the user's own mail has no kind
    assert example("rejection").model_kind == "rejection"


def test_rare_kinds_fold_into_rejection_or_other() -> None:
    data = [example("rejection")] * 12 + [example("rejection", "position_closed")] * 2
    data += [example("not_rejection", "acknowledgement")] * 12 + [example("not_rejection", "offer")] * 3
    data += [example("not_rejection", "transactional")] * 8
    assert Counter_of(training_kinds(data, 10)) == {"rejection": 14, "acknowledgement": 12, "other": 11}
    # When a parent is still too rare, its whole side folds into it; the other side keeps its kinds.
    data += [example("rejection", "position_closed")] * 10
    assert Counter_of(training_kinds(data, 13)) == {"rejection": 24, "other": 23}
    assert Counter_of(training_kinds(data, 11)) == {
        "rejection": 12,
        "position_closed": 12,
        "acknowledgement": 12,
        "other": 11,
    }


def Counter_of(values: list[str]) -> dict[str, int]:  # noqa: N802
    return {v: values.count(v) for v in set(values)}


def test_style_cv_holds_each_ats_style_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ATS style is scored by a model that never saw it; unstyled mail always trains."""
    data = [
        Example(text=f"{s} {i}", label=label, group=f"{s}{i}", source="s", digest=f"{s}{i}{label}", style=s)
        for s in ("ats:a", "ats:b", "ats:c", "")
        for i in range(4)
        for label in ("rejection", "not_rejection")
    ]
    seen: list[set[str]] = []

    class Fake:
        classes_ = np.array(["other", "rejection"])

        def predict_proba(self, texts: list[str]) -> np.ndarray[Any, Any]:
            return np.array([[0.2, 0.8]] * len(texts))

    def fake_fit(examples: list[Example], _folds: int) -> Fake:
        seen.append({e.style for e in examples})
        return Fake()

    monkeypatch.setattr(training_model, "fit_kinds", fake_fit)
    metrics, breakdown = training_model.style_cv(data, threshold=0.5)
    assert seen == [{"ats:b", "ats:c", ""}, {"ats:a", "ats:c", ""}, {"ats:a", "ats:b", ""}]
    assert metrics is not None and metrics.n == 24
    assert set(breakdown) == {"a", "b", "c"}


# --- the shipped model ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_file(shipped_model())


def mail(subject: str, body: str) -> bytes:
    return f"From: Acme Careers <no-reply@acme.example>\r\nSubject: {subject}\r\n\r\n{body}\r\n".encode()


ACK = mail(
    "We received your application",
    "Dear Sam,\n\nThank you for applying for the Data Analyst position. We have received your application "
    "and our team is currently reviewing all submissions. If your qualifications match our needs, we will "
    "contact you. If you are not selected, we will keep your resume on file.\n\nYou can check the status "
    "of your application at any time in the candidate portal.\n\nAcme Talent Acquisition",
)
REJECTION_MAIL = mail(
    "Your application for Data Analyst",
    "Dear Sam,\n\nThank you for your interest in Acme. After careful consideration, we have decided to move "
    "forward with other candidates whose experience more closely matches our needs.\n\nWe wish you every "
    "success in your search.\n\nAcme Talent Acquisition",
)


def test_shipped_model_tells_kinds_apart(classifier: Classifier) -> None:
    assert set(classifier.kinds) <= set(KINDS)
    assert {"rejection", "position_closed", "acknowledgement", "withdrawal"} <= set(classifier.kinds)
    ack, rej = classifier.predict_many([parse(ACK), parse(REJECTION_MAIL)])
    assert (ack.kind, ack.is_rejection) == ("acknowledgement", False)
    assert (rej.kind, rej.is_rejection) == ("rejection", True)


def test_verdict_kind_agrees_with_the_label(classifier: Classifier) -> None:
    messages = [parse(p.read_bytes()) for p in sorted((ROOT / "tests" / "messages").glob("*.eml"))[:25]]
    verdicts = classifier.predict_many(messages)
    proba = classifier.probabilities(messages)
    for verdict, row in zip(verdicts, proba, strict=True):
        assert isinstance(verdict, Verdict)
        assert verdict.is_rejection == (verdict.score >= classifier.threshold)
        assert (verdict.kind in REJECTION_KINDS) == verdict.is_rejection
        assert verdict.kind_score == pytest.approx(row[classifier.kinds.index(verdict.kind)], abs=1e-5)
        rejecting = sum(p for p, k in zip(row, classifier.kinds, strict=True) if k in REJECTION_KINDS)
        assert verdict.score == pytest.approx(rejecting, abs=1e-5)


def test_explain_speaks_in_words(classifier: Classifier) -> None:
    reasons = classifier.explain(parse(REJECTION_MAIL))
    assert reasons and max(w for _p, w in reasons) > 0
    for phrase, _w in reasons:
        assert "xcue" not in phrase and "xnum" not in phrase and not phrase.startswith("'")
        assert re.search(r"\w{2}", phrase), phrase
    ack_reasons = classifier.explain(parse(ACK))
    assert min(w for _p, w in ack_reasons) < 0  # what pulled it away from "rejection"


def test_the_same_figures_in_metadata_model_info_and_config_comment() -> None:
    meta = load_model(shipped_model()).metadata
    cv, style = meta["cv_metrics"], meta["style_cv_metrics"]
    assert meta["threshold"] == cv["threshold"]
    for figures in (cv, style):
        assert {"precision", "recall", "per_language_recall", "per_kind"} <= set(figures)
    assert cv["ordinary_fp_rate"] <= meta["ordinary_fp_budget"]
    info = model_summary(shipped_model())
    assert f"precision {cv['precision']:.3f}, recall {cv['recall']:.3f}" in info
    assert f"precision {style['precision']:.3f}, recall {style['recall']:.3f}" in info
    assert f"threshold: {meta['threshold']}" in info
    config = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    comment = config[config.index("[classifier]") : config.index("[schedule]")]
    assert f"threshold ({meta['threshold']})" in comment
    assert f"precision {cv['precision']:.3f}" in comment and f"recall {cv['recall']:.3f}" in comment
    assert f"{cv['ordinary_fp_rate']:.2%}" in comment
    assert cv["job_precision"] >= meta["target_precision"]
    assert f"precision on job mail alone: {cv['job_precision']:.3f}" in info
    assert f"job mail alone {cv['job_precision']:.3f}" in comment
