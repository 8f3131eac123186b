"""The G11c corpus is the test: "before my visa ends on the 20th" is before the 20th,
"not today nor tomorrow" rules both out, "tomorrow, morning or afternoon" is two windows
of tomorrow, "not Wednesday — Thursday?" is two days, and "get A tmrw" names Studio A."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.resources import find_resources

from tests.extractor import grounding_corpus_g11c as g11
from tests.extractor.grounding_corpus import NY, REF
from tests.extractor.grounding_found import found as _found


@pytest.mark.parametrize("case", g11.EVENT_DEADLINES, ids=[m for m, *_ in g11.EVENT_DEADLINES])
def test_g11c_event_on_a_day_is_a_deadline(case: tuple[str, str, str]) -> None:
    text, said, day = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.bound == "before" and not m.negated and m.reading is not None
    end = m.reading.intervals[-1][1]
    assert end.strftime("%m-%d %H:%M") == f"{day} 00:00"


@pytest.mark.parametrize(
    "case", g11.EVENT_NOT_A_DEADLINE, ids=[m for m, _ in g11.EVENT_NOT_A_DEADLINE]
)
def test_g11c_not_every_event_is_a_deadline(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    mentions = ground(text, REF, NY)
    assert tuple(m.text for m in mentions) == said
    assert all(m.bound is None for m in mentions)


@pytest.mark.parametrize("case", g11.NOR_LISTS, ids=[m for m, _ in g11.NOR_LISTS])
def test_g11c_nor_rules_out_the_whole_list(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].negated


@pytest.mark.parametrize("case", g11.NEITHER_FIRST, ids=[m for m, _ in g11.NEITHER_FIRST])
def test_g11c_neither_rules_out_the_first_item(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].negated


@pytest.mark.parametrize("case", g11.NOR_NOT_NEGATED, ids=[m for m, _ in g11.NOR_NOT_NEGATED])
def test_g11c_no_list_no_negation(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert not found[said].negated


@pytest.mark.parametrize("case", g11.DASH_BREAKS, ids=[m for m, _ in g11.DASH_BREAKS])
def test_g11c_spaced_dash_between_weekdays_breaks(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said


@pytest.mark.parametrize("case", g11.DASH_RANGES, ids=[m for m, _ in g11.DASH_RANGES])
def test_g11c_dash_ranges_stay_ranges(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].type == "daterange"


@pytest.mark.parametrize("case", g11.SHARED_DAY, ids=[m for m, *_ in g11.SHARED_DAY])
def test_g11c_day_said_once_for_its_windows(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.type in ("datetimerange", "bound") and m.reading is not None
    assert len(m.reading.intervals) == 1
    a, b = m.reading.intervals[0]
    assert (a.strftime("%m-%d %H:%M"), b.strftime("%H:%M")) == (start, end)


@pytest.mark.parametrize(
    "case", g11.SHARED_DAY_UNCHANGED, ids=[m for m, *_ in g11.SHARED_DAY_UNCHANGED]
)
def test_g11c_day_not_shared(case: tuple[str, str, str, int | None]) -> None:
    text, said, kind, modifies = case
    found = _found(text)
    assert said in found, list(found)
    assert (found[said].type, found[said].modifies) == (kind, modifies)


@pytest.mark.parametrize("case", g11.WISHED_WEAK_DAYS, ids=[m for m, _ in g11.WISHED_WEAK_DAYS])
def test_g11c_short_day_after_a_wish_is_a_day(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].type in ("date", "daterange")


@pytest.mark.parametrize("text", g11.WISHED_NOT_A_DAY)
def test_g11c_wish_alone_makes_no_day(text: str) -> None:
    assert [m.text for m in ground(text, REF, NY)] == []


@pytest.mark.parametrize("case", g11.SCHOOL_GRADES, ids=[m for m, _ in g11.SCHOOL_GRADES])
def test_g11c_school_grade_is_no_day(case: tuple[str, tuple[str, ...]]) -> None:
    text, said = case
    assert tuple(m.text for m in ground(text, REF, NY)) == said


@pytest.mark.parametrize("case", g11.ROOM_LETTERS, ids=[m for m, _ in g11.ROOM_LETTERS])
def test_g11c_room_letter_before_a_day(case: tuple[str, tuple[str, ...]]) -> None:
    text, ids = case
    assert tuple(m.resource_id for m in find_resources(text, g11.STUDIOS)) == ids


@pytest.mark.parametrize("text", g11.ROOM_LETTER_ARTICLE)
def test_g11c_article_a_names_no_room(text: str) -> None:
    assert find_resources(text, g11.STUDIOS) == []
