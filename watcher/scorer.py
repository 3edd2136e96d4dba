"""Scoring mail with the trained model's exported weights, with numpy alone.

scikit-learn trains, calibrates and evaluates the model, and stays the reference for its scores;
but importing it (with scipy) costs ~1.4 s of CPU and ~120 MiB of memory, for a model whose
whole arithmetic at prediction time is a vocabulary lookup, a few numpy operations and nine dot
products. `Scorer` repeats that arithmetic step for step as scikit-learn 1.9 does it, in the same
dtypes, so its probabilities equal `Pipeline.predict_proba` (tests/test_scorer.py asserts 1e-9
over the whole corpus and real mail):

- each TF-IDF block (`TfidfVectorizer`): `str.lower`, then words (`token_pattern`, n-grams joined
  by one space) or `char_wb` n-grams (each whitespace-separated word padded with one space);
  counts of the n-grams in the vocabulary; `log(count) + 1` (sublinear tf); times the idf; each
  row divided by its L2 norm (summed in double in index order, as sklearn's Cython does);
- the blocks side by side (`FeatureUnion`), then `X @ coef.T + intercept` (`LinearSVC`);
- per class a sigmoid `1 / (1 + exp(a * d + b))` (`_SigmoidCalibration`), normalised to sum to 1
  (uniform when every class gets 0); a binary model has one column and P(first) = 1 - P(second).

The vocabulary is looked up without a Python step per n-gram where the settings allow it (measured
on bench-mail, ~1 KB of model text a message): words through a dict of tokens, bigrams as keys
of two token ids (WordCodes, 85 us against 118 us for a dict of all 25,848 terms); character
n-grams as keys of per-character digits (CharCodes, 170 us against 250-340 us), both found with
np.searchsorted in sorted uint64 keys (KeyTable). The terms stay UTF-8 bytes until a feature is
named. Loaded, the shipped model adds ~6 MB of objects (coefficients 2.9 MB) to the process.

The weights come from `export_weights` (training side, with scikit-learn) and are read by
`Scorer.from_arrays`, which trusts nothing: the arrays come from `np.load(allow_pickle=False)`
(modelstore.py checks their hash first), names and settings are UTF-8 JSON stored as bytes, and
shapes, dtypes and settings are checked before any use. Pure: no files, no mailboxes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import repeat
from typing import Any

import numpy as np

#: The layout of the exported arrays; a reader refuses any other.
WEIGHTS_FORMAT = 1
#: The scikit-learn minor version whose arithmetic this module repeats. A model trained by
#: another one may compute its features differently: it is refused (modelstore.py).
SKLEARN_MINOR = "1.9"

Array = np.ndarray[Any, Any]
#: scikit-learn's default token_pattern: two or more word characters.
DEFAULT_TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_SUPPORTED_ANALYZERS = ("word", "char_wb")


class WeightsError(ValueError):
    """The exported weights are inconsistent or use a setting this scorer does not repeat."""


@dataclass(frozen=True)
class Block:
    """One TF-IDF vectorizer of the feature union: how it reads text, and its vocabulary.

    The vocabulary is looked up through `codes` (numpy key tables: CharCodes, WordCodes) or, for
    settings those do not cover, a {term: index} dict. The terms themselves stay UTF-8 bytes
    until a feature is named (`classify --explain`): the daemon never needs them as strings.
    """

    name: str
    analyzer: str
    ngram_range: tuple[int, int]
    lowercase: bool
    token_pattern: re.Pattern[str] | None
    sublinear_tf: bool
    binary: bool
    norm: str | None
    dtype: np.dtype[Any]
    idf: Array | None
    n_terms: int
    blob: Array  # the terms, "\n"-joined UTF-8
    offset: int  # the first column of this block in the union
    codes: CharCodes | WordCodes | None = None
    vocabulary: Mapping[str, int] | None = None  # when codes is None

    @cached_property
    def terms(self) -> tuple[str, ...]:
        return tuple(_text(self.blob).split("\n"))

    def ngrams(self, text: str) -> list[str]:
        """The n-grams scikit-learn's analyzer yields for `text` (possibly with extra ones that
        can never be in the vocabulary; see `_char_wb_ngrams`)."""
        if self.lowercase:
            text = text.lower()
        low, high = self.ngram_range
        if self.analyzer == "word":
            assert self.token_pattern is not None
            return word_ngrams(self.token_pattern.findall(text), low, high)
        return char_wb_ngrams(text, low, high)

    def counts(self, text: str) -> tuple[Array, Array]:
        """Sorted column indices (within this block) of the vocabulary's n-grams in `text`, and
        how often each occurs."""
        if self.codes is not None:
            return self.codes.counts(text.lower() if self.lowercase else text)
        assert self.vocabulary is not None
        found = np.fromiter(map(self.vocabulary.get, self.ngrams(text), repeat(-1)), dtype=np.int64)
        indices, counts = np.unique(found[found >= 0], return_counts=True)
        return indices, counts

    def transform(self, text: str) -> tuple[Array, Array]:
        """One row of TfidfVectorizer.transform: union column indices and their float64 values."""
        indices, counts = self.counts(text)
        values = counts.astype(self.dtype)
        if self.binary:
            values.fill(1)
        if self.sublinear_tf:
            np.log(values, out=values)
            values += 1.0
        if self.idf is not None:
            values *= self.idf[indices]
        if self.norm == "l2" and len(values):
            # sklearn's inplace_csr_row_normalize_l2: (x * x) in the data's dtype, summed into a
            # double in index order (cumsum adds sequentially, as that loop does), then each
            # value divided by the square root in double and stored back in the data's dtype.
            total = float(np.cumsum((values * values).astype(np.float64))[-1])
            if total != 0.0:
                values = (values.astype(np.float64) / np.sqrt(total)).astype(self.dtype)
        return indices + self.offset, values.astype(np.float64)


class WordCodes:
    """A word vocabulary of unigrams and bigrams as token ids, so a text costs one dict lookup
    per token (not per n-gram) and no bigram strings: a bigram is the key a * T + b of its two
    token ids, looked up with numpy in a KeyTable."""

    def __init__(self, terms: Sequence[str], pattern: re.Pattern[str], low: int, high: int) -> None:
        self.pattern, self.low, self.high = pattern, low, high
        self.tokens: dict[str, int] = {}
        firsts, seconds = [], []
        for term in terms:  # partition, not split: a unigram term becomes its own token object
            first, _, second = term.partition(" ")
            if " " in second:
                raise WeightsError(f"the word term {term!r} has more than two tokens")
            firsts.append(self.tokens.setdefault(first, len(self.tokens)))
            seconds.append(self.tokens.setdefault(second, len(self.tokens)) if second else -1)
        size = len(self.tokens)
        first_ids, second_ids = np.array(firsts, dtype=np.int64), np.array(seconds, dtype=np.int64)
        single = np.flatnonzero(second_ids < 0)
        pair = np.flatnonzero(second_ids >= 0)
        keys = first_ids[pair] * size + second_ids[pair]
        if len(np.unique(first_ids[single])) != len(single) or len(np.unique(keys)) != len(keys):
            raise WeightsError("the word vocabulary repeats a term")
        self.unigram = np.full(size + 1, -1, dtype=np.int64)  # [-1]: a token not in any term
        self.unigram[first_ids[single]] = single
        self.size = np.int64(size)
        self.bigrams = KeyTable(keys.astype(np.uint64), pair)

    @classmethod
    def build(
        cls, terms: Sequence[str], pattern: re.Pattern[str] | None, low: int, high: int
    ) -> WordCodes | None:
        """The tables, or None unless the n-grams are unigrams and/or bigrams of sklearn's default
        token pattern (whose tokens hold no space, so a term splits back into its tokens); the
        dict path serves anything else."""
        if pattern is None or pattern.pattern != DEFAULT_TOKEN_PATTERN or not 1 <= low <= high <= 2:
            return None
        return cls(terms, pattern, low, high)

    def counts(self, text: str) -> tuple[Array, Array]:
        tokens = self.pattern.findall(text)
        ids = np.fromiter(map(self.tokens.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))
        found = []
        if self.low == 1:
            found.append(self.unigram[ids])
        if self.high == 2 and len(ids) > 1:
            first, second = ids[:-1], ids[1:]
            keys = first * self.size + second
            found.append(self.bigrams.lookup(keys[(first >= 0) & (second >= 0)].astype(np.uint64)))
        every = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        indices, counts = np.unique(every[every >= 0], return_counts=True)
        return indices, counts


def word_ngrams(tokens: list[str], low: int, high: int) -> list[str]:
    """`VectorizerMixin._word_ngrams` without stop words: the tokens (if low is 1), then each
    run of n tokens joined by one space, for n from low to high."""
    grams = list(tokens) if low == 1 else []
    if high == 1:
        return grams
    count = len(tokens)
    for n in range(max(low, 2), min(high, count) + 1):
        if n == 2:
            grams += [a + " " + b for a, b in zip(tokens, tokens[1:], strict=False)]
        else:
            grams += [" ".join(tokens[i : i + n]) for i in range(count - n + 1)]
    return grams


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """The n-grams of `VectorizerMixin._char_wb_ngrams` that can be in its vocabulary.

    scikit-learn pads each whitespace-separated word with one space and takes its n-grams (a word
    shorter than `low` once, whole). Here all n-grams of the whole text, with one space around it,
    are taken at once: an n-gram inside a padded word is the same; one that crosses a word
    boundary has whitespace inside it or two spaces in a row, which no n-gram of a padded word
    has, so it finds nothing in the vocabulary. Whitespace is mapped to a space first (as
    `str.split` sees it, which is also what sklearn's `\\s\\s+` normalisation matches); words
    shorter than `low` are added whole. Same counts for every n-gram in the vocabulary, for about
    half the Python-level work (`Scorer.check_vocabulary` refuses a vocabulary it would break).
    """
    words = text.split()
    padded = " " + " ".join(words) + " "
    grams: list[str] = []
    size = len(padded)
    for n in range(low, high + 1):
        grams += [padded[i : i + n] for i in range(size - n + 1)]
    grams += [" " + w + " " for w in words if len(w) + 2 < low]
    return grams


class KeyTable:
    """uint64 keys -> int64 values: the keys sorted, found with np.searchsorted.

    Measured on bench-mail (~1,070 character 4-grams a message against 15,625 keys): 63 us a
    message; np.unique first, 60 us; an open-addressing hash table probed with numpy, 270 us
    (linear probing leaves clusters, and every probe round costs several numpy calls).
    """

    def __init__(self, keys: Array, values: Array) -> None:
        order = np.argsort(keys)
        self.keys = keys.astype(np.uint64)[order]
        self.values = values.astype(np.int64)[order]

    def lookup(self, keys: Array) -> Array:
        """The value of each key, or -1."""
        if not len(self.keys):
            return np.full(len(keys), -1, dtype=np.int64)
        position = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        result: Array = np.where(self.keys[position] == keys, self.values[position], -1)
        return result


#: str.isspace for every code point below 0x3001 (U+3000 is the last whitespace character).
_WHITESPACE_LIMIT = 0x3001
_WHITESPACE = np.array([chr(c).isspace() for c in range(_WHITESPACE_LIMIT)])
#: Code points below this get their digit from a table; above, from the alphabet (rare: emoji).
_TABLE_LIMIT = 0x10000


class CharCodes:
    """A char_wb vocabulary as sorted integer keys, so a text's n-grams are looked up by numpy
    instead of one dict lookup per n-gram in Python.

    Each character of the vocabulary gets a digit 1..K (0: any other character, which no term
    holds); an n-gram's key is its digits in base 2**bits. One KeyTable per term length.
    `counts` maps the text's whitespace to a space, takes every window of each length as
    char_wb_ngrams does, and adds the padded short words; same counts as the dict path.
    """

    def __init__(self, points: Array, alphabet: Array, bits: int, low: int, high: int) -> None:
        self.alphabet, self.bits, self.low, self.high = alphabet, bits, low, high
        self.space = int(np.searchsorted(alphabet, 32)) + 1
        # The digit of every code point below _TABLE_LIMIT, whitespace already a space (64 KiB
        # or 128 KiB); the rare code point above it is looked up in the alphabet.
        below = alphabet[alphabet < _TABLE_LIMIT]
        self.table = np.zeros(_TABLE_LIMIT + 1, dtype=np.uint8 if len(alphabet) < 256 else np.uint16)
        self.table[below] = np.searchsorted(alphabet, below) + 1
        self.table[: len(_WHITESPACE)][_WHITESPACE] = self.space
        self.table[_TABLE_LIMIT] = 0
        # The terms, "\n"-separated, as code points: no string object per term.
        breaks = np.flatnonzero(points == 10)
        starts = np.concatenate(([0], breaks + 1))
        lengths = np.concatenate((breaks, [len(points)])) - starts
        digits = self._digits_of(points)
        self.tables: dict[int, KeyTable] = {}
        for length in np.unique(lengths).tolist():
            indices = np.flatnonzero(lengths == length)
            keys = np.zeros(len(indices), dtype=np.uint64)
            for j in range(length):
                keys = (keys << np.uint64(self.bits)) | digits[starts[indices] + j]
            if len(np.unique(keys)) != len(keys):
                raise WeightsError("the character vocabulary repeats a term")
            self.tables[length] = KeyTable(keys, indices)

    @classmethod
    def build(cls, text: str, low: int, high: int) -> CharCodes | None:
        """The key tables for the "\n"-joined `text` of the terms, or None when a key would not
        fit in 64 bits or the vocabulary has no padding space (the dict path serves those)."""
        points = _code_points(text)
        alphabet = np.unique(points[points != 10])
        bits = max(1, int(len(alphabet)).bit_length())
        breaks = np.flatnonzero(points == 10)
        longest = int(np.diff(np.concatenate(([-1], breaks, [len(points)]))).max()) - 1
        if 32 not in alphabet or max(high, longest) * bits > 64:
            return None
        return cls(points, alphabet, bits, low, high)

    def _digits(self, text: str) -> Array:
        return self._digits_of(_code_points(text))

    def _digits_of(self, points: Array) -> Array:
        rank = np.minimum(np.searchsorted(self.alphabet, points), len(self.alphabet) - 1)
        digits: Array = np.where(self.alphabet[rank] == points, rank + 1, 0).astype(np.uint64)
        return digits

    def counts(self, text: str) -> tuple[Array, Array]:
        points = _code_points(text)
        digits = self.table[np.minimum(points, _TABLE_LIMIT)].astype(np.uint64)
        rare = np.flatnonzero(points >= _TABLE_LIMIT)
        if len(rare):
            digits[rare] = self._digits_of(points[rare])  # never whitespace (all is below 0x3001)
        space = np.uint64(self.space)
        padded = np.concatenate(([space], digits, [space]))
        shift = np.uint64(self.bits)
        found = []
        for n in range(self.low, self.high + 1):
            if n in self.tables and len(padded) >= n:
                windows = len(padded) - n + 1
                keys = padded[:windows].copy()
                for j in range(1, n):
                    keys = (keys << shift) | padded[j : j + windows]
                found.append(self._lookup(n, keys))
        if self.low > 3:  # words so short that their padded form is shorter than `low`
            word = padded != space
            word[0] = word[-1] = False
            starts = np.flatnonzero(word[1:] & ~word[:-1]) + 1  # index into padded
            lengths = np.flatnonzero(word[:-1] & ~word[1:]) + 1 - starts
            for size in range(1, self.low - 2):
                if size + 2 not in self.tables:
                    continue
                first = starts[lengths == size]
                keys = np.full(len(first), space)
                for j in range(size):
                    keys = (keys << shift) | padded[first + j]
                found.append(self._lookup(size + 2, (keys << shift) | space))
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        indices, counts = np.unique(np.concatenate(found), return_counts=True)
        return indices, counts

    def _lookup(self, length: int, keys: Array) -> Array:
        found = self.tables[length].lookup(keys)
        result: Array = found[found >= 0]
        return result


def _code_points(text: str) -> Array:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


class Scorer:
    """The calibrated linear model over TF-IDF blocks, as exported by `export_weights`."""

    def __init__(
        self,
        classes: Sequence[str],
        blocks: Sequence[Block],
        coef_t: Array,
        intercept: Array,
        calibration: Array,
        class_index: Array,
    ) -> None:
        self.classes = tuple(classes)
        self.blocks = tuple(blocks)
        self.coef_t = coef_t  # (features, outputs): a message's features gather their rows
        self.coef = coef_t.T  # (outputs, features), as LinearSVC.coef_ (a view, no copy)
        self.intercept = intercept
        self.calibration = calibration
        self.class_index = class_index
        self.n_features = sum(b.n_terms for b in self.blocks)

    # ---- scoring ----------------------------------------------------------------------------

    def features(self, text: str) -> tuple[Array, Array]:
        """The feature union's row for `text`: sorted column indices and float64 values."""
        parts = [block.transform(text) for block in self.blocks]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def decision(self, texts: Sequence[str]) -> Array:
        """`LinearSVC.decision_function`, one row per text (one column for a binary model)."""
        result = np.empty((len(texts), self.coef_t.shape[1]))
        for row, text in enumerate(texts):
            indices, values = self.features(text)
            result[row] = values @ self.coef_t[indices] + self.intercept
        return result

    def predict_proba(self, texts: Sequence[str]) -> Array:
        """`CalibratedClassifierCV.predict_proba` (sigmoid, one calibrated classifier)."""
        decision = self.decision(texts)
        n_classes = len(self.classes)
        proba = np.zeros((len(texts), n_classes))
        a, b = self.calibration[:, 0], self.calibration[:, 1]
        with np.errstate(over="ignore"):  # exp -> inf gives 0, as scipy's expit does (silently)
            calibrated = 1.0 / (1.0 + np.exp(a * decision + b))  # expit(-(a * d + b))
        for column, class_idx in enumerate(self.class_index):
            proba[:, class_idx + (1 if n_classes == 2 else 0)] = calibrated[:, column]
        if n_classes == 2:
            proba[:, 0] = 1.0 - proba[:, 1]
        else:
            denominator = proba.sum(axis=1)[:, np.newaxis]
            proba = np.divide(
                proba, denominator, out=np.full_like(proba, 1 / n_classes), where=denominator != 0
            )
        proba[(proba > 1.0) & (proba <= 1.0 + 1e-5)] = 1.0
        return proba

    def feature_name(self, index: int) -> str:
        """'words__we regret', 'chars__ leid': the block's name and the term, as sklearn's
        `FeatureUnion.get_feature_names_out` spells them."""
        for block in self.blocks:
            if block.offset <= index < block.offset + block.n_terms:
                return f"{block.name}__{block.terms[index - block.offset]}"
        raise IndexError(index)

    # ---- the exported form ------------------------------------------------------------------

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, Array]) -> Scorer:
        """A scorer from the arrays of a weights file; WeightsError if anything is off."""
        try:
            return cls._from_arrays(arrays)
        except WeightsError:
            raise
        except (KeyError, ValueError, TypeError, IndexError, UnicodeDecodeError) as exc:
            raise WeightsError(f"{type(exc).__name__}: {exc}") from None

    @classmethod
    def _from_arrays(cls, arrays: Mapping[str, Array]) -> Scorer:
        fmt = _integers(arrays["format"], "format")
        if fmt.tolist() != [WEIGHTS_FORMAT]:
            raise WeightsError(f"weights format {fmt.tolist()}, this scorer reads [{WEIGHTS_FORMAT}]")
        spec = json.loads(_text(arrays["spec"]))
        if not isinstance(spec, dict):
            raise WeightsError("the spec is not an object")
        classes = [str(c) for c in spec["classes"]]
        blocks: list[Block] = []
        offset = 0
        for i, block_spec in enumerate(spec["blocks"]):
            blob = arrays[f"terms_{i}"]
            block = _block(block_spec, _text(blob), blob, arrays.get(f"idf_{i}"), offset)
            if block.n_terms != int(block_spec["n_terms"]):
                raise WeightsError(
                    f"block {i} has {block.n_terms} terms, its spec says {block_spec['n_terms']}"
                )
            blocks.append(block)
            offset += block.n_terms
        coef_t = _floats(arrays["coef_t"], "coef_t", np.float64)
        intercept = _floats(arrays["intercept"], "intercept", np.float64)
        calibration = _floats(arrays["calibration"], "calibration", np.float64)
        class_index = _integers(arrays["class_index"], "class_index")
        outputs = 1 if len(classes) == 2 else len(classes)
        if len(classes) < 2 or len(set(classes)) != len(classes):
            raise WeightsError(f"classes {classes} are not two or more distinct names")
        if coef_t.shape != (offset, outputs):
            raise WeightsError(f"coef_t has shape {coef_t.shape}, expected {(offset, outputs)}")
        if intercept.shape != (outputs,) or calibration.shape != (outputs, 2):
            raise WeightsError("intercept or calibration does not match the classes")
        if class_index.shape != (outputs,) or not all(0 <= c < outputs for c in class_index.tolist()):
            raise WeightsError("class_index does not match the classes")
        return cls(classes, blocks, coef_t, intercept, calibration, class_index)


