"""What a constraint's typed grounding facts say, read the same way by the session's
rules (`conversation_rules`) and by the choice of alternatives (`alternatives`): the
grounding rules that made it, the days it holds on, whether an interval runs to its day's
end, whether two sets of intervals meet."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from slotwise.schemas import Constraint, Part, Span


def rule_parts(c: Constraint) -> list[str]:
    """The grounding rules that made `c`, in order ("weekday+part_of_day" ->
    ["weekday", "part_of_day"]); [""] for a constraint no rule made."""
    return (c.rule or "").split("+")


def day_end(end: datetime, start: datetime) -> bool:
    """`end` closes `start`'s day: midnight after it, or a minute before."""
    return (end.time() == time(0) and end.date() == start.date() + timedelta(days=1)) or (
        end.date() == start.date() and end.time() >= time(23, 59)
    )


def start_days(c: Constraint | Part) -> set[date]:
    """The days `c`'s intervals start on, in the zone they are written in."""
    return {s.start.date() for s in c.intervals}


def spans_meet(xs: list[Span], ys: list[Span]) -> bool:
    """Some interval of `xs` shares a moment with some interval of `ys`."""
    return any(x.start < y.end and y.start < x.end for x in xs for y in ys)
