"""The part of the day said before a bare hour, both said of one day, gives the hour its half.

A bare hour narrowing a part of the day takes its half (`ground._half_of`: "tonight?
like 7.30" is 19:30). The part is often its own mention said of the same day, with the
hour after it: "Fri 11th ... Evening, not too late, say by 9" (21:00, not 09:00), "after
work sesh thurs? I'm done at 6 ... maybe 7" (19:00), "Tuesday 15th. Not the morning ...
and not after 7" (a morning ruled out: 19:00). The hour takes the half of the nearest
part of the day before it that is said of the same day; a part ruled out lends the other
half, and only the morning's ("not the afternoon ... after 4" says nothing of 4 am).
The hour must fall inside the part so read (a ruled-out morning: 12:00-21:00), and no
fallback word may stand between ("Tane in the morning would be ideal, otherwise Bella
after 5" stays 17:00; "Morning if poss, it's currently at 5" too).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from slotwise.extractor.grounding.lexicon import FALLBACK, PARTS_OF_DAY
from slotwise.extractor.grounding.symbolic import Sym, SymbolicMention, TodSpec

# Words offering something else between the part and the hour: the hour is not the part's.
_FALLBACK = re.compile(rf"\b(?:{FALLBACK}|or|instead)\b", re.I)


def _inside(h: int, half: str, lo: str, hi: str) -> bool:
    """The bare hour `h` (1-12) in `half` falls within [lo, hi] (both ends kept: "by 9"
    ends an evening at 21:00)."""
    minutes = (h % 12 + (12 if half == "pm" else 0)) * 60
    return _minutes(lo) <= minutes <= _minutes(hi)


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def part_said_before(
    text: str,
    mentions: list[SymbolicMention],
    i: int,
    anchor: int | None,
    anchor_of: Callable[[int], int | None],
) -> tuple[int, Sym] | None:
    """The index and sym of a part of the day said before bare hour `i` of the same day
    `anchor` (read as `_half_of` reads an anchor's part of the day), or None."""
    tod = mentions[i].sym.tod
    if anchor is None or tod is None or tod.kind != "clock" or not tod.bare or tod.ap:
        return None
    if mentions[anchor].sym.tod is not None:
        return None  # the day has a time of its own: `_half_of` reads that
    for k in range(i - 1, -1, -1):
        sym = mentions[k].sym
        if _FALLBACK.search(text, mentions[k].end, mentions[i].start):
            return None  # "Tane in the morning would be ideal, otherwise Bella after 5"
        if k == anchor or sym.has_date:
            continue
        sym = _part_of_bound(mentions[k], sym)
        if sym.tod is None or sym.tod.kind != "pod":
            if sym.tod is not None and not sym.bound:
                return None  # another clock stands between: it says the hour's half
            continue
        if sym.recur is not None or anchor_of(k) != anchor:
            return None
        if not sym.negated:
            lo, hi, half = PARTS_OF_DAY[sym.tod.pod]
            return (k, sym) if half and _inside(tod.h, half, lo, hi) else None
        if sym.tod.pod in ("morning", "early_morning", "late_morning", "first_thing"):
            if not _inside(tod.h, "pm", "12:00", "21:00"):
                return None
            return k, replace(sym, negated=False, tod=replace(sym.tod, pod="afternoon"))
        return None
    return None


def _part_of_bound(sm: SymbolicMention, sym: Sym) -> Sym:
    """A bound at an hour that took its half from the part of the day said with it ("I
    work until 9 in the evening", `compose_intersect._bound_clock_half`) lends that part,
    as the part said alone did ("... until 9, evening ... not before 9:30": 21:30)."""
    tod = sym.tod
    if not sym.bound or tod is None or tod.kind != "clock" or "part_of_day" not in sm.rules:
        return sym
    h = tod.h if tod.h24 else tod.h % 12 + (12 if tod.ap == "pm" else 0)
    pod = "evening" if h >= 17 else "afternoon" if h >= 12 else "morning"
    return replace(sym, bound="", incl=False, by_end=False, tod=TodSpec("pod", pod=pod))
