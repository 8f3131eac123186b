"""The named rules beside the conversation steps (slotwise.conversation_rules)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Part, Span

from slotwise import conversation as conv
from slotwise import conversation_rules as rules
from tests.session_replay import constraint, replayed, span_label

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
    return constraint(text, spans, rule=kw.pop("rule", "bound_prefix+bare_number"), **kw)


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
        ("book", False, "other", SHOWN, True),  # "k book it" after a question
        ("book", False, "cancel", SHOWN, False),  # after a cancellation
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


def _on(text: str, day: str, hours: tuple[float, float] = (0, 24), **kw: Any) -> Constraint:
    """`text` on one day, from hour to hour."""
    start = datetime.fromisoformat(f"{day}T00:00:00{TZ}")
    return constraint(
        text,
        [Span(start=start + timedelta(hours=hours[0]), end=start + timedelta(hours=hours[1]))],
        rule=kw.pop("rule", "ordinal_day"),
        **kw,
    )


@pytest.mark.parametrize(
    ("exclusion", "wish"),
    [
        (_on("not the 24th", "2027-01-24", kind="exclude"), _on("The 24th is fine", "2027-01-24")),
        (
            _on("on 29th", "2027-01-29", kind="exclude"),
            _on("Tuesday the 29th was right", "2027-01-29", (9, 12), rule="weekday_day_number"),
        ),
    ],
)
def test_conversation_rules_a_firm_wish_for_what_was_ruled_out_lifts_the_exclusion(
    exclusion: Constraint, wish: Constraint
) -> None:
    assert rules.lifts(wish, exclusion)
    out = conv.revise([conv.Held(exclusion, 1)], [wish.model_copy(update={"id": "c2"})], 2, False)
    assert [h.constraint.text for h in out.held] == [wish.text]
    assert [(h.constraint.text, why) for h, why in out.dropped] == [(exclusion.text, "lifted")]


def test_conversation_rules_a_wish_only_partly_ruled_out_or_soft_lifts_nothing() -> None:
    not_fri = _on("not friday", "2027-01-22", kind="exclude", rule="neg_prefix+weekday")
    weekend = Constraint(
        id="c2",
        text="fri or sat",
        span=(0, 10),
        kind="require",
        strength="hard",
        intervals=[*not_fri.intervals, *_on("sat", "2027-01-23").intervals],
    )
    assert not rules.lifts(weekend, not_fri)  # Saturday was never ruled out
    assert not rules.lifts(_on("friday ideally", "2027-01-22", strength="soft"), not_fri)
    out = conv.revise([conv.Held(not_fri, 1)], [weekend], 2, moving=False)
    assert [h.constraint.text for h in out.held] == ["not friday", "fri or sat"]
    # a provider ruled out, then wished for
    not_lee = Constraint(
        id="c1", text="not Dr Lee", kind="exclude", strength="hard", resources=["dr-lee"]
    )
    lee = Constraint(
        id="c2", text="Dr Lee is fine", kind="require", strength="hard", resources=["dr-lee"]
    )
    assert rules.lifts(lee, not_lee)


def test_conversation_rules_the_same_day_said_again_with_a_time_replaces_it() -> None:
    day = _on("on the 29th", "2027-01-29")
    again = _on(
        "29th morning 9 o'clock onwards",
        "2027-01-29",
        (9, 24),
        id="c2",
        rule="ordinal_day+part_of_day+clock_oclock+bound_suffix",
    )
    assert rules.restates(day, again)
    out = conv.revise([conv.Held(day, 1)], [again], 3, moving=False)
    assert [h.constraint.text for h in out.held] == [again.text]
    # a time said of "that day" narrows the day; it does not say it again
    that_day = _on(
        "cant do after 2", "2027-01-29", (0, 14), rule="neg_prefix+bound_prefix+bare_number"
    )
    assert not rules.restates(day, that_day)
    kept = conv.revise([conv.Held(day, 1)], [that_day], 2, moving=False)
    assert [h.constraint.text for h in kept.held] == ["on the 29th", "cant do after 2"]
    # the same words again change nothing; a soft one says no more
    assert not rules.restates(day, _on("the 29th?", "2027-01-29"))
    assert not rules.restates(day, again.model_copy(update={"strength": "soft"}))


def test_conversation_rules_a_firm_wider_wish_replaces_the_one_it_holds() -> None:
    monday = _on("monday the 15th", "2027-02-15", rule="weekday+ordinal_day")
    week = Constraint(
        id="c2",
        text="that week",
        span=(0, 9),
        kind="require",
        strength="hard",
        rule="week",
        intervals=[
            Span(
                start=datetime.fromisoformat(f"2027-02-15T00:00:00{TZ}"),
                end=datetime.fromisoformat(f"2027-02-22T00:00:00{TZ}"),
            )
        ],
    )
    assert rules.widens(monday, week)
    out = conv.revise([conv.Held(monday, 1)], [week], 2, moving=False)
    assert [h.constraint.text for h in out.held] == ["that week"]
    assert [(h.constraint.text, why) for h, why in out.dropped] == [("monday the 15th", "replaced")]
    # "next week", then "Thursday": the narrower one comes later and both hold
    assert not rules.widens(week, monday)
    both = conv.revise([conv.Held(week, 1)], [monday.model_copy(update={"id": "c2"})], 2, False)
    assert [h.constraint.text for h in both.held] == ["that week", "monday the 15th"]
    # a soft wish inside a firm one is a preference among its days, not replaced
    assert not rules.widens(monday.model_copy(update={"strength": "soft"}), week)
    # "weekends" said of every week is a standing limit, not a wider search
    weekends = _daily("weekends", 0, 24, days=28, rule="weekend_set")
    assert not rules.widens(_on("saturday", "2027-01-23", rule="weekday"), weekends)


def test_conversation_a_retracted_time_is_no_pick_and_takes_back_its_own_words() -> None:
    # "forget the after 4 thing": the time after "the" is taken back, not picked
    after4 = _daily("after 4", 16, 24, retracted=True, span=(15, 22))
    assert conv.pick("forget the after 4 thing", [after4], SHOWN) is None
    # "afternoon doesnt matter" takes back "preferably afternoon", not "done by 3",
    # which only overlaps it
    afternoon = _daily("afternoon", 12, 17, kind="prefer", strength="soft", rule="part_of_day")
    by3 = _daily("by 3", 0, 15, id="c2")
    gone = afternoon.model_copy(update={"id": "c3", "retracted": True})
    out = conv.revise([conv.Held(afternoon, 2), conv.Held(by3, 3)], [gone], 4, moving=False)
    assert [h.constraint.text for h in out.held] == ["by 3"]
    assert [(h.turn, h.constraint.text) for h, _ in out.dropped] == [(2, "afternoon")]
    # with no held wish in its words, it takes back what it overlaps, as before
    mornings = _daily("mornings", 6, 12, rule="part_of_day")
    early = _daily("the early part", 6, 9, id="c4", retracted=True, rule="part_of_day")
    out = conv.revise([conv.Held(mornings, 1)], [early], 2, moving=False)
    assert [h.constraint.text for h, _ in out.dropped] == ["mornings"]


def _replayed(turns: list[tuple[str, str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Turns (message, intent, span labels) through a session under those labels."""
    return replayed(turns)


