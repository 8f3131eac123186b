"""A slot moved by some time after a booking ("an hour earlier?", "push it back an hour")
moves the slot booked, also when the turn says a clock after it in other words: the
clock is why the slot moves ("got a delivery coming around midday", "the school bus
drops him at 12 now") or the slot said again ("it's at 11"), not where the move counts
from (`candidate_finding.moved_from_after`: the turn is read after the slot booked). A
clock the words count from ("an hour later than 2pm") or said before them stays theirs."""

from __future__ import annotations

from datetime import datetime

import pytest
from slotwise.extractor.candidate_finding import moved_from_after
from slotwise.extractor.grounding import ground

from tests.session_replay import replayed, span_label

BOOK = ("thurs at 11 please", "book", [span_label("thurs at 11")])
PICK = ("first one", "book", [])


@pytest.mark.parametrize(
    ("message", "moved", "clock", "start"),
    [
        (
            "actually can you come an hour earlier? got a delivery coming around midday",
            "an hour earlier",
            "around midday",
            "2027-01-21T10:00",
        ),
        (
            "sorry could we go half an hour later? the school bus drops him at 12 now",
            "half an hour later",
            "at 12",
            "2027-01-21T11:30",
        ),
        (
            "is 2 hours later possible? my train only gets in at 11:15",
            "2 hours later",
            "at 11:15",
            "2027-01-21T13:00",
        ),
        (
            "can we push it back an hour? the plumber is coming at 10",
            "back an hour",
            "at 10",
            "2027-01-21T12:00",
        ),
        (
            "Could we make it 30 mins earlier? I've a meeting at 1pm now.",
            "30 mins earlier",
            "at 1pm",
            "2027-01-21T10:30",
        ),
        (
            "an hour later if poss, hes got swimming at 9",
            "an hour later",
            "at 9",
            "2027-01-21T12:00",
        ),
        (
            "can u do 2 hrs later?? work moved my shift to 7am",
            "2 hrs later",
            "7am",
            "2027-01-21T13:00",
        ),
        (
            "hmm, an hour earlier would suit better. Lunch is at 12:30 for us",
            "an hour earlier",
            "at 12:30",
            "2027-01-21T10:00",
        ),
        (
            "can we push it back an hour? it's at 11 right?",
            "back an hour",
            "at 11",
            "2027-01-21T12:00",
        ),
        (
            "could it be half an hour later, the nursery opens at 8.30",
            "half an hour later",
            "at 8.30",
            "2027-01-21T11:30",
        ),
    ],
)
def test_conversation_moved_from_booked_not_from_a_clock_said_after(
    message: str, moved: str, clock: str, start: str
) -> None:
    results = replayed(
        [
            BOOK,
            PICK,
            (message, "reschedule", [span_label(moved), span_label(clock, "context")]),
        ]
    )
    assert results[2]["proposals"][0]["start"][:16] == start


@pytest.mark.parametrize(
    ("message", "after"),
    [
        ("actually can you come an hour earlier? got a delivery coming around midday", True),
        ("sorry could we go half an hour later? the school bus drops him at 12 now", True),
        ("can we push it back an hour? it's at 6", True),
        ("is 2 hours later possible? my train gets in at 4:15", True),
        ("an hour later than 2pm", False),
        ("could we do it an hour earlier than 3?", False),
        ("Thursday at 2? or an hour later", False),
        ("an hour earlier", False),
        ("can we push it half an hour later? he has football till 4", False),
        ("could we do 30 mins later, the kids finish at 3", False),
        ("tomorrow at 3", False),
    ],
)
def test_conversation_moved_from_booked_moved_from_after(message: str, after: bool) -> None:
    now = datetime.fromisoformat("2027-01-18T08:00:00-06:00")
    assert moved_from_after(message, ground(message, now, "America/Chicago")) == after
