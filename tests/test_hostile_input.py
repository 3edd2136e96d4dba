"""Hostile input (issue 9): mail built to exhaust the parser, JSONL that is not what it claims,
training data that can only fail late, and a model whose metadata was edited by hand.

Every message here is built at test time. Costs are asserted structurally (how much text reaches
the stdlib's quadratic or recursive code), never with a clock.
"""

from __future__ import annotations

import email.header
import email.utils
import io
import json
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clirun import cli
from watcher import message as message_module
from watcher.errors import ModelError, WatcherError
from watcher.message import decode_header_value, parse
from watcher.modelstore import load_model, metadata_path, rollback, save_model
from watcher.paths import Paths
from watcher.resources import shipped_model
from watcher.training import Example
from watcher.training import model as training_model
from watcher.training.examples import TrainingDataError, jsonl_examples
from watcher.training.run import TrainOptions, run_training

#: What "bounded" means for one header below: far under the megabytes the hostile mail carries.
HEADER_BOUND = 64 * 1024
TEXT = b"Thank you for your interest. We have decided to move forward with other candidates.\r\n"


# --- MIME structure -----------------------------------------------------------------------------


def nested_forwards(depth: int) -> bytes:
    """`depth` message/rfc822 parts, each the whole body of the one around it (~32 bytes a level)."""
    return (
        b"From: a@b.example\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
        + b"Content-Type: message/rfc822\r\n\r\n" * depth
        + b"Subject: leaf\r\n\r\n"
        + TEXT
    )


def nested_multiparts(depth: int, *, text_first: bool = False) -> bytes:
    """`depth` multipart/mixed levels with a text/plain leaf at the bottom; optionally a readable
    text part before the whole nest."""
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(depth)
    )
    closing = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(depth)))
    nest = opening + b"Content-Type: text/plain\r\n\r\ndeep leaf\r\n" + closing
    head = b"From: a@b.example\r\nSubject: Nested\r\nMIME-Version: 1.0\r\n"
    if not text_first:
        return head + nest
    return (
        head
        + b'Content-Type: multipart/mixed; boundary="top"\r\n\r\n--top\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + TEXT
        + b"--top\r\n"
        + nest
        + b"\r\n--top--\r\n"
    )


def test_a_thousand_nested_forwards_parse_with_the_cut_noted() -> None:
    raw = nested_forwards(1000)
    assert len(raw) < 40_000
    msg = parse(raw)
    assert msg.subject == "Fwd" and msg.sender is not None
    assert any("nested deeper" in p for p in msg.problems), msg.problems


def test_ten_thousand_nested_multiparts_keep_the_text_before_them() -> None:
    msg = parse(nested_multiparts(10_000, text_first=True))
    assert "move forward with other candidates" in msg.text
    assert any("nested deeper" in p for p in msg.problems), msg.problems


def test_the_depth_bound_is_where_it_says() -> None:
    """Multiparts down to the deepest allowed level are parsed (and a leaf one below needs no
    parsing); a multipart one level deeper is not, and that is noted."""
    limit = message_module.MAX_MIME_DEPTH
    at_limit = parse(nested_multiparts(limit + 1))  # multiparts at depths 0..limit, the leaf below
    assert at_limit.text == "deep leaf" and at_limit.problems == ()
    beyond = parse(nested_multiparts(limit + 2))
    assert beyond.text == "" and any("nested deeper" in p for p in beyond.problems)


def test_a_deep_nest_over_many_lines_gets_a_shallower_limit() -> None:
    """The stdlib checks each line against every enclosing boundary: depth x lines is what a
    nest costs, so mail of a million short lines is allowed less depth (bounded work, not time)."""
    raw = nested_multiparts(40).replace(b"deep leaf", b"deep leaf" + b"\r\n" * 1_000_000)
    limit = message_module.mime_depth_limit(raw)
    assert message_module.MIN_MIME_DEPTH <= limit < 40
    assert limit * 1_000_000 <= max(
        message_module.MIME_LINE_CHECKS, message_module.MIN_MIME_DEPTH * 1_000_000
    )
    msg = parse(raw)
    assert f"MIME parts nested deeper than {limit} levels not read" in msg.problems
    # ordinary mail keeps the full depth: 2 MB of 78-character lines
    assert message_module.mime_depth_limit((b"x" * 76 + b"\r\n") * 26_000) == message_module.MAX_MIME_DEPTH


