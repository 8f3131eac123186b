"""The grounded records handed to the rest of Slotwise: `Reading` and `TimeMention`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

Interval = tuple[datetime, datetime]

TYPES = (
    "date",
    "time",
    "datetime",
    "daterange",
    "timerange",
    "datetimerange",
    "set",
    "duration",
    "bound",
)
GRAINS = ("minute", "hour", "part_of_day", "day", "week", "month", "year")


@dataclass(frozen=True)
class Reading:
    """One grounded value: sorted half-open aware intervals in the mention's zone."""

    intervals: tuple[Interval, ...]
    grain: str
    label: str


@dataclass(frozen=True)
class TimeMention:
    """A time expression found in a message, with its best reading and the others."""

    text: str
    span: tuple[int, int]
    rule: str
    type: str
    reading: Reading | None
    alternatives: tuple[Reading, ...]
    negated: bool
    bound: str | None
    duration_minutes: int | None
    zone: str
    symbolic: str
    cue: str | None = None
    modifies: int | None = None  # index (in the returned list) of the mention this one narrows
    refers_to: int | None = None  # a back-reference ("same time"): index of its antecedent
