"""Training: sources, the per-class minimum, thresholds, the promotion guard, rollback, reports."""

from __future__ import annotations

import hashlib
import json
import mailbox as stdlib_mailbox
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from clirun import cli
from watcher.modelstore import metadata_path
from watcher.resources import shipped_corpus
from watcher.training import Example, choose_threshold
from watcher.training.examples import TrainingDataError, check_minimum, jsonl_examples, parse_add

pytestmark = pytest.mark.slow
LABEL_RE = re.compile(rb"^X-Corpus-Label: (\S+)", re.MULTILINE)


def corpus_files(label: str, n: int, skip: int = 0) -> list[Path]:
    """The first n corpus messages with this label from the English job set (varied senders)."""
    found = [
        p
        for p in sorted((shipped_corpus() / "en-jobs").glob("*.eml"))
        if (m := LABEL_RE.search(p.read_bytes())) and m.group(1).decode() == label
    ]
    return found[skip : skip + n]


def example(label: str, score_group: str = "g", ordinary: bool = False) -> Example:
    return Example(text="x", label=label, group=score_group, source="s", digest="d", ordinary=ordinary)


# --- pure pieces ------------------------------------------------------------------------


def test_threshold_is_the_lowest_that_reaches_the_precision_target() -> None:
    examples = [example("rejection")] * 50 + [example("not_rejection")] * 50
    scores = np.r_[np.linspace(0.5, 0.99, 50), np.linspace(0.01, 0.6, 50)]
    t = choose_threshold(examples, scores, target=0.98)
    pred = scores >= t
    tp = pred[:50].sum()
    assert tp / pred.sum() >= 0.98
    assert all(
        (scores >= t2)[:50].sum() / (scores >= t2).sum() < 0.98 for t2 in np.unique(scores) if 0.2 <= t2 < t
    )


def test_threshold_respects_the_ordinary_mail_budget() -> None:
    job = [example("rejection")] * 20 + [example("not_rejection")] * 20
    ordinary = [example("not_rejection", ordinary=True)] * 100
    scores = np.r_[np.full(20, 0.9), np.full(20, 0.1), np.linspace(0.3, 0.85, 100)]
    t = choose_threshold(job + ordinary, scores, target=0.98, fp_budget=0.02)
    assert (scores[40:] >= t).mean() <= 0.02
    assert (scores[:20] >= t).all()


def test_too_few_examples_are_refused_with_the_numbers() -> None:
    examples = [example("rejection")] * 3 + [example("not_rejection")] * 40
    with pytest.raises(TrainingDataError, match=r"too few examples to train: 3 rejection \(need 20\)"):
        check_minimum(examples, 20)


def test_add_arguments_are_checked() -> None:
    assert parse_add(["rejection=/tmp/x"]) == [("rejection", Path("/tmp/x"))]
    with pytest.raises(TrainingDataError, match="expected LABEL=PATH"):
        parse_add(["/tmp/x"])
    with pytest.raises(TrainingDataError, match='label must be "rejection" or "not_rejection"'):
        parse_add(["reject=/tmp/x"])


def test_jsonl_rows_raw_or_subject_and_body(tmp_path: Path) -> None:
    raw = corpus_files("rejection", 1)[0].read_text(encoding="utf-8", errors="replace")
    path = tmp_path / "mail.jsonl"
    path.write_text(
        json.dumps({"raw": raw})
        + "\n\n"
        + json.dumps(
            {
                "subject": "Weekly digest",
                "body": "Ten new jobs for you",
                "from": "alerts@jobs.example",
                "label": "not_rejection",
            }
        )
        + "\n"
    )
    first, second = jsonl_examples("rejection", path)
    assert first.label == "rejection" and first.user
    assert second.label == "not_rejection" and second.group == "domain:jobs.example"
    path.write_text('{"subject": "x"\n')
    with pytest.raises(TrainingDataError, match=r"mail.jsonl:1: not a JSON object"):
        jsonl_examples("rejection", path)


# --- the command, end to end on local files ---------------------------------------------


