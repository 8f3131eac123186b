"""The can't-be corpus is the test: "it can't be before 7" is after 7, "it can't be
Tuesday" rules Tuesday out."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_cant_be as cb
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", cb.CANT_BE_BOUND, ids=[m for m, *_ in cb.CANT_BE_BOUND])
def test_cant_be_negates_the_bound(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.bound == bound and m.reading is not None  # the negation folds into the bound
    # each day's window starts (after) or ends (before) at the clock, the reference
    # day's and the horizon's aside
    edges = [(a if bound == "after" else b).strftime("%H:%M") for a, b in m.reading.intervals]
    assert edges.count(clock) >= len(edges) - 2, edges


@pytest.mark.parametrize("case", cb.CANT_BE_DAY, ids=[m for m, *_ in cb.CANT_BE_DAY])
def test_cant_be_rules_out_a_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.negated and m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("text", cb.NOT_A_TIME)
def test_cant_be_before_words_that_are_no_time_grounds_nothing(text: str) -> None:
    assert ground(text, REF, NY) == []
