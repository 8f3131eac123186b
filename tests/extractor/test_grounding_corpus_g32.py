"""The G32 corpus is the test: lengths in the customer's own language ("2 horas", "une
heure en tout", "1h30"), a week waited for ("wait till next week, Thursday or Friday"),
parts of the week after next or after ("the start of the week after next", "early the
week after"), "Tue next week same time" and "même heure"."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g32 as g32
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", g32.LENGTHS, ids=[t for t, _, _ in g32.LENGTHS])
def test_g32_length_in_the_customers_words(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert (found[said].type, found[said].duration_minutes) == ("duration", minutes)


@pytest.mark.parametrize("text", g32.NOT_LENGTHS)
def test_g32_hour_words_that_are_no_length(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.type == "duration"] == []


def _interval(text: str, said: str) -> tuple[str, str]:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    lo, hi = reading.intervals[0]
    return lo.strftime("%Y-%m-%d %H:%M"), hi.strftime("%Y-%m-%d %H:%M")


_ROWS = (
    g32.WAIT_FOR_WEEK
    + g32.WEEK_PARTS
    + g32.EARLY_WEEK
    + g32.WEEKDAY_NEXT_WEEK_SAME_TIME
    + g32.FOREIGN_SAME_TIME
)


@pytest.mark.parametrize("case", _ROWS, ids=[f"{t}|{s}" for t, s, *_ in _ROWS])
def test_g32_week_and_same_time_read_as_said(case: g32.Row) -> None:
    text, said, start, end = case
    assert _interval(text, said) == (start, end)


def test_g32_corpus_size() -> None:
    assert len(g32.LENGTHS) >= 10 and len(g32.NOT_LENGTHS) >= 10
    assert len(g32.WAIT_FOR_WEEK + g32.WEEK_PARTS + g32.EARLY_WEEK) >= 15
    assert len(g32.WEEKDAY_NEXT_WEEK_SAME_TIME + g32.FOREIGN_SAME_TIME) >= 8


@pytest.mark.parametrize("case", g32.SAME_TIME_ALONE, ids=[t for t, _ in g32.SAME_TIME_ALONE])
def test_g32_same_time_with_no_clock_before_is_set_aside(case: tuple[str, str]) -> None:
    text, said = case
    assert said not in {m.text for m in ground(text, REF, NY)}
    assert (said, "no_antecedent") in {(u.text, u.reason) for u in unread(text)}
