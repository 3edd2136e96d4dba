"""`train --report FILE`: a self-contained HTML page about a training run.

The precision–recall curve (out-of-fold), the chosen threshold on it, and the confusion matrix
are drawn as inline SVG by `watcher.charts` (matplotlib, the `report` extra), so the file opens
anywhere with no scripts, fonts or network.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import precision_recall_curve

from .. import charts
from ..textsafe import for_terminal
from .model import Example, Metrics, labels, worst_examples


def render_report(
    examples: Sequence[Example],
    scores: np.ndarray[Any, Any],
    metrics: Metrics,
    metadata: dict[str, Any],
    active: Metrics | None = None,
    decision: str = "",
) -> str:
    """The whole HTML page as a string."""
    y = labels(examples)
    precision, recall, _ = precision_recall_curve(y, scores)
    rows = [
        ("examples", f"{metrics.n:,} ({metadata.get('class_counts', {})})"),
        ("precision", f"{metrics.precision:.3f}"),
        ("recall", f"{metrics.recall:.3f}"),
        ("F1", f"{metrics.f1:.3f}"),
        ("threshold", f"{metrics.threshold:.3f}"),
        ("recall by language", ", ".join(f"{k} {v:.2f}" for k, v in metrics.per_language_recall.items())),
    ]
    if metrics.per_language_precision:
        rows.append(
            (
                "precision by language",
                ", ".join(f"{k} {v:.2f}" for k, v in metrics.per_language_precision.items()),
            )
        )
    if metrics.job_precision is not None:
        rows.append(("precision on job mail alone", f"{metrics.job_precision:.3f}"))
    if metrics.ordinary_fp_rate is not None:
        rows.append(("false positives on ordinary mail", f"{metrics.ordinary_fp_rate:.2%}"))
    if metrics.per_kind:
        rows.append(("flagged as rejection, by kind", _kinds(metrics.per_kind)))
    style = metadata.get("style_cv_metrics")
    if style:
        rows.append(
            (
                "leave-one-ATS-style-out",
                f"precision {style['precision']:.3f}, recall {style['recall']:.3f}, F1 {style['f1']:.3f} "
                f"on {style['n']:,} messages; by kind: {_kinds(style.get('per_kind', {}))}",
            )
        )
        for name, v in metadata.get("style_cv_breakdown", {}).items():
            rows.append(
                (
                    f"  style {name}",
                    f"precision {v['precision']:.2f}, recall {v['recall']:.2f}, "
                    f"others flagged {v['others_flagged']:.2f} ({int(v['n'])} messages)",
                )
            )
    if active is not None:
        rows.append(
            (
                "active model on the same mail",
                f"precision {active.precision:.3f}, recall {active.recall:.3f}, F1 {active.f1:.3f}",
            )
        )
    if decision:
        rows.append(("decision", decision))
    worst = worst_examples(examples, scores, metrics.threshold, n=15)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>rejection-watcher training report</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 980px; color: #222; }}
table {{ border-collapse: collapse; margin: 1em 0; }} td, th {{ padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: left; }}
.charts {{ display: flex; gap: 2em; flex-wrap: wrap; }} small {{ color: #666; }}
</style></head><body>
<h1>Training report</h1>
<p><small>Trained {html.escape(str(metadata.get("trained_at", "")))}; all figures are out-of-fold from
{metadata.get("cv_folds", "?")}-fold cross-validation grouped by {html.escape(str(metadata.get("cv_grouping", "")))}.</small></p>
<table>{"".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)}</table>
<div class="charts">
<figure>{_pr_curve_svg(precision, recall, metrics)}<figcaption>Precision–recall curve; the dot is the chosen threshold.</figcaption></figure>
<figure>{_confusion_svg(metrics.confusion)}<figcaption>Confusion matrix at the threshold.</figcaption></figure>
</div>
<h2>Worst misclassified examples</h2>
<table><tr><th>score</th><th>label</th><th>kind</th><th>subject</th><th>source</th></tr>
{"".join(_worst_row(ex, s) for ex, s in worst)}
</table>
</body></html>
"""


def _kinds(per_kind: dict[str, dict[str, float]]) -> str:
    return "; ".join(
        f"{kind} {k['flagged']:.2f} of {int(k['n'])}"
        + (f" (recognised {k['kind_accuracy']:.2f})" if "kind_accuracy" in k else "")
        for kind, k in per_kind.items()
    )


def _worst_row(ex: Example, score: float) -> str:
    # Subjects and sources come from mail: escaped for HTML, and bidi overrides or zero-width
    # characters shown as escapes, so a row cannot read differently from what it holds.
    cells = (f"{score:.2f}", ex.label, ex.kind or "", ex.subject[:80], ex.source)
    return "<tr>" + "".join(f"<td>{html.escape(for_terminal(c))}</td>" for c in cells) + "</tr>"


def _pr_curve_svg(precision: np.ndarray[Any, Any], recall: np.ndarray[Any, Any], metrics: Metrics) -> str:
    step = max(1, len(recall) // 400)  # a few hundred points draw the same curve as thousands
    return charts.curve(
        [float(r) for r in recall[::step]],
        [float(p) for p in precision[::step]],
        label="precision-recall curve",
        xlabel="recall",
        ylabel="precision",
        mark=(metrics.recall, metrics.precision, f"threshold {metrics.threshold:.2f}"),
    )


def _confusion_svg(confusion: list[list[int]]) -> str:
    return charts.matrix(
        confusion,
        ("not rejection", "rejection"),
        label="confusion matrix",
        xlabel="predicted",
        ylabel="true label",
    )
