"""A booking placed against another booking of the conversation, with the real session:
its wish is a bound from the slot picked for the booking its words name
(slotwise.conversation_placed, extractor/placed_against.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.session_replay import replayed, span_label


def _placed(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if str(c.get("rule")).startswith("placed.")]


def _first(result: dict[str, Any]) -> str:
    return str(result["proposals"][0]["start"])[:16]


def _book_ava_at_8() -> list[tuple[str, str, list[dict[str, Any]]]]:
    """Ava booked Wednesday 08:00-08:30 (Dr. Ames, open 08:00-17:00)."""
    return [
        ("can I get Ava in wednesday morning", "book", [span_label("wednesday morning")]),
        ("the first one", "book", []),
    ]


def test_conversation_placed_right_after_a_named_booking_starts_at_its_end() -> None:
    results = replayed(
        [
            *_book_ava_at_8(),
            ("then Leo right after Ava", "book", [span_label("right after Ava")]),
            ("first one", "book", []),
            ("and Mia after Leo please", "book", [span_label("after Leo")]),
        ]
    )
    leo, mia = results[2], results[4]
    assert leo["goal"] == "book" and leo["goal_shift"] is True  # another booking, not a pick
    assert leo["refers_to"] == [] and leo["dropped"] == []
    assert _placed(leo) == ["right after Ava"]
    assert [c["text"] for c in leo["constraints"] if c.get("source") == "message"] == [
        "right after Ava"
    ]  # Ava's Wednesday morning was hers: it stops holding
    assert _first(leo) == "2027-01-20T08:30"
    assert _placed(mia) == ["after Leo"] and _first(mia) == "2027-01-20T09:00"


def test_conversation_placed_names_the_booking_by_whom_it_is_for() -> None:
    results = replayed(
        [
            ("my daughter needs a checkup wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),  # hers: 08:00-08:30
            ("and my son thursday afternoon", "book", [span_label("thursday afternoon")]),
            ("the first one", "book", []),  # his: Thursday 12:00
            ("and me too, right after her", "book", [span_label("right after her")]),
        ]
    )  # fmt: skip
    assert _placed(results[4]) == ["right after her"]
    assert _first(results[4]) == "2027-01-20T08:30"  # after hers, not after his


def test_conversation_placed_spanish_and_before() -> None:
    results = replayed(
        [
            *_book_ava_at_8()[:1],
            ("la segunda", "book", []),
            ("Y Tomás después de su hermana", "book", [span_label("después de su hermana")]),
        ]
    )
    assert _placed(results[2]) == ["después de su hermana"]
    picked = results[1]["proposals"][0]  # the second option shown, picked first now
    assert _first(results[2]) == str(picked["end"])[:16]
    before = replayed(
        [
            ("can I get Ava in wednesday after 2", "book", [span_label("wednesday after 2")]),
            ("the first one", "book", []),  # 14:00-14:30
            ("could his sister get one right before her?", "book", [span_label("right before her")]),
        ]
    )  # fmt: skip
    assert _first(before[2]) == "2027-01-20T13:30"  # ending where hers starts


def test_conversation_placed_nothing_named_is_the_booking_made_last() -> None:
    results = replayed(
        [
            *_book_ava_at_8(),
            ("Can I add a brow tint straight after?", "book", [span_label("straight after")]),
        ]
    )
    assert _placed(results[2]) == ["straight after"]
    assert _first(results[2]) == "2027-01-20T08:30"


def test_conversation_placed_a_thing_named_in_two_capitals_names_its_booking() -> None:
    # "the GP", "the MRI": a short name said in capitals is a word of the booking too;
    # the GP visit (Wednesday at 8) is named, not the booking made last (Thursday's)
    results = replayed(
        [
            ("a GP visit wednesday morning pls", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            ("and a blood test thursday afternoon", "book", [span_label("thursday afternoon")]),
            ("the first one", "book", []),
            ("can the nurse see me straight after the GP?", "book", [span_label("straight after the GP")]),
        ]
    )  # fmt: skip
    assert _placed(results[4]) == ["straight after the GP"]
    assert _first(results[4]) == "2027-01-20T08:30"


def test_conversation_placed_near_misses_place_nothing() -> None:
    # a thing no booking was asked for in, and a placing with nothing booked yet
    results = replayed(
        [
            *_book_ava_at_8(),
            ("and one for me friday, I can come right after my shift", "book", [span_label("friday")]),
        ]
    )  # fmt: skip
    assert _placed(results[2]) == []
    alone = replayed(
        [("can Leo come in right after Ava on friday", "book", [span_label("friday")])]
    )
    assert _placed(alone[0]) == []


def _open(rid: str, name: str) -> dict[str, Any]:
    days = [f"2027-01-{d}" for d in range(18, 30)]
    return {
        "id": rid,
        "name": name,
        "open": [{"start": f"{d}T08:00:00-06:00", "end": f"{d}T17:00:00-06:00"} for d in days],
    }


SALON = [_open("jade", "Jade"), _open("kim", "Kim")]


def _providers(result: dict[str, Any]) -> set[str]:
    return {str(p["resource"]) for p in result["proposals"]}


def test_conversation_placed_the_same_stylist_is_the_provider_of_that_booking() -> None:
    results = replayed(
        [
            ("cut for me wednesday morning w kim", "book", [
                span_label("wednesday morning"), span_label("kim", type="resource")]),
            ("the first one", "book", []),  # Kim, Wednesday 08:00
            ("And then my daughter straight after me, with the same stylist please", "book", [
                span_label("straight after me"), span_label("the same stylist", type="resource")]),
        ],
        resources=SALON,
    )  # fmt: skip
    daughter = results[2]
    same = [c for c in daughter["constraints"] if c.get("rule") == "resource.same"]
    assert [c["resources"] for c in same] == [["kim"]]
    assert _providers(daughter) == {"kim"} and _first(daughter) == "2027-01-20T08:30"


def test_conversation_placed_the_other_girl_is_any_provider_but_that_bookings() -> None:
    results = replayed(
        [
            ("nails for me friday at 10 w kim", "book", [
                span_label("friday at 10"), span_label("kim", type="resource")]),
            ("yes that one", "book", []),
            ("could my bridesmaid go at the same time as me with the other girl?", "book", [
                span_label("at the same time as me"),
                span_label("the other girl", type="resource")]),
        ],
        resources=SALON,
    )  # fmt: skip
    bridesmaid = results[2]
    other = [c for c in bridesmaid["constraints"] if c.get("rule") == "resource.other"]
    assert [c["resources"] for c in other] == [["jade"]]
    assert _providers(bridesmaid) == {"jade"} and _first(bridesmaid) == "2027-01-22T10:00"


def test_conversation_placed_the_same_doctor_with_nothing_booked_narrows_nothing() -> None:
    # "Same doctor please" before any slot was picked: no booking names a provider
    results = replayed(
        [("Same doctor please, friday afternoon", "book", [
            span_label("Same doctor", type="resource"), span_label("friday afternoon")])],
        resources=SALON,
    )  # fmt: skip
    same = [c for c in results[0]["constraints"] if c.get("rule") == "resource.same"]
    assert [sorted(c["resources"]) for c in same] == [["jade", "kim"]]


def test_conversation_placed_the_same_provider_on_a_move_replaces_nothing() -> None:
    # "push it to friday instead, same stylist": Kim said again, "w kim" still holds
    results = replayed(
        [
            ("cut wednesday morning w kim", "book", [
                span_label("wednesday morning"), span_label("kim", type="resource")]),
            ("the first one", "book", []),
            ("can we push it to friday instead, same stylist?", "reschedule", [
                span_label("friday"), span_label("same stylist", type="resource")]),
        ],
        resources=SALON,
    )  # fmt: skip
    moved = results[2]
    held = [c["text"] for c in moved["constraints"] if c.get("source") == "message"]
    assert "kim" in held and "same stylist" in held
    assert [d["text"] for d in moved["dropped"]] == ["wednesday morning"]
    assert _providers(moved) == {"kim"}


@pytest.mark.parametrize(
    "said",
    [
        "and me straight after her, just a checkup for me too",
        "Leo right after Ava",
        "my husband needs one too, right after mine?",
        "y mi hijo justo después de ella porfa",
        "and me too, straight after",
        "could Leo have the slot after Ava's?",
    ],
)
def test_conversation_placed_read_as_an_aside_asks_for_another_booking(said: str) -> None:
    # the reader reads a placing with no time of its own as an aside ("other"); its words
    # name the booking made, so the turn asks for another one placed against it
    results = replayed(
        [
            ("can I get Ava in wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            (said, "other", []),
        ]
    )
    turn = results[2]
    assert turn["goal"] == "book" and turn["goal_shift"] is True
    assert turn["refers_to"] == [] and turn["dropped"] == []
    assert [c["rule"] for c in turn["constraints"] if c.get("source") == "message"] == [
        "placed.after"
    ]
    assert _first(turn) == "2027-01-20T08:30"


def test_conversation_placed_an_aside_with_nothing_booked_stays_an_aside() -> None:
    # nothing picked yet: "right after her" names no booking, and a question stays one
    results = replayed(
        [
            ("can I get Ava in wednesday morning", "book", [span_label("wednesday morning")]),
            ("and could her brother come right after her?", "other", []),
        ]
    )
    assert results[1]["goal"] == "other" and results[1]["proposals"] == []


def test_conversation_placed_right_after_that_one_is_the_booking_made_last() -> None:
    # "right after that one": the booking just made, not "after that" said of a time
    results = replayed(
        [
            *_book_ava_at_8(),
            ("and unit B right after that one", "book", [span_label("right after that one")]),
        ]
    )
    assert _placed(results[2]) == ["right after that one"]
    assert [c["text"] for c in results[2]["constraints"] if c.get("source") == "message"] == [
        "right after that one"
    ]
    assert _first(results[2]) == "2027-01-20T08:30"


def test_conversation_placed_a_time_said_before_the_placing_stays() -> None:
    # "Afternoon, same day as Ava": grounding reads "Afternoon, same day" as one time; it
    # says words of its own before the placing, so it holds beside it
    results = replayed(
        [
            *_book_ava_at_8(),
            (
                "also need one for my brother. Afternoon, same day as Ava ideally",
                "book",
                [span_label("Afternoon"), span_label("same day as Ava")],
            ),
        ]
    )
    held = [c["text"] for c in results[2]["constraints"] if c.get("source") == "message"]
    assert "same day as Ava" in held and any(t.startswith("Afternoon") for t in held)
    assert _first(results[2]) >= "2027-01-20T12:00" and _first(results[2]) < "2027-01-21"


@pytest.mark.parametrize(
    "said",
    [
        "what should she eat now, after the checkup?",
        "what happens if her permit runs out before the checkup?",
    ],
)
def test_conversation_placed_a_thing_said_in_passing_in_an_aside_places_nothing(said: str) -> None:
    # an aside that names a booking's thing without touching it asks for nothing
    results = replayed(
        [
            ("Ava needs a checkup wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            (said, "other", []),
        ]
    )
    assert results[2]["goal"] == "other" and _placed(results[2]) == []
    assert results[2]["proposals"] == []


@pytest.mark.parametrize(
    "said",
    [
        "is it fine if she has breakfast right before?",
        "can my dad wait in the lobby after hers until I pick him up?",
        "how sore will she be after Ava's? we have a party that night",
        "and is it ok if she swims straight after?",
        "¿puede mi mamá esperar en la sala después de la de ella?",
    ],
)
def test_conversation_placed_a_question_that_only_says_when_stays_an_aside(said: str) -> None:
    # an aside whose placing asks for no visit (no booking verb, no visit named, nor one
    # touching a booking it names) is a question about the booking made, not another one
    results = replayed(
        [
            *_book_ava_at_8(),
            (said, "other", []),
        ]
    )
    assert results[2]["goal"] == "other" and _placed(results[2]) == []
    assert results[2]["proposals"] == []


@pytest.mark.parametrize(
    ("said", "placing"),
    [
        ("can you do a rental fitting right before her lesson?", "right before her lesson"),
        (
            "and a quick fitting for me straight after her appointment",
            "straight after her appointment",
        ),
    ],
)
def test_conversation_placed_a_visit_of_someone_named_by_its_kind(said: str, placing: str) -> None:
    # "her lesson" when no booking was asked for in the word "lesson": the visit of the
    # person "her" names, the daughter's (Wednesday afternoon, from 12:00)
    results = replayed(
        [
            ("can my daughter come in wednesday afternoon", "book", [span_label("wednesday afternoon")]),
            ("the first one", "book", []),
            (said, "book", [span_label(placing)]),
        ]
    )  # fmt: skip
    assert _placed(results[2]) == [placing]
    first = str(results[1]["proposals"][0]["start"])[:16]
    assert first == "2027-01-20T12:00"
    assert _first(results[2]) == ("2027-01-20T12:30" if "after" in placing else "2027-01-20T11:30")
