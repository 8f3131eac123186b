"""A list of days left out, ended by a full stop, does not take the clock after it.

"any day but tues or sun. 5ish", "not mon or wed. 3pm is good": the days are the ones
excluded, and the clock after the full stop is the time wished on the other days. A day
with a full stop still takes the clock after it elsewhere ("Tue. 3pm", "sat or sun. 10am"),
where the abbreviation's stop is no sentence's end (`compose._sentence_between`). Called by
`compose.intersect` (G14b).
"""

from __future__ import annotations

from slotwise.extractor.grounding.atoms import Atom
from slotwise.extractor.grounding.coordination import LIST_GAP, LIST_WORD


def _clock_alone(a: Atom) -> bool:
    s = a.sym
    return (
        s is not None
        and s.tod is not None
        and s.tod.kind == "clock"
        and not s.has_date
        and not s.bound
        and not s.negated
    )


def _day_alone(a: Atom) -> bool:
    s = a.sym
    return s is not None and s.day is not None and s.tod is None and not s.bound


def stops_negated_list(text: str, items: list[Atom], i: int) -> bool:
    """`items[i]` is the last day of a list whose first day is negated, with a full stop
    after it, and `items[i + 1]` a clock said alone."""
    a = items[i]
    if not text[a.start : a.end].endswith(".") or not _clock_alone(items[i + 1]):
        return False
    if not _day_alone(a):
        return False
    k, worded = i, False
    while k > 0:
        gap = text[items[k - 1].end : items[k].start]
        if LIST_GAP.fullmatch(gap) is None:
            return False
        worded = worded or LIST_WORD.search(gap) is not None
        prev = items[k - 1].sym
        if prev is None or prev.day is None or prev.tod is not None:
            return False
        if prev.negated:
            return worded
        k -= 1
    return False