def _block(spec: dict[str, Any], text: str, blob: Array, idf: Array | None, offset: int) -> Block:
    """One block from its spec and its terms ("\n"-joined `text`), refusing any setting this
    module does not repeat exactly."""
    analyzer = str(spec["analyzer"])
    if analyzer not in _SUPPORTED_ANALYZERS:
        raise WeightsError(f"analyzer {analyzer!r} is not one of {_SUPPORTED_ANALYZERS}")
    for key, allowed in (("strip_accents", None), ("stop_words", None), ("preprocessor", None)):
        if spec.get(key, allowed) != allowed:
            raise WeightsError(f"{key}={spec[key]!r} is not supported")
    low, high = (int(n) for n in spec["ngram_range"])
    if not 1 <= low <= high:
        raise WeightsError(f"ngram_range {(low, high)} is not valid")
    norm = spec["norm"]
    if norm not in ("l2", None):
        raise WeightsError(f"norm {norm!r} is not supported")
    dtype = np.dtype(str(spec["dtype"]))
    if dtype not in (np.float32, np.float64):
        raise WeightsError(f"dtype {dtype} is not float32 or float64")
    n_terms = text.count("\n") + 1
    if analyzer == "char_wb" and not _PADDED_WORD_PARTS.fullmatch(text):
        # char_wb_ngrams relies on this (a term is part of one word, padded with one space)
        raise WeightsError(f"block {spec['name']!r} has a term that no padded word can hold")
    if idf is not None:
        idf = _floats(idf, "idf", dtype)
        if idf.shape != (n_terms,):
            raise WeightsError(f"idf of block {spec['name']!r} has shape {idf.shape}")
    elif spec.get("use_idf", False):
        raise WeightsError(f"block {spec['name']!r} uses idf but has none")
    pattern = re.compile(str(spec["token_pattern"])) if analyzer == "word" else None
    if pattern is not None and pattern.groups > 1:
        raise WeightsError("token_pattern has more than one group")
    codes: CharCodes | WordCodes | None = None
    vocabulary: dict[str, int] | None = None
    if analyzer == "char_wb":
        codes = CharCodes.build(text, low, high)
    if codes is None:  # words, or a char vocabulary CharCodes cannot key
        terms = text.split("\n")
        codes = WordCodes.build(terms, pattern, low, high) if analyzer == "word" else None
        if codes is None:
            vocabulary = dict(zip(terms, range(n_terms), strict=True))
            if len(vocabulary) != n_terms:
                raise WeightsError(f"block {spec['name']!r} repeats a term")
    return Block(
        codes=codes,
        name=str(spec["name"]),
        analyzer=analyzer,
        ngram_range=(low, high),
        lowercase=bool(spec["lowercase"]),
        token_pattern=pattern,
        sublinear_tf=bool(spec["sublinear_tf"]),
        binary=bool(spec["binary"]),
        norm=norm,
        dtype=dtype,
        idf=idf,
        n_terms=n_terms,
        blob=blob,
        vocabulary=vocabulary,
        offset=offset,
    )


