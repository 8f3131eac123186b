"""The "starting around 8" corpus is the test: a clock said of the start is a start."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_start as st
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", st.START_CLOCK, ids=[c[0] for c in st.START_CLOCK])
def test_grounding_start_clock_is_when_it_starts(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.bound is None and m.reading is not None
    a, b = m.reading.intervals[0]
    assert a.strftime("%H:%M") == start and b.strftime("%H:%M") == end


@pytest.mark.parametrize("case", st.START_BOUND, ids=[c[0] for c in st.START_BOUND])
def test_grounding_start_from_a_day_or_from_a_time_stays_a_bound(
    case: tuple[str, str, str],
) -> None:
    text, said, bound = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].bound == bound