def test_the_number_of_parts_searched_is_bounded() -> None:
    parts = b"".join(b"--p\r\nContent-Type: image/png\r\n\r\nx\r\n" for _ in range(5_000))
    raw = (
        b"Subject: Many parts\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=p\r\n\r\n"
        + parts
        + b"--p\r\nContent-Type: text/plain\r\n\r\nthe last part\r\n--p--\r\n"
    )
    msg = parse(raw)
    assert msg.text == "", "a text part after the part limit is not searched for"
    assert any("parts" in p for p in msg.problems), msg.problems


def call_with_frames_left(frames: int, fn: Callable[[], Any]) -> Any:
    """Run `fn` with only about `frames` stack frames to spare, as if called from deep code."""

    def descend(n: int) -> Any:
        return fn() if n <= 0 else descend(n - 1)

    here = len(list(_frames()))
    return descend(sys.getrecursionlimit() - here - frames)


def _frames() -> Iterator[object]:
    frame = sys._getframe()
    while frame is not None:
        yield frame
        frame = frame.f_back  # type: ignore[assignment]


def test_parse_never_raises_even_with_little_stack_left() -> None:
    """Nesting within the bound can still overflow a caller's nearly full stack: the mail then
    degrades to its headers, with the reason noted."""
    msg = call_with_frames_left(120, lambda: parse(nested_multiparts(message_module.MAX_MIME_DEPTH)))
    assert msg.subject == "Nested"
    assert any("RecursionError" in p for p in msg.problems), msg.problems


def test_a_failing_body_part_degrades_to_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> str:
        raise RuntimeError("a bug in one part")

    monkeypatch.setattr(message_module, "_decode_part", broken)
    msg = parse(b"From: Ann <ann@acme.example>\r\nSubject: Hi\r\n\r\nbody\r\n")
    assert msg.subject == "Hi" and msg.sender is not None and msg.text == ""
    assert any("RuntimeError" in p for p in msg.problems), msg.problems


def test_a_failing_header_degrades_to_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_value: str) -> str | None:
        raise RuntimeError("a bug in one header")

    monkeypatch.setattr(message_module, "_first_msgid", broken)
    msg = parse(b"Message-ID: <a@b.example>\r\nSubject: Hi\r\n\r\nbody\r\n")
    assert msg.message_id is None and msg.in_reply_to is None
    assert msg.subject == "Hi" and msg.text == "body"
    assert any("RuntimeError" in p for p in msg.problems), msg.problems


def test_a_failing_parser_falls_back_to_the_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("a bug in the MIME parser")

    monkeypatch.setattr(message_module._BoundedParser, "feed", broken)
    msg = parse(b"From: Ann <ann@acme.example>\r\nSubject: Hi\r\nContent-Type: multipart/mixed\r\n\r\nx")
    assert msg.subject == "Hi" and msg.sender is not None and msg.text == ""
    assert any("MIME structure unreadable" in p for p in msg.problems), msg.problems


# --- header cost ----------------------------------------------------------------------------------


@pytest.fixture
def decoded_lengths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every string handed to the stdlib's (quadratic) RFC 2047 decoder."""
    seen: list[int] = []
    real = email.header.decode_header

    def spy(value: str) -> Any:
        seen.append(len(value))
        return real(value)

    monkeypatch.setattr(email.header, "decode_header", spy)
    return seen


@pytest.fixture
def address_lengths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of every address list handed to the stdlib's address parser."""
    seen: list[int] = []
    real = email.utils.getaddresses

    def spy(values: list[str], **kwargs: Any) -> Any:
        seen.extend(len(v) for v in values)
        return real(values, **kwargs)

    monkeypatch.setattr(email.utils, "getaddresses", spy)
    return seen


