"""The early days of a week held in a conversation ("early next week": Monday and
Tuesday, its core) take a later turn's day in their fringe, Wednesday: "ok wed at 12
then" is that week's Wednesday (`conversation_revise._in_week_of`), and the week part
widens to hold it (`conversation_revise._to_fringe`) instead of being replaced. A day
outside the fringe ("thursday then") still replaces it. Grounding gives the fringe as
the part's second reading (`resolve_calendar._part_ranges`)."""

from __future__ import annotations

import pytest

from tests.session_replay import replayed, span_label

# the session starts on Monday 18 January 2027 (`session_replay.replayed`): next week is
# Monday 25 to Sunday 31 January, its early days the 25th and 26th, its fringe the 27th


@pytest.mark.parametrize(
    ("first", "part", "message", "label", "day"),
    [
        (
            "anything early next week? noonish",
            "early next week",
            "ok wed at 12 then",
            "wed at 12",
            "2027-01-27",
        ),
        (
            "early next week pls",
            "early next week",
            "wednesday works best actually",
            "wednesday",
            "2027-01-27",
        ),
        (
            "need screen fixed, early next wk",
            "early next wk",
            "can u do weds morning",
            "weds morning",
            "2027-01-27",
        ),
        (
            "beginning of next week if poss",
            "beginning of next week",
            "wed then",
            "wed",
            "2027-01-27",
        ),
        (
            "Early next week would suit.",
            "Early next week",
            "Wednesday 27th at 10?",
            "Wednesday 27th at 10",
            "2027-01-27",
        ),
    ],
)
def test_conversation_week_fringe_holds_a_later_wednesday(
    first: str, part: str, message: str, label: str, day: str
) -> None:
    results = replayed(
        [(first, "availability", [span_label(part)]), (message, "book", [span_label(label)])],
        days=21,
    )
    held = {c["text"]: c for c in results[1]["constraints"]}
    assert part in held, list(held)
    assert held[label]["intervals"][0]["start"][:10] == day
    assert held[part]["intervals"][-1]["end"][:10] == "2027-01-28"


@pytest.mark.parametrize(
    ("first", "part", "message", "label"),
    [
        ("early next week pls", "early next week", "actually thursday then", "thursday"),
        (
            "early next week pls",
            "early next week",
            "hmm friday 29th would be better",
            "friday 29th",
        ),
        (
            "beginning of next week if poss",
            "beginning of next week",
            "the week after, monday?",
            "the week after, monday",
        ),
    ],
)
def test_conversation_week_fringe_a_day_outside_it_replaces_it(
    first: str, part: str, message: str, label: str
) -> None:
    results = replayed(
        [(first, "availability", [span_label(part)]), (message, "book", [span_label(label)])],
        days=21,
    )
    assert part not in {c["text"] for c in results[1]["constraints"]}
