"""The GCLAR corpus is the test: times offered as either across a clause break or side by
side (`coordination.alternatives`)."""

from __future__ import annotations

import itertools

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.coordination import alternatives

from tests.extractor import grounding_corpus_gclar as gc
from tests.extractor.grounding_corpus import NY, REF


def _offered_as_either(text: str) -> tuple[tuple[str, str], ...]:
    found = ground(text, REF, NY)
    pairs = itertools.pairwise(found)
    return tuple((a.text, b.text) for a, b in pairs if alternatives(text, a, b))


@pytest.mark.parametrize(
    "case",
    gc.OR_AFTER_A_BREAK + gc.DAYS_SIDE_BY_SIDE,
    ids=[m for m, _ in gc.OR_AFTER_A_BREAK + gc.DAYS_SIDE_BY_SIDE],
)
def test_grounding_gclar_times_offered_as_either(
    case: tuple[str, tuple[tuple[str, str], ...]],
) -> None:
    text, want = case
    assert _offered_as_either(text) == want


@pytest.mark.parametrize("text", gc.NOT_ALTERNATIVES)
def test_grounding_gclar_no_choice_between_them(text: str) -> None:
    assert _offered_as_either(text) == ()
