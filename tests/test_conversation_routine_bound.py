"""A bound said as what the customer does ("I finish at 5", "I start work at 11", grounding's
`day_around`) is a time of day, not a day: it names no days for a later back-reference
("the thursday before", "the day after", "later that week"), which counts from the day
asked for before it (`conversation_rules.names_days`, `session_reading.session_context`)."""

from __future__ import annotations

import pytest

from tests.session_replay import replayed, span_label

# the session starts on Monday 18 January 2027 (`session_replay.replayed`)


@pytest.mark.parametrize(
    ("first", "day", "bound", "message", "back", "start"),
    [
        (
            "OK can I book that for Friday week, I finish at 5 so quarter to 6 earliest",
            "Friday week",
            "I finish at 5",
            "actually can we do the thursday before instead",
            "the thursday before",
            "2027-01-28",
        ),
        (
            "wednesday the 27th, I start work at 11",
            "wednesday the 27th",
            "I start work at 11",
            "hmm the day before then?",
            "the day before",
            "2027-01-26",
        ),
        (
            "saturday the 30th. I finish work at 1",
            "saturday the 30th",
            "I finish work at 1",
            "what about the day after",
            "the day after",
            "2027-01-31",
        ),
        (
            "Monday 25th, I get off at 3",
            "Monday 25th",
            "I get off at 3",
            "or the friday after?",
            "the friday after",
            "2027-01-29",
        ),
        (
            "tues 26th pls, i finish school at 3:30",
            "tues 26th",
            "i finish school at 3:30",
            "wait, the monday before is better",
            "the monday before",
            "2027-01-25",
        ),
        (
            "the 29th, I clock off at 4",
            "the 29th",
            "I clock off at 4",
            "can u do the day before",
            "the day before",
            "2027-01-28",
        ),
        (
            "wed 27th, I get out of work at 5",
            "wed 27th",
            "I get out of work at 5",
            "the thursday after then",
            "the thursday after",
            "2027-01-28",
        ),
        (
            "thursday the 28th if poss, I start work at 1",
            "thursday the 28th",
            "I start work at 1",
            "later that week?",
            "later that week",
            "2027-01-29",
        ),
    ],
)
def test_conversation_routine_bound_names_no_day(
    first: str, day: str, bound: str, message: str, back: str, start: str
) -> None:
    results = replayed(
        [
            (first, "book", [span_label(day), span_label(bound, "exclude")]),
            (message, "book", [span_label(back)]),
        ],
        days=21,
    )
    turn2 = [c for c in results[1]["constraints"] if c.get("turn") == 2]
    assert [c["intervals"][0]["start"][:10] for c in turn2] == [start]
