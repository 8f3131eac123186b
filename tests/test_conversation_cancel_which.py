"""Several bookings in one conversation, through real sessions under span labels: a
second booking after a pick takes nothing back (`dropped`), and a cancel that names one
of the bookings means that one, by its words, whom it is for or its day
(slotwise.conversation_which)."""

from __future__ import annotations

from typing import Any

import pytest

from slotwise import conversation_which as which
from tests.session_replay import replayed, span_label

# Monday 18 January 2027: Wednesday is the 20th, Friday the 22nd


def _two(first: str, day1: str, second: str, day2: str) -> list[Any]:
    return [
        (first, "book", [span_label(day1)]),
        ("the first one", "book", []),
        (second, "book", [span_label(day2)]),
        ("first one", "book", []),
    ]


def _texts(items: list[dict[str, Any]]) -> list[str]:
    return [d["text"] for d in items]


def _held(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if c.get("source") == "message"]


# (first request, its day, second request, its day, the cancel, the turn it means)
NAMED = [
    # a thing, by its word or another form of it
    (
        "gel nails thursday or friday?",
        "thursday or friday",
        "and can I get my brows done same day too",
        "same day",
        "oh wait cancel the nails, keep the brows",
        1,
    ),
    (
        "need Ava in for a cleaning wednesday morning",
        "wednesday morning",
        "and a checkup for me as well, friday if poss",
        "friday",
        "hmm can you cancel the clean",
        1,
    ),
    (
        "can we book a kayak for wednesday afternoon",
        "wednesday afternoon",
        "also 2 bikes for friday morning",
        "friday morning",
        "dang ok. actually can you cancel the kayak, plans changed",
        1,
    ),
    (
        "I'd like a consult with the surveyor wednesday",
        "wednesday",
        "could we also get the delivery on friday",
        "friday",
        "Please cancel the consult, keep the delivery.",
        1,
    ),
    (
        "a pickup from the airport on wednesday at 10",
        "wednesday at 10",
        "and the drop off back there friday at 3 too",
        "friday at 3",
        "wait cancel the pickup, my neighbour can take me",
        1,
    ),
    (
        "can I get a massage with Jenny wednesday",
        "wednesday",
        "also acupuncture friday morning as well",
        "friday morning",
        "sorry ah, cancel the massage, my daughter cannot drive me. acupuncture keep",
        1,
    ),
    (
        "ski lesson for the kids on wednesday",
        "wednesday",
        "and a private lesson for me too, friday",
        "friday",
        "can you cancel the private one, my knee is gone",
        3,
    ),
    # whom it is for
    (
        "Hi can I book a consult wednesday morning for myself",
        "wednesday morning",
        "and my husband wants one too, friday",
        "friday",
        "oh shoot, cancel mine, I have jury duty. keep his",
        1,
    ),
    (
        "a cut for my son on wednesday please",
        "wednesday",
        "and one for me as well on friday",
        "friday",
        "scratch that, cancel his, he has a match",
        1,
    ),
    (
        "my mum needs her eyes tested wednesday",
        "wednesday",
        "and I need new glasses fitted, friday",
        "friday",
        "could you cancel the one for my mum? her sister is taking her",
        1,
    ),
    (
        "She'd like a consultation with Dr Kim on wednesday",
        "wednesday",
        "Her husband would also like a consult on friday",
        "friday",
        "Apologies, please cancel her appointment. His remains as is.",
        1,
    ),
    (
        "can I book a trim for me wednesday",
        "wednesday",
        "and my daughter's first haircut on friday too",
        "friday",
        "ugh she has a field trip, cancel hers please, mine can stay",
        3,
    ),
    # a place among them
    (
        "a tour of the school on wednesday",
        "wednesday",
        "and an assessment for my son friday",
        "friday",
        "sorry, cancel that first one please",
        1,
    ),
    (
        "can I get a trim wednesday",
        "wednesday",
        "and a colour on friday too",
        "friday",
        "hmm pls cancel the later one",
        3,
    ),
    # a day
    (
        "a lesson on wednesday please",
        "wednesday",
        "and another lesson friday as well",
        "friday",
        "actually can you cancel the wednesday lesson",
        1,
    ),
]


@pytest.mark.parametrize(("first", "day1", "second", "day2", "message", "means"), NAMED)
def test_conversation_cancel_names_one_of_two_bookings(
    first: str, day1: str, second: str, day2: str, message: str, means: int
) -> None:
    results = replayed([*_two(first, day1, second, day2), (message, "cancel", [])])
    assert results[2]["dropped"] == []  # the second booking took nothing back
    last = results[4]
    assert last["goal"] == "cancel" and last["cancels"]["turn"] == means
    # the booking being made drops its wishes; an earlier one's had stopped holding
    # when the second booking started, so nothing that held is taken back; nothing
    # holds after a cancel
    assert _texts(last["dropped"]) == ([] if means == 1 else [day2])
    assert _held(last) == []


# near misses: nothing names one booking more than the other, so "cancel that" means
# the booking made last, as before
UNNAMED = [
    "cancel that please, sorry",
    "can you cancel the appointment",
    "hmm cancel it, my daughter says the car is broken",  # a reason names nobody's booking
    "cancel the booking, I'll call back",
    "ok never mind then",
]


@pytest.mark.parametrize("message", UNNAMED)
def test_conversation_cancel_naming_no_booking_means_the_latest(message: str) -> None:
    results = replayed(
        [
            *_two(
                "can I get a cleaning wednesday morning",
                "wednesday morning",
                "and my son needs a checkup friday",
                "friday",
            ),
            (message, "cancel", []),
        ]
    )
    last = results[4]
    assert last["cancels"]["turn"] == 3
    assert _texts(last["dropped"]) == ["friday"]  # what held: the booking being made


def test_conversation_second_booking_after_a_pick_lists_nothing_dropped() -> None:
    results = replayed(
        [
            ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            ("and my son's bike on friday at 3", "book", [span_label("friday at 3")]),
        ]
    )
    assert results[2]["dropped"] == [] and _held(results[2]) == ["friday at 3"]


def test_conversation_a_move_of_the_same_booking_still_drops_what_it_replaces() -> None:
    results = replayed(
        [
            ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            ("can we move it to friday instead", "reschedule", [span_label("friday")]),
        ]
    )
    assert _texts(results[2]["dropped"]) == ["wednesday morning"]


@pytest.mark.parametrize(
    ("message", "who"),
    [
        ("Hi can I book a consult this friday morning for myself", which.ME),
        ("I want massage with Jenny next Monday, my daughter say she is very good", which.ME),
        ("my brother's picking his up too, right after me?", which.HE),
        ("Second, my mother want laser for her spots. Saturday morning please.", which.SHE),
        ("Her husband would also like a laser hair removal consult", which.HE),
        ("She'd like a consultation with Dr Kim tomorrow", which.SHE),
        ("need Ava in for a cleaning this Friday morning", which.SOMEONE),
        ("Could we book climbing for our two kids on Friday morning?", which.SOMEONE),
    ],
)
def test_conversation_which_whom_an_item_is_for(message: str, who: str) -> None:
    assert which.whom(message) == who


@pytest.mark.parametrize(
    ("message", "whom"),
    [
        ("cancel that mate", None),
        ("cheers mate, cancel it", None),
        ("cancel it bro", None),
        ("cancel my mate's", "someone"),
        ("cancel the one for my bro", "he"),
    ],
)
def test_a_word_of_address_names_no_one(message: str, whom: str | None) -> None:
    from slotwise.conversation_which import whom_named

    assert whom_named(message) == whom
