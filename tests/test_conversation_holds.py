"""What holds after a turn: a wish within a firm limit, a weekday with a time of day in
the week chosen, "whoever is free" and a wish to avoid a provider, an order that gives
no provider way (slotwise.conversation, slotwise.conversation_rules)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Span

from slotwise import conversation as conv
from slotwise import conversation_rules as rules
from tests.session_replay import constraint, replayed, span_label

TZ = "-06:00"
NOW = datetime.fromisoformat(f"2027-01-18T08:00:00{TZ}")  # a Monday


def _daily(text: str, a: float, b: float, **kw: Any) -> Constraint:
    """`text` from hour `a` to hour `b` (24: the day's end) on 14 days from the Monday,
    as grounding reads "after 9" or "before 11"."""
    day0 = datetime.fromisoformat(f"2027-01-18T00:00:00{TZ}")
    spans = [
        Span(start=day + timedelta(hours=a), end=day + timedelta(hours=b))
        for day in (day0 + timedelta(days=d) for d in range(14))
    ]
    return constraint(text, spans, rule=kw.pop("rule", "bound_prefix+bare_number"), **kw)


def _provider(text: str, who: str, **kw: Any) -> Constraint:
    return constraint(text, [], rule="resource.name", resources=[who], **kw)


def _held(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if c.get("source") == "message"]


# -- a wish within a firm limit -----------------------------------------------------


@pytest.mark.parametrize(
    ("limit", "wish"),
    [
        (("after 9", 9, 24), ("after 10 would be even better", 10, 24)),
        (("not after 6", 0, 18), ("before 5 ideally", 0, 17)),
        (("from 2", 14, 24), ("from 3 if there's one", 15, 24)),
    ],
)
def test_conversation_holds_a_softer_bound_holds_within_a_firm_one(
    limit: tuple[str, float, float], wish: tuple[str, float, float]
) -> None:
    old = _daily(*limit)
    new = _daily(*wish, id="c2", kind="prefer", strength="soft")
    assert not rules.rebounds(old, new)
    out = conv.revise([conv.Held(old, 1)], [new], 2, moving=False)
    assert [h.constraint.text for h in out.held] == [limit[0], wish[0]]
    assert out.dropped == []
    # said firmly, the same bound moves the limit
    firm = new.model_copy(update={"kind": "require", "strength": "hard"})
    assert rules.rebounds(old, firm)
    # and a wish moves a wish ("after 1 ideally", then "from 12 if that's easier")
    soft = old.model_copy(update={"kind": "prefer", "strength": "soft"})
    assert rules.rebounds(soft, new)


@pytest.mark.parametrize(
    "wish",
    [
        "thinking about it, after 10 would be even better",
        "ooh after 10 would be ideal if u have it",
    ],
)
def test_conversation_holds_a_session_keeps_the_limit_under_a_later_wish(wish: str) -> None:
    results = replayed(
        [
            ("can I come in Thursday morning", "book", [span_label("Thursday morning")]),
            ("not too early mind, after 9", "book", [span_label("after 9")]),
            (wish, "book", [span_label("after 10", "prefer", "soft")]),
        ]
    )
    assert _held(results[2]) == ["Thursday morning", "after 9", "after 10"]
    assert results[2]["dropped"] == []


# -- a weekday with a time of day, in the week an earlier turn chose ------------------


@pytest.mark.parametrize(
    ("message", "label", "kind", "day"),
    [
        ("sat morning perfect", "sat morning", "require", "2027-01-30"),
        ("how about tues at 2", "tues at 2", "require", "2027-01-26"),
        ("can't do thurs afternoon tho", "thurs afternoon", "exclude", "2027-01-28"),
    ],
)
def test_conversation_holds_a_weekday_with_a_time_is_that_weeks(
    message: str, label: str, kind: str, day: str
) -> None:
    results = replayed(
        [
            ("need a check up next week, with dr ames", "book", [span_label("next week")]),
            (message, "book", [span_label(label, kind)]),
        ],
        days=14,
    )
    turn2 = [c for c in results[1]["constraints"] if c.get("turn") == 2]
    assert [c["intervals"][0]["start"][:10] for c in turn2] == [day]
    assert "next week" in _held(results[1])
    assert results[1]["dropped"] == []


def test_conversation_holds_a_weekday_with_a_time_needs_a_week_chosen() -> None:
    # a weekday said with a time of day (rule weekday+part_of_day) ...
    sat = Span(
        start=datetime.fromisoformat(f"2027-01-23T08:00:00{TZ}"),
        end=datetime.fromisoformat(f"2027-01-23T12:00:00{TZ}"),
    )
    morning = Constraint(
        id="c9",
        text="sat morning",
        span=(0, 11),
        kind="require",
        strength="hard",
        rule="weekday+part_of_day",
        intervals=[sat],
    )
    assert rules.weekday_with_time(morning)
    # ... stays where grounding put it after a time asked for on one day
    week = timedelta(days=7)
    evening = morning.model_copy(
        update={
            "id": "c1",
            "text": "next week saturday evening",
            "rule": "week+weekday+part_of_day",
            "intervals": [Span(start=sat.start + week + timedelta(hours=9), end=sat.end + week)],
        }
    )
    out = conv.revise([conv.Held(evening, 1)], [morning], 2, moving=False)
    assert [h.constraint.intervals for h in out.held if h.turn == 2] == [[sat]]
    # a weekday with a date is that date ("wed the 27th first thing")
    dated = morning.model_copy(update={"rule": "weekday_day_number+part_of_day"})
    assert not rules.weekday_with_time(dated)


# -- "whoever is free" and a wish to avoid a provider ---------------------------------


@pytest.mark.parametrize(
    ("old", "goes"),
    [
        (_provider("with lena ideally", "lena", kind="prefer", strength="soft"), True),
        (_provider("has to be Ben", "ben"), True),
        (_provider("ideally not with kai", "kai", kind="exclude", strength="soft"), True),
        (_provider("anyone but Ben", "ben", kind="exclude"), False),
    ],
)
def test_conversation_holds_whoever_is_free_takes_back_provider_wishes(
    old: Constraint, goes: bool
) -> None:
    assert rules.left_to_anyone(old) is goes
    out = conv.revise([conv.Held(old, 1)], [], 2, moving=False, anyone=True)
    assert [h.constraint.text for h, _ in out.dropped] == ([old.text] if goes else [])
    assert [h.constraint.text for h in out.held] == ([] if goes else [old.text])


# -- an order ("the soonest") is no provider --------------------------------------------


def test_conversation_holds_an_order_gives_no_provider_way() -> None:
    # "Kai on Monday?", nothing; "what about tuesday then", nothing; "ok just the soonest
    # he has then, after 4": Kai still holds (the soonest says nothing of providers)
    kai = conv.Held(_provider("Kai", "kai"), 1)
    tuesday = conv.Held(_daily("tuesday", 0, 24, id="c2", rule="weekday"), 2)
    after4 = conv.Held(_daily("after 4", 16, 24, id="c3"), 3)
    soonest = conv.Held(
        Constraint(
            id="ask1",
            text="the soonest",
            span=(0, 11),
            kind="prefer",
            strength="soft",
            rule="ask.earliest",
        ),
        3,
    )
    assert conv.give_way([kai, tuesday, after4, soonest], 3, {"c1"}) is None
    # a provider said in the turn does make the earlier provider give way
    lena = conv.Held(_provider("with lena then", "lena", id="c4"), 3)
    given = conv.give_way([kai, tuesday, after4, lena], 3, {"c1"})
    assert given is not None and given[0] is kai


# -- the antecedent of "that day" before anything is booked ---------------------------


def _days_of(result: dict[str, Any], turn: int) -> list[str]:
    return sorted(
        {
            s["start"][:10]
            for c in result["constraints"]
            if c.get("turn") == turn
            for s in c["intervals"]
        }
    )


@pytest.mark.parametrize(
    ("first", "named", "then", "wish"),
    [
        ("is the 22nd this week or next?", "the 22nd", "ok what do u have that day", "that day"),
        (
            "my exam is on the 22nd, do you do prep sessions?",
            "on the 22nd",
            "great can i get one that morning",
            "that morning",
        ),
        (
            "Is Dr Ames in on Friday the 22nd?",
            "Friday the 22nd",
            "then that day please",
            "that day",
        ),
    ],
)
def test_conversation_holds_that_day_is_the_day_an_earlier_question_named(
    first: str, named: str, then: str, wish: str
) -> None:
    results = replayed(
        [
            (first, "other", [span_label(named, "context")]),
            (then, "availability", [span_label(wish)]),
        ]
    )
    assert _held(results[1]) == [wish]
    assert _days_of(results[1], 2) == ["2027-01-22"]


def test_conversation_holds_the_week_after_the_days_asked_for_not_their_hours() -> None:
    # "after 5 ideally" lies on next week's days, but it names no days: "the week after"
    # is the week after next week
    results = replayed(
        [
            (
                "whens dr ames free next week, after 5 ideally",
                "availability",
                [span_label("next week"), span_label("after 5", "prefer", "soft")],
            ),
            ("and the week after?", "availability", [span_label("the week after")]),
        ],
        days=14,
    )
    assert _days_of(results[1], 2)[0] == "2027-02-01"
    assert [d["text"] for d in results[1]["dropped"]] == ["next week"]


@pytest.mark.parametrize(
    ("old", "then", "wish"),
    [
        ("he's supposed to come tues at 9", "anything later that week is fine", "later that week"),
        ("my appointment is tues at 9 and i cant make it", "later that week?", "later that week"),
    ],
)
def test_conversation_holds_a_move_reads_that_week_against_the_slot_it_leaves(
    old: str, then: str, wish: str
) -> None:
    label = old.split(" is ")[-1].split(" and")[0] if " is " in old else "tues at 9"
    results = replayed(
        [
            (old, "reschedule", [span_label(label, "exclude")]),
            (then, "reschedule", [span_label(wish)]),
        ]
    )
    assert _held(results[1])[-1] == wish
    days = _days_of(results[1], 2)
    assert days[0] > "2027-01-19" and days[-1] <= "2027-01-24"


@pytest.mark.parametrize(
    ("first", "wish", "then", "order"),
    [
        (
            "any chance of something at 8pm one evening? I commute",
            "at 8pm",
            "ugh. whats the latest you've got then?",
            "the latest you've got",
        ),
        (
            "can I come in on a saturday?",
            "saturday",
            "ok what's the soonest you have then",
            "the soonest you have",
        ),
        (
            "Would it be possible to come after 6 in the evening?",
            "after 6 in the evening",  # one bound since G49 (after 18:00)
            "That is a pity. What is the earliest you can offer, then?",
            "the earliest you can offer",
        ),
    ],
)
def test_conversation_an_order_after_nothing_fitted_takes_the_place_of_the_wish(
    first: str, wish: str, then: str, order: str
) -> None:
    from tests.session_replay import replayed, span_label

    results = replayed(
        [
            (first, "book", [span_label(wish)]),
            (then, "book", [span_label(order, "prefer", "soft")]),
        ],
        days=5,  # Monday to Friday, 8 to 5
    )
    assert results[0]["outcome"] == "clarification"
    second = results[1]
    assert second["outcome"] == "proposals"
    assert [d["text"] for d in second["dropped"]] == [wish]
    assert second["refers_to"][0]["text"] == wish


def test_conversation_an_order_after_nothing_fitted_keeps_the_day_said_with_the_time() -> None:
    from tests.session_replay import replayed, span_label

    results = replayed(
        [
            ("can i book a lesson thursday, like 6pm", "book", [span_label("thursday, like 6pm")]),
            (
                "oh u close at 5? ok whats the latest u got",
                "book",
                [span_label("the latest u got")],
            ),
        ],
        days=5,
    )
    assert results[0]["outcome"] == "clarification"
    second = results[1]
    assert second["outcome"] == "proposals"
    assert second["proposals"][0]["start"].startswith("2027-01-21T16:30")  # that Thursday
    held = [c["text"] for c in second["constraints"] if c.get("source") == "message"]
    assert "thursday, like 6pm" in held  # its day, in its words
