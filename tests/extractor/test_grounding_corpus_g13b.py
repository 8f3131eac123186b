"""The G13b corpus is the test: "my shift is 7 to 3" is a range while "shift my 9 to 10"
stays a move, "1500Z" is a clock in UTC, and "tomorrow morning at the latest" runs from
now to tomorrow noon."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g13b as g13
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


def _said(text: str, said: str) -> Any:
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None and m.reading.intervals
    return m


def _local(t: Any, fmt: str = "%m-%d %H:%M") -> str:
    return str(t.astimezone(REF.tzinfo).strftime(fmt))


@pytest.mark.parametrize("case", g13.WORK_SHIFT_RANGES, ids=[m for m, *_ in g13.WORK_SHIFT_RANGES])
def test_g13b_a_work_shift_keeps_its_range(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = _said(text, said)
    assert "from(" in m.symbolic
    a, b = m.reading.intervals[-1] if len(m.reading.intervals) < 3 else m.reading.intervals[1]
    assert (_local(a, "%H:%M"), _local(b, "%H:%M")) == (start, end)


@pytest.mark.parametrize("case", g13.SHIFT_STILL_MOVES, ids=[m for m, _ in g13.SHIFT_STILL_MOVES])
def test_g13b_shift_as_a_verb_still_moves(case: tuple[str, tuple[str, str]]) -> None:
    text, said = case
    found = _found(text)
    assert all(s in found for s in said), list(found)
    assert all("from(" not in found[s].symbolic for s in said)


@pytest.mark.parametrize("case", g13.ZULU_CLOCKS, ids=[m for m, *_ in g13.ZULU_CLOCKS])
def test_g13b_zulu_clock_is_utc(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m = _said(text, said)
    assert m.zone == "UTC"
    assert _local(m.reading.intervals[0][0]) == start


@pytest.mark.parametrize("text", g13.NOT_ZULU)
def test_g13b_no_zulu_clock_elsewhere(text: str) -> None:
    assert all(m.zone != "UTC" for m in ground(text, REF, NY))


@pytest.mark.parametrize("case", g13.DEADLINE_PARTS, ids=[m for m, *_ in g13.DEADLINE_PARTS])
def test_g13b_part_of_a_day_at_the_latest(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = _said(text, said)
    assert m.bound == "before"
    assert [(_local(a), _local(b)) for a, b in m.reading.intervals] == [(start, end)]


@pytest.mark.parametrize(
    "case", g13.DEADLINE_PART_EACH_DAY, ids=[m for m, *_ in g13.DEADLINE_PART_EACH_DAY]
)
def test_g13b_part_at_the_latest_on_each_day(case: tuple[str, str, str]) -> None:
    text, said, end = case
    m = _said(text, said)
    days = m.reading.intervals[1:-1]  # the first starts now, the last ends at the horizon
    assert days and all(_local(b, "%H:%M") == end for _, b in days)
    assert all(_local(a, "%H:%M") == "00:00" for a, _ in days)


@pytest.mark.parametrize("case", g13.BOUNDS_KEPT, ids=[m for m, *_ in g13.BOUNDS_KEPT])
def test_g13b_other_bounds_keep_their_reading(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = _said(text, said)
    a, b = m.reading.intervals[0]
    assert (_local(a), _local(b)) == (start, end)


@pytest.mark.parametrize("case", g13.ONE_FOR_EACH, ids=[m for m, _ in g13.ONE_FOR_EACH])
def test_g13b_one_for_each_is_a_count(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said


@pytest.mark.parametrize("case", g13.CLOCK_BEFORE_EACH, ids=[m for m, *_ in g13.CLOCK_BEFORE_EACH])
def test_g13b_a_clock_before_each_stays(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    assert clock in _said(text, said).symbolic


@pytest.mark.parametrize(
    "case", g13.FALLBACK_DOT_CLOCKS, ids=[m for m, *_ in g13.FALLBACK_DOT_CLOCKS]
)
def test_g13b_fallback_dotted_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m = _said(text, said)
    assert _local(m.reading.intervals[0][0]) == start


@pytest.mark.parametrize("case", g13.NO_FALLBACK_CLOCK, ids=[m for m, _ in g13.NO_FALLBACK_CLOCK])
def test_g13b_no_fallback_clock_elsewhere(case: tuple[str, str]) -> None:
    text, number = case
    assert all(number not in m.text for m in ground(text, REF, NY))
