"""The G21 corpus is the test: the earliest wished in more words, and a week said later."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g21 as g21
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", g21.SOONEST_SAID, ids=[m for m, _ in g21.SOONEST_SAID])
def test_g21_the_earliest_said_many_ways_is_a_soonest_wish(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "soonest") in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("text", g21.NOT_SOONEST)
def test_g21_a_bound_or_a_first_of_a_list_is_no_soonest_wish(text: str) -> None:
    assert not [u for u in unread(text) if u.reason == "soonest"]


def _day_of(text: str, said: str) -> str:
    found = {m.text.lower(): m for m in ground(text, REF, NY)}
    m = next((m for t, m in found.items() if t.endswith(said.lower())), None)
    assert m is not None and m.reading is not None, list(found)
    return m.reading.intervals[0][0].strftime("%m-%d")


@pytest.mark.parametrize(
    "case", g21.WEEK_SAID_LATER, ids=[f"{m}|{w}" for m, w, _ in g21.WEEK_SAID_LATER]
)
def test_g21_weekday_read_in_the_week_the_message_names(case: tuple[str, str, str]) -> None:
    text, said, want = case
    assert _day_of(text, said) == want


@pytest.mark.parametrize(
    "case", g21.WEEK_NOT_SHARED, ids=[f"{m}|{w}" for m, w, _ in g21.WEEK_NOT_SHARED]
)
def test_g21_weekday_with_a_day_of_its_own_keeps_the_nearest(case: tuple[str, str, str]) -> None:
    text, said, want = case
    assert _day_of(text, said) == want


@pytest.mark.parametrize(
    "case", g21.WEEKDAY_THAT_WEEK, ids=[m for m, _, _ in g21.WEEKDAY_THAT_WEEK]
)
def test_g21_weekday_that_week_is_in_the_week_said_before(case: tuple[str, str, str]) -> None:
    text, said, want = case
    assert _day_of(text, said) == want


def test_g21_a_run_of_days_before_that_week_lends_no_week() -> None:
    """Only a week said as one ("next week", "the week of the 7th") is "that week"; a
    run of days is not, and reading it as one must not fail."""
    found = {m.text: m for m in ground("I'm away the 7th to the 11th. Tuesday that week?", REF, NY)}
    assert "the 7th to the 11th" in found and "Tuesday" in found, list(found)
    reading = found["Tuesday"].reading
    assert reading is not None and reading.intervals[0][0].strftime("%m-%d") == "12-08"