def test_a_subject_of_110000_encoded_words_is_decoded_in_bounded_size(decoded_lengths: list[int]) -> None:
    """The issue's 1.9 MB Subject took 10.9 s (quadratic in the stdlib's decode_header)."""
    words = b" ".join(b"=?utf-8?q?caf=C3=A9_%d?=" % (i % 10) for i in range(110_000))
    raw = b"From: a@b.example\r\nSubject: " + words + b"\r\n\r\nbody\r\n"
    assert len(raw) > 1_900_000
    msg = parse(raw)
    assert decoded_lengths and max(decoded_lengths) <= HEADER_BOUND
    assert msg.subject.startswith("café 0café 1café 2")  # (adjacent encoded words join, RFC 2047)
    assert "=?" not in msg.subject, "no encoded word is cut in half"
    assert len(msg.subject) <= HEADER_BOUND
    assert any("Subject" in p and "cut" in p for p in msg.problems), msg.problems


def test_decode_header_value_is_bounded_for_any_caller(decoded_lengths: list[int]) -> None:
    value = " ".join(f"=?utf-8?q?w{i}?=" for i in range(100_000))
    assert len(decode_header_value(value)) <= HEADER_BOUND
    assert max(decoded_lengths) <= HEADER_BOUND


def test_a_huge_from_display_name_is_bounded(decoded_lengths: list[int], address_lengths: list[int]) -> None:
    name = b" ".join(b"=?utf-8?q?Ann=C3=A9?=" for _ in range(100_000))
    msg = parse(b"From: " + name + b" <ann@acme.example>\r\nSubject: Hi\r\n\r\nbody\r\n")
    assert msg.subject == "Hi"
    assert max(address_lengths, default=0) <= HEADER_BOUND
    assert max(decoded_lengths, default=0) <= HEADER_BOUND
    # the address came after the cut, so there is no sender rather than a wrong one
    assert msg.sender is None and any("From" in p for p in msg.problems)


def test_a_to_of_50000_addresses_is_bounded(address_lengths: list[int]) -> None:
    to = b", ".join(b"=?utf-8?q?P=C3=A9rson_%d?= <p%d@example.com>" % (i, i) for i in range(50_000))
    msg = parse(b"From: a@b.example\r\nTo: " + to + b"\r\nSubject: Hi\r\n\r\nbody\r\n")
    assert max(address_lengths) <= HEADER_BOUND
    assert 100 < len(msg.to) < 5_000
    assert msg.to[0].email == "p0@example.com" and msg.to[0].name == "Pérson 0"
    # whole addresses only: the last one kept is one that was in the header, not a cut one
    last = msg.to[-1]
    assert last.email == f"p{len(msg.to) - 1}@example.com"
    assert any("To" in p and "cut" in p for p in msg.problems)


def test_references_with_100000_ids_keep_the_nearest_ones() -> None:
    refs = b" ".join(b"<id%d@example.com>" % i for i in range(100_000))
    msg = parse(b"From: a@b.example\r\nReferences: " + refs + b"\r\nSubject: Hi\r\n\r\nbody\r\n")
    assert 50 <= len(msg.references) <= 1_000
    assert msg.references[-1] == "<id99999@example.com>"
    n = len(msg.references)
    assert msg.references == tuple(f"<id{i}@example.com>" for i in range(100_000 - n, 100_000))


def test_a_long_unspaced_subject_is_cut_not_lost() -> None:
    """Text without spaces (CJK, or one long token) is cut hard rather than dropped."""
    msg = parse(("Subject: " + "日本" * 50_000 + "\r\n\r\nx").encode())
    assert msg.subject.startswith("日本日本") and len(msg.subject) <= HEADER_BOUND


# --- JSONL training data ----------------------------------------------------------------------------


def write_jsonl(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "mail.jsonl"
    path.write_bytes(data)
    return path


GOOD_ROW = json.dumps({"subject": "Your application", "body": "We regret to inform you."}).encode()


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b'{"subject": "caf\xe9", "body": "x"}', r"not valid UTF-8"),
        (b'{"subject": "\\ud800", "body": "x"}', r'"subject" holds a lone surrogate'),
        (b'{"raw": "Subject: x\\n\\n\\ud800"}', r'"raw" holds a lone surrogate'),
        (b"[" * 100_000 + b"]" * 100_000, r"nested too deeply"),
        (b'{"subject": "x", "body": null}', r'"body" must be a string \(got null\)'),
        (b'{"subject": 5, "body": "x"}', r'"subject" must be a string \(got a number\)'),
        (
            b'{"subject": "x", "body": "y", "from": ["a@b.example"]}',
            r'"from" must be a string \(got a list\)',
        ),
        (b'{"raw": {"Subject": "x"}}', r'"raw" must be a string \(got an object\)'),
    ],
    ids=[
        "invalid-utf8",
        "lone-surrogate",
        "raw-lone-surrogate",
        "deep-nesting",
        "null-body",
        "number-subject",
        "list-from",
        "object-raw",
    ],
)
def test_bad_jsonl_lines_are_refused_with_file_and_line(tmp_path: Path, line: bytes, problem: str) -> None:
    path = write_jsonl(tmp_path, GOOD_ROW + b"\n" + line + b"\n" + GOOD_ROW + b"\n")
    with pytest.raises(TrainingDataError, match=rf"^{path}:2: {problem}"):
        jsonl_examples("rejection", path)


