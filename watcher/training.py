"""Building, cross-validating and fitting the rejection classifier.

The pipeline is deliberately small: TF-IDF over words (1–2-grams) and character n-grams (which
carry across languages, inflections and typos), a class-balanced linear SVM, and
sigmoid calibration so the score reads as a probability. The decision threshold is picked from
out-of-fold scores of *grouped* cross-validation (siblings of one template never sit on both
sides of a split), as the lowest threshold that keeps precision at the target: a false draft in
the user's Drafts costs more than a missed one.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from .classify import NOT_REJECTION, REJECTION
from .features import model_text
from .message import parse

log = logging.getLogger(__name__)

TARGET_PRECISION = 0.98
CORPUS_HEADERS = ("X-Corpus-Label", "X-Corpus-Kind", "X-Corpus-Language", "X-Corpus-Group")


@dataclass(frozen=True)
class Example:
    """One labelled message, ready for the pipeline."""

    text: str
    label: str
    kind: str
    language: str
    group: str
    source: str
    digest: str


@dataclass(frozen=True)
class Metrics:
    """Cross-validated quality at the chosen threshold."""

    precision: float
    recall: float
    f1: float
    threshold: float
    confusion: list[list[int]]  # [[tn, fp], [fn, tp]]
    per_language_recall: dict[str, float]
    n: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "threshold": round(self.threshold, 4),
            "confusion": self.confusion,
            "per_language_recall": {k: round(v, 4) for k, v in self.per_language_recall.items()},
            "n": self.n,
        }


def load_corpus(root: Path) -> list[Example]:
    """Every labelled `.eml` under `root` (labels in X-Corpus-* headers, see FORMAT.md)."""
    examples = []
    for path in sorted(root.rglob("*.eml")):
        raw = path.read_bytes()
        head = email.message_from_bytes(raw, policy=email.policy.compat32)
        label, kind, language, group = (str(head.get(h, "")).strip() for h in CORPUS_HEADERS)
        if label not in (REJECTION, NOT_REJECTION):
            log.warning("skipping %s: no valid X-Corpus-Label", path)
            continue
        examples.append(
            Example(
                text=model_text(parse(raw)),
                label=label,
                kind=kind or "other",
                language=language or "en",
                group=f"{path.parent.name}:{group or path.stem}",
                source=str(path.relative_to(root)),
                digest=hashlib.sha256(raw).hexdigest(),
            )
        )
    return examples


def dedupe(examples: Iterable[Example]) -> list[Example]:
    """Count identical messages once (the same mail found in two sources)."""
    seen: set[str] = set()
    out = []
    for ex in examples:
        key = hashlib.sha256(ex.text.encode()).hexdigest()
        if key not in seen:
            seen.add(key)
            out.append(ex)
    return out


def corpus_hash(examples: Sequence[Example]) -> str:
    digest = hashlib.sha256()
    for ex in sorted(examples, key=lambda e: e.digest):
        digest.update(f"{ex.digest}:{ex.label}\n".encode())
    return digest.hexdigest()


def build_pipeline(cv: int = 5) -> Pipeline:
    """A fresh, unfitted pipeline: text -> features -> calibrated linear model."""
    features = FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(
                    ngram_range=(1, 2),
                    min_df=2,
                    max_df=0.9,
                    sublinear_tf=True,
                    max_features=60_000,
                    dtype=np.float32,
                ),
            ),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    min_df=3,
                    sublinear_tf=True,
                    max_features=120_000,
                    dtype=np.float32,
                ),
            ),
        ]
    )
    model = CalibratedClassifierCV(
        LinearSVC(C=0.5, class_weight="balanced"),
        method="sigmoid",
        cv=cv,
        ensemble=False,
    )
    return Pipeline([("features", features), ("model", model)])


def out_of_fold_scores(
    examples: Sequence[Example], folds: int = 5, seed: int = 0
) -> np.ndarray[Any, Any]:
    """P(rejection) for each example from a model that never saw its group."""
    texts = [e.text for e in examples]
    y = np.array([e.label == REJECTION for e in examples])
    groups = [e.group for e in examples]
    scores = np.zeros(len(examples))
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(texts, y, groups):
        pipeline = build_pipeline(cv=3)
        pipeline.fit([texts[i] for i in train_idx], [examples[i].label for i in train_idx])
        positive = list(pipeline.classes_).index(REJECTION)
        scores[test_idx] = pipeline.predict_proba([texts[i] for i in test_idx])[:, positive]
    return scores


def choose_threshold(
    y: np.ndarray[Any, Any], scores: np.ndarray[Any, Any], target: float = TARGET_PRECISION
) -> float:
    """The lowest threshold whose out-of-fold precision reaches `target` (max-F1 if none does)."""
    candidates = np.unique(np.round(scores, 4))
    best_f1, best_f1_t = -1.0, 0.5
    for t in candidates:
        if t <= 0.05:
            continue
        p, r, f = _prf(y, scores >= t)
        if p >= target:
            return float(min(max(t, 0.2), 0.95))
        if f > best_f1:
            best_f1, best_f1_t = f, t
    return float(min(max(best_f1_t, 0.2), 0.95))


def evaluate(
    examples: Sequence[Example], scores: np.ndarray[Any, Any], threshold: float
) -> Metrics:
    y = np.array([e.label == REJECTION for e in examples])
    pred = scores >= threshold
    p, r, f = _prf(y, pred)
    per_lang = {}
    for lang in sorted({e.language for e in examples}):
        idx = np.array([e.language == lang and e.label == REJECTION for e in examples])
        if idx.any():
            per_lang[lang] = float(pred[idx].mean())
    cm = confusion_matrix(y, pred, labels=[False, True]).tolist()
    return Metrics(p, r, f, threshold, cm, per_lang, len(examples))


def fit(examples: Sequence[Example]) -> Pipeline:
    pipeline = build_pipeline()
    pipeline.fit([e.text for e in examples], [e.label for e in examples])
    return pipeline


def train(
    examples: Sequence[Example], folds: int = 5
) -> tuple[Pipeline, dict[str, Any], np.ndarray[Any, Any]]:
    """Cross-validate, choose the threshold, fit on everything; return pipeline, metadata, OOF scores."""
    examples = dedupe(examples)
    counts = Counter(e.label for e in examples)
    scores = out_of_fold_scores(examples, folds=folds)
    y = np.array([e.label == REJECTION for e in examples])
    threshold = choose_threshold(y, scores)
    metrics = evaluate(examples, scores, threshold)
    pipeline = fit(examples)
    metadata = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus_sha256": corpus_hash(examples),
        "class_counts": dict(sorted(counts.items())),
        "language_counts": dict(sorted(Counter(e.language for e in examples).items())),
        "cv_metrics": metrics.as_dict(),
        "cv_folds": folds,
        "threshold": round(threshold, 4),
    }
    return pipeline, metadata, scores


def _prf(y: np.ndarray[Any, Any], pred: np.ndarray[Any, Any]) -> tuple[float, float, float]:
    p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
    return float(p), float(r), float(f)
