""" "earliest one" after options were shown picks the first of them, and the order it
says is served by the pick, not held (slotwise.conversation_picks, rule `extreme`)."""

from __future__ import annotations

from typing import Any

from tests.session_replay import replayed, span_label


def _held(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if c.get("source") == "message"]


def test_conversation_order_asked_earliest_one_picks_and_holds_no_order() -> None:
    # "earliest one" after options were shown picks the first of them: the order it says
    # was served by the pick, and nothing new holds
    results = replayed(
        [
            ("tomorrow morning possible?", "book", [span_label("tomorrow morning")]),
            ("earliest one", "book", []),
        ]
    )
    assert results[1]["refers_to"][0]["shown_rank"] == 1
    assert _held(results[1]) == ["tomorrow morning"]
