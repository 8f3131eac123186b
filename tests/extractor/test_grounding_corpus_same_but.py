"""The same-time-but corpus is the test: "same time but Friday" is Friday at the time
said before."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_same_but as sb
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", sb.SAME_TIME_BUT_DAY, ids=[m for m, *_ in sb.SAME_TIME_BUT_DAY])
def test_same_but_the_day_after_but_takes_the_time_said_before(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d %H:%M") == start


@pytest.mark.parametrize("case", sb.NOT_JOINED, ids=[m for m, _ in sb.NOT_JOINED])
def test_same_but_not_joined_to_a_negated_day_or_a_time(case: tuple[str, str]) -> None:
    text, said = case
    assert said in [m.text for m in ground(text, REF, NY)]
