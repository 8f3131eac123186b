"""The slot moved by some time ("can we push it half an hour later", "an hour earlier?"):
the moved slot is the new time to start, so it replaces the earlier clock time it moves
away from (`retimes`, `shifts_slot`), also when the visit is long enough for the two to
overlap; the days, parts of the day and bounds said before it stay, and so does a list
of days it names no item of."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Span

from slotwise import conversation as conv
from slotwise.conversation_rules import retimes, shifts_slot
from tests.session_replay import constraint, replayed, span_label

TZ = "-05:00"
MONDAY = datetime.fromisoformat(f"2026-12-07T00:00:00{TZ}")  # Monday 7 December 2026


def _at(day: int, hour: float) -> datetime:
    return MONDAY + timedelta(days=day, hours=hour)


def _c(text: str, rule: str, spans: list[tuple[float, float, float]], **kw: Any) -> Constraint:
    """`spans`: (day from Monday, from hour, to hour)."""
    return constraint(
        text,
        [Span(start=_at(d, a), end=_at(d, b)) for d, a, b in spans],
        rule=rule,
        **kw,
    )


def _shift(
    text: str, day: int, hour: float, hours: float = 1.5, rule: str = "units_ago", **kw: Any
) -> Constraint:
    """An offset counted from the slot booked: one window, the visit's length long."""
    return _c(text, rule, [(day, hour, hour + hours)], id="c9", **kw)


def _texts(held: list[conv.Held]) -> list[tuple[int, str | None]]:
    return [(h.turn, h.constraint.text) for h in held]


FRIDAY = _c("Friday 4th June", "weekday_day_number+month_name", [(4, 0, 24)], id="c1")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # "a table Friday 4th June, at 7pm" (90 minutes), then "push it half an hour later"
        (
            _c("at 7pm", "clock_ampm", [(4, 19, 20.5)], id="c2", modifies="c1"),
            _shift("half an hour later", 4, 19.5),
        ),
        # "gutters thurs at 11", then "can you come an hour earlier?"
        (
            _c("thurs at 11", "weekday+clock_at_bare", [(3, 11, 12.5)], id="c2"),
            _shift("an hour earlier", 3, 10),
        ),
        # "sunday, half 12", then "sorry can we make it half an hour later"
        (
            _c("half 12", "clock_half_hour", [(6, 12.5, 14)], id="c2", modifies="c1"),
            _shift("half an hour later", 6, 13),
        ),
        # "tmrw 9pm", then "hmm can u push it 45 mins later"
        (
            _c("tmrw 9pm", "tomorrow+clock_ampm", [(1, 21, 22.5)], id="c2"),
            _shift("45 mins later", 1, 21.75),
        ),
        # "Tuesday next week at half two", then "Could we go an hour later"
        (
            _c("Tuesday next week at half two", "weekday+week+clock_half_hour", [(8, 14.5, 16)]),
            _shift("an hour later", 8, 15.5),
        ),
        # "Wednesday 10:15", then "2 hours earlier if possible, please" (said firmly)
        (
            _c("Wednesday 10:15", "weekday+clock_hm", [(2, 10.25, 11.75)], id="c2"),
            _shift("2 hours earlier", 2, 8.25),
        ),
        # "Saturday 9:30", then "could you bump it by an hour"
        (
            _c("Saturday 9:30", "weekday+clock_hm", [(5, 9.5, 11)], id="c2"),
            _shift("by an hour", 5, 10.5, rule="move_by"),
        ),
        # "at 3pm on the 9th", then "bring it forward 30 minutes please"
        (
            _c("at 3pm on the 9th", "clock_ampm+ordinal_day", [(2, 15, 16.5)], id="c2"),
            _shift("forward 30 minutes", 2, 14.5, rule="move_by"),
        ),
    ],
)
def test_conversation_shifted_slot_replaces_the_clock_it_moves_from(
    old: Constraint, new: Constraint
) -> None:
    assert shifts_slot(new)
    assert retimes(old, new)
    out = conv.revise([conv.Held(old, 1)], [new], 3, moving=True)
    assert _texts(out.held) == [(3, new.text)]
    assert _texts([h for h, _ in out.dropped]) == [(1, old.text)]


