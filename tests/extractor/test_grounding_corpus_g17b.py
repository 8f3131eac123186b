"""The G17b corpus is the test: "next Wednesday, in the morning if possible" grounds the
day and the time of the day as two mentions, the time on that day (`modifies` the day);
"Wednesday morning ideally" stays one."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import TimeMention, ground

from tests.extractor import grounding_corpus_g17b as g17
from tests.extractor.grounding_corpus import NY, REF


def _ids(rows: tuple[tuple[object, ...], ...]) -> list[str]:
    return [str(r[0]) for r in rows]


def _start(m: TimeMention, fmt: str) -> str:
    assert m.reading is not None
    return m.reading.intervals[0][0].strftime(fmt)


@pytest.mark.parametrize(
    "case", g17.HEDGED_APART + g17.FIRM_APART, ids=_ids(g17.HEDGED_APART + g17.FIRM_APART)
)
def test_g17b_time_said_apart_with_its_own_strength_is_its_own_mention(
    case: tuple[str, str, str, str, str],
) -> None:
    text, day, time, on, start = case
    found = ground(text, REF, NY)
    said = [m.text for m in found]
    assert day in said and time in said, said
    d, t = said.index(day), said.index(time)
    assert found[t].modifies == d
    assert _start(found[d], "%m-%d") == on
    assert _start(found[t], "%m-%d %H:%M") == start


@pytest.mark.parametrize("case", g17.HEDGED_AFTER_LIST, ids=_ids(g17.HEDGED_AFTER_LIST))
def test_g17b_hedged_time_after_a_list_of_days_is_said_of_each(
    case: tuple[str, str, int],
) -> None:
    text, time, days = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert time in found, list(found)
    reading = found[time].reading
    assert reading is not None and len(reading.intervals) == days


@pytest.mark.parametrize("case", g17.ONE_OR_AS_BEFORE, ids=_ids(g17.ONE_OR_AS_BEFORE))
def test_g17b_near_misses_keep_their_mentions(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want
