"""The G9MISS corpus is the test: writer spans that grounding used to pass over."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g9miss as g9
from tests.extractor.grounding_corpus import NY, REF


def _texts(text: str) -> tuple[str, ...]:
    return tuple(m.text for m in ground(text, REF, NY))


@pytest.mark.parametrize("case", g9.MOVE_FROM_TO, ids=[m for m, _ in g9.MOVE_FROM_TO])
def test_g9miss_move_from_to_is_the_old_time_and_the_new(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert _texts(text) == want


@pytest.mark.parametrize("case", g9.NOT_MOVES, ids=[m for m, _ in g9.NOT_MOVES])
def test_g9miss_no_move_keeps_the_range(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert _texts(text) == want


@pytest.mark.parametrize("case", g9.THAN_AS_OF, ids=[m for m, *_ in g9.THAN_AS_OF])
def test_g9miss_earlier_of_is_earlier_than(case: tuple[str, str, str, str]) -> None:
    text, said, side, clock = case
    found = [m for m in ground(text, REF, NY) if said in m.text]
    assert len(found) == 1, text
    reading = found[0].reading
    assert reading is not None
    start, end = reading.intervals[0]
    edge = start if side == "after" else end
    assert edge.strftime("%H:%M") == clock


@pytest.mark.parametrize("text", g9.NOT_THAN_AS_OF)
def test_g9miss_of_keeps_a_count(text: str) -> None:
    assert _texts(text) == ()


@pytest.mark.parametrize(
    "case",
    g9.WEEKDAY_CLASH + g9.WEEKDAY_AGREES,
    ids=[m for m, _ in g9.WEEKDAY_CLASH + g9.WEEKDAY_AGREES],
)
def test_g9miss_days_naming_two_weekdays_stay_two(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert _texts(text) == want


def _said(text: str, said: str) -> TimeMention:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    return found[said]


@pytest.mark.parametrize("case", g9.NEXT_DAYS, ids=[m for m, _ in g9.NEXT_DAYS])
def test_g9miss_in_the_next_days_is_the_next_three(case: tuple[str, str]) -> None:
    text, said = case
    reading = _said(text, said).reading
    assert reading is not None
    ((start, end),) = reading.intervals
    assert (start.strftime("%m-%d"), end.strftime("%m-%d")) == ("11-24", "11-27")


@pytest.mark.parametrize("text", g9.NOT_NEXT_DAYS)
def test_g9miss_next_days_alone_is_unread(text: str) -> None:
    assert _texts(text) == ()


@pytest.mark.parametrize("case", g9.A_WEEKNIGHT, ids=[m for m, _ in g9.A_WEEKNIGHT])
def test_g9miss_a_weeknight_is_a_weekday_evening(case: tuple[str, str]) -> None:
    text, said = case
    reading = _said(text, said).reading
    assert reading is not None
    assert {s.weekday() for s, _ in reading.intervals} == set(range(5))
    assert {s.strftime("%H:%M") for s, _ in reading.intervals} == {"17:00"}


@pytest.mark.parametrize("case", g9.NEXT_IN, ids=[m for m, _ in g9.NEXT_IN])
def test_g9miss_next_day_in_is_a_soonest_wish(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "soonest") in {(u.text, u.reason) for u in unread(text)}


@pytest.mark.parametrize("text", g9.NOT_NEXT_IN)
def test_g9miss_next_in_line_is_no_wish(text: str) -> None:
    assert not [u for u in unread(text) if u.reason == "soonest"]


@pytest.mark.parametrize("case", g9.WEEKDAY_SPELLINGS, ids=[m for m, *_ in g9.WEEKDAY_SPELLINGS])
def test_g9miss_weekday_spellings(case: tuple[str, str, int]) -> None:
    text, said, weekday = case
    reading = _said(text, said).reading
    assert reading is not None
    assert {s.weekday() for s, _ in reading.intervals} == {weekday}


@pytest.mark.parametrize("text", g9.NOT_WEEKDAY_SPELLINGS)
def test_g9miss_weekday_lookalikes_stay_words(text: str) -> None:
    assert _texts(text) == ()


@pytest.mark.parametrize("case", g9.POD_ALONE, ids=[m for m, _ in g9.POD_ALONE])
def test_g9miss_short_part_of_day_as_a_clause(case: tuple[str, str]) -> None:
    text, said = case
    assert [t for t in _texts(text) if t.endswith(said)], _texts(text)


@pytest.mark.parametrize("text", g9.NOT_POD_ALONE)
def test_g9miss_eve_as_a_name_stays_unread(text: str) -> None:
    assert _texts(text) == ()


@pytest.mark.parametrize("case", g9.HOLIDAYS, ids=[m for m, *_ in g9.HOLIDAYS])
def test_g9miss_fixed_date_holidays(case: tuple[str, str, str]) -> None:
    text, said, day = case
    reading = _said(text, said).reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("case", g9.DOT_CLOCKS, ids=[m for m, *_ in g9.DOT_CLOCKS])
def test_g9miss_dotted_clock_after_time_words(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    reading = _said(text, said).reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize("text", g9.NOT_DOT_CLOCKS)
def test_g9miss_dotted_number_stays_a_number(text: str) -> None:
    assert _texts(text) == ()


@pytest.mark.parametrize("case", g9.HEDGED_HOURS, ids=[m for m, _ in g9.HEDGED_HOURS])
def test_g9miss_hedged_number_after_a_time_is_the_hour(case: tuple[str, str]) -> None:
    text, clock = case
    starts = {
        iv[0].strftime("%H:%M")
        for m in ground(text, REF, NY)
        if m.reading
        for iv in m.reading.intervals[:1]
    }
    assert clock in starts, _texts(text)


@pytest.mark.parametrize("text", g9.NOT_HEDGED_HOURS)
def test_g9miss_hedged_count_stays_a_count(text: str) -> None:
    found = [m for m in ground(text, REF, NY) if m.rule == "bare_number"]
    assert found == []


@pytest.mark.parametrize("case", g9.WORK_EDGES, ids=[m for m, *_ in g9.WORK_EDGES])
def test_g9miss_working_day_edges(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    reading = _said(text, said).reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize("text", g9.NOT_WORK_EDGES)
def test_g9miss_work_otherwise_is_unread(text: str) -> None:
    assert _texts(text) == ()


@pytest.mark.parametrize("case", g9.FOREIGN, ids=[m for m, *_ in g9.FOREIGN])
def test_g9miss_first_language_days_and_clocks(case: tuple[str, str, str]) -> None:
    text, said, first = case
    reading = _said(text, said).reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d %H:%M") == first


@pytest.mark.parametrize("text", g9.NOT_FOREIGN)
def test_g9miss_first_language_words_that_are_no_time(text: str) -> None:
    assert not [m for m in ground(text, REF, NY) if m.type != "duration"]


@pytest.mark.parametrize("case", g9.AUSSIE_PARTS, ids=[m for m, *_ in g9.AUSSIE_PARTS])
def test_g9miss_australian_parts_of_the_day(case: tuple[str, str, str]) -> None:
    text, said, first = case
    reading = _said(text, said).reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%m-%d %H:%M") == first


@pytest.mark.parametrize("text", g9.NOT_AUSSIE_PARTS)
def test_g9miss_avo_as_a_word(text: str) -> None:
    assert not [t for t in _texts(text) if "avo" in t or "smoko" in t]
