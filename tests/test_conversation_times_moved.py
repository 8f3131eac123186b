"""A time said with a day, when a later turn moves the day or the time: the day stays when
the turn takes back only the time ("make it 6pm not 5") or the days are several ("next
week after 6pm", then "5pm then"); a clock said for a day goes with it when the turn
that moves the day says its own clock ("Friday 3:30?"). And what a turn picks when it
names a shown option but asks for it as a wish ("move it to the wednesday instead"), or
names an ordinal beside days the option is not on."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Alternative, Constraint, Span

from slotwise import conversation as conv
from slotwise.conversation_picks import elsewhere
from slotwise.conversation_rules import day_and_clock, keeps_days, says_clock
from tests.session_replay import constraint, replayed, span_label

TZ = "-05:00"
DAY = datetime.fromisoformat(f"2026-12-02T00:00:00{TZ}")  # Wednesday 2 December 2026


def _at(day: int, hour: float) -> datetime:
    return DAY + timedelta(days=day, hours=hour)


def _c(text: str, rule: str, spans: list[tuple[datetime, datetime]], **kw: Any) -> Constraint:
    return constraint(text, [Span(start=a, end=b) for a, b in spans], rule=rule, **kw)


def _every_day(text: str, rule: str, hour: float, hours: float = 1, **kw: Any) -> Constraint:
    """A clock time grounded on every day for three weeks ("6pm", "not 5")."""
    return _c(text, rule, [(_at(d, hour), _at(d, hour + hours)) for d in range(-2, 19)], **kw)


def _texts(held: list[conv.Held]) -> list[tuple[int, str | None]]:
    return [(h.turn, h.constraint.text) for h in held]


@pytest.mark.parametrize(
    ("new", "gone"),
    [("6pm", "not 5"), ("6pm instead", "5pm"), ("at 6", "not at 5")],
)
def test_conversation_times_moved_a_time_taken_back_leaves_its_day(new: str, gone: str) -> None:
    # "wed the 25th at 5pm", then "make it 6pm not 5": still the 25th, at 6
    wed5 = _c("wed the 25th at 5pm", "weekday_day_number+clock_ampm", [(_at(0, 17), _at(0, 18))])
    six = _every_day(new, "clock_ampm", 18, id="c2")
    five = _every_day(gone, "neg_prefix+bare_number", 17, id="c3", retracted=True)
    out = conv.revise([conv.Held(wed5, 1)], [six, five], 2, moving=False)
    assert _texts(out.held) == [(1, "wed the 25th at 5pm"), (2, new)]
    assert out.held[0].constraint.intervals == [Span(start=_at(0, 0), end=_at(1, 0))]
    assert _texts([h for h, _ in out.dropped]) == [(1, "wed the 25th at 5pm")]


def test_conversation_times_moved_a_new_time_for_one_day_takes_the_slot_wished() -> None:
    # "today at 7pm", then "ok and 6pm?": nothing taken back in words, one day: 6pm today
    today7 = _c("today at 7pm", "today+clock_ampm", [(_at(0, 19), _at(0, 20))])
    six = _every_day("6pm", "clock_ampm", 18, id="c2")
    out = conv.revise([conv.Held(today7, 1)], [six], 2, moving=False)
    assert _texts(out.held) == [(2, "6pm")]
    assert out.held[0].constraint.intervals == [Span(start=_at(0, 18), end=_at(0, 19))]


@pytest.mark.parametrize("new", ["5pm then", "5 then", "ok 17:00"])
def test_conversation_times_moved_a_new_time_keeps_several_days(new: str) -> None:
    # "anything next week after 6pm", then "fine, 5pm then": next week still holds
    week = _c(
        "next week after 6pm",
        "week+bound_prefix+clock_ampm",
        [(_at(d, 18), _at(d + 1, 0)) for d in range(5, 12)],
    )
    five = _every_day(new, "clock_ampm", 17, id="c2")
    out = conv.revise([conv.Held(week, 1)], [five], 2, moving=False)
    assert _texts(out.held) == [(1, "next week after 6pm"), (2, new)]
    assert len(out.held[0].constraint.intervals) == 7
    assert all(s.end - s.start == timedelta(days=1) for s in out.held[0].constraint.intervals)


def test_conversation_times_moved_days_said_with_a_time_and_a_cue() -> None:
    # "I leave for work at 9:30" is a bound set on the day asked for: no day in its words
    leave = _c("I leave for work at 9:30", "day_around+clock_hm", [(_at(5, 0), _at(5, 9.5))])
    wed5 = _c("wed the 25th at 5pm", "weekday_day_number+clock_ampm", [(_at(0, 17), _at(0, 18))])
    assert day_and_clock(wed5) and not day_and_clock(leave)
    assert not keeps_days(wed5, []) and keeps_days(wed5, [_every_day("not 5", "bare_number", 17)])


def _thursday_at(clock_text: str, rule: str, hour: float) -> list[conv.Held]:
    """ "Thursday ..., at 3:30" (the clock a narrower of the day), said in turn 1."""
    thu = _c("Thursday", "weekday", [(_at(1, 0), _at(2, 0))], id="c1")
    clock = _c(clock_text, rule, [(_at(1, hour), _at(1, hour + 0.75))], id="c2", modifies="c1")
    return [conv.Held(thu, 1), conv.Held(clock, 1)]


@pytest.mark.parametrize(
    ("friday", "rule"),
    [
        ("Friday 3:30?", "weekday+clock_hm"),
        ("fri at half 3 then", "weekday+clock_half_hour"),
    ],
)
def test_conversation_times_moved_a_clock_goes_with_its_day_when_the_turn_says_one(
    friday: str, rule: str
) -> None:
    # "Thursday after school, at 3:30", then "jeudi I have my aquafit. Friday 3:30?"
    held = _thursday_at("at 3:30", "clock_hm", 15.5)
    out_thu = _c("jeudi", "weekday", [(_at(1, 0), _at(2, 0))], id="c3", kind="exclude")
    fri = _c(friday, rule, [(_at(2, 15.5), _at(2, 16.25))], id="c4")
    out = conv.revise(held, [out_thu, fri], 2, moving=False)
    assert _texts(out.held) == [(2, "jeudi"), (2, friday)]
    assert sorted(_texts([h for h, _ in out.dropped])) == [(1, "Thursday"), (1, "at 3:30")]


@pytest.mark.parametrize(
    ("clock", "rule", "friday", "new_rule"),
    [
        # a bound moves with the day: "what about thursday same time" keeps "after 3"
        ("after 3", "bound_prefix+bare_number", "friday same time", "weekday+same_time"),
        # a turn that says no clock: the time moves to the new day
        ("at 3:30", "clock_hm", "friday then", "weekday"),
        # "same time" said before is the slot's clock, said again
        ("same time", "same_time", "friday same time", "weekday+same_time"),
        # ... and a clock said for the old day stays when the turn says the time again
        # ("Thursday ..., at 3:30", then "friday same time": most writers keep "at 3:30")
        ("at 3:30", "clock_hm", "friday same time", "weekday+same_time"),
    ],
)
def test_conversation_times_moved_a_bound_or_a_turn_without_a_clock_moves_the_time(
    clock: str, rule: str, friday: str, new_rule: str
) -> None:
    held = _thursday_at(clock, rule, 15)
    fri = _c(friday, new_rule, [(_at(2, 0), _at(3, 0))], id="c4")
    out = conv.revise(held, [fri], 2, moving=False)
    assert _texts(out.held) == [(1, clock), (2, friday)]
    assert out.held[0].constraint.modifies is None


def test_conversation_times_moved_says_clock() -> None:
    assert says_clock(_c("Friday 3:30", "weekday+clock_hm", []))
    assert says_clock(_c("wed same time", "weekday+same_time", []))
    assert not says_clock(_c("back a day", "units_ago", []))
    assert not says_clock(_c("friday", "weekday", []))


# shown: Tuesday 1, Wednesday 2, Thursday 3 December 2026 at 7pm
SHOWN = [
    {
        "rank": n,
        "resource": "dr-smith",
        "start": (s := _at(d, 19)).isoformat(),
        "end": (s + timedelta(minutes=30)).isoformat(),
    }
    for n, d in enumerate((-1, 0, 1), 1)
]


@pytest.mark.parametrize(
    ("message", "day", "rank"),
    [
        ("And the second one on Thursday the 3rd, same conditions please", 1, None),
        ("the first one but thursday the 3rd", 1, None),
        ("2nd one, wednesday the 2nd is perfect", 0, 2),
        ("the third one, thursday", 1, 3),
    ],
)
def test_conversation_times_moved_an_ordinal_beside_other_days_picks_nothing(
    message: str, day: int, rank: int | None
) -> None:
    said = message.split(", ")[-1] if ", " in message else message.rsplit("but ", 1)[-1]
    a = message.index(said)
    wish = _c(said, "weekday_day_number", [(_at(day, 0), _at(day + 1, 0))], span=(a, a + len(said)))
    picked = conv.pick(message, [wish], SHOWN, mentioned=[])
    assert (picked.rank if picked else None) == rank
    assert elsewhere(SHOWN[0], [wish]) == (day != -1)


ASKED = ("can i come in at 3pm next week", "book", [span_label("at 3pm"), span_label("next week")])


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        # after a pick, a move to a day shown is a move, not a pick of that option
        (
            [("2nd one", "book", []), ("can we move it to the wednesday instead", "reschedule")],
            "the wednesday",
        ),
        ([("is she there on the wednesday then", "book")], "the wednesday"),
        ([("what about the monday", "book")], "the monday"),
    ],
)
def test_conversation_times_moved_a_shown_day_asked_for_is_a_wish(
    turns: list[tuple[Any, ...]], said: str
) -> None:
    *before, (message, intent) = turns
    out = replayed([ASKED, *before, (message, intent, [span_label(said)])])
    assert all(r.get("shown_rank") is None for r in out[-1]["refers_to"])
    assert any(c["text"] and c["text"] in said for c in out[-1]["constraints"])
    # named as context, the same words pick the option shown on that day
    named = replayed([ASKED, *before, (message, intent, [span_label(said, "context")])])
    assert named[-1]["refers_to"][0]["shown_rank"] is not None


@pytest.mark.parametrize(
    ("message", "said", "day"),
    [
        ("ohh actually can we do the day before instead, im off work anyway", "the day before", 20),
        ("could we do the day before? my husband works fridays", "the day before", 20),
        ("hmm the day after would suit better", "the day after", 22),
    ],
)
def test_conversation_times_moved_the_day_before_counts_from_the_day_asked(
    message: str, said: str, day: int
) -> None:
    # Thursday the 21st asked for, a question between; "the day before": the 20th
    out = replayed(
        [
            ("can i book thursday the 21st", "book", [span_label("thursday the 21st")]),
            ("is it at your place or do you come to us?", "other", []),
            (message, "book", [span_label(said)]),
        ]
    )
    held = [c for c in out[-1]["constraints"] if c.get("source") == "message"]
    assert [c["text"] for c in held] == [said]
    assert held[0]["intervals"][0]["start"].startswith(f"2027-01-{day}")
    assert [d["text"] for d in out[-1]["dropped"]] == ["thursday the 21st"]
    assert out[-1]["proposals"][0]["start"].startswith(f"2027-01-{day}")


def test_conversation_times_moved_the_day_after_counts_from_the_slot_booked() -> None:
    out = replayed(
        [
            ("wednesday the 20th at 10 please", "book", [span_label("wednesday the 20th at 10")]),
            ("first one", "book", []),
            ("sorry can i come the day after instead", "reschedule", [span_label("the day after")]),
        ]
    )
    assert out[-1]["proposals"][0]["start"].startswith("2027-01-21")


@pytest.mark.parametrize(
    ("message", "leans"),
    [
        ("the day before then", True),
        ("can I come the day after?", True),
        ("the following monday works", True),
        ("thursday, or the day after", False),
        ("tomorrow at 3", False),
    ],
)
def test_conversation_times_moved_leans_back(message: str, leans: bool) -> None:
    from slotwise.extractor.candidate_finding import leans_back
    from slotwise.extractor.grounding import ground

    now = datetime.fromisoformat(f"2027-01-18T08:00:00{TZ}")
    assert leans_back(ground(message, now, "America/Chicago")) == leans


@pytest.mark.parametrize(
    ("said", "rule", "hour"),
    [
        ("Wednesday around 4", "weekday+clock_at_bare", 15.5),
        ("wed at 5pm", "weekday+clock_ampm", 17),
        ("Wednesday 10ish", "weekday+clock_approx", 9.5),
    ],
)
def test_conversation_times_moved_a_bound_for_a_slot_taken_back_leaves_its_day(
    said: str, rule: str, hour: float
) -> None:
    # "Wednesday around 4 ..., she gets out of school at 3:30", then "I meant Thursday,
    # not Wednesday": the bound grounding set on Wednesday holds on every day again
    slot = _c(said, rule, [(_at(0, hour), _at(0, hour + 1.75))])
    every = [Span(start=_at(d, 15.5), end=_at(d + 1, 0)) for d in range(-2, 19)]
    bound = _c(
        "she gets out of school at 3:30",
        "day_around+clock_hm",
        [(_at(0, 15.5), _at(1, 0))],
        id="c2",
        span=(40, 70),
        alternatives=[Alternative(label="after 15:30", intervals=every)],
    )
    thursday = _c("Thursday", "weekday", [(_at(1, 0), _at(2, 0))], id="c3")
    taken_back = _c(
        "not Wednesday", "neg_prefix+weekday", [(_at(0, 0), _at(1, 0))], id="c4", retracted=True
    )
    out = conv.revise(
        [conv.Held(slot, 1), conv.Held(bound, 1)], [thursday, taken_back], 2, moving=False
    )
    assert _texts([h for h, _ in out.dropped]) == [(1, said)]
    held = {h.constraint.text: h.constraint for h in out.held}
    days = {s.start.date() for s in held["she gets out of school at 3:30"].intervals}
    assert _at(1, 0).date() in days  # Thursday's afternoon is bounded too


def test_conversation_times_moved_a_time_said_with_the_move_keeps_its_day() -> None:
    # "thurs july 1st at 3pm" booked, then "can we push it back an hour": the new time is
    # said on the booked day, in the turn that replaces it, and stays on that day
    slot = _c("thurs july 1st at 3pm", "weekday+date+clock_ampm", [(_at(1, 15), _at(1, 16))])
    later = _c("back an hour", "shift_hours", [(_at(1, 16), _at(1, 17))], id="c2")
    out = conv.revise([conv.Held(slot, 1)], [later], 4, moving=True)
    held = {h.constraint.text: h.constraint for h in out.held}
    assert held["back an hour"].intervals == [Span(start=_at(1, 16), end=_at(1, 17))]
