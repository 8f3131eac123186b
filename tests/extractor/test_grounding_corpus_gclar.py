"""The GCLAR corpus is the test: times offered as either across a clause break or side by
side (`coordination.alternatives`)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.coordination import alternatives
from slotwise.extractor.interpretation import (
    Candidate,
    CandidateLabel,
    Interpretation,
    Interpreted,
)

from slotwise import Engine
from tests.extractor import grounding_corpus_gclar as gc
from tests.extractor.grounding_corpus import NY, REF


def _offered_as_either(text: str) -> tuple[tuple[str, str], ...]:
    found = ground(text, REF, NY)
    pairs = itertools.pairwise(found)
    return tuple((a.text, b.text) for a, b in pairs if alternatives(text, a, b))


@pytest.mark.parametrize(
    "case",
    gc.OR_AFTER_A_BREAK + gc.DAYS_SIDE_BY_SIDE,
    ids=[m for m, _ in gc.OR_AFTER_A_BREAK + gc.DAYS_SIDE_BY_SIDE],
)
def test_grounding_gclar_times_offered_as_either(
    case: tuple[str, tuple[tuple[str, str], ...]],
) -> None:
    text, want = case
    assert _offered_as_either(text) == want


@pytest.mark.parametrize("text", gc.NOT_ALTERNATIVES)
def test_grounding_gclar_no_choice_between_them(text: str) -> None:
    assert _offered_as_either(text) == ()


@pytest.mark.parametrize("case", gc.LEFT_FREE, ids=[m for m, _ in gc.LEFT_FREE])
def test_grounding_gclar_a_bound_the_words_rule_out_reads_the_time_left_free(
    case: tuple[str, str],
) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].bound is not None and found[said].left_free


@pytest.mark.parametrize("case", gc.NOT_LEFT_FREE, ids=[m for m, _ in gc.NOT_LEFT_FREE])
def test_grounding_gclar_a_bound_said_as_a_wish_is_no_time_left_free(
    case: tuple[str, str],
) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert not found[said].left_free


@pytest.mark.parametrize("case", gc.HALF_OF_THE_PART, ids=[m for m, *_ in gc.HALF_OF_THE_PART])
def test_grounding_gclar_a_bare_hour_takes_the_half_of_a_part_of_day_near_it(
    case: tuple[str, str, str],
) -> None:
    text, said, clock = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    start, end = reading.intervals[0]
    edge = end if found[said].bound == "before" else start
    assert edge.strftime("%H:%M") == clock


@pytest.mark.parametrize(
    "case",
    gc.RESTATED_DAY + gc.NOT_RESTATED,
    ids=[m for m, *_ in gc.RESTATED_DAY + gc.NOT_RESTATED],
)
def test_grounding_gclar_a_weekday_restated_by_its_date(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d") == day


class _Told:
    """Labels a candidate by its exact words (`told`), require/hard otherwise."""

    name = "told"

    def __init__(self, told: dict[str, str]) -> None:
        self.told = told

    def interpret(self, message: str, candidates: list[Candidate]) -> Interpreted:
        labels = [
            CandidateLabel(kind=self.told.get(c.text, "require"), strength="hard")  # type: ignore[arg-type]
            for c in candidates
        ]
        return Interpreted(Interpretation(intent="book", labels=labels), 1.0, self.name)


@pytest.mark.parametrize(
    "case", gc.EITHER_NOT_A_QUESTION, ids=[m for m, *_ in gc.EITHER_NOT_A_QUESTION]
)
def test_grounding_gclar_the_engine_proposes_rather_than_asks(
    case: tuple[str, dict[str, str], tuple[tuple[str, int, int], ...]],
) -> None:
    message, told, windows = case
    tz = ZoneInfo("Europe/London")
    days = [date(2027, 1, 6) + timedelta(d) for d in range(28)]
    body: dict[str, Any] = {
        "message": message,
        "now": datetime(2027, 1, 6, 9, 0, tzinfo=tz).isoformat(),
        "timezone": "Europe/London",
        "duration_minutes": 60,
        "max_proposals": 10,
        "resources": [
            {
                "id": "r1",
                "name": "Room",
                "open": [
                    {
                        "start": datetime(d.year, d.month, d.day, 7, tzinfo=tz).isoformat(),
                        "end": datetime(d.year, d.month, d.day, 21, tzinfo=tz).isoformat(),
                    }
                    for d in days
                ],
            }
        ],
    }
    result = Engine(interpreter=_Told(told)).schedule(body)
    assert result.outcome == "proposals", result.clarification
    for p in result.proposals:
        start, end = p.start.astimezone(tz), p.end.astimezone(tz)
        assert any(
            start.strftime("%m-%d") == day and lo <= start.hour and end.hour <= hi
            for day, lo, hi in windows
        ), (start, end)


@pytest.mark.parametrize(
    "case",
    gc.PERIOD_AFTER + gc.NOT_PERIOD_AFTER,
    ids=[m for m, *_ in gc.PERIOD_AFTER + gc.NOT_PERIOD_AFTER],
)
def test_grounding_gclar_a_weekday_in_the_period_said_after_it(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case",
    gc.TIME_AFTER_DAYS_SIDE_BY_SIDE,
    ids=[m for m, *_ in gc.TIME_AFTER_DAYS_SIDE_BY_SIDE],
)
def test_grounding_gclar_a_time_after_days_side_by_side_is_each_days(
    case: tuple[str, str, tuple[str, ...]],
) -> None:
    text, said, starts = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert tuple(a.strftime("%d %H:%M") for a, _ in reading.intervals) == starts


@pytest.mark.parametrize("case", gc.BOUND_THE_HOLIDAY, ids=[m for m, *_ in gc.BOUND_THE_HOLIDAY])
def test_grounding_gclar_a_bound_before_the_holiday(case: tuple[str, str, str]) -> None:
    text, said, label = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and reading.label == label


@pytest.mark.parametrize("case", gc.HOLIDAY_WEEK, ids=[m for m, *_ in gc.HOLIDAY_WEEK])
def test_grounding_gclar_a_holiday_week(case: tuple[str, str, str]) -> None:
    text, said, label = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and reading.label == label
