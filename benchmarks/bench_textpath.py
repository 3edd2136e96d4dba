"""Parse → model text → verdict on real mail, per message, beside the parsing floor.

    .venv/bin/python benchmarks/bench_textpath.py [--repeat 3] [--code DIR]

Input: ../shared/bench-mail (2,796 real messages, SpamAssassin's public corpus; benchmark input
only, never training data). One core, in-process, medians of --repeat runs. Prints ms per
message for: the floor (stdlib `email.message_from_bytes` with compat32 + the first text
part's payload), `parse`, `model_text` (on parsed messages), the careful text of HTML-only mail
(`Message.text`, which only drafts read), and parse → verdict with the shipped model (batches
of 200, as a pass scores them). `--code DIR` imports `watcher` (and the model) from another
checkout, to compare before and after in one sitting. A speed-up that must not change what the
model reads is checked with benchmarks/check_textpath_identity.py --base <pinned checkout>.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from floor import BENCH, bench_files, floor_parse

ROOT = Path(__file__).resolve().parents[1]


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median seconds of `repeat` runs of fn."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout to import watcher from")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))

    from watcher.classify import Classifier
    from watcher.features import model_text
    from watcher.message import parse

    raws = [p.read_bytes() for p in bench_files()]
    classifier = Classifier.from_file(args.code / "models" / "rejection-model.skops")
    messages = [parse(r) for r in raws]
    html = [r for r, m in zip(raws, messages, strict=True) if m.from_html]
    n, r = len(raws), args.repeat

    def verdicts() -> None:
        for i in range(0, n, 200):
            classifier.predict_many([parse(raw) for raw in raws[i : i + 200]])

    floor = timed(lambda: [floor_parse(raw) for raw in raws], r)
    rows = [
        ("floor: stdlib parse + first text part", floor, n),
        ("parse", timed(lambda: [parse(raw) for raw in raws], r), n),
        ("model_text (parsed messages)", timed(lambda: [model_text(m) for m in messages], r), n),
        (
            f"HTML-only ({len(html)}): parse + model_text",
            timed(lambda: [model_text(parse(h)) for h in html], r),
            len(html),
        ),
        (
            f"HTML-only ({len(html)}): parse + careful .text",
            timed(lambda: [parse(h).text for h in html], r),
            len(html),
        ),
        ("parse → verdict (shipped model)", timed(verdicts, r), n),
    ]
    mean_len = statistics.mean(len(model_text(m)) for m in messages)
    print(f"{n} messages from {BENCH}, code from {args.code}, median of {r} runs, one core")
    print(f"{'':46} {'ms/msg':>8} {'× floor':>8}")
    for name, seconds, count in rows:
        per = seconds / count * 1000
        print(f"{name:46} {per:8.3f} {per / (floor / n * 1000):8.1f}")
    print(f"mean model_text length: {mean_len:,.0f} characters")


if __name__ == "__main__":
    main()
