"""What a later turn leaves standing of what an earlier one said, replayed as the
conversation writers write and label it (CONV_GUIDE.md): a clock said with its day in
another language is a clock as "at 11" is; a move keeps the wishes its new slot meets; a
wish against the options shown keeps the day said with a clock; a firm clock replaces an
earlier clock aimed at ("around 5pm") or wished for ("9 o'clock would be best")."""

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


def _calendar(minutes: int = 30) -> dict[str, Any]:
    """Dr. Ames, open 8 to 8 every day but Sunday, for three weeks from Monday; visits of
    `minutes`."""
    days = [MONDAY + timedelta(days=d) for d in range(21) if d % 7 < 6]
    return {
        "now": f"{MONDAY}T08:00:00{TZ}",
        "timezone": "America/New_York",
        "duration_minutes": minutes,
        "resources": [
            {
                "id": "dr-ames",
                "name": "Dr. Ames",
                "open": [{"start": f"{d}T08:00:00{TZ}", "end": f"{d}T20:00:00{TZ}"} for d in days],
            }
        ],
    }


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    store = Path(tmp_path_factory.mktemp("stays")) / "s.db"
    return Engine("rules", store=f"sqlite:///{store}")


def _failed(
    turns: list[dict[str, Any]], engine: Engine, minutes: int = 30
) -> list[tuple[int, str]]:
    """The checks (turn, check) the session fails under the writer's labels."""
    out = replay({"id": "t", "turns": turns}, _calendar(minutes), engine)
    return [
        (n, k) for n, (_l, _r, checks) in enumerate(out, 1) for k, ok in checks.items() if not ok
    ]


def _pick(holds: list[str]) -> dict[str, Any]:
    return turn("first one pls", "book", [], refers_to={"shown_rank": 1}, holds=holds)


# "el jueves, como a las 11": the day and a clock in other words, read as one wish
FOREIGN_CLOCKS = [
    (  # Spanish: another clock, the day stays
        "Buenas, necesito un full set el jueves, como a las 11?",
        ["el jueves", "como a las 11"],
        "ay no, mejor como a la 1, salgo del trabajo a las 12",
        [span_label("como a la 1"), span_label("a las 12", "exclude")],
        ["el jueves", "como a la 1", "a las 12"],
        ["como a las 11"],
    ),
    (  # French
        "Bonjour, besoin d'un rdv notaire. Lundi le 14, vers 11h?",
        ["Lundi le 14", "vers 11h"],
        "euh non, vers 9h30 plutôt, j'avais oublié ma réunion",
        [span_label("vers 9h30")],
        ["Lundi le 14", "vers 9h30"],
        ["vers 11h"],
    ),
    (  # Vietnamese
        "hi chị, em muốn làm facial next Tuesday, lúc 4 giờ ạ",
        ["next Tuesday", "lúc 4 giờ"],
        "à không, 5 giờ nha chị, em tan làm trễ",
        [span_label("5 giờ")],
        ["next Tuesday", "5 giờ"],
        ["lúc 4 giờ"],
    ),
    (  # German: the day ruled out, the clock holds on the new one
        "hi, Paul (9) piano, Tuesday, um halb vier pls",
        ["Tuesday", "um halb vier"],
        "oh sorry not tuesday, he has Fußball then. Thursday",
        [span_label("not tuesday", "exclude"), span_label("Thursday")],
        ["um halb vier", "not tuesday", "Thursday"],
        ["Tuesday"],
    ),
]


@pytest.mark.parametrize(("first", "said", "then", "spans", "holds", "dropped"), FOREIGN_CLOCKS)
def test_conversation_a_clock_in_other_words_comes_apart_from_its_day(
    engine: Engine,
    first: str,
    said: list[str],
    then: str,
    spans: list[dict[str, Any]],
    holds: list[str],
    dropped: list[str],
) -> None:
    turns = [
        turn(first, "book", [span_label(s) for s in said], holds=said),
        turn(then, "book", spans, holds=holds, dropped=dropped),
    ]
    assert [f for f in _failed(turns, engine) if f[1] in {"holds", "dropped"}] == []


