"""The G10c corpus is the test: plain day numbers, zones after a clock, time
differences, the "h" of a clock, "more or less 2", "at 6 and half", and a new time on
the day of a time ruled out."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.coordination import alternatives
from slotwise.extractor.interpretation import CandidateLabel
from slotwise.extractor.reader.data import FixedInterpreter
from slotwise.schemas import ScheduleRequest

from slotwise import Engine
from tests.extractor import grounding_corpus_g10c as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


def _start(text: str, said: str, zone: str = NY) -> str:
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and reading.intervals
    return reading.intervals[0][0].astimezone(ZoneInfo(zone)).strftime("%m-%d %H:%M")


def _ids(rows: tuple[tuple[Any, ...], ...]) -> list[str]:
    return [" | ".join(str(x) for x in r[:2]) for r in rows]


@pytest.mark.parametrize("case", g.DAY_NUMBER, ids=_ids(g.DAY_NUMBER))
def test_g10c_plain_day_number_is_that_day(case: tuple[str, str, str, str]) -> None:
    text, said, day, clock = case
    start = _start(text, said)
    assert start[:5] == day
    if clock:
        assert start[6:] == clock


@pytest.mark.parametrize(
    "case",
    g.DAY_NUMBER_NOT + g.TIME_DIFFERENCE + g.MORE_OR_LESS_NOT + g.AND_HALF_NOT,
    ids=[m for m, _ in g.DAY_NUMBER_NOT + g.TIME_DIFFERENCE + g.MORE_OR_LESS_NOT + g.AND_HALF_NOT],
)
def test_g10c_near_misses_keep_their_reading(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", g.ZONE_AFTER_CLOCK, ids=_ids(g.ZONE_AFTER_CLOCK))
def test_g10c_zone_said_after_a_clock(case: tuple[str, str, str, str]) -> None:
    text, said, zone, clock = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].zone == zone
    assert _start(text, said, zone)[6:] == clock


@pytest.mark.parametrize("case", g.ZONE_NOT, ids=_ids(g.ZONE_NOT))
def test_g10c_zone_stays_where_it_was(case: tuple[str, str, str]) -> None:
    text, said, zone = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].zone == zone


@pytest.mark.parametrize("case", g.LENGTHS, ids=[m for m, _ in g.LENGTHS])
def test_g10c_lengths_stay_lengths(case: tuple[str, int]) -> None:
    text, minutes = case
    assert [m.duration_minutes for m in ground(text, REF, NY) if m.type == "duration"] == [minutes]


@pytest.mark.parametrize(
    "case",
    g.CLOCK_H + g.MORE_OR_LESS + g.AND_HALF,
    ids=_ids(g.CLOCK_H + g.MORE_OR_LESS + g.AND_HALF),
)
def test_g10c_clock_forms(case: tuple[str, str, str, str]) -> None:
    text, said, day, clock = case
    assert _start(text, said) == f"{day} {clock}"


def _open_days() -> list[dict[str, str]]:
    first = date(2026, 11, 23)
    return [
        {
            "start": f"{first + timedelta(days=k)}T08:00:00-05:00",
            "end": f"{first + timedelta(days=k)}T20:00:00-05:00",
        }
        for k in range(21)
    ]


@pytest.fixture(scope="module")
def engine() -> Engine:
    # a roomy budget: these rows test the answer, not the solver's speed on a loaded machine
    return Engine("rules", time_limit_s=10.0)


@pytest.mark.parametrize("case", g.REPLACED_TIME, ids=[m for m, *_ in g.REPLACED_TIME])
def test_g10c_new_time_after_a_ruled_out_one_keeps_its_day(
    engine: Engine, case: tuple[str, str, str, str]
) -> None:
    text, old, new, first = case
    req = ScheduleRequest.model_validate(
        {
            "message": text,
            "now": REF.isoformat(),
            "timezone": NY,
            "duration_minutes": 20,
            "resources": [{"id": "adv-lee", "name": "Lee", "open": _open_days()}],
        }
    )
    cands, _, _ = find_candidates(req)
    texts = [c.text for c in cands]
    assert any(t.startswith(old) for t in texts) and new in texts, texts
    labels = [  # the new time narrows what grounding links it to, as an interpreter says
        CandidateLabel(kind="require", strength="hard", modifies=c.linked)
        if c.text == new
        else CandidateLabel(
            kind="exclude" if c.text.startswith(old) else "context", strength="hard"
        )
        for c in cands
    ]
    saved = engine.interpreter
    engine.interpreter = FixedInterpreter("book", labels)
    try:
        result = engine.schedule(req)
    finally:
        engine.interpreter = saved
    assert result.outcome == "proposals", result.outcome
    assert result.proposals[0].start.astimezone(ZoneInfo(NY)).strftime("%m-%d %H:%M") == first


@pytest.mark.parametrize(
    "case", g.THEN_AGAIN + g.THEN_NOT, ids=[m for m, *_ in g.THEN_AGAIN + g.THEN_NOT]
)
def test_g10c_then_again_offers_either_window(case: tuple[str, str, str]) -> None:
    text, left, right = case
    found = _found(text)
    assert left in found and right in found, list(found)
    assert alternatives(text, found[left], found[right]) is (case in g.THEN_AGAIN)


@pytest.mark.parametrize("case", g.CANT_BE, ids=[m for m, *_ in g.CANT_BE])
def test_g10c_cant_be_rules_the_time_out(case: tuple[str, str, str, bool]) -> None:
    text, said, bound, negated = case
    found = _found(text)
    assert said in found, list(found)
    assert (found[said].bound or "") == bound
    assert found[said].negated is negated


@pytest.mark.parametrize("case", g.CANT_BE_NOT, ids=[m for m, _ in g.CANT_BE_NOT])
def test_g10c_cant_be_near_misses(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", g.OTHER_LENGTHS, ids=[m for m, *_ in g.OTHER_LENGTHS])
def test_g10c_a_length_labelled_context_is_not_the_visits(
    engine: Engine, case: tuple[str, str, str]
) -> None:
    text, length, when = case
    req = ScheduleRequest.model_validate(
        {
            "message": text,
            "now": REF.isoformat(),
            "timezone": NY,
            "duration_minutes": 30,
            "resources": [{"id": "adv-lee", "name": "Lee", "open": _open_days()}],
        }
    )
    cands, _, _ = find_candidates(req)
    texts = [c.text for c in cands]
    assert length in texts and when in texts, texts
    labels = [
        CandidateLabel(kind="require" if c.text == when else "context", strength="hard")
        for c in cands
    ]
    saved = engine.interpreter
    engine.interpreter = FixedInterpreter("book", labels)
    try:
        result = engine.schedule(req)
    finally:
        engine.interpreter = saved
    assert result.outcome == "proposals", result.outcome
    top = result.proposals[0]
    assert (top.end - top.start) == timedelta(minutes=30)


@pytest.mark.parametrize("case", g.LATER_THAT_PART, ids=[m for m, *_ in g.LATER_THAT_PART])
def test_g10c_later_that_morning_is_inside_it(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and len(reading.intervals) == 1
    (a, b), *_ = reading.intervals
    assert (a.strftime("%m-%d %H:%M"), b.strftime("%H:%M")) == (start, end)


@pytest.mark.parametrize("case", g.WEEK_TODAY, ids=[m for m, *_ in g.WEEK_TODAY])
def test_g10c_a_week_today_is_a_week_on(case: tuple[str, str, str, str]) -> None:
    text, said, day, clock = case
    assert _start(text, said) == f"{day} {clock}"


@pytest.mark.parametrize("case", g.WEEK_TODAY_NOT, ids=[m for m, _ in g.WEEK_TODAY_NOT])
def test_g10c_a_week_today_gone_by_stays_today(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want
