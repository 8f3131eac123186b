"""How people continue a conversation (slotwise.conversation): a time of day said for a
day, moves that keep what holds them, giving up a wish nothing fits, picks that are not."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Alternative, Constraint, Span

from slotwise import conversation as conv

TZ = "-05:00"


def _span(day: str, hours: tuple[float, float] = (0, 24)) -> Span:
    start = datetime.fromisoformat(f"{day}T00:00:00{TZ}")
    return Span(start=start + timedelta(hours=hours[0]), end=start + timedelta(hours=hours[1]))


def _days(first: int, last: int, hours: tuple[float, float]) -> list[Span]:
    return [_span(f"2026-12-{d:02d}", hours) for d in range(first, last + 1)]


def _c(text: str, spans: list[Span], **kw: Any) -> Constraint:
    return Constraint(
        id=kw.pop("id", "c1"),
        text=text,
        span=kw.pop("span", (0, len(text))),
        kind=kw.pop("kind", "require"),
        strength=kw.pop("strength", "hard"),
        intervals=spans,
        **kw,
    )


def _on(text: str, day: str, hours: tuple[float, float], **kw: Any) -> Constraint:
    """A time of day that grounding read on one day ("11ish" in "sun w daniel, 11ish"),
    with its reading over every day kept as an alternative."""
    every = Alternative(label="every day", intervals=_days(1, 21, hours))
    return _c(text, [_span(day, hours)], alternatives=[every], **kw)


def _texts(out: conv.Revision) -> list[tuple[int, str]]:
    return [(h.turn, h.constraint.text or "") for h in out.held]


def _gone(out: conv.Revision) -> list[tuple[int, str]]:
    return [(h.turn, h.constraint.text or "") for h, _ in out.dropped]


@pytest.mark.parametrize(
    ("said", "later"),
    [
        # "can i book in for sun w daniel, 11ish", then "this sunday is out, next sun"
        (_on("11ish", "2026-12-06", (10.5, 12.5), id="c2"), "exclude"),
        # "today, i need the car back by 9", then "ok then tomorrow"
        (_on("by 9", "2026-12-06", (8, 9), id="c2"), "replace"),
        # "sun evening possible? like 6ish", then "what about sat evening"
        (
            _on("6ish", "2026-12-06", (17.5, 18.5), id="c2", kind="prefer", strength="soft"),
            "replace",
        ),
    ],
)
def test_conversation_a_time_said_for_a_day_moves_with_the_day(
    said: Constraint, later: str
) -> None:
    day = _c("sun", [_span("2026-12-06")], id="c1")
    held = [conv.Held(day, 1), conv.Held(said, 1)]
    new = [_c("the 13th", [_span("2026-12-13")], id="c3")]
    if later == "exclude":
        new.insert(0, _c("this sunday", [_span("2026-12-06")], id="c4", kind="exclude"))
    out = conv.revise(held, new, 2, moving=False)
    assert (1, said.text) in _texts(out) and (1, "sun") not in _texts(out)
    assert _gone(out) == [(1, "sun")]
    time = next(h.constraint for h in out.held if h.constraint.text == said.text)
    # the time now holds on every day, the new Sunday among them
    assert conv.said_sort(time) == "time"
    assert any(s.start.date().isoformat() == "2026-12-13" for s in time.intervals)


def test_conversation_a_time_said_for_a_day_stays_put_while_the_day_holds() -> None:
    # "sun w daniel, 11ish", then "oh and not before 10": both times on Sunday stay
    day = _c("sun", [_span("2026-12-06")], id="c1")
    eleven = _on("11ish", "2026-12-06", (10.5, 12.5), id="c2")
    ten = _c("not before 10", _days(1, 21, (10, 24)), id="c3")
    out = conv.revise([conv.Held(day, 1), conv.Held(eleven, 1)], [ten], 2, moving=False)
    assert _texts(out) == [(1, "sun"), (1, "11ish"), (2, "not before 10")]
    assert out.held[1].constraint.intervals == [_span("2026-12-06", (10.5, 12.5))]


def test_conversation_a_later_time_that_day_replaces_the_time_and_keeps_the_day() -> None:
    # "tues the 15th, w brooks, 1ish" (picked), then "push it later that day, like after 4"
    day = _c("tues the 15th", [_span("2026-12-15")], id="c1")
    one = _on("1ish", "2026-12-15", (12.5, 14), id="c2", modifies="c1")
    four = _on("after 4", "2026-12-15", (16, 24), id="c3")
    out = conv.revise([conv.Held(day, 1), conv.Held(one, 1)], [four], 3, moving=True)
    assert _texts(out) == [(1, "tues the 15th"), (3, "after 4")]
    assert _gone(out) == [(1, "1ish")]


@pytest.mark.parametrize(
    ("wide", "new"),
    [
        # "this week, any day but wed", then "move that to friday afternoon"
        (
            _c("this week", _days(7, 13, (0, 24))),
            _c("friday afternoon", [_span("2026-12-11", (12, 17))], id="c2"),
        ),
        # "next thursday or next friday", then "can we make it the same day, an hour later"
        (_c("next week", _days(14, 20, (0, 24))), _c("same day", [_span("2026-12-16")], id="c2")),
        # "after 3 pm", then "Wednesday the 9th, same time"
        (
            _c("after 3 pm", _days(1, 21, (15, 24))),
            _on("same time", "2026-12-09", (15, 15.75), id="c2"),
        ),
    ],
)
def test_conversation_a_move_keeps_what_holds_the_new_slot(
    wide: Constraint, new: Constraint
) -> None:
    out = conv.revise([conv.Held(wide, 1)], [new], 3, moving=True)
    assert _texts(out) == [(1, wide.text), (3, new.text)]
    assert out.dropped == []


def test_conversation_a_move_still_replaces_what_misses_the_new_slot() -> None:
    # "wed at 7" (picked), then "can we do same time thursday": Wednesday goes
    wed = _c("wed at 7", [_span("2026-12-09", (7, 8))])
    thu = _c("same time thursday", [_span("2026-12-10", (7, 8))], id="c2")
    out = conv.revise([conv.Held(wed, 1)], [thu], 3, moving=True)
    assert _texts(out) == [(3, "same time thursday")]
    assert _gone(out) == [(1, "wed at 7")]


@pytest.mark.parametrize(
    ("text", "hours", "dropped"),
    [
        ("the afternoon same day", (12, 17), True),  # never meets the mornings
        ("10am same day", (10, 11), False),  # inside a morning: the mornings stay
    ],
)
def test_conversation_a_new_days_time_replaces_a_time_of_day_it_never_meets(
    text: str, hours: tuple[float, float], dropped: bool
) -> None:
    # "mornings are better for me if possible", then (after a pick) "move that to ..."
    mornings = _c("mornings", _days(1, 21, (8, 12)), kind="prefer", strength="soft")
    new = _c(text, [_span("2026-12-10", hours)], id="c2")
    out = conv.revise([conv.Held(mornings, 1)], [new], 3, moving=True)
    assert ((1, "mornings") in _gone(out)) is dropped
