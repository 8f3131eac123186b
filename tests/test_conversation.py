"""The pure steps of reading a turn against the conversation (slotwise.conversation)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Part, Span

from slotwise import conversation as conv
from tests.session_replay import constraint

TZ = "-05:00"
SHOWN: list[dict[str, Any]] = [
    {
        "rank": 1,
        "resource": "dr-smith",
        "start": f"2026-11-25T10:00:00{TZ}",
        "end": f"2026-11-25T10:30:00{TZ}",
    },
    {
        "rank": 2,
        "resource": "dr-smith",
        "start": f"2026-11-26T15:00:00{TZ}",
        "end": f"2026-11-26T15:30:00{TZ}",
    },
    {
        "rank": 3,
        "resource": "dr-patel",
        "start": f"2026-11-27T09:00:00{TZ}",
        "end": f"2026-11-27T09:30:00{TZ}",
    },
]


def _c(text: str, span: tuple[int, int], start: str, hours: float, **kw: Any) -> Constraint:
    a = datetime.fromisoformat(start)
    return constraint(text, [Span(start=a, end=a + timedelta(hours=hours))], span=span, **kw)


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("the second one please", 2),
        ("2nd one works", 2),
        ("book 3rd", 3),
        ("first 1", 1),
        ("The last one.", 3),
        ("option 2", 2),
        ("Yes, the second appointment please.", 2),
        ("The first appointment will be quite satisfactory.", 1),
        ("The 2nd proposition", 2),
        ("three", 3),
        ("two pls", 2),
    ],
)
def test_conversation_pick_by_ordinal(message: str, rank: int) -> None:
    picked = conv.pick(message, [], SHOWN)
    assert picked is not None and picked.rank == rank


@pytest.mark.parametrize(
    "message",
    ["Could it be Sol again? She loved him last time", "same as last week", "the last time"],
)
def test_conversation_last_time_is_not_a_pick(message: str) -> None:
    assert conv.pick(message, [], SHOWN) is None


@pytest.mark.parametrize("message", ["the last please", "last works", "the last slot"])
def test_conversation_last_alone_picks_the_last(message: str) -> None:
    picked = conv.pick(message, [], SHOWN)
    assert picked is not None and picked.rank == len(SHOWN)


def test_conversation_pick_by_time_or_day_after_a_determiner() -> None:
    three = _c("3pm", (8, 11), f"2026-11-26T15:00:00{TZ}", 0.5)
    picked = conv.pick("ok, the 3pm", [three.model_copy(update={"span": (8, 11)})], SHOWN)
    assert picked is not None and picked.rank == 2
    thursday = _c("Thursday", (5, 13), f"2026-11-26T00:00:00{TZ}", 24)
    picked = conv.pick("that Thursday slot", [thursday], SHOWN)
    assert picked is not None and picked.rank == 2
    assert (
        conv.pick("Thursday if you can", [thursday.model_copy(update={"span": (0, 8)})], SHOWN)
        is None
    )
    assert conv.pick("the second one", [], []) is None  # nothing was shown


def test_conversation_correction_replaces_only_what_it_corrects() -> None:
    wed = _c("Wednesday", (0, 9), f"2026-11-25T00:00:00{TZ}", 24, id="c1")
    morning = _c("mornings", (10, 18), f"2026-11-23T09:00:00{TZ}", 24 * 20, id="c2")
    held = [conv.Held(wed, 1), conv.Held(morning, 1)]
    thu = _c("Thursday", (9, 17), f"2026-11-26T00:00:00{TZ}", 24, id="c3")
    not_wed = _c(
        "not Wednesday",
        (19, 32),
        f"2026-11-25T00:00:00{TZ}",
        24,
        id="c4",
        kind="exclude",
        retracted=True,
    )
    out = conv.revise(held, [thu, not_wed], 2, moving=False)
    assert [(h.turn, h.constraint.text) for h in out.held] == [(1, "mornings"), (2, "Thursday")]
    assert [(h.turn, h.constraint.text) for h, _ in out.dropped] == [(1, "Wednesday")]


def test_conversation_goal_continues_and_picks_book() -> None:
    assert conv.goal("book", 0.8, "availability", picked=False, own=True) == "availability"
    assert conv.goal("book", 0.99, "availability", picked=True, own=False) == "book"
    assert conv.goal("book", 0.99, "reschedule", picked=False, own=True) == "reschedule"
    assert conv.goal("other", 0.99, "book", picked=False, own=False) == "other"


def test_conversation_an_unsure_fragment_that_names_a_slot_continues_the_goal() -> None:
    # "w the vet" after "whats free tues": the reader is unsure it is "other", and it
    # names something the booking can use, so the availability question goes on.
    assert conv.goal("other", 0.95, "availability", picked=False, own=True) == "availability"
    assert conv.goal("other", 0.95, "book", picked=False, own=True) == "book"
    # naming nothing ("ok thanks"), or a sure "other" ("how much is it?"), shifts
    assert conv.goal("other", 0.95, "book", picked=False, own=False) == "other"
    assert conv.goal("other", 0.995, "book", picked=False, own=True) == "other"
    assert conv.goal("other", 0.95, None, picked=False, own=True) == "other"


def test_conversation_cancel_that_means_the_item_not_the_last_question() -> None:
    turns = [
        {
            "turn": 1,
            "message": "I ordered the Horizon lenses. How much are they?",
            "goal": "other",
            "constraints": [],
        },
        {"turn": 2, "message": "What are the specs?", "goal": "other", "constraints": []},
        {
            "turn": 3,
            "message": "How do they compare to Summit?",
            "goal": "other",
            "constraints": [],
        },
    ]
    target = conv.cancel_target(turns, [], [], booking_turn=None)
    assert target is not None and target[0] == 1
    booked = conv.cancel_target(turns, [], [], booking_turn=2)
    assert booked is not None and booked[0] == 2


def _questions(*messages: str, first: str = "other") -> list[dict[str, Any]]:
    return [
        {"turn": k, "message": m, "goal": first if k == 1 else "other", "constraints": []}
        for k, m in enumerate(messages, start=1)
    ]


@pytest.mark.parametrize(
    ("messages", "first", "turn", "words"),
    [
        (("how much for pixel 6 screen", "and a laptop hinge, hp envy"), "other", 2, "hinge"),
        (
            (
                "do u accept cigna ppo",
                "and what about for a deep cleaning, is that covered",
                "how much if its not",
            ),
            "other",
            2,
            "deep cleaning",
        ),
        (
            (
                "Hello. Could you tell me please the fee for renewing a passport?",
                "And my grandson needs a driving test. How long does the test take?",
            ),
            "other",
            2,
            "driving test",
        ),
        (
            (
                "Is there a voice lesson slot on Friday after 6pm?",
                "and my husband wants guitar too",
            ),
            "availability",
            2,
            "guitar",
        ),
        # the new item inside a question about it
        (
            ("is Maya in on monday", "and does she do sports massage as well"),
            "availability",
            2,
            "sports massage",
        ),
        (("price for a filling?", "And how much is a crown, roughly?"), "other", 2, "crown"),
        (
            ("how long is a full service", "and how much is it for the brake check"),
            "other",
            2,
            "brake check",
        ),
        (("whats a cut and colour", "ok and is a blow dry extra"), "other", 2, "blow dry"),
        (
            (
                "hi do you sell travel sickness pills",
                "and what about malaria tablets, need a consult?",
            ),
            "other",
            2,
            "malaria tablets",
        ),
        (
            (
                "do you do passport photos for babies?",
                "And what's the price for a headshot package?",
            ),
            "other",
            2,
            "headshot package",
        ),
        # "what about" a time, a pronoun: no new item
        (("how much for a colour", "and what about saturday"), "other", 1, "colour"),
        (("how much for a colour", "and what about it with a cut"), "other", 1, "colour"),
        (("do you do online sessions", "and what are the fees for those?"), "other", 1, "online"),
        # the same thing asked about again, or nothing named: the first question's item
        (("what's a gel mani cost", "and how much is it with art"), "other", 1, "gel mani"),
        (("how much are varifocals", "and do you have the oval frames"), "other", 1, "varifocals"),
        (("price for a deep tissue", "and do u take apple pay"), "other", 1, "deep tissue"),
        (("what does the bursary cover", "and is the deadline soon"), "other", 1, "bursary"),
        (
            ("What is the difference between peeling and laser?", "And the peeling, how often?"),
            "other",
            1,
            "peeling",
        ),
        (
            ("do you do laser on the nose? how many sessions", "And the price per session?"),
            "other",
            1,
            "laser",
        ),
        (("hiya do you do gift vouchers?", "and do they expire"), "other", 1, "gift vouchers"),
        (
            ("whats a set of 4 all seasons run", "and alignment on top of that"),
            "other",
            1,
            "all seasons",
        ),
    ],
)
def test_conversation_cancel_that_means_the_item_a_question_adds(
    messages: tuple[str, ...], first: str, turn: int, words: str
) -> None:
    turns = _questions(*messages, first=first)
    target = conv.cancel_target(turns, [], [], booking_turn=None)
    assert target is not None and target[0] == turn
    k, a, b = target
    assert words in turns[k - 1]["message"][a:b]
    # with a booking made, the booking is what is cancelled, not a question after it
    booked = conv.cancel_target(turns, [], [], booking_turn=1)
    assert booked is not None and booked[0] == 1


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("top one thanks", 1),
        ("yes that one", 1),
        ("Yes this one, thank you", 1),
        ("yep that works", 1),
        ("book the earliest", 1),
        ("whichever's latest", 3),
    ],
)
def test_conversation_pick_by_confirmation_or_by_the_earliest(message: str, rank: int) -> None:
    picked = conv.pick(message, [], SHOWN)
    assert picked is not None and picked.rank == rank


@pytest.mark.parametrize(
    "message", ["that one is too early", "that works for me?", "the earliest you have fri"]
)
def test_conversation_not_every_that_or_earliest_is_a_pick(message: str) -> None:
    friday = _c("fri", (23, 26), f"2026-11-27T00:00:00{TZ}", 24)
    constraints = [friday] if "fri" in message else []
    assert conv.pick(message, constraints, SHOWN) is None


def test_conversation_a_clock_time_alone_picks_the_option_that_starts_then() -> None:
    # "9am pls" names only a time, and one shown option starts exactly then
    nine = _c("9am", (0, 3), f"2026-11-27T09:00:00{TZ}", 1)
    picked = conv.pick("9am pls", [nine], SHOWN)
    assert picked is not None and picked.rank == 3
    # with something else named, it is a new wish, not a pick
    patel = Constraint(id="c2", text="dr patel", span=(8, 16), kind="require", strength="hard")
    assert (
        conv.pick("9am w/ dr patel", [nine, patel.model_copy(update={"resources": ["p"]})], SHOWN)
        is None
    )


def test_conversation_an_exclusion_that_rules_out_a_wish_holds_itself() -> None:
    tmrw = _c("tmrw", (0, 4), f"2026-11-24T00:00:00{TZ}", 24, id="c1")
    held = [conv.Held(tmrw, 1)]
    busy = _c("tmrw", (8, 12), f"2026-11-24T00:00:00{TZ}", 24, id="c2", kind="exclude")
    fri = _c("fri after 2", (30, 41), f"2026-11-27T14:00:00{TZ}", 3, id="c3")
    out = conv.revise(held, [busy, fri], 2, moving=False)
    assert [(h.turn, h.constraint.text, h.constraint.kind) for h in out.held] == [
        (2, "tmrw", "exclude"),
        (2, "fri after 2", "require"),
    ]
    assert [(h.turn, h.constraint.text) for h, _ in out.dropped] == [(1, "tmrw")]


def test_conversation_cancel_that_names_the_request_sentence() -> None:
    monday = _c("Monday, half two", (24, 40), f"2026-11-30T14:30:00{TZ}", 1)
    turns = [
        {
            "turn": 1,
            "message": "Can I get my nails done Monday, half two? Cheers",
            "goal": "book",
            "constraints": [monday.model_dump(mode="json")],
        }
    ]
    target = conv.cancel_target(turns, [conv.Held(monday, 1)], [], booking_turn=1)
    assert target is not None
    k, a, b = target
    assert (k, turns[0]["message"][a:b]) == (1, "Can I get my nails done Monday, half two")


@pytest.mark.parametrize(
    ("message", "rank"),
    [("2", 2), ("#1", 1), ("3 pls", 3), ("yes", 1), ("The first proposed time is fine", 1)],
)
def test_conversation_a_bare_number_or_yes_picks(message: str, rank: int) -> None:
    picked = conv.pick(message, [], SHOWN)
    assert picked is not None and picked.rank == rank


@pytest.mark.parametrize(
    "message",
    [
        "ok cancel that, I'll talk to him first",
        "let me check first",
        "4",
        "ok",
        "How much is the first visit?",
        "will it hurt? lol first time",
        "What about the morning then, first thing",
    ],
)
def test_conversation_first_as_an_adverb_or_a_number_too_big_is_no_pick(message: str) -> None:
    assert conv.pick(message, [], SHOWN) is None


def test_conversation_a_firm_time_of_day_that_cannot_hold_with_the_last_replaces_it() -> None:
    # "after 2" (every afternoon), then "ok morning then": both firm, never together
    days = [f"2026-11-{d}" for d in range(23, 31)] + [f"2026-12-0{d}" for d in range(1, 8)]
    afternoons = [
        Span(
            start=datetime.fromisoformat(f"{d}T14:00:00{TZ}"),
            end=datetime.fromisoformat(f"{d}T23:59:00{TZ}"),
        )
        for d in days
    ]
    after2 = Constraint(
        id="c1", text="after 2", span=(0, 7), kind="require", strength="hard", intervals=afternoons
    )
    held = [conv.Held(after2, 1)]
    mornings = [
        Span(
            start=datetime.fromisoformat(f"2026-11-{d}T08:00:00{TZ}"),
            end=datetime.fromisoformat(f"2026-11-{d}T12:00:00{TZ}"),
        )
        for d in range(23, 31)
    ] + [
        Span(
            start=datetime.fromisoformat(f"2026-12-0{d}T08:00:00{TZ}"),
            end=datetime.fromisoformat(f"2026-12-0{d}T12:00:00{TZ}"),
        )
        for d in range(1, 8)
    ]
    morning = Constraint(
        id="c2", text="morning", span=(8, 15), kind="require", strength="hard", intervals=mornings
    )
    out = conv.revise(held, [morning], 2, moving=False)
    assert [h.constraint.text for h in out.held] == ["morning"]
    assert [(h.turn, h.constraint.text) for h, _ in out.dropped] == [(1, "after 2")]
    # a soft wish that never meets it replaces it too ("mornings could work if nothing
    # else"), unless the turn offers it beside the firm one ("or a morning would also do")
    soft = morning.model_copy(update={"strength": "soft", "kind": "prefer"})
    out = conv.revise(held, [soft], 2, moving=False, message="a morning could work")
    assert [h.constraint.text for h in out.held] == ["morning"]
    kept = conv.revise(held, [soft], 2, moving=False, message="or a morning would also do")
    assert [h.constraint.text for h in kept.held] == ["after 2", "morning"]


def test_conversation_a_weekday_ruled_out_later_is_the_one_of_the_held_week() -> None:
    # "Thursday 10th or Friday 11th", then "Thursday is not possible": the 10th, not today
    held_days = Constraint(
        id="c1",
        text="Thursday 10th or Friday 11th",
        span=(0, 28),
        kind="require",
        strength="hard",
        intervals=[
            Span(
                start=datetime.fromisoformat(f"2026-12-10T00:00:00{TZ}"),
                end=datetime.fromisoformat(f"2026-12-12T00:00:00{TZ}"),
            )
        ],
    )
    out_thursday = _c(
        "Thursday is not possible",
        (0, 24),
        f"2026-12-03T00:00:00{TZ}",
        24,
        id="c2",
        kind="exclude",
        rule="weekday+neg_suffix",
    )
    out = conv.revise([conv.Held(held_days, 1)], [out_thursday], 2, moving=False)
    ruled = [h.constraint for h in out.held if h.constraint.kind == "exclude"]
    assert len(ruled) == 1
    assert ruled[0].intervals[0].start == datetime.fromisoformat(f"2026-12-10T00:00:00{TZ}")


def test_conversation_cancel_after_availability_questions_means_the_availability_asked() -> None:
    turns = [
        {"turn": 1, "message": "whats open saturday", "goal": "availability", "constraints": []},
        {
            "turn": 2,
            "message": "anything w luis after 3",
            "goal": "availability",
            "constraints": [],
        },
        {"turn": 3, "message": "whats ur no show policy", "goal": "other", "constraints": []},
    ]
    target = conv.cancel_target(turns, [], [], booking_turn=None)
    assert target is not None and target[0] == 1
    # with a booking made, the booking is what is cancelled
    booked = conv.cancel_target(turns, [], [], booking_turn=2)
    assert booked is not None and booked[0] == 2


def _day(day: str, hours: tuple[int, int] = (0, 24)) -> Span:
    start = datetime.fromisoformat(f"{day}T00:00:00{TZ}")
    return Span(start=start + timedelta(hours=hours[0]), end=start + timedelta(hours=hours[1]))


def _list(message: str, items: list[tuple[str, Span]], **kw: Any) -> Constraint:
    """A list said as one constraint ("tmrw or wed"), with its items as parts."""
    parts = []
    for words, span in items:
        a = message.index(words)
        parts.append(Part(text=words, span=(a, a + len(words)), intervals=[span]))
    a, b = parts[0].span[0], parts[-1].span[1]
    return constraint(
        message[a:b],
        [p.intervals[0] for p in parts],
        span=(a, b),
        parts=parts,
        **kw,
    )


def test_conversation_a_list_partly_ruled_out_keeps_the_rest() -> None:
    # "Tomorrow after 5 pm or Saturday before noon", then "Tomorrow is not possible"
    msg = "Tomorrow after 5 pm or Saturday before noon if possible?"
    both = _list(
        msg,
        [
            ("Tomorrow after 5 pm", _day("2026-12-03", (17, 24))),
            ("Saturday before noon", _day("2026-12-05", (0, 12))),
        ],
        kind="prefer",
        strength="soft",
    )
    tomorrow = _c("Tomorrow", (0, 8), f"2026-12-03T00:00:00{TZ}", 24, id="c2", kind="exclude")
    out = conv.revise([conv.Held(both, 1)], [tomorrow], 2, moving=False)
    assert [(h.turn, h.constraint.text, h.constraint.kind) for h in out.held] == [
        (1, "Saturday before noon", "prefer"),
        (2, "Tomorrow", "exclude"),
    ]
    rest = out.held[0].constraint
    assert rest.span == (23, 43) and msg[23:43] == rest.text
    assert rest.intervals == [_day("2026-12-05", (0, 12))] and rest.parts == []
    assert [(h.turn, h.constraint.text, why) for h, why in out.dropped] == [
        (1, "Tomorrow after 5 pm", "ruled out")
    ]


def test_conversation_a_firm_wish_naming_one_item_narrows_the_list() -> None:
    # "tmrw or wed", then "wed at 7": Wednesday, at 7; a retraction takes one item back
    msg = "can i come tmrw or wed"
    both = _list(msg, [("tmrw", _day("2026-12-02")), ("wed", _day("2026-12-03"))])
    wed7 = _c("wed at 7", (0, 8), f"2026-12-03T19:00:00{TZ}", 0.5, id="c2")
    out = conv.revise([conv.Held(both, 1)], [wed7], 2, moving=False)
    assert [(h.turn, h.constraint.text) for h in out.held] == [(1, "wed"), (2, "wed at 7")]
    assert [(h.turn, h.constraint.text) for h, _ in out.dropped] == [(1, "tmrw")]
    # a soft wish for one item leaves the list as it was
    soft = wed7.model_copy(update={"strength": "soft", "kind": "prefer"})
    kept = conv.revise([conv.Held(both, 1)], [soft], 2, moving=False)
    assert [h.constraint.text for h in kept.held] == ["tmrw or wed", "wed at 7"]
    # "scratch tmrw": the retracted item goes, the other stays
    scratch = _c("tmrw", (8, 12), f"2026-12-02T00:00:00{TZ}", 24, id="c3", retracted=True)
    gone = conv.revise([conv.Held(both, 1)], [scratch], 2, moving=False)
    assert [h.constraint.text for h in gone.held] == ["wed"]
    assert [(h.constraint.text, why) for h, why in gone.dropped] == [("tmrw", "retracted")]


def test_conversation_a_time_of_day_that_misses_the_days_time_replaces_it() -> None:
    # "saturday then but has to be after 2", then "ok morning then": Saturday stays
    sat = _c("saturday", (10, 18), f"2026-12-05T00:00:00{TZ}", 24, id="c1")
    after2 = _c("after 2", (38, 45), f"2026-12-05T14:00:00{TZ}", 10, id="c2", modifies="c1")
    mornings = [_day(f"2026-12-0{d}", (8, 12)) for d in range(1, 10)]
    morning = Constraint(
        id="c3", text="morning", span=(7, 14), kind="require", strength="hard", intervals=mornings
    )
    out = conv.revise([conv.Held(sat, 1), conv.Held(after2, 1)], [morning], 2, moving=False)
    assert [(h.turn, h.constraint.text) for h in out.held] == [(1, "saturday"), (2, "morning")]
    assert [(h.turn, h.constraint.text) for h, _ in out.dropped] == [(1, "after 2")]
    # "ok and 6pm?" after "today at 7pm": 6pm that day, not every day's
    seven = _c("today at 7pm", (0, 12), f"2026-12-02T19:00:00{TZ}", 0.75, id="c1")
    sixes = [_day(f"2026-12-{d:02d}", (18, 19)) for d in range(2, 17)]
    six = Constraint(
        id="c2", text="6pm", span=(7, 10), kind="require", strength="hard", intervals=sixes
    )
    moved = conv.revise([conv.Held(seven, 1)], [six], 2, moving=False)
    assert [h.constraint.text for h in moved.held] == ["6pm"]
    assert moved.held[0].constraint.intervals == [_day("2026-12-02", (18, 19))]
    # a bound narrows the day's time rather than replacing it ("has to be done by 8")
    by8 = six.model_copy(update={"text": "by 8", "rule": "bound_prefix+clock"})
    assert len(conv.revise([conv.Held(seven, 1)], [by8], 2, moving=False).held) == 2


def test_conversation_a_firm_provider_replaces_a_wished_one() -> None:
    # "Wednesday with Ella would be ideal", then "Marcus would be better"
    ella = Constraint(
        id="c1", text="Ella", span=(20, 24), kind="prefer", strength="soft", resources=["ella"]
    )
    marcus = Constraint(
        id="c2", text="Marcus", span=(12, 18), kind="require", strength="hard", resources=["marcus"]
    )
    out = conv.revise([conv.Held(ella, 1)], [marcus], 2, moving=False)
    assert [h.constraint.text for h in out.held] == ["Marcus"]
    assert [(h.turn, h.constraint.text) for h, _ in out.dropped] == [(1, "Ella")]


def test_conversation_a_title_does_not_end_the_request_sentence() -> None:
    msg = "Hello, I would like to book an eye exam with Dr. Moreau next week, preferably Wednesday."
    a = msg.index("Wednesday")
    wed = _c("Wednesday", (a, a + 9), f"2026-12-02T00:00:00{TZ}", 24)
    start, end = conv.item_span(msg, [wed])
    assert msg[start:end] == msg.rstrip(".")


def test_conversation_a_time_shown_with_two_providers_picks_the_first_shown() -> None:
    shown = [
        {**SHOWN[0], "rank": 1, "resource": "kai", "start": f"2026-11-26T18:00:00{TZ}"},
        {**SHOWN[0], "rank": 2, "resource": "room", "start": f"2026-11-26T18:00:00{TZ}"},
        {**SHOWN[0], "rank": 3, "resource": "kai", "start": f"2026-11-27T18:00:00{TZ}"},
    ]
    msg = "yes the 6pm thursday one please"
    six = _c("6pm thursday", (8, 20), f"2026-11-26T18:00:00{TZ}", 1)
    picked = conv.pick(msg, [six], shown)
    assert picked is not None and picked.rank == 1


def test_conversation_weekdays_ruled_out_later_each_move_into_the_held_week() -> None:
    # "the week of the 14th", then "Tuesday and Wednesday are not possible" said on
    # Wednesday the 2nd (read as today and next Tuesday): the 15th and the 16th
    week = _c("the week of 14th", (0, 16), f"2026-12-14T00:00:00{TZ}", 24 * 7)
    days = Constraint(
        id="c2",
        text="Tuesday and Wednesday",
        span=(0, 21),
        kind="exclude",
        strength="hard",
        rule="weekday",
        intervals=[_day("2026-12-02"), _day("2026-12-08")],
    )
    out = conv.revise([conv.Held(week, 1)], [days], 2, moving=False)
    ruled = [h.constraint for h in out.held if h.constraint.kind == "exclude"]
    assert ruled[0].intervals == [_day("2026-12-15"), _day("2026-12-16")]
