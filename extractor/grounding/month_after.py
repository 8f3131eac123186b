"""The month said once after a list of days: "on 10 or 11 of december", "3, 4 or 5 jan".

Day-first writers name the month once, after the last day: "maybe on 10 or 11 of
december", "the 3rd or 4th of january", "9 or 10 Dec". The days before the last are that
month's too, as the last one is ("11 of december"); without the month a plain "on 10"
is the next 10th, and "3 or 4 january" read the 3 as the next 3rd, maybe December's. Used
by `rules.ordinal_day`, `rules_day_number` and `rules_time`'s bare hour (G14b); no rules
of its own, so importing it changes no rule's order.

The other way round, a list that began with a month goes on in that month: "Jan 9 or
16", "may 3rd or 5th", "Dec 14 and the 16th" (`MONTH_LISTED_BEFORE`, `month_listed_before`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import MON
from slotwise.extractor.grounding.rules_foreign_month import FOREIGN_MON
from slotwise.extractor.grounding.symbolic import DaySpec

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# What joins two days of a list: ", ", ", or ", " or ", " and ", " & ", and the Spanish
# and French words for them ("el 4 o el 11 de julio", "le 4 ou le 11 novembre")
_JOIN = r"\s*(?:,\s*(?:(?:or|and|n|&|o|y|ou|et)\s+)?|(?:or|and|n|&|o|y|ou|et)\s+)"
_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?{_JOIN}(?:(?:the\s+|el\s+|le\s+)?{_DAY}(?:st|nd|rd|th)?{_JOIN})*"
    rf"(?:the\s+|el\s+|le\s+)?{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<mon>{MON}|{FOREIGN_MON})(?![\w])",
    re.I,
)


def month_said_after(text: str, end: int) -> int | None:
    """The month (1-12) named after the list of days that goes on at `end`, or None."""
    m = _MONTH_AFTER.match(text, end)
    return lx.month_index(m.group("mon").rstrip(".")) if m else None


# The days before this one in a list that began with a month: "Jan 9 or ", "Jan 19, 20
# and ", "may 3rd or ". The month is the list's first word.
MONTH_LISTED_BEFORE = re.compile(
    rf"\b(?P<mon>{MON})\s+{_DAY}(?:st|nd|rd|th)?(?:\s*,\s*{_DAY}(?:st|nd|rd|th)?)*{_JOIN}$",
    re.I,
)


def month_listed_before(text: str, start: int) -> int | None:
    """The month (1-12) of the list of a month's days that ends right before `start`."""
    m = MONTH_LISTED_BEFORE.search(text, max(0, start - 40), start)
    return lx.month_index(m.group("mon").rstrip(".")) if m else None


def day_of(d: int, month: int | None) -> DaySpec:
    """Day `d` of `month` when a list names one, else the next day numbered `d`."""
    return DaySpec("md", d, month=month) if month else DaySpec("dom", d)
