"""Building, cross-validating and fitting the classifier. Pure: examples in, model out.

The model knows which kind of job mail it reads (KINDS: an acknowledgement, an interview or next
step, a rejection, a closed position, an offer, a job alert, recruiter outreach, a withdrawal
confirmation, anything else), so an acknowledgement has features of its own instead of being
lumped into "not a rejection". "Is it a rejection?" is P(rejection) + P(position closed).

The pipeline is deliberately small: TF-IDF over words (1–2-grams, plus the cue words of
features.py) and character n-grams (which carry across languages, inflections and typos), a
class-balanced one-vs-rest linear SVM, and sigmoid calibration so the scores read as
probabilities.

Everything is measured with *grouped* cross-validation: messages that share a template, a
generator or a sender domain never sit on both sides of a split, so the scores do not flatter.
A second, harder evaluation holds out each applicant-tracking-system style of the generated
corpus in turn (leave-one-ATS-style-out): the model never saw that vendor's boilerplate.
The decision threshold is read off the grouped out-of-fold scores: the lowest one at which job
mail reaches the precision target while ordinary mail (the false-positive pool) stays within
its false-positive budget. A false draft in the user's Drafts costs more than a missed one.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from ..classify import NOT_REJECTION, REJECTION, REJECTION_KINDS
from ..errors import TrainingDataError

if TYPE_CHECKING:  # scikit-learn is imported where a model is built or split, never on import:
    # `classify` reads mail through training.sources, and scoring needs no scikit-learn
    from sklearn.pipeline import Pipeline

log = logging.getLogger(__name__)

TARGET_PRECISION = 0.98
#: Ordinary mail (the everyday corpus) may be flagged at most this often, out of fold. That
#: corpus is built from confusers — declined loans, flats, admissions, grants, talks — so it is
#: far harder than a real inbox: the model shipped before this budget flagged 1.65% of it and
#: 0.13% (4 of 3,125) of several people's real ordinary mail. 1% here aims at <= 0.1% there.
ORDINARY_FP_BUDGET = 0.01

#: What the model tells apart. The first two are rejections.
KINDS = (
    "rejection",
    "position_closed",
    "acknowledgement",
    "interview",
    "offer",
    "job_alert",
    "recruiter_outreach",
    "withdrawal",
    "other",
)
#: The corpus's X-Corpus-Kind (models/corpus/FORMAT.md) -> the model's kind.
CORPUS_KIND = {
    "after_application": "rejection",
    "after_interview": "rejection",
    "position_closed": "position_closed",
    "acknowledgement": "acknowledgement",
    "interview_invite": "interview",
    "assessment": "interview",
    "offer": "offer",
    "job_alert": "job_alert",
    "recruiter_outreach": "recruiter_outreach",
    "withdrawal": "withdrawal",
}
#: Styles whose name starts with this are applicant-tracking systems (X-Corpus-Style: ats:workday).
ATS_STYLE_PREFIX = "ats:"
STYLE_CV_NOTE = (
    "the generated styles share the generator's sentence pools, so this measures robustness to an "
    "unseen vendor's boilerplate, sender, links and layout, not to new phrasing; the grouped "
    "cross-validation over the hand-written sets measures that"
)
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
    style: str = ""  # the generator style (X-Corpus-Style), e.g. "ats:workday"

    @property
    def model_kind(self) -> str:
        """The kind the model learns for this example: the corpus kind mapped to KINDS; the user's
        own mail, labelled only rejection / not rejection, is "rejection" or "other"."""
        if self.label == REJECTION:
            return "position_closed" if self.kind == "position_closed" else "rejection"
        kind = CORPUS_KIND.get(self.kind, "other")
        return "other" if kind in REJECTION_KINDS else kind


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
    per_language_precision: dict[str, float] = field(default_factory=dict)
    #: kind -> {"n", "flagged" (share scored a rejection), "kind_accuracy" (share given this kind)}
    per_kind: dict[str, dict[str, float]] = field(default_factory=dict)
    ordinary_fp: tuple[int, int] | None = None  # (flagged, of)
    job_precision: float | None = None  # precision on job mail alone (what the threshold targets)

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "threshold": round(self.threshold, 4),
            "confusion": self.confusion,
            "per_language_recall": {k: round(v, 4) for k, v in self.per_language_recall.items()},
            "per_language_precision": {k: round(v, 4) for k, v in self.per_language_precision.items()},
            "per_kind": {k: {m: round(v, 4) for m, v in d.items()} for k, d in self.per_kind.items()},
            "ordinary_fp_rate": None if self.ordinary_fp_rate is None else round(self.ordinary_fp_rate, 4),
            "ordinary_fp": None if self.ordinary_fp is None else list(self.ordinary_fp),
            "job_precision": None if self.job_precision is None else round(self.job_precision, 4),
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
    style_metrics: Metrics | None = None  # leave-one-ATS-style-out, on the ATS-style examples
    style_breakdown: dict[str, dict[str, float]] = field(default_factory=dict)


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
    """A fresh, unfitted pipeline: text -> features -> calibrated linear model.

    The daemon does not run this pipeline: scorer.py repeats its arithmetic from the exported
    weights (modelstore.save_model), so a change here must stay within what scorer.export_weights
    accepts. float32 features stay: the scorer repeats sklearn's float32 steps bit for bit
    (0 difference in the features, 5e-16 in the probabilities on the corpus), so float64 would
    buy no agreement and only change the model."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

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
    from sklearn.model_selection import StratifiedGroupKFold

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


