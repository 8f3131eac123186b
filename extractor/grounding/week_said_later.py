"""The week a message names is the week of the weekdays it rules out, wherever it says it.

"not monday. not before 10. otherwise anytime next week", "any time next week after 3
except monday", "morning only, but not Monday or Wednesday. Early next week if possible":
a weekday ruled out in a message that asks for one week is that week's day, said before
the week or after it, across a clause or a bound between. Said on a Monday, "not monday"
is next week's Monday (the writers' labels: the day ruled out is in the week asked for),
not today. `coordination.share_week_after_exclusions` reads the days ruled out right
before a plain week; this pass reads the rest.

Also a list of weekdays written with spaces only ("tues wed or thurs next week", "can't
do mon tue or wed, any other day next week"): a run of different weekdays ending in a
list word is one list, so the week said after it, and a negation said before it, are
each day's.

Only where the message names one week and no day of its own (a date, "tomorrow", a
weekday with its week): a weekday wished for in another clause ("need to rebook my thurs
drop off, any time next week") may be the booking being moved, so it keeps its reading.

`widen_early_week`: the early days of a week are its Monday and Tuesday ("early next
week", "the start of the week after next"); with one of them ruled out in the message
("early next week? not monday tho", "can't do Tuesday 8th ... otherwise early next
week") they run to Wednesday (part "early_wide").
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.coordination import coordinated, list_ends
from slotwise.extractor.grounding.symbolic import Sym, SymbolicMention

WEEK_OF_SPAN = {0: "thisweek", 1: "nextweek", 2: "week2"}
"""A relative week's count (`span.n`) as the weekday modifier of its days."""
# Only spaces (or a slash) between two weekdays of a run: "tues wed or thurs", "mon tue".
_SPACE = re.compile(r"\s+")


def _week(s: Sym) -> str | None:
    """The weekday modifier of a week the message asks for: "next week", "early next
    week", "a morning next week", "next week after 3"; not one ruled out ("not this
    week")."""
    if s.span is None or s.span.kind != "week" or s.day is not None or s.negated:
        return None
    return WEEK_OF_SPAN.get(s.span.n)


def _bare_weekday(s: Sym) -> bool:
    return s.day is not None and s.day.kind == "wd" and not s.day.mod and not s.bound


def _weekday(s: Sym) -> bool:
    """A weekday, with its week or not ("wed", "thurs next week"), not a bound."""
    return s.day is not None and s.day.kind == "wd" and not s.bound


def _name(s: Sym) -> int:
    """The weekday a weekday mention names (0 Monday), -1 for anything else."""
    return s.day.n if s.day is not None and s.day.kind == "wd" else -1


def _own_day(s: Sym) -> bool:
    """A day said with its own place in the calendar: a date, "tomorrow", "next Tuesday"."""
    return s.day is not None and not (s.day.kind == "wd" and not s.day.mod)


def _runs(text: str, mentions: list[SymbolicMention]) -> list[list[int]]:
    """Lists of weekdays with a space-only gap somewhere ("tues wed or thurs next week"):
    runs of different weekdays, each gap a list word or spaces, the last a list word."""
    out: list[list[int]] = []
    i = 0
    while i < len(mentions):
        j = i
        while j + 1 < len(mentions) and _weekday(mentions[j + 1].sym):
            a, b = mentions[j], mentions[j + 1]
            if not _weekday(a.sym) or _name(a.sym) == _name(b.sym):
                break
            gap = text[a.end : b.start]
            spaced = _SPACE.fullmatch(gap) and not text[a.start : a.end].endswith(".")
            if not (spaced or coordinated(text, (a.start, a.end), (b.start, b.end))):
                break  # "can't do mon, tue or wed. thurs or fri": a sentence ends at "wed."
            j += 1
        gaps = [text[mentions[k].end : mentions[k + 1].start] for k in range(i, j)]
        if j > i and any(_SPACE.fullmatch(g) for g in gaps) and not _SPACE.fullmatch(gaps[-1]):
            out.append(list(range(i, j + 1)))
        i = j + 1
    return out


def _with_week(sm: SymbolicMention, mod: str) -> SymbolicMention:
    day = sm.sym.day
    assert day is not None  # a bare weekday has one
    return replace(sm, sym=replace(sm.sym, day=replace(day, mod=mod)))


def share_week_said_later(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """Weekdays ruled out, and weekday lists written with spaces, read in the one week
    the message asks for (see the module's docstring)."""
    out = list(mentions)
    runs = _runs(text, out)  # what the loop below changes (negation, week) runs don't read
    for run in runs:  # "mon tue or wed": one list, negated as its first is
        if out[run[0]].sym.negated:
            for n, k in enumerate(run[1:]):
                if list_ends(text, out, run[0], run[n]):
                    break  # "not monday not tuesday, wednesday is good"
                out[k] = replace(out[k], sym=replace(out[k].sym, negated=True))
        last = out[run[-1]].sym.day
        if last is not None and last.mod:  # "tues wed or thurs next week"
            for k in run[:-1]:
                if _bare_weekday(out[k].sym):
                    out[k] = _with_week(out[k], last.mod)
    weeks = {w for sm in out if (w := _week(sm.sym)) is not None}
    if len(weeks) != 1 or any(_own_day(sm.sym) and not sm.sym.negated for sm in out):
        return out
    mod = weeks.pop()
    in_runs = {k for run in runs for k in run}
    for k, sm in enumerate(out):
        if _bare_weekday(sm.sym) and (sm.sym.negated or k in in_runs):
            out[k] = _with_week(sm, mod)
    return out


def _rules_out_monday_or_tuesday(s: Sym) -> bool:
    """A whole Monday or Tuesday ruled out: "not monday", "can't do Tuesday 8th"."""
    day = s.day
    if not s.negated or day is None or s.tod is not None or s.bound:
        return False
    named = day.n if day.kind == "wd" else day.weekday
    return named in (0, 1)


def widen_early_week(mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """The early days of a week run to Wednesday when the message rules out its Monday or
    Tuesday (see the module's docstring)."""
    if not any(_rules_out_monday_or_tuesday(sm.sym) for sm in mentions):
        return mentions
    out = list(mentions)
    for k, sm in enumerate(out):
        span = sm.sym.span
        early = span is not None and span.kind in ("week", "weekof") and span.part == "early"
        if early and span is not None and not sm.sym.negated:
            out[k] = replace(sm, sym=replace(sm.sym, span=replace(span, part="early_wide")))
    return out
