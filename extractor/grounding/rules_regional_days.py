"""Days and moments said the Scots and Australian way: "the morra", "the morn's morn",
"the now", "the nicht", "sarvo"; and the Nigerian, Ghanaian, Irish and British ways with
days: "next tomorrow", "this day week", "Tuesday gone".

Scots says "the nicht" for tonight and "efternoon" for the afternoon (G44).
Scots says "the morra" and "the morn" for tomorrow, "the morn's morn" for tomorrow
morning and "the now" for right now ("any tee times the morra?", "a lesson the morn's
morn", "nae chance of a game the now?"). Australians shorten "this arvo" to "sarvo"
(this afternoon). "The morn" is tomorrow only where nothing makes it the morning: "in
the morn", "this morn", "all the morn", "Tuesday the morn" stay the part of the day
(`rules_time.part_of_day`); "in the now" and "for the now" are no time.

Nigerian and Ghanaian English say "next tomorrow" for the day after tomorrow ("shift it
to next tomorrow", "tomorrow or next tomorrow"). Irish and British English say "this day
week" and "this day fortnight" for a week (two) from today, as "today week" is
(`rules.tomorrow_week`), and "Tuesday gone" / "Tuesday just gone" / "Tuesday past" for
the Tuesday that has just been (as "this past Tuesday": a day gone by, no wish); "Tuesday
past 5" is no such day (the clock after it).

Yorkshire and Lancashire English say "while" for "until" before a clock ("we're at work
while 6", "open while 11 at night", "12 while 1", "say 1 while 5"): a bound before the
clock, and between two clocks a range (`compose_range._SEP`). "While" before anything but
a clock stays the conjunction ("while I'm at work", "while 2 of us wait") (G47).

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import WD, Atom, Options, rule
from slotwise.extractor.grounding.rules_time import _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, TodSpec

# Yorkshire "while" = "until", only right before a clock (G47)
WHILE_CLOCK = r"(?=\s+(?:\d{1,2}(?![\d/])|half\s+\w|quarter\s+(?:past|to)\b|noon\b|midday\b))"
_cue_rule("bound_prefix", {"while": ("before", True)}, "bound", then=WHILE_CLOCK)

# Words before "the morn" / "the now" that make it the morning, or no time at all.
_NOT_A_DAY_BEFORE = re.compile(
    rf"(?:\b(?:in|into|of|all|this|for|by|from|til|till|until|since|to|through)|\b(?:{WD})\.?)\s+$",
    re.I,
)


def _said_as_day(m: re.Match[str]) -> bool:
    return _NOT_A_DAY_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is None


@rule(
    "scots_tomorrow", r"the\s+morra|the\s+morn(?:['’]s\s+(?P<morn>morn(?:in[g'’]?)?))?(?![\w'’-])"
)
def _the_morn(m: re.Match[str], o: Options) -> Atom | None:
    """ "the morra" / "the morn": tomorrow; "the morn's morn": tomorrow morning."""
    if not _said_as_day(m):
        return None
    day = DaySpec("rel", 1)
    if m.group("morn"):
        return Atom(m.start(), m.end(), Sym(day=day, tod=TodSpec("pod", pod="morning")), [])
    return Atom(m.start(), m.end(), Sym(day=day), [])


@rule("scots_now", r"the\s+now(?![\w'’-])")
def _the_now(m: re.Match[str], o: Options) -> Atom | None:
    """ "a game the now?": right now."""
    if not _said_as_day(m):
        return None
    return Atom(m.start(), m.end(), Sym(rel_minutes=0), [])


@rule("scots_tonight", r"the\s+nicht(?![\w'’-])")
def _the_nicht(m: re.Match[str], o: Options) -> Atom | None:
    """ "the nicht": tonight, as Scots say it (G44); German "nicht" (not) never follows
    "the"."""
    if not _said_as_day(m):
        return None
    return Atom(m.start(), m.end(), Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod="night")), [])


@rule("sarvo", r"s['’]?arvo(?![\w'’-])")
def _sarvo(m: re.Match[str], o: Options) -> Sym:
    """ "a spot sarvo?": this afternoon."""
    return Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod=lx.pod_key("arvo")))


_TOMORROW = r"(?:tomm?orr?ow|tomorow|tmrw?|tmr|2moro|2morrow|tomoz)"


@rule("next_tomorrow", rf"next\s+{_TOMORROW}(?![\w'’-])")
def _next_tomorrow(m: re.Match[str], o: Options) -> Sym:
    """ "next tomorrow": the day after tomorrow, as Nigerian and Ghanaian English say it."""
    return Sym(day=DaySpec("rel", 2))


@rule("this_day_week", r"this\s+day\s+(?P<unit>week|wk|fortnight)(?![\w'’-])(?!\s+after\b)")
def _this_day_week(m: re.Match[str], o: Options) -> Sym:
    """ "this day week", "this day fortnight": a week (two) from today."""
    return Sym(day=DaySpec("rel", 14 if m.group("unit").lower() == "fortnight" else 7))


# What may follow "Tuesday past": the end of the clause ("since Tuesday past, I've..."),
# not a clock ("Tuesday past 5" is Tuesday after five).
_CLAUSE_GOES_ON = r"(?=\s*(?:[.,;:!?)]|$|and\b|when\b|but\b|i\b|we\b))"


# The weekday said before "gone" / "past": "Tuesday gone", "this Sunday gone".
_WEEKDAY_BEFORE = re.compile(rf"(?:this\s+|the\s+)?(?<![\w'’])(?P<wd>{WD})\.?\s+$", re.I)


@rule(
    "weekday_gone",
    rf"(?<![\w'’-])(?:just\s+)?(?:gone(?![\w'’-])|past{_CLAUSE_GOES_ON})",
)
def _weekday_gone(m: re.Match[str], o: Options) -> Atom | None:
    """ "Tuesday gone", "Tuesday just gone", "Tuesday past": the Tuesday just been."""
    wd = _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    if wd is None:
        return None
    sym = Sym(day=DaySpec("wd", lx.weekday_index(wd.group("wd")), "recent"))
    return Atom(wd.start(), m.end(), sym, [])
