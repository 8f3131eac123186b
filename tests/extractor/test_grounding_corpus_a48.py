"""The A48 corpus is the test: days counted from a named event dated elsewhere in the
message, a visit's length said as a bare number of minutes, and Malay time words."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_a48 as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found, mention


@pytest.mark.parametrize("case", g.EVENT_COUNTS, ids=[s for _, s, *_ in g.EVENT_COUNTS])
def test_a48_days_counted_from_a_named_event(case: tuple[str, str, str, str]) -> None:
    text, said, day, event_date = case
    mentions = ground(text, REF, NY)
    by_text = {m.text: m for m in mentions}
    assert said in by_text and event_date in by_text, list(by_text)
    m = by_text[said]
    assert m.reading is not None
    assert m.reading.intervals[0][0].date().isoformat() == day
    assert m.refers_to is not None and mentions[m.refers_to].text == event_date
    # the event's own date stays its own mention, read as said
    assert by_text[event_date].reading is not None


@pytest.mark.parametrize("case", g.EVENT_COUNT_BOUNDS, ids=[s for _, s, *_ in g.EVENT_COUNT_BOUNDS])
def test_a48_at_least_a_count_from_the_event_is_a_bound(case: tuple[str, str, str, str]) -> None:
    text, said, bound, day = case
    m = mention(text, said)
    assert m.bound == bound and m.reading is not None
    start, end = m.reading.intervals[0] if bound == "after" else m.reading.intervals[-1]
    assert (start if bound == "after" else end).date().isoformat() == day


@pytest.mark.parametrize("case", g.EVENT_POD_KEPT, ids=[m for m, _ in g.EVENT_POD_KEPT])
def test_a48_part_of_the_day_before_an_undated_event_stays(case: tuple[str, str]) -> None:
    text, said = case
    assert said in found(text), list(found(text))


@pytest.mark.parametrize("case", g.EVENT_COUNTS_KEPT, ids=[m for m, *_ in g.EVENT_COUNTS_KEPT])
def test_a48_counts_from_a_date_stay(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = mention(text, said)
    assert m.reading is not None and m.reading.intervals[0][0].date().isoformat() == day


@pytest.mark.parametrize("text", g.EVENT_NO_DATE)
def test_a48_no_count_without_the_events_date(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "event_count" in m.rule] == []


@pytest.mark.parametrize("case", g.BARE_LENGTHS, ids=[m for m, *_ in g.BARE_LENGTHS])
def test_a48_bare_number_of_minutes_is_the_length(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    got = found(text)
    assert said in got, list(got)
    assert got[said].duration_minutes == minutes


@pytest.mark.parametrize("text", g.NOT_BARE_LENGTHS)
def test_a48_other_numbers_are_no_length(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "bare_length" in m.rule] == []


@pytest.mark.parametrize("case", g.BARE_LENGTH_KEEPS, ids=[m for m, _ in g.BARE_LENGTH_KEEPS])
def test_a48_bare_length_keeps_its_neighbours(case: tuple[str, str]) -> None:
    text, said = case
    got = found(text)
    assert said in got and len([m for m in got.values() if m.duration_minutes]) == 1, list(got)


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


@pytest.mark.parametrize("case", g.MALAY, ids=[m for m, *_ in g.MALAY])
def test_a48_malay_time_words(case: tuple[str, str, str, str, str]) -> None:
    text, said, bound, day, clock = case
    ref, zone = g.KL
    m = mention(text, said, ref, zone)
    assert (m.bound or "") == bound and m.reading is not None
    start, end = m.reading.intervals[0]
    edge = end if bound == "before" else start
    assert edge.date().isoformat() == day
    assert abs(edge.hour * 60 + edge.minute - _minutes(clock)) <= g.MINUTES_OFF, edge


@pytest.mark.parametrize("text", g.NOT_MALAY_TIMES)
def test_a48_malay_words_that_are_no_time(text: str) -> None:
    ref, zone = g.KL
    assert [m.text for m in ground(text, ref, zone)] == []
