"""The GTOP corpus is the test: values read the way the writers read them."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_gtop as gt
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", gt.LIKE_IS_THE_CLOCK, ids=[m for m, *_ in gt.LIKE_IS_THE_CLOCK])
def test_grounding_gtop_like_is_the_clock(case: tuple[str, str, str]) -> None:
    text, said, start = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    assert reading.intervals[0][0].strftime("%a %d %H:%M") == start


@pytest.mark.parametrize("case", gt.LIKE_STILL_ROUGH, ids=[m for m, *_ in gt.LIKE_STILL_ROUGH])
def test_grounding_gtop_like_with_minutes_is_rough(case: tuple[str, str, str]) -> None:
    test_grounding_gtop_like_is_the_clock(case)


@pytest.mark.parametrize("case", gt.CLOCK_IN_PART, ids=[m for m, *_ in gt.CLOCK_IN_PART])
def test_grounding_gtop_clock_narrows_the_part_of_day(case: tuple[str, str, str]) -> None:
    text, clock, part = case
    found = ground(text, REF, NY)
    (m,) = [m for m in found if m.text == clock]
    assert m.modifies is not None and found[m.modifies].text == part
    assert m.reading is not None and found[m.modifies].reading is not None
    days = {iv[0].date() for iv in found[m.modifies].reading.intervals}
    assert {iv[0].date() for iv in m.reading.intervals} == days


@pytest.mark.parametrize("case", gt.VISIT_BY, ids=[m for m, _ in gt.VISIT_BY])
def test_grounding_gtop_visit_by_is_no_deadline(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    found = ground(text, REF, NY)
    assert tuple(m.text for m in found) == want
    assert not [m for m in found if m.bound == "before"]


@pytest.mark.parametrize("case", gt.STILL_BY, ids=[m for m, _ in gt.STILL_BY])
def test_grounding_gtop_by_is_still_a_deadline(case: tuple[str, str]) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].bound == "before"


@pytest.mark.parametrize("text", gt.NOT_TIMES)
def test_grounding_gtop_counts_stay_unread(text: str) -> None:
    assert ground(text, REF, NY) == []


def _days_of(text: str, said: str) -> tuple[str, ...]:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    return tuple(sorted({iv[0].strftime("%m-%d") for iv in reading.intervals}))


@pytest.mark.parametrize("case", gt.PARTS_OF_DAYS_SAID, ids=[m for m, *_ in gt.PARTS_OF_DAYS_SAID])
def test_grounding_gtop_plural_part_after_days_is_theirs(
    case: tuple[str, str, tuple[str, ...]],
) -> None:
    text, said, days = case
    assert _days_of(text, said) == days
    assert {m.text: m for m in ground(text, REF, NY)}[said].type != "set"


@pytest.mark.parametrize("case", gt.PARTS_STILL_SETS, ids=[m for m, _ in gt.PARTS_STILL_SETS])
def test_grounding_gtop_plural_part_stays_a_set(case: tuple[str, str]) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].type == "set"


@pytest.mark.parametrize("case", gt.AFTER_FALLBACKS, ids=[m for m, *_ in gt.AFTER_FALLBACKS])
def test_grounding_gtop_time_after_a_fallback_is_each_days(
    case: tuple[str, str, tuple[str, ...]],
) -> None:
    text, said, days = case
    assert _days_of(text, said) == days


@pytest.mark.parametrize("case", gt.WEEKEND_AFTER_NEXT, ids=[m for m, _ in gt.WEEKEND_AFTER_NEXT])
def test_grounding_gtop_weekend_after_next(case: tuple[str, str]) -> None:
    text, said = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None
    ((start, end),) = reading.intervals
    assert (start.strftime("%a %m-%d"), (end - start).days) == ("Sat 12-12", 2)


@pytest.mark.parametrize(
    "case", gt.AFTER_WEEKEND_AFTER_NEXT, ids=[m for m, *_ in gt.AFTER_WEEKEND_AFTER_NEXT]
)
def test_grounding_gtop_days_after_the_weekend_after_next(
    case: tuple[str, str, tuple[str, ...]],
) -> None:
    text, said, days = case
    assert _days_of(text, said) == days


@pytest.mark.parametrize("case", gt.DOTTED_AFTER_A_DAY, ids=[m for m, *_ in gt.DOTTED_AFTER_A_DAY])
def test_grounding_gtop_dotted_clock_after_a_day(case: tuple[str, str, str]) -> None:
    test_grounding_gtop_like_is_the_clock(case)


@pytest.mark.parametrize("case", gt.DOTTED_NOT_A_TIME, ids=[m for m, _ in gt.DOTTED_NOT_A_TIME])
def test_grounding_gtop_dotted_price_after_a_day(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("case", gt.EXACT_STAYS_EXACT, ids=[m for m, *_ in gt.EXACT_STAYS_EXACT])
def test_grounding_gtop_exact_clock_stays_exact(case: tuple[str, str, str]) -> None:
    test_grounding_gtop_like_is_the_clock(case)
    text, said, _ = case
    assert "~" not in {m.text: m for m in ground(text, REF, NY)}[said].symbolic


@pytest.mark.parametrize("case", gt.SHARED_ANTECEDENT, ids=[m for m, _ in gt.SHARED_ANTECEDENT])
def test_grounding_gtop_listed_back_references_share_their_day(
    case: tuple[str, tuple[str, ...]],
) -> None:
    text, days = case
    found = ground(text, REF, NY)
    assert all(m.reading is not None for m in found)
    assert tuple(m.reading.intervals[0][0].strftime("%m-%d") for m in found if m.reading) == days


@pytest.mark.parametrize("case", gt.LATER_IN_THE_DAY, ids=[m for m, *_ in gt.LATER_IN_THE_DAY])
def test_grounding_gtop_later_in_the_day_is_that_days(case: tuple[str, str, str]) -> None:
    test_grounding_gtop_like_is_the_clock(case)


@pytest.mark.parametrize(
    "case",
    gt.BOOK_N_FOR + gt.NEW_SENTENCE_AFTER_MONTH,
    ids=[m for m, _ in gt.BOOK_N_FOR + gt.NEW_SENTENCE_AFTER_MONTH],
)
def test_grounding_gtop_mentions(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want
