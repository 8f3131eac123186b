"""The one module of interval arithmetic, checked moment by moment against sets of points."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st
from slotwise.schemas.intervals import clip, meet, merge, overlaps, subtract

pairs = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8)


def points(ps: list[tuple[int, int]]) -> set[int]:
    return {t for a, b in ps for t in range(a, b)}


@given(pairs)
def test_merge_covers_the_same_moments_with_sorted_disjoint_pairs(ps):
    out = merge(ps)
    assert points(out) == points(ps)
    assert all(a < b for a, b in out)
    assert all(b1 < a2 for (_, b1), (a2, _) in itertools.pairwise(out))


@given(pairs, pairs)
def test_subtract_keeps_exactly_the_moments_outside_the_holes(ps, holes):
    out = subtract(ps, holes)
    assert points(out) == points(ps) - points(holes)
    assert all(a < b for a, b in out)


@given(pairs, st.integers(0, 40), st.integers(0, 40))
def test_clip_keeps_the_moments_inside_the_bounds(ps, lo, hi):
    assert points(clip(ps, lo, hi)) == points(ps) & set(range(lo, hi))


@given(pairs, pairs)
def test_meet_is_the_moments_in_both(a, b):
    out = meet(a, b)
    assert points(out) == points(a) & points(b)
    assert [p[0] for p in out] == sorted(p[0] for p in out)


nonempty = st.tuples(st.integers(0, 9), st.integers(1, 5)).map(lambda p: (p[0], p[0] + p[1]))


@given(nonempty, nonempty)
def test_overlaps_is_a_shared_moment(a, b):
    assert overlaps(a, b) == bool(points([a]) & points([b]))


def test_clip_whole_drops_a_window_already_begun():
    day = datetime(2027, 3, 1, 7)
    windows = [
        (day, day + timedelta(hours=2)),
        (day + timedelta(days=1), day + timedelta(days=1, hours=2)),
    ]
    now = day + timedelta(minutes=50)
    assert clip(windows, now, day + timedelta(days=7)) == [(now, windows[0][1]), windows[1]]
    assert clip(windows, now, day + timedelta(days=7), whole=True) == [windows[1]]


def test_subtract_splits_a_window_around_a_hole_in_the_middle():
    assert subtract([(0, 10)], [(3, 5)]) == [(0, 3), (5, 10)]
    assert subtract([(0, 10)], [(5, 3)]) == [(0, 10)]  # an empty hole takes nothing
