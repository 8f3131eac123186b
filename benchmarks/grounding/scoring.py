"""One scorer for every parser in the grounding benchmark.

Each adapter (Slotwise or a peer) turns its parser's output into a list of `Found`:
a character span, a start and an optional end as *naive wall-clock* datetimes in the
reference zone, and a grain when the parser says one. Each data set turns its gold into
`Gold` items: a span and one or more acceptable `GoldValue`s. `score_items` then compares
the two the same way for everyone:

- found: some `Found` overlaps the gold span (a mention with no value still counts);
- right: some overlapping `Found` matches one of the gold values (see `value_matches`).

A gold bound is a string whose shape says what to compare:
``YYYY-MM-DD`` (the date), ``HH:MM`` / ``HH:MM:SS`` (the time of day),
``YYYY-MM-DD HH:MM[:SS]`` (both). A point gold (``end`` is None, ``open_ended`` False)
is compared with the start of the reading. A range gold needs both bounds; a day-range
end may be one day off either way, since either side may write it inclusive or exclusive.
An open-ended gold ("after 3pm", "before 2018") has one bound, and a reading matches when
its start or its end equals it: the direction itself is not scored.

This module needs only the standard library, so it imports without any peer installed.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

__all__ = [
    "Found",
    "Gold",
    "GoldValue",
    "ItemResult",
    "SetScore",
    "bound_matches",
    "count_extra",
    "latency_summary",
    "overlaps",
    "score_item",
    "score_items",
    "value_matches",
]

Span = tuple[int, int]


@dataclass(frozen=True)
class Found:
    """One mention as a parser read it, normalised.

    span: (start, end) character offsets into the message, end exclusive.
    start/end: naive wall-clock datetimes in the reference zone; start is None when the
    parser detected a mention but gave it no value.
    grain: "minute" | "hour" | "part_of_day" | "day" | "week" | "month" | "year" | None.
    """

    span: Span
    start: datetime | None
    end: datetime | None = None
    grain: str | None = None
    text: str = ""


@dataclass(frozen=True)
class GoldValue:
    """One acceptable reading: bounds as strings whose shape says what is compared."""

    start: str | None
    end: str | None = None
    open_ended: bool = False


@dataclass(frozen=True)
class Gold:
    """A gold mention in one message: where it is, what it may mean, and a label."""

    span: Span
    values: tuple[GoldValue, ...]
    kind: str
    text: str = ""


@dataclass(frozen=True)
class ItemResult:
    found: bool
    right: bool


@dataclass
class SetScore:
    """What one parser got on one set."""

    n: int = 0
    found: int = 0
    right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [n, found, right]

    def add(self, kind: str, result: ItemResult) -> None:
        self.n += 1
        self.found += result.found
        self.right += result.right
        row = self.by_kind.setdefault(kind, [0, 0, 0])
        row[0] += 1
        row[1] += result.found
        row[2] += result.right


def overlaps(a: Span, b: Span) -> bool:
    """Half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def _parse_bound(text: str) -> tuple[date | None, time | None, bool]:
    """-> (date or None, time or None, whether seconds were given)."""
    text = text.strip().replace("T", " ")
    day: date | None = None
    clock: time | None = None
    for part in text.split():
        if "-" in part:
            day = date.fromisoformat(part)
        elif ":" in part:
            clock = time.fromisoformat(part)
    if day is None and clock is None:
        raise ValueError(f"not a date or time bound: {text!r}")
    with_seconds = clock is not None and text.count(":") >= 2
    return day, clock, with_seconds


def _clock_equal(got: datetime, want: time, with_seconds: bool) -> bool:
    if with_seconds:
        return (got.hour, got.minute, got.second) == (want.hour, want.minute, want.second)
    return (got.hour, got.minute) == (want.hour, want.minute)


def bound_matches(got: datetime | None, gold: str, *, is_end: bool = False) -> bool:
    """Does a parser's start (or end) equal a gold bound, on the fields the gold gives?"""
    if got is None:
        return False
    want_day, want_clock, with_seconds = _parse_bound(gold)
    if is_end:
        # "23:59" / "x:59:59" ends are exclusive ends written inclusively.
        if got.second == 59:
            got = got + timedelta(seconds=1)
        if (got.hour, got.minute) == (23, 59) and got.second == 0:
            got = got + timedelta(minutes=1)
    if want_clock is None:
        assert want_day is not None
        if not is_end:
            return got.date() == want_day
        # A day-range end, inclusive (the last day) or exclusive (the day after) on either
        # side: one day off either way is accepted.
        return abs((got.date() - want_day).days) <= 1
    if want_day is not None and got.date() != want_day:
        return False
    return _clock_equal(got, want_clock, with_seconds)


def value_matches(found: Found, gold: GoldValue) -> bool:
    """Does one reading equal one acceptable gold value?"""
    if found.start is None and found.end is None:
        return False
    if gold.open_ended:
        bound = gold.start if gold.start is not None else gold.end
        assert bound is not None
        return bound_matches(found.start, bound) or bound_matches(found.end, bound, is_end=True)
    if gold.end is None:
        assert gold.start is not None
        return bound_matches(found.start, gold.start)
    if gold.start is None:
        return bound_matches(found.end, gold.end, is_end=True)
    return bound_matches(found.start, gold.start) and bound_matches(
        found.end, gold.end, is_end=True
    )


def score_item(gold: Gold, found: Sequence[Found]) -> ItemResult:
    near = [f for f in found if overlaps(f.span, gold.span)]
    right = any(value_matches(f, v) for f in near for v in gold.values)
    return ItemResult(found=bool(near), right=right)


def score_items(
    items: Iterable[tuple[Gold, Sequence[Found]]],
    on_result: Callable[[Gold, Sequence[Found], ItemResult], None] | None = None,
) -> SetScore:
    """Score (gold, what the parser found in that gold's message) pairs."""
    score = SetScore()
    for gold, found in items:
        result = score_item(gold, found)
        score.add(gold.kind, result)
        if on_result is not None:
            on_result(gold, found, result)
    return score


def count_extra(golds: Sequence[Gold], found: Sequence[Found]) -> int:
    """Mentions that overlap no gold mention (a false alarm where gold is exhaustive)."""
    return sum(1 for f in found if not any(overlaps(f.span, g.span) for g in golds))


def latency_summary(ms: Sequence[float]) -> dict[str, float]:
    """Median and 95th percentile (nearest rank) of per-message milliseconds."""
    if not ms:
        return {"median_ms": float("nan"), "p95_ms": float("nan")}
    ordered = sorted(ms)
    rank = max(1, round(0.95 * len(ordered)))
    return {"median_ms": statistics.median(ordered), "p95_ms": ordered[rank - 1]}
