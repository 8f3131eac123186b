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
# The types whose mention names a day of its own (a date, a datetime, a range of them, a
# recurring set): a candidate `has_date`, a list of them joins only with another dated one.
DATED_TYPES = frozenset({"date", "datetime", "daterange", "datetimerange", "set"})
GRAINS = ("minute", "hour", "part_of_day", "day", "week", "month", "year")


@dataclass(frozen=True)
class Reading:
    """One grounded value: sorted half-open aware intervals in the mention's zone."""

    intervals: tuple[Interval, ...]
    grain: str
    label: str


@dataclass(frozen=True)
class BookedSpan:
    """A range of clock times that may be the booking's own span ("room 3 from 10 to
    12": ten to twelve, not half an hour inside it), with the words that say so.

    `readings` ranks the two readings, best first: "booking" (the visit runs the whole
    range, `minutes` long) and "window" (a visit of the asked length somewhere inside
    it, how a range is read otherwise). "booking" comes first when the message names
    what it hires by the hour (`hired`: "room 3", "the sim", or a resource whose name
    is such a thing, "elbe" for the Elbe room); without it the window stays first and
    the booking is the alternative. See `booked_span.py`."""

    minutes: int
    readings: tuple[str, str]
    hired: str | None = None
    hired_span: tuple[int, int] | None = None

    @property
    def books(self) -> bool:
        """The best reading is the booking itself."""
        return self.readings[0] == "booking"


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
    # a range of clocks that may be the booking itself ("the simulator 7-10pm")
    booked_span: BookedSpan | None = None
    # the words say which week their weekday or weekend is in ("this Saturday", "next
    # Thursday", "Saturday week", "this weekend"; not "Thursday"): `Sym.names_week`
    names_week: bool = False
    # a length said as a multiple of the booking's usual one ("a double": 2); its
    # `duration_minutes` is None (`rules_double_length`)
    duration_times: int | None = None
    # an option of a pasted web form left unticked ("[ ] Sat", "[ ] Afternoon"): offered by
    # the form, no wish of the customer's (`web_form`)
    unticked: bool = False

    @property
    def left_free(self) -> bool:
        """A bound read from words that rule out its other side: "busy until 5", "can't
        do before 1", "I start work at 9", "soccer ends at 5:15". Its reading is the time
        the words leave free (after 17:00, after 13:00, before 09:00, after 17:15), so
        a labeller ruling the words' time out ("exclude") asks for that same reading."""
        if self.bound is None or self.negated:
            return False
        parts = self.rule.split("+")
        cues = [p for p in parts if p in ("bound_prefix", "bound_suffix", "day_around")]
        if len(cues) != 1:
            return False
        if cues == ["day_around"]:
            return parts[0] == "day_around"
        k = parts.index(cues[0])
        return k > 0 and parts[k - 1] == "neg_prefix"
