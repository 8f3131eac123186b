"""The NEW35 corpus is the test: "a double" is the usual length twice, "efter" is
"after", and "SA time", "HK time", "11am Atlantic", "Bali time" name their zones."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_new35 as n35
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found
from tests.extractor.grounding_found import mention


def _start(m: object) -> str:
    reading = getattr(m, "reading", None)
    assert reading is not None
    return str(reading.intervals[0][0].strftime("%m-%d %H:%M"))


@pytest.mark.parametrize("case", n35.MULTIPLE_LENGTHS, ids=[m for m, *_ in n35.MULTIPLE_LENGTHS])
def test_new35_a_double_is_the_usual_length_twice(case: tuple[str, str, int]) -> None:
    text, said, times = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].type == "duration"
    assert found[said].duration_minutes is None
    assert found[said].duration_times == times


@pytest.mark.parametrize("text", n35.NOT_A_MULTIPLE)
def test_new35_a_double_shift_or_room_is_no_length(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.type == "duration"] == []


@pytest.mark.parametrize("case", n35.EFTER, ids=[m for m, *_ in n35.EFTER])
def test_new35_efter_is_after(case: tuple[str, str, str, str]) -> None:
    text, said, bound, start = case
    m = mention(text, said)
    assert m.bound == bound
    assert _start(m) == start


@pytest.mark.parametrize("case", n35.EFTER_SCHOOL, ids=[m for m, *_ in n35.EFTER_SCHOOL])
def test_new35_efter_school_is_after_school(case: tuple[str, str, str]) -> None:
    text, said, start = case
    assert _start(mention(text, said)) == start


@pytest.mark.parametrize("case", n35.ZONE_NAMES, ids=[m for m, *_ in n35.ZONE_NAMES])
def test_new35_region_letters_and_short_names_are_zones(case: tuple[str, str, str]) -> None:
    text, said, zone = case
    assert mention(text, said).zone == zone


@pytest.mark.parametrize("case", n35.NOT_A_ZONE, ids=[m for m, _ in n35.NOT_A_ZONE])
def test_new35_lower_case_letters_and_the_ocean_are_no_zone(case: tuple[str, str]) -> None:
    text, said = case
    assert mention(text, said).zone == NY