def test_line_numbers_count_only_newlines(tmp_path: Path) -> None:
    """U+2028 inside a JSON string is valid JSON and not a line break (str.splitlines thinks it is)."""
    first = json.dumps({"subject": "a\u2028b", "body": "c\x1cd"}, ensure_ascii=False).encode()
    path = write_jsonl(tmp_path, first + b"\n" + b'{"subject": 5, "body": "x"}\n')
    with pytest.raises(TrainingDataError, match=rf"^{path}:2: "):
        jsonl_examples("rejection", path)
    path.write_bytes(first + b"\r\n" + GOOD_ROW + b"\r\n")
    assert [e.subject for e in jsonl_examples("rejection", path)] == ["a\u2028b", "Your application"]


def test_an_8bit_raw_message_escaped_as_surrogates_is_still_accepted(tmp_path: Path) -> None:
    """Raw mail whose 8-bit bytes were written as surrogate escapes (\\udce9) keeps those bytes."""
    raw = "Subject: caf\udce9\n\nWe regret to inform you."
    path = write_jsonl(tmp_path, json.dumps({"raw": raw}).encode() + b"\n")
    [example] = jsonl_examples("rejection", path)
    assert example.subject == "café"


def test_train_reports_bad_jsonl_in_one_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path, GOOD_ROW + b"\n" + b'{"subject": "caf\xe9"}\n')
    result = cli(
        "train",
        "--no-base",
        "--add",
        f"rejection={path}",
        env={"REJECTION_WATCHER_HOME": str(tmp_path / "h")},
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {path}:2: not valid UTF-8")


def test_training_data_error_is_a_watcher_error() -> None:
    assert issubclass(TrainingDataError, WatcherError)


# --- refusing untrainable data before any work --------------------------------------------------------


def examples(label: str, n: int, groups: int, start: int = 0) -> list[Example]:
    return [
        Example(
            text=f"{label} message number {i} about the role {i % 7}",
            label=label,
            group=f"domain:{label}{i % groups}",
            source="test",
            digest=f"{label}{i}",
        )
        for i in range(start, start + n)
    ]


@pytest.fixture
def no_fitting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every model and feature extractor of training/model.py is built by build_pipeline: forbid it."""

    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("training started fitting before checking its data")

    monkeypatch.setattr(training_model, "build_pipeline", forbidden)


@pytest.mark.usefixtures("no_fitting")
@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (examples("rejection", 40, groups=10), r"no not_rejection examples"),
        (examples("rejection", 40, groups=10) + examples("not_rejection", 3, groups=3), r"3 not_rejection"),
        (
            examples("rejection", 40, groups=10) + examples("not_rejection", 40, groups=1),
            r"all 40 not_rejection examples come from one group \(domain:not_rejection0\)",
        ),
    ],
    ids=["one-class", "too-few", "one-group"],
)
def test_untrainable_data_is_refused_before_fitting(data: list[Example], problem: str) -> None:
    with pytest.raises(TrainingDataError, match=problem):
        training_model.train(data)


@pytest.mark.usefixtures("no_fitting")
def test_a_split_that_would_train_on_one_class_is_refused_before_fitting() -> None:
    """Five not_rejection messages, four of them from one sender: the split that tests that sender
    trains on one not_rejection message, too few to calibrate on."""
    data = examples("rejection", 60, groups=30) + examples("not_rejection", 4, groups=1)
    data.append(Example(text="one more", label="not_rejection", group="domain:other", source="t", digest="x"))
    with pytest.raises(TrainingDataError, match=r"cross-validation split .* not_rejection"):
        training_model.train(data)


@pytest.mark.usefixtures("no_fitting")
def test_fewer_than_two_folds_are_refused() -> None:
    data = examples("rejection", 40, groups=10) + examples("not_rejection", 40, groups=10)
    with pytest.raises(TrainingDataError, match="at least 2 folds"):
        training_model.train(data, folds=1)


@pytest.mark.usefixtures("no_fitting")
def test_run_training_refuses_one_sender_before_fitting(tmp_path: Path) -> None:
    """The `train --no-base` of the issue: enough of each class, but all the ordinary mail from one
    sender, so one cross-validation split trains on rejections alone."""

    def word(i: int) -> str:  # numbers are masked in the model's text: spell them
        return "".join(chr(ord("a") + int(d)) for d in str(i))

    rejections = tmp_path / "rejections.jsonl"
    rejections.write_text(
        "".join(
            json.dumps(
                {
                    "subject": f"Role {word(i)}",
                    "body": "We regret to inform you",
                    "from": f"hr@{word(i)}.example",
                }
            )
            + "\n"
            for i in range(25)
        )
    )
    others = tmp_path / "others.jsonl"
    others.write_text(
        "".join(
            json.dumps({"subject": f"Digest {word(i)}", "body": "Jobs for you"}) + "\n" for i in range(25)
        )
    )
    paths = Paths(
        config_file=tmp_path / "config.toml", state_dir=tmp_path / "state", log_dir=tmp_path / "log"
    )
    options = TrainOptions(
        base=False,
        add=[("rejection", rejections), ("not_rejection", others)],
        min_per_class=20,
        progress=False,
    )
    with pytest.raises(TrainingDataError, match=r"come from one group \(domain:unknown\)"):
        run_training(None, paths, options, io.StringIO())


# --- model metadata integrity ---------------------------------------------------------------------------


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rejection-model.skops"
    shutil.copy(shipped_model(), target)
    shutil.copy(metadata_path(shipped_model()), metadata_path(target))
    shutil.copy(shipped_model().with_suffix(".weights.npz"), target.with_suffix(".weights.npz"))
    return target


def edit_metadata(path: Path, **changes: object) -> None:
    meta = json.loads(metadata_path(path).read_text())
    meta.update(changes)
    metadata_path(path).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")


@pytest.mark.parametrize(
    "change",
    [{"threshold": 0.3}, {"class_counts": {"rejection": 1, "not_rejection": 1}}, {"note": "added"}],
    ids=["threshold", "counts", "added-field"],
)
def test_edited_metadata_is_refused_with_a_fix(model_copy: Path, change: dict[str, object]) -> None:
    edit_metadata(model_copy, **change)
    with pytest.raises(ModelError) as caught:
        load_model(model_copy)
    message = str(caught.value)
    assert "\n" not in message
    assert f"{metadata_path(model_copy)} was modified" in message
    assert "retrain" in message and "`rejection-watcher model rollback`" in message


def test_a_removed_digest_is_refused(model_copy: Path) -> None:
    meta = json.loads(metadata_path(model_copy).read_text())
    meta.pop("metadata_sha256", None)
    metadata_path(model_copy).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="was modified"):
        load_model(model_copy)


def test_reformatting_the_metadata_is_not_an_edit(model_copy: Path) -> None:
    meta = json.loads(metadata_path(model_copy).read_text())
    metadata_path(model_copy).write_text(json.dumps(dict(reversed(list(meta.items())))))
    assert load_model(model_copy).threshold == meta["threshold"]


def test_the_shipped_model_carries_a_digest_that_matches() -> None:
    model = load_model(shipped_model())
    assert len(model.metadata["metadata_sha256"]) == 64


def test_rollback_recovers_from_an_edited_threshold(model_copy: Path) -> None:
    original = load_model(model_copy)
    save_model(original.pipeline, {**original.metadata, "threshold": 0.5}, model_copy)
    edit_metadata(model_copy, threshold=0.01)
    with pytest.raises(ModelError, match="was modified"):
        load_model(model_copy)
    rollback(model_copy)
    assert load_model(model_copy).threshold == original.threshold
