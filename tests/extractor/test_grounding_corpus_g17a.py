"""The G17a corpus is the test: "the tip" names the recycling centre and "the truck lane"
the lane for trucks, "9.30 to 10.30" is a range, "friday at for thirty" is 4:30."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.resources import find_resources

from tests.extractor import grounding_corpus_g17a as g17
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


def _start(text: str, said: str) -> tuple[Any, str]:
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    return m, m.reading.intervals[0][0].strftime("%m-%d %H:%M")


@pytest.mark.parametrize("case", g17.OTHER_NAMES, ids=[m for _, m, *_ in g17.OTHER_NAMES])
def test_g17a_a_place_called_by_another_name(case: Any) -> None:
    business, text, said, rid = case
    named = {r.text: r.resource_id for r in find_resources(text, list(business))}
    assert named.get(said) == rid, named


@pytest.mark.parametrize("case", g17.NOT_OTHER_NAMES, ids=[m for _, m, _ in g17.NOT_OTHER_NAMES])
def test_g17a_look_alike_words_name_no_place(case: Any) -> None:
    business, text, words = case
    named = [r.text for r in find_resources(text, list(business))]
    assert not any(n.lower() == words.lower() for n in named), named


@pytest.mark.parametrize("case", g17.DOTTED_RANGES, ids=[m for m, *_ in g17.DOTTED_RANGES])
def test_g17a_dotted_clocks_make_a_range(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m, got = _start(text, said)
    assert got == start
    assert m.reading.intervals[0][1].strftime("%H:%M") == end


@pytest.mark.parametrize("case", g17.NOT_DOTTED_RANGES, ids=[m for m, _ in g17.NOT_DOTTED_RANGES])
def test_g17a_dotted_figures_are_no_range(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert not any(w in m.text for w in words), m.text


@pytest.mark.parametrize("case", g17.SOUND_ALIKES, ids=[m for m, *_ in g17.SOUND_ALIKES])
def test_g17a_sound_alike_hour_is_the_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    _, got = _start(text, said)
    assert got == start


@pytest.mark.parametrize(
    "case", g17.SOUND_ALIKE_BOUNDS, ids=[m for m, *_ in g17.SOUND_ALIKE_BOUNDS]
)
def test_g17a_sound_alike_hour_after_a_bound_word(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.bound == bound and m.reading is not None
    a, b = m.reading.intervals[0]
    assert (a if bound == "after" else b).strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g17.NOT_SOUND_ALIKES, ids=[m for m, _ in g17.NOT_SOUND_ALIKES])
def test_g17a_sound_alike_words_elsewhere_are_no_clock(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert not any(w in m.text.split(" ") or w in m.text for w in words), m.text
