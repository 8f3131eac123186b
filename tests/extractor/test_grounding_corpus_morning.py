"""The early-morning corpus is the test: "morning" starts at an opening between 06:00 and
08:00, else at 08:00."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_morning as mc
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize(
    "case", mc.MORNING_FROM_OPENING, ids=[f"{m}@{o}" for m, _, o, _ in mc.MORNING_FROM_OPENING]
)
def test_morning_starts_at_an_early_opening(case: tuple[str, str, int, str]) -> None:
    text, said, opening, start = case
    found = {m.text: m for m in ground(text, REF, NY, open_hours=(opening, 17 * 60))}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    # the last day's window: the reference day's may begin at the reference time
    assert reading.intervals[-1][0].strftime("%H:%M") == start
