"""Which of the solver's proposals are worth showing beside the first.

The solver ranks every slot that meets the hard constraints; not every such slot is an
alternative a customer would take. Each rule here keeps the proposals that answer what
the customer asked and drops the others, only when some proposal does answer it (the
first one, for the rules that judge the others against it), so a message never loses
its last proposal to them. They read the constraints' typed grounding facts (the rules
that made them, their intervals), never the message.

| rule             | the message                                   | what is shown                   |
| ---------------- | --------------------------------------------- | ------------------------------- |
| `within_options` | "Tues at 5, or weds at 5 if not"              | slots meeting one of the options |
| `series_starts`  | "every Wednesday at 5 starting this week"     | the first week's slots: a later |
|                  |                                               | week is the same series, delayed |
| `stated_starts`  | "Saturday from 10, 2 hours", "starting 9      | slots starting at the time said, |
|                  | sharp", "3h from 10"                          | when the first one does         |
| `at_day_edges`   | "first thing Saturday", "end of the day       | slots at each resource's opening |
|                  | Friday"                                       | / ending at the closing, when   |
|                  |                                               | the first one is                |
| `last_slots`     | "the last slot of the day", "as late as       | each resource's latest start of |
|                  | possible" (the solver ranks the latest first) | a day, not that slot moved      |
|                  |                                               | earlier                         |

`worth_showing` applies them in turn; `schedule` and session turns alike show what it keeps.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta, tzinfo
from typing import Any

from slotwise.constraint_facts import day_end, rule_parts
from slotwise.schemas import Constraint, Proposal

# A series' first sessions lie within one week of each other ("every Tuesday and
# Thursday evening from this week": Tue 28, Thu 30); a start a week or more after the
# first proposal's is the same series begun later, not another way to begin it.
SERIES_WEEK = timedelta(days=7)

# The grounding rules' parts that name a recurring day ("every Wednesday", "Tuesdays",
# "every other Thursday"); a set of every day ("daily", "any day") is no weekly pattern.
_SET_PARTS = frozenset({"weekday_set"})
# The parts that open a lower bound ("starting the 14th", "from this week", "from 10").
_LOWER_PARTS = frozenset({"bound_prefix", "between"})
# The parts that name a day or a week, as a series' start does ("starting the 14th").
_DAY_PARTS = frozenset(
    {
        "week",
        "weekend",
        "weekday",
        "ordinal_day",
        "ordinal_word_day",
        "day_number",
        "day_month",
        "month_day",
        "numeric_date",
        "weekday_day_number",
        "today",
        "tomorrow",
    }
)
# The parts that say a clock time ("from 10", "starting 9 sharp", "from 2pm").
_CLOCK_PARTS = frozenset(
    {
        "bare_number",
        "clock_ampm",
        "clock_hm",
        "clock_exact",
        "clock_half_hour",
        "clock_past_to",
        "clock_oclock",
        "clock_dot_bound",
        "noon",
    }
)
# A time said "sharp" ("starting 9 sharp", "10am sharp"): a start, whatever else is said.
_SHARP = "clock_exact"
# "from 10" on its own (grounding's "between" cue with one end): with a length said, the
# session's start. "after 10" and "not before 10" ("bound_prefix") stay bounds: the
# customer is free then, and any start in it will do.
_FROM = "between"


def _parts(c: Constraint) -> set[str]:
    return set(rule_parts(c))


def _wish(c: Constraint) -> bool:
    return c.source == "message" and c.kind in {"require", "prefer"} and not c.retracted


def within_options(constraints: list[Any], proposals: list[Any]) -> list[Any]:
    """ "Tues at 5, or weds at 5 if not": a first choice of time and its fallbacks (time
    wishes, one weighted as the first choice) are the options the customer gave; a
    proposal that meets none of them is left out when some proposal meets one. Other
    messages keep all their proposals."""
    options = {
        c.id
        for c in constraints
        if _wish(c) and c.kind == "prefer" and c.intervals and not c.resources
    }
    firsts = [c for c in constraints if c.id in options and c.weight > 1.0]
    if len(options) < 2 or not firsts:
        return proposals
    kept = [p for p in proposals if options & set(p.satisfied)]
    if not kept or len(kept) == len(proposals):
        return proposals
    return _ranked(kept)


def _series(constraints: list[Constraint]) -> bool:
    """A recurring wish ("every Wednesday at 5", "Tuesdays at 6:30am") said with where
    the series starts ("starting this week", "from the 14th"): a day or week bound from
    below, with no clock."""
    recurring = any(_wish(c) and c.intervals and _SET_PARTS & _parts(c) for c in constraints)
    started = any(
        _wish(c)
        and len(c.intervals) == 1
        and _LOWER_PARTS & _parts(c)
        and _DAY_PARTS & _parts(c)
        and not _CLOCK_PARTS & _parts(c)
        and c.label is not None
        and c.label.startswith("from ")  # grounding's reading of an inclusive lower bound
        for c in constraints
    )
    return recurring and started


def series_starts(constraints: list[Constraint], proposals: list[Proposal]) -> list[Proposal]:
    """For a series with a stated start ("every Wednesday at 5 starting this week"), each
    proposal is where the series would begin: one a week or more from the first
    proposal is the same weekly slot begun later, so it is left out; the first week's
    other slots ("Tuesday and Thursday evenings": Thursday too) stay."""
    if len(proposals) < 2 or not _series(constraints):
        return proposals
    first = proposals[0].start
    kept = [p for p in proposals if abs(p.start - first) < SERIES_WEEK]
    return proposals if len(kept) == len(proposals) else _ranked(kept)


def stated_start(c: Constraint, stated_length: bool, tz: tzinfo | None = None) -> time | None:
    """The clock a wish says the booking starts at: a time said "sharp" ("starting 9
    sharp"), or a clock the day runs on from ("from 10") in a message that says how long
    the booking is ("Saturday from 10, 2 hours": 10 to 12, a fixed session). None for any
    other constraint ("after 2", "not before 10", "free from 4" with no length, a range).
    Clocks are read in `tz` (the proposals' zone) when given."""
    parts = _parts(c)
    if not _wish(c) or not c.intervals or not _CLOCK_PARTS & parts:
        return None
    sharp = _SHARP in parts
    if not sharp and not (stated_length and _FROM in parts):
        return None  # "after 10", "not before 10", "starting 9": a bound, as grounded
    # the first day may be cut short by the time the message was sent: the others say it
    spans = c.intervals[1:] if len(c.intervals) > 1 else c.intervals
    if not sharp and not all(day_end(s.end, s.start) for s in spans):
        return None  # not a bound that runs to the day's end: a range ("from 2 to 4")
    starts = (s.start.astimezone(tz) if tz else s.start for s in spans)
    clock, _ = Counter(start.time() for start in starts).most_common(1)[0]
    return clock if clock != time(0) else None


def stated_starts(
    constraints: list[Constraint], proposals: list[Proposal], stated_length: bool
) -> list[Proposal]:
    """ "Saturday the 13th, starting 10am sharp", "3h from 10": the time said is when
    the session starts. When the first proposal starts then, an alternative that moves
    off it (10:15, 11:00) is left out; other resources or days at that time stay."""
    if len(proposals) < 2:
        return proposals
    tz = proposals[0].start.tzinfo
    clocks = {t for c in constraints if (t := stated_start(c, stated_length, tz)) is not None}
    if not clocks:
        return proposals

    def keeps(p: Proposal) -> bool:
        return p.start.astimezone(tz).time() in clocks

    if not keeps(proposals[0]):
        return proposals
    kept = [p for p in proposals if keeps(p)]
    return proposals if len(kept) == len(proposals) else _ranked(kept)


def _keeps_edge(c: Constraint, p: Proposal) -> bool:
    """`p` starts at one of `c`'s day edges, or lies in a part of `c` that is no edge
    ("first thing or after lunch": any start after lunch)."""
    if p.start in c.edges:
        return True
    return any(
        iv.start <= p.start and p.end <= iv.end and not any(iv.start <= e < iv.end for e in c.edges)
        for iv in c.intervals
    )


def at_day_edges(constraints: list[Constraint], proposals: list[Proposal]) -> list[Proposal]:
    """ "First thing Saturday", "the end of the day Friday": the visit starts at the
    opening, or ends at the closing (the constraint's `edges`). When the first proposal
    does, an alternative that moves off the edge (09:15 after a 09:00 opening) is left
    out; the edge of another day or resource, and another option said with it ("first
    thing or after lunch"), stay."""
    edged = [c for c in constraints if _wish(c) and c.edges]
    if len(proposals) < 2 or not edged:
        return proposals

    def keeps(p: Proposal) -> bool:
        return all(_keeps_edge(c, p) for c in edged)

    if not keeps(proposals[0]):
        return proposals
    tz = proposals[0].start.tzinfo
    seen: set[tuple[str, date, bool]] = set()
    kept = []
    for p in proposals:
        if not keeps(p):
            continue
        # one edge per resource, day and side: the opening a resource keeps is its own
        # first thing; another resource's later opening is not (the same for closings)
        sides = {
            any(iv.start == p.start for iv in c.intervals) for c in edged if p.start in c.edges
        }
        keys = {(p.resource, p.start.astimezone(tz).date(), side) for side in sides}
        if keys and keys <= seen:
            continue
        seen |= keys
        kept.append(p)
    return proposals if len(kept) == len(proposals) else _ranked(kept)


def last_slots(proposals: list[Proposal]) -> list[Proposal]:
    """ "The last slot of the day Friday", "as late as possible": the solver ranks the
    latest starts first, so a later-ranked proposal with the resource and day of an
    earlier one is that slot moved earlier (16:15 after 16:30), not a last slot; it is
    left out. Another resource's or another day's latest stays."""
    if len(proposals) < 2:
        return proposals
    tz = proposals[0].start.tzinfo
    seen: set[tuple[str, date]] = set()
    kept = []
    for p in proposals:
        key = (p.resource, p.start.astimezone(tz).date())
        if key not in seen:
            seen.add(key)
            kept.append(p)
    return proposals if len(kept) == len(proposals) else _ranked(kept)


def worth_showing(
    constraints: list[Constraint],
    proposals: list[Proposal],
    stated_length: bool = False,
    *,
    latest: bool = False,
) -> list[Proposal]:
    """The proposals to show: the solver's, less those the rules above leave out.
    `stated_length`: the message said how long the booking is; `latest`: the solver
    ranked the latest starts first ("as late as possible", and no "asap")."""
    proposals = within_options(constraints, proposals)
    proposals = series_starts(constraints, proposals)
    proposals = stated_starts(constraints, proposals, stated_length)
    proposals = at_day_edges(constraints, proposals)
    return last_slots(proposals) if latest else proposals


def _ranked(proposals: list[Any]) -> list[Any]:
    return [p.model_copy(update={"rank": n}) for n, p in enumerate(proposals, start=1)]
