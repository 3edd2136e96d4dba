"""`rejection-watcher train`, and the daemon's scheduled retrain: gather labelled mail, train,
compare with the active model on the same mail, and promote only a model that is not worse.

Wiring only: the learning is in training.py, the reading in trainset.py.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from .app import model_path, open_mailbox
from .config import Config
from .errors import ModelError
from .mailbox import Mailbox
from .modelstore import load_model, save_model
from .paths import Paths
from .progress import ProgressBar
from .report import render_report
from .resources import MODEL_FILENAME, shipped_corpus, shipped_model
from .training import (
    Example,
    Metrics,
    TrainingResult,
    dedupe,
    evaluate,
    predict_scores,
    train,
    worst_examples,
)
from .trainset import check_minimum, corpus_examples, mailbox_examples, path_examples

log = logging.getLogger(__name__)

#: A new model may be this much worse in F1 (noise) and still replace the active one.
F1_TOLERANCE = 0.005


@dataclass
class TrainOptions:
    """What `train` learns from and what it may do with the result."""

    base: bool = True
    corpus: Path | None = None
    add: list[tuple[str, Path]] = field(default_factory=list)
    imap: bool = True
    force: bool = False
    folds: int = 5
    report: Path | None = None
    output: Path | None = None
    min_per_class: int = 20
    progress: bool = True


@dataclass
class TrainOutcome:
    """What happened: the new model's evidence, the comparison, and whether it was saved."""

    result: TrainingResult
    new_on_comparison: Metrics
    active_on_comparison: Metrics | None
    comparison: str
    promoted: bool
    reason: str
    output: Path
    fingerprint: dict[str, list[int]]


def labelled_folder_fingerprint(mailbox: Mailbox, config: Config) -> dict[str, list[int]]:
    """UIDVALIDITY, UIDNEXT and message count of each labelled folder: changes when mail is filed."""
    result = {}
    for folder in (*config.training.rejection_folders, *config.training.other_folders):
        status = mailbox.open_folder(folder)
        result[folder] = [status.uidvalidity, status.uidnext, status.exists]
    return result


def gather(
    config: Config | None, paths: Paths, options: TrainOptions, out: TextIO
) -> tuple[list[Example], dict[str, list[int]]]:
    """All labelled examples: the user's own first (their label wins on duplicates), then the corpus."""
    user: list[Example] = []
    fingerprint: dict[str, list[int]] = {}
    training = config.training if config else None
    if config and training and options.imap and (training.rejection_folders or training.other_folders):
        mailbox = open_mailbox(config.account, paths)
        try:
            fingerprint = labelled_folder_fingerprint(mailbox, config)
            for folders, label in (
                (training.rejection_folders, "rejection"),
                (training.other_folders, "not_rejection"),
            ):
                for folder in folders:
                    bar = ProgressBar(f"reading {folder}", out) if options.progress else None
                    user += mailbox_examples(mailbox, folder, label, bar)
        finally:
            mailbox.close()
    for label, path in options.add:
        user += path_examples(label, path)
    base = corpus_examples(options.corpus or shipped_corpus()) if options.base else []
    return dedupe([*user, *base]), fingerprint


def active_model_path(config: Config | None, paths: Paths) -> Path:
    if config is not None:
        return model_path(config, paths)
    user_model = paths.models_dir / MODEL_FILENAME
    return user_model if user_model.exists() else shipped_model()


