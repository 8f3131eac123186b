"""The "and"-days corpus is the test: "Dec 14 and 16" is two days, "may 3rd or 5th" both
May's, and "between Dec 14 and 16" still a range."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.extractor import grounding_corpus_and_days as c
from tests.extractor.grounding_corpus import REF
from tests.extractor.grounding_found import found as _found


def _days(m: Any) -> list[str]:
    assert m.reading is not None and m.reading.intervals
    return sorted({a.astimezone(REF.tzinfo).strftime("%m-%d") for a, _ in m.reading.intervals})


@pytest.mark.parametrize("case", c.AND_DAYS, ids=[m for m, _ in c.AND_DAYS])
def test_and_days_two_days_of_a_month_joined_by_and_are_two_days(
    case: tuple[str, tuple[tuple[str, str], ...]],
) -> None:
    text, days = case
    found = _found(text)
    for said, day in days:
        assert said in found, list(found)
        assert _days(found[said]) == [day]


@pytest.mark.parametrize("case", c.LISTED_ORDINALS, ids=[m for m, *_ in c.LISTED_ORDINALS])
def test_and_days_an_ordinal_listed_after_a_months_day_is_that_months(
    case: tuple[str, str, str],
) -> None:
    text, said, day = case
    found = _found(text)
    assert said in found, list(found)
    assert _days(found[said]) == [day]


@pytest.mark.parametrize("case", c.RANGES_KEPT, ids=[m for m, *_ in c.RANGES_KEPT])
def test_and_days_ranges_keep_their_reading(case: tuple[str, str, str, str]) -> None:
    text, said, first, last = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None and m.reading.intervals
    (a, _), (_, b) = m.reading.intervals[0], m.reading.intervals[-1]
    last_day = (b.astimezone(REF.tzinfo) - timedelta(minutes=1)).strftime("%m-%d")
    assert (a.astimezone(REF.tzinfo).strftime("%m-%d"), last_day) == (first, last)


@pytest.mark.parametrize("case", c.NOT_LISTED, ids=[m for m, *_ in c.NOT_LISTED])
def test_and_days_an_ordinal_alone_is_the_next_such_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _days(_found(text)[said]) == [day]


@pytest.mark.parametrize("case", c.HOURS_KEPT, ids=[m for m, *_ in c.HOURS_KEPT])
def test_and_days_hours_after_a_months_day_stay_hours(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None and m.reading.intervals
    a, b = m.reading.intervals[0]
    zone = REF.tzinfo
    assert (a.astimezone(zone).strftime("%m-%d %H:%M"), b.astimezone(zone).strftime("%H:%M")) == (
        start,
        end,
    )
