"""A weekday whose nearest day the message itself rules out is the one a week on.

"appointment with Clarke wednesday. not the 9th, the one after", "is Dr van Wyk in on
Thursday? not this one, the next", "like 2 on monday, I mean not this monday", "the
earliest Saturday possible, but not this one", "Haddad on Monday but not the 5th": the
writer names a weekday, then rules out the day it would first be read as. The weekday
is not that day: it is the same weekday a week on (the day ruled out stays the first
alternative). A grounding fact, read once from the mentions as grounded.

Not when the words ruling it out name only the weekday itself ("Monday, not Monday" is
no restatement), nor for a weekday said with its own week or date ("Monday the 7th",
"next Monday"), nor when the two are far apart (another clause of a long message), nor
when the words ruling out come first: "the 4th is out, friday after work then" is the
evening of the 4th itself, the day's hours only ruled out.
Nor when another day of that weekday stands between ("I booked Friday 10am but I meant
Friday the 5th, not this Friday": the words rule out the booked one, already so read).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from slotwise.extractor.grounding.mention import TimeMention
from slotwise.extractor.grounding.symbolic import DaySpec, SymbolicMention

# At most this many characters between the weekday and the words that rule its day out.
_NEAR = 90


def _one_day(m: TimeMention) -> date | None:
    """The single calendar day a mention's reading lies in, or None."""
    if m.reading is None or not m.reading.intervals:
        return None
    days = {a.date() for a, _ in m.reading.intervals}
    return days.pop() if len(days) == 1 else None


def _bare_weekday(sm: SymbolicMention) -> bool:
    sym = sm.sym
    day = sym.day
    return (
        day is not None
        and day.kind == "wd"
        and not day.mod
        and not sym.negated
        and not sym.bound
        and sym.recur is None
        and sym.span is None
    )


def _rules_out(sm: SymbolicMention, m: TimeMention, weekday: int) -> bool:
    """A negated mention of one whole day, not the plain weekday alone ("not Monday")."""
    day = sm.sym.day
    if not m.negated or m.bound is not None or sm.sym.tod is not None or day is None:
        return False
    if m.reading is None or m.reading.grain != "day":
        return False
    return not (day.kind == "wd" and day.n == weekday and not day.mod)


def weekdays_ruled_out(mentions: list[SymbolicMention], out: list[TimeMention | None]) -> list[int]:
    """The indexes of bare weekdays ("wednesday", "like 2 on monday") whose first
    reading is the one day a negated mention said after it rules out ("not the 9th",
    "not this one", "not this monday")."""
    found: list[int] = []
    for i, sm in enumerate(mentions):
        m = out[i]
        if m is None or not _bare_weekday(sm):
            continue
        first = _one_day(m)
        if first is None:
            continue
        assert sm.sym.day is not None  # a bare weekday has one
        for j in range(i + 1, len(mentions)):
            other, n = mentions[j], out[j]
            if other.start - sm.end > _NEAR:
                break
            if n is None:
                continue
            said = _one_day(n)
            if not n.negated and said is not None and said.weekday() == first.weekday():
                break  # "Friday 10am but I meant Friday the 5th not this Friday": its own
            if not _rules_out(other, n, sm.sym.day.n):
                continue
            if said == first:
                found.append(i)
                break
    return found


def a_week_on(sm: SymbolicMention) -> SymbolicMention:
    """The weekday moved a week on: "wednesday" read as the Wednesday after the nearest."""
    assert sm.sym.day is not None
    return replace(sm, sym=replace(sm.sym, day=DaySpec("shift", 7, base=sm.sym.day)))


def with_ruled_out_first(moved: TimeMention, before: TimeMention) -> TimeMention:
    """The moved reading, with the day ruled out as its first alternative."""
    if before.reading is None:
        return moved
    return replace(
        moved,
        alternatives=(before.reading, *(a for a in moved.alternatives if a != before.reading)),
    )
