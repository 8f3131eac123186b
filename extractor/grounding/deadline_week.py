"""A bare weekday after a date the booking must come before is not read in its week.

A bare weekday after a dated mention is read in that mention's week ("Dec 7 ...
Wednesday" is Wed 9 Dec; `ground_symbolic`). Not when the date is a deadline or an event
the visit goes before: "before school goes back on the 12th. Saturday morning would be
good" (Sat 10, not Sat 17), "We are moving to Canada on April 12. Before leaving ...
Saturday would be best" (Sat 3), "passport expiring 30 April, no later than 16 April.
Friday if possible" (the nearest Friday), "before the 19th. Not on Monday or Tuesday".
Read in the date's week, the weekday would fall on or after the date itself; the
nearest one of its name is read instead.

"before" followed by a number is a bound of that day's hours ("the 12th before 10, or
Saturday"), no deadline; "until" and "after" say the visit comes later ("I'm away until
the 12th. Saturday?" stays Sat 17).
"""

from __future__ import annotations

import re
from datetime import date

from slotwise.extractor.grounding.symbolic import SymbolicMention

_BEFORE = re.compile(
    r"\b(?:before|prior\s+to|ahead\s+of|no\s+later\s+than|not\s+later\s+than|"
    r"at\s+the\s+latest\s+by)\b"
    # not a clock: "before 10", "before 3pm, or Saturday", "before noon"
    r"(?!\s*(?:\d{1,2}(?:[:.]\d\d|\s*(?:am|pm|a\.m|p\.m|o'?clock|ish)|\s*$|\s*[,;?!]|"
    r"\s+(?:or|and|to|till|until|on|at|tomorrow|today)\b)|noon|midday|lunch))",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]\s")


def said_before_it(
    text: str, mentions: list[SymbolicMention], dated: int, i: int, day: date
) -> bool:
    """True when bare weekday `i` follows mention `dated` (the date `day`) after a
    "before" bound on a day said between them ("by the 4th": the deadline is that day),
    or in words that put the visit before the date ("before", "no later than") when the
    weekday read in the date's week would not come before the date."""
    weekday = mentions[i].sym.day
    if weekday is None or weekday.kind != "wd":
        return False
    if any(
        mentions[k].sym.bound == "before" and mentions[k].sym.has_date for k in range(dated + 1, i)
    ):
        return True  # "expires on the 11th and they want it by the 4th. wednesday"
    if weekday.n < day.weekday():
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, mentions[dated].start)]
    start = ends[-1] if ends else 0
    return bool(_BEFORE.search(text, start, mentions[i].start))
