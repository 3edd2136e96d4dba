"""The training corpus: every message passes the corpus check, and the shipped model was trained on
exactly the corpus that ships with it (see models/corpus/FORMAT.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from watcher.modelstore import metadata_path
from watcher.resources import shipped_corpus, shipped_model
from watcher.training.examples import corpus_examples
from watcher.training.model import corpus_hash, dedupe

TOOLS = Path(__file__).resolve().parents[1] / "models" / "corpus" / "tools"


def test_every_corpus_message_passes_the_corpus_check() -> None:
    done = subprocess.run(
        [sys.executable, str(TOOLS / "check_corpus.py")], capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "PROBLEM" not in done.stdout
    assert " total, " in done.stdout


def test_the_shipped_model_was_trained_on_the_shipped_corpus() -> None:
    meta = json.loads(metadata_path(shipped_model()).read_text(encoding="utf-8"))
    examples = dedupe(corpus_examples(shipped_corpus()))
    assert corpus_hash(examples) == meta["corpus_sha256"], (
        "the corpus no longer matches the one the shipped model was trained on: regenerate it "
        "byte for byte (models/corpus/FORMAT.md) or retrain the model"
    )
