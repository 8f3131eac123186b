"""The G14b corpus is the test: "by friday 5pm" runs from now to Friday 17:00, "dec 9 or
10 evening" is both days' evenings, and "any day but tues or sun. 5ish" leaves the clock
to the other days."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extractor import grounding_corpus_g14b as g14
from tests.extractor.grounding_corpus import REF
from tests.extractor.grounding_found import found as _found


def _said(text: str, said: str) -> Any:
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None and m.reading.intervals
    return m


def _local(t: Any, fmt: str = "%m-%d %H:%M") -> str:
    return str(t.astimezone(REF.tzinfo).strftime(fmt))


def _days(m: Any) -> tuple[str, ...]:
    return tuple(sorted({_local(a, "%m-%d") for a, _ in m.reading.intervals}))


@pytest.mark.parametrize("case", g14.DAY_DEADLINES, ids=[m for m, *_ in g14.DAY_DEADLINES])
def test_g14b_a_day_and_its_time_after_a_bound_is_a_deadline(case: tuple[str, str, str]) -> None:
    text, said, end = case
    m = _said(text, said)
    assert m.bound == "before"
    assert [(_local(a), _local(b)) for a, b in m.reading.intervals] == [("11-23 09:00", end)]


@pytest.mark.parametrize("case", g14.BOUNDS_KEPT, ids=[m for m, *_ in g14.BOUNDS_KEPT])
def test_g14b_other_bounds_keep_their_reading(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    a, b = _said(text, said).reading.intervals[0]
    assert (_local(a), _local(b)) == (start, end)


@pytest.mark.parametrize("case", g14.NOT_DEADLINES, ids=[m for m, _ in g14.NOT_DEADLINES])
def test_g14b_no_deadline_elsewhere(case: tuple[str, str]) -> None:
    text, said = case
    assert said in _found(text)


@pytest.mark.parametrize(
    "case", g14.LISTED_DAYS_ONE_PART, ids=[m for m, *_ in g14.LISTED_DAYS_ONE_PART]
)
def test_g14b_a_part_said_once_after_a_months_days(
    case: tuple[str, str, str, str, tuple[str, ...]],
) -> None:
    text, day, date, part, days = case
    m = _said(text, day)
    assert _days(m) == (date,)
    assert _days(_said(text, part)) == days


@pytest.mark.parametrize(
    "case", g14.LISTED_CLOCKS_KEPT, ids=[m for m, *_ in g14.LISTED_CLOCKS_KEPT]
)
def test_g14b_a_clock_after_a_day_stays(case: tuple[str, str, str]) -> None:
    text, said, start = case
    assert _local(_said(text, said).reading.intervals[0][0]) == start


@pytest.mark.parametrize(
    "case", g14.NEGATED_LIST_THEN_CLOCK, ids=[m for m, *_ in g14.NEGATED_LIST_THEN_CLOCK]
)
def test_g14b_a_clock_after_days_left_out_is_the_others(case: tuple[str, str, str]) -> None:
    text, day, clock = case
    found = _found(text)
    assert day in found and clock in found, list(found)
    assert found[day].negated
    assert not found[clock].negated
    assert len(_days(found[clock])) > 3


@pytest.mark.parametrize(
    "case", g14.LISTED_DAYS_TAKE_CLOCK, ids=[m for m, *_ in g14.LISTED_DAYS_TAKE_CLOCK]
)
def test_g14b_days_wished_take_the_clock(case: tuple[str, str, tuple[str, ...]]) -> None:
    text, said, days = case
    assert _days(_said(text, said)) == days


@pytest.mark.parametrize("case", g14.MONTH_SAID_AFTER, ids=[m for m, *_ in g14.MONTH_SAID_AFTER])
def test_g14b_the_month_said_after_a_list_of_days(case: tuple[str, str, str]) -> None:
    text, said, date = case
    assert _days(_said(text, said)) == (date,)


@pytest.mark.parametrize(
    "case", g14.CLOCKS_BEFORE_A_MONTH, ids=[m for m, _ in g14.CLOCKS_BEFORE_A_MONTH]
)
def test_g14b_a_clock_before_a_month_stays(case: tuple[str, str]) -> None:
    text, said = case
    assert "clock=" in _said(text, said).symbolic
