"""The GMISS corpus is the test: words writers mark as a time that used to go unread."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_gmiss as gm
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", gm.LATEST_ASKS, ids=[m for m, _ in gm.LATEST_ASKS])
def test_gmiss_question_for_the_last_opening_is_a_latest_wish(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "latest") in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("case", gm.SOONEST_ASKS, ids=[m for m, _ in gm.SOONEST_ASKS])
def test_gmiss_earlier_the_better_is_a_soonest_wish(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "soonest") in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("text", gm.NOT_ASKS)
def test_gmiss_a_bound_or_the_news_is_no_wish(text: str) -> None:
    assert not [u for u in unread(text) if u.reason in ("soonest", "latest")]


@pytest.mark.parametrize("case", gm.NOT_TOO_EARLY, ids=[m for m, _ in gm.NOT_TOO_EARLY])
def test_gmiss_not_too_early_is_from_ten(case: tuple[str, str]) -> None:
    text, said = case
    found = [m for m in ground(text, REF, NY) if said in m.text]
    assert len(found) == 1, [m.text for m in ground(text, REF, NY)]
    assert found[0].bound == "after" and found[0].reading is not None
    assert {iv[0].strftime("%H:%M") for iv in found[0].reading.intervals} == {"10:00"}


@pytest.mark.parametrize(
    "case", gm.NOT_TOO_EARLY_HOUR_SAID, ids=[m for m, _ in gm.NOT_TOO_EARLY_HOUR_SAID]
)
def test_gmiss_not_too_early_then_an_hour_reads_the_hour(case: tuple[str, str]) -> None:
    text, said = case
    found = ground(text, REF, NY)
    assert said in [m.text for m in found]
    assert not [m for m in found if "not_too_early" in m.rule]


@pytest.mark.parametrize("text", gm.NOT_TOO_EARLY_NOT_A_TIME)
def test_gmiss_too_early_for_something_is_no_time(text: str) -> None:
    assert ground(text, REF, NY) == []


@pytest.mark.parametrize("case", gm.BETWEEN_LIKE, ids=[m for m, *_ in gm.BETWEEN_LIKE])
def test_gmiss_between_like_a_and_b_is_a_range(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    a, b = reading.intervals[0]
    assert (a.strftime("%H:%M"), b.strftime("%H:%M")) == (start, end)


@pytest.mark.parametrize("text", gm.COUNTS)
def test_gmiss_counts_stay_unread(text: str) -> None:
    assert ground(text, REF, NY) == []


@pytest.mark.parametrize("case", gm.BUT_NOT, ids=[m for m, *_ in gm.BUT_NOT])
def test_gmiss_any_day_but_not_is_one_negation(
    case: tuple[str, tuple[str, ...], str, str],
) -> None:
    """The bound keeps its side: "any day but not after 4" ends at 4, "... before 10"
    starts at 10."""
    text, texts, said, side = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert tuple(found) == texts
    assert found[said].bound == side and not found[said].negated


@pytest.mark.parametrize("case", gm.STRAIGHT_AFTER, ids=[m for m, *_ in gm.STRAIGHT_AFTER])
def test_gmiss_straight_after_is_after_the_time_before_on_its_day(
    case: tuple[str, str, str],
) -> None:
    text, said, first = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.bound == "after" and m.reading is not None and m.refers_to is not None
    assert m.reading.intervals[0][0].strftime("%a %m-%d %H:%M") == first
    assert len(m.reading.intervals) == 1


@pytest.mark.parametrize("case", gm.NOT_STRAIGHT_AFTER, ids=[m for m, _ in gm.NOT_STRAIGHT_AFTER])
def test_gmiss_straight_after_something_else(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", gm.EARLY_LIKE, ids=[m for m, _ in gm.EARLY_LIKE])
def test_gmiss_early_like_seven_is_a_clock(case: tuple[str, str]) -> None:
    # "like" on a whole hour hedges the choice, not the hour (grounding_corpus_gtop.py)
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    said_minute = 15 if ":15" in said else 0  # "like 7:15" stays rough: from 6:45
    assert reading.intervals[0][0].minute in (said_minute, 45)


@pytest.mark.parametrize("case", gm.HEDGED_RANGES, ids=[m for m, *_ in gm.HEDGED_RANGES])
def test_gmiss_only_twelve_to_one_is_a_range(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    a, b = reading.intervals[0]
    assert (a.strftime("%H:%M"), b.strftime("%H:%M")) == (start, end)


@pytest.mark.parametrize("case", gm.BOUND_BEFORE_LIST, ids=[m for m, *_ in gm.BOUND_BEFORE_LIST])
def test_gmiss_bound_before_a_list_is_said_of_every_day(
    case: tuple[str, tuple[str, ...], tuple[str, ...]],
) -> None:
    text, texts, days = case
    found = ground(text, REF, NY)
    assert tuple(m.text for m in found) == texts
    reading = found[0].reading
    assert reading is not None
    assert tuple(sorted({a.strftime("%m-%d") for a, _ in reading.intervals})) == days


@pytest.mark.parametrize(
    "case", gm.EXCEPTED_LIST_THEN_TIME, ids=[m for m, _ in gm.EXCEPTED_LIST_THEN_TIME]
)
def test_gmiss_excepted_days_then_a_wished_time(
    case: tuple[str, tuple[tuple[str, bool], ...]],
) -> None:
    text, want = case
    assert tuple((m.text, m.negated) for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize(
    "case", gm.EXCEPTED_LIST_THEN_WEEK, ids=[m for m, _ in gm.EXCEPTED_LIST_THEN_WEEK]
)
def test_gmiss_week_after_days_ruled_out_is_its_own_mention(
    case: tuple[str, tuple[tuple[str, bool, str], ...]],
) -> None:
    text, want = case
    got = []
    for m in ground(text, REF, NY):
        assert m.reading is not None
        got.append((m.text, m.negated, m.reading.intervals[0][0].strftime("%m-%d")))
    assert tuple(got) == want


@pytest.mark.parametrize("case", gm.LIST_THEN_WEEK, ids=[m for m, _ in gm.LIST_THEN_WEEK])
def test_gmiss_week_after_days_wished_stays_on_the_last(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", gm.ANY_BUT, ids=[m for m, _ in gm.ANY_BUT])
def test_gmiss_any_morning_but_a_day_rules_the_day_out(
    case: tuple[str, tuple[tuple[str, bool], ...]],
) -> None:
    text, want = case
    assert tuple((m.text, m.negated) for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("text", gm.FIRST_THING)
def test_gmiss_first_thing_then_is_the_first_slot(text: str) -> None:
    found = [m for m in ground(text, REF, NY) if m.text.lower() == "first thing"]
    assert len(found) == 1 and found[0].reading is not None
    assert found[0].reading.intervals[-1][0].strftime("%H:%M") == "06:00"


@pytest.mark.parametrize("text", gm.NOT_FIRST_THING)
def test_gmiss_the_first_thing_i_need_is_no_time(text: str) -> None:
    assert ground(text, REF, NY) == []


@pytest.mark.parametrize("case", gm.SENTENCE_THEN_SET, ids=[m for m, _ in gm.SENTENCE_THEN_SET])
def test_gmiss_day_then_a_set_of_days(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    found = ground(text, REF, NY)
    assert tuple(m.text for m in found) == want
    assert all(m.reading is not None for m in found)


@pytest.mark.parametrize("case", gm.MOVE_BY_ROUGHLY, ids=[m for m, *_ in gm.MOVE_BY_ROUGHLY])
def test_gmiss_move_by_like_two_days(case: tuple[str, str, str]) -> None:
    text, said, first = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%a %m-%d %H:%M") == first


@pytest.mark.parametrize("case", gm.IN_BETWEEN, ids=[m for m, *_ in gm.IN_BETWEEN])
def test_gmiss_in_between_two_times(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    a, b = reading.intervals[1]  # the first whole day
    assert (a.strftime("%H:%M"), b.strftime("%H:%M")) == (start, end)


@pytest.mark.parametrize("case", gm.OR_AFTER_A_DAY, ids=[m for m, _ in gm.OR_AFTER_A_DAY])
def test_gmiss_or_after_a_day_is_its_own_bound(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want