# (first turn, its spans, the move, its spans, what holds after the move)
MOVES_MET = [
    (  # a bound of this week's days, then a clock read on every day
        "need an eye test this week. has to be after 4",
        [span_label("this week"), span_label("after 4")],
        "actually can we make it half 4 instead, boss says i can knock off early",
        [span_label("half 4")],
        ["this week", "after 4", "half 4"],
    ),
    (  # a soft time of day of two days, then a clock inside it
        "We fly out Friday night so Wednesday or Thursday, afternoon ideally",
        [
            span_label("Friday night", "exclude"),
            span_label("Wednesday"),
            span_label("Thursday"),
            span_label("afternoon", "prefer", "soft"),
        ],
        "oh wait, could we push it to 4 instead?",
        [span_label("4")],
        ["Friday night", "Wednesday", "Thursday", "afternoon", "4"],
    ),
    (  # the hours someone is there, then a time within them
        "can a tech come to my office thursday the 10th? im there 8 to 4",
        [span_label("thursday the 10th"), span_label("8 to 4")],
        "hey actually could we push that to 1? meeting got moved",
        [span_label("to 1")],
        ["thursday the 10th", "8 to 4", "to 1"],
    ),
    (  # mornings wished for on two days, then a morning clock
        "Piano please, tues or wed, mornings if poss",
        [span_label("tues"), span_label("wed"), span_label("mornings", "prefer", "soft")],
        "sorry could we make it 10:30 instead?",
        [span_label("10:30")],
        ["tues", "wed", "mornings", "10:30"],
    ),
]


@pytest.mark.parametrize(("first", "spans", "then", "moved", "holds"), MOVES_MET)
def test_conversation_a_move_keeps_the_wishes_its_new_slot_meets(
    engine: Engine,
    first: str,
    spans: list[dict[str, Any]],
    then: str,
    moved: list[dict[str, Any]],
    holds: list[str],
) -> None:
    said = [s["text"] for s in spans]
    turns = [
        turn(first, "book", spans, holds=said),
        _pick(said),
        turn(then, "reschedule", moved, goal_shift=True, holds=holds),
    ]
    assert [f for f in _failed(turns, engine) if f[1] in {"holds", "dropped"}] == []


# (first turn, its spans, the ask past the options, what holds after it)
ASKED_PAST = [
    ("table for 3 thurs at 6?", [span_label("thurs at 6")], "anything later", "thurs at 6"),
    (
        "my wrist is munted so i need an assessment. friday at 1 if poss?",
        [span_label("friday"), span_label("at 1", "prefer", "soft")],
        "anything earlier?",
        "friday",
    ),
    (
        "Booking for our Nana. Friday at 9 if possible, church in the afternoon",
        [
            span_label("Friday"),
            span_label("at 9", "prefer", "soft"),
            span_label("in the afternoon", "exclude"),
        ],
        "Is there something a bit later? The traffic is terrible around then",
        "Friday",
    ),
    (
        "can i get in wed at 3pm?",
        [span_label("wed at 3pm")],
        "nothing earlier? im free all morning",
        "wed at 3pm",
    ),
]


@pytest.mark.parametrize(("first", "spans", "then", "day"), ASKED_PAST)
def test_conversation_a_wish_past_the_options_keeps_the_day_said_with_its_clock(
    engine: Engine, first: str, spans: list[dict[str, Any]], then: str, day: str
) -> None:
    said = [s["text"] for s in spans]
    side = "later" if "later" in then else "earlier"
    turns = [
        turn(first, "book", spans, holds=said),
        turn(then, "book", [span_label(side)], holds=[*said, side]),
    ]
    results = replay({"id": "t", "turns": turns}, _calendar(), engine)
    _labels, result, checks = results[1]
    assert checks["holds"] and checks["dropped"]
    assert result["dropped"] == []
    (kept,) = [c for c in result["constraints"] if c["turn"] == 1 and day in c["text"]]
    # the day of the first turn, whole: the option shown first lay on it
    first_shown = results[0][1]["proposals"][0]["start"][:10]
    assert {s["start"][:10] for s in kept["intervals"]} == {first_shown}
    assert all(p["start"][:10] == first_shown for p in result["proposals"])


# (first turn, its spans, the new clock, its spans, what holds, what goes), for visits
# of 90 minutes: the window of "around 5pm" holds the visit
CLOCKS_REPLACED = [
    (  # aimed at: "around" and its window
        "hi wan book lesson for my girl tmr can or not? around 5pm",
        [span_label("tmr"), span_label("around 5pm")],
        "sorry make it 6pm, she got swimming",
        [span_label("6pm")],
        ["tmr", "6pm"],
        ["around 5pm"],
    ),
    (
        "Thursday still works for me, but around 6pm please.",
        [span_label("Thursday"), span_label("around 6pm")],
        "Sorry, make that around 7pm instead.",
        [span_label("around 7pm")],
        ["Thursday", "around 7pm"],
        ["around 6pm"],
    ),
    (  # wished for, softly
        "could we book brunch on Saturday? Ideally about 10, before the tour",
        [span_label("Saturday"), span_label("about 10", "prefer", "soft")],
        "Oh you open at 11? Fair enough, we'll come at 11.",
        [span_label("at 11")],
        ["Saturday", "at 11"],
        ["about 10"],
    ),
    (
        "Could someone come out Tuesday the 15th? 9 o'clock would be best.",
        [span_label("Tuesday the 15th"), span_label("9 o'clock", "prefer", "soft")],
        "On second thought make it 8 instead of 9, it's cooler then.",
        [span_label("8"), span_label("9", "prefer", "soft", retracted=True)],
        ["Tuesday the 15th", "8"],
        ["9 o'clock"],
    ),
]


