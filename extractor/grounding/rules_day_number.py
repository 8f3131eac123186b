"""A day of the month said as a plain number: "on the 16", "the 24 in the afternoon",
"the 22 quarter to 5", "the week of 14", "the morning of the 23", "day 12 at 14h",
"on 12 or 13, morning".

Many writers (and every writer whose first language says "el 16", "dia 16", "le 16")
leave the ordinal's "th" off. A bare number is no day on its own ("the 2 of us", "the
10 minutes", "at the 1 of the afternoon" is one o'clock), so the rule reads one only
where its words say so: after "the" / "on the" / "day" / "the week of" / "the morning
of" and before what follows a day (a clause's end, "at", "in the afternoon", a clock,
"or the 13"), never after "at". The second item of a list of such days ("the 14 or
15", "on 12 or 13") is a day too, and so is a number listed after a month's day ("Jan 9
or 16", "Jan 19, 20 and 21": days of that month), also before a part of the day said
once ("dec 9 or 10 evening"); a number before a list that ends with a month is that
month's day ("on 10 or 11 of december", `month_after`). The value is the ordinal's (`DaySpec("dom", n)`), so
"the 16" reads as "the 16th" does. Rules registered like `rules_time`'s (this module is
imported with the others in `compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import DOM, NOT_COUNT, Options, rule
from slotwise.extractor.grounding.month_after import (
    MONTH_LISTED_BEFORE,
    day_of,
    month_said_after,
)
from slotwise.extractor.grounding.symbolic import DaySpec, Sym

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# What follows a day of the month: the clause's end, a list of days, a time of the day.
_AFTER = (
    r"(?!\s*(?:-|–|to)\s*\d)(?=\s*(?:[?!,;)]|\.(?!\d)|$|[-–—]\s|…"
    rf"|(?:or|and|n|&|o|y|ou|et)\s+(?:the\s+|el\s+|le\s+)?{_DAY}(?:st|nd|rd|th)?(?![\w:.])(?!\s+of\b)"
    r"|(?:at|@|after|before|from|between|around|about|pls|please|if|instead|then|works?|would"
    r"|could|ok|okay)\b"
    r"|quarter\s+(?:to|past)\b|half\s+past\b|(?:twenty|ten|five)\s+(?:to|past)\b"
    r"|more\s+or\s+less\b|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b"
    r"|is\s+(?:good|fine|ok|okay|best|better|free|my)\b|better\b|best\b"
    # what follows a day in Spanish and French: "el 27 por la tarde", "el 17 a las 10",
    # "le 15 à 13h", "le 4 avant 10h", "el 20 con Rivera"
    r"|(?:por|en|de)\s+la\b|a\s+las?\b|à\b|vers\b|avant\b|après\b|apres\b|entre\b"
    r"|con\b|avec\b|en\s+(?:avant|après|apres|fin)\b|sinon\b|si\s+(?:no|se)\b"
    # and in Portuguese: "dia 17 de manhã", "dia 12 à tarde", "dia 19 qualquer hora", "dia
    # 24 depois das 3", "dia 12 ou perto disso"
    r"|(?:de|da|pela)\s+(?:manh[ãa]|tarde|noite)\b|[àa]\s+(?:tarde|noite)\b|[àa]s\b"
    r"|depois\b|antes\b|qualquer\b|ou\b|perto\b|no\s+mesmo\b"
    # "do dia 3 ao dia 5", "dia 10 não dá", "dia 12 é melhor", "dia 9 seria ótimo"
    r"|ao\b|até\b|n[ãa]o\b|é\b|seria\b|serve\b|pode\b|fica\b|ent[ãa]o\b))"
)
# Where the number is said as a day: "the", "on the", "on", "day", "the week of".
_BEFORE = (
    r"(?P<pre>(?:on\s+)?the\s+|on\s+|day\s+"
    # Spanish and French "el 17", "le 15" (`_AFTER` still asks for what follows a day)
    r"|(?<![\w'’])(?:el|le)\s+"
    # Portuguese and Spanish "dia 17", "día 3"
    r"|(?<![\w'’])d[ií]a\s+)"
    r"|(?:(?<=week of )|(?<=morning of )|(?<=afternoon of )|(?<=evening of )"
    r"|(?<=semaine du )|(?<=semana del ))"
)
# The first item of a list of such days before this one: "the 14 or ", "on 12 or ".
_LISTED_BEFORE = re.compile(
    rf"(?:\bthe|\bon|\bel|\ble)\s+{_DAY}(?:st|nd|rd|th)?\s*(?:or|and|n|&|o|y|ou|et)\s*"
    r"(?:the\s+|el\s+|le\s+)?$",
    re.I,
)
# "at the 1 of the afternoon" (one o'clock), "we are the 3" (a count)
_NOT_A_DAY_BEFORE = re.compile(r"\b(?:at|are|were|just|only)\s+$", re.I)


# A part of the day after a number that is no hour: "the 24 in the afternoon" is the 24th,
# "on the 6 in the evening" six o'clock.
_POD_AFTER = r"(?=\s*(?:in\s+the\s+)?(?:morning|afternoon|evening)\b)"


def _dom_or_month_day(text: str, end: int, d: int) -> Sym:
    return Sym(day=day_of(d, month_said_after(text, end)))


@rule(
    "day_number",
    rf"(?:{_BEFORE})(?:(?P<d>{DOM}){NOT_COUNT}{_AFTER}|(?P<d2>1[3-9]|2\d|3[01]){_POD_AFTER})",
)
def _day_number(m: re.Match[str], o: Options) -> Sym | None:
    if _NOT_A_DAY_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
        return None
    return _dom_or_month_day(m.string, m.end(), int(m.group("d") or m.group("d2")))


@rule("day_number_listed", rf"(?P<d>{DOM}){NOT_COUNT}{_AFTER}")
def _day_number_listed(m: re.Match[str], o: Options) -> Sym | None:
    """ "the 14 or 15", "on 12 or 13": the list's next day."""
    if not _LISTED_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    return Sym(day=DaySpec("dom", int(m.group("d"))))


