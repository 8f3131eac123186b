"""A turn that opens the choice: "actually any afternoon is fine this week", "any day
this week is fine", "any morning that week works" (`opens`: the words of a wish start
"any", "anytime" or "whenever").

Writers take such a turn back from the earlier wishes for some of the days it holds,
firm or soft ("tmrw at 1 if poss", "Wednesday afternoon, otherwise Thursday afternoon"):
held beside it, they would keep the choice the turn opened. An exclusion stays ("not Dr
Zhou"), and so does a wish for as many days or more ("the week after next", then "any
morning that week works"). `opened_by` names what goes; `slotwise.conversation_revise`
drops it, and a time said for the days it took back (`said_for`: "It must be over by 3"
said of "next Tuesday at 2") then holds on every day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from slotwise.constraint_facts import start_days
from slotwise.conversation_sorts import said_sort, within_days
from slotwise.schemas import Constraint, Part

# the words that open a wish to any day or time of a period ("any afternoon", "any day
# this week", "anytime", "whenever"): the person says the choice inside it is open
_OPEN = re.compile(r"^\s*(?:any\b|anytime\b|whenever\b)", re.I)


def opens(c: Constraint) -> bool:
    """`c` leaves the choice open inside what it names: its words start "any" ("any
    morning that week works", "any day this week is fine"), "anytime" or "whenever"."""
    return c.kind != "exclude" and not c.retracted and bool(_OPEN.match(c.text or ""))


def days_held(c: Constraint | Part) -> set[date]:
    """Every day some interval of `c` touches ("this week": its seven days)."""
    out: set[date] = set()
    for s in c.intervals:
        day, last = s.start.date(), (s.end - timedelta(microseconds=1)).date()
        while day <= last:
            out.add(day)
            day += timedelta(days=1)
    return out


def opened(old: Constraint, days: set[date]) -> bool:
    """An earlier wish for some days (`old`: "tmrw at 1 if poss", "Wednesday afternoon,
    otherwise Thursday afternoon") that a turn opening the choice to more days takes
    back (`days`: those the turn's wishes hold, when one of them `opens`: "actually any
    afternoon is fine this week"): held beside it, the earlier wish would keep the
    choice the turn opened. An exclusion stays ("not Dr Zhou"), and so does a wish for as
    many days or more ("the week after next", then "any morning that week works")."""
    if old.kind == "exclude" or not old.intervals or not days:
        return False
    return days_held(old) < days


def opened_by(held: list[Any], new: list[Constraint], turn: int) -> list[Any]:
    """The wishes of `held` (each with its `constraint` and `turn`) from before `turn` that
    `new`, the turn's constraints, takes back by opening the choice: none unless one of
    them `opens` and some name days ("this week"); then those for fewer of those days."""
    wide = [days_held(c) for c in new if c.kind != "exclude" and said_sort(c) == "day"]
    if not wide or not any(opens(c) for c in new):
        return []
    days = set.intersection(*wide)
    return [
        h
        for h in held
        if h.turn != turn and said_sort(h.constraint) == "day" and opened(h.constraint, days)
    ]


def said_for(c: Constraint, day: Constraint) -> bool:
    """`c` is a time of day set on the days of `day` ("must be over by 3" on "next Tuesday")."""
    if c.kind == "exclude" or said_sort(c) != "time" or not within_days(c):
        return False
    return bool(start_days(c)) and start_days(c) <= start_days(day)