@pytest.mark.parametrize(("first", "spans", "then", "new", "holds", "dropped"), CLOCKS_REPLACED)
def test_conversation_a_firm_clock_replaces_a_clock_aimed_at_or_wished_for(
    engine: Engine,
    first: str,
    spans: list[dict[str, Any]],
    then: str,
    new: list[dict[str, Any]],
    holds: list[str],
    dropped: list[str],
) -> None:
    said = [s["text"] for s in spans]
    turns = [
        turn(first, "book", spans, holds=said),
        turn(then, "book", new, holds=holds, dropped=dropped),
    ]
    assert [f for f in _failed(turns, engine, 90) if f[1] in {"holds", "dropped"}] == []


# (first turn, its spans, the other day, its spans, what holds after it, what goes)
OTHER_DAYS = [
    (
        "Hello, I want Hung for sports massage on Monday 14th after 6pm",
        [span_label("Monday 14th"), span_label("after 6pm")],
        "aigoo ok. what about tuesday 15th",
        [span_label("tuesday 15th")],
        ["after 6pm", "tuesday 15th"],
    ),
    (  # the time said again
        "Could you advise what you have for a visit on Thursday 17th after 1pm?",
        [span_label("Thursday 17th"), span_label("after 1pm")],
        "Correction: discharge has been brought forward to Wednesday 16th. Same time window.",
        [span_label("Wednesday 16th"), span_label("Same time window")],
        ["after 1pm", "Wednesday 16th", "Same time window"],
    ),
    (
        "can i come in friday between 10 and 12",
        [span_label("friday"), span_label("between 10 and 12")],
        "oh wait my sister's visiting. next monday?",
        [span_label("next monday")],
        ["between 10 and 12", "next monday"],
    ),
    (
        "and the missus' car needs tyres, tues 15th any time after 3",
        [span_label("tues 15th"), span_label("any time after 3")],
        "scrap that, wed 16th works better for her",
        [span_label("wed 16th")],
        ["any time after 3", "wed 16th"],
    ),
]


@pytest.mark.parametrize(("first", "spans", "then", "day", "holds"), OTHER_DAYS)
def test_conversation_another_day_keeps_the_time_said_on_the_first(
    engine: Engine,
    first: str,
    spans: list[dict[str, Any]],
    then: str,
    day: list[dict[str, Any]],
    holds: list[str],
) -> None:
    # "Monday 14th after 6pm", read as one wish, then "what about tuesday 15th": after
    # 6pm on the Tuesday
    said = [s["text"] for s in spans]
    turns = [
        turn(first, "book", spans, holds=said),
        turn(then, "book", day, holds=holds, dropped=[said[0]]),
    ]
    results = replay({"id": "t", "turns": turns}, _calendar(), engine)
    _labels, result, checks = results[1]
    assert checks["holds"] and checks["dropped"]
    new_day = result["constraints"][-1]["intervals"][0]["start"][:10]
    assert result["proposals"]
    assert all(p["start"][:10] == new_day for p in result["proposals"])


# (first turn, its spans, a clock the bound never lets start, what holds, what goes)
BOUNDS_GIVEN_UP = [
    (
        "ok can i come in tmrw? not before 12, i have lectures",
        [span_label("tmrw"), span_label("not before 12")],
        "actually my 2nd lecture got cancelled so 11:15 works?",
        "11:15",
        ["not before 12"],
    ),
    (
        "thursday please, has to be after 3",
        [span_label("thursday"), span_label("after 3")],
        "my boss says i can leave early, could we do 1:30?",
        "1:30",
        ["after 3"],
    ),
    (
        "friday please. it needs to be before 10",
        [span_label("friday"), span_label("before 10")],
        "ok my shift moved, 10:30 then?",
        "10:30",
        ["before 10"],
    ),
    (  # a clock the bound lets start: both hold
        "tuesday works, after 4 though",
        [span_label("tuesday"), span_label("after 4")],
        "4:30 then?",
        "4:30",
        [],
    ),
]


@pytest.mark.parametrize(("first", "spans", "then", "clock", "dropped"), BOUNDS_GIVEN_UP)
def test_conversation_a_clock_outside_a_bound_gives_the_bound_up(
    engine: Engine,
    first: str,
    spans: list[dict[str, Any]],
    then: str,
    clock: str,
    dropped: list[str],
) -> None:
    said = [s["text"] for s in spans]
    holds = [t for t in said if t not in dropped] + [clock]
    turns = [
        turn(first, "book", spans, holds=said),
        turn(then, "book", [span_label(clock)], holds=holds, dropped=dropped),
    ]
    assert [f for f in _failed(turns, engine) if f[1] in {"holds", "dropped"}] == []