def test_conversation_shifted_slot_keeps_the_day_said_apart() -> None:
    # "Friday 4th June for 6 people, at 7pm", then "can we push it half an hour later,
    # 7 is a rush from work": the Friday stays, 7pm goes
    at7 = _c("at 7pm", "clock_ampm", [(4, 19, 20.5)], id="c2", modifies="c1")
    new = _shift("half an hour later", 4, 19.5)
    out = conv.revise([conv.Held(FRIDAY, 1), conv.Held(at7, 1)], [new], 3, moving=False)
    assert _texts(out.held) == [(1, "Friday 4th June"), (3, "half an hour later")]
    assert _texts([h for h, _ in out.dropped]) == [(1, "at 7pm")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a bound is no clock to start at: "wednesday after 4", then "an hour later"
        (
            _c("after 4", "bound_prefix+bare_number", [(d, 16, 24) for d in range(14)], id="c2"),
            _shift("an hour later", 2, 17),
        ),
        # a part of the day: "tomorrow morning", then "push it an hour later"
        (
            _c("tomorrow morning", "tomorrow+part_of_day", [(1, 8, 12)], id="c2"),
            _shift("an hour later", 1, 10),
        ),
        # a day: "next friday", then "could we do it an hour later?"
        (_c("next friday", "weekday", [(4, 0, 24)], id="c2"), _shift("an hour later", 4, 11)),
        # "before my 8am start": a limit, not a clock to start at
        (
            _c("before 8am", "bound_prefix+clock_ampm", [(d, 0, 8) for d in range(14)], id="c2"),
            _shift("half an hour earlier", 1, 6.5),
        ),
    ],
)
def test_conversation_shifted_slot_keeps_days_and_bounds(old: Constraint, new: Constraint) -> None:
    assert not retimes(old, new)
    out = conv.revise([conv.Held(old, 1)], [new], 3, moving=True)
    assert _texts(out.held) == [(1, old.text), (3, new.text)]
    assert out.dropped == []


def test_conversation_shifted_slot_names_no_item_of_a_list() -> None:
    # "next thursday or next friday" with Kai, the Thursday picked, then "could we do it
    # an hour later?": the list holds whole
    days = _c("next thursday or next friday", "weekday", [(3, 0, 24), (4, 0, 24)], id="c1")
    days = days.model_copy(
        update={
            "parts": [
                _c("next thursday", "weekday", [(3, 0, 24)]),
                _c("next friday", "weekday", [(4, 0, 24)]),
            ]
        }
    )
    out = conv.revise([conv.Held(days, 1)], [_shift("an hour later", 3, 11, 1)], 4, moving=True)
    assert _texts(out.held) == [(1, "next thursday or next friday"), (4, "an hour later")]
    assert len(out.held[0].constraint.parts) == 2


@pytest.mark.parametrize(
    "new",
    [
        # a soft wish does not move a firm time ("or actually an hour later if he can")
        _shift("an hour later if he can", 4, 20, strength="soft", kind="prefer"),
        # whole days: "one day later", "push it back a week" move the day, not the clock
        _c("one day later", "units_ago", [(5, 0, 24)], id="c9"),
        _c("back a week", "move_by", [(11, 0, 24)], id="c9"),
        # ruling the moved slot out moves nothing ("but not an hour later, he's off then")
        _shift("not an hour later", 4, 20, kind="exclude"),
    ],
)
def test_conversation_shifted_slot_not_a_retime(new: Constraint) -> None:
    at7 = _c("at 7pm", "clock_ampm", [(4, 19, 20.5)], id="c2", modifies="c1")
    assert not retimes(at7, new)


def test_conversation_shifted_slot_in_a_session() -> None:
    # a two-hour visit on Thursday at 10, picked, then half an hour later: the slot said
    # first goes, and the new top starts at 10:30 that Thursday
    out = replayed(
        [
            (
                "can I get a 2 hour slot thursday at 10am?",
                "book",
                [span_label("2 hour", type="duration"), span_label("thursday at 10am")],
            ),
            ("first one please", "book", []),
            (
                "so sorry, could we push it back half an hour? my bus gets in late",
                "reschedule",
                [span_label("back half an hour")],
            ),
        ]
    )
    last = out[-1]
    held = [c["text"] for c in last["constraints"] if c["source"] == "message"]
    assert held == ["back half an hour"]
    assert [d["text"] for d in last["dropped"]] == ["thursday at 10am"]
    assert last["proposals"][0]["start"].startswith("2027-01-21T10:30")
