"""The numpy scorer gives scikit-learn's probabilities, and its weights file can only be data.

The daemon and `classify` score with watcher/scorer.py from `NAME.weights.npz`; scikit-learn's
pipeline in `NAME.skops` is the reference. Over the whole training corpus and every message of
../shared/bench-mail (real third-party mail, used here only as input), the two must agree within
1e-9 and give the same verdicts and kinds.
"""

from __future__ import annotations

import collections
import hashlib
import io
import json
import pathlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from watcher.classify import Classifier
from watcher.errors import ModelError
from watcher.features import model_text
from watcher.message import parse
from watcher.modelstore import (
    load_model,
    load_scorer,
    metadata_path,
    save_model,
    seal_metadata,
    weights_path,
)
from watcher.resources import shipped_corpus, shipped_model
from watcher.scorer import (
    Scorer,
    WeightsError,
    _padded_word_part,
    char_wb_ngrams,
    export_weights,
    text_bytes,
    word_ngrams,
)
from watcher.training.examples import corpus_examples
from watcher.training.model import build_pipeline

BENCH_MAIL = Path(__file__).resolve().parents[1].parent / "shared" / "bench-mail"
TOLERANCE = 1e-9
TRICKY = [
    "",
    "   \t\n  ",
    "a",
    "I a m ok",
    "Straße ÄÖÜ straße İstanbul ǅemal ΣΊΣΥΦΟΣ",
    "tabs\tand\t\tnew\n\nlines\r\nand\x0bvertical\x0cfeeds",
    "unicode\u00a0spaces\u2003here\u3000and\x1cfile\x1dsep\x85nel\u2028line",
    "emoji 🎉🎉 party 👩‍💻 dev \U0001f600x",
    "combining e\u0301te cafe\u0301 naïve",
    "中文 没有 空格的 文本 日本語のテキスト",
    "x y z ab cd abc abcd abcde 12 3 4,5 a-b a_b __ _",
    "punct!!! ... ,,, ;; a.b.c e-mail@ex.com http://x.y/z?q=1",
    "word " * 40 + "repeat repeat repeat",
    "lone \udcff surrogate \ud800 here",
    "xcuejob xcueneg xnum xurl xemail xsubject dear applicant",
]


@pytest.fixture(scope="module")
def pipeline() -> Any:
    return load_model(shipped_model()).pipeline


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return load_scorer(shipped_model()).scorer


def _agreement(pipeline: Any, scorer: Scorer, texts: list[str]) -> tuple[float, np.ndarray[Any, Any]]:
    reference = pipeline.predict_proba(texts)
    ours = scorer.predict_proba(texts)
    assert ours.shape == reference.shape
    return float(np.abs(reference - ours).max()), reference - ours


def test_the_scorer_equals_sklearn_over_the_whole_corpus(pipeline: Any, scorer: Scorer) -> None:
    texts = [e.text for e in corpus_examples(shipped_corpus())]
    assert len(texts) > 4000
    reference = pipeline.predict_proba(texts)
    ours = scorer.predict_proba(texts)
    worst = float(np.abs(reference - ours).max())
    print(f"\ncorpus: {len(texts)} messages, max |sklearn - scorer| = {worst:.3g}")
    assert worst <= TOLERANCE
    assert (reference.argmax(axis=1) == ours.argmax(axis=1)).all()
    threshold = load_scorer(shipped_model()).threshold
    columns = [i for i, c in enumerate(scorer.classes) if c in ("rejection", "position_closed")]
    assert ((reference[:, columns].sum(1) >= threshold) == (ours[:, columns].sum(1) >= threshold)).all()


