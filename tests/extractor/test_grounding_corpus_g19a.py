"""The G19a corpus is the test: "from then on" is a bound from the day said before,
"after that" after a run of days is after its last day, "any day except Sunday" is the
day ruled out from "except" on, and "the next" / "next one" / "the sunday after" are
the next of a weekday said just before."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g19a as g19
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found
from tests.extractor.grounding_found import mention as _mention


def _day(m: Any) -> str:
    return str(m.reading.intervals[0][0].strftime("%m-%d"))


@pytest.mark.parametrize("case", g19.FROM_THEN, ids=[m for m, *_ in g19.FROM_THEN])
def test_g19a_from_then_on_is_a_bound_from_the_day_said(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.bound == "after"
    assert m.refers_to is not None
    assert _day(m) == day
    assert m.reading.intervals[0][0].strftime("%H:%M") == "00:00"  # that day included


@pytest.mark.parametrize("case", g19.FROM_THEN_NOT, ids=[m for m, _ in g19.FROM_THEN_NOT])
def test_g19a_from_that_elsewhere_is_no_bound(case: tuple[str, str]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert words not in m.text, m.text


@pytest.mark.parametrize("case", g19.AFTER_A_RUN, ids=[m for m, *_ in g19.AFTER_A_RUN])
def test_g19a_after_that_leans_on_a_run_of_days(case: tuple[str, str, str, str]) -> None:
    text, said, bound, edge = case
    m = _mention(text, said)
    assert m.bound == bound
    a, b = m.reading.intervals[0][0], m.reading.intervals[-1][1]
    assert (a if bound == "after" else b).strftime("%m-%d") == edge


@pytest.mark.parametrize("case", g19.AFTER_THE_TIME, ids=[m for m, *_ in g19.AFTER_THE_TIME])
def test_g19a_after_that_still_leans_on_the_time(case: tuple[str, str, str]) -> None:
    text, said, clock = case
    m = _mention(text, said)
    assert m.bound == "after"
    assert m.reading.intervals[0][0].strftime("%H:%M") == clock


@pytest.mark.parametrize("case", g19.ANY_DAY_EXCEPT, ids=[m for m, _ in g19.ANY_DAY_EXCEPT])
def test_g19a_any_day_except_is_the_day_ruled_out(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    found = ground(text, REF, NY)
    assert tuple(m.text for m in found) == said
    ruled_out = [m for m in found if m.text.lower().startswith(("except", "but"))]
    assert len(ruled_out) == 1
    assert ruled_out[0].negated
    assert ruled_out[0].cue is not None and ruled_out[0].cue.lower().startswith("any")


@pytest.mark.parametrize("case", g19.ANY_SET_KEEPS, ids=[m for m, _ in g19.ANY_SET_KEEPS])
def test_g19a_other_sets_before_an_exception_stay(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said


@pytest.mark.parametrize("case", g19.THE_NEXT, ids=[m for m, *_ in g19.THE_NEXT])
def test_g19a_the_next_of_a_weekday(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert not m.negated
    assert _day(m) == day


@pytest.mark.parametrize("case", g19.THIS_COMING_ONE, ids=[m for m, *_ in g19.THIS_COMING_ONE])
def test_g19a_this_coming_one_ruled_out(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.negated
    assert _day(m) == day


@pytest.mark.parametrize("case", g19.THE_NEXT_NOT, ids=[m for m, _ in g19.THE_NEXT_NOT])
def test_g19a_the_next_of_no_weekday_is_no_day(case: tuple[str, str]) -> None:
    text, words = case
    for m in ground(text, REF, NY):
        assert words not in m.text, m.text


@pytest.mark.parametrize("case", g19.BACK_TO_BACK, ids=[m for m, *_ in g19.BACK_TO_BACK])
def test_g19a_back_to_back_hours_are_one_length(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].type == "duration"
    assert found[said].duration_minutes == minutes


@pytest.mark.parametrize("case", g19.BACK_TO_BACK_NOT, ids=[m for m, _ in g19.BACK_TO_BACK_NOT])
def test_g19a_back_to_back_elsewhere_is_no_length(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said


@pytest.mark.parametrize(
    "case", g19.SHORT_DAY_RULED_OUT, ids=[m for m, *_ in g19.SHORT_DAY_RULED_OUT]
)
def test_g19a_short_weekday_ruled_out_after_it(case: tuple[str, str, str]) -> None:
    text, said, day = case
    m = _mention(text, said)
    assert m.negated
    assert _day(m) == day


@pytest.mark.parametrize("case", g19.SHORT_DAY_NOT, ids=[m for m, _ in g19.SHORT_DAY_NOT])
def test_g19a_short_weekday_words_stay_words(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said


@pytest.mark.parametrize("case", g19.BRING_IN, ids=[m for m, *_ in g19.BRING_IN])
def test_g19a_bring_it_in_is_no_move(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    m = _mention(text, said)
    a, b = m.reading.intervals[0]
    assert a.strftime("%m-%d %H:%M") == start
    assert b.strftime("%H:%M") == end


@pytest.mark.parametrize("case", g19.BRING_MOVES, ids=[m for m, _ in g19.BRING_MOVES])
def test_g19a_bring_forward_still_moves(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said
