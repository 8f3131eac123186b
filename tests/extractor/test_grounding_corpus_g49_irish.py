"""The G49 Irish corpus is the test: Irish time words ("De Mairt", "maidin Déardaoin",
"amárach", "an tseachtain seo chugainn", "roimh 10") are read, and the greetings, thanks,
names and English words that look like them are not."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground

from tests.extractor import grounding_corpus_g49_irish as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import mention

_FMT = "%a %d %H:%M"


def _first(m: TimeMention) -> tuple[str, str]:
    assert m.reading is not None and m.reading.intervals
    start, end = m.reading.intervals[0]
    return start.strftime(_FMT), end.strftime(_FMT)


@pytest.mark.parametrize("case", g.IRISH, ids=[f"{m}|{s}" for m, s, *_ in g.IRISH])
def test_g49_irish_time_words_read(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = mention(text, said)
    assert m.bound is None
    assert _first(m) == (start, end)


@pytest.mark.parametrize("case", g.IRISH_BOUNDS, ids=[f"{m}|{s}" for m, s, *_ in g.IRISH_BOUNDS])
def test_g49_irish_bounds_before_an_hour(case: tuple[str, str, str, str, str]) -> None:
    text, said, bound, start, end = case
    m = mention(text, said)
    assert m.bound == bound
    assert _first(m) == (start, end)


@pytest.mark.parametrize("text", g.NOT_IRISH)
def test_g49_no_irish_time_in_greetings_names_or_english(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []
