"""References across turns, settled with the session's state: an offset from the slot
booked ("an hour later"), a day said from a day the session read in another week ("the
Thursday before"), "same time" with nothing booked or after a cancellation, and "same
time" said alone (a time of day, on the days asked for). Replayed as sessions under
their own labels (`conv_data.replay`), with the cue-rule grounding and the real solver,
and the named rules alone."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from slotwise.extractor.reader.conv_data import replay
from slotwise.schemas import Constraint, Span

from slotwise import conversation as conv
from slotwise.conversation_booked import anchor, from_booked
from slotwise.conversation_rules import clock_held, follows_anchor, same_time_alone
from slotwise.engine import Engine
from tests.session_replay import constraint, span_label, turn

TZ = "-05:00"
MONDAY = date(2026, 12, 7)  # "now" is Monday 7 December 2026, 08:00


def _calendar(hours: tuple[int, int] = (9, 18)) -> dict[str, Any]:
    """One provider, open those hours every weekday (and Saturday) for three weeks."""
    days = [MONDAY + timedelta(days=d) for d in range(21) if d % 7 < 6]
    a, b = hours
    return {
        "now": f"{MONDAY}T08:00:00{TZ}",
        "timezone": "America/New_York",
        "duration_minutes": 60,
        "resources": [
            {
                "id": "ann",
                "name": "Ann",
                "open": [
                    {"start": f"{d}T{a:02d}:00:00{TZ}", "end": f"{d}T{b:02d}:00:00{TZ}"}
                    for d in days
                ],
            }
        ],
    }


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    store = Path(tmp_path_factory.mktemp("references")) / "s.db"
    return Engine("rules", store=f"sqlite:///{store}")


def _tops(turns: list[dict[str, Any]], engine: Engine) -> list[str | None]:
    """The first option of each turn, as "YYYY-MM-DD HH:MM" in New York."""
    out = []
    for _labels, result, _checks in replay({"id": "t", "turns": turns}, _calendar(), engine):
        props = result["proposals"]
        out.append(props[0]["start"][:16].replace("T", " ") if props else None)
    return out


def _booked(first: str, span: str) -> list[dict[str, Any]]:
    """A booking for tomorrow (Tuesday the 8th) at 2pm, the first option picked."""
    return [
        turn(first, "book", [span_label(span)], holds=[span]),
        turn("1st", "book", [], refers_to={"shown_rank": 1}, holds=[span]),
    ]


@pytest.mark.parametrize(
    ("message", "offset", "top"),
    [
        ("oh wait actually make it an hour later", "an hour later", "2026-12-08 15:00"),
        ("could we do it two hours later? train's late", "two hours later", "2026-12-08 16:00"),
        ("sorry can it be 30 mins later", "30 mins later", "2026-12-08 14:30"),
        ("can we push that one day later? shift got moved", "one day later", "2026-12-09"),
    ],
)
def test_conversation_an_offset_later_counts_from_the_slot_booked(
    engine: Engine, message: str, offset: str, top: str
) -> None:
    turns = [
        *_booked("can i get a cut tmrw at 2", "tmrw at 2"),
        turn(message, "reschedule", [span_label(offset)]),
    ]
    assert str(_tops(turns, engine)[-1]).startswith(top)


@pytest.mark.parametrize(
    ("first", "span", "message", "offset", "top"),
    [
        (
            "can i get a cut tmrw at 2",
            "tmrw at 2",
            "oh wait could we make it an hour later",
            "an hour later",
            "2026-12-08 15:00",
        ),
        (
            "can i get a cut tmrw afternoon",
            "tmrw afternoon",
            "hmm could it be 2 hours later",
            "2 hours later",
            "2026-12-08 14:00",
        ),
        (
            "any chance of a cut on thursday",
            "thursday",
            "or one day later?",
            "one day later",
            "2026-12-11",
        ),
    ],
)
def test_conversation_an_offset_before_a_pick_counts_from_the_slot_shown_first(
    engine: Engine, first: str, span: str, message: str, offset: str, top: str
) -> None:
    # nothing picked yet: "later" moves the option shown first, not now (Monday 8am)
    turns = [
        turn(first, "book", [span_label(span)], holds=[span]),
        turn(message, "book", [span_label(offset)]),
    ]
    assert str(_tops(turns, engine)[-1]).startswith(top)


@pytest.mark.parametrize(
    ("first", "day", "then", "spans", "top"),
    [
        # the Friday is the one asked for (the 18th), not this week's: so is the Thursday
        (
            "can i book with Ann Friday the 18th",
            "Friday the 18th",
            "hmm actually Friday's no good, could it be the Thursday before",
            [span_label("Friday", "exclude"), span_label("the Thursday before")],
            "2026-12-17",
        ),
        (
            "anything with Ann on friday the 18th?",
            "friday the 18th",
            "oh friday won't work after all. can u do the monday after",
            [span_label("friday", "exclude"), span_label("the monday after")],
            "2026-12-21",
        ),
    ],
)
def test_conversation_a_day_said_from_a_day_moves_with_it(
    engine: Engine, first: str, day: str, then: str, spans: list[dict[str, Any]], top: str
) -> None:
    turns = [
        turn(first, "book", [span_label(day)], holds=[day]),
        turn(then, "book", spans),
    ]
    assert str(_tops(turns, engine)[-1]).startswith(top)


def test_conversation_same_time_alone_holds_on_the_new_day(engine: Engine) -> None:
    turns = [
        turn("whats free friday the 18th", "availability", [span_label("friday the 18th")]),
        turn("the 11am", "book", [{**span_label("the 11am"), "kind": "context"}]),
        turn(
            "actually friday won't work after all. can u do the monday after",
            "reschedule",
            [span_label("friday", "exclude"), span_label("the monday after")],
        ),
        turn("same time", "reschedule", [span_label("same time")]),
    ]
    tops = _tops(turns, engine)
    assert tops[1] == "2026-12-18 11:00"
    assert tops[-1] == "2026-12-21 11:00"  # 11am on that Monday, not on the Friday ruled out


@pytest.mark.parametrize(
    ("first", "spans", "then", "same", "top"),
    [
        # nothing booked: the clock of the slot a move leaves
        (
            "I have one booked this Friday at 3, can we move it to Thursday?",
            [span_label("this Friday at 3", "exclude"), span_label("Thursday")],
            "same time if you can",
            span_label("same time", "prefer", "soft"),
            "2026-12-10 15:00",
        ),
        # nothing booked: the clock said with the day asked for, that day taken back
        (
            "could i get wednesday the 9th, 10am ideally",
            [span_label("wednesday the 9th"), span_label("10am", "prefer", "soft")],
            "ah no wednesday is out. thursday the 10th, same time",
            span_label("same time"),
            "2026-12-10 10:00",
        ),
    ],
)
def test_conversation_same_time_before_a_booking_is_the_clock_said(
    engine: Engine,
    first: str,
    spans: list[dict[str, Any]],
    then: str,
    same: dict[str, Any],
    top: str,
) -> None:
    later = [span_label("thursday the 10th")] if "thursday the 10th" in then else []
    if "wednesday is out" in then:
        later.insert(0, span_label("wednesday", "exclude"))
    turns = [
        turn(first, "reschedule" if "move" in first else "book", spans),
        turn(then, "reschedule" if "move" in first else "book", [*later, same]),
    ]
    assert _tops(turns, engine)[-1] == top


@pytest.mark.parametrize(
    ("cancel", "then", "day", "top"),
    [
        (
            "oh no sorry cancel that, she has swimming",
            "can we do Wednesday instead? same time",
            "Wednesday",
            "2026-12-09 16:30",
        ),
        ("actually cancel it pls", "ok thursday then, same time", "thursday", "2026-12-10 16:30"),
    ],
)
def test_conversation_same_time_after_a_cancellation_is_the_slot_cancelled(
    engine: Engine, cancel: str, then: str, day: str, top: str
) -> None:
    turns = [
        turn("piano trial tomorrow around 4:30?", "book", [span_label("tomorrow around 4:30")]),
        turn("yes the first", "book", [], refers_to={"shown_rank": 1}),
        turn(cancel, "cancel", []),
        turn(then, "book", [span_label(day), span_label("same time")], goal_shift=True),
    ]
    assert _tops(turns, engine)[-1] == top


# the named rules alone

NY = datetime.fromisoformat(f"{MONDAY}T08:00:00{TZ}").tzinfo


def _at(day: int, hour: float) -> datetime:
    return datetime(2026, 12, day, tzinfo=NY) + timedelta(hours=hour)


def _c(text: str, spans: list[Span], rule: str, **kw: Any) -> Constraint:
    return constraint(text, spans, rule=rule, **kw)


def test_conversation_an_offset_from_now_in_words_stays_from_now() -> None:
    now, booked = _at(7, 8), _at(9, 14)
    hour = [Span(start=_at(7, 9), end=_at(7, 10))]
    from_now = _c("an hour from now", hour, "units_ago")
    assert from_booked(from_now, now, booked) is from_now
    later = _c("an hour later", hour, "units_ago")
    assert from_booked(later, now, None) is later  # nothing booked: from now
    assert from_booked(later, now, booked).intervals[0].start == _at(9, 15)
    # not an offset at all ("tmrw at 2")
    other = _c("tmrw at 2", hour, "tomorrow+clock_at_bare")
    assert from_booked(other, now, booked) is other


def test_conversation_an_offset_counts_from_the_slot_booked_else_the_slot_shown_first() -> None:
    booked, first = _at(9, 14), _at(10, 11)
    shown = [{"rank": 1, "start": first.isoformat()}, {"rank": 2, "start": _at(10, 12).isoformat()}]
    assert anchor(booked, shown, another=False) == booked
    assert anchor(None, shown, another=False) == first
    assert anchor(None, [], another=False) is None  # nothing shown: from now
    assert anchor(None, shown, another=True) is None  # a second booking moves nothing shown


def test_conversation_a_day_said_from_a_day_moves_only_with_a_day_before_it() -> None:
    friday = _c("Friday", [Span(start=_at(11, 0), end=_at(12, 0))], "weekday", span=(0, 6))
    before = _c(
        "the Thursday before",
        [Span(start=_at(10, 0), end=_at(11, 0))],
        "weekday_after_that",
        span=(20, 39),
    )
    week = timedelta(days=7)
    assert follows_anchor(before, [(friday, week)]).intervals[0].start == _at(17, 0)
    assert follows_anchor(before, []) is before  # no day moved
    # a day said after it is no anchor; a day that names itself does not move
    late = friday.model_copy(update={"span": (40, 46)})
    assert follows_anchor(before, [(late, week)]) is before
    plain = _c("Thursday", before.intervals, "weekday", span=(20, 28))
    assert follows_anchor(plain, [(friday, week)]) is plain


def test_conversation_the_clock_held_is_the_latest_clock_not_a_bound() -> None:
    day = _c("Friday 18th", [Span(start=_at(18, 0), end=_at(19, 0))], "day_number")
    nine = _c("9am", [Span(start=_at(18, 9), end=_at(18, 10))], "clock_ampm", id="c2")
    after = _c("after 5", [Span(start=_at(18, 17), end=_at(19, 0))], "bound_prefix+bare_number")
    assert clock_held([conv.Held(day, 1), conv.Held(nine, 1)], "Friday 18th.") == "9am."
    assert clock_held([conv.Held(nine, 1), conv.Held(after, 2)], "Friday 18th.") == "9am."
    assert clock_held([conv.Held(day, 1), conv.Held(after, 2)], "Friday 18th.") is None
    # the days said already hold the clock ("this Friday at 7.")
    at7 = _c("this Friday at 7", nine.intervals, "weekday+clock_at_bare", kind="exclude")
    assert clock_held([conv.Held(at7, 1)], "this Friday at 7.") is None
    assert clock_held([conv.Held(at7, 1)], "Saturday.") == "this Friday at 7."


@pytest.mark.parametrize(
    ("rule", "alone"),
    [("same_time", True), ("same_time+weekday", False), ("same_time+week", False)],
)
def test_conversation_same_time_alone_names_no_day(rule: str, alone: bool) -> None:
    c = _c("same time", [Span(start=_at(11, 7), end=_at(11, 8))], rule)
    assert same_time_alone(c) is alone