def parent_kind(kind: str) -> str:
    return "rejection" if kind in REJECTION_KINDS else "other"


def training_kinds(examples: Sequence[Example], minimum: int) -> list[str]:
    """Each example's kind, with kinds too rare to calibrate (fewer than `minimum`) folded into
    "rejection" or "other"; where that parent is still too rare, every kind on its side folds
    into it (at worst two classes, as the binary labels, which cv_splits has checked)."""
    kinds = [e.model_kind for e in examples]
    counts = Counter(kinds)
    kinds = [k if counts[k] >= minimum else parent_kind(k) for k in kinds]
    counts = Counter(kinds)
    short = {parent for parent in ("rejection", "other") if 0 < counts[parent] < minimum}
    return [parent_kind(k) if parent_kind(k) in short else k for k in kinds]


def fit_kinds(examples: Sequence[Example], calibration_folds: int) -> Pipeline:
    """A pipeline fitted to tell the kinds of `examples` apart."""
    pipeline = build_pipeline(cv=calibration_folds)
    pipeline.fit([e.text for e in examples], training_kinds(examples, 2 * calibration_folds))
    return pipeline


def out_of_fold_scores(
    examples: Sequence[Example], splits: Splits, progress: Progress | None = None
) -> np.ndarray[Any, Any]:
    """P(rejection or position closed) for each example from a model that never saw its group."""
    return out_of_fold(examples, splits, progress)[0]


def out_of_fold(
    examples: Sequence[Example], splits: Splits, progress: Progress | None = None
) -> tuple[np.ndarray[Any, Any], list[str]]:
    """Out-of-fold rejection scores and predicted kinds (the most probable kind of each)."""
    texts = [e.text for e in examples]
    scores = np.zeros(len(examples))
    kinds = [""] * len(examples)
    for i, (train_idx, test_idx) in enumerate(splits):
        if progress:
            progress(i, len(splits))
        pipeline = fit_kinds([examples[j] for j in train_idx], FOLD_CALIBRATION_FOLDS)
        proba = pipeline.predict_proba([texts[j] for j in test_idx])
        scores[test_idx] = rejection_scores(pipeline, proba)
        classes = list(pipeline.classes_)
        for j, row in zip(test_idx, proba, strict=True):
            kinds[j] = str(classes[int(np.argmax(row))])
    if progress:
        progress(len(splits), len(splits))
    return scores, kinds


