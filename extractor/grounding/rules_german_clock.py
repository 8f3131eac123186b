"""Clocks and dates said the German way inside English messages (G44).

German counts the half and the quarters towards the NEXT hour: "halb drei" is half way to
three (2:30, as Dutch "half drie"; British "half two" is half past two), "viertel vor
vier" a quarter to four (3:45), "dreiviertel vier" three quarters on the way to four
(3:45), "viertel nach zehn" a quarter past ten (10:15). The hours are bare ones, which the
business's hours place in the day (a booking's "halb drei" is 14:30). "ab" (from) before
such a clock is a bound, and a date written with a trailing dot ("am 24.9.", "bis 7.10.")
is a day and month, day first.

| words | reads |
| --- | --- |
| `halb drei`, `um halb 3`, `halb elf`, `halb zwölf`, `halb eins` | half an hour before that hour: 2:30, 10:30, 11:30, 12:30 |
| `viertel nach zehn`, `Viertel nach 2`, `viertel vor vier`, `dreiviertel vier` | 10:15, 2:15, 3:45, 3:45 |
| `ab 14 Uhr`, `Ab 10 Uhr`, `ab halb vier`, `ab viertel nach 9` | from that clock on |
| `24.9.`, `am 28.9.`, `on 7.10.`, `bis 10.10.` | that day of that month: a one-digit month, or a date after a date word ("am", "on", "vom", "bis", "the week of") |

Not German clocks: "half two" (British, `rules_time`), Dutch "half vier" (`rules_foreign`),
"ab workout", "abs"; not dates: "rated 4.5.", "version 2.10.", "at 10.10.".

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, Sym

# German hour words (with the spellings of a keyboard without umlauts)
GERMAN_HOURS: dict[str, int] = {
    "eins": 1,
    "ein": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "fuenf": 5,
    "funf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwoelf": 12,
    "zwolf": 12,
}
_HOUR = rf"(?P<h>(?:1[0-2]|[1-9])(?![\d:.]\d)|{lx.alternation(GERMAN_HOURS)}(?![\w]))(?:\s*uhr\b)?"
# The clock's words: "halb", "viertel nach", "viertel vor", "dreiviertel"
_GERMAN_CLOCK = r"(?:halb|viertel\s+(?:nach|vor)|dreiviertel|drei\s+viertel)\s+"


def _hour(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else GERMAN_HOURS[w]


@rule(
    "german_clock",
    rf"(?:um\s+)?(?P<how>halb|viertel\s+nach|viertel\s+vor|dreiviertel|drei\s+viertel)\s+{_HOUR}",
)
def _german_clock(m: re.Match[str], o: Options) -> Sym | None:
    """ "halb drei" (2:30), "viertel nach zehn" (10:15), "viertel vor vier" (3:45)."""
    how = re.sub(r"\s+", " ", m.group("how").lower())
    h = _hour(m.group("h"))
    before = 12 if h == 1 else h - 1
    if how == "viertel nach":
        return _clock(h, 15, "", prep=None, grain="minute", bare=True)
    if how == "halb":
        return _clock(before, 30, "", prep=None, grain="minute", bare=True)
    return _clock(before, 45, "", prep=None, grain="minute", bare=True)


# "ab" (from) only before a German clock: "ab 14 Uhr", "ab halb vier" ("ab workout" is English)
_cue_rule(
    "bound_prefix",
    {"ab": ("after", True)},
    "bound",
    then=rf"(?=\s+(?:\d{{1,2}}(?:[:.][0-5]\d)?\s*uhr\b|{_GERMAN_CLOCK}))",
)

# Words before a date written with a trailing dot: "am 28.9.", "on 7.10.", "bis 10.10.",
# "the week of 4.10."
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:am|on|vom|bis|zum|ab|den|dem|week\s+of|expires?|expire\s+on|until|till|for|from)\s+$",
    re.I,
)
# Before it, what makes the number no date: a clock word, money, a version, a rating.
_NOT_A_DATE_BEFORE = re.compile(
    r"(?:[$£€¥#v]|\d[.,]?|\b(?:at|around|about|um|gegen|rated|rating|score|version|ver|grade|"
    r"gpa|size|price|cost|costs|fee)\s+)$",
    re.I,
)


@rule(
    "german_date",
    # German "am" before it is "on" ("am 10.10."), not the morning
    r"(?:(?P<am>am)\s+)?(?<![\w.])(?P<d>[0-3]?\d)\.(?P<mo>1[0-2]|0?[1-9])\.(?![\w.])",
)
def _german_date(m: re.Match[str], o: Options) -> Sym | None:
    """ "24.9.", "am 28.9.", "on 7.10.": that day of that month."""
    day, month = int(m.group("d")), int(m.group("mo"))
    if not 1 <= day <= 31:
        return None
    if _NOT_A_DATE_BEFORE.search(m.string, max(0, m.start("d") - 10), m.start("d")):
        return None
    two_digits = len(m.group("mo")) == 2
    dated = m.group("am") or _DATE_WORD_BEFORE.search(m.string, max(0, m.start() - 14), m.start())
    if two_digits and not dated:
        return None  # "we close 10.30." may be a clock; "am 10.10." is a date
    return Sym(day=DaySpec("md", day, month=month))
