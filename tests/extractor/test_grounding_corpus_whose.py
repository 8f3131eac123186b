"""The "whose ordinal" corpus is the test: a possessive's ordinal is an age, not a date."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_whose as whose
from tests.extractor.grounding_corpus import NY, REF


def _first_start(text: str, said: str) -> str:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    return reading.intervals[0][0].strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("case", whose.ORDINAL_OF_WHOM, ids=[m for m, *_ in whose.ORDINAL_OF_WHOM])
def test_grounding_an_ordinal_after_a_possessive_is_no_date(
    case: tuple[str, str, str, str],
) -> None:
    text, ordinal, said, start = case
    at = text.index(ordinal)
    covering = [m.text for m in ground(text, REF, NY) if m.span[0] <= at < m.span[1]]
    assert covering == [], covering
    assert _first_start(text, said) == start


@pytest.mark.parametrize(
    "case", whose.ORDINAL_DAY_STAYS, ids=[m for m, _, _ in whose.ORDINAL_DAY_STAYS]
)
def test_grounding_an_ordinal_day_stays_a_date(case: tuple[str, str, str]) -> None:
    text, said, start = case
    assert _first_start(text, said) == start
