"""A day said once for a list of windows: "tomorrow, morning or afternoon", "thursday
the 29th between 10 and 11 or between 1 and 2", "tmrw 11 to 12 and then again 2 to 3",
"thurs 17th early morning or late arvo".

The day is said with the first window only; the windows after it, joined by "or" (or
"and then again", as in `coordination._THEN_GAP`), are windows of that same day. Each
later window takes the first one's day into its `Sym`, so it grounds on that day and is
a dated window like the first: the two are the choices of one list, not a window
narrowed by another (their hours share nothing, so both cannot hold).

Windows (a part of the day or a range of hours) on both sides, or two bounds the other
way round ("tmrw b4 9 or after 3": before 9 or after 3, both tomorrow). A clock after
"or" is a start of the same day already ("tmrw 8:30 or 9", `windows.joined`); a negated
item, a window beside a bound ("tomorrow morning or after 3") or one with a day of its
own ("Friday morning or Monday afternoon") keeps its own reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.symbolic import Sym, SymbolicMention

# Between the two windows: "or", "or maybe", "or else", "and then (again)", "then".
_OR_GAP = re.compile(
    r"\s*,?\s*(?:or(?:\s+(?:maybe|else|perhaps))?|(?:and\s+)?then(?:\s+again)?)\s*,?\s*"
    r"(?:(?:in\s+the|at)\s+)?",
    re.I,
)


def _window(s: Sym) -> bool:
    """A part of the day or a range of hours, with nothing else said of it."""
    return (
        s.tod is not None
        and s.tod.kind in ("pod", "range")
        and not s.bound
        and not s.negated
        and s.recur is None
        and s.until is None
        and not s.is_length
        and s.rel_minutes is None
    )


def _clock_bound(s: Sym) -> str:
    """ "before 9", "after 3": the side of a bound on a clock, "" for anything else."""
    if s.tod is None or s.tod.kind != "clock" or s.negated or s.recur is not None:
        return ""
    return s.bound


def _pair(prev: Sym, cur: Sym) -> bool:
    """Two windows, or two bounds on clocks the other way round."""
    if _window(prev) and _window(cur):
        return True
    sides = {_clock_bound(prev), _clock_bound(cur)}
    return sides == {"before", "after"}


def share_day(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """ "tomorrow, morning or afternoon": the afternoon is tomorrow's too."""
    out = list(mentions)
    for k in range(1, len(out)):
        prev, cur = out[k - 1].sym, out[k].sym
        if not _pair(prev, cur) or cur.has_date:
            continue
        if prev.day is None or prev.span is not None:
            continue
        if not _OR_GAP.fullmatch(text, out[k - 1].end, out[k].start):
            continue
        out[k] = replace(out[k], sym=replace(cur, day=prev.day, zone=cur.zone or prev.zone))
    return out
