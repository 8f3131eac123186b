"""What sort of wish a constraint is, and whether two wishes meet.

The session's steps (`slotwise.conversation_revise`, `slotwise.conversation_items`) ask
these questions of a turn's constraints and of what held before:

| question       | answer                                                                 |
| -------------- | ---------------------------------------------------------------------- |
| `sort_of`      | ``"resource"``, ``"day"`` ("Thursday", "tmrw 3pm") or ``"time"`` ("after 2") |
| `said_sort`    | the sort of what the words say ("11ish" set on a day is a time)        |
| `aspect`       | what a wish says: whole days, a time of day, a provider, or other      |
| `overlap`      | two wishes share a moment                                              |
| `same_words`   | two wishes are said in the same words (one holds the other's)          |
| `other_weekdays` | a firm wish for some days of every week never meets an earlier day   |
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from slotwise.constraint_facts import spans_meet, start_days
from slotwise.conversation_rules import DAY_SORT_DAYS
from slotwise.schemas import Constraint, Part, Span

# "asap", "as late as possible": held like any wish of the turn (dropped by a cancel or
# a move), and given to the solver as its order, not as a constraint.
ASK_RULES = ("ask.earliest", "ask.latest")


def sort_of(c: Constraint | Part) -> str:
    """``"resource"``, ``"day"`` (names days: "Thursday", "next week", "tmrw 3pm") or
    ``"time"`` (a time of day or bound over every day: "mornings", "after 2")."""
    if c.resources and not c.intervals:
        return "resource"
    if not c.intervals:
        return "other"
    return "day" if _few_days(c.intervals) else "time"


def _few_days(spans: list[Span]) -> bool:
    first = min(s.start for s in spans)
    last = max(s.end for s in spans)
    return last - first <= timedelta(days=DAY_SORT_DAYS)


def said_sort(c: Constraint | Part) -> str:
    """The sort of what the words say: a time of day that grounding set on one day from
    the conversation ("11ish" in "sun w daniel, 11ish", "after 4" in "later that day")
    is a ``"time"``, though its intervals lie within a day; otherwise `sort_of`."""
    sort = sort_of(c)
    if sort == "day" and isinstance(c, Constraint) and _on_day(c):
        return "time"
    return sort


def _on_day(c: Constraint) -> bool:
    """`c` is a time of day read on one day: a narrower of a day ("Next Tuesday, has to
    be before 9"), or a time whose widest grounded reading spreads over every day."""
    if not within_days(c):
        return False
    widest = max(c.alternatives, key=lambda a: len(a.intervals), default=None)
    return bool(c.modifies) or bool(widest and widest.intervals and not _few_days(widest.intervals))


def overlap(a: Constraint | Part, b: Constraint | Part) -> bool:
    return spans_meet(a.intervals, b.intervals)


def same_words(a: Constraint | Part, b: Constraint | Part) -> bool:
    def words(c: Constraint | Part) -> str:
        return re.sub(r"[^a-z0-9]+", " ", (c.text or "").lower()).strip()

    return bool(words(a)) and (words(a) in words(b) or words(b) in words(a))


def aspect(c: Constraint) -> str:
    """What a wish says: ``"resource"``, ``"time"`` (a time of day, on one day or many:
    "after 2", "tues 4pm"), ``"days"`` (whole days: "Wednesday", "next week") or
    ``"other"`` ("the soonest": an order, no provider)."""
    if not c.intervals:
        return "resource" if c.resources else "other"
    return "time" if within_days(c) else "days"


def some_days(c: Constraint) -> bool:
    """`c` holds on some days of its stretch only ("after 5pm any weekday")."""
    dates = start_days(c)
    first, last = min(dates), max(dates)
    return len(dates) < (last - first).days + 1


def span_of_day(day: date, tz: Any) -> Span:
    start = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return Span(start=start, end=start + timedelta(days=1))


def day_only(c: Constraint) -> bool:
    """`c` names whole days and no time of day ("not next Wednesday")."""
    return sort_of(c) == "day" and not within_days(c) and aspect(c) == "days"


def within_days(c: Constraint) -> bool:
    """`c` names days and a time on each ("today at 7pm", "tues morning"), not whole days."""
    return bool(c.intervals) and all(s.end - s.start < timedelta(hours=20) for s in c.intervals)


def other_weekdays(old: Constraint, c: Constraint) -> bool:
    """`c`, a firm wish for some days of every week ("ok what about after 4 on a
    weekday", "any weekday after 5 then"), never meets `old`, a firm wish for a few
    days ("saturday", "the 27th", "the Saturday"): other days, in place of those (the
    mirror of "what about Saturday?" after "on a Friday at all?")."""
    return (
        c.kind == "require"
        and c.strength == "hard"
        and sort_of(c) == "time"
        and some_days(c)
        and old.kind == "require"
        and sort_of(old) == "day"
        and bool(old.intervals)
        and not overlap(old, c)
    )
