"""How labelled candidates become constraints (extractor/pipeline.py), with the labels
given: an interpreter that labels each candidate as told by its words, require/hard
unless told. What is watched is the pipeline's semantics, not a model's."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.interpretation import (
    Candidate,
    CandidateLabel,
    Interpretation,
    Interpreted,
)
from slotwise.schemas import ScheduleResult

from slotwise import Engine

TZ = ZoneInfo("Europe/London")
NOW = datetime(2027, 1, 6, 9, 0, tzinfo=TZ)  # a Wednesday


class _Told:
    """Labels a candidate (kind, strength, choice, retracted) by its exact words;
    require/hard otherwise."""

    name = "told"

    def __init__(self, intent: str, told: dict[str, tuple[Any, ...]]) -> None:
        self.intent, self.told = intent, told

    def interpret(self, message: str, candidates: list[Candidate]) -> Interpreted:
        labels = [
            CandidateLabel(
                kind=t[0],
                strength=t[1],
                choice=t[2] if len(t) > 2 else None,
                retracted=bool(t[3]) if len(t) > 3 else False,
            )
            for t in (self.told.get(c.text, ("require", "hard")) for c in candidates)
        ]
        return Interpreted(Interpretation(intent=self.intent, labels=labels), 1.0, self.name)


def _schedule(
    message: str, told: dict[str, tuple[Any, ...]] | None = None, intent: str = "book"
) -> ScheduleResult:
    days = [date(2027, 1, 6) + timedelta(d) for d in range(31)]
    body: dict[str, Any] = {
        "message": message,
        "now": NOW.isoformat(),
        "timezone": "Europe/London",
        "duration_minutes": 60,
        "max_proposals": 20,
        "resources": [
            {
                "id": "r1",
                "name": "Room",
                "open": [
                    {
                        "start": datetime(d.year, d.month, d.day, 7, tzinfo=TZ).isoformat(),
                        "end": datetime(d.year, d.month, d.day, 21, tzinfo=TZ).isoformat(),
                    }
                    for d in days
                ],
            }
        ],
    }
    return Engine(interpreter=_Told(intent, told or {})).schedule(body)


def _starts(result: ScheduleResult) -> list[datetime]:
    return [p.start.astimezone(TZ) for p in result.proposals]


# --- a bound inside an "or" list: either will do ---------------------------------------


@pytest.mark.parametrize(
    ("message", "fits"),
    [
        # a part of a day, or a bound on any day: they share no moment (the room opens at
        # 7, so its morning starts then)
        (
            "Saturday morning or any day after 5",
            lambda t: (t.weekday() == 5 and 7 <= t.hour < 12) or t.hour >= 17,
        ),
        ("before 9 or after 5 works for me", lambda t: t.hour < 9 or t.hour >= 17),
        ("mornings or after 5pm", lambda t: t.hour < 12 or t.hour >= 17),
        (
            "Monday after 4 or Wednesday after 4",
            lambda t: t.weekday() in {0, 2} and t.hour >= 16,
        ),
    ],
)
def test_pipeline_bound_in_an_or_list_is_one_of_the_options(message: str, fits: Any) -> None:
    result = _schedule(message)
    assert len([c for c in result.constraints if c.kind == "require"]) == 1
    starts = _starts(result)
    assert result.outcome == "proposals" and starts
    assert all(fits(t) for t in starts)


@pytest.mark.parametrize(
    ("message", "fits"),
    [
        # two bounds that meet: between them, not either
        ("after 1, before 4 please", lambda t: t.hour >= 13 and t.hour + 1 <= 16),
        # a bound grounding linked to the list narrows every day of it
        ("Tuesday or Thursday, after 2", lambda t: t.weekday() in {1, 3} and t.hour >= 14),
        # a bound beside a set it overlaps narrows it
        (
            "every Monday, starting Jan 18",
            lambda t: t.weekday() == 0 and t.date() >= date(2027, 1, 18),
        ),
    ],
)
def test_pipeline_bound_that_narrows_a_list_stays_its_own(message: str, fits: Any) -> None:
    result = _schedule(message)
    assert len([c for c in result.constraints if c.kind == "require"]) >= 2
    starts = _starts(result)
    assert starts and all(fits(t) for t in starts)


# --- an exclusion of the appointment being moved -----------------------------------------


@pytest.mark.parametrize(
    ("message", "old", "fits"),
    [
        (
            "can you move my Thursday appointment to the afternoon that same day",
            "Thursday",
            lambda t: t.date() == date(2027, 1, 7) and 12 <= t.hour < 17,
        ),
        (
            "I'd like to shift my Fri 8th booking to the evening, same day",
            "Fri 8th",
            lambda t: t.date() == date(2027, 1, 8) and t.hour >= 17,
        ),
    ],
)
def test_pipeline_moving_within_the_old_day_keeps_the_day(
    message: str, old: str, fits: Any
) -> None:
    result = _schedule(message, {old: ("exclude", "hard")}, intent="reschedule")
    starts = _starts(result)
    assert result.outcome == "proposals" and starts
    assert all(fits(t) for t in starts)


@pytest.mark.parametrize(
    ("message", "old", "new"),
    [
        # an hour's visit moved by less than its length: the new may take the old's time
        ("push my 3pm Friday to 3:30", "3pm Friday", datetime(2027, 1, 8, 15, 30, tzinfo=TZ)),
        (
            "move my 10am tuesday to 9:30 same day",
            "10am tuesday",
            datetime(2027, 1, 12, 9, 30, tzinfo=TZ),
        ),
    ],
)
def test_pipeline_moved_start_may_overlap_the_old_one(
    message: str, old: str, new: datetime
) -> None:
    result = _schedule(message, {old: ("exclude", "hard")}, intent="reschedule")
    assert _starts(result)[:1] == [new]


def test_pipeline_said_exclusion_still_rules_out_a_wish_inside_it() -> None:
    # "not Friday" said in words, then a Friday wish: a conflict for the user to settle,
    # not a wish let out of it (only an unworded exclusion is of the appointment moved)
    result = _schedule(
        "not Friday, though Friday at 10 could work", {"not Friday": ("exclude", "hard")}
    )
    assert all(t.date() != date(2027, 1, 8) for t in _starts(result))


def test_pipeline_wish_inside_an_absence_keeps_the_rest_out() -> None:
    # "away next week, but Thursday the 14th works": Thursday let out, the rest not
    result = _schedule(
        "I'm away next week, but Thursday the 14th works",
        {"next week": ("exclude", "hard")},
    )
    starts = _starts(result)
    assert starts and all(t.date() == date(2027, 1, 14) for t in starts)


# --- a list of starts: either will do ----------------------------------------------------


@pytest.mark.parametrize(
    ("message", "starts"),
    [
        ("tomorrow 8:30 or 9 please", [(7, 8, 30), (7, 9, 0)]),
        ("the 14th at 9:15 or 10", [(14, 9, 15), (14, 10, 0)]),
    ],
)
def test_pipeline_dated_start_or_a_bare_one_is_either(
    message: str, starts: list[tuple[int, int, int]]
) -> None:
    result = _schedule(message)
    assert len(result.constraints) == 1
    want = {datetime(2027, 1, d, h, m, tzinfo=TZ) for d, h, m in starts}
    assert set(_starts(result)) == want


def test_pipeline_first_choice_and_its_fallback_stay_ranked() -> None:
    # "11, or 10 if that's gone": two wishes, the first weighing more, not "either"
    result = _schedule(
        "Thursday at 11, or 10 if that's gone",
        {"Thursday at 11": ("prefer", "soft", 1), "10": ("prefer", "soft", 2)},
    )
    wishes = [c for c in result.constraints if c.kind == "prefer"]
    assert len(wishes) == 2 and wishes[0].weight > wishes[1].weight
    assert _starts(result)[0] == datetime(2027, 1, 7, 11, 0, tzinfo=TZ)


def test_pipeline_wish_inside_a_narrowed_exclusion_keeps_the_narrowing() -> None:
    # "on the Thursday I'm in meetings until noon": the Thursday wished for is let out of
    # the Thursday ruled out, the morning that narrows it stays out
    result = _schedule(
        "either Tuesday the 12th or Thursday the 14th, only on the Thursday I'm in meetings"
        " until noon",
        {"Thursday": ("exclude", "hard"), "until noon": ("exclude", "hard")},
    )
    starts = _starts(result)
    assert any(t.day == 14 and t.hour >= 12 for t in starts)
    assert all(not (t.day == 14 and t.hour < 12) for t in starts)


# --- a length said as a multiple of the usual one ---------------------------------------


@pytest.mark.parametrize(
    ("message", "minutes"),
    [
        ("can i get a double on friday", 120),  # the usual hour, twice
        ("Double lesson this Saturday please", 120),
        ("a double session (90 min) on friday", 90),  # minutes said beside it win
        ("a double appt, 30 minutes, on friday", 30),
        ("just an hour on friday", 60),
    ],
)
def test_pipeline_a_double_is_the_usual_length_twice(message: str, minutes: int) -> None:
    result = _schedule(message)
    assert result.proposals
    assert all(p.end - p.start == timedelta(minutes=minutes) for p in result.proposals)


# --- a pasted web form: an unticked option is no wish ------------------------------------


@pytest.mark.parametrize(
    ("message", "fits"),
    [
        (
            "Name: Ann\nDays that work: [x] Mon [ ] Tue [x] Fri\nTime: [x] Morning [ ] Afternoon",
            lambda t: t.weekday() in {0, 4} and t.hour < 12,
        ),
        (
            "Preferred date: 1/12\nPreferred time: [ ] 8-10 [x] 10-12 [x] 12-2 [ ] 2-4",
            lambda t: t.date() == date(2027, 1, 12) and 10 <= t.hour < 14,
        ),
        (
            "Which days? [ ] Sat [x] Sun\nTime of day? [ ] AM [x] PM",
            lambda t: t.weekday() == 6 and t.hour >= 12,
        ),
    ],
)
def test_pipeline_unticked_form_option_is_set_aside(message: str, fits: Any) -> None:
    result = _schedule(message)  # every option labelled a wish, as a reader might
    starts = _starts(result)
    assert result.outcome == "proposals" and starts
    assert all(fits(t) for t in starts)
