"""The G8TOP corpus is the test: "first thing" and "end of the day" from the hours; "late
afternoons", "late-morning", "later in the aft"."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g8top as g8
from tests.extractor.grounding_corpus import NY, REF


def _first_window(text: str, said: str, *, hours: bool = True) -> str:
    if hours:
        mentions = ground(text, REF, NY, open_hours=g8.OPEN, day_hours=g8.DAY_HOURS)
    else:
        mentions = ground(text, REF, NY)
    found = {m.text: m for m in mentions}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    a, b = reading.intervals[0]
    return f"{a:%a %d %H:%M}-{b:%H:%M}"


CASES = g8.END_OF_DAY + g8.END_OF_DAY_BY_BOUND + g8.FIRST_THING + g8.EDGE_OF_PART


@pytest.mark.parametrize("case", CASES, ids=[m for m, _, _ in CASES])
def test_grounding_g8top_day_edges_from_the_hours(case: tuple[str, str, str]) -> None:
    text, said, window = case
    assert _first_window(text, said) == window


@pytest.mark.parametrize("case", g8.UNCHANGED, ids=[m for m, _, _ in g8.UNCHANGED])
def test_grounding_g8top_without_hours_unchanged(case: tuple[str, str, str]) -> None:
    text, said, window = case
    assert _first_window(text, said, hours=False) == window


@pytest.mark.parametrize("text", g8.NOT_TIMES)
def test_grounding_g8top_not_times(text: str) -> None:
    assert ground(text, REF, NY, open_hours=g8.OPEN, day_hours=g8.DAY_HOURS) == []


MY = g8.MY_TIME + g8.MY_TIME_UNCHANGED


@pytest.mark.parametrize("case", MY, ids=[m for m, _, _ in MY])
def test_grounding_g8top_my_time_is_the_speakers_zone(case: tuple[str, str, str]) -> None:
    text, said, zone = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].zone == zone


SAME = g8.SAME_TIME_WEEK_ON + g8.SAME_SLOT


@pytest.mark.parametrize("case", SAME, ids=[m for m, _, _ in SAME])
def test_grounding_g8top_same_time_a_week_on(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert len(reading.intervals) == 1
    assert f"{reading.intervals[0][0]:%a %d %H:%M}" == start
