"""The G6 corpus is the test: hours listed after a day, and counts that are no hours."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g6 as g6
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", g6.SECOND_HOUR, ids=[m for m, _, _ in g6.SECOND_HOUR])
def test_grounding_g6_second_hour_keeps_the_half_of_the_day(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%H:%M") == start


@pytest.mark.parametrize("case", g6.COUNTS, ids=[m for m, _ in g6.COUNTS])
def test_grounding_g6_a_counts_numbers_are_no_hours(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", g6.WEAK_DAYS, ids=[m for m, _ in g6.WEAK_DAYS])
def test_grounding_g6_weak_weekdays_by_what_follows(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", g6.FALLBACK_HOURS, ids=[m for m, _, _ in g6.FALLBACK_HOURS])
def test_grounding_g6_a_lone_hour_after_a_clock_is_a_time(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%H:%M") == start


@pytest.mark.parametrize("case", g6.NOT_FALLBACK_HOURS, ids=[m for m, _ in g6.NOT_FALLBACK_HOURS])
def test_grounding_g6_a_count_after_a_clock_is_no_time(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", g6.DOTTED_IN_LISTS, ids=[m for m, _ in g6.DOTTED_IN_LISTS])
def test_grounding_g6_dotted_clocks_in_lists(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", g6.WEEKDAY_FROM_DAY, ids=[m for m, _, _ in g6.WEEKDAY_FROM_DAY])
def test_grounding_g6_weekday_before_or_after_a_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].date().isoformat() == day
