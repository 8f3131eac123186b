"""The named rules beside the conversation steps (slotwise.conversation_rules)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Span

from slotwise import conversation as conv
from slotwise import conversation_rules as rules

TZ = "-06:00"
NOW = datetime.fromisoformat(f"2027-01-18T19:05:00{TZ}")
SHOWN: list[dict[str, Any]] = [
    {"rank": 1, "resource": "pt-sam", "start": f"2027-01-20T16:00:00{TZ}"},
    {"rank": 2, "resource": "pt-sam", "start": f"2027-01-21T16:00:00{TZ}"},
]


def _daily(text: str, a: float, b: float, days: int = 14, **kw: Any) -> Constraint:
    """`text` on every day from the message's: from hour `a` to hour `b` (24: the day's
    end), the first day cut at the time of the message, as grounding reads "after 4"."""
    spans = []
    for d in range(days):
        day = datetime.fromisoformat(f"2027-01-18T00:00:00{TZ}") + timedelta(days=d)
        start, end = day + timedelta(hours=a), day + timedelta(hours=b)
        start = max(start, NOW)
        if start < end:
            spans.append(Span(start=start, end=end))
    return Constraint(
        id=kw.pop("id", "c1"),
        text=text,
        span=kw.pop("span", (0, len(text))),
        kind=kw.pop("kind", "require"),
        strength=kw.pop("strength", "hard"),
        rule=kw.pop("rule", "bound_prefix+bare_number"),
        intervals=spans,
        **kw,
    )


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (("after 6 only", 18, 24), ("any time after 4", 16, 24)),
        (("before 10", 0, 10), ("make that before 11", 0, 11)),
        (("from 3pm", 15, 24), ("from 2:30 on", 14.5, 24)),
        (("not after 6", 0, 18), ("till 5 at the latest", 0, 17)),
    ],
)
def test_conversation_rules_a_later_bound_of_the_same_direction_replaces_the_first(
    first: tuple[str, float, float], then: tuple[str, float, float]
) -> None:
    old = _daily(*first)
    new = _daily(*then, id="c2")
    assert rules.rebounds(old, new)
    out = conv.revise([conv.Held(old, 1)], [new], 2, moving=False)
    assert [h.constraint.text for h in out.held] == [then[0]]
    assert [(h.turn, h.constraint.text, why) for h, why in out.dropped] == [
        (1, first[0], "replaced")
    ]


def test_conversation_rules_bounds_of_both_directions_hold_together() -> None:
    # "after 3 but not after 6": a floor and a ceiling narrow each other
    after3 = _daily("after 3", 15, 24)
    not_after6 = _daily("not after 6", 0, 18, id="c2", rule="neg_prefix+bound_prefix+bare_number")
    assert not rules.rebounds(after3, not_after6)
    out = conv.revise([conv.Held(after3, 1)], [not_after6], 2, moving=False)
    assert [h.constraint.text for h in out.held] == ["after 3", "not after 6"]
    assert out.dropped == []


def test_conversation_rules_only_a_bare_clock_bound_is_a_bound() -> None:
    # a range, a part of the day, a bound that names a day, an exclusion: not moved
    assert rules.bound_of(_daily("between 9 and 1", 9, 13, rule="between+bare_number")) is None
    assert rules.bound_of(_daily("mornings", 6, 12, rule="part_of_day")) is None
    tmrw = _daily("tmrw after 4", 16, 24, days=2, rule="tomorrow+bound_prefix+bare_number")
    assert rules.bound_of(tmrw) is None
    assert not rules.rebounds(tmrw, _daily("after 5", 17, 24))
    out_of = _daily("nothing after 5", 17, 24, kind="exclude")
    assert not rules.rebounds(_daily("after 6", 18, 24), out_of)
    assert rules.bound_of(_daily("after 4", 16, 24)) is not None


@pytest.mark.parametrize(
    ("intent", "says", "previous", "shown", "goes"),
    [
        ("book", False, "book", SHOWN, True),  # "ok book"
        ("reschedule", False, "reschedule", SHOWN, True),  # "ok tq" after a move
        ("book", False, "availability", SHOWN, True),  # "Ok good. Book it"
        ("book", True, "book", SHOWN, False),  # "oh and make it 90 min": a length
        ("other", False, "book", SHOWN, False),  # "ok thanks": nothing to book
        ("book", False, "book", [], False),  # nothing shown
        ("book", False, None, SHOWN, False),  # the first turn
        ("book", False, "other", SHOWN, False),  # after a question
    ],
)
def test_conversation_rules_a_bare_go_ahead_takes_the_first_option(
    intent: str, says: bool, previous: str | None, shown: list[dict[str, Any]], goes: bool
) -> None:
    assert rules.goes_ahead(intent, says, shown, previous) is goes


@pytest.mark.parametrize(
    "message", ["Lovely, I'll take the earliest one.", "ok book the earliest one pls"]
)
def test_conversation_the_earliest_one_is_a_pick(message: str) -> None:
    picked = conv.pick(message, [], SHOWN)
    assert picked is not None and picked.rank == 1
    assert conv.pick("the earliest on monday", [], SHOWN) is None
