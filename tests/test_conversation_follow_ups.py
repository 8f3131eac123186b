"""How people continue a conversation (slotwise.conversation): a time of day said for a
day, moves that keep what holds them, giving up a wish nothing fits, picks that are not."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Alternative, Constraint, Span

from slotwise import conversation as conv
from tests.session_replay import constraint

TZ = "-05:00"


def _span(day: str, hours: tuple[float, float] = (0, 24)) -> Span:
    start = datetime.fromisoformat(f"{day}T00:00:00{TZ}")
    return Span(start=start + timedelta(hours=hours[0]), end=start + timedelta(hours=hours[1]))


def _days(first: int, last: int, hours: tuple[float, float]) -> list[Span]:
    return [_span(f"2026-12-{d:02d}", hours) for d in range(first, last + 1)]


def _c(text: str, spans: list[Span], **kw: Any) -> Constraint:
    return constraint(text, spans, **kw)


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


SHOWN: list[dict[str, Any]] = [
    {
        "rank": r,
        "resource": "dr-singh",
        "start": f"2026-12-1{r}T10:00:00{TZ}",
        "end": f"2026-12-1{r}T10:30:00{TZ}",
    }
    for r in (1, 2, 3)
]


@pytest.mark.parametrize(
    "message",
    [
        "ideally with Dr Singh, she did my last one",
        "same as my first one please",
        "her 2nd one was fine",
        "Ok, I need to check with my work first and then I will write again",
        "let me ask my wife first, then I'll confirm",
        "is this her first appointment with you?",
        "it's my first appointment there",
    ],
)
def test_conversation_an_ordinal_of_the_customers_own_or_a_step_is_no_pick(message: str) -> None:
    assert conv.pick(message, [], SHOWN) is None


@pytest.mark.parametrize(
    ("message", "rank"),
    [("the last one please", 3), ("ok the first then", 1), ("2nd one, thanks", 2)],
)
def test_conversation_ordinals_after_a_determiner_still_pick(message: str, rank: int) -> None:
    picked = conv.pick(message, [], SHOWN)
    assert picked is not None and picked.rank == rank


@pytest.mark.parametrize(
    ("searching", "expected"),
    [("reschedule", "reschedule"), ("book", "book"), ("availability", "book"), (None, "book")],
)
def test_conversation_a_pick_after_a_question_continues_the_search(
    searching: str | None, expected: str
) -> None:
    # "can I move Luna's appointment ...", "and is her Cardisure in?", "ok the 2nd option"
    assert conv.goal("book", 0.99, "other", True, False, searching) == expected


@pytest.mark.parametrize(
    ("said", "wider"),
    [
        ("Thursday the 4th in the afternoon", "next week"),
        ("wed morning", "this week"),
    ],
)
def test_conversation_a_retraction_takes_back_what_it_names_not_a_wider_wish(
    said: str, wider: str
) -> None:
    # "move it to next week", "Thursday the 4th in the afternoon", then "I meant Friday
    # the 5th, not Thursday the 4th": next week stays
    week = _c(wider, _days(1, 7, (0, 24)), id="c1")
    day = _c(said, [_span("2026-12-03", (12, 17))], id="c2")
    fri = _c("Friday the 5th", [_span("2026-12-04")], id="c3")
    thu = _c("Thursday the 4th", [_span("2026-12-03")], id="c4", retracted=True)
    out = conv.revise([conv.Held(week, 1), conv.Held(day, 2)], [fri, thu], 3, moving=False)
    assert _texts(out) == [(1, wider), (3, "Friday the 5th")]
    assert _gone(out) == [(2, said)]
    # with nothing it names, it takes back what it meets ("not next week" of "the 4th")
    alone = conv.revise(
        [conv.Held(day, 2)], [week.model_copy(update={"retracted": True})], 3, False
    )
    assert _gone(alone) == [(2, said)]


def test_conversation_a_clock_time_with_a_provider_left_open_is_no_pick() -> None:
    # "oh he can't do half 10? ok whoever then": a question about 10:30, then anyone
    msg = "oh he can't do half 10? ok whoever then, doesn't matter"
    a = msg.index("half 10")
    half10 = _c("half 10", [_span("2026-12-11", (10, 11))], span=(a, a + 7))
    assert conv.pick(msg, [half10], SHOWN, anyone=True) is None
    picked = conv.pick("half 10 pls", [half10.model_copy(update={"span": (0, 7)})], SHOWN)
    assert picked is not None and picked.rank == 1 and picked.by_time


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("yes that one and actually put me on the schedule this time", 1),
        ("yep this one, can I bring my dog?", 1),
        ("yes that one is too early", None),
    ],
)
def test_conversation_a_confirmation_then_more_picks_the_first(
    message: str, rank: int | None
) -> None:
    picked = conv.pick(message, [], SHOWN)
    assert (picked.rank if picked else None) == rank


@pytest.mark.parametrize(
    ("message", "item"),
    [
        (
            "Hi! Can I book an eye exam for my mom, she's 72. Anyone is fine. Thursday would be ideal",
            "Can I book an eye exam for my mom, she's 72. Anyone is fine. Thursday would be ideal",
        ),
        ("can I get my nails done Monday, half two", "can I get my nails done Monday, half two"),
    ],
)
def test_conversation_the_item_of_a_request_starts_at_the_sentence_that_asks(
    message: str, item: str
) -> None:
    a = message.rfind("Thursday") if "Thursday" in message else message.index("Monday")
    day = _c("day", [_span("2026-12-10")], span=(a, a + 6))
    start, end = conv.item_span(
        message, [day], asks=lambda s: 0.9 if "?" in s or "book" in s else 0.5
    )
    assert message[start:end] == item
    # without the reader's judgement, the sentences that hold the constraints
    start, end = conv.item_span(message, [day])
    assert message[start:end].endswith(item.split(". ")[-1])


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Hi, I have two questions. First, do you review lease agreements before signing? "
            "And second, what are your fees for a simple will?",
            "First, do you review lease agreements before signing?",
        ),
        (
            "Good afternoon, I have a question. Do you accept Humana for the sports massage?",
            "Do you accept Humana for the sports massage?",
        ),
    ],
)
def test_conversation_the_item_of_questions_is_the_question_not_its_preface(
    message: str, question: str
) -> None:
    start, end = conv.item_span(message, [], asks=lambda s: 0.1)
    assert message[start:end] == question.rstrip("?")


def test_conversation_a_retraction_takes_back_a_wish_on_the_same_days_and_its_narrower() -> None:
    # "any evening slots w jordan" (read from 19:05 today), "like even 5pm?", then "forget
    # evenings" (read from 19:07): both go; "mornings, so like before 9", then "forget
    # the morning thing": the narrower goes with its anchor
    evening = _c("any evening", [_span("2026-12-07", (19 + 5 / 60, 21)), *_days(8, 14, (17, 21))])
    five = _c("5pm", _days(8, 14, (17, 17.75)), id="c2")
    forget = _c("evenings", [_span("2026-12-07", (19 + 7 / 60, 21)), *_days(8, 14, (17, 21))])
    forget = forget.model_copy(update={"id": "c3", "retracted": True})
    out = conv.revise([conv.Held(evening, 1), conv.Held(five, 2)], [forget], 3, moving=False)
    assert _texts(out) == [] and _gone(out) == [(1, "any evening"), (2, "5pm")]
    mornings = _c("mornings", _days(1, 20, (8, 12)))
    before9 = _c("before 9", _days(1, 20, (6, 9)), id="c2", modifies="c1")
    thing = _c("the morning thing", _days(1, 20, (8, 12)), id="c3", retracted=True)
    out = conv.revise([conv.Held(mornings, 1), conv.Held(before9, 1)], [thing], 4, moving=False)
    assert _gone(out) == [(1, "mornings"), (1, "before 9")]


def _firm_held(text: str, spans: list[Span], turn: int, cid: str) -> conv.Held:
    return conv.Held(_c(text, spans, id=cid), turn)


def test_conversation_give_way_needs_the_same_aspect_or_a_wish_it_never_meets() -> None:
    after2 = _firm_held("after 2 o'clock", _days(7, 20, (14, 24)), 2, "c1")
    # "Not even on a Wednesday?": whole days, which meet the afternoons: no one gives way
    wednesdays = _firm_held("on a Wednesday", [_span("2026-12-09"), _span("2026-12-16")], 3, "c2")
    assert conv.give_way([after2, wednesdays], 3, {"c1"}) is None
    # "what about starting at 3?" after "before 3:30": a time for a time
    before = _firm_held("before 3:30", _days(7, 20, (0, 15.5)), 1, "c1")
    three = _firm_held("starting at 3", _days(7, 20, (15, 15.25)), 2, "c2")
    given = conv.give_way([before, three], 2, {"c1"})
    assert given is not None and given[0] is before and given[1] is None
    # nothing gives way that the solver did not free, or when two could
    assert conv.give_way([before, three], 2, set()) is None
    other = _firm_held("not after 4", _days(7, 20, (0, 16)), 1, "c3")
    assert conv.give_way([before, other, three], 2, {"c1", "c3"}) is None


def test_conversation_a_time_that_gives_way_keeps_its_days() -> None:
    # "cleaning after 5pm any weekday" (none), then "k do 4pm then": weekdays, at 4
    weekdays = [d for d in range(7, 19) if datetime(2026, 12, d).weekday() < 5]
    after5 = _firm_held(
        "after 5pm any weekday", [_span(f"2026-12-{d:02d}", (17, 24)) for d in weekdays], 1, "c1"
    )
    four = _firm_held("4pm", _days(7, 20, (16, 17.5)), 3, "c2")
    given = conv.give_way([after5, four], 3, {"c1"})
    assert given is not None and given[0] is after5
    stays = given[1]
    assert stays is not None and stays.constraint.text == "after 5pm any weekday"
    assert [s.start.date().day for s in stays.constraint.intervals] == weekdays
    assert all(s.end - s.start == timedelta(days=1) for s in stays.constraint.intervals)


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("ok confirm that", 1),
        ("Yes please confirm.", 1),
        ("Ok good. Book it, my name is Priya Sharma", 1),
        ("ok book", 1),
        ("Ok confirmed, thanks", 1),
        ("yea that", 1),
        ("go ahead pls", 1),
        ("ok book me in for friday", None),
        ("can you confirm the price?", None),
        ("booking for my son", None),
    ],
)
def test_conversation_a_confirming_verb_picks_the_first(message: str, rank: int | None) -> None:
    picked = conv.pick(message, [], SHOWN)
    assert (picked.rank if picked else None) == rank


@pytest.mark.parametrize(
    ("old", "new", "replaced"),
    [
        (("before 10", (6, 10)), ("make that before 11", (6, 11)), True),
        (("after 3", (15, 24)), ("anything from 2:30 on", (14.5, 24)), True),
        (("after 6 only", (18, 24)), ("any time after 4 is fine", (16, 24)), True),
        (("after 2", (14, 24)), ("not after 6", (0, 18)), False),  # meets it: both hold
        (("mornings", (8, 12)), ("before 10", (0, 10)), False),  # narrows it: both hold
        (("11ish", (10.5, 12.5)), ("not before 10", (10, 24)), False),  # a bound around it
    ],
)
def test_conversation_a_firm_wish_that_loosens_an_earlier_one_replaces_it(
    old: tuple[str, tuple[float, float]], new: tuple[str, tuple[float, float]], replaced: bool
) -> None:
    before = _c(old[0], _days(1, 20, old[1]))
    after = _c(new[0], _days(1, 20, new[1]), id="c2")
    out = conv.revise([conv.Held(before, 1)], [after], 2, moving=False)
    assert (_gone(out) == [(1, old[0])]) is replaced
    soft = after.model_copy(update={"strength": "soft", "kind": "prefer"})
    assert conv.revise([conv.Held(before, 1)], [soft], 2, moving=False).dropped == []
