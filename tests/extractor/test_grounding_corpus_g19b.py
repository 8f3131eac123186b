"""The G19b corpus is the test: a time said after a first choice of day and its fallback
is said of both, a weekday after a date the visit must come before is the nearest of its
name, a bare hour after a part of the day said apart takes its half, "it's the 30th"
restates a weekday, a numeric date a year off in one order and
weeks off in the other is the near one, and a weekday after a past visit's date is the
nearest."""

from __future__ import annotations

import pytest

from tests.extractor import grounding_corpus_g19b as g19
from tests.extractor.grounding_found import mention as _said


@pytest.mark.parametrize(
    "case",
    g19.FALLBACK_THEN_TIME + g19.FALLBACK_NOT + g19.SAME_PART_LIST_THEN_TIME + g19.MIXED_PARTS_LIST,
    ids=[
        m
        for m, *_ in g19.FALLBACK_THEN_TIME
        + g19.FALLBACK_NOT
        + g19.SAME_PART_LIST_THEN_TIME
        + g19.MIXED_PARTS_LIST
    ],
)
def test_g19b_time_after_a_fallback_day_is_said_of_both(
    case: tuple[str, str, tuple[str, ...]],
) -> None:
    text, said, days = case
    m = _said(text, said)
    assert tuple(sorted({a.strftime("%m-%d") for a, _ in m.reading.intervals})) == days


@pytest.mark.parametrize(
    "case",
    g19.BEFORE_THE_DATE + g19.BEFORE_THE_DATE_NOT,
    ids=[m for m, *_ in g19.BEFORE_THE_DATE + g19.BEFORE_THE_DATE_NOT],
)
def test_g19b_weekday_before_a_deadline_is_the_nearest(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _said(text, said).reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case",
    g19.HOUR_AFTER_PART + g19.HOUR_AFTER_PART_NOT,
    ids=[m for m, *_ in g19.HOUR_AFTER_PART + g19.HOUR_AFTER_PART_NOT],
)
def test_g19b_bare_hour_after_a_part_said_apart(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = _said(text, said)
    a, b = m.reading.intervals[0]
    assert (b if m.bound == "before" else a).strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g19.RESTATED_ITS, ids=[m for m, *_ in g19.RESTATED_ITS])
def test_g19b_weekday_restated_with_its(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _said(text, said).reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case",
    g19.NUMERIC_DATE_NEAR + g19.NUMERIC_DATE_KEPT,
    ids=[m for m, *_ in g19.NUMERIC_DATE_NEAR + g19.NUMERIC_DATE_KEPT],
)
def test_g19b_numeric_date_in_its_near_order(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _said(text, said).reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case",
    g19.AFTER_A_PAST_VISIT + g19.AFTER_A_DATE_AHEAD,
    ids=[m for m, *_ in g19.AFTER_A_PAST_VISIT + g19.AFTER_A_DATE_AHEAD],
)
def test_g19b_weekday_after_a_past_visit_is_the_nearest(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _said(text, said).reading.intervals[0][0].strftime("%m-%d") == day
