"""The GTOP corpus is the test: values read the way the writers read them."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_gtop as gt
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", gt.LIKE_IS_THE_CLOCK, ids=[m for m, *_ in gt.LIKE_IS_THE_CLOCK])
def test_grounding_gtop_like_is_the_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%a %d %H:%M") == start


@pytest.mark.parametrize("case", gt.VISIT_BY, ids=[m for m, _ in gt.VISIT_BY])
def test_grounding_gtop_visit_by_is_no_deadline(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    found = ground(text, REF, NY)
    assert tuple(m.text for m in found) == want
    assert not [m for m in found if m.bound == "before"]


@pytest.mark.parametrize("case", gt.STILL_BY, ids=[m for m, _ in gt.STILL_BY])
def test_grounding_gtop_by_is_still_a_deadline(case: tuple[str, str]) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].bound == "before"


@pytest.mark.parametrize("text", gt.NOT_TIMES)
def test_grounding_gtop_counts_stay_unread(text: str) -> None:
    assert ground(text, REF, NY) == []
