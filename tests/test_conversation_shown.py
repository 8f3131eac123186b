"""A wish against the options shown ("anything later?", "nothing earlier?"), with the real
session (slotwise.conversation_shown, extractor/beyond_shown.py)."""

from __future__ import annotations

from typing import Any

from tests.session_replay import replayed, span_label


def _starts(result: dict[str, Any]) -> list[str]:
    return [str(p["start"])[:16] for p in result["proposals"]]


def test_conversation_shown_anything_later_is_past_the_option_shown_first() -> None:
    results = replayed(
        [
            ("what have you got wednesday morning", "availability", [span_label("wednesday morning")]),
            ("anything later? I'm not a morning person", "availability", [span_label("later")]),
        ]
    )  # fmt: skip
    first, later = results[0]["proposals"][0], results[1]
    assert later["proposals"] and all(s >= str(first["end"])[:16] for s in _starts(later))
    wish = [c for c in later["constraints"] if c.get("rule") == "beyond_shown.later"]
    assert [c["text"] for c in wish] == ["anything later"]
    # later than what was shown, inside what still holds: the rest of Wednesday morning
    assert later["dropped"] == [] and all(s < "2027-01-20T12:00" for s in _starts(later))


def test_conversation_shown_nothing_earlier_is_before_the_option_shown_first() -> None:
    results = replayed(
        [
            ("thursday after 2 pls", "book", [span_label("thursday after 2")]),
            ("nothing earlier? I'm free from 10", "book", [span_label("earlier"), span_label("from 10")]),
        ]
    )  # fmt: skip
    first = _starts(results[0])[0]
    earlier = _starts(results[1])
    assert earlier and all("2027-01-21T10:00" <= s < first for s in earlier)


def test_conversation_shown_with_nothing_shown_makes_no_wish() -> None:
    results = replayed([("anything later?", "availability", [span_label("later")])])
    assert not [c for c in results[0]["constraints"] if c.get("rule", "").startswith("beyond")]
