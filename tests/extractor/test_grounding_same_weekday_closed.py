"""Today's weekday said after the business closed for the day is next week's ("Monday
after 1", "book gutters for mon" on a Monday evening), as it is once its window passed
(`resolve._passed`); while open, or with no hours known, it is today's."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground

TZ = ZoneInfo("Europe/London")
MONDAY = date(2027, 1, 18)
OPEN = (7 * 60, 18 * 60)  # 07:00 to 18:00


def _day(text: str, words: str, at: tuple[int, int], open_hours: tuple[int, int] | None) -> date:
    now = datetime(MONDAY.year, MONDAY.month, MONDAY.day, *at, tzinfo=TZ)
    m = next(
        m for m in ground(text, now, "Europe/London", open_hours=open_hours) if m.text == words
    )
    assert m.reading is not None
    return m.reading.intervals[0][0].date()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("If so Monday after 1 would suit me", "Monday after 1"),
        ("book gutters for mon", "mon"),
        ("could someone take bloods on Monday?", "Monday"),
    ],
)
def test_todays_weekday_after_closing_is_next_weeks(text: str, words: str) -> None:
    assert _day(text, words, (19, 20), OPEN) == date(2027, 1, 25)
    assert _day(text, words, (10, 0), OPEN) == MONDAY  # still open: today's
    assert _day(text, words, (19, 20), None) == MONDAY  # no hours known: as before