def write_sources(root: Path, rejections: list[Path], others: list[Path]) -> dict[str, Path]:
    """The same labelled mail spread over every supported format."""
    eml_dir = root / "rejected-eml"
    eml_dir.mkdir(parents=True)
    for p in rejections[: len(rejections) // 2]:
        shutil.copy(p, eml_dir / p.name)
    maildir = stdlib_mailbox.Maildir(str(root / "rejected-maildir"), create=True)
    for p in rejections[len(rejections) // 2 :]:
        maildir.add(p.read_bytes())
    mbox = stdlib_mailbox.mbox(str(root / "other.mbox"))
    for p in others[: len(others) // 2]:
        mbox.add(p.read_bytes())
    mbox.close()
    with (root / "other.jsonl").open("w") as fh:
        for p in others[len(others) // 2 :]:
            fh.write(json.dumps({"raw": p.read_text(encoding="utf-8", errors="replace")}) + "\n")
    return {
        "eml": eml_dir,
        "maildir": root / "rejected-maildir",
        "mbox": root / "other.mbox",
        "jsonl": root / "other.jsonl",
    }


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_train_from_local_files_then_guard_force_and_rollback(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"REJECTION_WATCHER_HOME": str(home), "PATH": "/usr/bin:/bin"}
    src = write_sources(tmp_path / "good", corpus_files("rejection", 30), corpus_files("not_rejection", 30))
    adds = [
        "--add",
        f"rejection={src['eml']}",
        "--add",
        f"rejection={src['maildir']}",
        "--add",
        f"not_rejection={src['mbox']}",
        "--add",
        f"not_rejection={src['jsonl']}",
    ]
    report = tmp_path / "report.html"
    model = home / "state" / "models" / "rejection-model.skops"
    # The shipped model was trained on this very mail, so it wins the comparison: not saved.
    guarded = cli("train", "--no-base", *adds, env=env)
    assert guarded.returncode == 1, guarded.stdout + guarded.stderr
    assert "not saved: F1" in guarded.stdout and "use --force" in guarded.stdout
    assert not model.exists()

    first = cli("train", "--no-base", "--force", *adds, "--report", str(report), env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "training on 60 messages (60 of yours, 0 from the corpus)" in first.stdout
    assert "replaced because of --force" in first.stdout
    meta = json.loads(metadata_path(model).read_text())
    assert meta["class_counts"] == {"not_rejection": 30, "rejection": 30}
    assert meta["source_counts"] == {"file": 60}
    html = report.read_text()
    assert html.count("<svg") == 2 and "precision-recall" in html and "confusion matrix" in html
    good = sha(model)

    info = cli("model", "info", env=env)
    assert info.returncode == 0 and f"model: {model}" in info.stdout and "threshold:" in info.stdout

    # Retraining on the same mail: the active model has seen it all, the new one is judged
    # out-of-fold, so the new one looks worse and is not saved.
    again = cli("train", "--no-base", *adds, env=env)
    assert again.returncode == 1, again.stdout + again.stderr
    assert "not saved: F1" in again.stdout
    assert sha(model) == good, "a worse model must not replace the active one"

    flipped = [
        "--add",
        f"not_rejection={src['eml']}",
        "--add",
        f"not_rejection={src['maildir']}",
        "--add",
        f"rejection={src['mbox']}",
        "--add",
        f"rejection={src['jsonl']}",
    ]
    forced = cli("train", "--no-base", "--force", *flipped, env=env)
    assert forced.returncode == 0 and "replaced because of --force" in forced.stdout
    assert sha(model) != good

    back = cli("model", "rollback", env=env)
    assert back.returncode == 0, back.stderr
    assert sha(model) == good


def test_train_refuses_three_examples(tmp_path: Path) -> None:
    src = tmp_path / "three"
    src.mkdir()
    for p in corpus_files("rejection", 3):
        shutil.copy(p, src / p.name)
    result = cli(
        "train", "--no-base", "--add", f"rejection={src}", env={"REJECTION_WATCHER_HOME": str(tmp_path / "h")}
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert (
        "error: too few examples to train: 3 rejection (need 20), 0 not rejection (need 20)" in result.stderr
    )


def test_duplicates_count_once(tmp_path: Path) -> None:
    src = write_sources(tmp_path, corpus_files("rejection", 24), corpus_files("not_rejection", 24))
    env = {"REJECTION_WATCHER_HOME": str(tmp_path / "h")}
    result = cli(
        "train",
        "--no-base",
        "--add",
        f"rejection={src['eml']}",
        "--add",
        f"rejection={src['eml']}",
        "--add",
        f"rejection={src['maildir']}",
        "--add",
        f"not_rejection={src['mbox']}",
        "--add",
        f"not_rejection={src['jsonl']}",
        "--add",
        f"not_rejection={src['jsonl']}",
        env=env,
    )
    assert "training on 48 messages" in result.stdout, result.stdout + result.stderr


# --- classify --json --------------------------------------------------------------------


def test_classify_json_prints_exactly_one_object_per_message(tmp_path: Path) -> None:
    src = write_sources(tmp_path, corpus_files("rejection", 4), corpus_files("not_rejection", 4))
    result = cli("classify", "--json", str(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 8 - 2  # the .jsonl file is training input, not mail: 2 eml + 2 Maildir + 2 mbox
    for row in rows:
        assert {"path", "message_id", "label", "score", "kind", "kind_probability"} <= set(row)
        assert row["label"] in ("rejection", "not_rejection") and 0.0 <= row["score"] <= 1.0
        assert isinstance(row["kind"], str) and row["kind"] and 0.0 <= row["kind_probability"] <= 1.0
        assert (row["kind"] in ("rejection", "position_closed")) == (row["label"] == "rejection")
    paths = {row["path"] for row in rows}
    assert sum(p.startswith(f"{src['mbox']}#") for p in paths) == 2
    assert sum(p.startswith(f"{src['maildir']}#") for p in paths) == 2
    assert sum(p.endswith(".eml") for p in paths) == 2


def test_classify_explain_names_features(tmp_path: Path) -> None:
    [path] = corpus_files("rejection", 1)
    result = cli("classify", "--json", "--explain", str(path))
    row = json.loads(result.stdout)
    assert row["reasons"] and all(isinstance(f, str) and isinstance(w, float) for f, w in row["reasons"])
