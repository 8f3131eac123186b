"""The G31 corpus is the test: the week said in one clause is the week of the weekdays
wished for in another."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g31 as g31
from tests.extractor.grounding_corpus import NY, REF


def _said(text: str, said: str) -> tuple[str, str | None]:
    """The date the words `said` read as, and the words of the mention they refer to."""
    found = ground(text, REF, NY)
    m = next((m for m in found if m.text.lower().endswith(said.lower())), None)
    assert m is not None and m.reading is not None, [m.text for m in found]
    ref = found[m.refers_to].text if m.refers_to is not None else None
    return m.reading.intervals[0][0].strftime("%m-%d"), ref


@pytest.mark.parametrize(
    "case", g31.WEEK_OF_DAYS_WISHED, ids=[f"{m}|{w}" for m, w, _ in g31.WEEK_OF_DAYS_WISHED]
)
def test_g31_weekday_wished_is_in_the_week_said_in_another_clause(
    case: tuple[str, str, str],
) -> None:
    text, said, want = case
    day, ref = _said(text, said)
    assert day == want
    assert ref is not None and ("week" in ref.lower() or "wk" in ref.lower()), ref


@pytest.mark.parametrize(
    "case",
    g31.WEEK_OF_DAYS_NOT_WISHED,
    ids=[f"{m}|{w}" for m, w, _ in g31.WEEK_OF_DAYS_NOT_WISHED],
)
def test_g31_weekday_offered_against_the_week_keeps_its_reading(
    case: tuple[str, str, str],
) -> None:
    text, said, want = case
    assert _said(text, said)[0] == want
