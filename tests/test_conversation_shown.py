"""A wish against the options shown ("anything later?", "nothing earlier?"), with the real
session (slotwise.conversation_shown, extractor/beyond_shown.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.session_replay import replayed, span_label


def _starts(result: dict[str, Any]) -> list[str]:
    return [str(p["start"])[:16] for p in result["proposals"]]


def test_conversation_shown_anything_later_is_past_the_option_shown_first() -> None:
    results = replayed(
        [
            ("what have you got wednesday morning", "availability", [span_label("wednesday morning")]),
            ("anything later? I'm not a morning person", "availability", [span_label("later")]),
        ]
    )  # fmt: skip
    first, later = results[0]["proposals"][0], results[1]
    assert later["proposals"] and all(s >= str(first["end"])[:16] for s in _starts(later))
    wish = [c for c in later["constraints"] if c.get("rule") == "beyond_shown.later"]
    assert [c["text"] for c in wish] == ["anything later"]
    # later than what was shown, inside what still holds: the rest of Wednesday morning
    assert later["dropped"] == [] and all(s < "2027-01-20T12:00" for s in _starts(later))


def test_conversation_shown_nothing_earlier_is_before_the_option_shown_first() -> None:
    results = replayed(
        [
            ("thursday after 2 pls", "book", [span_label("thursday after 2")]),
            ("nothing earlier? I'm free from 10", "book", [span_label("earlier"), span_label("from 10")]),
        ]
    )  # fmt: skip
    first = _starts(results[0])[0]
    earlier = _starts(results[1])
    assert earlier and all("2027-01-21T10:00" <= s < first for s in earlier)


def test_conversation_shown_with_nothing_shown_makes_no_wish() -> None:
    results = replayed([("anything later?", "availability", [span_label("later")])])
    assert not [c for c in results[0]["constraints"] if c.get("rule", "").startswith("beyond")]


def _held(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if c.get("source") == "message"]


def test_conversation_shown_keeps_a_soft_wish_it_never_meets() -> None:
    # "anything earlier?" asks past the options shown: the time the customer would like
    # best still holds, it only ranks ("2 would be ideal", "4pm ideally", "if possible")
    for first, day, soft, ask in [
        ("is Dr Ames free thursday? 3pm would be ideal", "thursday", "3pm", "anything earlier?"),
        ("thurs pls, 4pm ideally", "thurs", "4pm", "earlier?"),
        ("friday, afternoon if possible", "friday", "afternoon", "nothing earlier??"),
        ("wednesday please, around 2 if you can", "wednesday", "around 2", "got anything later?"),
    ]:
        results = replayed(
            [
                (first, "book", [span_label(day), span_label(soft, "prefer", "soft")]),
                (ask, "book", [span_label(ask.split()[-1].strip("?"))]),
            ]
        )
        asked = results[1]
        assert any(c.startswith(soft) or soft in c for c in _held(asked)), (ask, _held(asked))
        assert asked["dropped"] == [], (ask, asked["dropped"])
        assert any(c.get("rule", "").startswith("beyond_shown") for c in asked["constraints"])


@pytest.mark.parametrize(
    ("ask", "spans"),
    [
        ("nothing earlier? I'm free from 10", [span_label("earlier"), span_label("from 10")]),
        ("actually anything earlier? my plans changed", [span_label("earlier")]),
        ("on second thought, anything earlier?", [span_label("earlier")]),
    ],
)
def test_conversation_shown_a_time_or_a_correction_beside_it_lets_the_soft_wish_go(
    ask: str, spans: list[dict[str, Any]]
) -> None:
    results = replayed(
        [
            ("thursday, 2pm would be ideal", "book", [span_label("thursday"), span_label("2pm", "prefer", "soft")]),
            (ask, "book", spans),
        ]
    )  # fmt: skip
    asked = results[1]
    assert [d["text"] for d in asked["dropped"]] == ["2pm"]
    assert "thursday" in _held(asked)


def test_conversation_shown_keeps_every_day_of_a_list() -> None:
    # the option shown first is on one of the days asked for; the others still hold
    results = replayed(
        [
            ("this thursday or friday please", "book", [span_label("this thursday or friday")]),
            ("8am is brutal. anything a bit later?", "book", [span_label("later")]),
        ]
    )
    asked = results[1]
    assert "this thursday or friday" in _held(asked) and asked["dropped"] == []


@pytest.mark.parametrize(
    ("first", "day", "soft", "ask", "said", "side"),
    [
        ("thursday please", "thursday", None, "got anything later in the day?", "later in the day", "later"),
        ("can I do friday, around 3 ideally", "friday", "around 3 ideally", "anything earlier that day?", "earlier that day", "earlier"),
        ("next tuesday pls", "next tuesday", None, "Is there anything later in the day? I walk in the mornings.", "later in the day", "later"),
        ("wed 20th? 2pm would be ideal", "wed 20th", "2pm would be ideal", "hmm that day but a bit earlier?", "that day but a bit earlier", "earlier"),
    ],
)  # fmt: skip
def test_conversation_shown_a_side_of_that_day_is_past_the_option_shown_first(
    first: str, day: str, soft: str | None, ask: str, said: str, side: str
) -> None:
    # "later in the day" of the day asked for: past the option shown first, on its day;
    # the day asked for still holds (the writers keep it every time)
    wishes = [span_label(day)] + ([span_label(soft, "prefer", "soft")] if soft else [])
    results = replayed([(first, "book", wishes), (ask, "book", [span_label(said)])])
    shown, asked = results[0]["proposals"][0], results[1]
    assert asked["dropped"] == [] and day in _held(asked)
    starts = _starts(asked)
    assert starts and all(s[:10] == str(shown["start"])[:10] for s in starts)
    if side == "later":
        assert all(s >= str(shown["end"])[:16] for s in starts)
    else:
        assert all(s < str(shown["start"])[:16] for s in starts)
    wish = [c for c in asked["constraints"] if c.get("rule") == f"beyond_shown.{side}"]
    assert [c["text"] for c in wish] == [said]


@pytest.mark.parametrize("ask", ["nothing later?? ugh", "anything later?", "later? 8 is tight"])
def test_conversation_shown_an_ask_read_as_an_aside_goes_on_with_the_search(ask: str) -> None:
    # the reader reads "anything later?" as an aside ("other"): after options were
    # shown it asks past them, and the search it follows goes on
    results = replayed(
        [
            ("what have you got thursday morning", "availability", [span_label("thursday morning")]),
            (ask, "other", []),
        ]
    )  # fmt: skip
    first, turn = results[0]["proposals"][0], results[1]
    assert turn["goal"] == "availability" and turn["goal_shift"] is False
    rules = [c["rule"] for c in turn["constraints"] if c.get("source") == "message"]
    assert rules == ["weekday+part_of_day", "beyond_shown.later"]
    assert turn["proposals"] and all(s >= str(first["end"])[:16] for s in _starts(turn))


def test_conversation_shown_an_aside_with_nothing_shown_stays_an_aside() -> None:
    results = replayed(
        [
            ("is parking free?", "other", []),
            ("anything earlier?", "other", []),
        ]
    )
    assert results[1]["goal"] == "other" and results[1]["constraints"] == []
