"""A negation before a part of the day or a weekday with "the" / "in the" / "at" between.

"not in the afternoon", "but not the evening", "can't do the mornings", "not at
lunchtime": the cue and the part of the day it denies are apart by the words people put
before a part of the day, which the part-of-day rules leave out of the mention. Only a
part of the day bridges these words: "not the 24th" already holds its "the", and "not at
5" its "at". A fallback ("if not the morning") stays a fallback (`compose.apply_cues`).

A weekday said with "the" after a negation (G22): "not the Monday", "Please not the
sunday", "can't do the friday", "except the thurs": the weekday rules leave "the" out of
the mention, so the negation reaches the weekday across "the" / "on the". Only a weekday
with nothing of its own ("the Monday before" is an anaphor, "the 24th" holds its "the").
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.symbolic import Sym

# The words between the cue and the part of the day: "the", "in the", "at", "at the",
# "during the".
_POD_GAP = re.compile(r"\s+(?:(?:in|during|at)\s+)?the\s+|\s+at\s+", re.IGNORECASE)


_DAY_GAP = re.compile(r"\s+(?:on\s+)?the\s+", re.IGNORECASE)


def bridges(cue: str, gap: str, sym: Sym) -> bool:
    """Whether a negation cue reaches a part of the day or a weekday across `gap`."""
    if cue == "neg" and _weekday_alone(sym):
        return _DAY_GAP.fullmatch(gap) is not None
    if cue != "neg" or sym.tod is None or sym.tod.kind != "pod":
        return False
    if sym.day is not None or sym.span is not None or sym.bound:
        return False  # "not the morning of the 24th": the day rules read it whole
    return _POD_GAP.fullmatch(gap) is not None


def _weekday_alone(sym: Sym) -> bool:
    """ "Monday" with no clock, part, span, bound or recurrence of its own."""
    day = sym.day
    if day is None or day.kind != "wd" or day.mod:
        return False
    return sym.tod is None and sym.span is None and not sym.bound and sym.recur is None
