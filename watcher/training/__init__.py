"""Learning the classifier from labelled mail, and deciding whether the result replaces the model
in use.

The pure part (the core: examples in, model and decisions out):
- `model`: the pipeline, grouped cross-validation, the threshold, the kinds of job mail;
- `promotion`: `decide_promotion`, the rule by which a new model replaces the active one;
- `report`: the self-contained HTML page of `train --report`.

The parts that read the outside world (adapters):
- `sources`: saved mail on disk (`.eml`, mbox, Maildir);
- `examples`: labelled examples from the corpus, IMAP folders, files and JSONL;
- `run`: `train` and the daemon's scheduled retrain, wiring it all together.

This module re-exports the pure names only, so importing it reads no file and opens no mailbox.
"""

from __future__ import annotations

from ..classify import REJECTION_KINDS
from .model import (
    KINDS,
    Example,
    Metrics,
    TrainingResult,
    choose_threshold,
    dedupe,
    evaluate,
    predict_scores,
    train,
    training_kinds,
    worst_examples,
)
from .promotion import F1_TOLERANCE, decide_promotion

__all__ = [
    "F1_TOLERANCE",
    "KINDS",
    "REJECTION_KINDS",
    "Example",
    "Metrics",
    "TrainingResult",
    "choose_threshold",
    "decide_promotion",
    "dedupe",
    "evaluate",
    "predict_scores",
    "train",
    "training_kinds",
    "worst_examples",
]
