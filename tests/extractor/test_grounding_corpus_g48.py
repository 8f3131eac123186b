"""The G48 corpus is the test: the Spanish 24-hour clock ("18 hs", "después de las 19",
"tipo 18"), Rioplatense parts of the day, squashed day words, the hour about the sun's
time, and Japanese and Swahili romanised words read as rules."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from slotwise.extractor.grounding import TimeMention, ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g47 as g47
from tests.extractor import grounding_corpus_g48 as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found, mention

_FMT = "%a %d %H:%M"


def _first(m: TimeMention) -> tuple[str, str]:
    assert m.reading is not None and m.reading.intervals
    start, end = m.reading.intervals[0]
    return start.strftime(_FMT), end.strftime(_FMT)


def _minutes(t: datetime) -> int:
    return t.hour * 60 + t.minute


def _clock(hhmm: str) -> int:
    h, mi = hhmm.split(":")
    return int(h) * 60 + int(mi)


@pytest.mark.parametrize("case", g.CLOCK_HS, ids=[m for m, *_ in g.CLOCK_HS])
def test_g48_spanish_24_hour_clock(case: tuple[str, str, str | None, str, str]) -> None:
    text, said, bound, start, end = case
    m = mention(text, said)
    assert m.bound == bound
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.CLOCK_HS_ABOUT, ids=[m for m, *_ in g.CLOCK_HS_ABOUT])
def test_g48_about_a_spanish_clock(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = mention(text, said)
    assert m.bound is None
    assert _first(m) == (start, end)


@pytest.mark.parametrize("text", g.NOT_CLOCK_HS)
def test_g48_lengths_counts_and_prices_stay_no_clock(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "clock_hs" in m.rule] == []


@pytest.mark.parametrize("case", g.LENGTH_HS, ids=[m for m, *_ in g.LENGTH_HS])
def test_g48_a_length_in_hs(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    assert found(text)[said].duration_minutes == minutes


@pytest.mark.parametrize("case", g.WORD_MONTH_DATE, ids=[m for m, *_ in g.WORD_MONTH_DATE])
def test_g48_dates_with_month_names_that_are_words(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("text", g.NOT_WORD_MONTH_DATE)
def test_g48_month_names_that_are_words_stay_words(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.reading is not None] == []


@pytest.mark.parametrize("case", g.A_LA_PART, ids=[m for m, *_ in g.A_LA_PART])
def test_g48_rioplatense_part_of_the_day(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("case", g.SQUASHED, ids=[m for m, *_ in g.SQUASHED])
def test_g48_squashed_day_words(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("text", g.NOT_SQUASHED)
def test_g48_words_that_only_look_squashed_stay(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "squashed_day" in m.rule] == []


@pytest.mark.parametrize("case", g.SUN_ABOUT, ids=[m for m, *_ in g.SUN_ABOUT])
def test_g48_the_hour_about_the_suns_time(case: tuple[str, str, str, str]) -> None:
    text, said, place, clock = case
    ref, zone = g47.PLACES[place]
    m = mention(text, said, ref, zone)
    assert m.bound is None and m.reading is not None
    start, end = m.reading.intervals[0]
    assert end - start == timedelta(minutes=60)
    assert abs(_minutes(start) + 30 - _clock(clock)) <= g47.SUN_MINUTES_OFF


@pytest.mark.parametrize("case", g.SUN_AT, ids=[m for m, *_ in g.SUN_AT])
def test_g48_at_the_suns_time_stays_the_half_hour_from_it(case: tuple[str, str, str, str]) -> None:
    text, said, place, clock = case
    ref, zone = g47.PLACES[place]
    m = mention(text, said, ref, zone)
    assert m.reading is not None
    start, end = m.reading.intervals[0]
    assert end - start == timedelta(minutes=30)
    assert abs(_minutes(start) - _clock(clock)) <= g47.SUN_MINUTES_OFF


@pytest.mark.parametrize("case", g.ROMANISED, ids=[m for m, *_ in g.ROMANISED])
def test_g48_romanised_words_read(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    assert _first(mention(text, said)) == (start, end)


@pytest.mark.parametrize("text", g.NOT_ROMANISED)
def test_g48_no_romanised_reading_in_english(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.reading is not None] == []


@pytest.mark.parametrize("case", g.ROMANISED_WARNED, ids=[m for m, _ in g.ROMANISED_WARNED])
def test_g48_unread_romanised_words_still_warned_of(case: tuple[str, str]) -> None:
    text, said = case
    start = text.index(said)
    got = [(u.text, u.span, u.reason) for u in unread(text)]
    assert (said, (start, start + len(said)), "romanised") in got, got


@pytest.mark.parametrize("text", g.ROMANISED_NOT_WARNED)
def test_g48_words_read_are_not_warned_of(text: str) -> None:
    assert [u.text for u in unread(text) if u.reason == "romanised"] == []
