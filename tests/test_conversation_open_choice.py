"""A turn that opens the choice to any day or time of a period ("actually any afternoon is
fine this week", "any day this week is fine") takes back the earlier wishes for some of
its days ("tmrw at 1 if poss", "Wednesday afternoon, otherwise Thursday afternoon"); a
wish for as many days or more, an exclusion, and a turn that names days without opening
the choice leave them as they were."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Alternative, Constraint, Span

from slotwise import conversation as conv
from slotwise.conversation_open import days_held, opens
from tests.session_replay import constraint

TZ = "-05:00"
MON = datetime.fromisoformat(f"2026-12-07T00:00:00{TZ}")  # Monday 7 December 2026


def _at(day: int, hour: float) -> datetime:
    return MON + timedelta(days=day, hours=hour)


def _c(text: str, rule: str, spans: list[tuple[datetime, datetime]], **kw: Any) -> Constraint:
    return constraint(text, [Span(start=a, end=b) for a, b in spans], rule=rule, **kw)


def _afternoons(text: str, **kw: Any) -> Constraint:
    """A part of the day on every day for three weeks ("any afternoon", "afternoons")."""
    return _c(text, "part_of_day_set", [(_at(d, 12), _at(d, 17)) for d in range(21)], **kw)


def _week(text: str, weeks: int = 0, **kw: Any) -> Constraint:
    return _c(text, "week", [(_at(7 * weeks, 0), _at(7 * weeks + 7, 0))], **kw)


def _texts(held: list[conv.Held]) -> list[tuple[int, str | None]]:
    return [(h.turn, h.constraint.text) for h in held]


TUE_AT_1 = _c("tmrw at 1", "tomorrow+clock_at_bare", [(_at(1, 13), _at(1, 14))], strength="soft")


@pytest.mark.parametrize("said", ["any afternoon", "anytime in the afternoon", "Any afternoon"])
def test_conversation_open_choice_takes_back_a_day_wished_inside_it(said: str) -> None:
    # "tmrw at 1 if poss", then "actually any afternoon is fine this week"
    new = [_afternoons(said, id="c2"), _week("this week", id="c3")]
    out = conv.revise([conv.Held(TUE_AT_1, 1)], new, 2, moving=False)
    assert _texts(out.held) == [(2, said), (2, "this week")]
    assert _texts([h for h, _ in out.dropped]) == [(1, "tmrw at 1")]


def test_conversation_open_choice_takes_back_each_day_of_a_first_and_second_choice() -> None:
    # "Wednesday afternoon, otherwise Thursday afternoon", then "any day this week is fine"
    wed = _c("Wednesday afternoon", "weekday+part_of_day", [(_at(2, 12), _at(2, 17))])
    thu = _c("Thursday afternoon", "weekday+part_of_day", [(_at(3, 12), _at(3, 17))], id="c2")
    okeke = constraint("Dr Okeke", [], id="c3", resources=["derm-okeke"])
    held = [conv.Held(wed, 1), conv.Held(thu, 1), conv.Held(okeke, 2)]
    out = conv.revise(held, [_week("any day this week", id="c4")], 3, moving=False)
    assert _texts(out.held) == [(2, "Dr Okeke"), (3, "any day this week")]


def test_conversation_open_choice_keeps_a_wish_for_as_many_days() -> None:
    # "the week after next", then "any morning that week works": the week still holds
    weeks = _week("the week after next", weeks=1)
    new = [_afternoons("any morning", id="c2"), _week("that week", weeks=1, id="c3")]
    out = conv.revise([conv.Held(weeks, 1)], new, 2, moving=False)
    assert (1, "the week after next") in _texts(out.held)


def test_conversation_open_choice_keeps_an_exclusion() -> None:
    # "can't do tmrw at 1", then "any afternoon is fine this week": still not then
    busy = TUE_AT_1.model_copy(update={"kind": "exclude", "strength": "hard"})
    new = [_afternoons("any afternoon", id="c2"), _week("this week", id="c3")]
    out = conv.revise([conv.Held(busy, 1)], new, 2, moving=False)
    assert (1, "tmrw at 1") in _texts(out.held)


def test_conversation_open_choice_needs_words_that_open_it() -> None:
    # "tmrw at 1 if poss", then "afternoons this week": a narrower search, the wish holds
    new = [_afternoons("afternoons", id="c2"), _week("this week", id="c3")]
    out = conv.revise([conv.Held(TUE_AT_1, 1)], new, 2, moving=False)
    assert (1, "tmrw at 1") in _texts(out.held)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("any day next week", True),
        ("anytime saturday", True),
        ("whenever that day", True),
        ("Saturday anytime", False),
        ("many thanks", False),
        ("anyone but Ben", False),
    ],
)
def test_conversation_rules_opens_reads_the_words_of_the_wish(text: str, expected: bool) -> None:
    assert opens(_week(text)) is expected


def test_conversation_rules_days_held_counts_every_day_touched() -> None:
    assert len(days_held(_week("this week"))) == 7
    assert days_held(TUE_AT_1) == {_at(1, 0).date()}


def _by_3_on(day: int) -> Constraint:
    """ "It must be over by 3" read on the day asked for: a time said for that day."""
    alone = [Span(start=_at(d, 0), end=_at(d, 15)) for d in range(21)]
    return _c(
        "by 3",
        "bound_prefix+bare_number",
        [(_at(day, 0), _at(day, 15))],
        id="c2",
        alternatives=[Alternative(label="every day", intervals=alone)],
    )


def test_conversation_open_choice_moves_a_time_said_for_its_days_to_every_day() -> None:
    # "ideally next Tuesday at 2. It must be over by 3", then "any afternoon that week
    # would do": over by 3 on each day of the week, not that Tuesday only
    tue = _c("next Tuesday at 2", "weekday+clock_at_bare", [(_at(1, 14), _at(1, 15))])
    held = [conv.Held(tue.model_copy(update={"strength": "soft"}), 1), conv.Held(_by_3_on(1), 1)]
    new = [_afternoons("any afternoon", id="c3"), _week("that week", id="c4")]
    out = conv.revise(held, new, 2, moving=False)
    assert _texts(out.held) == [(1, "by 3"), (2, "any afternoon"), (2, "that week")]
    assert len(out.held[0].constraint.intervals) > 7


def test_conversation_open_choice_a_wider_week_keeps_a_time_said_for_a_day() -> None:
    # "Tuesday ... must be over by 3", then "what about that week": a week widens days,
    # not a time of day; by 3 still holds
    out = conv.revise([conv.Held(_by_3_on(1), 1)], [_week("that week", id="c4")], 2, False)
    assert (1, "by 3") in _texts(out.held)
