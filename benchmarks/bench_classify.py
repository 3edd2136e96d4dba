"""Classification throughput on one core, and model load time, printed as figures.

    .venv/bin/python benchmarks/bench_classify.py [--rounds 5] [--batch 200]

Throughput covers what a pass does per message: parse the raw bytes, build the model's text
(quote stripping, cue words), vectorise, predict. Input: every corpus and golden-fixture message,
as raw bytes, repeated. The process is pinned to one CPU and BLAS to one thread.
"""

from __future__ import annotations

import os

os.environ.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")

import argparse  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    t = time.perf_counter()
    from watcher.classify import Classifier
    from watcher.message import parse
    from watcher.resources import shipped_model

    import_s = time.perf_counter() - t
    loads = []
    for _ in range(5):
        t = time.perf_counter()
        classifier = Classifier.from_file(shipped_model())
        loads.append(time.perf_counter() - t)
    print(f"import of the classifier modules: {import_s:.2f} s (once per process)")
    print(
        f"model load (verify metadata + hash + types, deserialise): median {statistics.median(loads) * 1000:.0f} ms"
    )

    raws = [p.read_bytes() for p in sorted((ROOT / "models" / "corpus").rglob("*.eml"))]
    raws += [p.read_bytes() for p in sorted((ROOT / "tests" / "messages").glob("*.eml"))]
    rates = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        for i in range(0, len(raws), args.batch):
            classifier.predict_many([parse(r) for r in raws[i : i + args.batch]])
        rates.append(len(raws) / (time.perf_counter() - t))
    parse_t = time.perf_counter()
    parsed = [parse(r) for r in raws]
    parse_s = time.perf_counter() - parse_t
    predict_t = time.perf_counter()
    for i in range(0, len(parsed), args.batch):
        classifier.predict_many(parsed[i : i + args.batch])
    predict_s = time.perf_counter() - predict_t
    mean_kb = statistics.mean(map(len, raws)) / 1024
    print(f"{len(raws)} messages (mean {mean_kb:.1f} KB), batches of {args.batch}, one core:")
    print(
        f"  parse + features + predict: median {statistics.median(rates):,.0f} messages/s over {args.rounds} rounds"
    )
    print(
        f"  of which parse {parse_s / len(raws) * 1000:.2f} ms/message, "
        f"features + predict {predict_s / len(raws) * 1000:.2f} ms/message"
    )


if __name__ == "__main__":
    main()