def rejection_scores(pipeline: Pipeline, proba: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """P(rejection) + P(position closed) from a predict_proba matrix. A model trained on binary
    labels (rejection / not_rejection) has only the first."""
    columns = [i for i, c in enumerate(pipeline.classes_) if c in REJECTION_KINDS]
    result: np.ndarray[Any, Any] = np.clip(proba[:, columns].sum(axis=1), 0.0, 1.0)
    return result


def predict_scores(pipeline: Pipeline, texts: Sequence[str]) -> np.ndarray[Any, Any]:
    return rejection_scores(pipeline, pipeline.predict_proba(list(texts)))


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


def evaluate(
    examples: Sequence[Example],
    scores: np.ndarray[Any, Any],
    threshold: float,
    kinds: Sequence[str] | None = None,
) -> Metrics:
    """Precision, recall and F1 over all examples; recall and precision per language; per kind the
    share flagged as a rejection (and, given the predicted `kinds`, the share recognised as that
    kind); the ordinary-mail FP rate."""
    y = labels(examples)
    pred = scores >= threshold
    p, r, f = _prf(y, pred)
    per_lang, per_lang_p = {}, {}
    for lang in sorted({e.language for e in examples if e.language}):
        in_lang = np.array([e.language == lang for e in examples])
        if (in_lang & y).any():
            per_lang[lang] = float(pred[in_lang & y].mean())
        if (in_lang & pred).any():
            per_lang_p[lang] = float(y[in_lang & pred].mean())
    per_kind: dict[str, dict[str, float]] = {}
    true_kinds = [e.model_kind for e in examples]
    for kind in KINDS:
        idx = np.array([k == kind for k in true_kinds])
        if not idx.any():
            continue
        entry = {"n": float(idx.sum()), "flagged": float(pred[idx].mean())}
        if kinds is not None:
            entry["kind_accuracy"] = float(np.mean([kinds[int(i)] == kind for i in np.flatnonzero(idx)]))
        per_kind[kind] = entry
    ordinary = np.array([e.ordinary for e in examples])
    fp_rate = float(pred[ordinary].mean()) if ordinary.any() else None
    ordinary_fp = (int(pred[ordinary].sum()), int(ordinary.sum())) if ordinary.any() else None
    job_precision = _prf(y[~ordinary], pred[~ordinary])[0] if ordinary.any() else None
    tn, fp = int((~y & ~pred).sum()), int((~y & pred).sum())
    fn, tp = int((y & ~pred).sum()), int((y & pred).sum())
    return Metrics(
        p,
        r,
        f,
        threshold,
        [[tn, fp], [fn, tp]],
        per_lang,
        fp_rate,
        len(examples),
        per_lang_p,
        per_kind,
        ordinary_fp,
        job_precision,
    )


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
    return fit_kinds(examples, FINAL_CALIBRATION_FOLDS)


def style_cv(
    examples: Sequence[Example], threshold: float, progress: Progress | None = None
) -> tuple[Metrics | None, dict[str, dict[str, float]]]:
    """Leave-one-ATS-style-out: for each applicant-tracking-system style, a model trained on all
    other mail scores that style's mail. Metrics over all ATS-style mail at `threshold`, and per
    style: n, precision, recall, and the share of its other mail flagged."""
    styles = sorted({e.style for e in examples if e.style.startswith(ATS_STYLE_PREFIX)})
    if len(styles) < 2:
        return None, {}
    texts = [e.text for e in examples]
    held: list[int] = []
    scores: dict[int, float] = {}
    kinds: dict[int, str] = {}
    for i, style in enumerate(styles):
        if progress:
            progress(i, len(styles))
        train_idx = [j for j, e in enumerate(examples) if e.style != style]
        test_idx = [j for j, e in enumerate(examples) if e.style == style]
        pipeline = fit_kinds([examples[j] for j in train_idx], FOLD_CALIBRATION_FOLDS)
        proba = pipeline.predict_proba([texts[j] for j in test_idx])
        classes = list(pipeline.classes_)
        for j, score, row in zip(test_idx, rejection_scores(pipeline, proba), proba, strict=True):
            scores[j], kinds[j] = float(score), str(classes[int(np.argmax(row))])
        held += test_idx
    if progress:
        progress(len(styles), len(styles))
    subset = [examples[j] for j in held]
    metrics = evaluate(subset, np.array([scores[j] for j in held]), threshold, [kinds[j] for j in held])
    breakdown = {}
    for style in styles:
        idx = [j for j in held if examples[j].style == style]
        part = evaluate([examples[j] for j in idx], np.array([scores[j] for j in idx]), threshold)
        (tn, fp), (_fn, _tp) = part.confusion
        breakdown[style.removeprefix(ATS_STYLE_PREFIX)] = {
            "n": float(len(idx)),
            "precision": round(part.precision, 4),
            "recall": round(part.recall, 4),
            "others_flagged": round(fp / (tn + fp), 4) if tn + fp else 0.0,
        }
    return metrics, breakdown


def train(
    examples: Sequence[Example],
    folds: int = 5,
    progress: Progress | None = None,
    style_progress: Progress | None = None,
) -> TrainingResult:
    """Check the data, cross-validate (grouped, then leave-one-ATS-style-out when the corpus has
    styles), choose the threshold, fit on everything; return the model and its evidence. Data
    that cannot be trained on is refused first (see cv_splits)."""
    examples = dedupe(examples)
    splits = cv_splits(examples, folds)
    scores, kinds = out_of_fold(examples, splits, progress=progress)
    threshold = choose_threshold(examples, scores)
    metrics = evaluate(examples, scores, threshold, kinds)
    style_metrics, breakdown = style_cv(examples, threshold, style_progress)
    pipeline = fit(examples)
    metadata = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus_sha256": corpus_hash(examples),
        "class_counts": dict(sorted(Counter(e.label for e in examples).items())),
        "kind_counts": dict(sorted(Counter(e.model_kind for e in examples).items())),
        "kinds": [str(c) for c in pipeline.classes_],
        "rejection_kinds": sorted(REJECTION_KINDS),
        "language_counts": dict(sorted(Counter(e.language or "?" for e in examples).items())),
        "source_counts": dict(sorted(Counter(e.source.split(":", 1)[0] for e in examples).items())),
        "cv_metrics": metrics.as_dict(),
        "cv_folds": folds,
        "cv_grouping": "template family (shipped corpus) or sender domain (your mail)",
        "style_cv_metrics": None if style_metrics is None else style_metrics.as_dict(),
        "style_cv_breakdown": breakdown,
        "style_cv_grouping": "leave one applicant-tracking-system style out (generated corpus)",
        "style_cv_note": STYLE_CV_NOTE,
        "threshold": round(threshold, 4),
        "target_precision": TARGET_PRECISION,
        "ordinary_fp_budget": ORDINARY_FP_BUDGET,
    }
    return TrainingResult(pipeline, metadata, scores, metrics, list(examples), style_metrics, breakdown)


def _prf(y: np.ndarray[Any, Any], pred: np.ndarray[Any, Any]) -> tuple[float, float, float]:
    tp = float((y & pred).sum())
    fp = float((~y & pred).sum())
    fn = float((y & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
