"""An offset said "later" / "earlier" counts from a clock said beside it, but never from
the clock of a limit ("until twenty past nine", "till 12:30"): the limit is why the slot
moves, not where from, so the offset stays from now for the session to count from the
slot booked or shown (`slotwise.conversation_booked.from_booked`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground

NOW = datetime(2026, 12, 1, 10, 30, tzinfo=ZoneInfo("America/New_York"))


def _offset(text: str, words: str) -> tuple[datetime, str]:
    m = next(m for m in ground(text, NOW, "America/New_York") if m.text == words)
    assert m.reading is not None
    return m.reading.intervals[0][0], m.rule


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "My bus does not arrive until twenty past nine, so might we make it an hour later?",
            "an hour later",
        ),
        ("sorry can we make it half an hour later, the mass runs till 12:30", "half an hour later"),
        ("I'm in work till 5 so can we push it an hour later", "an hour later"),
    ],
)
def test_an_offset_beside_a_limit_counts_from_now(text: str, words: str) -> None:
    start, rule = _offset(text, words)
    assert rule == "units_ago"
    assert NOW < start <= NOW + timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "words", "hour"),
    [
        ("tuesday at 3, or an hour later if that's easier", "an hour later", 16),
        ("my 11am on the 10th, can it be moved an hour later", "an hour later", 12),
    ],
)
def test_an_offset_beside_a_clock_counts_from_it(text: str, words: str, hour: int) -> None:
    start, _rule = _offset(text, words)
    assert start.hour == hour
