"""`rejection-watcher train`, and the daemon's scheduled retrain: gather labelled mail, train,
compare with the active model on the same mail, and promote only a model that is not worse.

Wiring only: the learning is in model.py, the reading in examples.py, the rule that decides
whether the new model replaces the active one in promotion.py.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from ..app import model_path, open_mailbox
from ..config import Config
from ..errors import ModelError
from ..labels import labels_dir
from ..mailbox import Mailbox
from ..modelstore import load_model, load_scorer, save_model
from ..paths import Paths
from ..progress import ProgressBar
from ..resources import MODEL_FILENAME, shipped_corpus, shipped_model
from .examples import check_minimum, corpus_examples, mailbox_examples, path_examples
from .model import (
    Example,
    Metrics,
    TrainingResult,
    dedupe,
    evaluate,
    predict_scores,
    train,
    worst_examples,
)
from .promotion import decide_promotion
from .report import render_report

log = logging.getLogger(__name__)


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
    """All labelled examples: the corrections made with `label` first, then the user's other
    labelled mail (the first label wins on duplicates), then the corpus."""
    user: list[Example] = []
    for label in ("rejection", "not_rejection"):
        corrections = labels_dir(paths) / label
        if corrections.is_dir() and any(corrections.iterdir()):
            user += path_examples(label, corrections)
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


def run_training(config: Config | None, paths: Paths, options: TrainOptions, out: TextIO) -> TrainOutcome:
    """Train, compare, and save the model if it earns its place (or --force / --output)."""
    examples, fingerprint = gather(config, paths, options, out)
    check_minimum(examples, options.min_per_class)
    n_user = sum(e.user for e in examples)
    out.write(
        f"training on {len(examples):,} messages ({n_user:,} of yours, {len(examples) - n_user:,} from the corpus)\n"
    )
    bar = ProgressBar("cross-validating", out) if options.progress else None
    style_bar = ProgressBar("leaving out each ATS style", out) if options.progress else None
    result = train(examples, folds=options.folds, progress=bar, style_progress=style_bar)

    compare_idx = [i for i, e in enumerate(examples) if e.user] or list(range(len(examples)))
    compared = [examples[i] for i in compare_idx]
    comparison = f"your {len(compared):,} messages" if n_user else f"all {len(compared):,} messages"
    new_metrics = evaluate(compared, result.scores[compare_idx], result.metrics.threshold)
    active_path = model_path(config, paths)
    active_metrics: Metrics | None = None
    active_error = ""
    try:
        active = load_model(active_path)
        active_scores = predict_scores(active.pipeline, [e.text for e in compared])
        active_metrics = evaluate(compared, np.asarray(active_scores), active.threshold)
    except ModelError as exc:
        active_error = str(exc)

    output = options.output or (
        active_path if active_path != shipped_model() else paths.models_dir / MODEL_FILENAME
    )
    promoted, reason = decide_promotion(
        new_metrics,
        active_metrics,
        comparison=comparison,
        on_user_mail=bool(n_user),
        force=options.force,
        output=options.output,
        active_error=active_error,
    )
    if promoted:
        metadata = {**result.metadata, "labelled_folders": fingerprint}
        save_model(result.pipeline, metadata, output, keep_previous=options.output is None)
    outcome = TrainOutcome(
        result, new_metrics, active_metrics, comparison, promoted, reason, output, fingerprint
    )
    print_outcome(outcome, out)
    if promoted and options.output is None:
        out.write("a running daemon switches to it at its next pass (or at once with SIGHUP)\n")
    if options.report is not None:
        options.report.write_text(
            render_report(
                result.examples, result.scores, result.metrics, result.metadata, active_metrics, reason
            ),
            encoding="utf-8",
        )
        out.write(f"report: {options.report}\n")
    return outcome


def metrics_lines(m: Metrics | dict[str, Any], title: str) -> list[str]:
    """The figures of one evaluation, as `train`, `model info` and the report print them."""
    d = m.as_dict() if isinstance(m, Metrics) else m
    (tn, fp), (fn, tp) = d["confusion"]
    lines = [
        f"{title}: precision {d['precision']:.3f}, recall {d['recall']:.3f}, F1 {d['f1']:.3f} "
        f"at threshold {d['threshold']:.2f}",
        f"  confusion: {tp} rejections caught, {fn} missed; {tn} others right, {fp} wrongly flagged",
    ]
    if d.get("per_language_recall"):
        lines.append("  recall by language: " + _pairs(d["per_language_recall"]))
    if d.get("per_language_precision"):
        lines.append("  precision by language: " + _pairs(d["per_language_precision"]))
    if d.get("job_precision") is not None:
        lines.append(f"  precision on job mail alone: {d['job_precision']:.3f}")
    if d.get("ordinary_fp_rate") is not None:
        counted = d.get("ordinary_fp")
        of = f" ({counted[0]} of {counted[1]:,})" if counted else ""
        lines.append(f"  false positives on ordinary mail: {d['ordinary_fp_rate']:.2%}{of}")
    if d.get("per_kind"):
        parts = []
        for kind, k in d["per_kind"].items():
            acc = f", recognised {k['kind_accuracy']:.2f}" if "kind_accuracy" in k else ""
            parts.append(f"{kind} {k['flagged']:.2f} of {int(k['n'])}{acc}")
        lines.append("  flagged as rejection, by kind: " + "; ".join(parts))
    return lines


def _pairs(values: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in values.items())


def print_outcome(outcome: TrainOutcome, out: TextIO) -> None:
    result = outcome.result
    m = result.metrics
    w = out.write
    for line in metrics_lines(m, f"cross-validated ({result.metadata['cv_folds']}-fold, grouped)"):
        w(line + "\n")
    if result.style_metrics is not None:
        for line in metrics_lines(result.style_metrics, "leave-one-ATS-style-out"):
            w(line + "\n")
        w(f"  (note: {result.metadata.get('style_cv_note')})\n")
        w(
            "  by style (precision/recall/others flagged): "
            + "; ".join(
                f"{k} {v['precision']:.2f}/{v['recall']:.2f}/{v['others_flagged']:.2f}"
                for k, v in result.style_breakdown.items()
            )
            + "\n"
        )
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
    """`model info`: the metadata of a model file, after the same checks as loading it (by
    training, and by the scorer that classifies mail)."""
    model = load_model(path)
    load_scorer(path)
    meta: dict[str, Any] = model.metadata
    lines = [
        f"model: {path}",
        f"trained: {meta.get('trained_at')} with scikit-learn {meta.get('sklearn_version')}",
        f"examples: {meta.get('class_counts')} by language {meta.get('language_counts')}",
        f"kinds: {meta.get('kind_counts')}",
        f"sources: {meta.get('source_counts')}",
    ]
    for key, title in (
        ("cv_metrics", f"cross-validated ({meta.get('cv_folds')}-fold, grouped)"),
        ("style_cv_metrics", "leave-one-ATS-style-out"),
    ):
        if meta.get(key):
            lines += metrics_lines(meta[key], title)
    lines += [
        f"threshold: {meta.get('threshold')} (the lowest at which job mail reaches precision "
        f"{meta.get('target_precision')} with ordinary mail flagged at most "
        f"{_percent(meta.get('ordinary_fp_budget'))}, out of fold)",
        f"corpus sha256: {meta.get('corpus_sha256')}",
        f"model sha256: {meta.get('model_sha256')}",
        f"weights sha256: {meta.get('weights_sha256')} ({meta.get('weights_file')}, what scores your mail)",
    ]
    if meta.get("labelled_folders"):
        lines.append(f"labelled folders: {json.dumps(meta['labelled_folders'])}")
    return "\n".join(lines)


def _percent(value: object) -> str:
    return f"{value:.1%}" if isinstance(value, int | float) else "?"
