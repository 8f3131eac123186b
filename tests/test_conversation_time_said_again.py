"""What a move keeps: the time said again ("next Tuesday, same time", "still in the
afternoon") takes back no time of day said before, and a time said on a day that went
("tmrw arvo ... after 2", then "ok wed then") holds on every day, so the new day is
searched under it. What it still drops: the old day, and a time of day the turn replaces
with another."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from slotwise.conversation_rules import says_time_again
from tests.session_replay import constraint, replayed, span_label


def _held(result: dict[str, Any]) -> list[tuple[int, str]]:
    return [(c["turn"], c["text"]) for c in result["constraints"] if c["source"] == "message"]


def _dropped(result: dict[str, Any]) -> list[tuple[int, str]]:
    return [(d["turn"], d["text"]) for d in result["dropped"]]


def _starts(result: dict[str, Any]) -> list[datetime]:
    return [datetime.fromisoformat(p["start"]) for p in result["proposals"]]


# Monday 2027-01-18, 08:00; Dr. Ames open 08:00 to 18:00 for two weeks
@pytest.mark.parametrize(
    ("first", "labels", "then", "spans", "kept", "gone"),
    [
        (  # a bound said beside a day and its part of the day
            "can I get in with her thursday late afternoon? after 4 ideally not before",
            [span_label("thursday late afternoon", "prefer", "soft"), span_label("after 4")],
            "sorry something came up thursday, could I move it to next tuesday, same time?",
            [span_label("thursday", "exclude"), span_label("next tuesday"),
             span_label("same time")],
            "after 4",
            "thursday late afternoon",
        ),
        (  # a range said as the day's narrower
            "yo can i get in thursday on my lunch break, 12 to 1",
            [span_label("thursday"), span_label("12 to 1")],
            "damn they put me on a double thurs. can we move it to next monday same time",
            [span_label("thurs", "exclude"), span_label("next monday same time")],
            "12 to 1",
            "thursday",
        ),
        (  # a soft part of the day, "at the same hour"
            "I would like a lesson next Tuesday, preferably in the morning.",
            [span_label("next Tuesday"), span_label("in the morning", "prefer", "soft")],
            "I have an appointment that Tuesday morning. Might we have the Wednesday at the "
            "same hour?",
            [span_label("that Tuesday morning", "exclude"), span_label("the Wednesday"),
             span_label("at the same hour")],
            "morning",
            "next Tuesday",
        ),
        (  # the same time of day said again: "still"
            "Need a fitting on Friday the 22nd. Any time in the afternoon.",
            [span_label("Friday the 22nd"), span_label("in the afternoon")],
            "Could we move it to Thursday the 21st, still in the afternoon?",
            [span_label("Thursday the 21st"), span_label("in the afternoon")],
            "afternoon",
            "Friday the 22nd",
        ),
    ],
)  # fmt: skip
def test_conversation_a_move_that_says_the_time_again_keeps_the_time(
    first: str,
    labels: list[dict[str, Any]],
    then: str,
    spans: list[dict[str, Any]],
    kept: str,
    gone: str,
) -> None:
    results = replayed(
        [(first, "book", labels), ("1st one", "book", []), (then, "reschedule", spans)],
        days=14,
        close=18,
    )
    assert (1, kept) in _held(results[2])
    assert _dropped(results[2]) == [(1, gone)]


@pytest.mark.parametrize(
    ("first", "labels", "then", "spans", "kept", "gone", "date", "hours"),
    [
        (  # a bound said with a part of the day: "after 2" on Wednesday
            "can you come tmrw arvo for the windows? need to be home so after 2",
            [span_label("tmrw arvo"), span_label("after 2")],
            "ok wed then",
            [span_label("wed")],
            "after 2",
            "tmrw arvo",
            "2027-01-20",
            (14, 18),
        ),
        (  # the customer's own day: at work by 11 on Tuesday too
            "Can I get in first thing Monday the 25th? I have to be at work by 11.",
            [span_label("first thing Monday the 25th"), span_label("at work by 11", "exclude")],
            "Oh, you're closed that Monday? Tuesday then, same deal.",
            [span_label("Tuesday")],
            "be at work by 11",
            "first thing Monday the 25th",
            "2027-01-26",
            (8, 11),
        ),
    ],
)  # fmt: skip
def test_conversation_a_time_said_on_a_day_that_went_holds_on_the_new_day(
    first: str,
    labels: list[dict[str, Any]],
    then: str,
    spans: list[dict[str, Any]],
    kept: str,
    gone: str,
    date: str,
    hours: tuple[int, int],
) -> None:
    results = replayed([(first, "book", labels), (then, "book", spans)], days=14, close=18)
    assert (1, kept) in _held(results[1])
    assert _dropped(results[1]) == [(1, gone)]
    starts = _starts(results[1])
    assert starts and all(s.date().isoformat() == date for s in starts)
    assert all(hours[0] <= s.hour < hours[1] for s in starts)


def test_conversation_a_move_to_another_time_of_day_still_replaces_it() -> None:
    # not said again: "friday afternoon" after "thursday ... morning" takes the morning back
    results = replayed(
        [
            ("thursday pls, morning", "book", [span_label("thursday"), span_label("morning")]),
            ("1st one", "book", []),
            ("can we move it to friday afternoon", "reschedule", [span_label("friday afternoon")]),
        ],
        days=14,
        close=18,
    )
    assert _held(results[2]) == [(3, "friday afternoon")]
    assert [t for t, _ in _dropped(results[2])] == [1]


def test_conversation_a_second_booking_at_the_same_time_drops_nothing() -> None:
    # "and same time next week as well": another booking, the first one stands
    results = replayed(
        [
            ("tmrw at 10 pls", "book", [span_label("tmrw at 10")]),
            ("yep that one", "book", []),
            ("and same time next week as well", "book", [span_label("same time next week")]),
        ],
        days=14,
        close=18,
    )
    assert _dropped(results[2]) == []
    assert _held(results[2]) == [(3, "same time next week")]


@pytest.mark.parametrize(
    ("rule", "again"),
    [
        ("same_time", True),
        ("weekday+same_time", True),
        ("weekday+clock_hm", False),
        ("units_ago", False),
    ],
)
def test_conversation_rules_says_time_again(rule: str, again: bool) -> None:
    assert says_time_again(constraint("friday same time", [], rule=rule)) is again
