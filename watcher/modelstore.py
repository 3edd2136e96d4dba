"""Saving and loading the model files safely, with their metadata beside them.

A model is three files: `NAME.skops` (the scikit-learn pipeline in skops format, which stores
data, not code: what training, evaluation and `model` reports use), `NAME.weights.npz` (the same
model's vocabulary, idf, coefficients and calibration as plain numpy arrays, for scorer.py: what
the daemon, `once`, `classify`, `draft` and `check` use, so they never import scikit-learn,
scipy or skops) and `NAME.json` (format version, library versions, training date, corpus hash,
class counts, cross-validated metrics, threshold, the SHA-256 of both model files, and a SHA-256
of the metadata itself).

`load_model` (the pipeline) checks the metadata first, then the .skops file's hash, then that it
holds only the types a model of ours can contain, then the metadata's digest, and only then
deserialises it. `load_scorer` (the weights) checks the metadata, the weights file's hash and
the digest, then reads the arrays with `np.load(allow_pickle=False)` (no object arrays, so no
pickle) and checks their shapes and settings. A swapped, truncated or tampered file is refused
with one line that says to run `rejection-watcher train`; an edited threshold with one that also
offers `model rollback`; nothing in any file is ever executed. The digests catch corruption and
hand edits, not an attacker (anyone can recompute them): the type allow-list and
allow_pickle=False are what keep code out.

Writes are atomic (temp file + rename), and saving over an existing model keeps it as
`NAME.prev.*` so `model rollback` can restore it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np

from .errors import ModelError
from .features import FEATURE_VERSION
from .scorer import SKLEARN_MINOR, Scorer, WeightsError, export_weights

if TYPE_CHECKING:  # scikit-learn is imported only by the functions that need the pipeline
    from sklearn.pipeline import Pipeline

#: 2: the metadata carries METADATA_DIGEST, so an edited threshold is noticed.
#: 3: the pipeline tells kinds of job mail apart (the rejection score is the sum of two classes'
#: probabilities), so a reader of format 2 must not take its "rejection" column for the score.
#: 4: a third file, NAME.weights.npz, holds the weights the numpy scorer reads.
FORMAT_VERSION = 4
METADATA_DIGEST = "metadata_sha256"
#: Types beyond skops' defaults that our pipeline legitimately contains. Anything else is refused.
TRUSTED_TYPES = (
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
)
FIX = "run `rejection-watcher train` to build a new one"
OLD_FIX = "it predates the numpy scorer's weights file; retrain with `rejection-watcher train`"
EDITED_FIX = "retrain with `rejection-watcher train` or restore the previous model with `rejection-watcher model rollback`"


@dataclass(frozen=True)
class LoadedModel:
    """A verified pipeline and its metadata."""

    pipeline: Pipeline
    metadata: dict[str, Any]
    path: Path

    @property
    def threshold(self) -> float:
        return float(self.metadata["threshold"])


@dataclass(frozen=True)
class ScoringModel:
    """A verified numpy scorer and its metadata: what classifying mail needs, without the
    pipeline (and without importing scikit-learn)."""

    scorer: Scorer
    metadata: dict[str, Any]
    path: Path

    @property
    def threshold(self) -> float:
        return float(self.metadata["threshold"])


def weights_path(model_path: Path) -> Path:
    """`NAME.weights.npz` beside `NAME.skops` (and `NAME.prev.weights.npz` beside the previous one)."""
    return model_path.with_suffix(".weights.npz")


def metadata_path(model_path: Path) -> Path:
    return model_path.with_suffix(".json")


def previous_path(model_path: Path) -> Path:
    return model_path.with_name(model_path.stem + ".prev" + model_path.suffix)


def load_model(path: Path) -> LoadedModel:
    """Load and verify the scikit-learn pipeline (training, evaluation, reports); raise
    ModelError with a one-line reason and fix otherwise."""
    import sklearn
    import skops.io as sio
    from sklearn.pipeline import Pipeline

    meta_file = metadata_path(path)
    data = _read_model_file(path, "model file")
    metadata = _read_metadata(meta_file)
    check_metadata(metadata, path, sklearn.__version__)
    if hashlib.sha256(data).hexdigest() != metadata.get("model_sha256"):
        raise ModelError(f"model file {path} does not match its metadata (corrupt or replaced) — {FIX}")
    try:
        untrusted = set(sio.get_untrusted_types(data=data))
    except Exception:
        raise ModelError(f"model file {path} is not a valid skops file — {FIX}") from None
    unexpected = sorted(untrusted - set(TRUSTED_TYPES))
    if unexpected:
        raise ModelError(
            f"model file {path} contains types a rejection-watcher model never has "
            f"({', '.join(unexpected[:3])}); refusing to load it — {FIX}"
        )
    if metadata.get(METADATA_DIGEST) != metadata_digest(metadata):
        raise ModelError(f"model metadata {meta_file} was modified after training; {EDITED_FIX}")
    try:
        pipeline = sio.loads(data, trusted=list(untrusted))
    except Exception as exc:
        raise ModelError(f"model file {path} cannot be loaded ({type(exc).__name__}) — {FIX}") from None
    if not isinstance(pipeline, Pipeline) or not hasattr(pipeline, "predict_proba"):
        raise ModelError(f"model file {path} does not hold a classification pipeline — {FIX}")
    try:
        _unpack_vocabularies(pipeline)
    except Exception:
        raise ModelError(f"model file {path} has an unreadable vocabulary — {FIX}") from None
    return LoadedModel(pipeline=pipeline, metadata=metadata, path=path)


def load_scorer(path: Path) -> ScoringModel:
    """Load and verify the weights of the model at `path` (NAME.skops) for the numpy scorer;
    raise ModelError with a one-line reason and fix otherwise. Imports no scikit-learn."""
    meta_file = metadata_path(path)
    weights_file = weights_path(path)
    if not path.exists():  # the model is its three files; the scorer reads two of them
        raise ModelError(f"no model file at {path} — {FIX}")
    metadata = _read_metadata(meta_file)
    check_metadata(metadata, path, SKLEARN_MINOR)
    try:
        weights = open(weights_file, "rb")  # noqa: SIM115 (closed below; one open file, hashed and read)
    except FileNotFoundError:
        raise ModelError(f"no model weights file at {weights_file} — {FIX}") from None
    except OSError as exc:
        raise ModelError(f"cannot read model weights file {weights_file}: {exc.strerror}") from None
    with weights:
        # Hashed and read through one open file: a model saved meanwhile (os.replace) cannot slip
        # in between, and no copy of the whole file is ever held (a lower peak, so less memory
        # kept by the process afterwards).
        if hashlib.file_digest(weights, "sha256").hexdigest() != metadata.get("weights_sha256"):
            raise ModelError(
                f"model weights file {weights_file} does not match its metadata (corrupt or replaced) — {FIX}"
            )
        if metadata.get(METADATA_DIGEST) != metadata_digest(metadata):
            raise ModelError(f"model metadata {meta_file} was modified after training; {EDITED_FIX}")
        try:
            weights.seek(0)
            scorer = Scorer.from_arrays(_npz_arrays(weights))
        except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:  # WeightsError is a ValueError
            reason = str(exc).splitlines()[0][:120] if isinstance(exc, WeightsError) else type(exc).__name__
            raise ModelError(f"model weights file {weights_file} is not usable ({reason}) — {FIX}") from None
    _release_freed_memory()
    return ScoringModel(scorer=scorer, metadata=metadata, path=path)


def _release_freed_memory() -> None:
    """Give the heap that loading freed back to the system.

    Building the scorer allocates ~3-6 MB of temporaries (the terms as strings, the arrays as
    read); glibc keeps freed heap in the process, so a daemon that loaded a model stayed that much
    bigger for good (measured: 46.1 MB after loading, 42.7 MB after malloc_trim). Nowhere but
    Linux/glibc is this attempted; where it is not available, nothing happens.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # musl or another libc without malloc_trim
        pass


