"""Check corpus files: each parses, carries valid X-Corpus-* labels, and is not a duplicate.

Usage: python models/corpus/tools/check_corpus.py [SET_DIR ...]   (default: every set)
Prints counts per set/label/kind/language and exits non-zero on any problem.
"""

from __future__ import annotations

import collections
import email
import email.policy
import hashlib
import sys
from pathlib import Path

from corpus_common import CORPUS

KINDS = {
    "rejection": {"after_application", "after_interview", "position_closed"},
    "not_rejection": {
        "acknowledgement",
        "interview_invite",
        "offer",
        "assessment",
        "job_alert",
        "recruiter_outreach",
        "withdrawal",
        "newsletter_or_advice",
        "personal",
        "transactional",
        "other",
    },
}
LANGUAGES = {"en", "de", "fr", "es"}


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or sorted(p for p in CORPUS.iterdir() if p.is_dir() and p.name != "tools")
    problems: list[str] = []
    counts: collections.Counter[tuple[str, ...]] = collections.Counter()
    bodies: dict[str, Path] = {}
    groups: collections.Counter[str] = collections.Counter()
    for d in dirs:
        for path in sorted(d.rglob("*.eml")):
            raw = path.read_bytes()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            label, kind = msg.get("X-Corpus-Label", ""), msg.get("X-Corpus-Kind", "")
            lang, group = msg.get("X-Corpus-Language", ""), msg.get("X-Corpus-Group", "")
            if label not in KINDS:
                problems.append(f"{path}: bad X-Corpus-Label {label!r}")
            elif kind not in KINDS[label]:
                problems.append(f"{path}: kind {kind!r} is not a {label} kind")
            if lang not in LANGUAGES:
                problems.append(f"{path}: bad X-Corpus-Language {lang!r}")
            if not group.strip():
                problems.append(f"{path}: missing X-Corpus-Group")
            for h in ("From", "Subject", "Date", "Message-ID"):
                if msg.get(h) is None:
                    problems.append(f"{path}: missing {h}")
            if msg.defects:
                problems.append(f"{path}: MIME defects {msg.defects}")
            body = msg.get_body(preferencelist=("plain", "html"))
            text = body.get_content() if body is not None else ""
            if len(text.strip()) < 5 and not msg.get("Subject"):
                problems.append(f"{path}: empty")
            digest = hashlib.sha256(text.strip().encode()).hexdigest()
            if digest in bodies:
                problems.append(f"{path}: same body as {bodies[digest]}")
            bodies[digest] = path
            counts[(d.name, label, kind, lang)] += 1
            groups[f"{d.name}:{group}"] += 1
    for key, n in sorted(counts.items()):
        print(f"{n:5d}  {' '.join(key)}")
    print(
        f"{sum(counts.values()):5d}  total, {len(groups)} groups, largest group {max(groups.values(), default=0)}"
    )
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
