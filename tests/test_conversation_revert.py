"""A turn that keeps the original after a change ("never mind, keep the original"), through
real sessions under span labels (slotwise.conversation_revert)."""

from __future__ import annotations

from typing import Any

import pytest

from slotwise.conversation_revert import reverts
from tests.session_replay import replayed, span_label


def _held(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if c.get("source") == "message"]


def _dropped(result: dict[str, Any]) -> list[str]:
    return [d["text"] for d in result["dropped"]]


@pytest.mark.parametrize(
    "message",
    [
        "never mind, keep the original",
        "Sorry to be a pain - could we stick with the original time after all?",
        "hmm no, the original day is fine actually",
        "ugh forget it, leave it as it was",
        "nah actually keep it, it's fine",
        "can you switch it back please",
        "lets go back to the day I first asked for",
        "Please keep my original appointment.",
        "mejor déjalo como estaba",
        "finalement on garde l'original",
    ],
)
def test_conversation_keeping_the_original_is_said_many_ways(message: str) -> None:
    assert reverts(message)


@pytest.mark.parametrize(
    "message",
    [
        "do I need to bring the original will or is a copy ok?",
        "the first one please",
        "the earlier one works",
        "can we move it back an hour",
        "keep it short, she gets bored",
        "ok keep me posted",
        "I'll go back to work after",
    ],
)
def test_conversation_the_original_of_a_thing_or_a_pick_keeps_nothing(message: str) -> None:
    assert not reverts(message)


@pytest.mark.parametrize(
    "undo",
    [
        "ah never mind, keep the original one",
        "oh wait no, leave it as it was, sorry",
        "mejor déjalo como estaba, perdón",
    ],
)
def test_conversation_keeping_the_original_after_a_move_goes_back_to_it(undo: str) -> None:
    results = replayed(
        [
            ("can I come in wednesday at 10", "book", [span_label("wednesday at 10")]),
            ("the first one", "book", []),
            (
                "could we move it to friday instead, same time?",
                "reschedule",
                [span_label("friday"), span_label("same time")],
            ),
            (undo, "other", []),
        ]
    )
    moved, back = results[2], results[3]
    assert _dropped(moved) == ["wednesday at 10"]
    assert _held(back) == ["wednesday at 10"]  # in its own words and turn
    assert [c["turn"] for c in back["constraints"] if c.get("source") == "message"] == [1]
    assert _dropped(back) == ["friday", "same time"]
    assert back["refers_to"][0]["turn"] == 3 and back["refers_to"][0]["text"] == "friday"


def test_conversation_keeping_the_original_day_after_a_correction_before_a_pick() -> None:
    results = replayed(
        [
            (
                "thursday afternoon if poss, not before 2",
                "book",
                [span_label("thursday afternoon"), span_label("not before 2")],
            ),
            ("actually make it tuesday instead", "book", [span_label("tuesday")]),
            ("hmm no, stick with the original day, sorry", "book", []),
        ]
    )
    back = results[2]
    assert set(_held(back)) == {"thursday afternoon", "not before 2"}
    assert _dropped(back) == ["tuesday"]
    assert back["refers_to"][0]["text"] == "tuesday"
    assert back["proposals"] and all(
        p["start"].startswith("2027-01-21T1") for p in back["proposals"]
    )  # Thursday the 21st, from 2pm


def test_conversation_keeping_the_original_when_the_conversation_opened_with_the_move() -> None:
    results = replayed(
        [
            (
                "I have a visit booked friday at 9, can we push it to monday?",
                "reschedule",
                [span_label("friday at 9", "exclude"), span_label("monday")],
            ),
            ("mornings please", "reschedule", [span_label("mornings")]),
            ("those are all too early. never mind, I'll keep my original one", "other", []),
        ],
        days=14,
    )
    back = results[2]
    assert _held(back) == []  # the booking there was before the move stands
    assert set(_dropped(back)) == {"friday at 9", "monday", "mornings"}


def test_conversation_keeping_the_original_in_its_own_words_holds_them_once() -> None:
    results = replayed(
        [
            ("friday please", "book", [span_label("friday")]),
            ("is 3pm free?", "book", [span_label("3pm")]),
            ("the first one", "book", []),
            ("could it be 4pm instead?", "reschedule", [span_label("4pm")]),
            ("sorry, disregard that and keep the original 3pm", "reschedule", [span_label("3pm")]),
        ]
    )
    back = results[4]
    held = [(c["turn"], c["text"]) for c in back["constraints"] if c.get("source") == "message"]
    assert held == [(1, "friday"), (5, "3pm")]  # the 3pm in this turn's words, once
    assert _dropped(back) == ["4pm"]
    assert back["proposals"][0]["start"].startswith("2027-01-22T15:00")


def test_conversation_a_wish_brought_back_and_said_again_is_not_taken_back() -> None:
    from slotwise.conversation_revert import not_taken_back
    from slotwise.conversation_revise import Held
    from tests.session_replay import constraint

    monday = Held(constraint("monday the 15th", [], id="c1"), 1)
    wednesday = Held(constraint("wednesday the 17th", [], id="c2"), 2)
    dropped = [(wednesday, "reverted"), (monday, "replaced")]  # "the 15th is grand" replaced it
    assert not_taken_back(dropped, [monday]) == [(wednesday, "reverted")]
    # a wish that held all along and the turn replaces is still taken back
    other = Held(constraint("after 3", [], id="c3"), 1)
    assert not_taken_back([(other, "replaced")], [monday]) == [(other, "replaced")]
