"""The G8CLAR corpus is the test: starts off the step grid, clocks on each day of a set,
drop-off ranges and the zone of "my / her time", as the engine reads them."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground

from slotwise import Engine
from tests.extractor import grounding_corpus_g8clar as g8
from tests.extractor.grounding_corpus import NY, REF


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine("rules")


def request(message: str, minutes: int = 20, opens: str = "08:00") -> dict[str, Any]:
    days = range(23, 31)
    return {
        "message": message,
        "now": "2026-11-23T09:00:00-05:00",
        "timezone": "America/New_York",
        "duration_minutes": minutes,
        "resources": [
            {
                "id": "r1",
                "name": "Ms Patel",
                "open": [
                    {"start": f"2026-11-{d}T{opens}:00-05:00", "end": f"2026-11-{d}T18:00:00-05:00"}
                    for d in days
                ],
            }
        ],
        "max_proposals": 3,
    }


@pytest.mark.parametrize(
    "case", g8.OFF_GRID_STARTS + g8.ON_GRID + g8.CLOCK_ON_EACH_DAY, ids=lambda c: c[0]
)
def test_grounding_g8clar_first_proposal_starts_as_said(
    engine: Engine, case: tuple[str, str]
) -> None:
    text, start = case
    result = engine.schedule(request(text))
    assert result.outcome == "proposals", result.clarification
    assert result.proposals[0].start.strftime("%a %H:%M") == start


@pytest.mark.parametrize("case", g8.ON_GRID, ids=lambda c: c[0])
def test_grounding_g8clar_no_start_off_the_grid_unless_named(
    engine: Engine, case: tuple[str, str]
) -> None:
    """Only a wish's own start joins the grid: a count or a time ruled out off the step
    adds none."""
    text, _ = case
    result = engine.schedule(request(text))
    assert all(p.start.minute % 15 == 0 for p in result.proposals)


@pytest.mark.parametrize("case", g8.DROP_OFF, ids=lambda c: c[0])
def test_grounding_g8clar_drop_off_range_is_when_the_job_starts(
    engine: Engine, case: tuple[str, str, str, str]
) -> None:
    text, day, first, last = case
    result = engine.schedule(request(text, 90, "07:00"))
    assert result.outcome == "proposals", result.clarification
    for p in result.proposals:
        assert p.start.strftime("%a") == day or "wed or thu" in text
        assert first <= p.start.strftime("%H:%M") <= last


@pytest.mark.parametrize("text", g8.NO_DROP_OFF)
def test_grounding_g8clar_short_range_without_drop_off_stays_a_window(
    engine: Engine, text: str
) -> None:
    assert engine.schedule(request(text, 90, "07:00")).outcome == "clarification"


@pytest.mark.parametrize("case", g8.SPEAKER_ZONES, ids=lambda c: c[0])
def test_grounding_g8clar_my_his_her_time_is_where_they_are(
    case: tuple[str, str, str, str],
) -> None:
    text, said, zone, clock = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    start = reading.intervals[0][0]
    assert start.astimezone(ZoneInfo(zone)).strftime("%H:%M") == clock
    assert start.utcoffset() == start.astimezone(ZoneInfo(zone)).utcoffset()


@pytest.mark.parametrize("case", g8.START_BOUNDS, ids=lambda c: c[0])
def test_grounding_g8clar_bound_said_of_the_start_bounds_the_start(
    engine: Engine, case: tuple[str, str, str]
) -> None:
    text, opens, start = case
    result = engine.schedule(request(text, 90, opens))
    assert result.outcome == "proposals", result.clarification
    assert result.proposals[0].start.strftime("%a %H:%M") == start


@pytest.mark.parametrize("case", g8.END_BOUNDS, ids=lambda c: c[0])
def test_grounding_g8clar_other_bounds_still_end_the_appointment(
    engine: Engine, case: tuple[str, str]
) -> None:
    text, opens = case
    assert engine.schedule(request(text, 90, opens)).outcome == "clarification"


@pytest.mark.parametrize("case", g8.BE_THERE_BY, ids=lambda c: c[0])
def test_grounding_g8clar_being_somewhere_by_leaves_before_free(
    case: tuple[str, str, str],
) -> None:
    text, said, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.left_free and m.bound == "before"
    assert m.reading is not None
    assert m.reading.intervals[0][1].strftime("%H:%M") == end


@pytest.mark.parametrize("case", g8.NOT_BE_THERE_BY, ids=lambda c: c[0])
def test_grounding_g8clar_a_deadline_stays_a_plain_bound(case: tuple[str, str]) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert not found[said].left_free


@pytest.mark.parametrize("case", g8.COUNT_BEFORE_DAY, ids=lambda c: c[0])
def test_grounding_g8clar_count_before_a_day_is_no_time(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want
