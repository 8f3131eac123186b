"""The "one" corpus is the test: a pronoun after "get"/"book"/"need" is not 1 o'clock."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_one as one
from tests.extractor.grounding_corpus import NY, REF


def _check(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%Y-%m-%d %H:%M") == start


@pytest.mark.parametrize("case", one.ONE_IS_WANTED, ids=[m for m, _, _ in one.ONE_IS_WANTED])
def test_grounding_one_after_get_or_book_is_the_thing_wanted(case: tuple[str, str, str]) -> None:
    _check(case)


@pytest.mark.parametrize("case", one.ONE_IS_A_TIME, ids=[m for m, _, _ in one.ONE_IS_A_TIME])
def test_grounding_one_as_a_clock_time_stays_one(case: tuple[str, str, str]) -> None:
    _check(case)