#: What a char_wb n-gram can be: non-whitespace, with at most one space before and after.
_PADDED_WORD_PART = r" ?\S+ ?"
_PADDED_WORD_PARTS = re.compile(rf"(?:{_PADDED_WORD_PART}\n)*{_PADDED_WORD_PART}")


def _padded_word_part(term: str) -> bool:
    return re.fullmatch(_PADDED_WORD_PART, term) is not None


def _text(array: Array) -> str:
    if array.dtype != np.uint8 or array.ndim != 1:
        raise WeightsError(f"expected UTF-8 bytes, found {array.dtype} of {array.ndim} dimensions")
    return array.tobytes().decode("utf-8", "surrogatepass")


def _floats(array: Array, name: str, dtype: Any) -> Array:
    if array.dtype != dtype:
        raise WeightsError(f"{name} is {array.dtype}, expected {np.dtype(dtype)}")
    if not np.isfinite(array).all():
        raise WeightsError(f"{name} holds a value that is not finite")
    return array


def _integers(array: Array, name: str) -> Array:
    if array.dtype.kind not in "iu":
        raise WeightsError(f"{name} is {array.dtype}, expected integers")
    return array


def text_bytes(text: str) -> Array:
    """`text` as a UTF-8 byte array, the way a weights file stores text (no object arrays); a
    lone surrogate (mail decoded with surrogateescape) is kept."""
    return np.frombuffer(text.encode("utf-8", "surrogatepass"), dtype=np.uint8).copy()


