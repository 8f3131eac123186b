"""The G12a corpus is the test: a negation reaches a part of the day across "the" /
"in the" / "at"; "first thing" before a list of days is a time of those days."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g12a as g12
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


@pytest.mark.parametrize("case", g12.NEGATED_POD, ids=[m for m, *_ in g12.NEGATED_POD])
def test_g12a_negation_reaches_the_part_of_day(case: tuple[str, str, str]) -> None:
    text, said, pod = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.negated
    assert f"pod={pod}" in m.symbolic


@pytest.mark.parametrize("case", g12.NOT_NEGATED_POD, ids=[m for m, _ in g12.NOT_NEGATED_POD])
def test_g12a_part_of_day_without_negation_keeps_its_reading(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert not found[said].negated


@pytest.mark.parametrize("case", g12.STILL_NEGATED, ids=[m for m, _ in g12.STILL_NEGATED])
def test_g12a_negation_that_held_its_time_still_does(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].negated


@pytest.mark.parametrize("case", g12.FIRST_THING_DAYS, ids=[m for m, _ in g12.FIRST_THING_DAYS])
def test_g12a_first_thing_before_a_list_of_days(case: tuple[str, tuple[str, ...]]) -> None:
    text, starts = case
    found = _found(text)
    assert "first thing" in found, list(found)
    m = found["first thing"]
    assert m.reading is not None and not m.negated
    got = [a.strftime("%m-%d %H:%M") for a, _ in m.reading.intervals[: len(starts)]]
    assert tuple(got) == starts


@pytest.mark.parametrize("case", g12.FIRST_THING_KEPT, ids=[m for m, _ in g12.FIRST_THING_KEPT])
def test_g12a_first_thing_elsewhere_keeps_its_reading(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(_found(text)) == said


@pytest.mark.parametrize("case", g12.DARK_BOUNDS, ids=[m for m, *_ in g12.DARK_BOUNDS])
def test_g12a_dark_is_the_edge_of_a_bound(case: tuple[str, str, str]) -> None:
    text, said, bound = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.bound == bound
    assert "sun=dusk" in m.symbolic  # computed for the day and zone (G47)


@pytest.mark.parametrize("text", g12.DARK_NO_TIME)
def test_g12a_dark_elsewhere_is_no_time(text: str) -> None:
    assert not [m for m in ground(text, REF, NY) if "dark" in m.text]
