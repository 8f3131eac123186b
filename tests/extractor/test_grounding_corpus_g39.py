"""The G39 corpus is the test: Portuguese lengths ("uma hora e meia"), hours written with
"h" after a Portuguese day ("quarta 9h"), the next weekday ("segunda que vem"), Romance
ranges ("entre 10 e 2", "de segunda a sexta", "das 10 às 12") and parts of the day and
bounds ("fim da tarde", "até meio-dia e meia")."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g39 as g39
from tests.extractor.grounding_corpus import NY, REF, first_window

_ROWS = (
    g39.H_CLOCKS
    + g39.NEXT_DAYS
    + g39.RANGES
    + g39.PARTS_AND_BOUNDS
    + g39.BRACKETS
    + g39.WEEKDAY_DATES
    + g39.WEEKDAY_HOURS
)


@pytest.mark.parametrize("case", _ROWS, ids=[f"{t}|{s}" for t, s, _, _ in _ROWS])
def test_g39_romance_time_words_ground_as_said(case: g39.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said) == (start, end)


@pytest.mark.parametrize("case", g39.LENGTHS, ids=[t for t, _, _ in g39.LENGTHS])
def test_g39_portuguese_lengths(case: g39.LengthRow) -> None:
    text, said, minutes = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].type == "duration" and found[said].duration_minutes == minutes


@pytest.mark.parametrize("text", g39.NOT_TIMES)
def test_g39_words_that_are_no_time(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY) if m.type != "duration"] == []


@pytest.mark.parametrize("case", g39.MOVES, ids=[t for t, _, _ in g39.MOVES])
def test_g39_days_after_a_move_verb_are_no_range(case: tuple[str, str, str]) -> None:
    text, old, new = case
    said = [m.text for m in ground(text, REF, NY)]
    assert new in said, said
    assert not any(old in s and new in s for s in said), said


@pytest.mark.parametrize("case", g39.FORMS, ids=[f"{t}|{s}" for t, s, *_ in g39.FORMS])
def test_g39_form_time_said_of_each_date_asked(case: g39.FormRow) -> None:
    text, said, days, start, end = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert tuple(sorted({lo.strftime("%m-%d") for lo, _ in reading.intervals})) == days
    lo, hi = reading.intervals[0]
    assert (lo.strftime("%H:%M"), hi.strftime("%H:%M")) == (start, end)


@pytest.mark.parametrize("case", g39.UNTICKED, ids=[t for t, _ in g39.UNTICKED])
def test_g39_form_unticked_options(case: tuple[str, tuple[str, ...]]) -> None:
    text, left = case
    assert tuple(m.text for m in ground(text, REF, NY) if m.unticked) == left


@pytest.mark.parametrize("text", g39.NOT_FORM_DATES)
def test_g39_form_dashes_and_boxes_that_are_no_date(text: str) -> None:
    said = [m.text for m in ground(text, REF, NY) if m.type in ("date", "daterange")]
    assert said == [], said


@pytest.mark.parametrize("case", g39.BRACKETS_NEAR, ids=[t for t, _ in g39.BRACKETS_NEAR])
def test_g39_brackets_without_a_day_join_nothing(case: tuple[str, str]) -> None:
    text, said = case
    assert said in [m.text for m in ground(text, REF, NY)]


def test_g39_corpus_size() -> None:
    assert len(g39.LENGTHS) >= 10 and len(g39.H_CLOCKS) >= 10
    assert len(g39.RANGES) >= 10 and len(g39.PARTS_AND_BOUNDS) >= 10
    assert len(g39.NEXT_DAYS) >= 8 and len(g39.NOT_TIMES) >= 15
    assert len(g39.FORMS) >= 12 and len(g39.NOT_FORM_DATES) >= 5
    assert len(g39.BRACKETS) >= 10
    assert len(g39.WEEKDAY_DATES) >= 12 and len(g39.WEEKDAY_HOURS) >= 6
