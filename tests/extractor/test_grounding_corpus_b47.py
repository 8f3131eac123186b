"""The B47 corpus is the test: ranges of hours on the 24-hour clock, negated starts and
ends, bounds on the start said inside their own words, ranges after "put me in"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from slotwise.extractor.windows import bound_on_start

from tests.extractor import grounding_corpus_b47 as g
from tests.extractor.grounding_found import found, mention

_ONE_HOUR = timedelta(hours=1)


@pytest.mark.parametrize("case", g.H24_RANGES, ids=[m for m, *_ in g.H24_RANGES])
def test_b47_range_of_24_hour_hours(case: tuple[str, str, str, str]) -> None:
    text, said, lo, hi = case
    m = mention(text, said)
    assert m.bound is None and m.reading is not None
    start, end = m.reading.intervals[0]
    assert (start.strftime("%H:%M"), end.strftime("%H:%M")) == (lo, hi)


@pytest.mark.parametrize("case", g.H24_KEPT, ids=[m for m, _ in g.H24_KEPT])
def test_b47_numbers_that_are_no_range_of_hours(case: tuple[str, str]) -> None:
    text, words = case
    for m in found(text).values():
        assert "h24_range" not in m.rule, (m.text, m.rule)
        if words in m.text and m.reading is not None and m.reading.grain in ("hour", "minute"):
            assert m.reading.intervals[0][1] - m.reading.intervals[0][0] <= _ONE_HOUR, m.text


@pytest.mark.parametrize("case", g.NEGATED_EDGES, ids=[m for m, *_ in g.NEGATED_EDGES])
def test_b47_negated_start_or_end_turns_the_bound(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    m = mention(text, said)
    assert m.bound == bound and m.reading is not None
    edges = {(b if bound == "before" else a).strftime("%H:%M") for a, b in m.reading.intervals}
    assert clock in edges, edges


@pytest.mark.parametrize("case", g.NEGATED_EDGES_KEPT, ids=[m for m, *_ in g.NEGATED_EDGES_KEPT])
def test_b47_plain_bounds_stay(case: tuple[str, str, str]) -> None:
    text, said, bound = case
    assert mention(text, said).bound == bound


@pytest.mark.parametrize("case", g.START_BOUNDS, ids=[m for m, *_ in g.START_BOUNDS])
def test_b47_bound_on_the_start(case: tuple[str, str, bool]) -> None:
    text, said, on_start = case
    m = mention(text, said)
    assert bound_on_start(text, m.span) is on_start


@pytest.mark.parametrize("case", g.PUT_RANGES, ids=[m for m, *_ in g.PUT_RANGES])
def test_b47_range_after_put_me_in(case: tuple[str, str, str, str]) -> None:
    text, said, lo, hi = case
    m = mention(text, said)
    assert m.reading is not None
    start, end = m.reading.intervals[0]
    assert (start.strftime("%H:%M"), end.strftime("%H:%M")) == (lo, hi)


@pytest.mark.parametrize("case", g.PUT_MOVES, ids=[m for m, *_ in g.PUT_MOVES])
def test_b47_put_that_moves_keeps_two_times(case: tuple[str, str, str]) -> None:
    text, old, new = case
    all_found = found(text)
    assert old in all_found and new in all_found, list(all_found)


@pytest.mark.parametrize("case", g.WHILE_BOUNDS, ids=[m for m, *_ in g.WHILE_BOUNDS])
def test_b47_while_before_a_clock_is_until(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.bound == "before" and m.reading is not None
    assert clock in {b.strftime("%H:%M") for _, b in m.reading.intervals}


@pytest.mark.parametrize("case", g.WHILE_RANGES, ids=[m for m, *_ in g.WHILE_RANGES])
def test_b47_clock_while_clock_is_a_range(case: tuple[str, str, str, str]) -> None:
    text, said, lo, hi = case
    m = mention(text, said)
    assert m.bound is None and m.reading is not None
    start, end = m.reading.intervals[0]
    assert (start.strftime("%H:%M"), end.strftime("%H:%M")) == (lo, hi)


@pytest.mark.parametrize("text", g.WHILE_KEPT)
def test_b47_while_before_anything_else_stays_a_word(text: str) -> None:
    assert not any("while" in m.text for m in found(text).values())
