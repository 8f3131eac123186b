"""The G11b corpus is the test: German ranges, a numeric date on its weekday, the visit's
end as a bound, "every 2nd friday", days listed after a month, "onwards", decimal hours,
ordinals that count a noun, "mid-week next week", and days bounded by an event or a
side."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g11b as g11
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


def _mention(text: str, said: str) -> Any:
    found = _found(text)
    assert said in found, list(found)
    return found[said]


def _said(text: str) -> tuple[str, ...]:
    return tuple(m.text for m in ground(text, REF, NY))


@pytest.mark.parametrize("case", g11.GERMAN_RANGES, ids=[m for m, *_ in g11.GERMAN_RANGES])
def test_g11b_german_range_is_a_range(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = _mention(text, said)
    assert m.reading is not None and m.bound is None
    a, b = m.reading.intervals[0]
    assert a.strftime("%m-%d %H:%M") == start
    assert b.strftime("%H:%M") == end


@pytest.mark.parametrize("case", g11.GERMAN_NOT_A_RANGE, ids=[m for m, _ in g11.GERMAN_NOT_A_RANGE])
def test_g11b_german_words_alone_join_nothing(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    for said in _said(text):
        assert not any(w in said for w in words), said


@pytest.mark.parametrize(
    "case",
    g11.NUMERIC_DATE_ON_ITS_WEEKDAY + g11.NUMERIC_DATE_ALONE,
    ids=[m for m, *_ in g11.NUMERIC_DATE_ON_ITS_WEEKDAY + g11.NUMERIC_DATE_ALONE],
)
def test_g11b_numeric_date_in_its_weekdays_order(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("case", g11.END_BOUNDS, ids=[m for m, *_ in g11.END_BOUNDS])
def test_g11b_end_of_the_visit_is_a_bound_before(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = _mention(text, said)
    assert m.bound == "before" and m.reading is not None
    assert m.reading.intervals[0][1].strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g11.END_NOT_A_BOUND, ids=[m for m, *_ in g11.END_NOT_A_BOUND])
def test_g11b_no_end_word_no_end_bound(case: tuple[str, str, str | None]) -> None:
    text, said, bound = case
    assert _mention(text, said).bound == bound


@pytest.mark.parametrize(
    "case", g11.EVERY_SECOND_WEEKDAY, ids=[m for m, *_ in g11.EVERY_SECOND_WEEKDAY]
)
def test_g11b_every_second_weekday_is_a_set(case: tuple[str, str, str, int]) -> None:
    text, said, first, weekday = case
    m = _mention(text, said)
    assert m.type in ("set", "bound") and m.reading is not None
    assert len(m.reading.intervals) >= 3
    assert m.reading.intervals[0][0].strftime("%m-%d") == first
    assert all(a.weekday() == weekday for a, _ in m.reading.intervals)


@pytest.mark.parametrize(
    "case", g11.SECOND_WEEKDAY_ONE_DAY, ids=[m for m, *_ in g11.SECOND_WEEKDAY_ONE_DAY]
)
def test_g11b_nth_weekday_of_a_month_unchanged(case: tuple[str, str, str]) -> None:
    text, said, first = case
    m = _mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == first


@pytest.mark.parametrize(
    "case", g11.MONTH_DAY_LISTS, ids=[f"{m}|{s}" for m, s, _ in g11.MONTH_DAY_LISTS]
)
def test_g11b_number_listed_after_a_month_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.type == "date" and m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case", g11.MONTH_DAY_NOT_LISTED, ids=[m for m, _ in g11.MONTH_DAY_NOT_LISTED]
)
def test_g11b_count_after_a_month_day_is_no_day(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert _said(text) == said


@pytest.mark.parametrize("case", g11.ONWARDS, ids=[m for m, *_ in g11.ONWARDS])
def test_g11b_onwards_is_from_there(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m = _mention(text, said)
    assert m.bound == "after" and m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d %H:%M") == start


@pytest.mark.parametrize("case", g11.ONWARDS_UNCHANGED, ids=[m for m, _ in g11.ONWARDS_UNCHANGED])
def test_g11b_dash_ranges_unchanged(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert _said(text) == said


@pytest.mark.parametrize("case", g11.DECIMAL_LENGTHS, ids=[m for m, *_ in g11.DECIMAL_LENGTHS])
def test_g11b_decimal_hours_are_the_length(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    m = _mention(text, said)
    assert m.type == "duration"
    assert m.duration_minutes == minutes


@pytest.mark.parametrize(
    "case", g11.ORDINAL_COUNTS_A_NOUN, ids=[m for m, _ in g11.ORDINAL_COUNTS_A_NOUN]
)
def test_g11b_ordinal_counting_a_noun_is_no_day(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert _said(text) == said


@pytest.mark.parametrize(
    "case", g11.ORDINAL_WORD_STILL_A_DAY, ids=[m for m, *_ in g11.ORDINAL_WORD_STILL_A_DAY]
)
def test_g11b_ordinal_word_day_unchanged(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case",
    g11.MIDWEEK_OF_A_WEEK + g11.MIDWEEK_UNCHANGED,
    ids=[m for m, *_ in g11.MIDWEEK_OF_A_WEEK + g11.MIDWEEK_UNCHANGED],
)
def test_g11b_midweek_of_a_week(case: tuple[str, str, str, str]) -> None:
    text, said, first, last = case
    m = _mention(text, said)
    assert m.reading is not None and len(m.reading.intervals) == 1
    a, b = m.reading.intervals[0]
    assert a.strftime("%m-%d") == first
    assert (b - timedelta(seconds=1)).strftime("%m-%d") == last


@pytest.mark.parametrize("case", g11.BEFORE_A_DAY, ids=[m for m, *_ in g11.BEFORE_A_DAY])
def test_g11b_before_an_event_on_a_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.bound == "before" and m.reading is not None
    end = m.reading.intervals[-1][1]
    assert end.strftime("%m-%d %H:%M") == f"{day} 00:00"


@pytest.mark.parametrize(
    "case", g11.BEFORE_A_DAY_UNCHANGED, ids=[m for m, _ in g11.BEFORE_A_DAY_UNCHANGED]
)
def test_g11b_before_a_time_word_unchanged(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert _said(text) == said


@pytest.mark.parametrize(
    "case",
    g11.WEEKS_FROM_A_WEEKDAY + g11.FRENCH_NEXT_WEEKDAY,
    ids=[m for m, *_ in g11.WEEKS_FROM_A_WEEKDAY + g11.FRENCH_NEXT_WEEKDAY],
)
def test_g11b_weekday_weeks_on_and_prochain(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.reading is not None and m.bound is None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case",
    g11.WEEKS_FROM_NOT_A_DAY + g11.LIKE_NOT_A_CLOCK + g11.FRENCH_NEXT_UNCHANGED,
    ids=[m for m, _ in g11.WEEKS_FROM_NOT_A_DAY + g11.LIKE_NOT_A_CLOCK + g11.FRENCH_NEXT_UNCHANGED],
)
def test_g11b_stretches_counts_and_words_unchanged(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert _said(text) == said


@pytest.mark.parametrize("case", g11.LIKE_AFTER_A_DAY, ids=[m for m, *_ in g11.LIKE_AFTER_A_DAY])
def test_g11b_like_after_a_day_is_the_hour(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m = _mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d %H:%M") == start


def _first_window(text: str, said: str, minutes: int, kind: str) -> tuple[str, str]:
    from slotwise.extractor.interpretation import CandidateLabel
    from slotwise.extractor.windows import windows_of

    m = _mention(text, said)
    label = CandidateLabel(kind=kind, strength="soft" if kind == "prefer" else "hard")
    windows = windows_of(
        m, label, [label], (REF, REF + timedelta(days=28)), timedelta(minutes=minutes)
    )
    a, b = windows[0]
    return a.strftime("%m-%d %H:%M"), b.strftime("%H:%M")


@pytest.mark.parametrize(
    "case", g11.PREFERRED_PART_TOO_SHORT, ids=[m for m, *_ in g11.PREFERRED_PART_TOO_SHORT]
)
def test_g11b_preferred_part_too_short_is_when_it_starts(
    case: tuple[str, str, int, str, str],
) -> None:
    text, said, minutes, start, end = case
    assert _first_window(text, said, minutes, "prefer") == (start, end)
    got = _first_window(text, said, minutes, "require")  # a required one stays the window
    m = _mention(text, said)
    assert m.reading is not None
    assert got == (start, m.reading.intervals[0][1].strftime("%H:%M"))


@pytest.mark.parametrize(
    "case", g11.PREFERRED_PART_LONG_ENOUGH, ids=[m for m, *_ in g11.PREFERRED_PART_LONG_ENOUGH]
)
def test_g11b_preferred_part_long_enough_stays_the_window(
    case: tuple[str, str, int, str, str],
) -> None:
    text, said, minutes, start, end = case
    assert _first_window(text, said, minutes, "prefer") == (start, end)
