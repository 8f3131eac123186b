"""The G12c corpus is the test: a trade title said alone ("the nurse"), who does a role's
work ("a plumber" for the plumbing team), "any voice teacher", and "the friday one" as a
pick by day rather than Friday at 1:00."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.resources import find_resources

from tests.extractor import grounding_corpus_g12c as g12
from tests.extractor.grounding_corpus import NY, REF

Res = tuple[tuple[str, str], ...]


def _named(text: str, resources: Res) -> list[tuple[str, str | None]]:
    return [(m.text, m.resource_id) for m in find_resources(text, resources)]


@pytest.mark.parametrize(
    "case",
    g12.TRADE_TITLE + g12.AGENT_NOUNS,
    ids=[m for m, *_ in g12.TRADE_TITLE + g12.AGENT_NOUNS],
)
def test_g12c_role_names_its_one_resource(case: tuple[str, Res, str, str]) -> None:
    text, resources, said, rid = case
    assert (said, rid) in _named(text, resources)


@pytest.mark.parametrize("case", g12.ANY_KIND, ids=[m for m, *_ in g12.ANY_KIND])
def test_g12c_any_kind_of_provider_leaves_the_choice(case: tuple[str, Res, str]) -> None:
    text, resources, said = case
    assert (said, None) in _named(text, resources)


@pytest.mark.parametrize("case", g12.NOT_A_ROLE, ids=[m for m, *_ in g12.NOT_A_ROLE])
def test_g12c_near_misses_keep_their_reading(case: tuple[str, Res, Res]) -> None:
    text, resources, found = case
    assert _named(text, resources) == list(found)


@pytest.mark.parametrize("case", g12.DAY_PICKS, ids=[m for m, _ in g12.DAY_PICKS])
def test_g12c_the_friday_one_is_the_day(case: tuple[str, str]) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert "clock" not in found[said].symbolic
    assert not any("one" in t.lower().split() for t in found)


@pytest.mark.parametrize("case", g12.STILL_ONE_OCLOCK, ids=[m for m, *_ in g12.STILL_ONE_OCLOCK])
def test_g12c_a_day_at_one_is_still_one_oclock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d %H:%M") == start


@pytest.mark.parametrize("case", g12.DESCRIBED_ONE, ids=[m for m, _ in g12.DESCRIBED_ONE])
def test_g12c_a_quick_one_is_the_visit(case: tuple[str, str]) -> None:
    text, said = case
    found = [m.text for m in ground(text, REF, NY)]
    assert said in found
    assert not any("one" in t.lower().split() for t in found), found


@pytest.mark.parametrize("case", g12.HEDGED_DASH, ids=[m for m, *_ in g12.HEDGED_DASH])
def test_g12c_hedged_dash_is_a_range(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    a, b = reading.intervals[0]
    assert (a.strftime("%H:%M"), b.strftime("%H:%M")) == (start, end)


@pytest.mark.parametrize("case", g12.STILL_COUNTS, ids=[m for m, _ in g12.STILL_COUNTS])
def test_g12c_counts_and_hours_keep_their_reading(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    assert tuple(m.text for m in ground(text, REF, NY)) == words
