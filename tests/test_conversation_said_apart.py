"""A day and a time of day said apart ("saturday, between 2 and 5"), which grounding reads
as one wish, come apart when a later turn takes back one of them (`said_with_day`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest

from slotwise import conversation_rules as rules
from tests.session_replay import replayed, span_label

TZ = "-06:00"


def _replayed(turns: list[tuple[str, str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Turns (message, intent, span labels) through a session under those labels."""
    return replayed(turns, days=14, close=18)


def _held(result: dict[str, Any]) -> list[tuple[int, str]]:
    return [(c["turn"], c["text"]) for c in result["constraints"] if c["source"] == "message"]


def _starts(result: dict[str, Any]) -> list[datetime]:
    return [datetime.fromisoformat(p["start"]) for p in result["proposals"]]


@pytest.mark.parametrize(
    ("first", "day", "time", "then", "spans", "date", "hours"),
    [
        (  # another day in its place: the time goes with the booking
            "can I come in friday, between 10 and 12",
            "friday",
            "between 10 and 12",
            "oh wait, next friday instead",
            [span_label("next friday")],
            "2027-01-29",
            (10, 12),
        ),
        (  # its day ruled out, another named
            "tues the 19th, afternoon",
            "tues the 19th",
            "afternoon",
            "sorry I'm away the 19th, the 26th then",
            [span_label("the 19th", "exclude"), span_label("the 26th")],
            "2027-01-26",
            (12, 18),
        ),
    ],
)
def test_conversation_a_time_said_apart_from_its_day_stays_when_the_day_goes(
    first: str,
    day: str,
    time: str,
    then: str,
    spans: list[dict[str, Any]],
    date: str,
    hours: tuple[int, int],
) -> None:
    results = _replayed(
        [(first, "book", [span_label(day), span_label(time)]), (then, "book", spans)]
    )
    assert [t for t, _ in _held(results[0])] == [1]  # grounding reads them as one wish
    assert 1 in [t for t, _ in _held(results[1])]
    assert [t for t, _ in [(h.get("turn"), h["text"]) for h in results[1]["dropped"]]] == [1]
    starts = _starts(results[1])
    assert starts and all(s.date().isoformat() == date for s in starts)
    assert all(hours[0] <= s.hour < hours[1] for s in starts)