@pytest.mark.parametrize("go", ["ok book it", "Yes please confirm.", "ok tq"])
def test_conversation_a_session_goes_ahead_with_the_first_option(go: str) -> None:
    morning = (
        "can I get a phone appointment tomorrow morning",
        "book",
        [span_label("tomorrow morning")],
    )
    results = _replayed([morning, (go, "book", [])])
    assert results[1]["refers_to"][0]["shown_rank"] == 1
    # a turn that adds a time is no go-ahead
    again = _replayed([morning, ("ok book it, after 10 pls", "book", [span_label("after 10")])])
    assert again[1]["refers_to"] == []


def test_conversation_a_session_goes_ahead_after_a_question() -> None:
    # options shown, a question about price, then "k book it": the option shown first
    morning = (
        "u got anything tomorrow morning",
        "availability",
        [span_label("tomorrow morning")],
    )
    price = ("how much for a serpentine belt, part n labor", "other", [])
    results = _replayed([morning, price, ("k book it", "book", [])])
    assert results[2]["refers_to"][0]["shown_rank"] == 1
    # after a cancellation nothing is shown: nothing to go ahead with
    gone = ("actually cancel that", "cancel", [])
    again = _replayed([morning, gone, ("k book it", "book", [])])
    assert again[2]["refers_to"] == []


