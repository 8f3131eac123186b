"""The F46 corpus is the test: time words of languages written in Latin letters (issue
13): Indonesian and Malay ("besok pagi", "jam 2 siang", "sebelum jam 12", "Senin depan"),
Korean ("naeil ohu", "du-si"), Vietnamese ("chiều mai", "thu 6 tuan sau"), Thai ("prung
nee torn yen", "sam mong") and Arabizi ("el sa3a 4", "yom el sabt"); their lengths,
greetings and wishes for the soonest; and the same words where they are no time."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_f46 as f46
from tests.extractor.grounding_corpus import NY, REF, first_window

_ROWS = f46.INDONESIAN + f46.KOREAN + f46.VIETNAMESE + f46.THAI + f46.ARABIZI


@pytest.mark.parametrize("case", _ROWS, ids=[f"{t}|{s}" for t, s, _, _ in _ROWS])
def test_f46_romanised_time_words_ground_as_said(case: f46.Row) -> None:
    text, said, start, end = case
    assert first_window(text, said) == (start, end)


@pytest.mark.parametrize("case", f46.LENGTHS, ids=[t for t, _, _ in f46.LENGTHS])
def test_f46_lengths_in_the_customers_words(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].type == "duration"
    assert found[said].duration_minutes == minutes


@pytest.mark.parametrize("case", f46.NOT_LENGTHS, ids=[f"{t}|{n}" for t, _, n in f46.NOT_LENGTHS])
def test_f46_lengths_that_are_not(case: tuple[str, str, str]) -> None:
    text, said, other = case
    assert said in [m.text for m in ground(text, REF, NY) if m.type == "duration"]
    assert [m.text for m in ground(other, REF, NY) if m.type == "duration"] == []


@pytest.mark.parametrize("case", f46.GREETINGS, ids=[t for t, _ in f46.GREETINGS])
def test_f46_selamat_pagi_is_a_greeting(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "greeting") in [(u.text, u.reason) for u in unread(text)]
    assert [m.text for m in ground(text, REF, NY) if said in m.text] == []


@pytest.mark.parametrize("case", f46.SOONEST, ids=[t for t, _ in f46.SOONEST])
def test_f46_the_soonest_in_the_customers_words(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "soonest") in [(u.text, u.reason) for u in unread(text)]


@pytest.mark.parametrize("case", f46.LISTED, ids=[t for t, _, _ in f46.LISTED])
def test_f46_a_clock_after_days_joined_by_or_is_each_ones(
    case: tuple[str, str, tuple[str, str]],
) -> None:
    text, said, days = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert tuple(lo.strftime("%Y-%m-%d") for lo, _ in reading.intervals[:2]) == days


@pytest.mark.parametrize("case", f46.SAME_AS_BEFORE, ids=[t for t, _ in f46.SAME_AS_BEFORE])
def test_f46_same_time_and_same_day_point_back(case: tuple[str, str]) -> None:
    text, said = case
    assert (said, "no_antecedent") in [(u.text, u.reason) for u in unread(text)]


@pytest.mark.parametrize("case", f46.NOT_TIMES, ids=[f"{t}|{n}" for t, _, n in f46.NOT_TIMES])
def test_f46_words_that_are_no_time(case: tuple[str, str, str]) -> None:
    text, said, other = case
    assert said in [m.text for m in ground(text, REF, NY)]
    assert [m.text for m in ground(other, REF, NY) if m.type != "duration"] == []
    # nor a word grounding sets aside as needing context ("sore" of a sore tooth)
    assert [u.text for u in unread(other) if u.reason == "needs_context" and u.text in said] == []
