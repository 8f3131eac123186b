"""The A49 corpus is the test: times counted from events and from days said before
(counts ending their clause, weeks and weekends beside an event or a day, events said as
what someone does) and the holidays the writers name."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from slotwise.extractor.grounding import TimeMention, ground

from tests.extractor import grounding_corpus_a49 as g
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found, mention


def _days(m: TimeMention) -> tuple[str, str]:
    """The first and the last day a mention reads (its intervals end exclusive)."""
    assert m.reading is not None
    first = m.reading.intervals[0][0]
    last = m.reading.intervals[-1][1] - timedelta(microseconds=1)
    return first.date().isoformat(), last.date().isoformat()


def _with_antecedent(text: str, said: str, antecedent: str) -> TimeMention:
    mentions = ground(text, REF, NY)
    by_text = {m.text: m for m in mentions}
    assert said in by_text and antecedent in by_text, list(by_text)
    m = by_text[said]
    assert m.refers_to is not None and mentions[m.refers_to].text == antecedent
    return m


@pytest.mark.parametrize("case", g.COUNTS_FROM_DAY, ids=[m for m, *_ in g.COUNTS_FROM_DAY])
def test_a49_count_at_the_clause_end_leans_on_the_day_said_before(
    case: tuple[str, str, str, str],
) -> None:
    text, said, day, antecedent = case
    m = _with_antecedent(text, said, antecedent)
    assert m.bound is None and _days(m) == (day, day)


@pytest.mark.parametrize("case", g.COUNT_BOUNDS, ids=[m for m, *_ in g.COUNT_BOUNDS])
def test_a49_at_least_a_count_before_is_a_bound(case: tuple[str, str, str, str]) -> None:
    text, said, bound, last = case
    m = mention(text, said)
    assert m.bound == bound and m.refers_to is not None and m.reading is not None
    assert m.reading.intervals[-1][1].date().isoformat() == last  # the bound's edge


@pytest.mark.parametrize("text", g.NOT_COUNTS_FROM_DAY)
def test_a49_no_count_without_a_day_said_before(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "count_from_day" in m.rule] == []


@pytest.mark.parametrize("text", g.NOT_EVENTS_DONE)
def test_a49_a_days_routine_is_no_event(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if "event_count" in m.rule] == []


@pytest.mark.parametrize("case", g.A_WEEK_BEFORE_KEPT, ids=[m for m, *_ in g.A_WEEK_BEFORE_KEPT])
def test_a49_a_week_before_stays_the_week_leading_up(case: tuple[str, str, str, str]) -> None:
    text, said, first, last = case
    assert _days(mention(text, said)) == (first, last)


@pytest.mark.parametrize("case", g.EVENT_WEEKS, ids=[m for m, *_ in g.EVENT_WEEKS])
def test_a49_week_or_weekend_beside_a_dated_event(case: tuple[str, str, str, str, str]) -> None:
    text, said, first, last, antecedent = case
    m = _with_antecedent(text, said, antecedent)
    assert _days(m) == (first, last)


@pytest.mark.parametrize("case", g.DOER_EVENTS, ids=[m for m, *_ in g.DOER_EVENTS])
def test_a49_event_said_as_what_someone_does(case: tuple[str, str, str, str]) -> None:
    text, said, first, antecedent = case
    m = _with_antecedent(text, said, antecedent)
    assert _days(m)[0] == first


@pytest.mark.parametrize("case", g.DOER_BOUNDS, ids=[m for m, *_ in g.DOER_BOUNDS])
def test_a49_at_least_a_count_before_we_go_is_a_bound(case: tuple[str, str, str]) -> None:
    text, said, last = case
    m = mention(text, said)
    assert m.bound == "before" and m.refers_to is not None and m.reading is not None
    assert m.reading.intervals[-1][1].date().isoformat() == last


@pytest.mark.parametrize("case", g.WEEKS_FROM_A_DAY, ids=[m for m, *_ in g.WEEKS_FROM_A_DAY])
def test_a49_week_beside_a_day_said_after_it(case: tuple[str, str, str, str]) -> None:
    text, said, first, last = case
    assert _days(mention(text, said)) == (first, last)


@pytest.mark.parametrize("case", g.WEEKS_KEPT, ids=[m for m, _ in g.WEEKS_KEPT])
def test_a49_weeks_and_counts_of_weeks_kept(case: tuple[str, str]) -> None:
    text, said = case
    m = mention(text, said)
    assert "week" in m.rule or "offset_from_day" in m.rule
    start, end = m.reading.intervals[0] if m.reading else (None, None)
    assert start is not None and end is not None
    if ("before" in said and "weeks" in said) or "day before" in said:
        assert end - start <= timedelta(days=1)  # one day, not a week


@pytest.mark.parametrize("case", g.HOLIDAYS, ids=[m for m, *_ in g.HOLIDAYS])
def test_a49_holidays_the_writers_name(case: tuple[str, str, str]) -> None:
    text, said, day = case
    got = found(text)
    assert said in got, list(got)
    m = got[said]
    assert m.reading is not None
    assert date.fromisoformat(day) in {s.date() for s, _ in m.reading.intervals}


@pytest.mark.parametrize(
    "case", g.WEEKDAY_AFTER_THIS_ONE, ids=[m for m, *_ in g.WEEKDAY_AFTER_THIS_ONE]
)
def test_a49_weekday_after_this_one(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _days(mention(text, said))[0] == day


@pytest.mark.parametrize(
    "case", g.MOVED_FROM_THE_DAY_AFTER, ids=[m for m, *_ in g.MOVED_FROM_THE_DAY_AFTER]
)
def test_a49_moved_from_the_day_said_after(case: tuple[str, str, str, str]) -> None:
    text, said, day, antecedent = case
    m = _with_antecedent(text, said, antecedent)
    assert _days(m)[0] == day


@pytest.mark.parametrize("case", g.BARE_WEEK_AFTER, ids=[m for m, *_ in g.BARE_WEEK_AFTER])
def test_a49_week_after_opening_a_sentence(case: tuple[str, str, str, str]) -> None:
    text, said, first, last = case
    m = mention(text, said)
    assert m.refers_to is not None and _days(m) == (first, last)


@pytest.mark.parametrize("case", g.RIGHT_BEFORE, ids=[m for m, *_ in g.RIGHT_BEFORE])
def test_a49_right_before_the_time_said_before(case: tuple[str, str, str, str]) -> None:
    text, said, day, clock = case
    m = mention(text, said)
    assert m.bound == "before" and m.refers_to is not None and m.reading is not None
    end = m.reading.intervals[-1][1]
    assert end.date().isoformat() == day and end.strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g.DATES_BOOKED_AND_B4, ids=[m for m, *_ in g.DATES_BOOKED_AND_B4])
def test_a49_event_booked_on_a_date_and_the_day_b4(case: tuple[str, str, str, str]) -> None:
    text, said, day, antecedent = case
    m = _with_antecedent(text, said, antecedent)
    assert _days(m) == (day, day)


@pytest.mark.parametrize("case", g.WEEK_AFTER_SAME_DAY, ids=[m for m, *_ in g.WEEK_AFTER_SAME_DAY])
def test_a49_week_after_same_day_is_that_day_a_week_on(case: tuple[str, str, str]) -> None:
    text, said, day = case
    assert _days(mention(text, said)) == (day, day)
