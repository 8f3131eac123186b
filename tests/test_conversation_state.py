"""What a turn does to what held, read with the session's state: a firm wish for what
was wished softly, a weekday ruled out under a time said for it, other days for days
of every week, a question that names an option, and what "cancel that" names in a
reason (slotwise.conversation, slotwise.conversation_rules, slotwise.conversation_picks)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Span

from slotwise import conversation as conv
from slotwise import conversation_rules as rules
from slotwise.conversation_picks import picks_nothing
from tests.session_replay import constraint, replayed, span_label

TZ = "-06:00"
DAY0 = datetime.fromisoformat(f"2027-01-18T00:00:00{TZ}")  # a Monday


def _who(text: str, kind: str = "require", strength: str = "hard") -> dict[str, Any]:
    return span_label(text, kind, strength, type="resource")


def _held(result: dict[str, Any]) -> list[str]:
    return [c["text"] for c in result["constraints"] if c.get("source") == "message"]


def _dropped(result: dict[str, Any]) -> list[str]:
    return [d["text"] for d in result["dropped"]]


def _hours(text: str, a: float, b: float, days: int = 14, **kw: Any) -> Constraint:
    spans = [
        Span(start=DAY0 + timedelta(days=d, hours=a), end=DAY0 + timedelta(days=d, hours=b))
        for d in range(days)
    ]
    return constraint(text, spans, **kw)


def _provider(text: str, who: str, **kw: Any) -> Constraint:
    return constraint(text, [], resources=[who], **kw)


# -- a firm wish for just what was wished softly --------------------------------------


def test_conversation_state_hardens_the_same_provider_or_moments() -> None:
    soft = _provider("ideally with Ms Okafor", "ms-okafor", kind="prefer", strength="soft")
    assert rules.hardens(soft, _provider("has to be Ms. Okafor", "ms-okafor", id="c2"))
    assert not rules.hardens(soft, _provider("has to be Dr Hale", "dr-hale", id="c2"))
    afternoons = _hours("afternoons ideally", 12, 17, kind="prefer", strength="soft")
    assert rules.hardens(afternoons, _hours("it has to be an afternoon", 12, 17, id="c2"))
    # a firm wish that says more or less holds beside the soft one
    assert not rules.hardens(afternoons, _hours("after 1 every day", 13, 24, id="c2"))
    # a firm wish is not hardened again, and a soft one does not harden
    firm = _hours("afternoons only", 12, 17)
    assert not rules.hardens(firm, _hours("an afternoon", 12, 17, id="c2"))
    assert not rules.hardens(firm, _hours("afternoons", 12, 17, id="c2", strength="soft"))


@pytest.mark.parametrize(
    ("first", "again"),
    [
        (
            ("I'd like a checkup, ideally with Dr. Ames", _who("Dr. Ames", "prefer", "soft")),
            ("just to say, it really does have to be Dr Ames", _who("Dr Ames")),
        ),
        (
            ("hi, afternoons would be preferable", span_label("afternoons", "prefer", "soft")),
            ("ok in that case it has to be an afternoon", span_label("afternoon")),
        ),
        (
            ("mornings if possible pls", span_label("mornings", "prefer", "soft")),
            ("actually mornings only, sorry", span_label("mornings only")),
        ),
    ],
)
def test_conversation_state_a_firm_wish_holds_in_place_of_the_soft_one(
    first: tuple[str, dict[str, Any]], again: tuple[str, dict[str, Any]]
) -> None:
    results = replayed([(first[0], "book", [first[1]]), (again[0], "book", [again[1]])])
    held = results[1]["constraints"]
    assert [c["turn"] for c in held if c.get("source") == "message"] == [2]
    assert _dropped(results[1]) == _held(results[0])
    assert [r["turn"] for r in results[1]["refers_to"]] == [1]


def _day(text: str, d: int, **kw: Any) -> Constraint:
    day = DAY0 + timedelta(days=d)
    return _hours(text, 0, 24, days=1, **kw).model_copy(
        update={"intervals": [Span(start=day, end=day + timedelta(days=1))]}
    )


def test_conversation_state_a_firm_choice_among_soft_days_keeps_their_words() -> None:
    # "Thursday, otherwise Friday? half two would be ideal", then "Friday then"
    thu = _day("Thursday", 3, id="c1", kind="prefer", strength="soft")
    fri = _day("Friday", 4, id="c2", kind="prefer", strength="soft")
    held = [conv.Held(thu, 1), conv.Held(fri, 1)]
    out = conv.revise(held, [_day("Friday", 4, id="c3")], 2, moving=False)
    assert [h.constraint.text for h, _ in out.dropped] == ["Thursday"]
    assert [(h.turn, h.constraint.text) for h in out.held] == [(1, "Friday"), (2, "Friday")]
    # said alone, the soft Friday gives way to the firm one
    out = conv.revise([conv.Held(fri, 1)], [_day("Friday", 4, id="c3")], 2, moving=False)
    assert [(h.turn, h.constraint.text) for h in out.held] == [(2, "Friday")]


# -- a weekday ruled out under a time said for it -------------------------------------


@pytest.mark.parametrize(
    ("second", "labels", "day"),
    [
        (
            "ah no, Fridays he has cubs. could we move it to Thursday instead?",
            [span_label("Fridays", "exclude"), span_label("Thursday")],
            "2027-01-21",
        ),
        (
            "hmm fridays are out actually, tuesday?",
            [span_label("fridays", "exclude"), span_label("tuesday")],
            "2027-01-19",
        ),
    ],
)
def test_conversation_state_a_time_said_for_a_day_outlives_its_weekday_ruled_out(
    second: str, labels: list[dict[str, Any]], day: str
) -> None:
    results = replayed(
        [
            (
                "would you have something this Friday? after half 3 ideally",
                "book",
                [span_label("this Friday"), span_label("after half 3", "prefer", "soft")],
            ),
            ("the first one", "book", []),
            (second, "reschedule", labels),
        ]
    )
    assert "after half 3" in _held(results[2])
    assert _dropped(results[2]) == ["this Friday"]
    top = results[2]["proposals"][0]["start"]
    assert top[:10] == day and top[11:16] >= "15:30"


# -- other days in place of days of every week ----------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("is he around on a Friday at all?", "what about Saturday?"),
        ("anything on a friday? that's my day off", "ok what about next tuesday then"),
    ],
)
def test_conversation_state_other_days_replace_days_of_every_week(first: str, second: str) -> None:
    said = first.split(" on ")[1].split(" at all")[0].split("?")[0]
    again = second.split("about ")[1].split("?")[0].removesuffix(" then")
    results = replayed(
        [(first, "availability", [span_label(said)]), (second, "availability", [span_label(again)])]
    )
    assert [c["turn"] for c in results[1]["constraints"] if c.get("source") == "message"] == [2]
    assert _dropped(results[1]) == _held(results[0])


def test_conversation_state_a_day_keeps_every_day_from_a_week_on() -> None:
    old = _hours("starting next week", 0, 24, days=60)
    sat = Constraint(
        id="c2",
        text="sat",
        span=(0, 3),
        kind="require",
        strength="hard",
        intervals=[Span(start=DAY0 + timedelta(days=5), end=DAY0 + timedelta(days=6))],
    )
    assert not conv.other_days(old, sat)
    fridays = Constraint(
        id="c1",
        text="a Friday",
        span=(0, 8),
        kind="require",
        strength="hard",
        intervals=[
            Span(start=DAY0 + timedelta(days=d), end=DAY0 + timedelta(days=d + 1))
            for d in (4, 11, 18, 25)
        ],
    )
    assert conv.other_days(fridays, sat)
    assert not conv.other_days(fridays, sat.model_copy(update={"strength": "soft"}))


# -- a question that names an option --------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "sure", "message", "nothing"),
    [
        ("other", True, "is it ok to bring my partner along to the first one?", True),
        ("other", True, "Sorry, I should have asked first - do you see under-18s?", True),
        ("other", True, "Can you email me the confirmation? the last one went to spam", True),
        ("other", False, "the first one?", False),
        ("other", True, "the first one is grand thanks", False),
        ("book", True, "could I have the first one?", False),
        ("cancel", False, "ok cancel, I'll try the first one elsewhere", True),
    ],
)
def test_conversation_state_a_question_about_something_else_picks_nothing(
    intent: str, sure: bool, message: str, nothing: bool
) -> None:
    assert picks_nothing(intent, sure, message) is nothing


def test_conversation_state_a_question_about_the_first_option_is_no_pick() -> None:
    results = replayed(
        [
            ("anything thursday afternoon?", "availability", [span_label("thursday afternoon")]),
            ("is it ok to bring my partner along to the first one?", "other", []),
            ("ok good. the second one please", "book", []),
        ]
    )
    assert results[1]["goal"] == "other" and results[1]["refers_to"] == []
    assert results[1]["outcome"] == "none"
    assert [r["shown_rank"] for r in results[2]["refers_to"]] == [2]


# -- what "cancel that" names in a reason ---------------------------------------------


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ("oh god sorry, he has a match tomorrow evening, cancel that will you", "tomorrow evening"),
        ("ah you know what, cancel that. his dad has him tomorrow", "tomorrow"),
    ],
)
def test_conversation_state_cancel_in_a_reason_means_the_request(reason: str, said: str) -> None:
    results = replayed(
        [
            (
                "hi can I book a checkup for my son, he's 7. tomorrow if at all poss but it'd "
                "have to be after 3",
                "book",
                [span_label("tomorrow", "prefer", "soft"), span_label("after 3")],
            ),
            ("that first one is perfect thanks", "book", []),
            (reason, "cancel", [span_label(said, "context")]),
        ]
    )
    cancels = results[2]["cancels"]
    assert cancels["turn"] == 1 and "book a checkup" in cancels["text"]


def test_conversation_state_cancel_names_no_exclusion() -> None:
    results = replayed(
        [
            ("Looking for a first appointment this week please", "book", [span_label("this week")]),
            (
                "Not today or tomorrow",
                "book",
                [span_label("today", "exclude"), span_label("tomorrow", "exclude")],
            ),
            (
                "Actually cancel that, they can't have the kids this week at all.",
                "cancel",
                [span_label("this week", "context")],
            ),
        ]
    )
    assert results[2]["cancels"]["turn"] == 1


# -- a time of day in place of the one said apart from its day ------------------------


@pytest.mark.parametrize(
    ("message", "label"),
    [
        ("She's just texted back - morning not afternoon", "morning"),
        ("sorry, mornings are better for her, not the afternoon", "mornings"),
    ],
)
def test_conversation_state_a_new_time_of_day_keeps_the_day_said_apart(
    message: str, label: str
) -> None:
    taken = "afternoon" if "not afternoon" in message else "the afternoon"
    results = replayed(
        [
            (
                "booking for my gf, on Saturday, afternoon please",
                "book",
                [span_label("Saturday, afternoon")],
            ),
            (message, "book", [span_label(label), span_label(taken, retracted=True)]),
        ]
    )
    held = _held(results[1])
    assert "Saturday, afternoon" in held and label in held
    top = results[1]["proposals"][0]["start"]
    assert top[:10] == "2027-01-23" and top[11:16] < "12:00"


# -- a move with nothing booked -------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "booked", "previous", "searching", "nothing"),
    [
        ("reschedule", False, "book", "book", True),
        ("reschedule", False, "availability", "availability", True),
        ("reschedule", False, "other", "book", True),  # a question came between
        ("reschedule", True, "book", "book", False),  # an option was picked: a move
        ("reschedule", False, None, None, False),  # the conversation opens with a move
        # the booking it would move was cancelled: it books anew ("cancel that", then "can
        # i do thursday night instead?"; writers label every such turn book)
        ("reschedule", False, "cancel", "book", True),
        ("reschedule", False, "reschedule", "reschedule", False),
        ("book", False, "book", "book", False),
    ],
)
def test_conversation_state_an_unsure_move_with_nothing_booked_goes_on_searching(
    intent: str, booked: bool, previous: str | None, searching: str | None, nothing: bool
) -> None:
    assert rules.nothing_to_move(intent, booked, previous, searching) is nothing
    assert not rules.nothing_to_move(intent, booked, previous, searching, sure=True)
    expected = searching if nothing else intent
    assert conv.goal(intent, 0.9, previous, False, True, searching, booked=booked) == expected
    # a sure move stays one
    assert conv.goal(intent, 0.99, previous, False, True, searching, booked=booked) == intent


def test_conversation_state_a_sure_move_of_a_slot_asked_for_stays_a_move() -> None:
    results = replayed(
        [
            ("can I get in fri 9am?", "book", [span_label("fri 9am")]),
            (
                "oh wait move that to 10, forgot i have a thing at 9",
                "reschedule",
                [span_label("10")],
            ),
        ],
    )
    assert [r["goal"] for r in results] == ["book", "reschedule"]


def test_conversation_state_a_day_is_not_a_bound_within_it() -> None:
    today = _hours("today", 8, 24, days=1, kind="prefer", strength="soft")
    after5 = _hours("after 5", 17, 24, days=1, id="c2")
    assert not rules.hardens(today, after5)
    assert not rules.hardens(_hours("mornings", 8, 12, strength="soft"), _hours("am", 9, 12))
