"""The G47 corpus is the test: the sun's times at the real clock, the appointment named by
its clock, the event named before its clock, a day ruled out by what fills it, romanised
"before" / "after", and romanised time words no rule reads set aside with their span."""

from __future__ import annotations

from datetime import datetime

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g47 as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found, mention


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _near(t: datetime, hhmm: str) -> bool:
    return abs(t.hour * 60 + t.minute - _minutes(hhmm)) <= g.SUN_MINUTES_OFF


@pytest.mark.parametrize("case", g.SUN_BOUNDS, ids=[m for m, *_ in g.SUN_BOUNDS])
def test_g47_bound_at_the_suns_time(case: tuple[str, str, str, str, str]) -> None:
    text, said, bound, clock, place = case
    ref, zone = g.PLACES[place]
    m = mention(text, said, ref, zone)
    assert m.bound == bound and m.reading is not None
    start, end = m.reading.intervals[0]
    edge = end if bound == "before" else start
    assert _near(edge, clock), (edge.strftime("%H:%M"), clock)
    assert "sun times" in m.reading.label


@pytest.mark.parametrize("case", g.SUN_POINTS, ids=[m for m, *_ in g.SUN_POINTS])
def test_g47_at_the_suns_time(case: tuple[str, str, str, str]) -> None:
    text, said, clock, place = case
    ref, zone = g.PLACES[place]
    m = mention(text, said, ref, zone)
    assert m.bound is None and m.reading is not None
    assert _near(m.reading.intervals[0][0], clock), m.reading.label


@pytest.mark.parametrize("case", g.SUN_KEPT, ids=[m for m, *_ in g.SUN_KEPT])
def test_g47_parts_of_the_day_stay(case: tuple[str, str, str]) -> None:
    text, said, symbol = case
    assert symbol in mention(text, said).symbolic


@pytest.mark.parametrize("text", g.NO_SUN)
def test_g47_no_sun_time_without_its_bound(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "sun=" in m.symbolic] == []


@pytest.mark.parametrize(
    "case",
    g.OWN_CLOCK + g.EVENT_THEN_CLOCK,
    ids=[f"{m}|{s}" for m, s, *_ in g.OWN_CLOCK + g.EVENT_THEN_CLOCK],
)
def test_g47_bound_at_the_appointments_clock(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    m = mention(text, said)
    assert m.bound == bound and m.reading is not None
    start, end = m.reading.intervals[0]
    assert (end if bound == "before" else start).strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g.OWN_CLOCK_ROUGH, ids=[m for m, *_ in g.OWN_CLOCK_ROUGH])
def test_g47_around_the_appointments_clock(case: tuple[str, str, str, str]) -> None:
    text, said, lo, hi = case
    m = mention(text, said)
    assert m.bound is None and m.reading is not None
    start, end = m.reading.intervals[0]
    assert (start.strftime("%H:%M"), end.strftime("%H:%M")) == (lo, hi)


@pytest.mark.parametrize("case", g.CLOCK_NOT_BOUND, ids=[m for m, _ in g.CLOCK_NOT_BOUND])
def test_g47_clock_said_apart_from_the_event_stays(case: tuple[str, str]) -> None:
    text, said = case
    assert said in found(text)
    assert [m.text for m in ground(text, REF, NY) if m.bound is not None] == []


@pytest.mark.parametrize("case", g.DAY_FILLED, ids=[m for m, _ in g.DAY_FILLED])
def test_g47_day_ruled_out_by_what_fills_it(case: tuple[str, str]) -> None:
    text, said = case
    assert mention(text, said).negated


@pytest.mark.parametrize("case", g.DAY_NOT_FILLED, ids=[m for m, _ in g.DAY_NOT_FILLED])
def test_g47_day_asked_of_or_a_length_stays(case: tuple[str, str]) -> None:
    text, said = case
    assert not mention(text, said).negated


@pytest.mark.parametrize(
    "case", g.ROMANISED_BOUNDS, ids=[f"{m}|{s}" for m, s, *_ in g.ROMANISED_BOUNDS]
)
def test_g47_romanised_before_and_after(case: tuple[str, str, str, str]) -> None:
    test_g47_bound_at_the_appointments_clock(case)


@pytest.mark.parametrize("text", g.ROMANISED_NOT_BOUNDS)
def test_g47_no_romanised_bound_in_english(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.bound is not None] == []


@pytest.mark.parametrize("case", g.ROMANISED_UNREAD, ids=[m for m, _ in g.ROMANISED_UNREAD])
def test_g47_romanised_words_no_rule_reads_are_warned_of(case: tuple[str, str]) -> None:
    text, said = case
    start = text.index(said)
    got = [(u.text, u.span, u.reason) for u in unread(text)]
    assert (said, (start, start + len(said)), "romanised") in got, got


@pytest.mark.parametrize("text", g.ROMANISED_NOT_UNREAD)
def test_g47_no_romanised_warning_for_words_read_or_english(text: str) -> None:
    assert [u.text for u in unread(text) if u.reason == "romanised"] == []
