"""The parsing floor the real-mail benchmarks measure against, and where their mail is.

    python benchmarks/floor.py PATH...     (a file, or a folder of .eml files; stdlib only)

The floor is the least any tool must do with a message: parse its MIME tree with the stdlib
(compat32) and read the first text part's bytes. The benchmarks time it in-process
(`floor_parse`) and, run as this script, as a whole process beside ours.
"""

from __future__ import annotations

import email
import email.policy
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench-mail"


def bench_files(root: Path = BENCH) -> list[Path]:
    """The messages of a folder like ../shared/bench-mail (its README is not mail)."""
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "README.md")


def floor_parse(raw: bytes) -> bytes:
    """Parse the MIME tree, return the first text part's bytes."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else b""
    return b""


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        path = Path(arg)
        for file in bench_files(path) if path.is_dir() else [path]:
            floor_parse(file.read_bytes())
