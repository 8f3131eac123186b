"""Another booking after a pick (`slotwise.conversation_another`), and times said for weekdays that move with them, through real sessions under span labels."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from slotwise import conversation_another as rules
from tests.session_replay import replayed, span_label


@pytest.mark.parametrize(
    ("message", "new"),
    [
        ("and can he get another one on friday as well", "friday"),
        ("could we also book a follow-up on friday?", "friday"),
        ("ALSO can we do friday at 10 pls", "friday at 10"),
        ("and a second session for her on friday too.", "friday"),
    ],
)
def test_conversation_another_booking_after_a_pick_starts_a_new_item(
    message: str, new: str
) -> None:
    results = replayed(
        [
            (
                "can I get wednesday morning, I work afternoons",
                "book",
                [span_label("wednesday morning"), span_label("afternoons", "exclude")],
            ),
            ("the first one", "book", []),
            (message, "book", [span_label(new)]),
        ]
    )
    third = results[2]
    assert third["goal"] == "book" and third["goal_shift"] is True
    # the first booking's day gives way, not as a correction: it stands, its wishes met,
    # so nothing is taken back (`dropped`) or referred to
    assert third["dropped"] == []
    assert third["refers_to"] == []
    held = {c["text"] for c in third["constraints"] if c.get("source") == "message"}
    # what the customer said they cannot do ("I work afternoons") went with the first item
    assert held == {new}


def test_conversation_another_booking_is_what_cancel_that_means() -> None:
    results = replayed(
        [
            ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            ("could we also get friday at 3 for my son", "book", [span_label("friday at 3")]),
            ("the first one", "book", []),
            ("hmm cancel that one, he is sick", "cancel", []),
        ]
    )
    assert results[4]["cancels"]["turn"] == 3


@pytest.mark.usefixtures("unsure_reader")
@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # a move says so, and stays one
        ("also can we push it to friday instead", "reschedule"),
        # no additive word, and a reader not sure it is a booking: the booking changes,
        # it does not double (a sure one is another item: test_conversation_second_items)
        ("friday would be better actually", "book"),
        # "too" that does not end a clause adds nothing
        ("friday, wednesday is too early for me", "book"),
    ],
)
def test_conversation_no_second_booking_without_saying_so(message: str, intent: str) -> None:
    results = replayed(
        [
            ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            (message, intent, [span_label("friday")]),
        ]
    )
    assert results[2]["goal"] == "reschedule"  # a move of the slot booked
    assert results[2]["refers_to"][0]["text"] == "wednesday morning"


def test_conversation_another_booking_needs_a_booked_slot() -> None:
    # before any pick, "also" adds to the request being searched for
    assert not rules.another_booking("book", False, True, "also friday would work")
    assert not rules.another_booking("reschedule", True, True, "also move it to friday")
    assert not rules.another_booking("book", True, False, "also, thanks so much")
    assert rules.another_booking("book", True, True, "another one on friday pls")


@pytest.mark.parametrize(
    ("message", "adds"),
    [
        ("y mi esposo needs a filling, también ese día, con el doctor", True),
        ("Y mi hija también, a la misma hora si hay dos sillas", True),
        ("además quiero una limpieza para mí el viernes", True),
        ("tambien el viernes para mi hijo porfa", True),
        ("el viernes está bien", False),
        ("mejor el jueves, tampoco puedo el viernes", False),
    ],
)
def test_conversation_another_booking_said_in_spanish(message: str, adds: bool) -> None:
    assert rules.another_booking("book", True, True, message) is adds


def _held(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if c.get("source") == "message"]


@pytest.mark.parametrize(
    ("first", "days", "clock", "then", "new", "out"),
    [
        (
            "weekly sessions, ideally on Mondays. It needs to be at 9",
            "ideally on Mondays",
            "at 9",
            "Sorry, I meant Tuesdays! Mondays he's at his dad's.",
            "Tuesdays",
            "Mondays",
        ),
        (
            "every Thursday if possible, after 3:15",
            "every Thursday if possible",
            "after 3:15",
            "oh wait scratch thursday. wednesdays instead",
            "wednesdays",
            "thursday",
        ),
    ],
)
def test_conversation_a_time_said_for_weekdays_moves_to_the_new_weekdays(
    first: str, days: str, clock: str, then: str, new: str, out: str
) -> None:
    results = replayed(
        [
            (first, "book", [span_label(days, "prefer", "soft"), span_label(clock)]),
            (then, "book", [span_label(new), span_label(out, "exclude")]),
        ],
        days=28,  # weekdays of every week over four weeks: no few days, a time of the week
    )
    second = results[1]
    held = _held(second)
    assert any(clock in h for h in held)  # the time stays with the booking
    assert all(clock not in d["text"] for d in second["dropped"])
    # ... on every day now, the new weekdays among them
    time = next(c for c in second["constraints"] if c.get("text") == clock)
    starts = [datetime.fromisoformat(s["start"]) for s in time["intervals"]]
    weekday = {"Tuesdays": 1, "wednesdays": 2}[new]
    assert any(s.weekday() == weekday for s in starts)
    assert {(s.hour, s.minute) for s in starts} == {(9, 0) if clock == "at 9" else (15, 15)}


@pytest.mark.parametrize(
    ("first", "then", "new", "gone"),
    [
        (
            "could he see him next Wednesday, around 4 if he can?",
            "Oh I'm sorry, I meant this Wednesday, not next Wednesday.",
            "this Wednesday",
            "next Wednesday",
        ),
        (
            "next friday, between 2 and 4 please",
            "sorry not next friday, this friday",
            "this friday",
            "next friday",
        ),
    ],
)
def test_conversation_a_retracted_day_leaves_the_time_said_with_it(
    first: str, then: str, new: str, gone: str
) -> None:
    day, _, clock = first.partition(", ")
    day = day.split(" ")[-2] + " " + day.split(" ")[-1] if "see him" in day else day
    results = replayed(
        [
            (first, "book", [span_label(day), span_label(clock, "prefer", "soft")]),
            (then, "book", [span_label(new), {**span_label(gone), "retracted": True}]),
        ]
    )
    second = results[1]
    assert [d["text"].split(",")[0] for d in second["dropped"]] == [day]
    assert any("," in h for h in _held(second))  # the time said with the day holds on
    # ... on every day, this week's among them
    time = next(c for c in second["constraints"] if "," in (c.get("text") or ""))
    starts = [datetime.fromisoformat(s["start"]) for s in time["intervals"]]
    assert {s.date().isoformat() for s in starts} >= {"2027-01-20", "2027-01-22"}
    assert {s.hour for s in starts} <= {14, 15, 16}
