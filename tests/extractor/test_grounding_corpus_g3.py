"""The G3 corpus is the test: durations, list scope and resource mentions."""

from __future__ import annotations

from datetime import date

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.coordination import coordinated
from slotwise.extractor.resources import find_resources

from tests.extractor import grounding_corpus_g3 as g3
from tests.extractor.grounding_corpus import NY, REF, Group
from tests.extractor.test_grounding_corpus import check

CASES = [(g, text) for g in g3.CORPUS for text in g.texts]


@pytest.mark.parametrize("case", CASES, ids=[f"{g.name}::{t}" for g, t in CASES])
def test_grounding_g3_example(case: tuple[Group, str]) -> None:
    g, text = case
    check(g, text)


@pytest.mark.parametrize("case", g3.LISTS, ids=[m for m, _ in g3.LISTS])
def test_grounding_g3_list_scope(case: tuple[str, tuple[tuple[str, str, bool], ...]]) -> None:
    text, want = case
    got = []
    for m in ground(text, REF, NY):
        assert m.reading is not None, m.text
        got.append((m.text, m.reading.intervals[0][0].date().isoformat(), m.negated))
    assert tuple(got) == want
    for _, day, _ in want:
        assert date.fromisoformat(day)  # the table itself is well formed


@pytest.mark.parametrize("case", g3.RESOURCES, ids=[m for m, _ in g3.RESOURCES])
def test_resources_g3_found(case: tuple[str, tuple[tuple[str, str | None], ...]]) -> None:
    text, want = case
    got = tuple((m.text, m.resource_id) for m in find_resources(text, g3.CALENDAR))
    assert got == want


@pytest.mark.parametrize("text", g3.NOT_RESOURCES)
def test_resources_g3_left_alone(text: str) -> None:
    found = find_resources(text, g3.CALENDAR)
    assert found == [], [(m.text, m.rule) for m in found]


@pytest.mark.parametrize("case", g3.LETTERS, ids=[m for m, _ in g3.LETTERS])
def test_resources_g3_room_letter(case: tuple[str, tuple[tuple[str, str | None], ...]]) -> None:
    text, want = case
    got = tuple((m.text, m.resource_id) for m in find_resources(text, g3.STUDIOS))
    assert got == want


@pytest.mark.parametrize("text", ["sat to tmrw 2", "fri till tomorrow 3", "sun to today 4"])
def test_grounding_g3_backward_range_has_no_reading(text: str) -> None:
    """A range that ends before it starts grounds to nothing, and does not fail."""
    for m in ground(text, REF, NY):
        assert m.reading is None or m.reading.intervals


@pytest.mark.parametrize("case", g3.OPEN_AIR, ids=[m for m, _ in g3.OPEN_AIR])
def test_resources_g3_open_air(case: tuple[str, tuple[tuple[str, str | None], ...]]) -> None:
    text, want = case
    got = tuple((m.text, m.resource_id) for m in find_resources(text, g3.ROOMS))
    assert got == want


def test_resources_g3_open_air_needs_both_kinds() -> None:
    """A business with no room in the open air reads "inside" as nothing."""
    assert find_resources("a table inside please", [("main", "main room"), ("bar", "bar")]) == []


def test_coordination_same_words_name_either() -> None:
    """One phrase that names two rooms ("inside") joins them as a list does."""
    assert coordinated("inside please", (0, 6), (0, 6))
    assert coordinated("mia or jonah", (0, 3), (7, 12))
    assert not coordinated("mia then jonah", (0, 3), (9, 14))
