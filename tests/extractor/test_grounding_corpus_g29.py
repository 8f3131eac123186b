"""The G29 corpus is the test: "a quick 15", "a half-day workshop", "KW3", "the next hour or
two", "the back half of next week", "for a fortnight today", "the Tuesday after next"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g29 as g29
from tests.extractor.grounding_corpus import NY, REF


def _found(text: str) -> dict[str, object]:
    return {m.text: m for m in ground(text, REF, NY)}


def _length(text: str, said: str) -> int | None:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    return found[said].duration_minutes


@pytest.mark.parametrize("case", g29.QUICK_MINUTES + g29.QUICK_WITH_UNIT, ids=lambda c: c[0])
def test_grounding_quick_count_of_minutes_is_a_length(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    assert _length(text, said) == minutes


@pytest.mark.parametrize("text", g29.QUICK_NOT_MINUTES)
def test_grounding_quick_before_a_clock_or_count_is_no_length(text: str) -> None:
    assert not [m for m in ground(text, REF, NY) if m.rule == "quick_minutes"]


@pytest.mark.parametrize("case", g29.HALF_DAY_NOUN, ids=lambda c: c[0])
def test_grounding_half_day_before_what_is_booked_is_four_hours(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    assert _length(text, said) == minutes


@pytest.mark.parametrize("text", g29.HALF_DAY_NOT_LENGTH)
def test_grounding_half_day_someone_has_is_no_length(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.duration_minutes] == []


def _days(text: str, said: str) -> tuple[str, str]:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    first, last = reading.intervals[0][0], reading.intervals[-1][1]
    return first.strftime("%Y-%m-%d"), (last - timedelta(seconds=1)).strftime("%Y-%m-%d")


@pytest.mark.parametrize("case", g29.KW_WEEK, ids=lambda c: c[0])
def test_grounding_kw_number_is_the_iso_week(case: tuple[str, str, str, str]) -> None:
    text, said, first, last = case
    assert _days(text, said) == (first, last)


@pytest.mark.parametrize("text", g29.KW_NOT_WEEK)
def test_grounding_kw_postcode_or_kilowatts_is_no_week(text: str) -> None:
    assert not [m for m in ground(text, REF, NY) if m.rule == "kw_week"]


@pytest.mark.parametrize("case", g29.WINDOW_OR_TWO, ids=lambda c: c[0])
def test_grounding_next_hour_or_two_ends_at_the_longer(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    lo, hi = reading.intervals[0][0], reading.intervals[-1][1]
    assert (lo.strftime("%Y-%m-%d %H:%M"), hi.strftime("%Y-%m-%d %H:%M")) == (start, end)


@pytest.mark.parametrize("case", g29.WINDOW_OR_TWO_NOT, ids=lambda c: c[0])
def test_grounding_hour_or_two_as_a_length_is_no_window(case: tuple[str, str]) -> None:
    text, not_said = case
    assert not_said not in _found(text)


@pytest.mark.parametrize("case", g29.HALF_OF_WEEK, ids=lambda c: c[0])
def test_grounding_half_of_a_week_is_its_early_or_late_days(
    case: tuple[str, str, str, str],
) -> None:
    text, said, first, last = case
    assert _days(text, said) == (first, last)


@pytest.mark.parametrize("text", g29.HALF_OF_WEEK_NOT)
def test_grounding_half_of_something_else_is_no_week(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []


@pytest.mark.parametrize("case", g29.FOR_A_WEEK_TODAY, ids=lambda c: c[0])
def test_grounding_for_a_fortnight_today_is_the_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _days(text, said)[0] == day


@pytest.mark.parametrize("text", g29.GONE_BY)
def test_grounding_a_week_today_gone_by_is_no_day_on(text: str) -> None:
    assert not [m for m in ground(text, REF, NY) if m.rule == "week_today"]


@pytest.mark.parametrize("case", g29.AFTER_NEXT, ids=lambda c: c[0])
def test_grounding_weekday_after_next_skips_tomorrow(case: tuple[str, str, str, str]) -> None:
    text, said, day, alt = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%Y-%m-%d") == day
    if alt:
        assert alt in [a.intervals[0][0].strftime("%Y-%m-%d") for a in m.alternatives]
