"""The G13c corpus is the test: a day said with "any time" is a choice of its own in a
list (`coordination.any_time_said`, `windows.joined`)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

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
from tests.extractor import grounding_corpus_g13c as g13
from tests.extractor.grounding_corpus import NY, REF


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


def _proposals_in(
    message: str, told: dict[str, str], windows: tuple[tuple[str, int, int], ...]
) -> None:
    tz = REF.tzinfo
    days = [date(2026, 11, 23) + timedelta(d) for d in range(29)]
    body: dict[str, Any] = {
        "message": message,
        "now": REF.isoformat(),
        "timezone": NY,
        "duration_minutes": 60,
        "max_proposals": 10,
        "resources": [
            {
                "id": "r1",
                "name": "Room",
                "open": [
                    {
                        "start": REF.replace(d.year, d.month, d.day, 7).isoformat(),
                        "end": REF.replace(d.year, d.month, d.day, 21).isoformat(),
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


@pytest.mark.parametrize("case", g13.ANY_TIME_CHOICE, ids=[m for m, *_ in g13.ANY_TIME_CHOICE])
def test_g13c_a_day_said_with_any_time_is_a_choice_of_its_own(
    case: tuple[str, dict[str, str], tuple[tuple[str, int, int], ...]],
) -> None:
    _proposals_in(*case)


@pytest.mark.parametrize("case", g13.STILL_SHARED, ids=[m for m, *_ in g13.STILL_SHARED])
def test_g13c_a_bound_is_still_shared_without_any_time(
    case: tuple[str, dict[str, str], tuple[tuple[str, int, int], ...]],
) -> None:
    _proposals_in(*case)


def _offered_as_either(text: str) -> tuple[tuple[str, str], ...]:
    found = ground(text, REF, NY)
    return tuple((a.text, b.text) for a, b in itertools.pairwise(found) if alternatives(text, a, b))


@pytest.mark.parametrize("case", g13.ANY_TIME_PAIRS, ids=[m for m, _ in g13.ANY_TIME_PAIRS])
def test_g13c_the_pair_is_offered_as_either(case: tuple[str, tuple[str, str]]) -> None:
    text, pair = case
    assert pair in _offered_as_either(text)


@pytest.mark.parametrize("text", g13.NOT_A_CHOICE)
def test_g13c_no_choice_where_nothing_offers_one(text: str) -> None:
    assert _offered_as_either(text) == ()


def _edge(text: str, said: str) -> str:
    """The first start of mention `said` ("MM-DD HH:MM"), its end for a "before" bound."""
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    start, end = m.reading.intervals[0]
    return (end if m.bound == "before" else start).strftime("%m-%d %H:%M")


@pytest.mark.parametrize("case", g13.MOVED_HOUR, ids=[m for m, *_ in g13.MOVED_HOUR])
def test_g13c_a_moved_bare_hour_is_nearest_the_old_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    assert _edge(text, said) == start


@pytest.mark.parametrize("case", g13.WINDOW_END, ids=[m for m, *_ in g13.WINDOW_END])
def test_g13c_a_bare_end_after_the_start_leaves_the_window_open(
    case: tuple[str, str, str],
) -> None:
    text, said, end = case
    assert _edge(text, said)[-5:] == end


@pytest.mark.parametrize("case", g13.UNTIL_REASON, ids=[m for m, *_ in g13.UNTIL_REASON])
def test_g13c_an_until_just_before_the_window_is_its_reason(case: tuple[str, str, str]) -> None:
    text, said, end = case
    assert _edge(text, said)[-5:] == end


@pytest.mark.parametrize("case", g13.STILL_WINDOW_END, ids=[m for m, *_ in g13.STILL_WINDOW_END])
def test_g13c_a_window_end_stays_its_end(case: tuple[str, str, str]) -> None:
    text, said, end = case
    assert _edge(text, said)[-5:] == end


@pytest.mark.parametrize("case", g13.NOT_PAIRED, ids=[m for m, *_ in g13.NOT_PAIRED])
def test_g13c_an_hour_not_paired_keeps_its_reading(case: tuple[str, str, str]) -> None:
    text, said, edge = case
    assert _edge(text, said) == edge
