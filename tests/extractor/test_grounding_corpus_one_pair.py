"""The paired "one" corpus is the test: "one ... one ..." lists bookings, not 1 o'clock."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_one_pair as pair
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", pair.PAIRED_ONES, ids=[m for m, _ in pair.PAIRED_ONES])
def test_grounding_one_said_twice_lists_bookings(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY) if m.type != "duration") == want


@pytest.mark.parametrize("case", pair.CHOSEN_ONES, ids=[m for m, _ in pair.CHOSEN_ONES])
def test_grounding_either_one_is_a_pick(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY) if m.type != "duration") == want


@pytest.mark.parametrize("case", pair.ONE_HOUR_STAYS, ids=[m for m, _ in pair.ONE_HOUR_STAYS])
def test_grounding_one_said_as_an_hour_stays_one_oclock(case: tuple[str, str]) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    start, end = reading.intervals[0]
    assert 13 in (start.hour, end.hour)  # starts at one, or ends there ("12 to one")
