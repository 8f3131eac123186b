"""The G14a corpus is the test: a repairing "no" between two times keeps the new one a
plain mention ("thursday 10 no 11", "actually no the 9th"), a zone said as the repair
is the old clock in that zone, and "no" that negates or numbers stays as it was."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g14a as g14
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found
from tests.extractor.grounding_found import mention as _mention


@pytest.mark.parametrize("case", g14.CLOCK_REPAIRS, ids=[m for m, *_ in g14.CLOCK_REPAIRS])
def test_g14a_number_after_repairing_no_is_the_new_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m = _mention(text, said)
    assert m.reading.intervals[0][0].strftime("%m-%d %H:%M") == start
    assert "not" not in m.symbolic


@pytest.mark.parametrize("case", g14.DAY_REPAIRS, ids=[m for m, *_ in g14.DAY_REPAIRS])
def test_g14a_date_after_repairing_no_is_not_excluded(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m = _mention(text, said)
    assert m.reading.intervals[0][0].strftime("%m-%d %H:%M") == start
    assert "not" not in m.symbolic


@pytest.mark.parametrize("case", g14.ZONE_REPAIRS, ids=[m for m, *_ in g14.ZONE_REPAIRS])
def test_g14a_zone_repair_moves_the_clock(case: tuple[str, str, str]) -> None:
    text, said, zone = case
    found = _found(text)
    m = _mention(text, said)
    old = next(x for x in found.values() if x.span[1] <= m.span[0])
    assert f"zone={zone}" in m.symbolic
    assert "clock=" in m.symbolic
    assert m.symbolic.split(" zone=")[0] == old.symbolic.split(" zone=")[0]


@pytest.mark.parametrize("case", g14.KEEP_NEGATION, ids=[m for m, *_ in g14.KEEP_NEGATION])
def test_g14a_negating_no_keeps_its_reading(case: tuple[str, str, bool]) -> None:
    text, said, negated = case
    m = _mention(text, said)
    assert m.symbolic.startswith("not ") is negated


@pytest.mark.parametrize("case", g14.NOT_A_REPAIR, ids=[m for m, _ in g14.NOT_A_REPAIR])
def test_g14a_numbered_no_is_no_time(case: tuple[str, str]) -> None:
    text, words = case
    assert words not in _found(text)


@pytest.mark.parametrize("case", g14.MOVE_REPAIRS, ids=[m for m, *_ in g14.MOVE_REPAIRS])
def test_g14a_repaired_move_is_old_and_new(case: tuple[str, str, str]) -> None:
    text, old, new = case
    tail = text.rindex(" from ")
    said = [m.text for m in ground(text, REF, NY) if m.span[0] > tail]
    assert said == [old, new]


@pytest.mark.parametrize("case", g14.RANGE_REPAIRS, ids=[m for m, _ in g14.RANGE_REPAIRS])
def test_g14a_repaired_range_stays_a_range(case: tuple[str, str]) -> None:
    text, said = case
    assert said in _found(text)
