"""Ranges of whole hours on the 24-hour clock, said without minutes (G47).

Where the 24-hour clock is the everyday one (most of Europe, Latin America, Asia), people
write a range of hours as two bare numbers: "tmrw 14-16", "between 14 and 16", "from 10
until 13", "9 to 18", "Thursday, 15-17", "von 9 bis 17", "14-16 Uhr", "between 10 and 13
o'clock". A bare number above 12 is no hour of the 12-hour clock, so the other rules
leave it (a count, a day of the month): the range was lost, or only its end was read.

| phrase | reading |
| --- | --- |
| `14-16`, `14 to 16`, `between 14 and 16`, `from 14 until 16`, `14–16 Uhr`, `between 14 and 16 o'clock`, `von 14 bis 16` | 14:00-16:00 |
| `9 to 18`, `10 until 13`, `11-13`, `8-20` | 09:00-18:00, 10:00-13:00, 11:00-13:00, 08:00-20:00: the end is past 12, so both ends are on the 24-hour clock |

Not a range of hours: numbers a month is said with ("June 14-18", "14 to 16 March",
"between 14 and 16 Jan"), ordinals ("14-16th"), counts and other units after ("14-16
people", "12 to 14 years", "13-15 hours", "16-18%"), numbers with a noun before them
that they number ("units 12 and 19", "rooms 12-14", "ages 13-15", "pages 14 to 16"), a
start not before its end ("18-14"), the ends of a move ("move it from 14 to 16", an old
time and a new one: `compose_range.moving`), and "and" without "between" ("14 and 16").

Registered in `compose.RULE_MODULES` like the other rule modules.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import COUNT, MON, Options, rule
from slotwise.extractor.grounding.compose_range import moving
from slotwise.extractor.grounding.rules_time import _clock
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

_H = r"(?:[01]?\d|2[0-4])"
# The words between the two hours; "and" only after "between" (checked below).
# Spanish says the article before each hour: "entre las 15 y las 17", "de las 14 a las 16"
# (G48).
_TO = r"\s*(?:-|–|—|to|till|til|until|and|bis|(?:a|y|hasta)(?:\s+las)?|à|al|e)\s*"
_OPEN = r"(?:(?P<open>between|btw|btwn|b/w|from|von|zwischen|entre|de|desde)(?:\s+las)?\s+)?"
# The hour's letters after the range: "14-16 Uhr", "de 14 a 16 hs" (Rioplatense, G48).
_SUFFIX = r"(?:\s*(?:uhr|h\b|hs\.?(?![\w])|o['’]?clock|hrs(?=\s+(?:local|time|your|my|our)\b)))?"

# After the second number: a month, an ordinal, a unit or a count makes it no clock.
_NOT_HOURS_AFTER = re.compile(
    rf"\s*(?:[:.,/]?\d|(?:st|nd|rd|th|er|e|ème)\b|%|\$|(?:of\s+)?{MON}(?![\w])|"
    rf"(?:{COUNT})(?![\w])|(?:hours?|hrs?|h\s+(?:of|long|total))\b)",
    re.I,
)
# Before the first number: a month, a date's slash, or a noun the numbers count or number.
_NOT_HOURS_BEFORE = re.compile(
    rf"(?:{MON}|[/.\d]|\b(?:units?|rooms?|nos?\.?|numbers?|ages?|aged|pages?|chapters?|"
    r"sizes?|levels?|floors?|gates?|lanes?|courts?|tables?|seats?|rows?|years?|yrs?|grades?|"
    r"classes|years|weeks?|days?|the|#)|№)\s*$",
    re.I,
)


# A second hour after a first number: "15-17" of "Thursday, 15-17".
_SECOND_HOUR = re.compile(r"\s*(?:-|–|—|to|till|til|until|bis)\s*(?P<b>1[3-9]|2[0-4])")


def hours_range_after(text: str, end: int, first: int) -> bool:
    """A range of 24-hour hours goes on from the number `first` that ends at `end`
    ("Thursday, 15-17": not Thursday the 15th, but 15:00-17:00 on a Thursday)."""
    m = _SECOND_HOUR.match(text, end)
    return m is not None and int(m.group("b")) > first and not _NOT_HOURS_AFTER.match(text, m.end())


@rule("h24_range", rf"{_OPEN}(?P<a>{_H})(?P<to>{_TO})(?P<b>{_H}){_SUFFIX}")
def _h24_range(m: re.Match[str], o: Options) -> Sym | None:
    """ "14-16", "between 14 and 16", "9 to 18": a range of hours whose end is past 12."""
    a, b = int(m.group("a")), int(m.group("b"))
    if b <= 12 or a >= b or b > 24:
        return None  # 12-hour ranges are the other rules' ("9 to 11", "11-1")
    to = m.group("to").split()[0].lower()
    if to in ("and", "y") and not m.group("open"):
        return None  # "14 and 16": a list, not a range
    if to in ("a", "à", "al", "e") and not m.group("open"):
        return None  # "14 a 16" wants its "de" / "entre"
    if _NOT_HOURS_AFTER.match(m.string, m.end()):
        return None
    if _NOT_HOURS_BEFORE.search(m.string, max(0, m.start() - 12), m.start("a")):
        return None
    if moving(m.string, m.start()):
        return None  # "change it from 14 to 16": the old time and the new one
    lo = _clock(a, 0, "", prep=None, grain="hour", h24=True)
    hi = _clock(b, 0, "", prep=None, grain="hour", h24=True)
    if lo is None or hi is None or lo.tod is None or hi.tod is None:
        return None
    return Sym(tod=TodSpec("range", a=lo.tod, b=hi.tod, grain="hour"))
