"""How the solver speaks: names of constraints, times, and the one-line explanation.

Only plain words built from what the caller gave: a constraint's `text` (the words of
the message), else its `label`, else a description of its intervals or resources.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from slotwise.schemas import Booking, Constraint
from slotwise.solvers.candidates import Instance
from slotwise.solvers.constraints import Rule

_NEGATION = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:not|no|except|without|never|avoid|but|can'?t|cannot|won'?t|"
    r"isn'?t|aren'?t|don'?t|doesn'?t)\b",
    re.IGNORECASE,
)


def describe(c: Constraint, names: dict[str, str], tz: ZoneInfo) -> str:
    """A constraint's name for a person: text, label, else what it points at."""
    if c.text or c.label:
        return c.text or c.label or ""
    parts = []
    if c.intervals:
        spans = [span_words(s.start.astimezone(tz), s.end.astimezone(tz)) for s in c.intervals]
        parts.append(
            join_words(spans[:3], "or") if len(spans) <= 3 else f"{len(spans)} time windows"
        )
    if c.resources:
        parts.append("with " + join_words([names.get(r, r) for r in c.resources], "or"))
    return " ".join(parts) or c.id


def span_words(start: datetime, end: datetime) -> str:
    """'Wednesday, November 25, 12:00 PM to 5:00 PM'."""
    if start.date() == end.date():
        return f"{day_words(start)}, {clock_words(start)} to {clock_words(end)}"
    return f"{when_words(start)} to {when_words(end)}"


def phrase(rule: Rule) -> str:
    """A rule as a short phrase: its words, with "not" in front of an exclusion."""
    text = rule.words
    if not rule.inside and not _NEGATION.search(text):
        return f"not {text}"
    return text


def explain(
    inst: Instance,
    met: list[Rule],
    missed: list[Rule],
    bookings: list[Booking],
    used: list[str],
) -> str:
    """'Wednesday afternoon, before 3pm, not Tuesday, with Dr. Smith' style.

    Order: soft rules met (heaviest first), hard requirements, hard exclusions, then
    "gives up ..." for soft rules missed, then who. With no rule to cite, the time.
    """
    soft = sorted((r for r in met if not r.hard), key=lambda r: -r.weight)
    hard_in = [r for r in met if r.hard and r.inside]
    hard_out = [r for r in met if r.hard and not r.inside]
    parts = [phrase(r) for r in [*soft, *hard_in, *hard_out]]
    parts += [f"gives up {phrase(r)}" for r in sorted(missed, key=lambda r: -r.weight)]
    if len(bookings) > 1:
        first, last = bookings[0].start, bookings[-1].start
        span = f"{len(bookings)} appointments, {day_words(first)}"
        if last.date() != first.date():
            span += f" to {day_words(last)}"
        parts.insert(0, span)
    elif not parts:
        parts.append(when_words(bookings[0].start))
    names_by_id = {r.id: r.name for r in inst.resources}
    said = " ".join(parts).lower()
    names = [names_by_id[r] for r in used if names_by_id[r].lower() not in said]
    if names:
        parts.append(f"with {join_words(names)}")
    return ", ".join(parts)


def day_words(when: datetime) -> str:
    """'Tuesday, November 24'."""
    return f"{when:%A}, {when:%B} {when.day}"


def clock_words(when: datetime) -> str:
    """'9:00 AM'."""
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


def clock_said(when: datetime) -> str:
    """'9:00am', '2:30pm': the clock as customers write it, which grounding reads back."""
    return f"{when.hour % 12 or 12}:{when.minute:02d}{'am' if when.hour < 12 else 'pm'}"


def when_words(when: datetime) -> str:
    """'Tuesday, November 24 at 9:00 AM'."""
    return f"{day_words(when)} at {clock_words(when)}"


def join_words(items: list[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"
