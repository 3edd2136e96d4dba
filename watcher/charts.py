"""Charts as inline SVG, drawn by matplotlib: the job-search report and the training report.

matplotlib is an optional extra (`pip install 'rejection-watcher[report]'`) so the daemon stays
light: it is imported here, lazily, only when a chart is drawn, and `require()` turns its absence
into one line saying how to install it. The Agg backend is chosen before pyplot is imported, so
no display is ever needed.

The SVG is made to be pasted into an HTML page that opens offline: text is drawn as paths
(`svg.fonttype = "path"`, no font to fetch or to lack), the XML prolog and DOCTYPE are cut, and
ids are salted with a fixed string so two runs on the same data write the same file. Labels that
come from mail (company names) are plain data: matplotlib escapes what it writes into the XML,
and `_plain` turns off its `$...$` mathtext so a name like "$ale$" can neither fail nor render as
a formula.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

from .errors import WatcherError

INSTALL_HINT = "pip install 'rejection-watcher[report]'"
GREEN, RED, GREY, BLUE, AMBER = "#2a6", "#d33", "#999", "#369", "#d90"
#: Longest label drawn on an axis; longer ones are cut with an ellipsis.
MAX_LABEL = 32


class ChartsUnavailable(WatcherError):
    """matplotlib is not installed: the report cannot be drawn."""


def require() -> None:
    """Raise ChartsUnavailable (one line: how to install it) unless matplotlib can be imported."""
    _pyplot()


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise ChartsUnavailable(f"the report draws its charts with matplotlib: {INSTALL_HINT}") from None
    matplotlib.use("Agg")
    matplotlib.rcParams.update(
        {
            "svg.fonttype": "path",
            "svg.hashsalt": "rejection-watcher",
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )
    import matplotlib.pyplot as plt

    return plt


def _plain(label: str) -> str:
    """A label from mail as matplotlib should draw it: one line, cut, `$` not starting mathtext."""
    text = " ".join(str(label).split())
    if len(text) > MAX_LABEL:
        text = text[: MAX_LABEL - 1] + "…"
    return text.replace("$", r"\$")


def _figure(width: float, height: float) -> tuple[Any, Any]:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(width, height), dpi=100)
    return fig, ax


def to_svg(fig: Any, label: str) -> str:
    """The figure as an `<svg>` element for inline use (closed afterwards), named for screen readers."""
    plt = _pyplot()
    buffer = io.StringIO()
    try:
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    finally:
        plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]  # drop the XML declaration, DOCTYPE and comments before it
    # Ids are unique per file, but a page holds several charts, each defining the same glyphs
    # ("DejaVuSans-41") and parts ("axes_1"): prefixed with the chart's own name they stay unique.
    prefix = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "chart"
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r'(href="#|url\(#)([^")]+)', rf"\1{prefix}-\2", svg)
    name = label.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return re.sub(r"<svg\b", f'<svg role="img" aria-label="{name}"', svg, count=1)


def empty(label: str, message: str, width: float = 6.0, height: float = 1.2) -> str:
    """A chart-sized placeholder that says why there is nothing to draw yet."""
    fig, ax = _figure(width, height)
    ax.axis("off")
    ax.text(0.5, 0.5, _plain(message), ha="center", va="center", color=GREY, transform=ax.transAxes)
    return to_svg(fig, label)


def hbars(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    label: str,
    xlabel: str,
    color: str = BLUE,
    annotate: Sequence[str] | None = None,
) -> str:
    """Horizontal bars, first label on top; `annotate` writes a note at the end of each bar."""
    fig, ax = _figure(7.0, 0.9 + 0.32 * max(1, len(labels)))
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, values, color=color, height=0.62)
    ax.set_yticks(positions, [_plain(x) for x in labels])
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#eee")
    ax.set_axisbelow(True)
    top = max(values, default=0) or 1
    ax.set_xlim(0, top * 1.18)
    for y, v, note in zip(positions, values, annotate or [f"{v:g}" for v in values], strict=True):
        ax.text(v + top * 0.01, y, _plain(note), va="center", fontsize=9, color="#333")
    return to_svg(fig, label)


def stacked_columns(
    categories: Sequence[str],
    series: dict[str, Sequence[float]],
    colors: dict[str, str],
    *,
    label: str,
    ylabel: str,
) -> str:
    """Columns per category (months), each stacked from the named series, with a legend."""
    fig, ax = _figure(7.5, 3.2)
    bottom = [0.0] * len(categories)
    positions = list(range(len(categories)))
    for name, values in series.items():
        ax.bar(positions, values, bottom=bottom, color=colors.get(name, GREY), label=_plain(name), width=0.7)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_xticks(positions, [_plain(c) for c in categories], rotation=45, ha="right")
    ax.set_ylabel(ylabel)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", color="#eee")
    ax.set_axisbelow(True)
    ax.legend(frameon=False, ncols=min(4, max(1, len(series))), loc="upper left", bbox_to_anchor=(0, 1.18))
    return to_svg(fig, label)


def curve(
    xs: Sequence[float],
    ys: Sequence[float],
    *,
    label: str,
    xlabel: str,
    ylabel: str,
    mark: tuple[float, float, str] | None = None,
) -> str:
    """A line on the unit square (a precision–recall curve), with an optional marked point."""
    fig, ax = _figure(4.4, 3.4)
    ax.plot(xs, ys, color=GREEN, linewidth=2)
    if mark is not None:
        x, y, note = mark
        ax.plot([x], [y], "o", color=RED, markersize=7)
        ax.annotate(_plain(note), (x, y), textcoords="offset points", xytext=(-8, -16), ha="right", color=RED)
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(color="#eee")
    return to_svg(fig, label)


def matrix(
    cells: Sequence[Sequence[int]],
    names: Sequence[str],
    *,
    label: str,
    xlabel: str,
    ylabel: str,
) -> str:
    """A square count matrix (a confusion matrix): shaded cells with their counts written in."""
    fig, ax = _figure(3.8, 3.4)
    top = max(1, max(map(max, cells)))
    ax.imshow(cells, cmap="Greens", vmin=0, vmax=top)
    for i, row in enumerate(cells):
        for j, count in enumerate(row):
            dark = count > 0.6 * top  # white on the darkest cells, so the count stays readable
            ax.text(j, i, str(count), ha="center", va="center", fontsize=16, color="#fff" if dark else "#111")
    ticks = list(range(len(names)))
    ax.set_xticks(ticks, [_plain(n) for n in names])
    ax.set_yticks(ticks, [_plain(n) for n in names])
    ax.xaxis.set_label_position("top")
    ax.xaxis.tick_top()
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    for side in ax.spines.values():
        side.set_visible(False)
    return to_svg(fig, label)
