"""The "tomorrow week" / "2 August first thing" corpus is the test."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_day_week_on as c
from tests.extractor.grounding_corpus import NY, REF


def _check(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%Y-%m-%d") == day


@pytest.mark.parametrize(
    "case", c.A_WEEK_ON + c.TOMORROW_STAYS, ids=[m for m, _, _ in c.A_WEEK_ON + c.TOMORROW_STAYS]
)
def test_grounding_tomorrow_week_is_a_week_on(case: tuple[str, str, str]) -> None:
    _check(case)


@pytest.mark.parametrize(
    "case",
    c.FIRST_THING_AFTER_A_MONTH + c.MONTH_FIRST_STAYS,
    ids=[m for m, _, _ in c.FIRST_THING_AFTER_A_MONTH + c.MONTH_FIRST_STAYS],
)
def test_grounding_first_thing_after_a_month_is_the_hour(case: tuple[str, str, str]) -> None:
    _check(case)
