"""The G20a corpus is the test: "later this month" is the rest of the month, "sat mrng" a
morning, choices offered in so many words are either, a bound of no day "or" a day is
either, a weekday whose nearest day is ruled out is the next one, "between now and
Friday" is a deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from slotwise.extractor.grounding import TimeMention, ground
from slotwise.extractor.grounding.coordination import alternatives, coordinated, names_a_day

from tests.extractor import grounding_corpus_g20a as g20
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found, mention


def _days(m: TimeMention) -> tuple[str, str]:
    """The first and the last day of a reading (its end is the midnight after the last)."""
    assert m.reading is not None
    first, end = m.reading.intervals[0][0], m.reading.intervals[-1][1]
    return first.strftime("%m-%d"), (end - timedelta(minutes=1)).strftime("%m-%d")


def _either(text: str, a: str, b: str) -> bool:
    """The mentions `a` and `b` are found side by side and offered as either."""
    ms = ground(text, REF, NY)
    words = [m.text for m in ms]
    assert a in words and b in words, words
    i, j = words.index(a), words.index(b)
    assert j == i + 1, words
    return coordinated(text, ms[i].span, ms[j].span) or alternatives(text, ms[i], ms[j])


@pytest.mark.parametrize("case", g20.LATER_THIS_MONTH, ids=[m for m, *_ in g20.LATER_THIS_MONTH])
def test_g20a_later_this_month_is_the_rest_of_it(case: tuple[str, str, str, str]) -> None:
    text, said, first, last = case
    assert _days(mention(text, said)) == (first, last)


@pytest.mark.parametrize("case", g20.MONTH_PARTS_KEPT, ids=[m for m, *_ in g20.MONTH_PARTS_KEPT])
def test_g20a_other_parts_of_the_month_keep_theirs(case: tuple[str, str, str, str]) -> None:
    text, said, first, last = case
    assert _days(mention(text, said)) == (first, last)


@pytest.mark.parametrize("case", g20.TEXTED_PARTS, ids=[m for m, *_ in g20.TEXTED_PARTS])
def test_g20a_texted_part_of_the_day(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d %H:%M") == start


@pytest.mark.parametrize("case", g20.GREETINGS, ids=[m for m, _ in g20.GREETINGS])
def test_g20a_texted_greeting_is_no_time(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    assert tuple(found(text)) == words


@pytest.mark.parametrize("case", g20.OFFERED_CHOICES, ids=[m for m, *_ in g20.OFFERED_CHOICES])
def test_g20a_offered_choices_are_either(case: tuple[str, str, str]) -> None:
    assert _either(*case)


@pytest.mark.parametrize("case", g20.NOT_OFFERED, ids=[m for m, *_ in g20.NOT_OFFERED])
def test_g20a_a_time_of_the_day_before_is_no_choice(case: tuple[str, str, str]) -> None:
    assert not _either(*case)


@pytest.mark.parametrize("case", g20.BOUND_OR_DAY, ids=[m for m, *_ in g20.BOUND_OR_DAY])
def test_g20a_bound_of_no_day_or_a_day_is_either(case: tuple[str, str, str]) -> None:
    text, bound, day = case
    assert not names_a_day(found(text)[bound])
    assert _either(text, bound, day)


@pytest.mark.parametrize("case", g20.BOUND_WITH_DAY, ids=[m for m, _ in g20.BOUND_WITH_DAY])
def test_g20a_bound_with_its_own_day_names_one(case: tuple[str, str]) -> None:
    text, bound = case
    assert names_a_day(found(text)[bound])


@pytest.mark.parametrize("case", g20.RULED_OUT_WEEKDAY, ids=[m for m, *_ in g20.RULED_OUT_WEEKDAY])
def test_g20a_weekday_ruled_out_is_a_week_on(case: tuple[str, str, str, str]) -> None:
    text, said, day, ruled_out = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day
    assert m.alternatives and m.alternatives[0].intervals[0][0].strftime("%m-%d") == ruled_out


@pytest.mark.parametrize("case", g20.WEEKDAY_KEPT, ids=[m for m, *_ in g20.WEEKDAY_KEPT])
def test_g20a_weekday_not_ruled_out_keeps_its_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("case", g20.NOW_UNTIL, ids=[m for m, *_ in g20.NOW_UNTIL])
def test_g20a_between_now_and_a_day_is_a_deadline(case: tuple[str, str, str]) -> None:
    text, said, label = case
    m = mention(text, said)
    assert m.bound == "before"
    assert m.reading is not None and m.reading.label == label


@pytest.mark.parametrize("case", g20.NOT_NOW_UNTIL, ids=[m for m, _ in g20.NOT_NOW_UNTIL])
def test_g20a_between_without_now_keeps_its_reading(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    assert tuple(found(text)) == words
    assert all(m.bound != "before" for m in found(text).values())


@pytest.mark.parametrize("case", g20.WEEKDAY_COUNTS, ids=[m for m, *_ in g20.WEEKDAY_COUNTS])
def test_g20a_a_count_of_weekdays_is_no_clock(case: tuple[str, str, str]) -> None:
    text, said, symbolic = case
    assert mention(text, said).symbolic == symbolic


@pytest.mark.parametrize("case", g20.WEEKDAY_CLOCKS, ids=[m for m, *_ in g20.WEEKDAY_CLOCKS])
def test_g20a_a_number_beside_a_weekday_is_still_a_clock(case: tuple[str, str, str]) -> None:
    text, said, symbolic = case
    assert mention(text, said).symbolic == symbolic


@pytest.mark.parametrize("case", g20.HOUSE_MOVES, ids=[m for m, *_ in g20.HOUSE_MOVES])
def test_g20a_a_house_move_keeps_the_range(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d %H:%M") == start
    assert m.reading.intervals[0][1].strftime("%H:%M") == end


@pytest.mark.parametrize("case", g20.BOOKING_MOVES, ids=[m for m, _ in g20.BOOKING_MOVES])
def test_g20a_moving_a_booking_still_names_two_times(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    assert tuple(found(text)) == words


@pytest.mark.parametrize(
    "case", g20.ANY_WEEKDAY_BEFORE_THEN, ids=[m for m, *_ in g20.ANY_WEEKDAY_BEFORE_THEN]
)
def test_g20a_any_weekday_before_then_is_a_set_and_a_bound(case: tuple[str, str, str]) -> None:
    text, days, bound = case
    assert mention(text, days).symbolic.startswith("every=")
    b = mention(text, " ".join(bound.split()[:1]) + " then")
    assert b.reading is not None and b.reading.label == bound


@pytest.mark.parametrize(
    "case", g20.ONE_WEEKDAY_BEFORE, ids=[m for m, *_ in g20.ONE_WEEKDAY_BEFORE]
)
def test_g20a_the_weekday_before_then_is_one_day(case: tuple[str, str, str]) -> None:
    text, said, label = case
    m = mention(text, said)
    assert m.reading is not None and m.reading.label == label


@pytest.mark.parametrize(
    "case",
    g20.EDGE_BEFORE_DAY + g20.EDGE_KEPT,
    ids=[m for m, *_ in g20.EDGE_BEFORE_DAY + g20.EDGE_KEPT],
)
def test_g20a_an_edge_before_the_day_is_the_parts(case: tuple[str, str, str]) -> None:
    text, said, label = case
    m = mention(text, said)
    assert m.reading is not None and m.reading.label == label


@pytest.mark.parametrize(
    "case",
    g20.DAY_ENDS_SAID + g20.DAY_ENDS_KEPT,
    ids=[m for m, *_ in g20.DAY_ENDS_SAID + g20.DAY_ENDS_KEPT],
)
def test_g20a_coming_home_leaves_the_time_after_free(case: tuple[str, str, str]) -> None:
    text, said, label = case
    m = mention(text, said)
    assert m.reading is not None and m.reading.label == label
