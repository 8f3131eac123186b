"""The booked-span corpus is the test: a range said of a thing hired by the hour is the
booking first ("court 2 from 6 to 8"), said of a service a window first, and words of
availability ("any time", "between", "free", "only") leave it a window with no fact."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground

from tests.extractor import grounding_corpus_booked_span as bs
from tests.extractor.grounding_corpus import NY, REF


def _range(text: str, said: str) -> TimeMention:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    return found[said]


@pytest.mark.parametrize(
    "case", bs.BOOKING + bs.WINDOW_FIRST, ids=[m for m, _, _ in bs.BOOKING + bs.WINDOW_FIRST]
)
def test_grounding_booked_span_records_the_range_as_the_booking(
    case: tuple[str, str, tuple[int, str, str | None]],
) -> None:
    text, said, (minutes, best, hired) = case
    fact = _range(text, said).booked_span
    assert fact is not None
    assert (fact.minutes, fact.readings[0], fact.hired) == (minutes, best, hired)
    assert set(fact.readings) == {"booking", "window"}  # the other reading is kept
    if hired is not None:
        assert fact.hired_span is not None
        assert text[fact.hired_span[0] : fact.hired_span[1]] == hired


@pytest.mark.parametrize("case", bs.WINDOW, ids=[m for m, _ in bs.WINDOW])
def test_grounding_booked_span_leaves_a_window_of_availability(case: tuple[str, str]) -> None:
    text, said = case
    assert _range(text, said).booked_span is None
