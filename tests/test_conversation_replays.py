"""Whole conversations, written for these tests in the conversation writers' format
(CONV_GUIDE.md), replayed as sessions under their own labels (`conv_data.replay`): the
session's logic end to end, with the cue-rule grounding and the real solver."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from slotwise.extractor.reader.conv_data import replay

from slotwise.engine import Engine
from tests.session_replay import span_label, turn

TZ = "-05:00"
MONDAY = date(2026, 12, 7)  # "now" is Monday 7 December 2026, 08:00


def _calendar(
    hours: dict[str, tuple[int, int]], weeks: int = 3, saturdays: bool = False
) -> dict[str, Any]:
    """One provider per entry of `hours`, open those hours Monday to Friday (and
    Saturday)."""
    days = [MONDAY + timedelta(days=d) for d in range(7 * weeks) if d % 7 < 5 + saturdays]
    return {
        "now": f"{MONDAY}T08:00:00{TZ}",
        "timezone": "America/New_York",
        "duration_minutes": 60,
        "resources": [
            {
                "id": rid,
                "name": rid.title(),
                "open": [
                    {"start": f"{d}T{a:02d}:00:00{TZ}", "end": f"{d}T{b:02d}:00:00{TZ}"}
                    for d in days
                ],
            }
            for rid, (a, b) in hours.items()
        ],
    }


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    store = Path(tmp_path_factory.mktemp("replays")) / "s.db"
    return Engine("rules", store=f"sqlite:///{store}")


def _failed(turns: list[dict[str, Any]], cal: dict[str, Any], engine: Engine) -> list[Any]:
    out = replay({"id": "t", "turns": turns}, cal, engine)
    return [
        (n, k) for n, (_l, _r, checks) in enumerate(out, 1) for k, ok in checks.items() if not ok
    ]


@pytest.mark.parametrize(
    ("first", "none_fits", "then", "gone", "top"),
    [
        # a time of day no day of which is open, then a day it never meets
        (
            "weekday evenings only pls",
            "weekday evenings",
            "ok what about saturday then",
            "saturday",
            {"date": "2026-12-12", "from": "09:00", "to": "16:00"},
        ),
        # a bound no slot meets with the booking's length, then a time that fits
        (
            "anything with ana before 9:30?",
            "before 9:30",
            "hm ok. could it start at 9 then",
            "start at 9",
            {"date": "2026-12-07", "from": "09:00", "to": "09:00"},
        ),
    ],
)
def test_conversation_replay_a_wish_nothing_fits_gives_way_to_the_next(
    engine: Engine, first: str, none_fits: str, then: str, gone: str, top: dict[str, str]
) -> None:
    cal = _calendar({"ana": (9, 17)}, saturdays=True)
    turns = [
        turn(first, "book", [span_label(none_fits)], outcome="clarification", holds=[none_fits]),
        turn(
            then,
            "book",
            [span_label(gone)],
            holds=[gone],
            dropped=[none_fits],
            refers_to={"turn": 1, "text": none_fits},
            top=[top],
        ),
    ]
    assert _failed(turns, cal, engine) == []


def test_conversation_replay_a_days_time_replaces_a_time_of_day_it_never_meets(
    engine: Engine,
) -> None:
    # "evenings only" (none open), then "saturday morning then": the mornings replace the
    # evenings, though Saturday has nothing either
    cal = _calendar({"ana": (9, 17)})
    turns = [
        turn(
            "need a checkup, evenings only pls",
            "book",
            [span_label("evenings only")],
            outcome="clarification",
            holds=["evenings only"],
        ),
        turn(
            "ugh fine, what about a saturday morning then",
            "book",
            [span_label("saturday morning")],
            outcome="clarification",
            holds=["saturday morning"],
            dropped=["evenings only"],
            refers_to={"turn": 1, "text": "evenings only"},
        ),
    ]
    assert _failed(turns, cal, engine) == []


def test_conversation_replay_a_new_day_alone_keeps_the_time_nothing_fitted(engine: Engine) -> None:
    # "any evenings? friday specifically" (none), then "next friday then?": still evenings
    cal = _calendar({"ana": (9, 17)})
    turns = [
        turn(
            "does anyone do evenings? friday specifically",
            "availability",
            [span_label("evenings"), span_label("friday")],
            outcome="clarification",
            holds=["evenings", "friday"],
        ),
        turn(
            "dang. next friday then?",
            "availability",
            [span_label("next friday")],
            outcome="clarification",
            holds=["evenings", "next friday"],
            dropped=["friday"],
            refers_to={"turn": 1, "text": "friday"},
        ),
    ]
    assert _failed(turns, cal, engine) == []


def test_conversation_replay_a_wish_gives_way_only_after_nothing_fitted(engine: Engine) -> None:
    # slots fitted on turn 1; a turn 2 that fits nothing is a question to the customer,
    # not a reason to drop what they said before
    cal = _calendar({"ana": (9, 17)})
    turns = [
        turn(
            "can i come in wednesday",
            "book",
            [span_label("wednesday")],
            holds=["wednesday"],
        ),
        turn(
            "oh and it has to be after 6",
            "book",
            [span_label("after 6")],
            outcome="clarification",
            holds=["wednesday", "after 6"],
        ),
    ]
    assert _failed(turns, cal, engine) == []


def test_conversation_replay_cancel_after_a_pick_means_the_booking(engine: Engine) -> None:
    # availability, a limit, a pick, then "cancel that": the booking the pick made (the
    # blind dev half's writers; one training writer, c09, meant the question's item)
    cal = _calendar({"ana": (9, 17)})
    turns = [
        turn(
            "any openings for a sports massage tues the 8th",
            "availability",
            [span_label("tues the 8th")],
            holds=["tues the 8th"],
        ),
        turn(
            "i get off at 2 so after that pls",
            "availability",
            [span_label("after that")],
            holds=["tues the 8th", "after that"],
        ),
        turn(
            "1st option",
            "book",
            [],
            goal_shift=True,
            holds=["tues the 8th", "after that"],
            refers_to={"shown_rank": 1},
        ),
        turn(
            "ah no thats our team dinner night. cancel that sorry",
            "cancel",
            [],
            goal_shift=True,
            dropped=["tues the 8th", "after that"],
        ),
    ]
    turns[3]["expect"]["cancels"] = {"turn": 3, "text": "1st option"}
    assert _failed(turns, cal, engine) == []


def test_conversation_replay_the_booked_time_said_again_is_no_new_pick(engine: Engine) -> None:
    cal = _calendar({"ana": (9, 17)})
    turns = [
        turn(
            "can i come in wednesday morning",
            "book",
            [span_label("wednesday morning")],
            holds=["wednesday morning"],
        ),
        turn("the first one", "book", [], holds=["wednesday morning"], refers_to={"shown_rank": 1}),
        turn(
            "actually can it be by video? same time is fine",
            "other",
            [span_label("same time", "context")],
            goal_shift=True,
            holds=["wednesday morning"],
        ),
    ]
    assert _failed(turns, cal, engine) == []


@pytest.mark.parametrize(
    ("first", "wish", "then", "soft", "top"),
    [
        # another day, wished softly: it replaces the day (held beside it, never met)
        (
            "can i come in thursday",
            "thursday",
            "actually friday would be better",
            "friday",
            {"date": "2026-12-11", "from": "09:00", "to": "16:00"},
        ),
        # another time of day, wished softly
        (
            "has to be after 3:30 because of school",
            "after 3:30",
            "oh. mornings could work if nothing else",
            "mornings could work if nothing else",
            {"date": "2026-12-07", "from": "09:00", "to": "12:00"},
        ),
        # another provider, wished softly
        (
            "with ana please",
            "ana",
            "actually ben maybe? my friend said he's better",
            "ben",
            {"date": "2026-12-07", "from": "09:00", "to": "16:00", "resources": ["ben"]},
        ),
    ],
)
def test_conversation_replay_a_soft_wish_replaces_one_of_its_sort_it_never_meets(
    engine: Engine, first: str, wish: str, then: str, soft: str, top: dict[str, Any]
) -> None:
    cal = _calendar({"ana": (9, 17), "ben": (9, 17)})
    kind = {"type": "resource"} if wish == "ana" else {}
    turns = [
        turn(first, "book", [span_label(wish, **kind)], holds=[wish]),
        turn(
            then,
            "book",
            [span_label(soft, "prefer", "soft", **kind)],
            holds=[soft],
            dropped=[wish],
            refers_to={"turn": 1, "text": wish},
            top=[top],
        ),
    ]
    assert _failed(turns, cal, engine) == []


def test_conversation_replay_a_soft_wish_that_meets_an_earlier_one_adds_to_it(
    engine: Engine,
) -> None:
    # "next week", then "thursday would be nice": Thursday of that week, next week stays
    cal = _calendar({"ana": (9, 17)})
    turns = [
        turn("anything next week?", "availability", [span_label("next week")], holds=["next week"]),
        turn(
            "thursday would be nice",
            "availability",
            [span_label("thursday", "prefer", "soft")],
            holds=["next week", "thursday"],
            top=[{"date": "2026-12-17", "from": "09:00", "to": "16:00"}],
        ),
    ]
    assert _failed(turns, cal, engine) == []


def test_conversation_replay_a_soft_wish_offered_beside_what_holds_adds_to_it(
    engine: Engine,
) -> None:
    # "thursday at 10", then "if that one is taken then friday also ok": Thursday stays
    cal = _calendar({"ana": (9, 17)})
    turns = [
        turn(
            "can i get thursday at 10",
            "book",
            [span_label("thursday at 10")],
            holds=["thursday at 10"],
        ),
        turn(
            "if that one is taken then friday also ok",
            "book",
            [span_label("friday", "prefer", "soft")],
            holds=["thursday at 10", "friday"],
        ),
    ]
    assert _failed(turns, cal, engine) == []


def test_conversation_replay_the_weekend_after_a_week_chosen_is_that_weeks(
    engine: Engine,
) -> None:
    # "the week after next", then "weekend if possible": that week's weekend, not this one
    cal = _calendar({"ana": (9, 17)}, saturdays=True)
    turns = [
        turn(
            "could we do the week after next?",
            "book",
            [span_label("the week after next")],
            holds=["the week after next"],
        ),
        turn(
            "weekend if possible",
            "book",
            [span_label("weekend if possible", "prefer", "soft")],
            holds=["the week after next", "weekend if possible"],
            top=[{"date": "2026-12-26", "from": "09:00", "to": "16:00"}],
        ),
    ]
    assert _failed(turns, cal, engine) == []
