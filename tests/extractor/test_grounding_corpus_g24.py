"""The G24 corpus (`grounding_corpus_g24`): the latest wished in more words, the clock
wished nearest, and "same time" after a limit or "the day after"."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g24 as g24
from tests.extractor.grounding_found import found, mention


@pytest.mark.parametrize("case", g24.LATEST_SAID, ids=[m for m, _ in g24.LATEST_SAID])
def test_g24_the_latest_said_many_ways_is_a_latest_wish(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "latest") in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("text", g24.NOT_LATEST)
def test_g24_a_booking_or_a_limit_is_no_latest_wish(text: str) -> None:
    assert not [u for u in unread(text) if u.reason == "latest"]


@pytest.mark.parametrize("case", g24.NEAREST_CLOCK, ids=[m for m, *_ in g24.NEAREST_CLOCK])
def test_g24_the_clock_wished_nearest_is_that_clock(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize("text", g24.NOT_NEAREST)
def test_g24_a_count_or_a_day_near_is_no_clock(text: str) -> None:
    assert not [m.text for m in found(text).values() if "clock_nearest" in m.rule]


@pytest.mark.parametrize("case", g24.SAME_TIME, ids=[m for m, *_ in g24.SAME_TIME])
def test_g24_same_time_leans_on_the_booked_clock(case: tuple[str, str, str, str]) -> None:
    text, said, day, clock = case
    m = mention(text, said)
    assert m.reading is not None
    start = m.reading.intervals[0][0]
    assert (start.strftime("%m-%d"), start.strftime("%H:%M")) == (day, clock)
