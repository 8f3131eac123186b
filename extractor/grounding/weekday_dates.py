"""A weekday and a bare number that is its date: "Monday 12 at 11", "Tuesday 6 in the
morning", "Thursday 8, in the afternoon".

The rules read "Monday 12" as Monday at 12 (`weekday` + `bare_number`), as a writer
often means it ("tues 2 pls"). When the next date numbered so falls on that very weekday
(the 12th is a Monday) and a time of day comes with it, the number is the date and
the time of day is the other words: "Monday 12 at 11" is 11:00 on Monday the 12th, not
noon on the nearest Monday beside a second time. Without a time of day the clock
reading stays ("thurs 10 or 10:30", "wed 9 is great").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.symbolic import DaySpec, SymbolicMention, TodSpec

# The weekday and its number: "Monday 12", "tues 6", "Thursday the 8".
_NUMBER = re.compile(r"^[a-z.]+\s+(?:the\s+)?(\d{1,2})\b", re.I)
# The part of the day said after the number: "in the morning", ", in the afternoon".
_POD = re.compile(
    r"[\s,]*(?:in\s+the\s+|this\s+|that\s+)?("
    + "|".join(re.escape(w) for w in sorted(lx.POD_WORDS, key=len, reverse=True) if w.isalpha())
    + r")\W*$",
    re.I,
)
# Between the weekday's number and the clock said of it: "Monday 12 at 11", "Monday 5,
# 9am" (the clock's own "at" is in the next mention).
_TO_CLOCK = re.compile(r"\s*,?\s*(?:(?:at|@)\s+)?(?:(?:exactly|around|about)\s+)?", re.I)


def _next_dated(n: int, today: date) -> date | None:
    """The next date numbered `n` from `today` (today's included), in the next two months."""
    first = today.replace(day=1)
    for k in range(3):
        month = (first + timedelta(days=32 * k)).replace(day=1)
        try:
            d = month.replace(day=n)
        except ValueError:
            continue
        if d >= today:
            return d
    return None


def weekday_day_numbers(
    text: str, mentions: list[SymbolicMention], today: date
) -> list[SymbolicMention]:
    """Each "weekday N" + a time of day whose next N-th falls on that weekday, read as
    that date with the time of day said after it (see the module's docstring)."""
    out = list(mentions)
    for i, sm in enumerate(mentions):
        sym = sm.sym
        day, tod = sym.day, sym.tod
        if sm.rules[:2] != ["weekday", "bare_number"] or day is None or day.kind != "wd":
            continue
        if day.mod or tod is None or tod.kind != "clock" or sym.bound or sym.recur:
            continue
        if sym.span is not None or sym.duration is not None:
            continue
        said = text[sm.start : sm.end]
        m = _NUMBER.match(said)
        if m is None:
            continue
        n = int(m.group(1))
        d = _next_dated(n, today) if 1 <= n <= 31 else None
        if d is None or d.weekday() != day.n:
            continue
        rest = said[m.end() :]
        new_tod: TodSpec | None
        if sm.rules[2:] == ["part_of_day"] and (p := _POD.fullmatch(rest)):
            new_tod = TodSpec("pod", pod=lx.POD_WORDS[p.group(1).lower()])
        elif sm.rules[2:] or rest.strip():
            continue
        elif i + 1 < len(mentions) and _clock_after(text, sm, mentions[i + 1]):
            new_tod = None
        else:
            continue
        dom = DaySpec("dom", n=n, weekday=day.n)
        out[i] = replace(
            sm, sym=replace(sym, day=dom, tod=new_tod), rules=["weekday_day_number", *sm.rules[2:]]
        )
    return out


def _clock_after(text: str, sm: SymbolicMention, nxt: SymbolicMention) -> bool:
    """A time of day of its own right after "weekday N": "Monday 12 at 11"."""
    s = nxt.sym
    return (
        _TO_CLOCK.fullmatch(text, sm.end, nxt.start) is not None
        and s.tod is not None
        and not s.has_date
        and not s.negated
        and s.duration is None
        and nxt.rules != ["bare_number"]  # "Monday 5, 6": a list of hours
    )
