"""The week34 corpus is the test: "earlier / later in the week" after a day is that
day's week before / after it; "early next week" is Monday and Tuesday, with Wednesday
as its second reading (its fringe)."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.mention import Reading, TimeMention

from tests.extractor import grounding_corpus_week34 as w34
from tests.extractor.grounding_corpus import NY, REF


def _said(text: str, said: str) -> TimeMention:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    return found[said]


def _days(reading: Reading | None) -> tuple[str, str]:
    assert reading is not None
    lo, hi = reading.intervals[0][0], reading.intervals[-1][1]
    return lo.strftime("%Y-%m-%d %H:%M"), hi.strftime("%Y-%m-%d %H:%M")


_ROWS = w34.EARLIER_THAN_A_DAY + w34.LATER_THAN_A_DAY + w34.WEEK_PART_AS_BEFORE


@pytest.mark.parametrize("case", _ROWS, ids=[f"{t}|{s}" for t, s, *_ in _ROWS])
def test_week34_side_of_the_week_read_as_said(case: w34.Row) -> None:
    text, said, start, end = case
    assert _days(_said(text, said).reading) == (start, end)


@pytest.mark.parametrize(
    "case", w34.EARLY_WEEK_FRINGE, ids=[f"{t}|{s}" for t, s, *_ in w34.EARLY_WEEK_FRINGE]
)
def test_week34_early_week_core_then_fringe(case: w34.CoreFringe) -> None:
    text, said, start, end, wide_start, wide_end = case
    m = _said(text, said)
    assert _days(m.reading) == (start, end)
    assert [_days(a) for a in m.alternatives] == [(wide_start, wide_end)]


@pytest.mark.parametrize("case", w34.NO_FRINGE, ids=[t for t, _ in w34.NO_FRINGE])
def test_week34_part_without_fringe_has_one_reading(case: tuple[str, str]) -> None:
    text, said = case
    assert _said(text, said).alternatives == ()


def test_week34_corpus_size() -> None:
    assert len(w34.EARLIER_THAN_A_DAY + w34.LATER_THAN_A_DAY) >= 10
    assert len(w34.WEEK_PART_AS_BEFORE) >= 5
    assert len(w34.EARLY_WEEK_FRINGE) >= 5 and len(w34.NO_FRINGE) >= 5
