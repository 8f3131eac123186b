"""Interval arithmetic on half-open ``(start, end)`` pairs, in one place.

Grounding (clipping a reading to [now, horizon)), constraint building (carving a
day's windows, the times two choices share), calendars (free minus busy) and the
solver's grid (a resource's free spans) all cut and join the same kind of pairs:
datetimes, grid indices or character offsets. A pair with ``end <= start`` is empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

P = TypeVar("P", datetime, int)


def overlaps(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    """Whether two non-empty half-open pairs (of characters or of time) share a moment."""
    return bool(a[0] < b[1] and b[0] < a[1])


def merge(pairs: Iterable[tuple[P, P]]) -> list[tuple[P, P]]:
    """Sorted, with overlapping or touching pairs joined and empty ones dropped."""
    out: list[tuple[P, P]] = []
    for start, end in sorted(p for p in pairs if p[1] > p[0]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def subtract(pairs: Iterable[tuple[P, P]], holes: Iterable[tuple[P, P]]) -> list[tuple[P, P]]:
    """`pairs` with every moment of `holes` taken out, in the order of `pairs`.

    Neither list needs to be sorted or disjoint; empty pairs and holes are ignored."""
    out = [p for p in pairs if p[1] > p[0]]
    for h_start, h_end in sorted(h for h in holes if h[1] > h[0]):
        kept: list[tuple[P, P]] = []
        for start, end in out:
            if h_end <= start or h_start >= end:
                kept.append((start, end))
                continue
            if start < h_start:
                kept.append((start, h_start))
            if h_end < end:
                kept.append((h_end, end))
        out = kept
    return out


def clip(pairs: Iterable[tuple[P, P]], lo: P, hi: P, whole: bool = False) -> list[tuple[P, P]]:
    """`pairs` cut to [lo, hi), empty results dropped. `whole`: a pair already begun at
    `lo` is dropped, not cut."""
    out: list[tuple[P, P]] = []
    for start, end in pairs:
        if whole and start < lo:
            continue
        s, e = max(start, lo), min(end, hi)
        if s < e:
            out.append((s, e))
    return out


def meet(a: Iterable[tuple[P, P]], b: Iterable[tuple[P, P]]) -> list[tuple[P, P]]:
    """The moments in both `a` and `b`, as sorted pairs (one per overlapping couple)."""
    bs = list(b)
    out: list[tuple[P, P]] = []
    for x in a:
        for y in bs:
            s, e = max(x[0], y[0]), min(x[1], y[1])
            if s < e:
                out.append((s, e))
    return sorted(out, key=lambda p: p[0])
