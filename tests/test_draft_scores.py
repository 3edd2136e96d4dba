"""Per-field scores of the values a draft would use: right / none / wrong, on a folder of golden mail.

Each `NN-*.eml` rejection has a `.json` beside it with the fields a careful human read off it.
A value counts the way the renderer uses it: below its confidence threshold it is "none", and
the draft says nothing. Wrong values are worse than none, so the golden set must have no wrong
value in any field. `tests/messages_extra` is the held-out set: it is scored only on request,
never asserted here, so nothing is tuned on it.

    .venv/bin/python tests/test_draft_scores.py tests/messages tests/messages_extra
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from watcher.context import ReplyContext, extract_context
from watcher.message import parse
from watcher.reply import confident

GOLDEN = Path(__file__).parent / "messages"
FIELDS = ("contact_name", "company", "role", "stage", "language", "informal", "recipient")
#: What the greeting and the reply's claims rest on; scored where a fixture states it. A claim not
#: made (False) is "none", a claim made wrongly is "wrong".
CLAIMS = (
    "contact_surname",
    "contact_gender",
    "formal_greeting",
    "hired",
    "personal",
    "several_meetings",
    "reply_to_other_domain",
)


def _expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _loose(value: object) -> object:
    if not isinstance(value, str):
        return value
    return " ".join(value.split()).strip(" .,;:!?\"'()-–—").casefold() or None


def used(context: ReplyContext) -> dict[str, object]:
    """What a draft would say: each value only when its confidence reaches its field's threshold."""
    return {
        "contact_name": confident(context, "contact_name"),
        "company": confident(context, "company"),
        "role": confident(context, "role"),
        "stage": confident(context, "stage") or "after_application",
        "language": context.language,
        "informal": context.informal,
        "recipient": context.recipient.email.lower() if context.recipient else None,
        "contact_surname": context.contact_surname if confident(context, "contact_name") else None,
        "contact_gender": context.contact_gender if confident(context, "contact_name") else None,
        "formal_greeting": context.salutation == "formal" or None,
        "hired": context.hired or None,
        "personal": context.personal or None,
        "several_meetings": context.several_meetings or None,
        "reply_to_other_domain": context.reply_to_elsewhere or None,
    }


def truth(want: dict[str, Any]) -> dict[str, object]:
    fields: dict[str, object] = {**want["extract"], "language": want["language"]}
    if "informal" in want:
        fields["informal"] = want["informal"]
    for name in CLAIMS:
        if fields.get(name) is False:
            fields[name] = None
    if isinstance(fields.get("recipient"), str):
        fields["recipient"] = str(fields["recipient"]).lower()
    return fields


def verdict(got: object, want: object) -> str:
    """'right' (same value, or none where none is right), 'none' (missed) or 'wrong'."""
    if _loose(got) == _loose(want):
        return "right"
    return "none" if got is None else "wrong"


def score(folder: Path) -> tuple[dict[str, Counter[str]], list[tuple[str, str, object, object]]]:
    """Right/none/wrong per field over the folder's rejections, and every wrong value found."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in FIELDS + CLAIMS}
    wrong: list[tuple[str, str, object, object]] = []
    for path in sorted(folder.glob("*.eml")):
        want = _expected(path)
        if want["label"] != "rejection":
            continue
        expected, got = truth(want), used(extract_context(parse(path.read_bytes())))
        for name in FIELDS + CLAIMS:
            if name not in expected:
                continue
            result = verdict(got[name], expected[name])
            counts[name][result] += 1
            if result != "right":
                wrong.append((path.stem, name, got[name], expected[name]))
    return counts, wrong


def report(folder: Path) -> str:
    counts, misses = score(folder)
    lines = [f"{folder}: right / none / wrong"]
    for name, c in counts.items():
        if c:
            lines.append(f"  {name:13} {c['right']:3} / {c['none']:3} / {c['wrong']:3}")
    lines += [
        f"  wrong {stem}: {name} = {got!r} (expected {want!r})"
        for stem, name, got, want in misses
        if got is not None
    ]
    lines += [
        f"  none  {stem}: {name} (expected {want!r})" for stem, name, got, want in misses if got is None
    ]
    return "\n".join(lines)


def test_the_golden_set_has_no_wrong_value_in_any_field() -> None:
    _, misses = score(GOLDEN)
    assert [m for m in misses if m[2] is not None and m[1] != "stage"] == []


def test_the_golden_set_stage_is_right() -> None:
    counts, misses = score(GOLDEN)
    assert [m for m in misses if m[1] == "stage"] == []


@pytest.mark.parametrize("name", ["contact_name", "company", "role"])
def test_the_golden_set_finds_most_values(name: str) -> None:
    counts, _ = score(GOLDEN)
    c = counts[name]
    assert c["right"] >= 0.8 * sum(c.values())


if __name__ == "__main__":
    for arg in sys.argv[1:] or [str(GOLDEN)]:
        print(report(Path(arg)))
