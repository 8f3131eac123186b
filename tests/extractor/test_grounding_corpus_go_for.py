"""The "go for" corpus is the test: an hour after "go for" is a clock, a count stays one."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_go_for as c
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", c.GO_FOR_HOUR, ids=[m for m, _, _ in c.GO_FOR_HOUR])
def test_grounding_go_for_an_hour_is_a_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%Y-%m-%d %H:%M") == start


@pytest.mark.parametrize("case", c.NOT_GO_FOR_HOUR, ids=[m for m, _ in c.NOT_GO_FOR_HOUR])
def test_grounding_go_for_a_count_or_length_is_no_clock(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said