# A part of the day said once after a list of a month's days: "Jan 9 or 10 evening", "dec 3
# or 4 in the morning" are both days' evenings / mornings, not 10pm or 4am (G14b). Only
# after "or" / "and" ("Jan 9, 5 in the evening" may be a day and a clock).
_LISTED_POD_AFTER = (
    r"(?=\s+(?:in\s+the\s+)?(?:morning|afternoon|evening|night|arvo|eve|evo|avo|arvos)\b)"
)
_JOINED = re.compile(r"(?:or|and|n|&)\s+$", re.I)


# After a month and its day in a list ("Feb 2 and "), a number is that month's next day
# unless a clock's marks follow it ("Feb 2 and 4 are my days off"; "Feb 2 and 4pm" no).
_MONTH_LISTED_AFTER = (
    r"(?!\s*(?:[ap]\.?m\b|:\d|\.\d|o['’]?clock|h\b|hrs?\b|hours?\b|mins?\b|(?:[-–]|(?:to|till?|until|through|thru)\b)\s*\d"
    r"|(?:in\s+the\s+)?(?:morning|afternoon|evening|night|arvo|eve|evo|avo|arvos)\b))"
)
_LISTED_NUMBER = (
    rf"(?P<d>{DOM})(?!\d){NOT_COUNT}(?:{_MONTH_LISTED_AFTER}|(?P<pod>{_LISTED_POD_AFTER}))"
)
_LISTED_NUMBER_AT = re.compile(_LISTED_NUMBER, re.I)


def _month_listed(text: str, start: int, pod: bool) -> bool:
    before = MONTH_LISTED_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (not pod or _JOINED.search(before.group()) is not None)


def listed_after_month(text: str, start: int) -> bool:
    """The number at `start` is a day listed after a month's ("Dec 3 or 4"): `rules_time`'s
    bare hour leaves it to `day_number_month_listed`."""
    m = _LISTED_NUMBER_AT.match(text, start)
    return m is not None and _month_listed(text, start, m.group("pod") is not None)


@rule("day_number_month_listed", _LISTED_NUMBER)
def _day_number_month_listed(m: re.Match[str], o: Options) -> Sym | None:
    """ "Jan 9 or 16", "Jan 19, 20 and 21", "dec 3 or 4": a plain number after a month and
    its day in a list is another day of that month (as "Jan 16" reads)."""
    before = MONTH_LISTED_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if before is None or not _month_listed(m.string, m.start(), m.group("pod") is not None):
        return None
    month = lx.month_index(before.group("mon").rstrip("."))
    return Sym(day=DaySpec("md", int(m.group("d")), month=month))


@rule(
    "day_number_month_after",
    rf"(?<![\w:.])(?:(?:on\s+)?the\s+|on\s+)?(?P<d>{DOM})(?=\s*(?:,|or\b|and\b|n\b|&))",
)
def _day_number_month_after(m: re.Match[str], o: Options) -> Sym | None:
    """ "maybe 10 or 11 of december", "9 or 10 Dec": a plain number before a list of days
    that ends with a month is that month's day (as "11 of december" reads)."""
    if _NOT_A_DAY_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
        return None
    month = month_said_after(m.string, m.end())
    return Sym(day=DaySpec("md", int(m.group("d")), month=month)) if month else None
