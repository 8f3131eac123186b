"""The G49 language corpus is the test: Welsh ("dydd Mercher", "bore fory", "ar ôl 10")
and Tagalog ("ngayong gabi", "gabi", "susunod na Saturday", "alas dos") time words, and
the English words, names and greetings that look like them."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g49_lang as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import mention

_FMT = "%a %d %H:%M"


def _first(m: TimeMention) -> tuple[str, str]:
    assert m.reading is not None and m.reading.intervals
    start, end = m.reading.intervals[0]
    return start.strftime(_FMT), end.strftime(_FMT)


@pytest.mark.parametrize("case", g.WELSH, ids=[f"{m}|{s}" for m, s, *_ in g.WELSH])
def test_g49_welsh_time_words_read(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = mention(text, said)
    assert m.bound is None
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.WELSH_BOUNDS, ids=[f"{m}|{s}" for m, s, *_ in g.WELSH_BOUNDS])
def test_g49_welsh_bounds_before_an_hour(case: tuple[str, str, str, str, str]) -> None:
    text, said, bound, start, end = case
    m = mention(text, said)
    assert m.bound == bound
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.WELSH_NEGATED, ids=[m for m, _ in g.WELSH_NEGATED])
def test_g49_welsh_day_ruled_out(case: tuple[str, str]) -> None:
    text, said = case
    assert mention(text, said).negated


@pytest.mark.parametrize("text", g.NOT_WELSH)
def test_g49_no_welsh_reading_in_english(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "welsh" in m.rule] == []


@pytest.mark.parametrize("case", g.TAGALOG, ids=[f"{m}|{s}" for m, s, *_ in g.TAGALOG])
def test_g49_tagalog_time_words_read(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = mention(text, said)
    assert m.bound is None
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.TAGALOG_UNTIL, ids=[m for m, *_ in g.TAGALOG_UNTIL])
def test_g49_tagalog_until_an_hour(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = mention(text, said)
    assert m.bound == "before"
    assert _first(m) == (start, end)


@pytest.mark.parametrize("text", g.NOT_TAGALOG)
def test_g49_names_and_weeks_stay_no_tagalog_time(text: str) -> None:
    got = [m.text for m in ground(text, REF, NY) if "tagalog" in m.rule]
    assert got == []
    assert [m.text for m in ground(text, REF, NY) if "gabi" in m.text.lower()] == []


@pytest.mark.parametrize("text", g.GREETINGS)
def test_g49_tagalog_greetings_are_no_time(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []


@pytest.mark.parametrize("text", g.NOT_WARNED)
def test_g49_tagalog_words_read_are_not_warned_of(text: str) -> None:
    assert [u.text for u in unread(text) if u.reason == "romanised"] == []


@pytest.mark.parametrize("case", g.NEXT_NEXT, ids=[m for m, *_ in g.NEXT_NEXT])
def test_g49_next_next(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("case", g.WEAK_DAY_PARTICLE, ids=[m for m, *_ in g.WEAK_DAY_PARTICLE])
def test_g49_weak_weekday_before_a_particle(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("text", g.NOT_WEAK_DAY_PARTICLE)
def test_g49_weak_weekday_words_stay_words(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []
