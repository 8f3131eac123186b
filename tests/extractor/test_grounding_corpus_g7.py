"""The G7 corpus is the test: "same sort of time" and its kin."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g7 as g7
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", g7.SAME_TIME_ROUGHLY, ids=[m for m, _, _ in g7.SAME_TIME_ROUGHLY])
def test_grounding_g7_same_sort_of_time_is_that_time_loosely(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%Y-%m-%d %H:%M") == start
