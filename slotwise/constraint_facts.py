"""What a constraint's typed grounding facts say, read the same way by the session's
rules (`conversation_rules`) and by the choice of alternatives (`alternatives`): the
grounding rules that made it, and whether an interval runs to its day's end."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from slotwise.schemas import Constraint


def rule_parts(c: Constraint) -> list[str]:
    """The grounding rules that made `c`, in order ("weekday+part_of_day" ->
    ["weekday", "part_of_day"]); [""] for a constraint no rule made."""
    return (c.rule or "").split("+")


def day_end(end: datetime, start: datetime) -> bool:
    """`end` closes `start`'s day: midnight after it, or a minute before."""
    return (end.time() == time(0) and end.date() == start.date() + timedelta(days=1)) or (
        end.date() == start.date() and end.time() >= time(23, 59)
    )