def test_conversation_a_time_taken_back_from_its_day_leaves_the_days() -> None:
    results = _replayed(
        [
            (
                "can we come sometime this weekend, mornings",
                "book",
                [span_label("this weekend"), span_label("mornings")],
            ),
            (
                "ok mornings dont matter then, we'll have lunch after",
                "book",
                [span_label("mornings", retracted=True)],
            ),
        ]
    )
    assert [t for t, _ in _held(results[1])] == [1]
    (days,) = [c for c in results[1]["constraints"] if c["source"] == "message"]
    spans = [
        (datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"]))
        for s in days["intervals"]
    ]
    # the whole of Saturday and Sunday, no longer their mornings only
    assert [(a.weekday(), a.hour, (b - a).days) for a, b in spans] == [(5, 0, 1), (6, 0, 1)]
    starts = _starts(results[1])
    assert starts and all(s.weekday() >= 5 for s in starts)


@pytest.mark.parametrize(
    ("first", "labels", "then", "spans"),
    [
        # a day and its time said as one ("sat morning"): both go together
        ("need a visit sat morning pls", [span_label("sat morning")], "make it next sat morning",
         [span_label("next sat morning")]),
        # a turn that says its own time ("same time") carries the old one itself
        ("friday 22nd, 9am", [span_label("friday 22nd"), span_label("9am")],
         "oh wait has to be the week after. same time", [span_label("the week after"), span_label("same time")]),
    ],
)  # fmt: skip
def test_conversation_a_time_said_with_its_day_goes_with_it(
    first: str, labels: list[dict[str, Any]], then: str, spans: list[dict[str, Any]]
) -> None:
    results = _replayed([(first, "book", labels), (then, "book", spans)])
    assert 1 not in [t for t, _ in _held(results[1])]


def test_conversation_rules_said_with_day_needs_a_day_and_a_time_said_apart() -> None:
    from slotwise.schemas import Constraint, Span

    def on(text: str, rule: str, hours: tuple[int, int] = (14, 17)) -> Constraint:
        day = datetime.fromisoformat(f"2027-01-23T00:00:00{TZ}")
        start = day.replace(hour=hours[0])
        end = day.replace(hour=hours[1]) if hours[1] < 24 else day.replace(hour=23, minute=59)
        return Constraint(id="c1", text=text, span=(0, len(text)), kind="require",
                          strength="hard", rule=rule, intervals=[Span(start=start, end=end)])  # fmt: skip

    apart = on("Saturday, between 2 and 5", "weekday+between+bare_number+bare_number")
    assert rules.said_with_day(apart)
    assert not rules.said_with_day(on("sat morning", "weekday+part_of_day", (6, 12)))
    assert not rules.said_with_day(on("thurs the 18th, 3", "weekday+ordinal+bare_number"))
    assert not rules.said_with_day(on("saturday, all day", "weekday", (0, 24)))
    time = rules.time_part(apart)
    assert len(time.intervals) > 7 and {(s.start.hour, s.end.hour) for s in time.intervals} == {
        (14, 17)
    }
    days = rules.day_part(apart)
    assert [(s.start.hour, (s.end - s.start).days) for s in days.intervals] == [(0, 1)]


# The same said with a hedge or a firmness after the time ("afternoon if possible",
# "mornings only"): grounding reads the day and its time as two mentions (G17b,
# `grounding.hedged_part`), the time `modifies` the day; what a person means is kept
# all the same when a later turn changes the day or takes back the time.


def test_conversation_a_hedged_time_apart_from_its_day_stays_when_the_day_goes() -> None:
    results = _replayed(
        [
            ("tues the 19th, afternoon if possible", "book",
             [span_label("tues the 19th"), span_label("afternoon", "prefer")]),
            ("sorry I'm away the 19th, the 26th then", "book",
             [span_label("the 19th", "exclude"), span_label("the 26th")]),
        ]
    )  # fmt: skip
    assert _held(results[0]) == [(1, "tues the 19th"), (1, "afternoon")]
    assert (1, "afternoon") in _held(results[1])
    assert [(h.get("turn"), h["text"]) for h in results[1]["dropped"]] == [(1, "tues the 19th")]
    starts = _starts(results[1])
    assert starts and all(s.date().isoformat() == "2027-01-26" for s in starts)
    assert all(12 <= s.hour < 18 for s in starts)


def test_conversation_a_hedged_clock_apart_from_its_day_moves_with_same_time() -> None:
    results = _replayed(
        [
            ("friday 22nd, 9am if poss", "book", [span_label("friday 22nd"), span_label("9am", "prefer")]),
            ("oh wait has to be the week after. same time", "book",
             [span_label("the week after"), span_label("same time")]),
        ]
    )  # fmt: skip
    assert (1, "friday 22nd") not in _held(results[1])
    starts = _starts(results[1])
    assert starts and all(s.date().isoformat() >= "2027-01-25" for s in starts)
    assert all((s.hour, s.minute) == (9, 0) for s in starts)


def test_conversation_a_firm_time_taken_back_from_its_day_leaves_the_days() -> None:
    results = _replayed(
        [
            ("can we come sometime this weekend, mornings only", "book",
             [span_label("this weekend"), span_label("mornings only")]),
            ("ok mornings dont matter then, we'll have lunch after", "book",
             [span_label("mornings", retracted=True)]),
        ]
    )  # fmt: skip
    assert _held(results[1]) == [(1, "this weekend")]
    (days,) = [c for c in results[1]["constraints"] if c["source"] == "message"]
    spans = sorted(
        (datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"]))
        for s in days["intervals"]
    )
    # the whole of Saturday and Sunday, no longer their mornings only
    assert (spans[0][0].weekday(), spans[0][0].hour) == (5, 0)
    assert spans[-1][1] - spans[0][0] == timedelta(days=2)
    assert all(b == c for (_, b), (c, _) in pairwise(spans))
    starts = _starts(results[1])
    assert starts and all(s.weekday() >= 5 for s in starts)
