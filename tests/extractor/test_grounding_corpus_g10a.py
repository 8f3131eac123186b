"""The G10a corpus is the test: "how about 3" names the clock, "btwn 10 n 2" is a range,
"at 15h" / "14h30" / "after 16 hours" are clocks while "a 2h call" stays a length."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g10a as g10
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


def _start(text: str, said: str) -> tuple[Any, str]:
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    return m, m.reading.intervals[0][0].strftime("%m-%d %H:%M")


@pytest.mark.parametrize("case", g10.SUGGESTED_CLOCKS, ids=[m for m, *_ in g10.SUGGESTED_CLOCKS])
def test_g10a_suggested_clock_is_the_clock_itself(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m, got = _start(text, said)
    assert got == start
    assert "~" not in m.symbolic


@pytest.mark.parametrize("case", g10.STILL_ROUGH, ids=[m for m, *_ in g10.STILL_ROUGH])
def test_g10a_about_alone_still_rounds_the_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m, got = _start(text, said)
    assert got == start
    assert "~" in m.symbolic


@pytest.mark.parametrize("case", g10.TEXTED_BETWEEN, ids=[m for m, *_ in g10.TEXTED_BETWEEN])
def test_g10a_texted_between_is_a_range(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m, got = _start(text, said)
    assert got == start
    assert m.reading.intervals[0][1].strftime("%H:%M") == end


@pytest.mark.parametrize("case", g10.NOT_A_RANGE, ids=[m for m, _ in g10.NOT_A_RANGE])
def test_g10a_n_and_btw_elsewhere_join_nothing(case: tuple[str, tuple[str, ...]]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert not any(w in m.text for w in words), m.text


@pytest.mark.parametrize("case", g10.H_CLOCKS, ids=[m for m, *_ in g10.H_CLOCKS])
def test_g10a_european_h_clock_is_a_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    m, got = _start(text, said)
    assert got == start
    assert m.type != "duration"


@pytest.mark.parametrize("case", g10.H_BOUNDS, ids=[m for m, *_ in g10.H_BOUNDS])
def test_g10a_european_h_clock_after_a_bound_word(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.bound == bound and m.reading is not None
    a, b = m.reading.intervals[0]
    assert (a if bound == "after" else b).strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g10.H_LENGTHS, ids=[m for m, *_ in g10.H_LENGTHS])
def test_g10a_hours_as_a_length_stay_a_length(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].type == "duration"
    assert found[said].duration_minutes == minutes


@pytest.mark.parametrize("case", g10.NATION_ZONES, ids=[m for m, *_ in g10.NATION_ZONES])
def test_g10a_a_country_names_its_zone(case: tuple[str, str, str]) -> None:
    text, said, zone = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].zone == zone


@pytest.mark.parametrize("case", g10.NATION_NOT_A_ZONE, ids=[m for m, _ in g10.NATION_NOT_A_ZONE])
def test_g10a_a_people_without_time_is_no_zone(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].zone == NY


@pytest.mark.parametrize("case", g10.CITY_ZONES, ids=[m for m, *_ in g10.CITY_ZONES])
def test_g10a_a_city_names_its_zone(case: tuple[str, str, str]) -> None:
    text, said, zone = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].zone == zone


@pytest.mark.parametrize("case", g10.CITY_NOT_A_ZONE, ids=[m for m, _ in g10.CITY_NOT_A_ZONE])
def test_g10a_a_city_only_mentioned_is_no_zone(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].zone == NY


@pytest.mark.parametrize(
    "case",
    g10.SAME_DAY_WEEK_ON + g10.SAME_DAY_ITSELF,
    ids=[m for m, *_ in g10.SAME_DAY_WEEK_ON + g10.SAME_DAY_ITSELF],
)
def test_g10a_same_day_a_week_on(case: tuple[str, str, str]) -> None:
    text, said, day = case
    _, got = _start(text, said)
    assert got[:5] == day


@pytest.mark.parametrize("case", g10.BREKKIE, ids=[m for m, *_ in g10.BREKKIE])
def test_g10a_brekkie_is_breakfast(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m, got = _start(text, said)
    assert "pod=breakfast" in m.symbolic
    assert got[:5] == day


@pytest.mark.parametrize("text", g10.BREKKIE_NOT_A_TIME)
def test_g10a_brekkie_alone_is_no_time(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []


@pytest.mark.parametrize(
    "case",
    g10.BULLET_ITEMS + g10.BULLET_ONE_ITEM,
    ids=[m for m, _ in g10.BULLET_ITEMS + g10.BULLET_ONE_ITEM],
)
def test_g10a_a_bullet_is_its_own_item(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said
