"""The G23 corpus (`grounding_corpus_g23`): a part of the day said from an event's day,
"the day before" with what it is for, and an em dash that breaks a sentence."""

from __future__ import annotations

import pytest

from tests.extractor import grounding_corpus_g23 as g23
from tests.extractor.grounding_found import found, mention


@pytest.mark.parametrize("case", g23.PART_FROM_A_DAY, ids=[m for m, *_ in g23.PART_FROM_A_DAY])
def test_g23_part_of_the_day_from_a_day(case: tuple[str, str, str, str]) -> None:
    text, said, day, clock = case
    m = mention(text, said)
    assert m.reading is not None
    start = m.reading.intervals[0][0]
    assert (start.strftime("%m-%d"), start.strftime("%H:%M")) == (day, clock)


@pytest.mark.parametrize("case", g23.DAY_BEFORE_TO, ids=[m for m, *_ in g23.DAY_BEFORE_TO])
def test_g23_the_day_before_with_what_it_is_for(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("case", g23.NOT_FROM_A_DAY, ids=[m for m, *_ in g23.NOT_FROM_A_DAY])
def test_g23_not_a_part_moved_from_a_day(case: tuple[str, str]) -> None:
    text, said = case
    all_found = found(text)
    assert said in all_found, list(all_found)
    assert "day_before_after" not in all_found[said].rule


@pytest.mark.parametrize("case", g23.DASH_BREAKS, ids=[m for m, *_ in g23.DASH_BREAKS])
def test_g23_spaced_em_dash_breaks_the_sentence(case: tuple[str, tuple[str, ...]]) -> None:
    text, saids = case
    all_found = found(text)
    for said in saids:
        assert said in all_found, list(all_found)
    assert all("—" not in m for m in all_found), list(all_found)


@pytest.mark.parametrize("text", g23.DASH_RANGES)
def test_g23_dash_ranges_stay_ranges(text: str) -> None:
    assert list(found(text)) == [text]


@pytest.mark.parametrize("case", g23.PREFERRED_NUMBER, ids=[m for m, *_ in g23.PREFERRED_NUMBER])
def test_g23_a_number_offered_as_the_better_time(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize(
    "case", g23.NOT_A_PREFERRED_NUMBER, ids=[m for m, *_ in g23.NOT_A_PREFERRED_NUMBER]
)
def test_g23_not_a_number_offered_as_a_time(case: tuple[str, str]) -> None:
    text, said = case
    assert said not in found(text)


@pytest.mark.parametrize("case", g23.CORRECTED_DOTTED, ids=[m for m, *_ in g23.CORRECTED_DOTTED])
def test_g23_dotted_clock_after_a_correction(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = mention(text, said)
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%H:%M") == clock
