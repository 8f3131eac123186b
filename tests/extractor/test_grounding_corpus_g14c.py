"""The G14c corpus is the test: "tues 1?" is Tuesday the 1st when the 1st is a Tuesday
of the coming two weeks (the hour where a time word or another hour says so), "same day
a bit later" is after that day's clock, "the day after the last one" leans on the last
day said, a run of days on its last day."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g14c as g14
from tests.extractor.grounding_corpus import NY, REF


def _found(text: str, said: str) -> Any:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    return m


@pytest.mark.parametrize(
    "case", g14.WEEKDAY_DATE_ALONE, ids=[m for m, *_ in g14.WEEKDAY_DATE_ALONE]
)
def test_g14c_weekday_and_its_date_alone_is_the_date(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _found(text, said)
    start, end = m.reading.intervals[0]
    assert start.strftime("%m-%d %H:%M") == f"{day} 00:00"
    assert (end - start).days == 1
    assert "weekday_day_number" in m.rule


@pytest.mark.parametrize(
    "case", g14.WEEKDAY_DATE_THEN_PART, ids=[m for m, *_ in g14.WEEKDAY_DATE_THEN_PART]
)
def test_g14c_part_of_day_after_the_date_falls_on_it(case: tuple[str, str, str, str]) -> None:
    text, said, day, start = case
    m = _found(text, said)
    assert m.reading.intervals[0][0].strftime("%m-%d %H:%M") == f"{day} {start}"


@pytest.mark.parametrize(
    "case", g14.WEEKDAY_DATE_MOVED, ids=[m for m, *_ in g14.WEEKDAY_DATE_MOVED]
)
def test_g14c_a_move_of_the_date_moves_the_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    start, end = _found(text, said).reading.intervals[0]
    assert start.strftime("%m-%d %H:%M") == f"{day} 00:00"
    assert (end - start).days == 1


@pytest.mark.parametrize(
    "case", g14.WEEKDAY_HOUR_STAYS, ids=[m for m, *_ in g14.WEEKDAY_HOUR_STAYS]
)
def test_g14c_weekday_hour_stays_an_hour(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m = _found(text, said)
    assert m.reading.intervals[0][0].strftime("%m-%d %H:%M") == start
    assert "weekday_day_number" not in m.rule


@pytest.mark.parametrize("case", g14.SAME_DAY_SIDE, ids=[m for m, *_ in g14.SAME_DAY_SIDE])
def test_g14c_same_day_later_is_after_its_clock(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    a, b = _found(text, said).reading.intervals[0]
    assert (a.strftime("%m-%d %H:%M"), b.strftime("%m-%d %H:%M")) == (start, end)


@pytest.mark.parametrize(
    "case",
    g14.DAY_AFTER_THE_LAST + g14.DAY_REF_STAYS,
    ids=[m for m, *_ in g14.DAY_AFTER_THE_LAST + g14.DAY_REF_STAYS],
)
def test_g14c_day_after_the_last_one(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _found(text, said).reading.intervals[0][0].strftime("%m-%d") == day
