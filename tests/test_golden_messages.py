"""Golden fixtures: each tests/messages/NN-*.eml has the fields a careful human read off it beside it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from watcher.message import parse

FIXTURES = Path(__file__).parent / "messages"
CASES = sorted(FIXTURES.glob("*.eml"))


def expected(path: Path) -> dict[str, Any]:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_there_are_enough_fixtures() -> None:
    assert len(CASES) >= 50
    assert sum(expected(p)["label"] == "rejection" for p in CASES) >= 34


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_parse_matches_the_golden_fields(path: Path) -> None:
    want = expected(path)["parse"]
    m = parse(path.read_bytes())
    assert m.message_id == want["message_id"]
    assert m.subject == want["subject"]
    assert m.sender is not None
    assert (m.sender.name, m.sender.email) == (want["sender"]["name"], want["sender"]["email"])
    assert [a.email for a in m.reply_to] == want["reply_to"]
    assert [a.email for a in m.to] == want["to"]
    assert m.date == (datetime.fromisoformat(want["date"]) if want["date"] else None)
    assert m.in_reply_to == want["in_reply_to"]
    assert list(m.references) == want["references"]
    assert m.list_id == want["list_id"]
    assert m.auto_submitted == want["auto_submitted"]
    assert m.from_html == want["from_html"]
    for phrase in want["text_contains"]:
        assert phrase in m.text, phrase
    for junk in want["text_excludes"]:
        assert junk not in m.text, junk