def _npz_arrays(file: BinaryIO) -> dict[str, np.ndarray[Any, Any]]:
    """The arrays of an .npz archive; never unpickles (an object array raises ValueError)."""
    loaded = np.load(file, allow_pickle=False)
    if not isinstance(loaded, np.lib.npyio.NpzFile):
        raise WeightsError("not an .npz archive")
    with loaded:
        return {name: loaded[name] for name in loaded.files}


def _read_model_file(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"no {what} at {path} — {FIX}") from None
    except OSError as exc:
        raise ModelError(f"cannot read {what} {path}: {exc.strerror}") from None


def _read_metadata(meta_file: Path) -> dict[str, Any]:
    try:
        metadata = json.loads(meta_file.read_text(encoding="utf-8"))
        if not isinstance(metadata, dict):
            raise ValueError("not an object")
    except FileNotFoundError:
        raise ModelError(f"model metadata {meta_file} is missing — {FIX}") from None
    except (ValueError, OSError) as exc:
        raise ModelError(f"model metadata {meta_file} is unreadable ({exc}) — {FIX}") from None
    return metadata


def check_metadata(metadata: dict[str, Any], path: Path, sklearn_version: str) -> None:
    """Refuse a model built by another format, feature extractor or scikit-learn minor version
    (`sklearn_version`: the installed one for the pipeline, the one scorer.py repeats for the
    weights)."""
    found = metadata.get("format_version")
    if isinstance(found, int) and found < FORMAT_VERSION:
        raise ModelError(
            f"model {path} has format version {found}, this rejection-watcher reads {FORMAT_VERSION}: {OLD_FIX}"
        )
    if found != FORMAT_VERSION:
        raise ModelError(
            f"model {path} has format version {found!r}, this rejection-watcher reads {FORMAT_VERSION} — {FIX}"
        )
    if metadata.get("feature_version") != FEATURE_VERSION:
        raise ModelError(
            f"model {path} was trained with feature version {metadata.get('feature_version')!r}, "
            f"this rejection-watcher uses {FEATURE_VERSION} — {FIX}"
        )
    trained_with = str(metadata.get("sklearn_version", "?"))
    if _minor(trained_with) != _minor(sklearn_version):
        raise ModelError(
            f"model {path} was trained with scikit-learn {trained_with}, this is {sklearn_version} — {FIX}"
        )
    threshold = metadata.get("threshold")
    if not isinstance(threshold, int | float) or not 0 < threshold < 1:
        raise ModelError(f"model metadata for {path} has no valid threshold — {FIX}")


