"""The booking's length said in a later turn: the times said before still start the visit
("today at 3pm", then "make it 2 hours": 3 to 5), and a time said after it is read for
that length (slotwise.conversation_booked.for_length, slotwise.sessions)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Span

from slotwise.conversation_booked import for_length
from tests.session_replay import constraint, replayed, span_label

TZ = "-06:00"


def _first(result: dict[str, Any]) -> tuple[str, str]:
    p = result["proposals"][0]
    start, end = datetime.fromisoformat(p["start"]), datetime.fromisoformat(p["end"])
    return f"{start:%d %H:%M}", f"{end:%d %H:%M}"


@pytest.mark.parametrize(
    ("message", "said", "start"),
    [
        ("can u fit me in today at 3pm", "today at 3pm", "18 15:00"),
        ("tmrw around 2?", "tmrw around 2", "19 14:00"),
        ("Could I come in on Wednesday at 9.30 please?", "Wednesday at 9.30", "20 09:30"),
    ],
)
def test_conversation_length_a_longer_visit_still_starts_when_said(
    message: str, said: str, start: str
) -> None:
    first, longer = replayed(
        [
            (message, "book", [span_label(said)]),
            ("hmm make it 2 hours actually", "book", [span_label("2 hours", type="duration")]),
        ]
    )
    assert first["outcome"] == "proposals" and _first(first)[0] == start
    assert longer["outcome"] == "proposals"
    begin, end = _first(longer)
    ends = datetime.strptime(start, "%d %H:%M") + timedelta(hours=2)
    assert (begin, end) == (start, f"{ends:%d %H:%M}")


def test_conversation_length_a_time_said_after_the_length_is_read_for_it() -> None:
    length, clock = replayed(
        [
            (
                "need a 2 hour slot tmrw",
                "book",
                [span_label("tmrw"), span_label("2 hour", type="duration")],
            ),
            ("3pm then", "book", [span_label("3pm")]),
        ]
    )
    assert length["outcome"] == "proposals"
    assert clock["outcome"] == "proposals" and _first(clock) == ("19 15:00", "19 17:00")


def test_conversation_length_leaves_windows_not_sized_by_it() -> None:
    day = datetime.fromisoformat(f"2027-01-18T00:00:00{TZ}")
    afternoon = constraint(
        "afternoon", [Span(start=day + timedelta(hours=12), end=day + timedelta(hours=17))]
    )
    assert for_length(afternoon, 30, 120) is afternoon
    three = constraint(
        "at 3", [Span(start=day + timedelta(hours=15), end=day + timedelta(hours=15.5))]
    )
    out_at_three = three.model_copy(update={"kind": "exclude"})
    assert for_length(out_at_three, 30, 120) is out_at_three
    grown = for_length(three, 30, 120)
    assert [(s.start, s.end) for s in grown.intervals] == [
        (day + timedelta(hours=15), day + timedelta(hours=17))
    ]


def test_conversation_length_said_again_refers_to_the_length_it_replaces() -> None:
    said, again, same = replayed(
        [
            (
                "need a 3 hour block tmrw",
                "book",
                [span_label("tmrw"), span_label("3 hour", type="duration")],
            ),
            ("ugh ok 2 hours then", "book", [span_label("2 hours", type="duration")]),
            ("yes 2 hours", "book", [span_label("2 hours", type="duration")]),
        ]
    )
    assert said["refers_to"] == []
    assert [(r["turn"], r["text"], r["span"]) for r in again["refers_to"]] == [
        (1, "3 hour", [7, 13])
    ]
    assert _first(again) == ("19 08:00", "19 10:00")
    assert same["refers_to"] == []  # the same length again replaces nothing
