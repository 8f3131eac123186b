""" "Earlier in the week" and "later in the week" said after a day: that day's week, before
or after it.

"please move my Friday 9:30 to earlier in the week, Wed or Thu morning", "I need to move
my retainer check from the 26th. Can I come earlier in the week? Tues or Wed", "the week
after next, wednesday or later in the week", "it's tomorrow at 2 ... Later in the week,
same time": a comparative says what it is earlier or later than, and after a day named
before it in the message (the booking being moved, a day ruled out, a day offered) it
is that day. The days are those of the day's Monday-Sunday week before it ("earlier")
or after it ("later"), as "earlier / later that week" (`anaphora`, part "before" /
"after" of a "weekof" span), so the weekdays named with it fall inside it.

With no single day before it ("the week after next ... prefer earlier in the week",
"Thanksgiving week ... Earlier in the week would be better"), or a week said between
("move my Friday class to next week, earlier in the week"), it is the early or late part
of its week as before. "the earlier in the week the better" (a comparative correlative)
is a wish to come early, and keeps that reading too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.symbolic import SpanSpec, Sym, SymbolicMention

# The words of the comparative week part: "earlier in the week", "later on in the wk".
_SIDE = re.compile(r"(?P<dir>earlier|later)\s+(?:on\s+)?in\s+the\s+(?:week|wk)", re.I)
# "the earlier in the week the better": the correlative, not a side of a day.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _one_day(s: Sym) -> bool:
    """A single day with a place in the calendar or a weekday, not a bound, a span or a
    recurring set: "Friday 9:30", "the 26th", "tomorrow at 2", "wednesday"."""
    return s.day is not None and s.span is None and s.recur is None and not s.bound


def week_side_of_day(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """ "earlier / later in the week" after a day: the days of its week before / after it
    (see the module's docstring)."""
    out = list(mentions)
    for k, sm in enumerate(mentions):
        said = _SIDE.fullmatch(text, sm.start, sm.end)
        if said is None or sm.sym.span is None or sm.sym.negated:
            continue
        if _THE_BEFORE.search(text, max(0, sm.start - 4), sm.start):
            continue
        before = [o for o in mentions[:k] if o.end <= sm.start and o.sym.has_date]
        if not before or not _one_day(before[-1].sym):
            continue
        day = before[-1].sym.day
        assert day is not None  # `_one_day`
        part = "before" if said.group("dir").lower() == "earlier" else "after"
        side = SpanSpec("weekof", start=day, part=part)
        out[k] = replace(sm, sym=replace(sm.sym, span=side))
    return out
