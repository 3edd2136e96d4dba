"""The model file: verified before use, never able to run code, replaced atomically."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
import skops.io as sio
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from watcher.classify import Classifier
from watcher.errors import ModelError
from watcher.message import parse
from watcher.modelstore import (
    load_model,
    load_scorer,
    metadata_path,
    previous_path,
    rollback,
    save_model,
    weights_path,
)
from watcher.resources import shipped_model


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rejection-model.skops"
    shutil.copy(shipped_model(), target)
    shutil.copy(metadata_path(shipped_model()), metadata_path(target))
    shutil.copy(weights_path(shipped_model()), weights_path(target))
    return target


def rewrite_metadata(path: Path, **changes: object) -> None:
    meta = json.loads(metadata_path(path).read_text())
    meta.update(changes)
    metadata_path(path).write_text(json.dumps(meta))


def test_shipped_model_loads_with_its_metadata() -> None:
    model = load_model(shipped_model())
    meta = model.metadata
    for key in (
        "format_version",
        "sklearn_version",
        "trained_at",
        "corpus_sha256",
        "class_counts",
        "cv_metrics",
        "threshold",
        "model_sha256",
        "weights_sha256",
    ):
        assert key in meta, key
    assert 0 < model.threshold < 1
    assert weights_path(shipped_model()).name == meta["weights_file"] == "rejection-model.weights.npz"
    assert load_scorer(shipped_model()).threshold == model.threshold


def test_a_flipped_byte_is_refused(model_copy: Path) -> None:
    data = bytearray(model_copy.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model_copy.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match its metadata .* run `rejection-watcher train`"):
        load_model(model_copy)


def test_a_truncated_file_is_refused(model_copy: Path) -> None:
    model_copy.write_bytes(model_copy.read_bytes()[:1000])
    with pytest.raises(ModelError, match="does not match its metadata"):
        load_model(model_copy)


def test_missing_metadata_is_refused(model_copy: Path) -> None:
    metadata_path(model_copy).unlink()
    with pytest.raises(ModelError, match="metadata .* is missing"):
        load_model(model_copy)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format_version": 99}, "format version 99"),
        ({"sklearn_version": "0.24.2"}, "trained with scikit-learn 0.24.2"),
        ({"feature_version": 0}, "feature version 0"),
        ({"threshold": 7}, "no valid threshold"),
    ],
)
def test_mismatched_metadata_is_refused(model_copy: Path, change: dict[str, object], message: str) -> None:
    rewrite_metadata(model_copy, **change)
    with pytest.raises(ModelError, match=message):
        load_model(model_copy)
    if "sklearn_version" not in change:  # the scorer checks the version it repeats, not the installed one
        with pytest.raises(ModelError, match=message):
            load_scorer(model_copy)


def test_an_edited_metadata_file_is_refused_by_the_scorer_too(model_copy: Path) -> None:
    rewrite_metadata(model_copy, threshold=0.3)
    with pytest.raises(ModelError, match="was modified after training"):
        load_scorer(model_copy)


def test_a_file_that_would_run_code_is_refused_without_running_it(model_copy: Path, tmp_path: Path) -> None:
    """A tampered file with a matching hash still may only contain a model's types."""
    marker = tmp_path / "pwned"
    evil = Pipeline([("features", FunctionTransformer(os.system, kw_args={"command": f"touch {marker}"}))])
    data = sio.dumps(evil)
    model_copy.write_bytes(data)
    rewrite_metadata(model_copy, model_sha256=hashlib.sha256(data).hexdigest())
    with pytest.raises(ModelError, match="contains types a rejection-watcher model never has"):
        load_model(model_copy)
    assert not marker.exists()


def test_not_a_zip_at_all(model_copy: Path) -> None:
    data = b"\x80\x04\x95 a pickle, not a skops file"
    model_copy.write_bytes(data)
    rewrite_metadata(model_copy, model_sha256=hashlib.sha256(data).hexdigest())
    with pytest.raises(ModelError, match="not a valid skops file"):
        load_model(model_copy)


def test_save_keeps_the_previous_model_and_rollback_swaps(model_copy: Path) -> None:
    """All three files move together: the scorer always reads the weights of its metadata."""
    original = load_model(model_copy)
    save_model(original.pipeline, {**original.metadata, "threshold": 0.5, "note": "second"}, model_copy)
    assert load_model(model_copy).metadata["note"] == "second"
    assert load_scorer(model_copy).metadata["note"] == "second"
    assert load_model(previous_path(model_copy)).metadata.get("note") is None
    assert load_scorer(previous_path(model_copy)).metadata.get("note") is None
    assert weights_path(previous_path(model_copy)).name == "rejection-model.prev.weights.npz"
    rollback(model_copy)
    assert load_model(model_copy).metadata.get("note") is None
    assert load_scorer(model_copy).metadata.get("note") is None
    rollback(model_copy)
    assert load_scorer(model_copy).metadata["note"] == "second"
    assert load_scorer(previous_path(model_copy)).metadata.get("note") is None
    assert not list(model_copy.parent.glob("*.tmp")) and not list(model_copy.parent.glob("*.swap*"))
    assert sorted(p.name for p in model_copy.parent.iterdir()) == [
        "rejection-model.json",
        "rejection-model.prev.json",
        "rejection-model.prev.skops",
        "rejection-model.prev.weights.npz",
        "rejection-model.skops",
        "rejection-model.weights.npz",
    ]


def test_rollback_refuses_a_previous_model_without_weights(model_copy: Path) -> None:
    original = load_model(model_copy)
    save_model(original.pipeline, {**original.metadata, "note": "second"}, model_copy)
    weights_path(previous_path(model_copy)).unlink()
    with pytest.raises(ModelError, match="no model weights file at"):
        rollback(model_copy)
    assert load_scorer(model_copy).metadata["note"] == "second"


def test_rollback_without_a_previous_model(model_copy: Path) -> None:
    with pytest.raises(ModelError, match="no previous model"):
        rollback(model_copy)


def test_classifier_explains_its_verdict() -> None:
    classifier = Classifier.from_file(shipped_model())
    raw = (
        b"Subject: Your application\r\n\r\nThank you for your interest. After careful consideration we have "
        b"decided to move forward with other candidates whose experience more closely matches our needs.\r\n"
    )
    verdict = classifier.predict(parse(raw), explain=True)
    assert verdict.is_rejection
    assert verdict.reasons and all(isinstance(f, str) for f, _w in verdict.reasons)
    assert max(w for _f, w in verdict.reasons) > 0


def test_model_info_names_the_weights_and_checks_them(model_copy: Path) -> None:
    from watcher.training.run import model_summary

    assert f"weights sha256: {json.loads(metadata_path(model_copy).read_text())['weights_sha256']}" in (
        model_summary(model_copy)
    )
    weights_path(model_copy).write_bytes(weights_path(model_copy).read_bytes()[:-10])
    with pytest.raises(ModelError, match="weights file .* does not match its metadata"):
        model_summary(model_copy)