def export_weights(pipeline: Any) -> dict[str, Array]:
    """The arrays `Scorer.from_arrays` reads, from a fitted pipeline of training.model.build_pipeline
    (read through its attributes: this module never imports scikit-learn). Raises WeightsError
    for a pipeline whose arithmetic `Scorer` does not repeat."""
    union = pipeline.named_steps["features"]
    model = pipeline.named_steps["model"]
    if getattr(union, "transformer_weights", None) is not None:
        raise WeightsError("weighted feature unions are not supported")
    if getattr(model, "method", None) != "sigmoid" or len(model.calibrated_classifiers_) != 1:
        raise WeightsError("the model must be one sigmoid-calibrated classifier (ensemble=False)")
    calibrated = model.calibrated_classifiers_[0]
    estimator = calibrated.estimator
    arrays: dict[str, Array] = {"format": np.array([WEIGHTS_FORMAT], dtype=np.int64)}
    blocks = []
    for i, (name, vectorizer) in enumerate(union.transformer_list):
        if getattr(vectorizer, "tokenizer", None) is not None or callable(vectorizer.analyzer):
            raise WeightsError(f"block {name!r}: custom tokenizers and analyzers are not supported")
        if getattr(vectorizer, "input", "content") != "content":
            raise WeightsError(f"block {name!r}: input must be 'content'")
        terms = [""] * len(vectorizer.vocabulary_)
        for term, index in vectorizer.vocabulary_.items():
            terms[int(index)] = str(term)
        if any("\n" in t for t in terms):
            raise WeightsError(f"block {name!r} has a term with a line break")
        arrays[f"terms_{i}"] = text_bytes("\n".join(terms))
        if vectorizer.use_idf:
            arrays[f"idf_{i}"] = np.asarray(vectorizer.idf_)
        blocks.append(
            {
                "name": str(name),
                "analyzer": str(vectorizer.analyzer),
                "ngram_range": [int(n) for n in vectorizer.ngram_range],
                "lowercase": bool(vectorizer.lowercase),
                "token_pattern": str(vectorizer.token_pattern),
                "strip_accents": vectorizer.strip_accents,
                "stop_words": None if vectorizer.stop_words is None else "set",
                "preprocessor": None if vectorizer.preprocessor is None else "custom",
                "sublinear_tf": bool(vectorizer.sublinear_tf),
                "binary": bool(vectorizer.binary),
                "norm": vectorizer.norm,
                "use_idf": bool(vectorizer.use_idf),
                "dtype": np.dtype(vectorizer.dtype).name,
                "n_terms": len(terms),
            }
        )
    classes = [str(c) for c in calibrated.classes]
    outputs = 1 if len(classes) == 2 else len(classes)
    # _CalibratedClassifier.predict_proba: LabelEncoder().fit(classes).transform(estimator.classes_)
    position = {c: i for i, c in enumerate(sorted(classes))}
    class_index = [position[str(c)] for c in estimator.classes_][:outputs]
    spec = {"classes": classes, "blocks": blocks}
    arrays["spec"] = text_bytes(json.dumps(spec, sort_keys=True))
    coef = np.asarray(estimator.coef_, dtype=np.float64).reshape(outputs, -1)
    arrays["coef_t"] = np.ascontiguousarray(coef.T)
    arrays["intercept"] = np.asarray(estimator.intercept_, dtype=np.float64).reshape(outputs)
    arrays["calibration"] = np.array([[float(c.a_), float(c.b_)] for c in calibrated.calibrators])
    arrays["class_index"] = np.array(class_index, dtype=np.int64)
    if sorted(classes) != classes:
        raise WeightsError("the calibrated classes are not in sorted order")
    Scorer.from_arrays(arrays)  # never write what cannot be read back
    return arrays