def save_model(
    pipeline: Pipeline, metadata: dict[str, Any], path: Path, *, keep_previous: bool = True
) -> None:
    """Write model, weights and metadata atomically; the model being replaced becomes NAME.prev.*."""
    import sklearn
    import skops.io as sio

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        weights = _weights_bytes(pipeline)
    except WeightsError as exc:
        raise ModelError(f"cannot export the model's weights for the scorer: {exc}") from None
    packed = _pack_vocabularies(pipeline)
    try:
        data = sio.dumps(pipeline, compression=8)
    finally:
        for vectorizer, vocabulary in packed:
            delattr(vectorizer, _TERMS_ATTRIBUTE)
            vectorizer.vocabulary_ = vocabulary
    metadata = seal_metadata(
        {
            **metadata,
            "format_version": FORMAT_VERSION,
            "feature_version": FEATURE_VERSION,
            "sklearn_version": sklearn.__version__,
            "model_sha256": hashlib.sha256(data).hexdigest(),
            "model_file": path.name,
            "weights_sha256": hashlib.sha256(weights).hexdigest(),
            "weights_file": weights_path(path).name,
        }
    )
    tmp_model = path.with_name(path.name + ".tmp")
    tmp_weights = path.with_name(path.name + ".weights.tmp")
    tmp_meta = path.with_name(path.name + ".json.tmp")
    _write_synced(tmp_model, data)
    _write_synced(tmp_weights, weights)
    _write_synced(tmp_meta, (json.dumps(metadata, indent=2, sort_keys=True) + "\n").encode())
    if keep_previous and path.exists() and metadata_path(path).exists():
        prev = previous_path(path)
        os.replace(path, prev)
        if weights_path(path).exists():
            os.replace(weights_path(path), weights_path(prev))
        os.replace(metadata_path(path), metadata_path(prev))
    os.replace(tmp_model, path)
    os.replace(tmp_weights, weights_path(path))
    os.replace(tmp_meta, metadata_path(path))


