"""The G49 corpus is the test: Spanish lists of days with a shared time, days and bounds
ruled out by the words after them, "entre las 10 y las 12", "el domingo", "hora de
Chicago", "después de las 5 de la tarde", Spanish "whichever is earlier", more day words,
and Swahili hours."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g49 as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found, mention

_FMT = "%a %d %H:%M"


def _first(m: TimeMention) -> tuple[str, str]:
    assert m.reading is not None and m.reading.intervals
    start, end = m.reading.intervals[0]
    return start.strftime(_FMT), end.strftime(_FMT)


def _days(intervals: list[tuple]) -> set[str]:
    return {start.strftime("%a %d") for start, _ in intervals}


@pytest.mark.parametrize("case", g.ROMANCE_LIST, ids=[m for m, *_ in g.ROMANCE_LIST])
def test_g49_time_after_a_romance_list_is_said_of_each_day(
    case: tuple[str, str, tuple[str, ...], str, str],
) -> None:
    text, said, days, start, end = case
    m = mention(text, said)
    assert m.reading is not None
    assert _days(m.reading.intervals) == set(days)
    assert _first(m) == (start, end)
    # the last day alone is the other reading
    assert m.alternatives and _days(m.alternatives[0].intervals) == {days[-1]}


@pytest.mark.parametrize("case", g.NEG_AFTER, ids=[m for m, *_ in g.NEG_AFTER])
def test_g49_ruled_out_by_the_words_after(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = mention(text, said)
    assert m.negated and m.bound is None
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.NEG_AFTER_BOUND, ids=[m for m, *_ in g.NEG_AFTER_BOUND])
def test_g49_bound_ruled_out_after_keeps_its_direction(
    case: tuple[str, str, str, str, str],
) -> None:
    text, said, bound, start, end = case
    m = mention(text, said)
    assert m.negated and m.bound == bound
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.NEG_AFTER_LIST, ids=[m for m, _ in g.NEG_AFTER_LIST])
def test_g49_list_ruled_out_after_its_last_day(case: tuple[str, tuple[str, ...]]) -> None:
    text, days = case
    got = found(text)
    assert all(d in got and got[d].negated for d in days), {k: v.negated for k, v in got.items()}


@pytest.mark.parametrize("case", g.NOT_NEG_AFTER, ids=[m for m, _ in g.NOT_NEG_AFTER])
def test_g49_no_that_rules_nothing_out(case: tuple[str, str]) -> None:
    text, said = case
    assert not mention(text, said).negated


@pytest.mark.parametrize("case", g.BETWEEN_LAS, ids=[m for m, *_ in g.BETWEEN_LAS])
def test_g49_range_with_the_article_of_hours(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("case", g.DOMINGO, ids=[m for m, *_ in g.DOMINGO])
def test_g49_el_domingo_is_the_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _first(mention(text, said))[0].startswith(day)


@pytest.mark.parametrize("text", g.NOT_DOMINGO)
def test_g49_domingo_the_name_stays_a_name(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []


@pytest.mark.parametrize("case", g.HORA_DE, ids=[m for m, *_ in g.HORA_DE])
def test_g49_hora_de_a_place_is_its_zone(case: tuple[str, str, str, str]) -> None:
    text, said, zone, start = case
    m = mention(text, said)
    assert m.zone == zone
    assert _first(m)[0] == start


@pytest.mark.parametrize("text", g.NOT_HORA_DE)
def test_g49_hours_from_a_place_are_no_clock(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []


@pytest.mark.parametrize("case", g.BOUND_HALF, ids=[m for m, *_ in g.BOUND_HALF])
def test_g49_bound_takes_its_half_from_the_part_after(
    case: tuple[str, str, str, str, str],
) -> None:
    text, said, bound, start, end = case
    m = mention(text, said)
    assert m.bound == bound and not m.negated
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.BOUND_HALF_LENDS, ids=[m for m, *_ in g.BOUND_HALF_LENDS])
def test_g49_bound_with_its_half_lends_it_to_a_later_hour(case: tuple[str, str, str]) -> None:
    text, said, start = case
    assert _first(mention(text, said))[0] == start


@pytest.mark.parametrize("case", g.NOT_BOUND_HALF, ids=[m for m, _ in g.NOT_BOUND_HALF])
def test_g49_range_start_keeps_apart_from_the_part(case: tuple[str, str]) -> None:
    text, said = case
    assert said in found(text), list(found(text))


@pytest.mark.parametrize("case", g.SET_ASIDE, ids=[m for m, *_ in g.SET_ASIDE])
def test_g49_spanish_earliest_of_and_soonest_set_aside(case: tuple[str, str, str]) -> None:
    text, said, reason = case
    start = text.index(said)
    got = [(u.text, u.span, u.reason) for u in unread(text)]
    assert (said, (start, start + len(said)), reason) in got, got


@pytest.mark.parametrize("case", g.DAY_WORDS, ids=[m for m, *_ in g.DAY_WORDS])
def test_g49_more_spanish_day_words(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("case", g.WEEKDAYS, ids=[m for m, _ in g.WEEKDAYS])
def test_g49_spanish_weekdays_are_monday_to_friday(case: tuple[str, str]) -> None:
    text, said = case
    m = mention(text, said)
    assert m.reading is not None
    assert {start.weekday() for start, _ in m.reading.intervals} == {0, 1, 2, 3, 4}


@pytest.mark.parametrize("text", g.NOT_DAY_WORDS)
def test_g49_words_that_only_look_like_day_words(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.reading is not None] == []


@pytest.mark.parametrize("case", g.LENGTHS, ids=[m for m, *_ in g.LENGTHS])
def test_g49_lengths_in_the_diminutive(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    assert found(text)[said].duration_minutes == minutes


@pytest.mark.parametrize("case", g.SWAHILI_HOURS, ids=[m for m, *_ in g.SWAHILI_HOURS])
def test_g49_swahili_hours_count_from_six(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("text", g.NOT_SWAHILI_HOURS)
def test_g49_no_swahili_clock(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "swahili_clock" in m.rule] == []
