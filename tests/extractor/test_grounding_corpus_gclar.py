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


@pytest.mark.parametrize("case", gc.LEFT_FREE, ids=[m for m, _ in gc.LEFT_FREE])
def test_grounding_gclar_a_bound_the_words_rule_out_reads_the_time_left_free(
    case: tuple[str, str],
) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].bound is not None and found[said].left_free


@pytest.mark.parametrize("case", gc.NOT_LEFT_FREE, ids=[m for m, _ in gc.NOT_LEFT_FREE])
def test_grounding_gclar_a_bound_said_as_a_wish_is_no_time_left_free(
    case: tuple[str, str],
) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert not found[said].left_free


@pytest.mark.parametrize("case", gc.HALF_OF_THE_PART, ids=[m for m, *_ in gc.HALF_OF_THE_PART])
def test_grounding_gclar_a_bare_hour_takes_the_half_of_a_part_of_day_near_it(
    case: tuple[str, str, str],
) -> None:
    text, said, clock = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    start, end = reading.intervals[0]
    edge = end if found[said].bound == "before" else start
    assert edge.strftime("%H:%M") == clock
