"""How people go on after a booking, and correct a wish, read with the session's state:
another item said without "another" or "also", what the customer cannot do across
items, a day taken back from a clock time said on it, a new aim in place of an old one,
and "now" said in passing (slotwise.conversation_another, slotwise.conversation_rules,
slotwise.conversation_revise)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Span

from slotwise import conversation_another as another
from slotwise import conversation_booked as booked_rules
from slotwise import conversation_rules as rules
from tests.session_replay import constraint, open_hours, replayed, span_label

DAY0 = datetime.fromisoformat("2027-01-18T00:00:00-06:00")  # a Monday


def _held(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if c.get("source") == "message"]


def _dropped(result: dict[str, Any]) -> list[str]:
    return [d["text"] for d in result["dropped"]]


def _on(text: str, days: list[int], a: float = 0, b: float = 24, **kw: Any) -> Constraint:
    """A constraint on some days from DAY0 (0: Monday 18th), from hour `a` to hour `b`."""
    spans = [
        Span(start=DAY0 + timedelta(days=d, hours=a), end=DAY0 + timedelta(days=d, hours=b))
        for d in days
    ]
    return constraint(text, spans, **kw)


# -- another item, said without "another" or "also" -----------------------------------


@pytest.mark.parametrize(
    ("message", "new"),
    [
        (
            "and my husband's car needs new tyres, could that go in on friday afternoon?",
            "friday afternoon",
        ),
        ("And hers, a little Yaris, on thursday at 11 perhaps?", "thursday at 11"),
        ("oh and the missus' ute needs a service, fri 22nd any time", "fri 22nd"),
    ],
)
def test_conversation_a_sure_booking_of_new_days_after_a_pick_is_another_item(
    message: str, new: str
) -> None:
    results = replayed(
        [
            ("can I get wednesday morning please", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            (message, "book", [span_label(new)]),
        ]
    )
    third = results[2]
    assert third["goal"] == "book" and third["goal_shift"] is True  # not a move
    # the first item's day gives way; nothing is corrected, nothing taken back
    assert third["refers_to"] == [] and _dropped(third) == []
    assert _held(third) == [new]


@pytest.mark.parametrize(
    ("message", "again", "strength"),
    [
        ("oh and my husbands truck needs brakes looked at, same day if u can", "same day", "soft"),
        ("tapos yung kapatid niya po, same time din sana", "same time", "soft"),
        ("her brother needs a checkup, same day ideally", "same day", "soft"),
        ("and my son's bike, same time would be great", "same time", "soft"),
    ],
)
def test_conversation_the_slot_booked_said_again_by_a_sure_booking_is_another_item(
    message: str, again: str, strength: str
) -> None:
    # of the booking made it would say nothing new: it is said for another item
    kind = "prefer" if strength == "soft" else "require"
    results = replayed(
        [
            ("can I get wednesday morning please", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            (message, "book", [span_label(again, kind, strength)]),
        ]
    )
    third = results[2]
    assert third["goal"] == "book" and third["goal_shift"] is True  # not a move
    assert _dropped(third) == [] and [c["turn"] for c in third["constraints"]] == [3]
    booked = str(results[1]["proposals"][0]["start"])[:10]
    assert third["proposals"] and str(third["proposals"][0]["start"])[:10] == booked


def test_conversation_a_new_item_is_what_cancel_that_means_then() -> None:
    results = replayed(
        [
            ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            ("and my son's bike on friday at 3", "book", [span_label("friday at 3")]),
            ("the first one", "book", []),
            ("cancel that one actually, he sold it", "cancel", []),
        ]
    )
    assert results[4]["cancels"]["turn"] == 3


@pytest.mark.usefixtures("unsure_reader")
@pytest.mark.parametrize(
    ("message", "new"),
    [
        ("friday would be better actually", "friday"),
        ("hmm friday afternoon instead?", "friday afternoon"),
    ],
)
def test_conversation_an_unsure_booking_of_new_days_after_a_pick_moves_it(
    message: str, new: str
) -> None:
    results = replayed(
        [
            ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            (message, "book", [span_label(new)]),
        ]
    )
    assert results[2]["goal"] == "reschedule"  # a move of the slot booked
    assert results[2]["refers_to"][0]["text"] == "wednesday morning"


@pytest.mark.parametrize(
    ("message", "spans"),
    [
        # another provider, another time of day, a length: the booking made changes
        ("can it be with dr ames instead?", []),
        ("anything up to 11 works actually", [span_label("up to 11")]),
    ],
)
def test_conversation_a_booking_that_names_no_new_days_refines_the_item(
    message: str, spans: list[dict[str, Any]]
) -> None:
    results = replayed(
        [
            ("can I get wednesday morning", "book", [span_label("wednesday morning")]),
            ("the first one", "book", []),
            (message, "book", spans),
        ]
    )
    assert "wednesday morning" in _held(results[2])


def test_conversation_new_item_needs_a_sure_booking_of_days_after_a_pick() -> None:
    friday = _on("friday", [4])
    evening = _on("evenings", list(range(14)), 17, 21)
    assert another.new_item("book", True, True, [friday])
    assert not another.new_item("book", False, True, [friday])  # the reader is unsure
    assert not another.new_item("book", True, False, [friday])  # nothing booked yet
    assert not another.new_item("reschedule", True, True, [friday])  # a move
    assert not another.new_item("book", True, True, [evening])  # a time of day, no days
    assert not another.new_item("book", True, True, [_on("fri", [4], strength="soft")])
    assert not another.new_item("book", True, True, [_on("not fri", [4], kind="exclude")])


# -- what the customer cannot do, across items -----------------------------------------


@pytest.mark.parametrize(
    ("cannot", "new"),
    [
        # "he works mornings", then "another next Saturday": said for the first item
        (_on("works mornings", list(range(14)), 0, 12, kind="exclude"), [_on("sat", [5])]),
        # a new item that says no time
        (_on("today", [0], kind="exclude"), []),
    ],
)
def test_conversation_start_over_lets_what_the_customer_cannot_do_go_with_the_first_item(
    cannot: Constraint, new: list[Constraint]
) -> None:
    wish = _on("wednesday", [2], id="c2")
    assert another.start_over([cannot, wish]) == [False, False]


@pytest.mark.parametrize(
    ("first", "name", "day", "then", "again"),
    [
        ("Keisha next tues? after 2", "Keisha", "next tues", "and my sister too, w keisha", "keisha"),
        ("thursday morning w/ Kate pls", "w/ Kate", "thursday morning", "now Pixie, also with Kate", "also with Kate"),
        ("with Keisha on friday", "Keisha", "friday", "my son as well, KEISHA again", "KEISHA"),
        ("kate if she's free, monday", "kate", "monday", "could my wife go with Kate too?", "Kate"),
    ],
)  # fmt: skip
def test_conversation_a_provider_said_again_for_another_item_holds_in_the_new_words(
    first: str, name: str, day: str, then: str, again: str
) -> None:
    results = replayed(
        [
            (first, "book", [span_label(name, type="resource"), span_label(day)]),
            ("the first one", "book", []),
            (then, "book", [span_label(again, type="resource")]),
        ],
        resources=[
            open_hours("keisha", "Keisha Brown", days=14),
            open_hours("kate", "Kate Lund", days=14),
        ],
    )
    third = results[2]
    assert third["goal"] == "book" and third["goal_shift"] is True
    held = [(c["turn"], c["text"]) for c in third["constraints"] if c.get("source") == "message"]
    assert [k for k, _ in held] == [3], held  # the first item's words gave way
    assert _dropped(third) == []  # the first item stands, its wishes met


@pytest.mark.parametrize(
    "then",
    [
        "and my son's bike too please, the chain keeps slipping. same time if possible?",
        "and my partner's too (the red one), same time if you can",
        "en die van mijn vriendin ook graag, zelfde tijd als het kan",
        "und das Rad von meiner Frau auch bitte, same time if possible",
        "et le vélo de mon mari aussi, same time if you can",
    ],
)
def test_conversation_another_item_said_with_too_before_an_aside_or_in_other_languages(
    then: str,
) -> None:
    same = next(w for w in ("same time", "zelfde tijd") if w in then)
    results = replayed(
        [
            ("can I bring my bike in wednesday at 10", "book", [span_label("wednesday at 10")]),
            ("the first one", "book", []),
            (then, "book", [span_label(same, "prefer", "soft")]),
        ]
    )
    third = results[2]
    assert third["goal"] == "book" and third["goal_shift"] is True  # a new item, not a move
    assert third["dropped"] == []
    assert "wednesday at 10" not in _held(third)  # the first item's wish went with it


@pytest.mark.parametrize(
    ("first", "day", "cannot", "then", "new"),
    [
        (
            "can ethan come wed for english? he's at school till 3:45 on weekdays",
            "wed",
            "till 3:45 on weekdays",
            "and his sister also wants maths, thursday if you can",
            "thursday",
        ),
        (
            "a check-up for my mum on wednesday please, not in the mornings though",
            "wednesday",
            "not in the mornings",
            "could I book myself in as well, friday?",
            "friday",
        ),
        (
            "need a cleaning this week but I work till 2 every day",
            "this week",
            "till 2",
            "oh and my husband too, saturday",
            "saturday",
        ),
    ],
)
def test_conversation_a_second_booking_leaves_the_first_items_exclusions_behind(
    first: str, day: str, cannot: str, then: str, new: str
) -> None:
    results = replayed(
        [
            (first, "book", [span_label(day), span_label(cannot, "exclude")]),
            ("the first one", "book", []),
            (then, "book", [span_label(new)]),
        ],
        days=14,
    )
    assert any(cannot in h or h in cannot for h in _held(results[1]))  # held for the first
    third = results[2]
    assert _held(third) == [new]  # the new booking's wishes alone
    assert _dropped(third) == []  # the first item stands, its wishes met


def test_conversation_an_exclusion_of_the_first_item_gives_way_to_the_next() -> None:
    results = replayed(
        [
            (
                "van 14 needs a service, any day this week except tuesday",
                "book",
                [span_label("any day this week"), span_label("tuesday", "exclude")],
            ),
            ("option 1 please", "book", []),
            (
                "van 22 also needs brake pads. monday the 25th, after 1",
                "book",
                [span_label("monday the 25th"), span_label("after 1")],
            ),
        ],
        days=14,
    )
    third = results[2]
    assert _dropped(third) == []  # the first item stands, its wishes met
    assert _held(third) == ["monday the 25th", "after 1"]


# -- a day taken back from a clock time said on it --------------------------------------


@pytest.mark.parametrize(
    ("first", "day", "clock", "then", "new", "hour"),
    [
        (
            "brow wax for my daughter wednesday around 4 if you can",
            "wednesday",
            "around 4",
            "oh sorry, I meant thursday, not wednesday",
            "thursday",
            16,
        ),
        ("can I come in tues at 10am", "tues", "at 10am", "wait not tues, I meant fri", "fri", 10),
    ],
)
def test_conversation_a_day_taken_back_leaves_the_clock_said_on_it(
    first: str, day: str, clock: str, then: str, new: str, hour: int
) -> None:
    results = replayed(
        [
            (first, "book", [span_label(day), span_label(clock, "prefer", "soft")]),
            (then, "book", [span_label(new), span_label(day, retracted=True)]),
        ]
    )
    second = results[1]
    held = [c for c in second["constraints"] if c.get("source") == "message"]
    said = next(c for c in held if clock in c["text"])  # the clock stays ...
    starts = [datetime.fromisoformat(s["start"]) for s in said["intervals"]]
    weekday = {"thursday": 3, "fri": 4}[new]
    assert any(s.weekday() == weekday for s in starts)  # ... on the new day among all
    top = datetime.fromisoformat(second["proposals"][0]["start"])
    assert top.weekday() == weekday and hour - 1 <= top.hour <= hour


def test_conversation_a_day_ruled_out_with_a_time_of_its_own_takes_the_clock_along() -> None:
    results = replayed(
        [
            ("I need a pedicure on tuesday at 5", "book", [span_label("tuesday at 5")]),
            ("yes the first one", "book", []),
            (
                "shoot, I have a recital tuesday evening. could we move it to the same time"
                " on thursday?",
                "reschedule",
                [span_label("tuesday evening", "exclude"), span_label("the same time on thursday")],
            ),
        ]
    )
    third = results[2]
    assert "tuesday at 5" in _dropped(third) and "tuesday at 5" not in _held(third)


def test_conversation_rules_clock_on_day_needs_a_clock_on_a_few_days() -> None:
    wed_4 = _on("wednesday around 4", [2], 15.5, 17, rule="weekday+clock_at_bare")
    assert rules.clock_on_day(wed_4)
    sat_morning = _on("sat morning", [5], 8, 12, rule="weekday+part_of_day")
    assert not rules.clock_on_day(sat_morning)  # a part of the day makes one wish with it
    at_4 = _on("at 4", list(range(14)), 16, 17, rule="clock_at_bare")
    assert not rules.clock_on_day(at_4)  # no day
    assert not rules.clock_on_day(wed_4.model_copy(update={"kind": "exclude"}))
    tue_after_3 = _on(
        "tues 9th after 3", [1], 15, 24, rule="weekday_day_number+bound_prefix+bare_number"
    )
    assert rules.clock_on_day(tue_after_3)  # a bound on the clock is the customer's own too


# -- a new aim in place of an old one ---------------------------------------------------


@pytest.mark.parametrize(
    ("first", "aim", "then", "new"),
    [
        (
            "three manicures sunday, starting around 1 would be perfect",
            "around 1",
            "actually can we start a little earlier, like noon?",
            "noon",
        ),
        (
            "a cut on friday, ideally around 3",
            "around 3",
            "hmm maybe around 10 would suit better",
            "around 10",
        ),
    ],
)
def test_conversation_a_new_aim_replaces_the_old_one(
    first: str, aim: str, then: str, new: str
) -> None:
    day = "sunday" if "sunday" in first else "friday"
    results = replayed(
        [
            (first, "book", [span_label(day), span_label(aim, "prefer", "soft")]),
            (then, "book", [span_label(new, "prefer", "soft")]),
        ]
    )
    second = results[1]
    assert _dropped(second) == [aim]
    assert second["refers_to"][0]["text"] == aim
    assert [h for h in _held(second) if aim in h] == []


def test_conversation_rules_reaims_only_wishes_that_aim_at_other_times() -> None:
    def aim(text: str, hour: int, **kw: Any) -> Constraint:
        at = DAY0 + timedelta(days=6, hours=hour)
        return _on(
            text, [6], hour - 0.5, hour + 1.25, strength="soft", kind="prefer", targets=[at], **kw
        )

    around_1, around_noon = aim("around 1", 13), aim("around noon", 12)
    assert rules.reaims(around_1, around_noon)
    assert not rules.reaims(around_1, aim("about 1", 13))  # the same aim, said again
    mornings = _on("mornings", list(range(14)), 8, 12, kind="prefer", strength="soft")
    assert not rules.reaims(mornings, around_noon)  # a part of the day aims at no time
    firm = around_1.model_copy(update={"strength": "hard"})
    assert not rules.reaims(firm, around_noon)  # a wish does not move a limit
    assert not rules.reaims(around_1, around_noon.model_copy(update={"strength": "hard"}))


# -- "now" said in passing ----------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Anyway I'm back in town now. Could I get a service on thursday",
        "my chest has been rattling for a fortnight now. Anytime thursday would suit me",
    ],
)
def test_conversation_now_said_in_passing_asks_for_no_slot(message: str) -> None:
    (first,) = replayed([(message, "book", [span_label("thursday")])])
    assert _held(first) == ["thursday"]


def test_conversation_now_asked_for_holds_as_the_earliest() -> None:
    (first,) = replayed([("can you fit me in right now", "book", [span_label("right now")])])
    assert _held(first) == ["right now"]


# -- read with the state a reader reading the turn alone does not have ------------------


@pytest.mark.usefixtures("unsure_reader")
@pytest.mark.parametrize(
    "message", ["got a loan car for that day?", "and is the loaner still ok for that day?"]
)
def test_conversation_an_unsure_move_to_the_day_booked_asks_about_the_booking(
    message: str,
) -> None:
    results = replayed(
        [
            ("can I get wednesday at 10", "book", [span_label("wednesday at 10")]),
            ("1st one", "book", []),
            (message, "reschedule", [span_label("that day")]),
        ]
    )
    third = results[2]
    assert third["goal"] == "other" and third["outcome"] == "none"
    assert _held(third) == ["wednesday at 10"] and third["dropped"] == []


@pytest.mark.usefixtures("unsure_reader")
def test_conversation_an_unsure_move_elsewhere_still_moves() -> None:
    results = replayed(
        [
            ("can I get wednesday at 10", "book", [span_label("wednesday at 10")]),
            ("1st one", "book", []),
            ("can we push it to thursday", "reschedule", [span_label("thursday")]),
        ]
    )
    assert results[2]["goal"] == "reschedule"
    assert _dropped(results[2]) == ["wednesday at 10"]


def test_conversation_booked_asks_about_needs_every_wish_to_hold_the_slot_booked() -> None:
    booked = DAY0 + timedelta(days=2, hours=10)  # Wednesday 10:00
    that_day = _on("that day", [2])
    assert booked_rules.asks_about("reschedule", False, [that_day], booked)
    assert booked_rules.asks_about("book", False, [that_day], booked)
    assert not booked_rules.asks_about("reschedule", True, [that_day], booked)  # sure: a move
    assert not booked_rules.asks_about("reschedule", False, [that_day], None)  # none booked
    assert not booked_rules.asks_about("other", False, [that_day], booked)
    assert not booked_rules.asks_about("reschedule", False, [], booked)
    at_3 = _on("that day at 3", [2], 15, 16)
    assert not booked_rules.asks_about("reschedule", False, [that_day, at_3], booked)
    not_then = _on("not that day", [2], kind="exclude")
    assert not booked_rules.asks_about("reschedule", False, [not_then], booked)


@pytest.mark.usefixtures("unsure_reader")
@pytest.mark.parametrize(
    ("message", "day"),
    [("can i do thursday afternoon instead?", "thursday afternoon"), ("ok friday then?", "friday")],
)
def test_conversation_an_unsure_move_after_a_cancellation_books_anew(
    message: str, day: str
) -> None:
    results = replayed(
        [
            ("any slots tomorrow afternoon", "availability", [span_label("tomorrow afternoon")]),
            ("2nd one", "book", []),
            ("cancel that, my friend's dinner is tomorrow", "cancel", []),
            (message, "reschedule", [span_label(day)]),
        ]
    )
    fourth = results[3]
    assert fourth["goal"] == "book" and fourth["outcome"] == "proposals"
    assert _held(fourth) == [day]


def test_conversation_booked_rules_out_the_slot_booked() -> None:
    booked = DAY0 + timedelta(days=2, hours=9)  # Wednesday 9:00
    assert booked_rules.rules_out([_on("the 20th", [2], kind="exclude")], booked)
    assert booked_rules.rules_out([_on("not before 10", [2], 0, 10, kind="exclude")], booked)
    assert not booked_rules.rules_out([_on("the 21st", [3], kind="exclude")], booked)
    assert not booked_rules.rules_out([_on("the 20th", [2])], booked)  # a wish, not a limit
    assert not booked_rules.rules_out([_on("the 20th", [2], kind="exclude")], None)


@pytest.mark.usefixtures("unsure_reader")
@pytest.mark.parametrize(
    ("message", "out"),
    [
        ("oh wait the 20th's no good after all, got the dentist", "the 20th"),
        ("hmm wednesday won't work, sorry", "wednesday"),
    ],
)
def test_conversation_a_booking_turn_that_rules_out_the_slot_booked_moves_it(
    message: str, out: str
) -> None:
    results = replayed(
        [
            (
                "whats free between the 20th and the 23rd",
                "availability",
                [span_label("between the 20th and the 23rd")],
            ),
            ("1st", "book", []),
            (message, "book", [span_label(out, "exclude")]),
        ]
    )
    third = results[2]
    assert third["goal"] == "reschedule"
    top = datetime.fromisoformat(third["proposals"][0]["start"])
    assert top.date().isoformat() != "2027-01-20"


def test_conversation_same_time_for_another_item_is_the_slot_booked_on_its_day() -> None:
    results = replayed(
        [
            ("can I bring my bike in wednesday at 10", "book", [span_label("wednesday at 10")]),
            ("the first one", "book", []),
            (
                "and my partner's one too please, same time if possible",
                "book",
                [span_label("same time", "prefer", "soft")],
            ),
        ]
    )
    third = results[2]
    assert third["goal_shift"] is True
    # beside the first bike, that Wednesday: not 10 o'clock on the days after
    assert third["proposals"][0]["start"].startswith("2027-01-20T10:00")
