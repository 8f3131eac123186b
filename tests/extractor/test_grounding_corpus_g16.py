"""The G16 corpus is the test: "the morra" / "the now" / "sarvo" are days and moments,
"a twilight tee time" is a time, "a full day" is eight hours, "31.07" is a date."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g16 as g16
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


def _start(m: Any) -> str:
    assert m.reading is not None
    return str(m.reading.intervals[0][0].strftime("%m-%d %H:%M"))


@pytest.mark.parametrize("case", g16.REGIONAL_DAYS, ids=[m for m, *_ in g16.REGIONAL_DAYS])
def test_g16_scots_and_australian_days(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = _found(text)
    assert said in found, list(found)
    assert _start(found[said]) == start


@pytest.mark.parametrize("case", g16.NOT_REGIONAL, ids=[m for m, _ in g16.NOT_REGIONAL])
def test_g16_the_morn_as_the_morning_stays(case: tuple[str, str]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert "scots" not in m.rule, (m.text, m.rule)
        assert m.text != words


@pytest.mark.parametrize("case", g16.BOOKED_LIGHT, ids=[m for m, *_ in g16.BOOKED_LIGHT])
def test_g16_twilight_said_of_a_booking_is_a_time(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = _found(text)
    assert said in found, list(found)
    assert _start(found[said]) == start


@pytest.mark.parametrize("text", g16.LIGHT_NOT_A_TIME)
def test_g16_twilight_alone_is_no_time(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []


@pytest.mark.parametrize("case", g16.FULL_DAY, ids=[m for m, _ in g16.FULL_DAY])
def test_g16_a_full_day_is_eight_hours(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].type == "duration"
    assert found[said].duration_minutes == 480


@pytest.mark.parametrize("text", g16.FULL_DAY_NOT_A_LENGTH)
def test_g16_a_day_off_or_busy_is_no_length(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.type == "duration"] == []


@pytest.mark.parametrize("case", g16.DOTTED_DATES, ids=[m for m, *_ in g16.DOTTED_DATES])
def test_g16_a_dotted_day_and_month_is_a_date(case: tuple[str, str, str]) -> None:
    text, said, date = case
    found = _found(text)
    assert said in found, list(found)
    assert "dotted_date" in found[said].rule
    assert _start(found[said])[:5] == date


@pytest.mark.parametrize("case", g16.DOTTED_NOT_A_DATE, ids=[m for m, _ in g16.DOTTED_NOT_A_DATE])
def test_g16_money_clocks_and_measures_are_no_date(case: tuple[str, str]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert "dotted_date" not in m.rule, (m.text, m.rule)
        assert not (m.type == "date" and words in m.text), m.text