def run_training(config: Config | None, paths: Paths, options: TrainOptions, out: TextIO) -> TrainOutcome:
    """Train, compare, and save the model if it earns its place (or --force / --output)."""
    examples, fingerprint = gather(config, paths, options, out)
    check_minimum(examples, options.min_per_class)
    n_user = sum(e.user for e in examples)
    out.write(
        f"training on {len(examples):,} messages ({n_user:,} of yours, {len(examples) - n_user:,} from the corpus)\n"
    )
    bar = ProgressBar("cross-validating", out) if options.progress else None
    result = train(examples, folds=options.folds, progress=bar)

    compare_idx = [i for i, e in enumerate(examples) if e.user] or list(range(len(examples)))
    compared = [examples[i] for i in compare_idx]
    comparison = f"your {len(compared):,} messages" if n_user else f"all {len(compared):,} messages"
    new_metrics = evaluate(compared, result.scores[compare_idx], result.metrics.threshold)
    active_path = active_model_path(config, paths)
    active_metrics: Metrics | None = None
    unusable = ""
    try:
        active = load_model(active_path)
        active_scores = predict_scores(active.pipeline, [e.text for e in compared])
        active_metrics = evaluate(compared, np.asarray(active_scores), active.threshold)
    except ModelError as exc:
        unusable = f"replaced the active model, which cannot be used ({exc})"

    output = options.output or (
        active_path if active_path != shipped_model() else paths.models_dir / MODEL_FILENAME
    )
    if options.output is not None:
        promoted, reason = True, f"written to {options.output} as asked (--output)"
    elif options.force:
        promoted, reason = True, "replaced because of --force"
    elif active_metrics is None:
        promoted, reason = True, unusable
    elif new_metrics.f1 >= active_metrics.f1 - F1_TOLERANCE:
        promoted, reason = (
            True,
            f"F1 {new_metrics.f1:.3f} vs the active model's {active_metrics.f1:.3f} on {comparison}",
        )
    else:
        promoted = False
        reason = (
            f"not saved: F1 {new_metrics.f1:.3f} is worse than the active model's {active_metrics.f1:.3f} "
            f"on {comparison}"
            + ("" if n_user else " (which it was trained on)")
            + "; use --force to replace it anyway"
        )
    if promoted:
        metadata = {**result.metadata, "labelled_folders": fingerprint}
        save_model(result.pipeline, metadata, output, keep_previous=options.output is None)
    outcome = TrainOutcome(
        result, new_metrics, active_metrics, comparison, promoted, reason, output, fingerprint
    )
    print_outcome(outcome, out)
    if options.report is not None:
        options.report.write_text(
            render_report(examples, result.scores, result.metrics, result.metadata, active_metrics, reason),
            encoding="utf-8",
        )
        out.write(f"report: {options.report}\n")
    return outcome


def print_outcome(outcome: TrainOutcome, out: TextIO) -> None:
    m = outcome.result.metrics
    w = out.write
    w(
        f"cross-validated ({outcome.result.metadata['cv_folds']}-fold, grouped): precision {m.precision:.3f}, "
        f"recall {m.recall:.3f}, F1 {m.f1:.3f} at threshold {m.threshold:.2f}\n"
    )
    (tn, fp), (fn, tp) = m.confusion
    w(f"confusion: {tp} rejections caught, {fn} missed; {tn} others right, {fp} wrongly flagged\n")
    if m.per_language_recall:
        w("recall by language: " + ", ".join(f"{k} {v:.2f}" for k, v in m.per_language_recall.items()) + "\n")
    if m.ordinary_fp_rate is not None:
        w(f"false positives on ordinary mail: {m.ordinary_fp_rate:.2%}\n")
    worst = worst_examples(outcome.result.examples, outcome.result.scores, m.threshold, n=8)
    if worst:
        w("worst misclassified (score, true label, subject, source):\n")
        for ex, score in worst:
            w(f"  {score:.2f}  {ex.label:13}  {ex.subject[:56]!r}  {ex.source}\n")
    if outcome.active_on_comparison is not None:
        a, n = outcome.active_on_comparison, outcome.new_on_comparison
        w(
            f"on {outcome.comparison}: new model F1 {n.f1:.3f} (p {n.precision:.3f}, r {n.recall:.3f}); "
            f"active model F1 {a.f1:.3f} (p {a.precision:.3f}, r {a.recall:.3f})\n"
        )
    w(("saved " + str(outcome.output) + ": " if outcome.promoted else "") + outcome.reason + "\n")


def model_summary(path: Path) -> str:
    """`model info`: the metadata of a model file, after the same checks as loading it."""
    model = load_model(path)
    meta: dict[str, Any] = model.metadata
    m = meta.get("cv_metrics", {})
    lines = [
        f"model: {path}",
        f"trained: {meta.get('trained_at')} with scikit-learn {meta.get('sklearn_version')}",
        f"examples: {meta.get('class_counts')} by language {meta.get('language_counts')}",
        f"sources: {meta.get('source_counts')}",
        f"cross-validated: precision {m.get('precision')}, recall {m.get('recall')}, F1 {m.get('f1')}, "
        f"ordinary-mail false positives {m.get('ordinary_fp_rate')}",
        f"recall by language: {m.get('per_language_recall')}",
        f"threshold: {meta.get('threshold')}",
        f"corpus sha256: {meta.get('corpus_sha256')}",
        f"model sha256: {meta.get('model_sha256')}",
    ]
    if meta.get("labelled_folders"):
        lines.append(f"labelled folders: {json.dumps(meta['labelled_folders'])}")
    return "\n".join(lines)
