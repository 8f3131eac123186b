"""The numbers corpus is the test: bare numbers that their context makes clock times."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_numbers as nums
from tests.extractor.grounding_corpus import NY, REF

READINGS = (
    *nums.AFTER_A_DAY,
    *nums.FALLBACK_OR_RESTATED,
    *nums.CORRECTED,
    *nums.NO_COLON,
)


@pytest.mark.parametrize("case", READINGS, ids=[f"{m} [{s}]" for m, s, _ in READINGS])
def test_grounding_numbers_read_as_times(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%d %H:%M") == start


@pytest.mark.parametrize("case", nums.STAY_NUMBERS, ids=[m for m, _ in nums.STAY_NUMBERS])
def test_grounding_numbers_that_stay_numbers(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


def test_grounding_numbers_corpus_size() -> None:
    for group in (nums.AFTER_A_DAY, nums.FALLBACK_OR_RESTATED, nums.CORRECTED, nums.NO_COLON):
        assert len({m for m, _, _ in group}) >= 15
