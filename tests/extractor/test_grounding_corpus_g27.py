"""The G27 corpus is the test: a weak "sat" read as the day only where it cannot be a word;
"early as u can", "late as ye can", "early doors" as wishes; "mon 22 PM" as the 22nd's afternoon."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground, unread

from tests.extractor import grounding_corpus_g27 as g27
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", g27.WEAK_DAY_SAID, ids=[m for m, _, _ in g27.WEAK_DAY_SAID])
def test_grounding_weak_day_said_is_the_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%Y-%m-%d") == day


@pytest.mark.parametrize("text", g27.WEAK_DAY_A_WORD)
def test_grounding_weak_day_as_a_word_is_no_day(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.reading is not None] == []


@pytest.mark.parametrize("case", g27.EARLY_LATE_SAID, ids=[m for m, _, _ in g27.EARLY_LATE_SAID])
def test_grounding_early_or_late_as_you_can_is_a_wish(case: tuple[str, str, str]) -> None:
    text, said, reason = case
    assert (said, reason) in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("text", g27.EARLY_LATE_NOT_WISH)
def test_grounding_early_as_a_bound_is_no_wish(text: str) -> None:
    assert not [u for u in unread(text) if u.reason in ("soonest", "latest")]


def _first(text: str, said: str) -> tuple[str, str]:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    start, end = reading.intervals[0]
    return start.strftime("%Y-%m-%d %H:%M"), end.strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("case", g27.DATE_THEN_HALF, ids=[c[0] for c in g27.DATE_THEN_HALF])
def test_grounding_date_number_then_am_pm_is_half_of_the_day(
    case: tuple[str, str, str, str],
) -> None:
    text, said, start, end = case
    assert _first(text, said) == (start, end)


@pytest.mark.parametrize("case", g27.CLOCK_STAYS, ids=[c[0] for c in g27.CLOCK_STAYS])
def test_grounding_clock_with_am_pm_stays_a_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    assert _first(text, said)[0] == start


@pytest.mark.parametrize("case", g27.SLASHED_HOURS, ids=[c[0] for c in g27.SLASHED_HOURS])
def test_grounding_slashed_hours_with_am_pm_written_on_stay_clocks(
    case: tuple[str, str, str],
) -> None:
    text, said, start = case
    assert _first(text, said)[0] == start
