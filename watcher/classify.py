"""Is this message a rejection of my job application? A verdict with a probability and reasons.

`Classifier` wraps a verified pipeline (see modelstore.py) and the decision threshold chosen by
cross-validation when it was trained. It knows nothing about mailboxes or files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from .features import model_text
from .message import Message
from .modelstore import LoadedModel, load_model

REJECTION = "rejection"
NOT_REJECTION = "not_rejection"
Label = Literal["rejection", "not_rejection"]


@dataclass(frozen=True)
class Verdict:
    """The classifier's answer for one message."""

    label: Label
    score: float
    reasons: tuple[tuple[str, float], ...] = ()

    @property
    def is_rejection(self) -> bool:
        return self.label == REJECTION


class Classifier:
    """Scores messages with a trained pipeline and labels them against a threshold."""

    def __init__(self, model: LoadedModel, threshold: float | None = None) -> None:
        self.model = model
        self.threshold = model.threshold if threshold is None else threshold
        self._feature_names: np.ndarray[Any, Any] | None = None

    @classmethod
    def from_file(cls, path: Path, threshold: float | None = None) -> Classifier:
        return cls(load_model(path), threshold)

    def scores(self, messages: Sequence[Message]) -> list[float]:
        """P(rejection) for each message."""
        if not messages:
            return []
        texts = [model_text(m) for m in messages]
        proba = self.model.pipeline.predict_proba(texts)
        positive = list(self.model.pipeline.classes_).index(REJECTION)
        return [float(p) for p in proba[:, positive]]

    def predict_many(self, messages: Sequence[Message]) -> list[Verdict]:
        return [self._verdict(s) for s in self.scores(messages)]

    def predict(self, message: Message, *, explain: bool = False) -> Verdict:
        verdict = self.predict_many([message])[0]
        if explain:
            verdict = Verdict(verdict.label, verdict.score, self.explain(message))
        return verdict

    def explain(self, message: Message, top: int = 8) -> tuple[tuple[str, float], ...]:
        """The features that pushed this message's score most, signed (+ toward rejection)."""
        pipeline = self.model.pipeline
        features = pipeline.named_steps["features"]
        vector = features.transform([model_text(message)])
        coef = linear_coefficients(pipeline)
        if coef is None:
            return ()
        if self._feature_names is None:
            self._feature_names = features.get_feature_names_out()
        row = vector.tocsr()
        contributions = row.data * coef[row.indices]
        order = np.argsort(-np.abs(contributions))[:top]
        return tuple(
            (
                _pretty_feature(str(self._feature_names[row.indices[i]])),
                round(float(contributions[i]), 3),
            )
            for i in order
        )

    def _verdict(self, score: float) -> Verdict:
        if score >= self.threshold:
            return Verdict("rejection", round(score, 6))
        return Verdict("not_rejection", round(score, 6))


def linear_coefficients(pipeline: Any) -> np.ndarray[Any, Any] | None:
    """The linear model's weights, averaged over calibration folds, oriented toward 'rejection'."""
    model = pipeline.named_steps["model"]
    estimators = [c.estimator for c in getattr(model, "calibrated_classifiers_", [])] or [model]
    coefs = [e.coef_[0] for e in estimators if hasattr(e, "coef_")]
    if not coefs:
        return None
    coef: np.ndarray[Any, Any] = np.mean(coefs, axis=0)
    classes = list(pipeline.classes_)
    return coef if classes.index(REJECTION) == 1 else -coef


def _pretty_feature(name: str) -> str:
    """'words__we regret' -> 'we regret'; char n-grams are shown quoted with their spaces."""
    kind, _, text = name.partition("__")
    return f"'{text}'" if kind.startswith("char") else text