@pytest.mark.parametrize(
    "change", ["actually make it the week after", "hmm can we do that day instead"]
)
def test_conversation_a_change_grounding_cannot_place_is_no_go_ahead(change: str) -> None:
    # the turn refers back to a time the message does not name: it asks for something
    # else, so it must not book the option shown first
    morning = ("can I get wed morning pls", "book", [span_label("wed morning")])
    results = _replayed([morning, (change, "book", [])])
    assert results[1]["refers_to"] == []
    # a bare number it cannot place ("9 is great, I'll take that") still goes ahead
    nine = _replayed([morning, ("great, I'll take that", "book", [])])
    assert nine[1]["refers_to"][0]["shown_rank"] == 1


@pytest.mark.parametrize("aside", ["is the nurse better for this?", "do I need to fast before?"])
def test_conversation_a_pick_after_an_aside_goes_on_with_the_booking_asked_for(aside: str) -> None:
    results = _replayed(
        [
            (
                "can I get a phone appointment tomorrow morning",
                "book",
                [span_label("tomorrow morning")],
            ),
            (aside, "other", []),
            ("ok doctor then. the first one is fine", "book", []),
            ("oh no sorry, cancel that", "cancel", []),
        ]
    )
    assert results[2]["refers_to"][0]["shown_rank"] == 1
    # "cancel that" means the booking turn 1 asked for, not the pick after the aside
    assert results[3]["cancels"]["turn"] == 1


@pytest.mark.parametrize(
    ("message", "picks"),
    [
        ("the middle one", True),
        ("The middle one would be lovely, thank you.", True),
        ("middle option pls", True),
        ("somewhere in the middle of the day", False),
        ("the middle time works", False),
    ],
)
def test_conversation_the_middle_one_of_three_is_the_second(message: str, picks: bool) -> None:
    three = [*SHOWN, {"rank": 3, "resource": "pt-sam", "start": f"2027-01-22T16:00:00{TZ}"}]
    picked = conv.pick(message, [], three)
    assert (picked is not None and picked.rank == 2) if picks else picked is None
    assert conv.pick("the middle one", [], SHOWN) is None  # of two there is none


def test_conversation_a_retracted_item_of_a_listed_exclusion_leaves_the_rest() -> None:
    # "can't do mon or fri" (next week), then "the day i cant do is thurs not fri": the
    # taken-back "fri" grounds to this week's Friday, but it is the list's item in words
    mon, fri = _on("", "2027-02-08").intervals, _on("", "2027-02-12").intervals
    mon_or_fri = Constraint(
        id="c1",
        text="mon or fri",
        span=(0, 10),
        kind="exclude",
        strength="hard",
        intervals=[*mon, *fri],
        parts=[
            Part(text="mon", span=(0, 3), intervals=mon),
            Part(text="fri", span=(7, 10), intervals=fri),
        ],
    )
    held = [conv.Held(mon_or_fri, 1)]
    not_fri = _on("not fri", "2027-02-05", id="c2", kind="exclude", retracted=True)
    out = conv.revise(held, [not_fri], 3, moving=False)
    assert [h.constraint.text for h in out.held] == ["mon"]
    assert [(h.turn, h.constraint.text) for h, _ in out.dropped] == [(1, "fri")]
    # a retraction in other words ("not sat") leaves the list as it was
    not_sat = _on("not sat", "2027-02-06", id="c3", kind="exclude", retracted=True)
    kept = conv.revise(held, [not_sat], 3, moving=False)
    assert [h.constraint.text for h in kept.held] == ["mon or fri"]
