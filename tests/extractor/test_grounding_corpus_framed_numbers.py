"""The framed-number corpus is the test: a bare number in a correction or wish frame is
a clock of the business day's half; one with another reading is no time."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import framed_numbers, ground

from tests.extractor import grounding_corpus_framed_numbers as fn
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import mention


@pytest.mark.parametrize("case", fn.FRAMED, ids=[m for m, *_ in fn.FRAMED])
def test_framed_bare_number_is_a_clock(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.reading is not None and not m.negated
    assert m.reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize("text", fn.NOT_A_CLOCK)
def test_number_with_another_reading_is_no_clock(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.reading is not None] == []


@pytest.mark.parametrize("case", fn.CORRECTS, ids=[m for m, *_ in fn.CORRECTS])
def test_framed_number_says_whether_it_corrects(case: tuple[str, str, bool]) -> None:
    text, said, corrects = case
    rules = mention(text, said).rule.split("+")
    assert (framed_numbers.CORRECTION in rules, framed_numbers.WISH in rules) == (
        corrects,
        not corrects,
    )
