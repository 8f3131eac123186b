"""A day and month written with a dot, the European way: "crew for 31.07", "11.08,
7:00", "Survey 5.08 possible?"

Germany, Poland, Russia, Switzerland, Scandinavia and their neighbours write the date
day first with a dot ("31.07." is 31 July) and keep it when they write English. A dot
also writes a clock ("at 6.45", "my 12.30") and money ("12.50"), so the number is a date
only where no clock could be meant: the day is after 24 ("31.07"), or the month's
number is not a clock's minutes, which people say in fives ("11.08", "5.08" are no
times anyone books). The month is written with two digits ("5.08", not "5.8"). Never
after a currency sign, a version's "v", a clock word ("at", "around", "by", "till"...)
nor before a unit ("1.05 kg", "3.04 %").

The date is read day first whatever `date_order` says: no one writes a month first with
a dot. A year after it ("22.12.2026") is `rules_span`'s year-first and `year_month_day`
rules' business, as before.

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import DaySpec, Sym

# Before the number: a clock's words, money, a version, another number.
_NOT_A_DATE_BEFORE = re.compile(
    r"(?:[$£€¥#v]|\d[.,]?|\b(?:at|around|about|approx|by|before|after|till|til|until|from|"
    r"to|between|and|ish|like|say|rs|usd|eur|gbp|aud|inr|price|cost|fee|version|ver|rev|build)\s+)$",
    re.I,
)
# After it: a unit or more digits ("1.05 kg", "3.04%", "1.05.3").
_NOT_A_DATE_AFTER = re.compile(
    r"(?:[.,]?\d|\s*(?:%|kg|km|mi|ml|lbs?|g\b|m\b|cm|mm|am\b|pm\b|a\.m|p\.m|h\b|hrs?\b|"
    r"hours?|mins?|minutes?|percent|euros?|dollars?|pounds?|bucks))",
    re.I,
)


@rule("dotted_date", r"(?<![\w.])(?P<d>[0-3]?\d)\.(?P<mo>0[1-9]|1[0-2])(?:\.(?![\w]))?")
def _dotted_date(m: re.Match[str], o: Options) -> Sym | None:
    """ "31.07", "11.08": that day of that month, day first."""
    day, month = int(m.group("d")), int(m.group("mo"))
    if not 1 <= day <= 31 or (day <= 24 and month % 5 == 0):
        return None
    if _NOT_A_DATE_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None
    if _NOT_A_DATE_AFTER.match(m.string, m.end()):
        return None
    return Sym(day=DaySpec("md", day, month=month))
