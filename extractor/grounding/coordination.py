"""Coordination: which adjacent mentions a list joins ("Thursday or Friday", "Dr. Smith
or Dr. Patel"). A grounding fact, computed once from the words between two spans, and
carried on each candidate as `coordinated`; nothing downstream reads the text again."""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.symbolic import Sym, SymbolicMention

# What may stand between two items of one list: "or", "/", ",", "and", "and/or", ...
JOINER = re.compile(r"^\s*(?:,\s*)?(?:or|/|,|and|and/or|or maybe|or else|either)\s*$", re.I)


def coordinated(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """True when only a list joiner stands between the spans `left` and `right`, or when
    they are the same words naming two things ("inside": either indoor room)."""
    if left == right:
        return True
    return left[1] <= right[0] and bool(JOINER.match(text[left[1] : right[0]]))


# Weekday modifiers that name a week, not one day: "wed next week", "thu this week",
# "fri the week after next". The items of a list before such a day share its week.
_WEEK_MODS = ("thisweek", "nextweek", "week2", "lastweek")


def share_week(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """ "tues or wed next week", "mon, tue and thu the week after next": the week said
    after the last weekday of a list belongs to every weekday of the list."""
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):
        day = out[k].sym.day
        if day is None or day.kind != "wd" or day.mod not in _WEEK_MODS or out[k].sym.bound:
            continue
        j = k
        while j > 0 and _bare_weekday(out[j - 1].sym):
            if not coordinated(
                text, (out[j - 1].start, out[j - 1].end), (out[j].start, out[j].end)
            ):
                break
            j -= 1
            prev = out[j].sym
            assert prev.day is not None  # a bare weekday has one
            out[j] = replace(out[j], sym=replace(prev, day=replace(prev.day, mod=day.mod)))
    return out


def _bare_weekday(s: Sym) -> bool:
    """A weekday said with no week ("tues", "wed at 3"), not a bound."""
    return s.day is not None and s.day.kind == "wd" and not s.day.mod and not s.bound
