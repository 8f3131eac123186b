"""The G13a corpus is the test: "in a 90 minute massage" is a length; "last thing" is the
end of the day; "a late appointment" is a wish for the latest time; "until like 1pm" is
a bound; "can't come in" / "cant come" negate; "monday after the 20th" is the first
Monday after it."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_g13a as g13
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


@pytest.mark.parametrize(
    "case", g13.ATTRIBUTIVE_LENGTH, ids=[m for m, *_ in g13.ATTRIBUTIVE_LENGTH]
)
def test_g13a_in_a_count_minute_thing_is_a_length(case: tuple[str, str, int]) -> None:
    text, said, minutes = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].duration_minutes == minutes
    assert not [m for m in found.values() if "in_n_minutes" in m.rule]


@pytest.mark.parametrize("case", g13.OFFSET_KEPT, ids=[m for m, _ in g13.OFFSET_KEPT])
def test_g13a_in_an_hour_stays_an_offset(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert "in_n_minutes" in found[said].rule


@pytest.mark.parametrize("case", g13.LAST_THING, ids=[m for m, _ in g13.LAST_THING])
def test_g13a_last_thing_is_the_end_of_the_day(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert "pod=end_of_day" in m.symbolic
    assert not m.negated


@pytest.mark.parametrize("text", g13.LAST_THING_POINT)
def test_g13a_last_thing_as_a_point_is_no_time(text: str) -> None:
    assert not [m for m in ground(text, REF, NY) if "pod=end_of_day" in m.symbolic]


@pytest.mark.parametrize("case", g13.LATE_ONE, ids=[m for m, _ in g13.LATE_ONE])
def test_g13a_a_late_one_is_a_wish_for_the_latest(case: tuple[str, str]) -> None:
    text, said = case
    aside = [(u.text, u.reason) for u in unread(text)]
    assert (said, "latest") in aside, aside
    assert not [m for m in ground(text, REF, NY) if "late" in m.text.lower()]


@pytest.mark.parametrize("case", g13.LATE_KEPT, ids=[m for m, _ in g13.LATE_KEPT])
def test_g13a_late_elsewhere_keeps_its_reading(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said
    assert not [u for u in unread(text) if u.reason == "latest"]


@pytest.mark.parametrize("case", g13.BOUND_LIKE, ids=[m for m, *_ in g13.BOUND_LIKE])
def test_g13a_like_between_cue_and_hour_keeps_the_bound(case: tuple[str, str, str, str]) -> None:
    text, said, side, label = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.bound == side
    assert m.reading is not None and m.reading.label.startswith(label), m.reading


@pytest.mark.parametrize("case", g13.LIKE_KEPT, ids=[m for m, _ in g13.LIKE_KEPT])
def test_g13a_like_elsewhere_keeps_its_reading(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said


@pytest.mark.parametrize("case", g13.CANT_COME_IN, ids=[m for m, *_ in g13.CANT_COME_IN])
def test_g13a_cant_come_in_negates(case: tuple[str, str, str | None]) -> None:
    text, said, bound = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.bound == bound
    if bound is None:
        assert m.negated


@pytest.mark.parametrize("case", g13.CAN_COME_IN, ids=[m for m, _ in g13.CAN_COME_IN])
def test_g13a_can_come_in_is_no_negation(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert not found[said].negated


@pytest.mark.parametrize(
    "case", g13.WEEKDAY_AFTER_DATE, ids=[m for m, *_ in g13.WEEKDAY_AFTER_DATE]
)
def test_g13a_weekday_after_a_date(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    assert m.reading.intervals[0][0].strftime("%m-%d") == day


@pytest.mark.parametrize("case", g13.WEEKDAY_AFTER_KEPT, ids=[m for m, _ in g13.WEEKDAY_AFTER_KEPT])
def test_g13a_weekday_after_elsewhere_keeps_its_reading(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said
