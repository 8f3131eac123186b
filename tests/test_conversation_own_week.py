"""A weekday or weekend whose words say which week it is in ("this Saturday", "next
Thursday", "Saturday week", "this weekend") stays in that week when an earlier turn chose
another week; a bare one ("Thursday", "sat morning", "weekend if possible") is read in the
week chosen (`conversation_revise._in_week_of`). Grounding says which is which
(`TimeMention.names_week`), the session reads it (`MessageReading.weeks_named`)."""

from __future__ import annotations

import pytest

from tests.session_replay import replayed, span_label

# the session starts on Monday 18 January 2027 (`session_replay.replayed`)


@pytest.mark.parametrize(
    ("first", "chose", "message", "label", "day"),
    [
        # its own week: as grounding reads it, not the week chosen
        (
            "Any chance of Saturday week?",
            "Saturday week",
            "What about this Saturday then?",
            "this Saturday",
            "2027-01-23",
        ),
        (
            "and next Thursday?",
            "next Thursday",
            "ok book this thursday then",
            "this thursday",
            "2027-01-21",
        ),
        (
            "sometime next week pls",
            "next week",
            "actually this friday would be better",
            "this friday",
            "2027-01-22",
        ),
        (
            "the week after next if poss",
            "the week after next",
            "hmm can you do next tues instead",
            "next tues",
            "2027-01-26",
        ),
        (
            "next week, mornings ideally",
            "next week",
            "this sat morning any good?",
            "this sat morning",
            "2027-01-23",
        ),
        (
            "friday fortnight would suit",
            "friday fortnight",
            "or the coming friday, if you have one",
            "the coming friday",
            "2027-01-22",
        ),
        (
            "week after next works for us",
            "week after next",
            "wait no, Thursday this week pls",
            "Thursday this week",
            "2027-01-21",
        ),
        (
            "the week after next, any day",
            "the week after next",
            "friday week?",
            "friday week",
            "2027-01-29",
        ),
        (
            "next week is best",
            "next week",
            "oh could we squeeze in this weekend instead?",
            "this weekend",
            "2027-01-23",
        ),
        (
            "Saturday week, late morning",
            "Saturday week",
            "this coming sat then, same time",
            "this coming sat",
            "2027-01-23",
        ),
        (
            "the week of the 1st",
            "the week of the 1st",
            "tuesday next week?",
            "tuesday next week",
            "2027-01-26",
        ),
        (
            "next week pls",
            "next week",
            "thurs this wk at 3 then",
            "thurs this wk at 3",
            "2027-01-21",
        ),
        # a bare weekday or weekend is the week chosen's
        ("sometime next week pls", "next week", "thursday if you can", "thursday", "2027-01-28"),
        (
            "the week after next if poss",
            "the week after next",
            "weekend if possible",
            "weekend",
            "2027-02-06",
        ),
        ("next week is best", "next week", "what about tues", "tues", "2027-01-26"),
        (
            "the week after next, any day",
            "the week after next",
            "fri afternoon?",
            "fri afternoon",
            "2027-02-05",
        ),
        ("next week", "next week", "the weekend then", "the weekend", "2027-01-30"),
    ],
)
def test_conversation_own_week_keeps_a_weekday_said_with_its_week(
    first: str, chose: str, message: str, label: str, day: str
) -> None:
    results = replayed(
        [
            (first, "availability", [span_label(chose)]),
            (message, "book", [span_label(label)]),
        ],
        days=21,
    )
    turn2 = [c for c in results[1]["constraints"] if c.get("turn") == 2]
    assert [c["intervals"][0]["start"][:10] for c in turn2] == [day]
