"""Picks by what a turn names among the options shown, cancellations that pick nothing, and
the order a turn's references are reported in (slotwise.conversation_picks)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Span

from slotwise import conversation as conv
from slotwise.conversation_picks import described, latest_first, picks_nothing, unplaced
from tests.session_replay import open_hours, replayed, span_label
from tests.session_replay import shown_options as _shown

TZ = "-05:00"


# three days shown at 7pm: Tuesday 1, Wednesday 2, Thursday 3 December 2026
AT_SEVEN = _shown("2026-12-01T19:00", "2026-12-02T19:00", "2026-12-03T19:00")


def _t(text: str, span: tuple[int, int], starts: list[str], hours: float, **kw: Any) -> Constraint:
    spans = [
        Span(start=(a := datetime.fromisoformat(f"{s}:00{TZ}")), end=a + timedelta(hours=hours))
        for s in starts
    ]
    return Constraint(
        id=kw.pop("id", "m0"),
        text=text,
        span=span,
        kind="require",
        strength="hard",
        intervals=spans,
        **kw,
    )


def _every_day_at(clock: str, text: str, span: tuple[int, int], **kw: Any) -> Constraint:
    """A clock time grounded on every day (an hour long), as "7pm" or "4pm" is."""
    return _t(
        text,
        span,
        [f"2026-11-{d:02d}T{clock}" for d in (30,)]
        + [f"2026-12-{d:02d}T{clock}" for d in range(1, 8)],
        1,
        **kw,
    )


@pytest.mark.parametrize(
    ("message", "clock", "span"),
    [("7pm one!", "19:00", (0, 3)), ("k 7pm", "19:00", (2, 5)), ("19:00 pls", "19:00", (0, 5))],
)
def test_conversation_picks_a_clock_shown_on_several_days_picks_the_first(
    message: str, clock: str, span: tuple[int, int]
) -> None:
    seven = _every_day_at(clock, message[span[0] : span[1]], span)
    picked = conv.pick(message, [seven], AT_SEVEN, mentioned=[seven])
    assert picked is not None and picked.rank == 1


def test_conversation_picks_a_clock_no_option_starts_on_picks_nothing() -> None:
    # "the 6pm" when 6:30 and 6:45 were shown is no pick of either
    shown = _shown("2026-12-01T18:30", "2026-12-01T18:45", "2026-12-01T19:00")
    six = _every_day_at("18:00", "6pm", (4, 7))
    assert described([six], shown) is None
    assert conv.pick("the 6pm", [six], shown, mentioned=[six]) is None


@pytest.mark.parametrize(
    ("message", "day", "clock"),
    [
        ("oh wednesday?? yes 7 pls", "2026-12-02T00:00", "19:00"),
        ("thursday 7pm is good", "2026-12-03T00:00", "19:00"),
    ],
)
def test_conversation_picks_several_labels_pick_the_option_they_all_describe(
    message: str, day: str, clock: str
) -> None:
    words = message.split()
    named_day = _t(words[0].strip("?"), (0, len(words[0])), [day], 24, id="m0")
    at = message.index("7")
    seven = _every_day_at(clock, "7", (at, at + 1), id="m1")
    picked = conv.pick(message, [named_day, seven], AT_SEVEN, mentioned=[named_day, seven])
    assert picked is not None
    assert picked.proposal["start"].startswith(day[:10])


def test_conversation_picks_a_provider_narrows_the_options_described() -> None:
    shown = _shown("2026-12-01T10:00") + _shown("2026-12-01T10:00", resource="dr-patel")
    ten = _every_day_at("10:00", "10am", (3, 7))
    patel = Constraint(
        id="m1",
        text="dr patel",
        span=(13, 21),
        kind="require",
        strength="hard",
        resources=["dr-patel"],
    )
    picked = conv.pick("ok 10am with dr patel then", [ten, patel], shown, mentioned=[ten, patel])
    assert picked is not None and picked.proposal["resource"] == "dr-patel"


@pytest.mark.parametrize(
    ("message", "day"),
    [("the thurs one pls", "2026-11-26T00:00"), ("ok that Thursday slot", "2026-11-26T00:00")],
)
def test_conversation_picks_a_weekday_read_a_week_early_picks_the_one_shown(
    message: str, day: str
) -> None:
    # grounding reads "thurs" as this week's Thursday; next week's Thursday was shown
    word = next(w for w in message.split() if w.lower().startswith("thurs"))
    a = message.index(word)
    thurs = _t(word, (a, a + len(word)), [day], 24)
    picked = conv.pick(message, [thurs], AT_SEVEN, mentioned=[thurs])
    assert picked is not None and picked.rank == 3


@pytest.mark.parametrize(
    ("message", "said", "start", "rank"),
    [
        ("Wednesday at 9 then.", "Wednesday at 9", "2026-11-25T19:00", 2),
        ("the thursday 7pm one", "thursday 7pm", "2026-11-26T19:00", 3),
        ("tues 7pm pls", "tues 7pm", "2026-11-24T19:00", 1),
    ],
)
def test_conversation_picks_a_weekday_and_clock_read_a_week_early_picks_the_one_shown(
    message: str, said: str, start: str, rank: int
) -> None:
    # grounding reads the weekday as this week's; next week's options at that time were shown
    a = message.index(said)
    day_and_clock = _t(said, (a, a + len(said)), [start], 1)
    picked = conv.pick(message, [day_and_clock], AT_SEVEN, mentioned=[day_and_clock])
    assert picked is not None and picked.rank == rank
    # at another time of that weekday it describes no option shown
    other = day_and_clock.model_copy(
        update={
            "intervals": [
                Span(start=s.start - timedelta(hours=2), end=s.end - timedelta(hours=2))
                for s in day_and_clock.intervals
            ]
        }
    )
    assert conv.pick(message, [other], AT_SEVEN, mentioned=[other]) is None


@pytest.mark.parametrize(
    "message", ["6pm if thats there", "k 7pm then", "7pm works if you have one"]
)
def test_conversation_picks_a_clock_the_turn_asks_for_is_a_wish(message: str) -> None:
    # labelled a wish (not context), a clock time said alone picks nothing
    clock = "18:00" if message.startswith("6") else "19:00"
    at = message.index("pm") - 1
    wish = _every_day_at(clock, message[at : at + 3], (at, at + 3), id="c1")
    assert conv.pick(message, [wish], AT_SEVEN, mentioned=[]) is None


def test_conversation_picks_an_ordinal_beside_a_named_number_still_picks() -> None:
    # "the 3" (read as the 3rd of the month) is only named: "the first" is the option
    three = _t("the 3", (7, 12), ["2026-12-03T00:00"], 24)
    message = "any of the 3 is fine, give me the first"
    picked = conv.pick(message, [three], AT_SEVEN, mentioned=[three])
    assert picked is not None and picked.rank == 1
    # said as a wish, the 3rd makes "the first" a date again
    assert conv.pick(message, [three], AT_SEVEN, mentioned=[]) is None


@pytest.mark.parametrize(
    ("message", "date"),
    [
        (
            "can we move that to wednesday the 3rd in the morning",
            "wednesday the 3rd in the morning",
        ),
        ("Friday 2nd then", "Friday 2nd"),
    ],
)
def test_conversation_picks_an_ordinal_inside_a_date_asked_for_picks_nothing(
    message: str, date: str
) -> None:
    # "the 3rd" in a date the turn asks for is that date, not the third option shown
    at = message.index(date)
    day = "2026-12-03" if "3rd" in date else "2026-12-02"
    wish = _t(date, (at, at + len(date)), [f"{day}T08:00"], 4, id="c1")
    assert conv.pick(message, [wish], AT_SEVEN, mentioned=[]) is None
    # named only, to point at an option ("the 2nd" as a mention), it still picks
    picked = conv.pick(message, [wish], AT_SEVEN, mentioned=[wish])
    assert picked is not None and picked.rank in {2, 3}


def test_conversation_picks_a_first_choice_among_the_turns_wishes_picks_nothing() -> None:
    # "sat morning first choice, mon if not": the customer orders their own wishes
    # (the option shown first is on Tuesday evening, the day put first)
    message = "tue evening first choice, wed if not"
    tue = _t("tue evening", (0, 11), ["2026-12-01T17:00"], 4, id="c1")
    wed = _t("wed", (26, 29), ["2026-12-02T00:00"], 24, id="c2")
    soft = [c.model_copy(update={"kind": "prefer", "strength": "soft"}) for c in (tue, wed)]
    assert conv.pick(message, soft, AT_SEVEN, mentioned=[]) is None
    # with no wish of its own, "first choice" is the option shown first
    picked = conv.pick("the first choice pls", [], AT_SEVEN, mentioned=[])
    assert picked is not None and picked.rank == 1


@pytest.mark.parametrize(
    ("intent", "nothing"), [("cancel", True), ("book", False), ("reschedule", False)]
)
def test_conversation_picks_nothing_on_a_cancellation(intent: str, nothing: bool) -> None:
    assert picks_nothing(intent) is nothing


@pytest.mark.parametrize(
    ("dropped", "order"),
    [
        # "same time thursday" after "wed" (turn 1) and "wed at 7" (turn 2)
        ([(1, "replaced"), (2, "replaced")], [1, 0]),
        # "Monday 28th is fine after all": the 30th it replaces before the 28th it lifts
        ([(3, "lifted"), (3, "replaced")], [1, 0]),
        # "not luis, put me w dana thurs": what it takes back in words first
        ([(1, "replaced"), (1, "retracted")], [1, 0]),
        # two wishes of one turn: in the order the turn replaced them
        ([(1, "replaced"), (1, "replaced")], [0, 1]),
    ],
)
def test_conversation_picks_references_latest_replaced_first(
    dropped: list[tuple[int, str]], order: list[int]
) -> None:
    assert latest_first(dropped) == order


ASKED = ("can i come in at 3pm next week", "book", [span_label("at 3pm"), span_label("next week")])


@pytest.mark.parametrize(
    ("message", "spans", "rank"),
    [
        ("3pm one!", [span_label("3pm", "context")], 1),
        ("the tues one pls", [span_label("tues", "context")], 2),
        ("ok that Tuesday slot", [span_label("Tuesday", "context")], 2),
        ("ok cool ill take the wed one", [], 3),  # "wed" unplaced by grounding
        ("tuesday?? yes 3 pls", [span_label("tuesday", "context"), span_label("3", "context")], 2),
    ],
)
def test_conversation_picks_in_a_session(
    message: str, spans: list[dict[str, Any]], rank: int
) -> None:
    # shown after the first turn: Monday, Tuesday and Wednesday next week at 3pm
    out = replayed([ASKED, (message, "book", spans)])
    assert [r.get("shown_rank") for r in out[1]["refers_to"]] == [rank]
    assert out[1]["goal"] == "book"


@pytest.mark.parametrize(
    "message", ["ok cancel that, ill call first", "cancel the first one, sorry"]
)
def test_conversation_picks_none_when_the_turn_cancels(message: str) -> None:
    out = replayed([ASKED, (message, "cancel", [])])
    assert out[1]["goal"] == "cancel" and out[1]["refers_to"] == []
    assert out[1]["cancels"]["turn"] == 1


def test_conversation_picks_a_wish_asked_after_options_is_no_pick() -> None:
    out = replayed(
        [ASKED, ("3pm if theres one", "book", [span_label("3pm", "prefer", strength="soft")])]
    )
    assert out[1]["refers_to"] == []


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("hmm 45 mins is enough for first time", None),
        ("it's for the first time so go easy", None),
        ("the first time works", 1),
    ],
)
def test_conversation_picks_a_first_visit_is_no_pick(message: str, rank: int | None) -> None:
    picked = conv.pick(message, [], AT_SEVEN)
    assert (picked.rank if picked else None) == rank


# shown: Tuesday 1 December 2026 at 8, 9 and 10 in the morning, then Wednesday at 9
MORNING = _shown("2026-12-01T08:00", "2026-12-01T09:00", "2026-12-01T10:00", "2026-12-02T09:00")


@pytest.mark.parametrize(
    ("word", "rank"),
    [("9", 2), ("10:00", 3), ("the 8", 1), ("wed", 4), ("tues", 1), ("11", None), ("fri", None)],
)
def test_conversation_picks_words_grounding_left_unplaced_name_a_shown_option(
    word: str, rank: int | None
) -> None:
    # "9 works", "ok cool ill take the wed one": grounding places neither without context
    picked = unplaced([(word, (0, len(word)), "needs_context")], MORNING)
    assert (picked.rank if picked else None) == rank


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("9 please, 8 is a bit early for them", 2),
        ("8 is way too early, 9 works", 2),
        ("10 is a little late for us, 9 pls", 2),
        ("the 9 doesnt work, 10 then", 3),
        ("10 pls, 8 is no good", 3),
    ],
)
def test_conversation_picks_a_number_turned_down_is_not_the_pick(message: str, rank: int) -> None:
    # two hours said, one of them turned down ("8 is a bit early"): the other is taken,
    # whichever grounding lists first
    said = [(m.group(), m.span(), "needs_context") for m in re.finditer(r"\b\d{1,2}\b", message)]
    picked = unplaced(list(reversed(said)), MORNING, message)
    assert (picked.rank if picked else None) == rank


# shown: Thursday 1 April 2027 at noon, 11:45 and 12:15
NOON = _shown("2027-04-01T12:00", "2027-04-01T11:45", "2027-04-01T12:15")


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("12.15 one", 3),  # grounding reads "12.15" as no time (a date in MDY)
        ("the 11.45 pls", 2),
        ("ok 12:15 works", 3),
        ("the 12.30 one", None),  # shown at no such time
        ("is it $12.15?", None),  # a price
        ("ref 112.15", None),
    ],
)
def test_conversation_picks_a_clock_with_minutes_grounding_left_names_a_shown_option(
    message: str, rank: int | None
) -> None:
    picked = unplaced([], NOON, message)
    assert (picked.rank if picked else None) == rank
    if picked is not None:
        assert message[picked.span[0] : picked.span[1]] in {"12.15", "11.45", "12:15"}


def test_conversation_picks_unplaced_words_of_another_kind_name_nothing() -> None:
    assert unplaced([("the week after", (0, 14), "no_antecedent")], MORNING) is None


def test_conversation_picks_a_day_then_one_is_the_option_not_one_oclock() -> None:
    # "thu one": grounding reads the pronoun as Thursday at 1pm; Thursday 7pm was shown
    thu_one = _t("thu one", (0, 7), ["2026-12-03T13:00"], 1)
    assert described([thu_one], AT_SEVEN) == 2
    picked = conv.pick("thu one", [thu_one], AT_SEVEN, mentioned=[thu_one])
    assert picked is not None and picked.rank == 3


@pytest.mark.parametrize(
    ("message", "said", "read_at", "rank"),
    [
        # grounding reads each as the day this week at 1pm; next week's were shown
        ("Wednesday one", "Wednesday one", "2026-11-25T13:00", 2),
        ("the saturday one pls", "saturday one", "2026-11-28T13:00", None),
        ("Tuesday's one", "Tuesday's one", "2026-11-24T13:00", 1),
        ("ok the weds one", "weds one", "2026-11-25T13:00", 2),
        ("thursday one then", "thursday one", "2026-11-26T13:00", 3),
    ],
)
def test_conversation_picks_a_weekday_then_one_is_that_days_option_in_the_weeks_shown(
    message: str, said: str, read_at: str, rank: int | None
) -> None:
    a = message.index(said)
    one = _t(said, (a, a + len(said)), [read_at], 1)
    picked = conv.pick(message, [one], AT_SEVEN, mentioned=[one])
    assert (picked.rank if picked else None) == rank


def test_conversation_picks_a_number_read_as_a_date_names_the_clock_shown() -> None:
    # "the 11 works" read as the 11th, which holds no option; 11:00 was shown
    shown = _shown("2026-12-01T10:45", "2026-12-01T11:00", "2026-12-01T11:15")
    the_11 = _t("the 11", (0, 6), ["2026-12-11T00:00"], 24)
    picked = conv.pick("the 11 works", [the_11], shown, mentioned=[the_11])
    assert picked is not None and picked.rank == 2


@pytest.mark.parametrize(("message", "rank"), [("2nd wan please", 2), ("the first wan's grand", 1)])
def test_conversation_picks_wan_is_one(message: str, rank: int) -> None:
    # Irish English "wan": "the second one"
    picked = conv.pick(message, [], AT_SEVEN)
    assert picked is not None and picked.rank == rank


def test_conversation_picks_the_earliest_of_the_day_the_turn_names() -> None:
    # "tuesday's fine, the earliest one": Monday 9:00, Tuesday 10:00, Tuesday 9:30 shown
    shown = _shown("2026-11-30T09:00", "2026-12-01T10:00", "2026-12-01T09:30")
    tuesday = _t("tuesday", (0, 7), ["2026-12-01T00:00"], 24)
    picked = conv.pick("tuesday's fine, the earliest one", [tuesday], shown)
    assert picked is not None and picked.rank == 3
    # read as the Tuesday a week before the one shown, it is still that one
    early = _t("tuesday", (0, 7), ["2026-11-24T00:00"], 24)
    picked = conv.pick("tuesday's fine, the earliest one", [early], shown)
    assert picked is not None and picked.rank == 3
    # a day that holds no option shown: a wish, no pick
    friday = _t("friday", (0, 6), ["2026-12-04T00:00"], 24)
    assert conv.pick("friday, the earliest one", [friday], shown) is None


def test_conversation_picks_at_one_is_one_oclock() -> None:
    # "at one" is a clock: no option starts at 1pm, so none is described
    at_one = _t("at one", (0, 6), ["2026-12-03T13:00"], 1)
    assert described([at_one], AT_SEVEN) is None


@pytest.mark.parametrize(
    "message", ["sunday afternoon ideally, by 5 at the latest", "ok whats the latest sunday then"]
)
def test_conversation_picks_the_latest_of_a_limit_is_no_pick(message: str) -> None:
    # "at the latest" bounds a wish; "whats the latest" asks: neither names an option
    at = message.lower().index("sunday")
    sunday = _t("sunday", (at, at + 6), ["2026-12-06T00:00"], 24)
    shown = _shown("2026-12-06T13:00", "2026-12-06T14:00")
    assert conv.pick(message, [sunday], shown) is None


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("earliest one", 3),
        ("great, earliest one then", 3),
        ("latest one pls", 2),
        ("the soonest option", 3),
        # an ask, not an option: no pick
        ("earliest u got", None),
        ("earliest pls", None),
        ("what's the earliest you have", None),
    ],
)
def test_conversation_picks_earliest_one_without_the(message: str, rank: int | None) -> None:
    # as "2nd one" names the second option, "earliest one" names the earliest shown
    shown = _shown("2026-11-30T09:00", "2026-12-01T10:00", "2026-11-30T08:30")
    picked = conv.pick(message, [], shown)
    assert (picked.rank if picked else None) == rank


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("The later one, please.", 2),
        ("the later one", 2),
        ("ok the later one then!", 2),
        ("earlier one", 3),
        ("The earlier one please.", 3),
        ("sorry no actually the earlier one, just remembered im out in the afternoon", 3),
        ("I see two. I choose the later.", 2),
        ("that later one pls", 2),
        ("Actually — the earlier one would be better, sorry", 3),
        # a wish or a question, not an option: no pick
        ("anything later?", None),
        ("the later the better tbh", None),
        ("can we do later that day", None),
        ("is the earlier appointment still on", None),
        ("see you later", None),
    ],
)
def test_conversation_picks_the_later_or_earlier_one(message: str, rank: int | None) -> None:
    # the comparative picks as the superlative does: of the options shown, the one that
    # starts last ("the later one") or first ("the earlier one")
    shown = _shown("2026-11-30T09:00", "2026-12-01T10:00", "2026-11-30T08:30")
    picked = conv.pick(message, [], shown)
    assert (picked.rank if picked else None) == rank


def test_conversation_picks_the_later_one_through_a_session() -> None:
    results = replayed(
        [
            ("anything wednesday afternoon?", "availability", [span_label("wednesday afternoon")]),
            ("the later one please", "book", []),
        ]
    )
    shown = [str(p["start"])[:16] for p in results[0]["proposals"]]
    picked = results[1]["refers_to"][0]
    assert str(picked["proposal"]["start"])[:16] == max(shown)


@pytest.mark.parametrize(
    "message",
    [
        "ok great, the one with Jade please",
        "I will choose the one with Jade, she speaks French",
        "the one w jade",
        "that one with Jade pls",
    ],
)
def test_conversation_picks_the_one_with_a_provider_whatever_its_label(message: str) -> None:
    # "the one with Jade" points at Jade's option shown (Kim's 8:00 and 9:00, then Jade's
    # 10:00), also where the reader reads Jade as a wish: she is no wish of her own, and
    # the choice left open still holds
    salon = [open_hours("jade", "Jade", opens="10:00"), open_hours("kim", "Kim")]
    name = "Jade" if "Jade" in message else "jade"
    out = replayed(
        [
            (
                "thursday morning with whoever is free",
                "book",
                [span_label("thursday morning"), span_label("whoever", type="resource")],
            ),
            (message, "book", [span_label(name, type="resource")]),
        ],
        resources=salon,
    )
    assert [p["resource"] for p in out[0]["proposals"]] == ["kim", "kim", "jade"]
    assert [r.get("shown_rank") for r in out[1]["refers_to"]] == [3]
    held = [c["text"] for c in out[1]["constraints"] if c.get("source") == "message"]
    assert held == ["thursday morning", "whoever is free"]
