"""The G26 corpus is the test: "wk after next", "after office", bookings listed with "one"."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground
from slotwise.extractor.grounding.coordination import alternatives

from tests.extractor import grounding_corpus_g26 as g26
from tests.extractor.grounding_corpus import NY, REF


def _found(text: str) -> dict[str, TimeMention]:
    return {m.text: m for m in ground(text, REF, NY)}


def _start(text: str, said: str, fmt: str) -> str:
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    return reading.intervals[0][0].strftime(fmt)


@pytest.mark.parametrize("case", g26.WK_AFTER_NEXT, ids=[m for m, _, _ in g26.WK_AFTER_NEXT])
def test_grounding_wk_after_next_is_that_week(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _start(text, said, "%Y-%m-%d") == day


@pytest.mark.parametrize("case", g26.AFTER_OFFICE, ids=[m for m, _, _ in g26.AFTER_OFFICE])
def test_grounding_after_office_is_after_work(case: tuple[str, str, str]) -> None:
    text, said, start = case
    assert _start(text, said, "%Y-%m-%d %H:%M") == start


def _offered_as_either(case: tuple[str, str, str]) -> bool:
    text, left, right = case
    found = _found(text)
    assert left in found and right in found, list(found)
    return alternatives(text, found[left], found[right])


@pytest.mark.parametrize("case", g26.BOOKINGS_LISTED, ids=[m for m, _, _ in g26.BOOKINGS_LISTED])
def test_grounding_bookings_listed_with_one_are_either(case: tuple[str, str, str]) -> None:
    assert _offered_as_either(case)


@pytest.mark.parametrize("case", g26.ALSO_FINE, ids=[m for m, _, _ in g26.ALSO_FINE])
def test_grounding_one_also_fine_too_is_either(case: tuple[str, str, str]) -> None:
    assert _offered_as_either(case)


@pytest.mark.parametrize(
    "case", g26.NOT_BOOKINGS_LISTED, ids=[m for m, _, _ in g26.NOT_BOOKINGS_LISTED]
)
def test_grounding_days_without_a_listed_one_are_not_either(case: tuple[str, str, str]) -> None:
    assert not _offered_as_either(case)


@pytest.mark.parametrize("case", g26.DOT_CLOCK_ASKED, ids=[m for m, _, _ in g26.DOT_CLOCK_ASKED])
def test_grounding_dotted_clock_asked_for_is_a_time(case: tuple[str, str, str]) -> None:
    text, said, start = case
    assert _start(text, said, "%H:%M") == start


@pytest.mark.parametrize("text", g26.DOT_NOT_A_CLOCK)
def test_grounding_dotted_price_is_no_time(text: str) -> None:
    assert _found(text) == {}


@pytest.mark.parametrize("case", g26.PUNJABI, ids=[m for m, _, _ in g26.PUNJABI])
def test_grounding_punjabi_vaje_is_the_clock(case: tuple[str, str, str]) -> None:
    text, said, label = case
    found = _found(text)
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and reading.label == label