@pytest.mark.skipif(not BENCH_MAIL.is_dir(), reason="../shared/bench-mail is not here")
def test_the_scorer_equals_sklearn_on_every_bench_mail_message(pipeline: Any, scorer: Scorer) -> None:
    files = sorted(p for p in BENCH_MAIL.rglob("*") if p.is_file() and p.name != "README.md")
    assert len(files) > 2000
    texts = [model_text(parse(p.read_bytes())) for p in files]
    reference = pipeline.predict_proba(texts)
    ours = scorer.predict_proba(texts)
    worst = float(np.abs(reference - ours).max())
    print(f"\nbench-mail: {len(texts)} messages, max |sklearn - scorer| = {worst:.3g}")
    assert worst <= TOLERANCE
    assert (reference.argmax(axis=1) == ours.argmax(axis=1)).all()


def test_the_classifier_scores_with_the_scorer(scorer: Scorer) -> None:
    classifier = Classifier.from_file(shipped_model())
    assert classifier.kinds == ["other" if c == "not_rejection" else c for c in scorer.classes]
    raw = (
        b"Subject: Your application\r\n\r\nThank you for your interest. After careful consideration we have "
        b"decided to move forward with other candidates.\r\n"
    )
    message = parse(raw)
    np.testing.assert_array_equal(
        classifier.probabilities([message]), scorer.predict_proba([model_text(message)])
    )
    verdict = classifier.predict(message, explain=True)
    assert verdict.is_rejection and verdict.reasons


# --- the analyzers, against scikit-learn's own --------------------------------------------------------


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 3), (1, 3)])
def test_word_ngrams_are_sklearns(text: str, ngram_range: tuple[int, int]) -> None:
    vectorizer = TfidfVectorizer(ngram_range=ngram_range)
    tokens = vectorizer.build_tokenizer()(text.lower())
    expected = vectorizer._word_ngrams(tokens)
    assert sorted(word_ngrams(tokens, *ngram_range)) == sorted(expected)


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("ngram_range", [(4, 4), (3, 5), (2, 2), (5, 6)])
def test_char_wb_ngrams_count_as_sklearns(text: str, ngram_range: tuple[int, int]) -> None:
    """Ours also holds n-grams across word boundaries, which no char_wb vocabulary can contain (the
    loader refuses one that does); the n-grams that can be terms are sklearn's, as often."""
    expected = collections.Counter(
        TfidfVectorizer(analyzer="char_wb", ngram_range=ngram_range).build_analyzer()(text)
    )
    ours = collections.Counter(char_wb_ngrams(text.lower(), *ngram_range))
    assert {g: n for g, n in ours.items() if _padded_word_part(g)} == dict(expected)


