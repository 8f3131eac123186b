"""The G9top corpus is the test: a weekday read in the week the message names, a
weekday with its date number, and "end of the day" ranked latest first."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from slotwise import Engine
from tests.extractor import grounding_corpus_g9top as g9
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


@pytest.mark.parametrize(
    "case", g9.WEEKDAY_BEFORE_WEEK, ids=[m for m, *_ in g9.WEEKDAY_BEFORE_WEEK]
)
def test_g9top_weekday_before_a_week_is_in_that_week(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case", g9.WEEKDAY_RANGE_IN_PERIOD, ids=[m for m, *_ in g9.WEEKDAY_RANGE_IN_PERIOD]
)
def test_g9top_weekday_range_after_a_period_is_inside_it(case: tuple[str, str, str, str]) -> None:
    text, said, first, end = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    (start, stop), *_ = reading.intervals
    assert (start.strftime("%m-%d"), stop.strftime("%m-%d")) == (first, end)


@pytest.mark.parametrize(
    "case",
    g9.WEEKDAY_DATE_NUMBER + g9.WEEKDAY_CLOCK_NUMBER,
    ids=[m for m, *_ in g9.WEEKDAY_DATE_NUMBER + g9.WEEKDAY_CLOCK_NUMBER],
)
def test_g9top_weekday_number_is_its_date_with_a_time(case: tuple[str, str, str, str]) -> None:
    text, said, day, clock = case
    mentions = ground(text, REF, NY)
    found = {m.text: m for m in mentions}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d") == day
    timed = [
        m
        for m in mentions
        if m.reading is not None
        and m.reading.intervals[0][0].minute + m.reading.intervals[0][0].hour > 0
    ]
    if clock:
        assert timed and timed[0].reading is not None
        assert timed[0].reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g9.WEEKDAY_DATE_LISTS, ids=[m for m, *_ in g9.WEEKDAY_DATE_LISTS])
def test_g9top_listed_weekday_numbers_are_dates(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("case", g9.COUNTS_BESIDE, ids=[m for m, _ in g9.COUNTS_BESIDE])
def test_g9top_counts_beside_a_weekday_date_stay_counts(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.fixture(scope="module")
def rules_engine() -> Engine:
    return Engine("rules")


@pytest.mark.parametrize("case", g9.END_OF_DAY_LATEST, ids=[m for m, _ in g9.END_OF_DAY_LATEST])
def test_g9top_end_of_the_day_ranks_the_latest_first(
    rules_engine: Engine, case: tuple[str, bool]
) -> None:
    from slotwise.extractor.pipeline import read_message
    from slotwise.schemas import ScheduleRequest

    text, latest = case
    days = (24, 25, 26, 27)
    req = ScheduleRequest.model_validate(
        {
            "message": text,
            "now": "2026-11-23T09:00:00-05:00",
            "timezone": NY,
            "duration_minutes": 30,
            "resources": [
                {
                    "id": "dr-lee",
                    "name": "Dr. Lee",
                    "open": [
                        {
                            "start": f"2026-11-{d}T09:00:00-05:00",
                            "end": f"2026-11-{d}T17:00:00-05:00",
                        }
                        for d in days
                    ],
                }
            ],
        }
    )
    assert read_message(req, rules_engine.interpreter).latest is latest


@pytest.mark.parametrize("case", g9.FALLBACK_OPTIONS, ids=[m for m, _ in g9.FALLBACK_OPTIONS])
def test_g9top_fallback_options_bound_the_proposals(
    rules_engine: Engine, case: tuple[str, int]
) -> None:
    text, n = case
    days = (24, 25, 26, 27)
    result = rules_engine.schedule(
        {
            "message": text,
            "now": "2026-11-23T09:00:00-05:00",
            "timezone": NY,
            "duration_minutes": 30,
            "resources": [
                {
                    "id": "dr-lee",
                    "open": [
                        {
                            "start": f"2026-11-{d}T09:00:00-05:00",
                            "end": f"2026-11-{d}T17:00:00-05:00",
                        }
                        for d in days
                    ],
                }
            ],
        }
    )
    assert len(result.proposals) == n
    assert [p.rank for p in result.proposals] == list(range(1, n + 1))
