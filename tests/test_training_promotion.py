"""The rule by which a newly trained model replaces the active one (training.promotion), alone:
every branch of `decide_promotion`, with no training, no files and no mailbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.training import F1_TOLERANCE, Metrics, decide_promotion


def metrics(f1: float) -> Metrics:
    return Metrics(
        precision=f1,
        recall=f1,
        f1=f1,
        threshold=0.5,
        confusion=[[10, 0], [0, 10]],
        per_language_recall={},
        ordinary_fp_rate=None,
        n=20,
    )


def test_output_is_always_written_even_when_worse(tmp_path: Path) -> None:
    out = tmp_path / "candidate.skops"
    promoted, reason = decide_promotion(metrics(0.5), metrics(0.9), comparison="your 20 messages", output=out)
    assert promoted and reason == f"written to {out} as asked (--output)"


def test_output_wins_over_force(tmp_path: Path) -> None:
    out = tmp_path / "m.skops"
    _, reason = decide_promotion(metrics(0.5), None, comparison="x", force=True, output=out)
    assert "--output" in reason


def test_force_replaces_a_better_active_model() -> None:
    promoted, reason = decide_promotion(metrics(0.5), metrics(0.9), comparison="your 20 messages", force=True)
    assert promoted and reason == "replaced because of --force"


def test_an_unusable_active_model_is_replaced() -> None:
    promoted, reason = decide_promotion(
        metrics(0.1), None, comparison="your 20 messages", active_error="model file is corrupt"
    )
    assert promoted
    assert reason == "replaced the active model, which cannot be used (model file is corrupt)"


@pytest.mark.parametrize("new_f1", [0.95, 0.9, 0.9 - F1_TOLERANCE + 1e-9])
def test_a_model_not_worse_within_the_tolerance_is_promoted(new_f1: float) -> None:
    promoted, reason = decide_promotion(metrics(new_f1), metrics(0.9), comparison="your 20 messages")
    assert promoted
    assert reason == f"F1 {new_f1:.3f} vs the active model's 0.900 on your 20 messages"


def test_a_worse_model_is_not_saved() -> None:
    promoted, reason = decide_promotion(metrics(0.8), metrics(0.9), comparison="your 20 messages")
    assert not promoted
    assert reason == (
        "not saved: F1 0.800 is worse than the active model's 0.900 on your 20 messages; "
        "use --force to replace it anyway"
    )


def test_a_worse_model_compared_on_its_own_training_mail_says_so() -> None:
    promoted, reason = decide_promotion(
        metrics(0.8), metrics(0.9), comparison="all 500 messages", on_user_mail=False
    )
    assert not promoted
    assert reason == (
        "not saved: F1 0.800 is worse than the active model's 0.900 on all 500 messages "
        "(which it was trained on); use --force to replace it anyway"
    )


def test_just_beyond_the_tolerance_is_worse() -> None:
    promoted, _ = decide_promotion(metrics(0.9 - F1_TOLERANCE - 1e-6), metrics(0.9), comparison="x")
    assert not promoted
