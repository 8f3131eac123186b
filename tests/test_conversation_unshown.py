"""A turn that names a slot the way it would pick a shown option ("the 1:30", "9:30 pls",
"the Thursday one"), when none of the options shown is that slot but it is open and fits
what holds: the slot is picked and comes first (slotwise.conversation_picks.unshown,
`sought`; the session's search for it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Span

from slotwise.conversation_picks import sought, unshown
from tests.session_replay import open_hours, replayed, span_label

# shown after it: Thursday 21 January 2027 at 12:00, 13:00 and 14:00 (Dr. Ames, 8 to 5)
AFTERNOON = ("can i come in thursday afternoon", "book", [span_label("thursday afternoon")])
# shown after it: Monday 25, Tuesday 26 and Wednesday 27 January at 8:00
NEXT_WEEK = ("anything next week?", "availability", [span_label("next week")])


def _start(result: dict[str, Any], k: int = 0) -> str:
    return str(result["proposals"][k]["start"])[:16]


@pytest.mark.parametrize(
    ("message", "said", "start"),
    [
        ("the 1:30", "the 1:30", "2027-01-21T13:30"),
        ("1:45 pls", "1:45", "2027-01-21T13:45"),
        ("the 2:15 one", "the 2:15 one", "2027-01-21T14:15"),
        ("ok 3:30 then", "3:30", "2027-01-21T15:30"),
        ("half 2 works", "half 2", "2027-01-21T14:30"),
        ("quarter past 3 please", "quarter past 3", "2027-01-21T15:15"),
        ("Lovely, I'll take the 2:50.", "the 2:50", "2027-01-21T14:50"),
        ("14:45 please", "14:45", "2027-01-21T14:45"),
        ("go on then, 4pm", "4pm", "2027-01-21T16:00"),
        ("The three o'clock would suit me grand", "three o'clock", "2027-01-21T15:00"),
        ("The 3:40 is perfect, thank you", "The 3:40", "2027-01-21T15:40"),
    ],
)
def test_conversation_unshown_a_clock_not_shown_picks_the_open_slot(
    message: str, said: str, start: str
) -> None:
    out = replayed([AFTERNOON, (message, "book", [span_label(said, "context")])])
    assert start not in [_start(out[0], k) for k in range(3)]  # it was not shown
    ref = out[1]["refers_to"]
    assert [r["shown_rank"] for r in ref] == [1]
    assert str(ref[0]["proposal"]["start"])[:16] == start
    assert ref[0]["proposal"]["explanation"] == "the slot you named"
    assert _start(out[1]) == start and out[1]["goal"] == "book"


@pytest.mark.parametrize(
    ("message", "said", "start"),
    [
        ("the friday one", "the friday one", "2027-01-29T08:00"),
        ("thursday one pls", "thursday", "2027-01-28T08:00"),
        ("ok the Friday at 10", "the Friday at 10", "2027-01-29T10:00"),
        ("thurs 11:30 is great", "thurs 11:30", "2027-01-28T11:30"),
    ],
)
def test_conversation_unshown_a_day_not_shown_picks_its_first_open_slot(
    message: str, said: str, start: str
) -> None:
    # a weekday read as this week's, when next week's days were asked for: next week's
    out = replayed([NEXT_WEEK, (message, "book", [span_label(said, "context")])], days=14)
    assert [r["shown_rank"] for r in out[1]["refers_to"]] == [1]
    assert _start(out[1]) == start and out[1]["goal"] == "book"


@pytest.mark.parametrize(
    ("message", "start"),
    [
        ("12.30 one", "2027-01-21T12:30"),
        ("yes the 1.20 please!!", "2027-01-21T13:20"),
        ("THE 2.15", "2027-01-21T14:15"),
        ("the 4.15 one thanks", "2027-01-21T16:15"),
        ("3.40 pls", "2027-01-21T15:40"),
        ("ok 4 works", "2027-01-21T16:00"),
    ],
)
def test_conversation_unshown_words_grounding_left_unplaced_pick_the_open_slot(
    message: str, start: str
) -> None:
    # grounding reads "12.30" as no time: the clock it names, on the day shown
    out = replayed([AFTERNOON, (message, "book", [])])
    assert [r["shown_rank"] for r in out[1]["refers_to"]] == [1]
    assert _start(out[1]) == start


@pytest.mark.parametrize("message", ["the 9.30 one", "9.45 pls", "ok the 4.50 then", "7 works"])
def test_conversation_unshown_unplaced_clock_neither_open_nor_shown_is_not_option_one(
    message: str,
) -> None:
    # the morning, or past closing, when the afternoon was asked for: not 12:00, shown first
    out = replayed([AFTERNOON, (message, "book", [])])
    assert out[1]["refers_to"] == []


@pytest.mark.parametrize("message", ["pick 3", "ok 3", "3 is good"])
def test_conversation_unshown_a_number_no_larger_than_the_options_is_no_clock(
    message: str,
) -> None:
    # three shown, none at 3 o'clock: an option's number, not 3pm searched for
    out = replayed([AFTERNOON, (message, "book", [])])
    assert "2027-01-21T15:00" not in [_start(out[1], k) for k in range(len(out[1]["proposals"]))]


def test_conversation_unshown_a_slot_shown_keeps_its_rank() -> None:
    out = replayed([AFTERNOON, ("the 1pm", "book", [span_label("the 1pm", "context")])])
    assert [r["shown_rank"] for r in out[1]["refers_to"]] == [2]
    assert out[1]["refers_to"][0]["proposal"]["explanation"].startswith("the slot you picked")


@pytest.mark.parametrize(
    ("message", "spans", "intent"),
    [
        # closed then: nothing open to pick
        ("the 6pm", [span_label("the 6pm", "context")], "book"),
        ("ok 7:30 then", [span_label("7:30", "context")], "book"),
        # the morning, when the afternoon was asked for: it fits nothing that holds
        ("the 10am", [span_label("the 10am", "context")], "book"),
        # another day than the one asked for
        ("the friday one", [span_label("the friday one", "context")], "book"),
        # a time the turn asks for is a wish, not a pick
        ("could we do 1:30 instead?", [span_label("1:30")], "book"),
        ("1:30 if you have it", [span_label("1:30", "prefer", "soft")], "book"),
        # not about booking
        ("is the 1:30 bus ok to get there?", [span_label("the 1:30", "context")], "other"),
        ("ok cancel, the 2:30 doesnt work for me", [span_label("the 2:30", "context")], "cancel"),
    ],
)
def test_conversation_unshown_picks_nothing_closed_against_what_holds_or_asked_for(
    message: str, spans: list[dict[str, Any]], intent: str
) -> None:
    out = replayed([AFTERNOON, (message, intent, spans)])
    assert [r.get("shown_rank") for r in out[1]["refers_to"] if r.get("shown_rank")] == []


def test_conversation_unshown_nothing_shown_picks_nothing() -> None:
    out = replayed(
        [("the 1:30 on thursday", "book", [span_label("the 1:30 on thursday", "context")])]
    )
    assert out[0]["refers_to"] == []


def test_conversation_unshown_the_slot_picked_is_the_one_booked() -> None:
    # "an hour later" counts from the slot named, as from one shown and picked
    out = replayed(
        [
            AFTERNOON,
            ("the 1:30", "book", [span_label("the 1:30", "context")]),
            ("can we make it an hour later?", "reschedule", [span_label("an hour later")]),
        ]
    )
    assert _start(out[2]) == "2027-01-21T14:30"


def _at(start: str, minutes: int, text: str = "the 1:30") -> Constraint:
    a = datetime.fromisoformat(f"{start}:00-06:00")
    spans = [Span(start=a, end=a + timedelta(minutes=minutes))]
    return Constraint(
        id="m0", text=text, span=(0, len(text)), kind="require", strength="hard", intervals=spans
    )


def test_conversation_unshown_sought_a_start_is_the_visit_from_it() -> None:
    (c,) = sought([_at("2027-01-21T13:30", 1)], timedelta(minutes=45))
    assert c.intervals[0].end - c.intervals[0].start == timedelta(minutes=45)
    # a wider time stays as said; a day named whole moves on by weeks
    (day,) = sought([_at("2027-01-21T00:00", 24 * 60, "thursday")], timedelta(minutes=30), 1)
    assert day.intervals[0].start.day == 28
    assert day.intervals[0].end - day.intervals[0].start == timedelta(days=1)


def test_conversation_unshown_a_named_option_shown_is_no_unshown_pick() -> None:
    def option(start: str) -> dict[str, Any]:
        a = datetime.fromisoformat(f"{start}:00-06:00")
        return {"rank": 1, "resource": "dr-ames", "start": a.isoformat(), "end": str(a)}

    named = [_at("2027-01-21T13:30", 1)]
    found = [option("2027-01-21T13:30")]
    picked = unshown(named, found, [option("2027-01-21T12:00")])
    assert picked is not None and picked.rank == 1 and not picked.shown
    assert unshown(named, found, [option("2027-01-21T13:30")]) is None  # shown: `pick`'s
    assert unshown(named, [], [option("2027-01-21T12:00")]) is None  # nothing open


# Dr. Ames opens at 8, Kate Lund at 10: Wednesday morning shows Ames at 8, 9 and 10
TWO = [open_hours("dr-ames", "Dr. Ames"), open_hours("kate", "Kate Lund", "10:00")]


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("Kate's one please", "Kate"),
        ("the one with kate", "kate"),
        ("Dr Lund's slot pls", "Dr Lund"),
        ("ok whatever kate has", "kate"),
        ("Kate Lund, please, whichever time that is.", "Kate Lund"),
    ],
)
def test_conversation_unshown_a_provider_none_shown_is_theirs_picks_their_first_open_slot(
    message: str, said: str
) -> None:
    results = replayed(
        [
            ("wednesday morning please", "book", [span_label("wednesday morning")]),
            (message, "book", [span_label(said, "context", type="resource")]),
        ],
        resources=TWO,
    )
    assert {p["resource"] for p in results[0]["proposals"]} == {"dr-ames"}
    ref = results[1]["refers_to"]
    assert ref and ref[0]["shown_rank"] == 1
    assert (ref[0]["proposal"]["resource"], str(ref[0]["proposal"]["start"])[:16]) == (
        "kate",
        "2027-01-20T10:00",
    )
    assert (_start(results[1]), results[1]["proposals"][0]["resource"]) == (
        "2027-01-20T10:00",
        "kate",
    )
