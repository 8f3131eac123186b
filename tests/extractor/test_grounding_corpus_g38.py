"""The G38 corpus is the test: Portuguese and Dutch days, parts of the day, bounds and
clocks ("sexta de manhã", "não antes das 10", "half vier" = 15:30, "na vijven"), and
dotted clocks that start a range to a whole hour ("12.30-2")."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g38 as g38
from tests.extractor.grounding_corpus import NY, REF, first_window

_ROWS = g38.PORTUGUESE + g38.DUTCH + g38.SPANISH_AND_BACK + g38.BRITISH_HALF + g38.DOTTED_RANGES


@pytest.mark.parametrize("case", _ROWS, ids=[f"{t}|{s}" for t, s, _, _ in _ROWS])
def test_g38_foreign_time_words_ground_as_said(case: g38.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said) == (start, end)


@pytest.mark.parametrize("text", g38.NOT_TIMES)
def test_g38_words_that_are_no_time(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.type != "duration"] == []


def test_g38_corpus_size() -> None:
    assert len(g38.PORTUGUESE) >= 10 and len(g38.DUTCH) >= 10
    assert len(g38.SPANISH_AND_BACK) >= 10 and len(g38.NOT_TIMES) >= 15
