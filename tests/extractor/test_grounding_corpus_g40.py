"""The G40 corpus is the test: a weekday's date beside another ("Mon 30? Or Tue 1?"), a
Romance weekday and a number that is not its date ("el lunes 2"), Japanese romaji
("ashita gogo"), four-digit clock ranges ("0800-1600"), Hawaiian Pidgin ("aftah 2") and
Croatian days ("sutra")."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g40 as g40
from tests.extractor.grounding_corpus import NY, REF, first_window

_LONDON = "Europe/London"
_REF_LONDON = REF.replace(tzinfo=ZoneInfo(_LONDON))

_ROWS = g40.WEEKDAY_DATES_BESIDE + g40.ROMAJI + g40.CLOCK_RANGES + g40.PIDGIN + g40.BCS_DAYS


@pytest.mark.parametrize("case", _ROWS, ids=[f"{t}|{s}" for t, s, _, _ in _ROWS])
def test_g40_time_words_ground_as_said(case: g40.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said) == (start, end)


@pytest.mark.parametrize(
    "case", g40.WEEKDAY_HOURS_BESIDE, ids=[t for t, _ in g40.WEEKDAY_HOURS_BESIDE]
)
def test_g40_weekday_and_number_beside_a_date_that_stay_hours(case: tuple[str, str]) -> None:
    text, said = case
    dated = [m.text for m in ground(text, REF, NY) if "weekday_day_number" in m.rule]
    assert not any(said in t for t in dated), dated


@pytest.mark.parametrize(
    "case", g40.CLOCK_RANGES_ALONE, ids=[t for t, *_ in g40.CLOCK_RANGES_ALONE]
)
def test_g40_clock_ranges_said_alone(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert found[said].type == "timerange" and reading is not None
    windows = {(lo.strftime("%H:%M"), hi.strftime("%H:%M")) for lo, hi in reading.intervals}
    assert (start, end) in windows, windows


@pytest.mark.parametrize(
    "case", g40.WEEKDAY_NOT_ITS_DATE, ids=[t for t, *_ in g40.WEEKDAY_NOT_ITS_DATE]
)
def test_g40_weekday_and_a_number_not_its_date(case: g40.WeekdayMismatch) -> None:
    text, said, best, nearest = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%Y-%m-%d") == best
    others = {a.intervals[0][0].strftime("%Y-%m-%d") for a in m.alternatives}
    assert nearest in others, others


@pytest.mark.parametrize("text", g40.NOT_TIMES)
def test_g40_words_that_are_no_time(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.type != "duration"] == []


@pytest.mark.parametrize("case", g40.BRITISH_MEALS, ids=[t for t, *_ in g40.BRITISH_MEALS])
def test_g40_meals_said_in_britain_and_ireland(case: g40.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said, _REF_LONDON, _LONDON) == (start, end)


@pytest.mark.parametrize(
    ("text", "said", "zone", "evening"),
    [
        ("Wednesday dinner time?", "Wednesday dinner time", _LONDON, True),
        ("could I come in on my dinner tomorrow", "dinner tomorrow", _LONDON, True),
        ("Friday dinnertime if poss", "Friday dinnertime", "Europe/Dublin", True),
        ("Wednesday dinner time?", "Wednesday dinner time", "America/New_York", False),
    ],
)
def test_g40_a_british_dinner_keeps_the_evening_as_its_other_reading(
    text: str, said: str, zone: str, evening: bool
) -> None:
    # midday first (most of the writers there), the evening meal kept as the alternative;
    # where dinner is the evening meal there is no other reading
    found = {m.text: m for m in ground(text, REF.replace(tzinfo=ZoneInfo(zone)), zone)}
    assert said in found, list(found)
    others = [a.intervals[0][0].strftime("%H:%M") for a in found[said].alternatives]
    assert others == (["17:00"] if evening else [])
