"""A pick by time matched against the options shown with every reading grounding keeps of
its words: a clock said without am or pm is also the other half of the day ("7 o'clock
is fine" with 6, 7 and 8 pm shown), a time of day said for no day holds on the days past
those grounding spells out ("9am" for an option three weeks ahead), and a provider named
alone describes the options only some of which are theirs ("the one with Dr. Bell
please"). Replayed as sessions under the turns' own labels (`conv_data.replay`)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Alternative, Span

from slotwise.conversation_picks import _starts_at, readings
from tests.session_replay import TZ, constraint, replayed, span_label

# shown after it: Thursday 21 January 2027 in the evening (Dr. Ames, open 8 to 21)
EVENING = ("thursday after 6 if poss", "book", [span_label("thursday after 6")])


def _start(result: dict[str, Any], k: int = 0) -> str:
    return str(result["proposals"][k]["start"])[:16]


def _picked(result: dict[str, Any]) -> list[str]:
    return [str(r["proposal"]["start"])[:16] for r in result["refers_to"] if r.get("shown_rank")]


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("7 o'clock is fine", "7 o'clock"),
        ("the 7 o'clock please", "the 7 o'clock"),
        ("Seven o'clock would suit me grand", "Seven o'clock"),
        ("ok at 7 then", "at 7"),
        ("7:00 works, cheers", "7:00"),
        ("the 7.00 one", "the 7.00 one"),
    ],
)
def test_conversation_picks_a_clock_without_am_or_pm_is_also_the_evening(
    message: str, said: str
) -> None:
    # grounding reads the clock as 7am first, and keeps 7pm as its other reading
    out = replayed([EVENING, (message, "book", [span_label(said, "context")])], close=21)
    assert all(_start(out[0], k) >= "2027-01-21T18:00" for k in range(3))
    assert _picked(out[1]) == ["2027-01-21T19:00"]
    assert _start(out[1]) == "2027-01-21T19:00"


@pytest.mark.parametrize(
    ("message", "said"),
    [("the 8:15 please", "the 8:15"), ("quarter past 8 works", "quarter past 8")],
)
def test_conversation_picks_the_other_half_of_the_day_not_shown_is_searched_for(
    message: str, said: str
) -> None:
    # 8:15 pm was not among the options shown: the open slot it names, first
    out = replayed([EVENING, (message, "book", [span_label(said, "context")])], close=21)
    assert "2027-01-21T20:15" not in [_start(out[0], k) for k in range(3)]
    assert _picked(out[1]) == ["2027-01-21T20:15"]


@pytest.mark.parametrize(
    ("message", "spans"),
    [
        # a clock said with its half of the day has no other reading: closed at 7am
        ("the 7am please", [span_label("the 7am", "context")]),
        # a new time asked for, not named to pick: a wish, no pick
        ("can we do 7 o'clock instead?", [span_label("7 o'clock")]),
        ("hmm 7ish would be better", [span_label("7ish", "prefer", "soft")]),
    ],
)
def test_conversation_picks_a_new_time_is_no_pick(
    message: str, spans: list[dict[str, Any]]
) -> None:
    out = replayed([EVENING, (message, "book", spans)], close=21)
    assert _picked(out[1]) == []


def test_conversation_picks_a_second_booking_at_the_other_half_is_no_pick() -> None:
    out = replayed(
        [
            EVENING,
            ("7 o'clock is fine", "book", [span_label("7 o'clock", "context")]),
            ("and my son too, friday at 7 o'clock", "book", [span_label("friday at 7 o'clock")]),
        ],
        close=21,
    )
    assert _picked(out[1]) == ["2027-01-21T19:00"]
    assert _picked(out[2]) == []


@pytest.mark.parametrize(
    ("message", "said"), [("9am", "9am"), ("the 9 o'clock pls", "the 9 o'clock")]
)
def test_conversation_picks_a_time_of_day_holds_past_the_days_grounding_spells_out(
    message: str, said: str
) -> None:
    # the options are three and a half weeks ahead; grounding spells "9am" out for the weeks before
    out = replayed(
        [
            (
                "friday 12 february in the morning",
                "book",
                [span_label("friday 12 february in the morning")],
            ),
            (message, "book", [span_label(said, "context")]),
        ],
        days=30,
    )
    assert _start(out[0]).startswith("2027-02-12")
    assert _picked(out[1]) == ["2027-02-12T09:00"]


def _two_providers() -> list[dict[str, Any]]:
    days = [(date(2027, 1, 18) + timedelta(days=d)).isoformat() for d in range(7)]
    return [
        {
            "id": rid,
            "name": name,
            "open": [{"start": f"{d}T08:00:00{TZ}", "end": f"{d}T17:00:00{TZ}"} for d in days],
        }
        for rid, name in (("dr-ames", "Dr. Ames"), ("dr-bell", "Dr. Bell"))
    ]


@pytest.mark.parametrize(
    ("message", "said", "resource"),
    [
        ("the one with Dr. Bell please", "Dr. Bell", "dr-bell"),
        ("ok Dr Ames's one", "Dr Ames", "dr-ames"),
        ("perfect, bell's works for us", "bell", "dr-bell"),
    ],
)
def test_conversation_picks_a_provider_named_alone_picks_their_option(
    message: str, said: str, resource: str
) -> None:
    out = replayed(
        [
            ("tomorrow at 10", "book", [span_label("tomorrow at 10")]),
            (message, "book", [span_label(said, "context", type="resource")]),
        ],
        resources=_two_providers(),
    )
    assert {p["resource"] for p in out[0]["proposals"][:2]} == {"dr-ames", "dr-bell"}
    ref = out[1]["refers_to"]
    assert len(ref) == 1 and ref[0]["proposal"]["resource"] == resource
    assert str(ref[0]["proposal"]["start"])[:16] == "2027-01-19T10:00"


def test_conversation_picks_a_provider_of_every_option_shown_picks_none() -> None:
    # every option shown is Dr. Ames's: naming her names none of them
    out = replayed(
        [
            ("tomorrow morning", "book", [span_label("tomorrow morning")]),
            ("with dr ames", "book", [span_label("dr ames", "context", type="resource")]),
        ]
    )
    assert _picked(out[1]) == []


def test_conversation_picks_readings_leave_out_a_narrowing() -> None:
    every_day = [
        Span(start=f"2027-01-{d}T07:00:00{TZ}", end=f"2027-01-{d}T08:00:00{TZ}")
        for d in range(19, 23)
    ]
    evenings = [
        Span(start=f"2027-01-{d}T19:00:00{TZ}", end=f"2027-01-{d}T20:00:00{TZ}")
        for d in range(18, 22)
    ]
    c = constraint(
        "7 o'clock",
        every_day,
        alternatives=[
            Alternative(label="Tue 19 Jan 07:00-08:00", intervals=every_day[:1]),
            Alternative(label="4 days 19:00-20:00", intervals=evenings),
        ],
    )
    assert [r.intervals for r in readings(c)] == [every_day, evenings]


@pytest.mark.parametrize(
    ("option", "picked"),
    [("2027-03-16T09:00:00-05:00", True), ("2027-03-16T10:00:00-05:00", False)],
)
def test_conversation_picks_a_time_of_day_past_the_days_keeps_its_hour_across_daylight_saving(
    option: str, picked: bool
) -> None:
    # "9am" said on 18 February (CST, -06:00), spelled out for 20 days; the option of 16
    # March is in CDT (-05:00): the said hour on the option's own day is 9:00 there, not the
    # February offset's 9:00 (10:00 in March)
    days = [date(2027, 2, 18) + timedelta(days=d) for d in range(20)]
    c = constraint("9am", [Span(start=f"{d}T09:00:00{TZ}", end=f"{d}T10:00:00{TZ}") for d in days])
    end = (datetime.fromisoformat(option) + timedelta(minutes=30)).isoformat()
    assert _starts_at({"rank": 1, "start": option, "end": end}, c) is picked