def _fitted(texts: list[str], labels: list[str], words: Any, chars: Any, dtype: Any) -> Any:
    """A small pipeline of build_pipeline's shape, fitted on `texts` with every term kept."""
    pipe = build_pipeline(cv=2)
    for name, v in pipe.named_steps["features"].transformer_list:
        v.set_params(min_df=1, max_df=1.0, dtype=dtype, ngram_range=words if name == "words" else chars)
    return pipe.fit(texts, labels)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize(
    ("words", "chars", "paths"),
    [
        ((1, 2), (4, 4), ("WordCodes", "CharCodes")),  # the shipped settings
        ((1, 3), (2, 5), ("dict", "CharCodes")),
        ((2, 2), (5, 6), ("WordCodes", "CharCodes")),  # short words added whole
        ((1, 1), (3, 10), ("WordCodes", "dict")),  # 10 characters do not fit a 64-bit key
    ],
)
def test_features_equal_sklearns_on_tricky_text(
    dtype: Any, words: tuple[int, int], chars: tuple[int, int], paths: tuple[str, str]
) -> None:
    """Every term kept (short words, unicode, whitespace runs): the same columns, the same values,
    through the numpy lookups and through the dict path."""
    texts = TRICKY * 2
    labels = ["rejection", "other", "offer"] * (len(texts) // 3) + ["other"] * (len(texts) % 3)
    pipe = _fitted(texts, labels, words, chars, dtype)
    scorer = Scorer.from_arrays(export_weights(pipe))
    assert tuple(type(b.codes).__name__ if b.codes else "dict" for b in scorer.blocks) == paths
    matrix = pipe.named_steps["features"].transform(TRICKY).tocsr()
    for i, text in enumerate(TRICKY):
        indices, values = scorer.features(text)
        row = matrix[[i]]
        assert indices.tolist() == row.indices.tolist(), text
        assert values.tolist() == row.data.astype(np.float64).tolist(), text
    worst = np.abs(pipe.predict_proba(TRICKY) - scorer.predict_proba(TRICKY)).max()
    assert worst <= TOLERANCE


def test_char_unigrams_are_not_exported() -> None:
    """A char_wb vocabulary with the padding space as a term (1-grams) is refused at export, so
    save_model never writes weights the scorer would count differently."""
    pipe = _fitted(TRICKY * 2, ["a", "b"] * len(TRICKY), (1, 1), (1, 3), np.float32)
    with pytest.raises(WeightsError, match="no padded word can hold"):
        export_weights(pipe)


def test_a_binary_model_scores_like_sklearn() -> None:
    texts = [e.text for e in corpus_examples(shipped_corpus())][::40]
    labels = ["rejection" if "reject" in t or i % 3 == 0 else "not_rejection" for i, t in enumerate(texts)]
    pipe = build_pipeline(cv=2).fit(texts, labels)
    scorer = Scorer.from_arrays(export_weights(pipe))
    assert scorer.classes == ("not_rejection", "rejection")
    assert np.abs(pipe.predict_proba(texts) - scorer.predict_proba(texts)).max() <= TOLERANCE


def test_when_every_class_gets_zero_the_probabilities_are_uniform(scorer: Scorer) -> None:
    """sklearn's edge case: all calibrated probabilities 0 -> 1/n each, not a division by zero."""
    arrays = _arrays(scorer)
    arrays["calibration"] = np.tile([[0.0, 1000.0]], (len(scorer.classes), 1))  # expit(-1000) == 0
    proba = Scorer.from_arrays(arrays).predict_proba(["anything at all"])
    assert proba.tolist() == [[1 / len(scorer.classes)] * len(scorer.classes)]


def test_a_setting_the_scorer_does_not_repeat_is_refused(scorer: Scorer) -> None:
    arrays = _arrays(scorer)
    spec = json.loads(arrays["spec"].tobytes())
    spec["blocks"][0]["strip_accents"] = "unicode"
    arrays["spec"] = text_bytes(json.dumps(spec))
    with pytest.raises(WeightsError, match="strip_accents"):
        Scorer.from_arrays(arrays)
    spec["blocks"][0]["strip_accents"] = None
    spec["blocks"][1]["ngram_range"] = [1, 4]
    arrays["spec"] = text_bytes(json.dumps(spec))
    arrays["terms_1"] = text_bytes("\n".join([" ", *scorer.blocks[1].terms[1:]]))
    with pytest.raises(WeightsError, match="no padded word can hold"):
        Scorer.from_arrays(arrays)


def _arrays(scorer: Scorer) -> dict[str, np.ndarray[Any, Any]]:
    with np.load(weights_path(shipped_model()), allow_pickle=False) as npz:
        return {name: npz[name] for name in npz.files}


# --- the weights file: verified, and never code ----------------------------------------------------------


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rejection-model.skops"
    for name in (lambda p: p, metadata_path, weights_path):
        shutil.copy(name(shipped_model()), name(target))
    return target


def _reseal(path: Path, weights: bytes) -> None:
    """Install `weights` with a metadata hash and digest that match: only the loader's own
    checks of the content stand in the way."""
    weights_path(path).write_bytes(weights)
    meta = json.loads(metadata_path(path).read_text())
    meta["weights_sha256"] = hashlib.sha256(weights).hexdigest()
    metadata_path(path).write_text(json.dumps(seal_metadata(meta)))


def _one_line(caught: pytest.ExceptionInfo[ModelError]) -> str:
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_flipped_byte_in_the_weights_is_refused(model_copy: Path) -> None:
    data = bytearray(weights_path(model_copy).read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights_path(model_copy).write_bytes(bytes(data))
    with pytest.raises(ModelError) as caught:
        load_scorer(model_copy)
    assert "does not match its metadata" in _one_line(caught) and "rejection-watcher train" in str(
        caught.value
    )


def test_truncated_weights_are_refused(model_copy: Path) -> None:
    weights_path(model_copy).write_bytes(weights_path(model_copy).read_bytes()[:5000])
    with pytest.raises(ModelError, match="does not match its metadata"):
        load_scorer(model_copy)
    _reseal(model_copy, weights_path(shipped_model()).read_bytes()[:5000])
    with pytest.raises(ModelError) as caught:
        load_scorer(model_copy)
    assert "is not usable" in _one_line(caught)


def test_missing_weights_are_refused(model_copy: Path) -> None:
    weights_path(model_copy).unlink()
    with pytest.raises(ModelError) as caught:
        load_scorer(model_copy)
    assert "no model weights file at" in _one_line(caught)


def test_the_weights_of_another_model_are_refused(model_copy: Path, tmp_path: Path) -> None:
    texts = [e.text for e in corpus_examples(shipped_corpus())][::50]
    other = tmp_path / "other" / "rejection-model.skops"
    labels = ["rejection" if i % 2 else "not_rejection" for i in range(len(texts))]
    save_model(build_pipeline(cv=2).fit(texts, labels), {"threshold": 0.5}, other)
    shutil.copy(weights_path(other), weights_path(model_copy))
    with pytest.raises(ModelError) as caught:
        load_scorer(model_copy)
    assert "does not match its metadata (corrupt or replaced)" in _one_line(caught)
    assert load_scorer(other).scorer.classes == ("not_rejection", "rejection")


class _Touch:
    """Unpickling this creates a file: the proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def test_a_weights_file_with_an_object_array_never_runs_code(model_copy: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    arrays: dict[str, Any] = dict(_arrays(load_scorer(shipped_model()).scorer))
    arrays["coef_t"] = np.array([_Touch(marker)], dtype=object)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # allow_pickle=True by default when writing: a pickled object array
    _reseal(model_copy, buffer.getvalue())
    with pytest.raises(ModelError) as caught:
        load_scorer(model_copy)
    assert "is not usable" in _one_line(caught)
    assert not marker.exists()


def test_a_pickle_as_weights_never_runs_code(model_copy: Path, tmp_path: Path) -> None:
    import pickle

    marker = tmp_path / "pwned"
    _reseal(model_copy, pickle.dumps(_Touch(marker)))
    with pytest.raises(ModelError, match="is not usable"):
        load_scorer(model_copy)
    assert not marker.exists()


def test_an_older_format_is_refused_with_a_retrain_line(model_copy: Path) -> None:
    meta = json.loads(metadata_path(model_copy).read_text())
    meta["format_version"] = 3
    metadata_path(model_copy).write_text(json.dumps(seal_metadata(meta)))
    for load in (load_scorer, load_model):
        with pytest.raises(ModelError) as caught:
            load(model_copy)
        assert "format version 3" in _one_line(caught) and "retrain with `rejection-watcher train`" in str(
            caught.value
        )


def test_scoring_imports_no_sklearn_scipy_or_skops() -> None:
    code = (
        "import sys\n"
        "from watcher.classify import Classifier\n"
        "from watcher.message import parse\n"
        "from watcher.resources import shipped_model\n"
        "c = Classifier.from_file(shipped_model())\n"
        "c.predict(parse(b'Subject: hi\\r\\n\\r\\nWe regret to inform you.'), explain=True)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy', 'skops'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_every_whitespace_character_is_in_the_scorers_table() -> None:
    """CharCodes maps whitespace to a space through a table of the code points below 0x3001, and
    looks the rest up in the alphabet as if none were whitespace."""
    from watcher.scorer import _WHITESPACE

    assert [c for c in range(0x110000) if chr(c).isspace()] == np.flatnonzero(_WHITESPACE).tolist()
