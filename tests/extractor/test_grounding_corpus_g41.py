"""The G41 corpus is the test: Italian, Gulf Arabic, French, Hinglish and Mandarin time
words said inside English ("dopodomani", "bukra", "entre midi et deux", "kal 2 se 4",
"mingtian xiawu", "下午兩點"), and the daily prayers as limits ("after Maghrib", "ba'd al-asr"), computed for the day and the zone."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.prayer_times import approximate, prayer_minutes

from tests.extractor import grounding_corpus_g41 as g41
from tests.extractor.grounding_corpus import NY, REF, first_window

_DUBAI = "Asia/Dubai"
_REF_DUBAI = REF.replace(tzinfo=ZoneInfo(_DUBAI))

_ROWS = g41.ITALIAN + g41.ARABIC_DAYS + g41.FRENCH_PARTS + g41.HINGLISH + g41.CHINESE + g41.WINDOWS


@pytest.mark.parametrize("case", _ROWS, ids=[f"{t}|{s}" for t, s, _, _ in _ROWS])
def test_g41_words_of_another_language_ground_as_said(case: g41.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said) == (start, end)


@pytest.mark.parametrize("case", g41.PRAYERS, ids=[f"{t}|{s}" for t, s, _, _ in g41.PRAYERS])
def test_g41_prayers_are_limits_at_their_time_that_day(case: g41.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said, _REF_DUBAI, _DUBAI) == (start, end)


@pytest.mark.parametrize(
    "case", g41.PUBLISHED, ids=[f"{z}|{d}|{p}" for z, d, p, _ in g41.PUBLISHED]
)
def test_g41_prayer_times_match_published_tables(case: tuple[str, str, str, str]) -> None:
    zone, day, prayer, printed = case
    h, m = printed.split(":")
    got = prayer_minutes(prayer, date.fromisoformat(day), zone)
    assert abs(got - (int(h) * 60 + int(m))) <= g41.PUBLISHED_TOLERANCE, (got // 60, got % 60)


def test_g41_a_prayer_moves_with_the_day_named() -> None:
    # Dubai's sunset moves from about 17:30 in late November to 17:33 in mid December: the
    # Maghrib of a day three weeks on is not today's
    found = {m.text: m for m in ground("after Maghrib on the 14th of December", _REF_DUBAI, _DUBAI)}
    later = found["after Maghrib on the 14th of December"].reading
    today = {m.text: m for m in ground("after Maghrib today", _REF_DUBAI, _DUBAI)}
    now = today["after Maghrib today"].reading
    assert later is not None and now is not None
    assert later.intervals[0][0].time() != now.intervals[0][0].time()


def test_g41_a_zone_off_the_table_is_placed_on_its_meridian_and_said_approximate() -> None:
    zone = "Asia/Yekaterinburg"
    assert approximate(zone) and not approximate(_DUBAI)
    ref = REF.replace(tzinfo=ZoneInfo(zone))
    found = {m.text: m for m in ground("after Maghrib tomorrow", ref, zone)}
    reading = found["after Maghrib tomorrow"].reading
    assert reading is not None and "approx." in reading.label
    assert 15 <= reading.intervals[0][0].hour <= 18  # a late-November sunset near 60 E


@pytest.mark.parametrize("text", g41.NOT_TIMES)
def test_g41_words_that_are_no_time(text: str) -> None:
    assert [m.text for m in ground(text, _REF_DUBAI, _DUBAI) if m.type != "duration"] == []
    assert [m.text for m in ground(text, REF, NY) if m.type != "duration"] == []
