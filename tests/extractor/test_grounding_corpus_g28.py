"""The G28 corpus (`grounding_corpus_g28`): a stretch until about a clock ends at the
clock; a deadline by about one keeps the early edge."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g28 as g28
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import mention

ABOUT = g28.UNTIL_ABOUT + g28.DEADLINE_ABOUT


@pytest.mark.parametrize("case", ABOUT, ids=[m for m, *_ in ABOUT])
def test_g28_until_about_ends_at_the_clock(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.bound == "before" and m.reading is not None
    assert m.reading.intervals[0][1].strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g28.WEAK_DAY_SAID, ids=[m for m, *_ in g28.WEAK_DAY_SAID])
def test_g28_weak_day_said_of_is_the_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%Y-%m-%d") == day


@pytest.mark.parametrize("text", g28.WEAK_DAY_A_WORD)
def test_g28_weak_day_as_a_word_is_no_day(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.reading is not None] == []


@pytest.mark.parametrize(
    "case", g28.EARLIEST_LATEST_HOUR, ids=[f"{m}|{s}" for m, s, *_ in g28.EARLIEST_LATEST_HOUR]
)
def test_g28_earliest_latest_by_an_hour_is_a_bound(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    m = mention(text, said)
    assert m.bound == bound and m.reading is not None
    start, end = m.reading.intervals[0]
    assert (start if bound == "after" else end).strftime("%H:%M") == clock


@pytest.mark.parametrize(
    "case", g28.EARLIEST_LATEST_NOT_BOUND, ids=[m for m, _ in g28.EARLIEST_LATEST_NOT_BOUND]
)
def test_g28_superlative_before_a_clock_is_no_bound(case: tuple[str, str]) -> None:
    text, said = case
    assert mention(text, said).bound is None


@pytest.mark.parametrize("text", g28.EARLIEST_NOTHING)
def test_g28_superlative_before_a_count_is_no_time(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.reading is not None] == []
