"""Which kind of job mail is this, and is it a rejection of my application? A verdict with
probabilities and reasons a person can read.

`Classifier` wraps the verified weights of a trained model (modelstore.load_scorer), scored with
numpy alone by scorer.py (the same probabilities as the scikit-learn pipeline, without importing
it), and the decision threshold chosen by cross-validation when it was trained. The model tells
kinds apart (training.KINDS); the rejection score is P(rejection) + P(position closed), so an
acknowledgement that *mentions* a possible rejection counts against it. It knows nothing about
mailboxes or files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from .features import model_text
from .message import Message
from .modelstore import ScoringModel, load_scorer

REJECTION = "rejection"
NOT_REJECTION = "not_rejection"
Label = Literal["rejection", "not_rejection"]
#: The kinds whose probabilities add up to the rejection score (training imports them from here).
REJECTION_KINDS = frozenset({"rejection", "position_closed"})

#: The cue words of features.py, in words.
CUE_PHRASES = {
    "xcuejob": "talks about a job application",
    "xcueneg": "a negative outcome, stated",
    "xcuehedgedneg": "a negative outcome only as a possibility",
    "xcueinvite": "an invitation or next step",
    "xcuepositive": "good news or an offer",
    "xcuejobandneg": "a job and a negative outcome",
    "xcuenegnojob": "a negative outcome that is not about a job",
    "xcuejobnoneg": "job mail without a negative outcome",
    "xcuejobneg": "a job and a decision against it in one sentence",
    "xcuedecided": "a decision stated as made",
    "xcuecond": 'a condition or future step ("if ...", "we will be in touch")',
    "xcuenegdecided": "a negative decision stated as made",
    "xcuenegonlycond": "negative words only inside conditions",
    "xcuedecidednoneg": "a decision, but not a negative one",
    "xcuereceived": "confirms that an application was received",
    "xcuewithdrawn": "a withdrawal",
    "xcueviewed": "says an application was viewed",
    "xcueforwarded": "someone forwarding a message with a note of their own",
    "xcuejobsender": "sent from a recruiting address or an applicant-tracking system",
    "xcueearlier": 'refers to an earlier time ("last year", "damals")',
    "xcuenewrole": "a new role on offer",
    "xcueearlierno": "a negative outcome placed in the past",
    "xcuenoandnewrole": "a negative outcome and a new role",
}
_PLACEHOLDERS = {"xnum": "<number>", "xurl": "<link>", "xemail": "<address>", "xsubject": "(subject)"}
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Verdict:
    """The classifier's answer for one message.

    `score` is P(rejection) + P(position closed); `label` is "rejection" when it reaches the
    threshold. `kind` is the most probable kind on the side of the threshold the message fell
    (a rejection is "rejection" or "position_closed"; anything else one of the other kinds), and
    `kind_score` its probability. `reasons` are (phrase, weight) pairs, + toward rejection.
    """

    label: Label
    score: float
    reasons: tuple[tuple[str, float], ...] = ()
    kind: str = "other"
    kind_score: float = 0.0

    @property
    def is_rejection(self) -> bool:
        return self.label == REJECTION


class Classifier:
    """Scores messages with a trained model's weights and labels them against a threshold."""

    def __init__(self, model: ScoringModel, threshold: float | None = None) -> None:
        self.model = model
        self.threshold = model.threshold if threshold is None else threshold
        self.kinds = [_kind_name(c) for c in model.scorer.classes]
        """The kinds this model tells apart ("not_rejection" reads as "other")."""

    @classmethod
    def from_file(cls, path: Path, threshold: float | None = None) -> Classifier:
        return cls(load_scorer(path), threshold)

    def probabilities(self, messages: Sequence[Message]) -> np.ndarray[Any, Any]:
        """One row per message, one column per kind (see `kinds`)."""
        return self.model.scorer.predict_proba([model_text(m) for m in messages])

    def scores(self, messages: Sequence[Message]) -> list[float]:
        """P(rejection) + P(position closed) for each message."""
        if not messages:
            return []
        proba = self.probabilities(messages)
        return [float(s) for s in self._rejection_scores(proba)]

    def predict_many(self, messages: Sequence[Message]) -> list[Verdict]:
        if not messages:
            return []
        proba = self.probabilities(messages)
        return [
            self._verdict(row, float(s)) for row, s in zip(proba, self._rejection_scores(proba), strict=True)
        ]

    def predict(self, message: Message, *, explain: bool = False) -> Verdict:
        verdict = self.predict_many([message])[0]
        if explain:
            verdict = Verdict(
                verdict.label, verdict.score, self.explain(message), verdict.kind, verdict.kind_score
            )
        return verdict

    def explain(self, message: Message, top: int = 8) -> tuple[tuple[str, float], ...]:
        """The words, phrases and cues that pushed this message most, in words, signed: + toward
        rejection, - toward the most probable other kind. Character n-grams are credited to the
        words they come from; numbers, links and addresses are named as such."""
        scorer = self.model.scorer
        text = model_text(message)
        indices, values = scorer.features(text)
        toward = self._direction(scorer.coef, scorer.predict_proba([text])[0])
        contributions = values * toward[indices]
        words = {w for w in _WORD.findall(text)}
        totals: dict[str, float] = {}
        for index, value in zip(indices.tolist(), contributions, strict=True):
            for phrase, share in _phrases(scorer.feature_name(index), words):
                totals[phrase] = totals.get(phrase, 0.0) + float(value) * share
        ranked = sorted(totals.items(), key=lambda item: -abs(item[1]))
        return tuple((phrase, round(weight, 3)) for phrase, weight in ranked[:top] if abs(weight) >= 0.001)

    def _direction(self, coef: np.ndarray[Any, Any], proba: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """Weights toward the likelier rejection kind and away from the likeliest other kind."""
        kinds = self.kinds
        rejecting = [i for i, k in enumerate(kinds) if k in REJECTION_KINDS]
        others = [i for i, k in enumerate(kinds) if k not in REJECTION_KINDS]
        zero: np.ndarray[Any, Any] = np.zeros(coef.shape[1])
        if coef.shape[0] == 1:  # a binary model keeps one weight vector, for classes_[1]
            single: np.ndarray[Any, Any] = coef[0] if kinds[1] in REJECTION_KINDS else -coef[0]
            return single
        plus = coef[max(rejecting, key=lambda i: proba[i])] if rejecting else zero
        minus = coef[max(others, key=lambda i: proba[i])] if others else zero
        result: np.ndarray[Any, Any] = plus - minus
        return result

    def _rejection_scores(self, proba: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        columns = [i for i, k in enumerate(self.kinds) if k in REJECTION_KINDS]
        result: np.ndarray[Any, Any] = np.clip(proba[:, columns].sum(axis=1), 0.0, 1.0)
        return result

    def _verdict(self, row: np.ndarray[Any, Any], score: float) -> Verdict:
        label: Label = "rejection" if score >= self.threshold else "not_rejection"
        side = [
            (float(p), kind)
            for p, kind in zip(row, self.kinds, strict=True)
            if (kind in REJECTION_KINDS) == (label == REJECTION)
        ]
        kind_score, kind = max(side) if side else (0.0, "other")
        return Verdict(label, round(score, 6), (), kind, round(kind_score, 6))


def _kind_name(cls: object) -> str:
    name = str(cls)
    return "other" if name == NOT_REJECTION else name


def _phrases(feature: str, words: set[str]) -> list[tuple[str, float]]:
    """The readable phrase(s) behind one feature name, with the share of its weight each gets.

    'words__we regret' -> "we regret"; a cue word -> its sentence; a character n-gram ('chars__ leid')
    -> the words of the message that contain it, sharing its weight."""
    kind, _, text = feature.partition("__")
    if kind.startswith("char"):
        core = text.strip()
        if len(core) < 3:
            return []
        owners = sorted(w for w in words if core in f" {w} " or core in w)
        owners = [w for w in owners if w not in _PLACEHOLDERS and not w.startswith("xcue")]
        return [(f'"{w}"', 1.0 / len(owners)) for w in owners[:3]] if owners else []
    tokens = text.split()
    if any(t in CUE_PHRASES for t in tokens):  # a cue, or two cues side by side (a word bigram)
        cues = [CUE_PHRASES[t] for t in tokens if t in CUE_PHRASES]
        return [(" and ".join(dict.fromkeys(cues)), 1.0)]
    shown = " ".join(_PLACEHOLDERS.get(t, t) for t in tokens)
    if shown in _PLACEHOLDERS.values() or shown.startswith("xcue"):
        return [(shown, 1.0)]
    return [(f'"{shown}"', 1.0)]
