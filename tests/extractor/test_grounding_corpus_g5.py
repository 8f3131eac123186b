"""The G5 corpus is the test: where mentions begin and end around lists and full stops."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g5 as g5
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", g5.MENTIONS, ids=[m for m, _ in g5.MENTIONS])
def test_grounding_g5_mentions(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize(
    "case", g5.PARTS_AFTER_LISTS[:4], ids=[m for m, _ in g5.PARTS_AFTER_LISTS[:4]]
)
def test_grounding_g5_part_of_day_after_a_list_is_every_day(
    case: tuple[str, tuple[str, ...]],
) -> None:
    """The part of the day keeps no day of its own: it is said of each day of the list
    (not folded into the last one, nor a set of every day beside the list)."""
    text, _ = case
    *days, last = ground(text, REF, NY)
    assert last.reading is not None
    listed = {iv[0].date() for m in days if m.reading for iv in m.reading.intervals}
    assert {iv[0].date() for iv in last.reading.intervals} == listed
    assert len(listed) == len(days) > 1


@pytest.mark.parametrize("text", g5.HALF_DAYS)
def test_grounding_g5_half_a_day_is_four_hours(text: str) -> None:
    lengths = [m.duration_minutes for m in ground(text, REF, NY) if m.duration_minutes]
    assert lengths == [240]


@pytest.mark.parametrize("text", g5.NOT_HALF_DAYS)
def test_grounding_g5_half_day_off_is_no_length(text: str) -> None:
    assert not [m for m in ground(text, REF, NY) if m.duration_minutes]


@pytest.mark.parametrize("case", g5.SAME_HOUR, ids=[m for m, _, _ in g5.SAME_HOUR])
def test_grounding_g5_same_hour_reads_the_clock_said_before(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Deadline is Dec 16. Prefer 11 am, Monday or Tuesday next week.", ["11-30", "12-01"]),
        ("my party is Saturday. 4pm, wednesday or thursday?", ["11-25", "11-26"]),
        ("between 3 and 5 pm friday or saturday", ["11-27", "11-28"]),
    ],
)
def test_grounding_g5_time_before_a_list_is_read_on_its_days(text: str, days: list[str]) -> None:
    """A time said right before a list of days is read on those days, not on a day said
    in an earlier sentence."""
    timed = [m for m in ground(text, REF, NY) if m.type in ("time", "timerange", "datetime")]
    assert timed and timed[0].reading is not None
    assert [iv[0].strftime("%m-%d") for iv in timed[0].reading.intervals] == days


@pytest.mark.parametrize("case", g5.ONE_AS_PRONOUN, ids=[m for m, _ in g5.ONE_AS_PRONOUN])
def test_grounding_g5_one_after_a_determiner_is_no_clock(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", g5.A_WEEKDAY, ids=[m for m, _ in g5.A_WEEKDAY])
def test_grounding_g5_a_weekday_is_any_such_weekday(case: tuple[str, int]) -> None:
    text, days = case
    found = [m for m in ground(text, REF, NY) if m.rule.startswith("a_weekday")]
    assert len(found) == 1 and found[0].reading is not None
    assert len(found[0].reading.intervals) == days
    assert {iv[0].weekday() for iv in found[0].reading.intervals} == {
        found[0].reading.intervals[0][0].weekday()
    }


@pytest.mark.parametrize("text", g5.NOT_A_WEEKDAY)
def test_grounding_g5_a_weak_weekday_after_a_is_a_word(text: str) -> None:
    assert ground(text, REF, NY) == []


@pytest.mark.parametrize("case", g5.CANT_BE_THERE, ids=[m for m, *_ in g5.CANT_BE_THERE])
def test_grounding_g5_cannot_be_there_is_the_other_bound(case: tuple[str, str, str, str]) -> None:
    text, said, side, clock = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    start, end = reading.intervals[0]
    edge = start if side == "after" else end
    assert edge.strftime("%H:%M") == clock


@pytest.mark.parametrize(
    "case", g5.HALF_AT_SENTENCE_END, ids=[m for m, *_ in g5.HALF_AT_SENTENCE_END]
)
def test_grounding_g5_half_hour_before_a_full_stop(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert clock in {iv[0].strftime("%H:%M") for iv in reading.intervals}


@pytest.mark.parametrize("case", g5.FORTNIGHTS, ids=[m for m, *_ in g5.FORTNIGHTS])
def test_grounding_g5_within_a_fortnight_is_the_next_14_days(case: tuple[str, str, str]) -> None:
    text, said, first = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    (start, end), *_ = reading.intervals
    assert start.strftime("%m-%d") == first
    assert end.strftime("%m-%d") == "12-08"


@pytest.mark.parametrize("case", g5.WEEKEND_OF, ids=[m for m, _ in g5.WEEKEND_OF])
def test_grounding_g5_weekend_of_a_day(case: tuple[str, str]) -> None:
    text, saturday = case
    (m,) = ground(text, REF, NY)
    assert m.reading is not None
    ((start, end),) = m.reading.intervals
    assert start.strftime("%m-%d %a") == f"{saturday} Sat"
    assert (end - start).days == 2


@pytest.mark.parametrize("case", g5.DAY_NEXT, ids=[m for m, _ in g5.DAY_NEXT])
def test_grounding_g5_weekday_next_is_next_weekday(case: tuple[str, str]) -> None:
    text, day = case
    m = ground(text, REF, NY)[0]
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("case", g5.ROUGHLY, ids=[m for m, _ in g5.ROUGHLY])
def test_grounding_g5_roughly_said_hour_is_an_approximate_time(case: tuple[str, str]) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert "~" in found[said].symbolic


@pytest.mark.parametrize("text", g5.NOT_ROUGHLY)
def test_grounding_g5_roughly_said_count_is_no_time(text: str) -> None:
    assert ground(text, REF, NY) == []
