"""The "that Saturday" corpus is the test: the weekday of the week of the day said before."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground, parse

from tests.extractor import grounding_corpus_that_weekday as c
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", c.THAT_WEEKDAY, ids=[m for m, *_ in c.THAT_WEEKDAY])
def test_grounding_that_weekday_is_of_the_week_said_before(case: tuple[str, str, str, str]) -> None:
    text, said, start, antecedent = case
    mentions = ground(text, REF, NY)
    found = {m.text: m for m in mentions}
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%Y-%m-%d %H:%M") == start
    assert m.refers_to is not None and mentions[m.refers_to].text == antecedent


@pytest.mark.parametrize("case", c.OF_A_LIST, ids=[m for m, *_ in c.OF_A_LIST])
def test_grounding_that_weekday_after_a_list_is_the_listed_day_on_it(
    case: tuple[str, str, str, str],
) -> None:
    test_grounding_that_weekday_is_of_the_week_said_before(case)


@pytest.mark.parametrize("case", c.NOT_THAT_WEEKDAY, ids=[m for m, *_ in c.NOT_THAT_WEEKDAY])
def test_grounding_that_weekday_negatives_stay_the_coming_one(case: tuple[str, str, str]) -> None:
    text, said, start = case
    mentions = ground(text, REF, NY)
    found = {m.text: m for m in mentions}
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%Y-%m-%d %H:%M") == start
    assert m.refers_to is None


def test_grounding_that_weekday_is_a_rule_of_its_own() -> None:
    (sm,) = parse("acrylics that Saturday")
    assert sm.rules == ["that_weekday"]


@pytest.mark.parametrize("case", c.BEFORE_IT, ids=[m for m, *_ in c.BEFORE_IT])
def test_grounding_before_it_is_before_the_time_said(
    case: tuple[str, str, str, str, str, str],
) -> None:
    text, said, antecedent, bound, start, end = case
    mentions = ground(text, REF, NY)
    found = {m.text: m for m in mentions}
    assert said in found, list(found)
    m = found[said]
    assert m.bound == bound
    assert m.refers_to is not None and mentions[m.refers_to].text == antecedent
    assert m.reading is not None
    lo, hi = m.reading.intervals[0]
    assert (lo.strftime("%Y-%m-%d %H:%M"), hi.strftime("%Y-%m-%d %H:%M")) == (start, end)


@pytest.mark.parametrize("case", c.NOT_BEFORE_IT, ids=[m for m, _ in c.NOT_BEFORE_IT])
def test_grounding_before_it_of_something_else_is_no_time(case: tuple[str, str]) -> None:
    text, said = case
    assert [m.text for m in ground(text, REF, NY)] == [said]


@pytest.mark.parametrize("case", c.WEEK_BEFORE_EMOJI, ids=[m for m, *_ in c.WEEK_BEFORE_EMOJI])
def test_grounding_an_emoji_ends_the_clause_of_the_week_before(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%Y-%m-%d %H:%M") == start
