"""Building, cross-validating and fitting the rejection classifier. Pure: examples in, model out.

The pipeline is deliberately small: TF-IDF over words (1–2-grams, plus the cue words of
features.py) and character n-grams (which carry across languages, inflections and typos), a
class-balanced linear SVM, and sigmoid calibration so the score reads as a probability.

Everything is measured with *grouped* cross-validation: messages that share a template, a
generator or a sender domain never sit on both sides of a split, so the scores do not flatter.
The decision threshold is read off the out-of-fold scores: the lowest one at which job mail
reaches the precision target while ordinary mail (the false-positive pool) stays under its
false-positive budget. A false draft in the user's Drafts costs more than a missed one.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from .classify import NOT_REJECTION, REJECTION
from .errors import TrainingDataError

log = logging.getLogger(__name__)

TARGET_PRECISION = 0.98
#: Ordinary mail (the everyday corpus: confusers, receipts, spam) may be flagged at most this often.
ORDINARY_FP_BUDGET = 0.02
#: Folds of the sigmoid calibration inside the final model, and inside each cross-validation
#: model. scikit-learn refuses to calibrate a class with fewer examples than folds.
FINAL_CALIBRATION_FOLDS = 5
FOLD_CALIBRATION_FOLDS = 3
Progress = Callable[[int, int], None]
Splits = list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]


@dataclass(frozen=True)
class Example:
    """One labelled message, ready for the pipeline."""

    text: str
    label: str
    group: str
    source: str
    digest: str
    kind: str = ""
    language: str = ""
    subject: str = ""
    ordinary: bool = False  # from the ordinary-mail pool: bounds false positives, not precision
    user: bool = False  # the user's own mail (not the shipped corpus)


@dataclass(frozen=True)
class Metrics:
    """Quality at one threshold."""

    precision: float
    recall: float
    f1: float
    threshold: float
    confusion: list[list[int]]  # [[true negatives, false positives], [false negatives, true positives]]
    per_language_recall: dict[str, float]
    ordinary_fp_rate: float | None
    n: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "threshold": round(self.threshold, 4),
            "confusion": self.confusion,
            "per_language_recall": {k: round(v, 4) for k, v in self.per_language_recall.items()},
            "ordinary_fp_rate": None if self.ordinary_fp_rate is None else round(self.ordinary_fp_rate, 4),
            "n": self.n,
        }


@dataclass
class TrainingResult:
    """A fitted pipeline, its metadata, and the out-of-fold evidence behind it."""

    pipeline: Pipeline
    metadata: dict[str, Any]
    scores: np.ndarray[Any, Any]
    metrics: Metrics
    examples: list[Example] = field(default_factory=list)


def dedupe(examples: Sequence[Example]) -> list[Example]:
    """Count identical messages once (the same mail found in two sources); the first label wins."""
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
    for ex in sorted(examples, key=lambda e: (e.digest, e.label)):
        digest.update(f"{ex.digest}:{ex.label}\n".encode())
    return digest.hexdigest()


def build_pipeline(cv: int = FINAL_CALIBRATION_FOLDS) -> Pipeline:
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
                    ngram_range=(4, 4),
                    min_df=3,
                    sublinear_tf=True,
                    max_features=120_000,
                    dtype=np.float32,
                ),
            ),
        ]
    )
    model = CalibratedClassifierCV(
        LinearSVC(C=2.0, class_weight="balanced"), method="sigmoid", cv=cv, ensemble=False
    )
    return Pipeline([("features", features), ("model", model)])


def labels(examples: Sequence[Example]) -> np.ndarray[Any, Any]:
    return np.array([e.label == REJECTION for e in examples])


def cv_splits(examples: Sequence[Example], folds: int = 5, seed: int = 0) -> Splits:
    """The grouped, stratified cross-validation splits, each checked to be fittable.

    Raises TrainingDataError before any feature extraction or fitting: scikit-learn finds a
    class missing from a split only when it fits that split, possibly minutes in.
    """
    if folds < 2:
        raise TrainingDataError(f"cross-validation needs at least 2 folds (got {folds})")
    for label in (REJECTION, NOT_REJECTION):
        _check_class(examples, label)
    texts = [e.text for e in examples]
    y = labels(examples)
    groups = [e.group for e in examples]
    folds = min(folds, len(set(groups)), int(y.sum()), int((~y).sum()))
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    splits = list(splitter.split(texts, y, groups))
    for i, (train_idx, _test_idx) in enumerate(splits, 1):
        counts = Counter(examples[j].label for j in train_idx)
        for label in (REJECTION, NOT_REJECTION):
            if counts[label] < FOLD_CALIBRATION_FOLDS:
                n_groups = len({e.group for e in examples if e.label == label})
                raise TrainingDataError(
                    f"cross-validation split {i} of {folds} would train on {counts[label]} {label} "
                    f"examples (needs {FOLD_CALIBRATION_FOLDS}): the {label} mail comes from only "
                    f"{n_groups} groups (sender domains or corpus template families), and a group is never "
                    f"split — add {label} mail from more senders, use fewer --folds, or keep the "
                    "shipped corpus (drop --no-base)"
                )
    return splits


def _check_class(examples: Sequence[Example], label: str) -> None:
    """Enough examples of `label`, from more than one group, for any split to contain some."""
    groups = Counter(e.group for e in examples if e.label == label)
    n = sum(groups.values())
    if n == 0:
        raise TrainingDataError(
            f"no {label} examples: a classifier needs both rejections and other mail — add some with "
            f"`--add {label}=PATH`, or keep the shipped corpus (drop --no-base)"
        )
    if n < FINAL_CALIBRATION_FOLDS:
        raise TrainingDataError(
            f"only {n} {label} examples: training needs at least {FINAL_CALIBRATION_FOLDS} of each label"
        )
    if len(groups) < 2:
        raise TrainingDataError(
            f"all {n} {label} examples come from one group ({next(iter(groups))}): cross-validation "
            "never splits a group (a sender domain, or a corpus template family), so it needs "
            f"{label} mail from at least 2 — add mail from other senders, or keep the shipped corpus "
            "(drop --no-base)"
        )


def out_of_fold_scores(
    examples: Sequence[Example], splits: Splits, progress: Progress | None = None
) -> np.ndarray[Any, Any]:
    """P(rejection) for each example from a model that never saw its group."""
    texts = [e.text for e in examples]
    scores = np.zeros(len(examples))
    for i, (train_idx, test_idx) in enumerate(splits):
        if progress:
            progress(i, len(splits))
        pipeline = build_pipeline(cv=FOLD_CALIBRATION_FOLDS)
        pipeline.fit([texts[j] for j in train_idx], [examples[j].label for j in train_idx])
        scores[test_idx] = predict_scores(pipeline, [texts[j] for j in test_idx])
    if progress:
        progress(len(splits), len(splits))
    return scores


def predict_scores(pipeline: Pipeline, texts: Sequence[str]) -> np.ndarray[Any, Any]:
    positive = list(pipeline.classes_).index(REJECTION)
    result: np.ndarray[Any, Any] = pipeline.predict_proba(list(texts))[:, positive]
    return result


def choose_threshold(
    examples: Sequence[Example],
    scores: np.ndarray[Any, Any],
    target: float = TARGET_PRECISION,
    fp_budget: float = ORDINARY_FP_BUDGET,
) -> float:
    """The lowest threshold where job mail reaches `target` precision and ordinary mail stays
    within `fp_budget`; if none does, the one with the best F1 among the most precise."""
    y = labels(examples)
    ordinary = np.array([e.ordinary for e in examples])
    job = ~ordinary
    best_t, best_key = 0.5, (-1.0, -1.0)
    for t in np.unique(np.round(scores, 3)):
        if not 0.2 <= t <= 0.95:
            continue
        pred = scores >= t
        p, r, f = _prf(y[job], pred[job])
        fp_rate = float(pred[ordinary].mean()) if ordinary.any() else 0.0
        if p >= target and fp_rate <= fp_budget:
            return float(t)
        key = (min(p, target), f)
        if key > best_key:
            best_t, best_key = float(t), key
    return best_t


def evaluate(examples: Sequence[Example], scores: np.ndarray[Any, Any], threshold: float) -> Metrics:
    """Precision, recall and F1 over all examples; recall per language; the ordinary-mail FP rate."""
    y = labels(examples)
    pred = scores >= threshold
    p, r, f = _prf(y, pred)
    per_lang = {}
    for lang in sorted({e.language for e in examples if e.language}):
        idx = np.array([e.language == lang and e.label == REJECTION for e in examples])
        if idx.any():
            per_lang[lang] = float(pred[idx].mean())
    ordinary = np.array([e.ordinary for e in examples])
    fp_rate = float(pred[ordinary].mean()) if ordinary.any() else None
    tn, fp = int((~y & ~pred).sum()), int((~y & pred).sum())
    fn, tp = int((y & ~pred).sum()), int((y & pred).sum())
    return Metrics(p, r, f, threshold, [[tn, fp], [fn, tp]], per_lang, fp_rate, len(examples))


def worst_examples(
    examples: Sequence[Example], scores: np.ndarray[Any, Any], threshold: float, n: int = 10
) -> list[tuple[Example, float]]:
    """The misclassified examples furthest on the wrong side of the threshold."""
    wrong = [
        (ex, float(s))
        for ex, s in zip(examples, scores, strict=True)
        if (ex.label == REJECTION) != (s >= threshold)
    ]
    return sorted(wrong, key=lambda pair: -abs(pair[1] - threshold))[:n]


def fit(examples: Sequence[Example]) -> Pipeline:
    pipeline = build_pipeline()
    pipeline.fit([e.text for e in examples], [e.label for e in examples])
    return pipeline


def train(examples: Sequence[Example], folds: int = 5, progress: Progress | None = None) -> TrainingResult:
    """Check the data, cross-validate, choose the threshold, fit on everything; return the model
    and its evidence. Data that cannot be trained on is refused first (see cv_splits)."""
    examples = dedupe(examples)
    splits = cv_splits(examples, folds)
    scores = out_of_fold_scores(examples, splits, progress=progress)
    threshold = choose_threshold(examples, scores)
    metrics = evaluate(examples, scores, threshold)
    pipeline = fit(examples)
    metadata = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus_sha256": corpus_hash(examples),
        "class_counts": dict(sorted(Counter(e.label for e in examples).items())),
        "language_counts": dict(sorted(Counter(e.language or "?" for e in examples).items())),
        "source_counts": dict(sorted(Counter(e.source.split(":", 1)[0] for e in examples).items())),
        "cv_metrics": metrics.as_dict(),
        "cv_folds": folds,
        "cv_grouping": "template family (shipped corpus) or sender domain (your mail)",
        "threshold": round(threshold, 4),
        "target_precision": TARGET_PRECISION,
    }
    return TrainingResult(pipeline, metadata, scores, metrics, list(examples))


def _prf(y: np.ndarray[Any, Any], pred: np.ndarray[Any, Any]) -> tuple[float, float, float]:
    tp = float((y & pred).sum())
    fp = float((~y & pred).sum())
    fn = float((y & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
