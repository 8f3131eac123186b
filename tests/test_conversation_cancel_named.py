"""What "cancel ..." means when the turn names an earlier booking that a second booking
followed (slotwise.conversation_items.cancel_target, `booked_before`): the wishes the
first booking asked for, though they no longer hold, still name it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.session_replay import replayed, span_label

# Monday 18 January 2027: Wednesday is the 20th, Friday the 22nd
TWO_BOOKINGS = [
    ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
    ("the first one", "book", []),
    ("and my son's bike on friday at 3", "book", [span_label("friday at 3")]),
    ("the first one", "book", []),
]


def _cancels(message: str, labels: list[dict[str, Any]]) -> dict[str, Any]:
    results = replayed([*TWO_BOOKINGS, (message, "cancel", labels)])
    assert results[4]["goal"] == "cancel"
    return dict(results[4]["cancels"])


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("cancel the wednesday one please", "the wednesday one"),
        ("could you cancel wednesday's? I can't make it", "wednesday"),
        ("actually scrap the Wednesday appointment", "Wednesday"),
        ("drop the one on wednesday, thanks", "on wednesday"),
        ("Please cancel my booking on the 20th.", "on the 20th"),
        ("the 20th won't work anymore, cancel that one", "the 20th"),
        ("hmm, wed is a no go now. cancel it pls", "wed"),
        (
            "Sorry, on second thought could you cancel the wednesday morning one?",
            "wednesday morning",
        ),
        ("I don't need Wednesday anymore, you can cancel it", "Wednesday"),
        ("ugh scratch wednesday", "wednesday"),
        ("cancel mine on wed 20th, keep my son's", "wed 20th"),
    ],
)
def test_conversation_cancel_names_the_first_of_two_bookings(message: str, said: str) -> None:
    cancels = _cancels(message, [span_label(said, "context")])
    assert cancels["turn"] == 1
    assert "wednesday morning" in cancels["text"]


@pytest.mark.parametrize(
    ("message", "labels"),
    [
        ("cancel the friday one", [span_label("the friday one", "context")]),
        ("please cancel the booking on the 22nd", [span_label("on the 22nd", "context")]),
        ("cancel that one actually, he sold it", []),
        ("scrap that, sorry", []),
        ("forget the bike, cancel it", []),
    ],
)
def test_conversation_cancel_that_still_means_the_latest_booking(
    message: str, labels: list[dict[str, Any]]
) -> None:
    # the later booking, named or not: "cancel that" means the booking made last
    assert _cancels(message, labels)["turn"] == 3


def test_conversation_cancel_names_a_day_no_booking_asked_for() -> None:
    # Thursday was asked for by neither booking: the booking made last
    cancels = _cancels("cancel it, thursday is chaos", [span_label("thursday", "context")])
    assert cancels["turn"] == 3


# a booking, then a move of it (Wednesday the 20th to Thursday the 21st)
MOVED = [
    ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
    ("the first one", "book", []),
    ("can we move it to thursday instead", "reschedule", [span_label("thursday")]),
    ("the first one", "reschedule", []),
]


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("ok actually just cancel the whole thing, im away that week", "that week"),
        ("cancel the thursday one please", "the thursday one"),
        ("sorry, thursday is gone now too, can you cancel it", "thursday"),
        ("Please cancel my appointment on the 21st.", "on the 21st"),
        ("scrap it, the 21st won't work either", "the 21st"),
        ("can u cancel thurs", "thurs"),
        ("I'm away till next month, cancel that", "next month"),
        ("cancel it, I'll call back in february", "in february"),
    ],
)
def test_conversation_cancel_a_wish_said_after_the_booking_means_the_booking(
    message: str, said: str
) -> None:
    # the move's own day (or a stretch holding it) names the booking it moved
    results = replayed([*MOVED, (message, "cancel", [span_label(said, "context")])])
    assert results[4]["goal"] == "cancel"
    assert results[4]["cancels"]["turn"] == 1
    assert "wednesday morning" in results[4]["cancels"]["text"]


@pytest.mark.parametrize(
    ("limit", "message", "said"),
    [
        ("oh and not before 10 pls", "cancel that, mornings are a mess now", "mornings"),
        ("after 10 if poss", "hmm cancel it, I'm away till april", "april"),
        ("nothing before 9:30 tho", "cancel that, 9:30 is too late for me now", "9:30"),
    ],
)
def test_conversation_cancel_a_limit_added_to_the_booking_means_the_booking(
    limit: str, message: str, said: str
) -> None:
    limit_said = limit.split(" pls")[0].split(" if")[0].split(" tho")[0].removeprefix("oh and ")
    results = replayed(
        [
            ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
            (limit, "book", [span_label(limit_said)]),
            ("the first one", "book", []),
            (message, "cancel", [span_label(said, "context")]),
        ]
    )
    assert results[3]["cancels"]["turn"] == 1
