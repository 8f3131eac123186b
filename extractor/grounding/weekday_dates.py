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
_NUMBER = re.compile(r"\b[a-z.]+\s+(?:the\s+)?(\d{1,2})\b", re.I)
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
    that date with the time of day said after it (see the module's docstring); and each
    such "weekday N" listed beside one read so ("Tuesday 6 in the morning, or if not
    Wednesday 7"; "I cannot Monday 5, Tuesday 6": two such coincidences are dates)."""
    out = list(mentions)
    dated: dict[int, tuple[int, TodSpec | None, bool]] = {}  # i -> (n, tod, read alone)
    for i, sm in enumerate(mentions):
        found = _date_number(text, sm, today)
        if found is None:
            continue
        n, rest = found
        new_tod: TodSpec | None = None
        tail = sm.rules[sm.rules.index("bare_number") + 1 :]
        if tail == ["part_of_day"] and (p := _POD.fullmatch(rest)):
            new_tod = TodSpec("pod", pod=lx.POD_WORDS[p.group(1).lower()])
            dated[i] = (n, new_tod, True)
        elif not tail and not rest.strip():
            alone = i + 1 < len(mentions) and _clock_after(text, sm, mentions[i + 1])
            dated[i] = (n, None, alone)
    keep = {i for i, (_, _, alone) in dated.items() if alone}
    for i in sorted(dated):  # a list of them: each beside another
        for j in (i - 1, i + 1):
            if j in dated and _LISTED.fullmatch(
                text, mentions[min(i, j)].end, mentions[max(i, j)].start
            ):
                keep |= {i, j}
    for i in sorted(keep):
        sm, (n, new_tod, _) = mentions[i], dated[i]
        assert sm.sym.day is not None
        dom = DaySpec("dom", n=n, weekday=sm.sym.day.n)
        out[i] = replace(
            sm,
            sym=replace(sm.sym, day=dom, tod=new_tod),
            rules=[
                *sm.rules[: sm.rules.index("weekday")],
                "weekday_day_number",
                *sm.rules[sm.rules.index("bare_number") + 1 :],
            ],
        )
    return out


# Between two items of a list of days: "Monday 5, Tuesday 6", "... or if not possible
# Wednesday 7", "Thursday 10 or Friday 11".
_LISTED = re.compile(
    r"[\s,;]*(?:(?:or|and|&|/)\b[\s,]*)?"
    r"(?:(?:if\s+not(?:\s+possible)?|otherwise|else|failing\s+that)\b[\s,]*)?",
    re.I,
)


def _date_number(text: str, sm: SymbolicMention, today: date) -> tuple[int, str] | None:
    """N and the words after it, when `sm` is "weekday N ..." read as a clock and the
    next N-th falls on that weekday."""
    sym = sm.sym
    day, tod = sym.day, sym.tod
    rules = sm.rules[1:] if sm.rules[:1] == ["neg_prefix"] else sm.rules
    if rules[:2] != ["weekday", "bare_number"] or day is None or day.kind != "wd":
        return None
    if day.mod or tod is None or tod.kind != "clock" or sym.bound or sym.recur:
        return None
    if sym.span is not None or sym.duration is not None:
        return None
    said = text[sm.start : sm.end]
    m = _NUMBER.search(said)
    if m is None:
        return None
    n = int(m.group(1))
    d = _next_dated(n, today) if 1 <= n <= 31 else None
    if d is None or d.weekday() != day.n:
        return None
    return n, said[m.end() :]


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
