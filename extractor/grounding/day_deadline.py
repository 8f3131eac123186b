"""A deadline said as a bound, a day and a time of that day: "by friday 5pm".

People give the latest time they can be seen as a day and a time after one bound word,
the time said after the day:

| words | reads |
| --- | --- |
| `by friday 5pm`, `no later than thurs at 3`, `before tomorrow noon` | from now until that day's clock |
| `b4 friday arvo`, `before tomorrow morning`, `by monday lunchtime` | from now until that part of the day begins |

Without this the bound took the day alone ("before friday": until Thursday night) and the
time stood apart as every day's afternoon or 5pm. The day and the time join first
(`compose._intersect`), then the bound folds over them with `Sym.from_now`, read by
`resolve._bounded`. Only "before" cues join this way ("after friday 5pm" keeps its
reading), and only a day said alone followed by a time said alone, with at most "at" or
"@" between: "by friday, afternoons are best" stays two mentions. Called by
`compose.apply_cues`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.atoms import Atom
from slotwise.extractor.grounding.symbolic import Sym

# Between the day and its time: a space, "at" or "@" ("by friday at 5pm")
_DAY_TIME_GAP = re.compile(r"\s+(?:(?:at|@)\s*)?", re.I)


def _day_alone(s: Sym | None) -> bool:
    return (
        s is not None
        and s.day is not None
        and s.tod is None
        and s.span is None
        and s.recur is None
        and not s.bound
        and not s.negated
        and s.until is None
        and not s.is_length
        and s.rel_minutes is None
    )


def _time_alone(s: Sym | None) -> bool:
    return (
        s is not None
        and s.tod is not None
        and s.tod.kind in ("clock", "pod")
        and not s.has_date
        and not s.bound
        and not s.negated
        and s.until is None
        and not s.is_length
        and s.rel_minutes is None
    )


def deadline(text: str, cue: Atom, day: Atom, time: Atom) -> Sym | None:
    """The bound `cue` over `day` and the `time` said after it, or None."""
    if cue.cue != "bound" or cue.bound != "before":
        return None
    if not (_day_alone(day.sym) and _time_alone(time.sym)):
        return None
    if not _DAY_TIME_GAP.fullmatch(text[day.end : time.start]):
        return None
    assert day.sym is not None and time.sym is not None
    both = replace(day.sym, tod=time.sym.tod, zone=day.sym.zone or time.sym.zone)
    return replace(both, bound="before", incl=cue.incl, from_now=True)
