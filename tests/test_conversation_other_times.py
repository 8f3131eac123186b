"""Another time in place of an earlier one: a firm clock time to start in place of an
earlier clock ("at 7:30", then "make it 8 instead": `retimes`), and a firm wish for some
days of every week that never meets an earlier day ("saturday", nothing; "ok what about
after 4 on a weekday": `other_weekdays`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Span

from slotwise import conversation as conv
from slotwise.conversation_rules import retimes
from slotwise.conversation_sorts import other_weekdays
from tests.session_replay import constraint

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


def _daily(text: str, rule: str, a: float, b: float, **kw: Any) -> Constraint:
    return _c(text, rule, [(d, a, b) for d in range(21)], **kw)


def _weekdays(text: str, rule: str, a: float, b: float, **kw: Any) -> Constraint:
    return _c(text, rule, [(d, a, b) for d in range(21) if d % 7 < 5], **kw)


def _texts(held: list[conv.Held]) -> list[tuple[int, str | None]]:
    return [(h.turn, h.constraint.text) for h in held]


SATURDAY = _c("Saturday", "weekday", [(5, 0, 24)], id="c1")


@pytest.mark.parametrize(
    ("text", "rule", "hour"),
    [
        ("8", "clock_oclock", 20),
        ("8", "bare_number", 20),  # a bare hour grounding reads as one
        ("8pm instead", "clock_ampm", 20),
        ("like 7", "clock_like", 19),
        ("20:15", "clock_hm", 20.25),
    ],
)
def test_conversation_other_times_a_firm_clock_replaces_the_clock_said(
    text: str, rule: str, hour: float
) -> None:
    # "a table Saturday at 7:30", then "actually make it 8 instead"
    at730 = _c("at 7:30", "clock_hm", [(5, 19.5, 21)], id="c2", modifies="c1")
    new = _daily(text, rule, hour, hour + 1.5, id="c3")
    out = conv.revise([conv.Held(SATURDAY, 1), conv.Held(at730, 1)], [new], 2, moving=False)
    assert _texts(out.held) == [(1, "Saturday"), (2, text)]
    assert _texts([h for h, _ in out.dropped]) == [(1, "at 7:30")]


def test_conversation_other_times_a_day_and_clock_replaces_the_one_said() -> None:
    # "fri 5pm" (picked), then "can u make it fri 5:30 instead"
    fri5 = _c("fri 5pm", "weekday+clock_ampm", [(4, 17, 18)])
    fri530 = _c("fri 5:30", "weekday+clock_hm", [(4, 17.5, 18.5)], id="c2")
    assert retimes(fri5, fri530)
    out = conv.revise([conv.Held(fri5, 1)], [fri530], 2, moving=False)
    assert _texts(out.held) == [(2, "fri 5:30")]


@pytest.mark.parametrize(
    ("old", "new", "replaced"),
    [
        # a bound is no clock to start at: "after 6", then "8pm" narrows it
        (
            _daily("after 6", "bound_prefix+bare_number", 18, 24),
            _daily("8pm", "clock_ampm", 20, 21, id="c2"),
            False,
        ),
        # a soft wish does not move a firm time
        (
            _daily("at 7:30", "clock_hm", 19.5, 21),
            _daily(
                "8 would be nicer", "clock_oclock", 20, 21, id="c2", strength="soft", kind="prefer"
            ),
            False,
        ),
        # the same clock said again moves nothing
        (
            _daily("at 8", "clock_at_bare", 20, 21),
            _c("saturday at 8", "weekday+clock_at_bare", [(5, 20, 21)], id="c2"),
            False,
        ),
        # a part of the day aims at no clock
        (
            _daily("evenings", "part_of_day", 17, 21),
            _daily("7pm", "clock_ampm", 19, 20, id="c2"),
            False,
        ),
        (
            _daily("at 7:30", "clock_hm", 19.5, 21),
            _daily("at 8", "clock_at_bare", 20, 21, id="c2"),
            True,
        ),
        # "wed 24th around noon", then "can we do 1pm on the 24th instead of noon"
        (
            _c("wed 24th around noon", "weekday_day_number+noon", [(2, 11.5, 13.25)]),
            _c("1pm on the 24th", "clock_ampm+ordinal_day", [(2, 13, 13.75)], id="c2"),
            True,
        ),
        # a bare number that is part of a bound is still a bound
        (
            _daily("at 7:30", "clock_hm", 19.5, 21),
            _daily("after 8", "bound_prefix+bare_number", 20, 24, id="c2"),
            False,
        ),
    ],
)
def test_conversation_other_times_retimes(old: Constraint, new: Constraint, replaced: bool) -> None:
    assert retimes(old, new) == replaced


@pytest.mark.parametrize(
    ("text", "rule", "a", "b"),
    [
        ("after 4 on a weekday", "bound_prefix+bare_number+weekday_set", 16, 24),
        ("any weekday after 5", "weekday_set+bound_prefix+bare_number", 17, 24),
        ("a weekday morning", "weekday_set+part_of_day", 8, 12),
    ],
)
def test_conversation_other_times_weekdays_in_place_of_a_day_they_never_meet(
    text: str, rule: str, a: float, b: float
) -> None:
    # "can i get saturday", nothing; "seriously?? ok what about after 4 on a weekday"
    new = _weekdays(text, rule, a, b, id="c2")
    assert other_weekdays(SATURDAY, new)
    out = conv.revise([conv.Held(SATURDAY, 1)], [new], 2, moving=False)
    assert _texts(out.held) == [(2, text)]
    assert _texts([h for h, _ in out.dropped]) == [(1, "Saturday")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # weekdays that meet the day asked for: both hold (Thursday after 4)
        (
            _c("Thursday", "weekday", [(3, 0, 24)]),
            _weekdays("after 4 on a weekday", "bound_prefix+bare_number", 16, 24, id="c2"),
        ),
        # a soft wish for weekdays leaves the day as it was
        (
            SATURDAY,
            _weekdays(
                "weekdays ideally", "weekday_set", 0, 24, id="c2", strength="soft", kind="prefer"
            ),
        ),
        # a time on every day is no set of weekdays
        (SATURDAY, _daily("mornings", "part_of_day", 8, 12, id="c2")),
    ],
)
def test_conversation_other_times_weekdays_leave_what_they_meet(
    old: Constraint, new: Constraint
) -> None:
    assert not other_weekdays(old, new)
