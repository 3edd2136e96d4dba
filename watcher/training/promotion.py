"""Whether a newly trained model replaces the active one. Pure: metrics in, decision out.

`train` and the daemon's scheduled retrain (run.run_training) compare both models on the same
mail and ask `decide_promotion`: a model written elsewhere (--output) or forced (--force) is
always saved; an active model that cannot be used is always replaced; otherwise the new model
must not be worse in F1, give or take F1_TOLERANCE.
"""

from __future__ import annotations

from pathlib import Path

from .model import Metrics

#: A new model may be this much worse in F1 (noise) and still replace the active one.
F1_TOLERANCE = 0.005


def decide_promotion(
    new_metrics: Metrics,
    active_metrics: Metrics | None,
    *,
    comparison: str,
    on_user_mail: bool = True,
    force: bool = False,
    output: Path | None = None,
    active_error: str = "",
) -> tuple[bool, str]:
    """(promoted, reason): whether the new model is saved, and the sentence that says why.

    `comparison` names the mail both were evaluated on ("your 120 messages"); `on_user_mail` is
    False when that was all the training mail (the new model's figures then flatter it).
    `active_metrics` is None when the active model cannot be used, `active_error` saying why.
    """
    if output is not None:
        return True, f"written to {output} as asked (--output)"
    if force:
        return True, "replaced because of --force"
    if active_metrics is None:
        return True, f"replaced the active model, which cannot be used ({active_error})"
    if new_metrics.f1 >= active_metrics.f1 - F1_TOLERANCE:
        return True, f"F1 {new_metrics.f1:.3f} vs the active model's {active_metrics.f1:.3f} on {comparison}"
    return False, (
        f"not saved: F1 {new_metrics.f1:.3f} is worse than the active model's {active_metrics.f1:.3f} "
        f"on {comparison}"
        + ("" if on_user_mail else " (which it was trained on)")
        + "; use --force to replace it anyway"
    )
