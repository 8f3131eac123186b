"""Limits set by the day's events rather than a clock: the heat, the school run (G44).

People who book around their day name what happens in it: "before it gets hot", "after
the school run", "before pick-up". Each event is a usual clock, one table
(`DAY_EVENTS`), so the rule can say which time, and the words around say on which side
of it the visit falls:

| words | reads |
| --- | --- |
| `before it gets hot`, `before the heat`, `before the heat of the day`, `while it's still cool`, `in the cool of the morning`, `before it warms up`, `before the sun gets too strong` | before 10:00: the morning's cool |
| `once it cools down`, `after it cools off`, `when it's cooler`, `after the heat of the day` | after 17:00: the evening's cool |
| `after the school run`, `after school drop-off`, `after drop off`, `after dropping the kids off`, `once the kids are at school`, `after the morning school run` | after 09:30: the children are in school |
| `before the school run`, `before the morning school run`, `before I take the kids to school` | before 08:00 |
| `before pick-up`, `before school pickup`, `before I collect the kids`, `before school gets out`, `before the afternoon school run` | before 15:00: the children come out |
| `during school hours`, `while the kids are at school`, `between drop-off and pick-up` | 09:30-14:30 |

Not a limit: "it gets hot in there" (no "before"), "the school run was chaos" (no bound
word), "before the heat pump is fixed" (a machine, not the weather). "after school"
alone is a part of the day (`lexicon.PARTS_OF_DAY`).

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# The usual clock of each event, as minutes after midnight: the limit a rule reads.
DAY_EVENTS: dict[str, int] = {
    "morning_cool_ends": 10 * 60,
    "evening_cool_starts": 17 * 60,
    "school_drop_off_done": 9 * 60 + 30,  # the parent back from the school gate
    "school_run_starts": 8 * 60,
    "school_pick_up": 15 * 60,
    "school_day_ends": 14 * 60 + 30,  # the last free moment before pick-up
}

_KIDS = r"(?:the\s+)?(?:kids|children|kiddies|boys|girls|twins|little\s+ones|them|him|her)"


def _clock(event: str) -> TodSpec:
    minutes = DAY_EVENTS[event]
    return TodSpec("clock", minutes // 60, minutes % 60, h24=True, grain="minute")


def _limit(event: str, bound: str) -> Sym:
    return Sym(tod=_clock(event), bound=bound)


@rule(
    "before_the_heat",
    r"(?:before|b4)\s+(?:it\s+gets|it['’]?s|it\s+is|it\s+starts\s+getting|things\s+get)\s+"
    r"(?:too\s+|really\s+|super\s+|properly\s+)?(?:hot|warm|boiling|scorching|sweltering)"
    r"|(?:before|b4)\s+the\s+heat(?:\s+of\s+the\s+day)?(?![\s-]*(?:pump|lamp|map|rash|gun|wave))"
    r"(?:\s+(?:kicks\s+in|sets\s+in|gets\s+(?:too\s+)?bad))?"
    r"|(?:before|b4)\s+the\s+sun\s+gets\s+(?:too\s+|really\s+)?(?:strong|high|hot|fierce)"
    r"|(?:before|b4)\s+it\s+warms\s+up"
    r"|while\s+it['’]?s\s+(?:still\s+)?(?:cool|cooler|not\s+(?:too\s+)?hot)"
    r"|in\s+the\s+cool\s+of\s+the\s+(?:morning|day)",
)
def _before_the_heat(m: re.Match[str], o: Options) -> Sym:
    """ "before it gets hot", "while it's still cool": before 10:00."""
    return _limit("morning_cool_ends", "before")


@rule(
    "after_the_heat",
    r"(?:once|after|when)\s+it\s+(?:cools|has\s+cooled|['’]?s\s+cooled)\s+(?:down|off)"
    r"|when\s+it['’]?s\s+cooler|after\s+the\s+heat\s+of\s+the\s+day"
    r"|once\s+the\s+heat\s+(?:dies\s+down|has\s+gone|goes)",
)
def _after_the_heat(m: re.Match[str], o: Options) -> Sym:
    """ "once it cools down", "after the heat of the day": after 17:00."""
    return _limit("evening_cool_starts", "after")


@rule(
    "after_drop_off",
    r"(?:(?:any\s*time|anytime|sometime)\s+)?(?:after|efter|once|post)\s+"
    r"(?:(?:the|my|our)\s+)?(?:morning\s+)?(?:school\s+run|(?:school\s+)?drop[\s-]?offs?)"
    r"|(?:after|once)\s+(?:i['’]?ve\s+|i\s+have\s+)?(?:dropping|dropped|drop)\s+"
    + _KIDS
    + r"\s+(?:off(?:\s+at\s+school)?|at\s+school)"
    r"|once\s+" + _KIDS + r"\s+(?:are|is)\s+(?:at|in)\s+school",
)
def _after_drop_off(m: re.Match[str], o: Options) -> Sym | None:
    """ "anytime after the school run", "after drop-off": after 09:30; a bare "drop-off"
    only where the message speaks of children or school ("after drop off" of a hired van
    is no school run)."""
    words = m.group(0).lower()
    if "drop" in words and "school" not in words and not _CHILDREN.search(m.string):
        return None
    return _limit("school_drop_off_done", "after")


_CHILDREN = re.compile(
    r"\b(?:kids?|children|child|school|son|daughter|boys|girls|twins|little\s+ones|nursery|"
    r"kindy|kindergarten|daycare)\b",
    re.I,
)


@rule(
    "before_school_run",
    r"(?:before|b4)\s+(?:the\s+)?(?:morning\s+)?school\s+run(?!\s+in\s+the\s+afternoon)"
    r"|(?:before|b4)\s+i\s+(?:take|drop|walk)\s+" + _KIDS + r"\s+(?:to\s+school|off)",
)
def _before_school_run(m: re.Match[str], o: Options) -> Sym:
    """ "before the school run": before 08:00."""
    return _limit("school_run_starts", "before")


@rule(
    "before_pick_up",
    r"(?:before|b4)\s+(?:(?:the|my|our)\s+)?(?:afternoon\s+school\s+run|(?:school\s+)?pick[\s-]?ups?)"
    r"|(?:before|b4)\s+i\s+(?:collect|pick\s+up|get|fetch|grab)\s+" + _KIDS + r"(?:\s+up)?"
    r"(?:\s+from\s+school)?"
    r"|(?:before|b4)\s+school\s+(?:gets\s+out|finishes|ends|lets\s+out)",
)
def _before_pick_up(m: re.Match[str], o: Options) -> Sym:
    """ "before pick-up", "before I collect the kids": before 15:00."""
    return _limit("school_pick_up", "before")


@rule(
    "school_hours",
    r"(?:during|in)\s+school\s+hours"
    r"|while\s+" + _KIDS + r"\s+(?:are|is)\s+(?:at|in)\s+school"
    r"|between\s+(?:school\s+)?drop[\s-]?off\s+and\s+(?:school\s+)?pick[\s-]?up",
)
def _school_hours(m: re.Match[str], o: Options) -> Sym:
    """ "during school hours", "between drop-off and pick-up": 09:30-14:30."""
    a, b = _clock("school_drop_off_done"), _clock("school_day_ends")
    return Sym(tod=TodSpec("range", a=a, b=b))