def _weights_bytes(pipeline: Pipeline) -> bytes:
    """The weights file: an uncompressed .npz of plain numeric and byte arrays (it loads in
    ~2 ms; compressed it is ~40% smaller but ~4x slower to open)."""
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **export_weights(pipeline))
    return buffer.getvalue()


def metadata_digest(metadata: dict[str, Any]) -> str:
    """SHA-256 of the metadata as canonical JSON (sorted keys, no spaces), without the digest
    itself. Through model_sha256 it covers the model file too; re-indenting the file changes
    nothing, editing any value does."""
    fields = {key: value for key, value in metadata.items() if key != METADATA_DIGEST}
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def seal_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """The metadata as its JSON file will read back (tuples as lists, keys as strings), with its
    digest; an old digest in it is replaced."""
    sealed: dict[str, Any] = json.loads(json.dumps(metadata))
    sealed[METADATA_DIGEST] = metadata_digest(sealed)
    return sealed


def rollback(path: Path) -> None:
    """Swap the model with the one it replaced (a second rollback undoes the first)."""
    prev = previous_path(path)
    if not prev.exists() or not metadata_path(prev).exists():
        raise ModelError(f"no previous model next to {path} to roll back to")
    load_model(prev)  # never roll back to something unusable, by training or by the scorer
    load_scorer(prev)
    swap = path.with_name(path.stem + ".swap" + path.suffix)
    files = (lambda p: p, weights_path, metadata_path)
    for name in files:
        if name(path).exists():
            os.replace(name(path), name(swap))
    for name in files:
        os.replace(name(prev), name(path))
    for name in files:
        if name(swap).exists():
            os.replace(name(swap), name(prev))


_TERMS_ATTRIBUTE = "rw_terms_"


def _vectorizers(pipeline: Pipeline) -> list[Any]:
    features = pipeline.named_steps.get("features")
    return [v for _name, v in getattr(features, "transformer_list", [])]


def _pack_vocabularies(pipeline: Pipeline) -> list[tuple[Any, dict[str, int]]]:
    """Swap each vectorizer's {term: index} dict for a numpy array of terms in index order.

    skops writes a dict entry by entry: a 50k-term vocabulary made the file take 2 s to load;
    one string array loads in ~10 ms. Returns what to put back with `_unpack_vocabularies`.
    """
    packed = []
    for vectorizer in _vectorizers(pipeline):
        vocabulary = getattr(vectorizer, "vocabulary_", None)
        if vocabulary is None:
            continue
        terms = [""] * len(vocabulary)
        for term, index in vocabulary.items():
            terms[int(index)] = str(term)
        setattr(vectorizer, _TERMS_ATTRIBUTE, np.array(terms, dtype=str))
        del vectorizer.vocabulary_
        packed.append((vectorizer, vocabulary))
    return packed


def _unpack_vocabularies(pipeline: Pipeline) -> None:
    """Rebuild `vocabulary_` from the packed term arrays after loading."""
    for vectorizer in _vectorizers(pipeline):
        terms = getattr(vectorizer, _TERMS_ATTRIBUTE, None)
        if terms is not None:
            vectorizer.vocabulary_ = {str(t): i for i, t in enumerate(terms.tolist())}
            delattr(vectorizer, _TERMS_ATTRIBUTE)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])
