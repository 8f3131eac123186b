"""The G11a corpus is the test: "before work" starts at an early opening, "after the
lunch" is "after lunch", "bar Friday" is "except Friday", and "12/9 in the morning" is
Dec 9's morning."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g11a as g11
from tests.extractor.grounding_corpus import NY, REF


def _found(text: str, open_hours: tuple[int, int] | None = None) -> dict[str, Any]:
    if open_hours is None:
        return {m.text: m for m in ground(text, REF, NY)}
    return {m.text: m for m in ground(text, REF, NY, open_hours=open_hours)}


def _mention(text: str, said: str, open_hours: tuple[int, int] | None = None) -> Any:
    found = _found(text, open_hours)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    return m


@pytest.mark.parametrize(
    "case",
    g11.BEFORE_WORK_FROM_OPENING,
    ids=[f"{m}@{o}" for m, _, o, _ in g11.BEFORE_WORK_FROM_OPENING],
)
def test_g11a_before_work_starts_at_an_early_opening(case: tuple[str, str, int, str]) -> None:
    text, said, opening, start = case
    m = _mention(text, said, (opening, 21 * 60))
    # the last day's window: the reference day's may begin at the reference time
    assert m.reading.intervals[-1][0].strftime("%H:%M") == start


@pytest.mark.parametrize(
    "case",
    g11.LUNCH_SAID_WITH_THE + g11.LUNCH_BARE_UNCHANGED,
    ids=[m for m, *_ in g11.LUNCH_SAID_WITH_THE + g11.LUNCH_BARE_UNCHANGED],
)
def test_g11a_lunch_with_an_article_reads_as_lunch(case: tuple[str, str, str, str, str]) -> None:
    text, said, bound, start, end = case
    m = _mention(text, said)
    assert (m.bound or "") == bound
    a, b = m.reading.intervals[0]
    assert (a.strftime("%H:%M"), b.strftime("%H:%M")) == (start, end)


@pytest.mark.parametrize("case", g11.LUNCH_NOT_A_TIME, ids=[m for m, _ in g11.LUNCH_NOT_A_TIME])
def test_g11a_the_lunch_alone_is_no_time(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert not any(w in m.text for w in words), m.text


@pytest.mark.parametrize("case", g11.BAR_EXCEPT, ids=[m for m, _ in g11.BAR_EXCEPT])
def test_g11a_bar_before_a_day_is_except(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].negated


@pytest.mark.parametrize("case", g11.BAR_NOT_EXCEPT, ids=[m for m, _ in g11.BAR_NOT_EXCEPT])
def test_g11a_bar_elsewhere_negates_nothing(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert not found[said].negated
    assert not any(m.text.lower().startswith("bar") for m in found.values())


@pytest.mark.parametrize(
    "case",
    g11.NUMERIC_DATE_IN_THE_POD,
    ids=[f"{m}|{s}" for m, s, *_ in g11.NUMERIC_DATE_IN_THE_POD],
)
def test_g11a_numeric_date_in_the_part_of_day(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = _mention(text, said)
    a, b = m.reading.intervals[0]
    assert (a.strftime("%m-%d %H:%M"), b.strftime("%H:%M")) == (start, end)
    assert len(m.reading.intervals) == 1


@pytest.mark.parametrize("case", g11.NOT_A_DATE, ids=[m for m, _ in g11.NOT_A_DATE])
def test_g11a_fraction_in_inches_is_no_date(case: tuple[str, str]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert words not in m.text, m.text


@pytest.mark.parametrize("case", g11.ZONE_RESTATED, ids=[m for m, *_ in g11.ZONE_RESTATED])
def test_g11a_clock_restated_in_another_zone_is_one_mention(
    case: tuple[str, str, str, str],
) -> None:
    text, said, bound, edge = case
    m = _mention(text, said)
    assert (m.bound or "") == bound
    a, b = m.reading.intervals[0]
    at = b if bound == "before" else a
    assert at.astimezone(REF.tzinfo).strftime("%m-%d %H:%M") == edge


@pytest.mark.parametrize("case", g11.ZONE_NOT_RESTATED, ids=[m for m, _ in g11.ZONE_NOT_RESTATED])
def test_g11a_bracket_that_restates_nothing_stays_apart(case: tuple[str, tuple[str, ...]]) -> None:
    text, apart = case
    found = _found(text)
    for said in apart:
        assert said in found, list(found)


@pytest.mark.parametrize("case", g11.AFTER_AS_WANT, ids=[m for m, *_ in g11.AFTER_AS_WANT])
def test_g11a_im_after_a_slot_is_no_bound(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.bound is None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize(
    "case", g11.AFTER_STILL_A_BOUND, ids=[m for m, _ in g11.AFTER_STILL_A_BOUND]
)
def test_g11a_after_elsewhere_is_still_a_bound(case: tuple[str, str]) -> None:
    text, said = case
    assert _mention(text, said).bound == "after"


@pytest.mark.parametrize("case", g11.NEXT_FREE_WEEKDAY, ids=[m for m, *_ in g11.NEXT_FREE_WEEKDAY])
def test_g11a_next_weekday_with_room_is_any_such_weekday(case: tuple[str, str, int, str]) -> None:
    text, said, weekday, first = case
    m = _mention(text, said)
    starts = [a for a, _ in m.reading.intervals]
    assert len(starts) >= 3
    assert {a.weekday() for a in starts} == {weekday}
    assert starts[0].strftime("%m-%d") == first


@pytest.mark.parametrize(
    "case", g11.NEXT_WEEKDAY_STAYS_ONE_DAY, ids=[m for m, *_ in g11.NEXT_WEEKDAY_STAYS_ONE_DAY]
)
def test_g11a_next_weekday_of_the_speaker_is_one_day(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert len(m.reading.intervals) == 1
    assert m.reading.intervals[0][0].strftime("%m-%d") == day
