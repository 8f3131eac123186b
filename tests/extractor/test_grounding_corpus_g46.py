"""The G46 corpus is the test: lengths said as hours and bare minutes or "and half", the
days of regional Englishes, events named with their clocks after a bound, visits "by" a
rough clock, and bounds or ranges a longer sentence used to lose."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g46 as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found, mention


@pytest.mark.parametrize("case", g.LENGTHS, ids=[m for m, *_ in g.LENGTHS])
def test_g46_hours_and_minutes_are_one_length(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    all_found = found(text)
    assert said in all_found, list(all_found)
    assert all_found[said].duration_minutes == minutes


@pytest.mark.parametrize("case", g.LENGTHS_KEPT, ids=[m for m, *_ in g.LENGTHS_KEPT])
def test_g46_other_lengths_and_clocks_stay(case: tuple[str, str, int | None]) -> None:
    text, said, minutes = case
    all_found = found(text)
    assert said in all_found, list(all_found)
    assert all_found[said].duration_minutes == minutes


@pytest.mark.parametrize("case", g.DAYS + g.DAYS_KEPT, ids=[m for m, *_ in g.DAYS + g.DAYS_KEPT])
def test_g46_regional_day_words(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].date().isoformat() == day


@pytest.mark.parametrize("case", g.EVENT_BOUNDS, ids=[f"{m}|{s}" for m, s, *_ in g.EVENT_BOUNDS])
def test_g46_bound_at_the_events_clock(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    m = mention(text, said)
    assert m.bound == bound and m.reading is not None
    start, end = m.reading.intervals[0]
    assert (end if bound == "before" else start).strftime("%H:%M") == clock


@pytest.mark.parametrize(
    "case", g.BRACKETED_RANGES + g.RANGES, ids=[m for m, *_ in g.BRACKETED_RANGES + g.RANGES]
)
def test_g46_range_of_two_clocks(case: tuple[str, str, str, str]) -> None:
    text, said, lo, hi = case
    m = mention(text, said)
    assert m.bound is None and m.reading is not None
    start, end = m.reading.intervals[0]
    assert (start.strftime("%H:%M"), end.strftime("%H:%M")) == (lo, hi)


@pytest.mark.parametrize("case", g.VISITS, ids=[m for m, *_ in g.VISITS])
def test_g46_visit_by_a_rough_clock_is_no_deadline(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.bound is None and m.reading is not None
    assert m.reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g.DEADLINES_KEPT, ids=[m for m, _ in g.DEADLINES_KEPT])
def test_g46_deadline_by_a_clock_stays(case: tuple[str, str]) -> None:
    text, said = case
    assert mention(text, said).bound == "before"


@pytest.mark.parametrize("case", g.CLAUSE_BOUNDS, ids=[m for m, *_ in g.CLAUSE_BOUNDS])
def test_g46_bound_word_before_a_clause_that_goes_on(case: tuple[str, str, str]) -> None:
    text, said, bound = case
    assert mention(text, said).bound == bound


@pytest.mark.parametrize("text", g.NOT_EVENT_BOUNDS)
def test_g46_no_event_bound_without_its_words(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.bound is not None] == []
