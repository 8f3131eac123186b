"""The G49 Kreyòl corpus is the test: Haitian Creole time words ("demen apremidi",
"jodi a 3è", "vandredi pwochen", "semèn pwochen", "pa anvan 11") and the names and
English, French and Kannada words that look like them."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground

from tests.extractor import grounding_corpus_g49_kreyol as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import mention

_FMT = "%a %d %H:%M"


def _first(m: TimeMention) -> tuple[str, str]:
    assert m.reading is not None and m.reading.intervals
    start, end = m.reading.intervals[0]
    return start.strftime(_FMT), end.strftime(_FMT)


@pytest.mark.parametrize("case", g.KREYOL, ids=[f"{m}|{s}" for m, s, *_ in g.KREYOL])
def test_g49_kreyol_time_words_read(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = mention(text, said)
    assert m.bound is None
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.KREYOL_BOUNDS, ids=[m for m, *_ in g.KREYOL_BOUNDS])
def test_g49_kreyol_bounds_before_an_hour(case: tuple[str, str, str, str, str]) -> None:
    text, said, bound, start, end = case
    m = mention(text, said)
    assert m.bound == bound
    assert _first(m) == (start, end)


@pytest.mark.parametrize("text", g.NOT_KREYOL)
def test_g49_no_kreyol_reading(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "kreyol" in m.rule] == []
