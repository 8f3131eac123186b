"""The grounding benchmark's scorer, on hand-made parser outputs (no peer needed)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

# `benchmarks/` is a folder of the repository, not part of the installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.grounding.scoring import (
    Found,
    Gold,
    GoldValue,
    bound_matches,
    count_extra,
    latency_summary,
    overlaps,
    score_item,
    score_items,
)

TEXT = "Can we do Friday at 3pm or Dec 5th?"
FRIDAY_3PM = Gold((10, 22), (GoldValue("2026-11-27 15:00"),), "datetime", "Friday at 3pm")
DEC_5 = Gold((26, 34), (GoldValue("2026-12-05"),), "date", "Dec 5th")


def found(span: tuple[int, int], start: str | None, end: str | None = None) -> Found:
    def parse(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value is not None else None

    return Found(span, parse(start), parse(end))


def test_scoring_right_date_is_found_and_right() -> None:
    result = score_item(DEC_5, [found((26, 34), "2026-12-05T00:00")])
    assert (result.found, result.right) == (True, True)


def test_scoring_date_gold_ignores_the_time_of_the_reading() -> None:
    result = score_item(DEC_5, [found((23, 34), "2026-12-05T14:00")])  # "or Dec 5th" at 14:00
    assert result.right


def test_scoring_wrong_date_is_found_but_not_right() -> None:
    result = score_item(DEC_5, [found((26, 34), "2027-12-05T00:00")])
    assert (result.found, result.right) == (True, False)


def test_scoring_wrong_time_on_the_right_date_is_not_right() -> None:
    result = score_item(FRIDAY_3PM, [found((10, 22), "2026-11-27T03:00")])
    assert (result.found, result.right) == (True, False)


def test_scoring_span_miss_is_neither_found_nor_right() -> None:
    # The right value, but on a span that does not touch the gold mention.
    result = score_item(DEC_5, [found((0, 6), "2026-12-05T00:00")])
    assert (result.found, result.right) == (False, False)


def test_scoring_mention_without_value_is_found_not_right() -> None:
    result = score_item(DEC_5, [Found((26, 34), None)])
    assert (result.found, result.right) == (True, False)


def test_scoring_range_needs_both_bounds() -> None:
    gold = Gold((0, 16), (GoldValue("2026-11-26 10:00", "2026-11-26 12:00"),), "datetimerange")
    assert score_item(gold, [found((0, 16), "2026-11-26T10:00", "2026-11-26T12:00")]).right
    # Wed 22:00 to Thu 12:00: the end is right, the start is not.
    assert not score_item(gold, [found((0, 16), "2026-11-25T22:00", "2026-11-26T12:00")]).right
    # A point reading of a range has no end.
    assert not score_item(gold, [found((0, 16), "2026-11-26T10:00")]).right


def test_scoring_time_range_compares_clock_only() -> None:
    gold = Gold((0, 8), (GoldValue("17:00:00", "18:00:00"),), "timerange")
    assert score_item(gold, [found((0, 8), "2016-11-07T17:00", "2016-11-07T18:00")]).right
    assert not score_item(gold, [found((0, 8), "2016-11-07T05:00", "2016-11-07T18:00")]).right


def test_scoring_day_range_end_inclusive_or_exclusive() -> None:
    gold = Gold((0, 9), (GoldValue("2016-11-14", "2016-11-21"),), "daterange")
    assert score_item(gold, [found((0, 9), "2016-11-14T00:00", "2016-11-21T00:00")]).right
    assert score_item(gold, [found((0, 9), "2016-11-14T00:00", "2016-11-20T23:59:59")]).right
    assert score_item(gold, [found((0, 9), "2016-11-14T00:00", "2016-11-22T00:00")]).right
    assert not score_item(gold, [found((0, 9), "2016-11-14T00:00", "2016-11-28T00:00")]).right
    assert not score_item(gold, [found((0, 9), "2016-11-14T00:00", "2016-11-19T00:00")]).right


def test_scoring_open_ended_gold_matches_the_bound_at_either_end() -> None:
    after_3 = Gold((0, 9), (GoldValue("15:00:00", None, open_ended=True),), "timerange open-ended")
    before_3 = Gold(
        (0, 10), (GoldValue(None, "15:00:00", open_ended=True),), "timerange open-ended"
    )
    assert score_item(after_3, [found((0, 9), "2016-11-07T15:00")]).right
    assert score_item(before_3, [Found((0, 10), None, datetime(2016, 11, 7, 15))]).right
    assert not score_item(before_3, [found((0, 10), "2016-11-07T16:00")]).right


def test_scoring_any_listed_gold_reading_counts() -> None:
    gold = Gold((0, 5), (GoldValue("2016-10-02"), GoldValue("2017-10-02")), "date")
    assert score_item(gold, [found((0, 5), "2017-10-02T00:00")]).right
    assert not score_item(gold, [found((0, 5), "2018-10-02T00:00")]).right


def test_scoring_sgd_time_gold_is_minute_precision() -> None:
    assert bound_matches(datetime(2019, 3, 1, 13, 30), "13:30")
    assert not bound_matches(datetime(2019, 3, 1, 1, 30), "13:30")
    assert bound_matches(datetime(2019, 3, 1, 19, 56, 30), "19:56:30")
    assert not bound_matches(datetime(2019, 3, 1, 19, 56), "19:56:30")


def test_scoring_bad_gold_bound_raises() -> None:
    with pytest.raises(ValueError, match="not a date or time"):
        bound_matches(datetime(2019, 3, 1), "next week")


def test_scoring_totals_and_kinds_add_up() -> None:
    parsed = [found((10, 22), "2026-11-27T15:00"), found((26, 34), "2026-11-05T00:00")]
    score = score_items([(FRIDAY_3PM, parsed), (DEC_5, parsed)])
    assert (score.n, score.found, score.right) == (2, 2, 1)
    assert score.by_kind == {"datetime": [1, 1, 1], "date": [1, 1, 0]}


def test_scoring_extra_counts_mentions_off_every_gold() -> None:
    parsed = [found((4, 6), "2026-11-25T00:00"), found((10, 22), "2026-11-27T15:00")]  # "we"
    assert count_extra([FRIDAY_3PM, DEC_5], parsed) == 1


def test_scoring_overlap_is_half_open() -> None:
    assert overlaps((0, 5), (4, 9))
    assert not overlaps((0, 5), (5, 9))


def test_scoring_latency_median_and_p95() -> None:
    summary = latency_summary([float(ms) for ms in range(1, 101)])
    assert summary["median_ms"] == pytest.approx(50.5)
    assert summary["p95_ms"] == 95.0
