"""The said-of-each corpus is the test: a time said "either way" after options, each a
provider and a day, is read over every day offered."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_said_of_each as each
from tests.extractor.grounding_corpus import NY, REF

ROWS = [*each.SAID_OF_EACH, *each.NOT_SAID_OF_EACH]


@pytest.mark.parametrize("case", ROWS, ids=[m for m, _, _ in ROWS])
def test_grounding_time_said_of_each_option(case: tuple[str, str, tuple[str, ...]]) -> None:
    text, said, days = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert tuple(sorted({a.strftime("%m-%d") for a, _ in reading.intervals})) == days
