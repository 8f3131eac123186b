"""The G22 corpus (`grounding_corpus_g22`): the visit's end said with no "by", and a
negation before "the" and a weekday."""

from __future__ import annotations

import pytest

from tests.extractor import grounding_corpus_g22 as g22
from tests.extractor.grounding_found import found, mention

ENDS = g22.END_CLOCKS + g22.END_AROUND  # a clock, or around one ("done around 4:30")


@pytest.mark.parametrize("case", ENDS, ids=[m for m, *_ in ENDS])
def test_g22_end_of_the_visit_is_a_bound_before(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.bound == "before" and m.reading is not None
    assert m.reading.intervals[0][1].strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g22.END_NOT_THE_VISIT, ids=[m for m, *_ in g22.END_NOT_THE_VISIT])
def test_g22_not_the_visits_end(case: tuple[str, str, str | None]) -> None:
    text, said, bound = case
    assert mention(text, said).bound == bound


@pytest.mark.parametrize("case", g22.NOT_THE_WEEKDAY, ids=[m for m, *_ in g22.NOT_THE_WEEKDAY])
def test_g22_not_the_weekday_is_left_out(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = mention(text, said)
    assert m.negated and m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("case", g22.THE_WEEKDAY_KEPT, ids=[m for m, *_ in g22.THE_WEEKDAY_KEPT])
def test_g22_the_weekday_kept(case: tuple[str, str, bool]) -> None:
    text, said, negated = case
    all_found = found(text)
    assert said in all_found, list(all_found)
    assert all_found[said].negated is negated
