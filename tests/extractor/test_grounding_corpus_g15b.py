"""The G15b corpus is the test: a range of bare hours is read in the business's open
hours, a room named by a letter is not the article, a weak part of the day after a list
of days is that list's, "a Friday one" is no clock, "late-ish morning" is late morning,
and "I work nights" lends no half to an hour."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.resources import find_resources, without_numbered_names

from tests.extractor import grounding_corpus_g15b as g15
from tests.extractor.grounding_corpus import NY, REF


def _found(text: str, **kw: Any) -> dict[str, Any]:
    return {m.text: m for m in ground(text, REF, NY, **kw)}


def _read(text: str, said: str, **kw: Any) -> tuple[Any, str, str]:
    found = _found(text, **kw)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    a, b = m.reading.intervals[0]
    return m, a.strftime("%m-%d %H:%M"), b.strftime("%H:%M")


def _ids(rows: tuple[tuple[Any, ...], ...], k: int = 0) -> list[str]:
    return [str(r[k]) for r in rows]


@pytest.mark.parametrize("case", g15.OPEN_HOURS_RANGES, ids=_ids(g15.OPEN_HOURS_RANGES))
def test_g15b_range_of_bare_hours_takes_the_open_half(case: tuple[Any, ...]) -> None:
    text, hours, said, start, end = case
    _, got_start, got_end = _read(text, said, open_hours=hours)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize("case", g15.RANGES_KEPT, ids=_ids(g15.RANGES_KEPT))
def test_g15b_range_already_open_or_without_hours_is_kept(case: tuple[Any, ...]) -> None:
    text, hours, said, start, end = case
    _, got_start, got_end = _read(text, said, open_hours=hours)
    assert (got_start, got_end) == (start, end)


def _grounded_beside(resources: tuple[tuple[str, str], ...], text: str) -> dict[str, Any]:
    named = find_resources(text, list(resources))
    return _found(without_numbered_names(text, named))


@pytest.mark.parametrize("case", g15.LETTERED_ROOMS, ids=_ids(g15.LETTERED_ROOMS, 1))
def test_g15b_lettered_room_is_not_the_article(case: tuple[Any, ...]) -> None:
    resources, text, said, symbolic = case
    found = _grounded_beside(resources, text)
    assert said in found, list(found)
    assert found[said].symbolic.startswith(symbolic)


@pytest.mark.parametrize("case", g15.ARTICLE_KEPT, ids=_ids(g15.ARTICLE_KEPT, 1))
def test_g15b_article_before_a_day_still_means_any(case: tuple[Any, ...]) -> None:
    resources, text, said, symbolic = case
    found = _grounded_beside(resources, text)
    assert said in found, list(found)
    assert found[said].symbolic.startswith(symbolic)


@pytest.mark.parametrize("case", g15.LIST_PODS, ids=_ids(g15.LIST_PODS))
def test_g15b_weak_part_after_a_list_of_days_is_kept(case: tuple[Any, ...]) -> None:
    text, said, start, end, n_days = case
    m, got_start, got_end = _read(text, said)
    assert (got_start, got_end) == (start, end)
    assert len(m.reading.intervals) == n_days


@pytest.mark.parametrize("case", g15.LIST_PODS_DROPPED, ids=_ids(g15.LIST_PODS_DROPPED))
def test_g15b_weak_part_not_after_a_list_stays_no_time(case: tuple[str, str]) -> None:
    text, word = case
    assert not any(word in m.text for m in ground(text, REF, NY))


@pytest.mark.parametrize("case", g15.LIST_PODS_KEPT, ids=_ids(g15.LIST_PODS_KEPT))
def test_g15b_strong_part_and_day_parts_read_as_before(case: tuple[str, str, str]) -> None:
    text, said, start = case
    _, got, _ = _read(text, said)
    assert got == start


@pytest.mark.parametrize("case", g15.A_DAY_ONE, ids=_ids(g15.A_DAY_ONE))
def test_g15b_a_day_one_is_a_visit_not_one_oclock(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert "clock=1:00" not in found[said].symbolic


@pytest.mark.parametrize("case", g15.A_DAY_AT_ONE, ids=_ids(g15.A_DAY_AT_ONE))
def test_g15b_day_at_one_is_still_one_oclock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    _, got, _ = _read(text, said)
    assert got == start


@pytest.mark.parametrize("case", g15.LOOSE_EDGES, ids=_ids(g15.LOOSE_EDGES))
def test_g15b_loose_edge_of_a_part_of_the_day(case: tuple[str, str, str, str]) -> None:
    text, said, start, end = case
    _, got_start, got_end = _read(text, said)
    assert (got_start, got_end) == (start, end)


@pytest.mark.parametrize("case", g15.WORKED_SHIFTS, ids=_ids(g15.WORKED_SHIFTS))
def test_g15b_a_worked_shift_lends_no_half_to_an_hour(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = _found(text)
    assert said in found, list(found)
    m = found[said]
    assert m.reading is not None
    a, b = m.reading.intervals[0]
    clock = b if m.bound == "before" else a
    assert clock.strftime("%H:%M") == start


@pytest.mark.parametrize("case", g15.HALF_KEPT, ids=_ids(g15.HALF_KEPT))
def test_g15b_a_wished_part_still_lends_its_half(case: tuple[str, str, str]) -> None:
    text, said, start = case
    _, got, _ = _read(text, said)
    assert got.endswith(start)
