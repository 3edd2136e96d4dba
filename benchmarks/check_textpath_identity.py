"""Do parse and model_text give exactly what another checkout gives, on every message we have?

    .venv/bin/python benchmarks/check_textpath_identity.py --base DIR [--code DIR]

A speed-up of the text path must not change a byte of what the shipped model reads (it would
need retraining) nor of what a draft reads. This runs each checkout in its own process over the
training corpus (models/corpus, every `.eml`, as `train` loads it) and ../shared/bench-mail
(robustness input only), and compares per message: `model_text(parse(raw))`, and every field of
the parsed Message (`text` rendered, `flat_text`, addresses, `problems`, ...). Make the base a
pinned checkout: `git worktree add --detach /tmp/base <commit>`. Exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

from floor import bench_files

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "models" / "corpus"


def inputs() -> list[Path]:
    """The corpus as `train` reads it (every .eml under it), then every bench-mail message."""
    corpus = sorted(CORPUS.rglob("*.eml"))
    return corpus + bench_files()


def dump(code: Path) -> None:
    """Print one JSON line per input: its path, the model text and each Message field (digested)."""
    sys.path.insert(0, str(code.resolve()))
    from watcher.features import model_text
    from watcher.message import Message, parse

    names = [f.name for f in dataclasses.fields(Message)] + ["flat_text"]
    for path in inputs():
        message = parse(path.read_bytes())
        row = {"path": str(path.relative_to(ROOT.parent)), "model_text": model_text(message)}
        for name in names:
            value = repr(getattr(message, name))
            row[name] = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
        print(json.dumps(row, ensure_ascii=True))


def run(code: Path) -> list[dict[str, str]]:
    out = subprocess.run(
        [sys.executable, __file__, "--dump", str(code)], check=True, capture_output=True, text=True
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, help="the pinned checkout to compare against")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout under test")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump)
        return
    if args.base is None:
        ap.error("--base DIR is required")
    base, new = run(args.base), run(args.code)
    if [r["path"] for r in base] != [r["path"] for r in new]:
        sys.exit("the two runs read different inputs")
    differences = 0
    for old_row, new_row in zip(base, new, strict=True):
        changed = [key for key in old_row if old_row[key] != new_row.get(key)]
        if changed:
            differences += 1
            if differences <= 20:
                print(f"{old_row['path']}: {', '.join(changed)} differ")
    corpus = sum(r["path"].startswith(ROOT.name) for r in base)
    print(
        f"{len(base)} messages compared ({corpus} corpus, {len(base) - corpus} bench-mail): "
        f"{differences} with a difference"
    )
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
