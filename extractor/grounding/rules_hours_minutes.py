"""Lengths said as hours and then minutes without their unit, or "and half" without "a" (G46).

People short of time write a length the way they would say it: the hours with their unit
and the minutes bare after them ("1hr 30", "2 hrs 15", "1 hour 45", "1hr30", "2 h 15"),
and the half hour joined without its article, as West African, South Asian and Irish
English often say it ("one hour and half", "an hour and half", "hour & a half", "1 hour n
half", "2 hours and a half").

| phrase | reading |
| --- | --- |
| `1hr 30`, `1 hr 30`, `1hr30`, `2hrs 15`, `1 hour 45`, `2 hours 20 mins` | the hours and the minutes: 90, 90, 90, 135, 105, 140 |
| `2 h 15`, `1 h 30` | the same, where the words round them make it a length (`rules_hclock.h_length`, as for "1h30"): "need 2 h 15"; "at 2 h 15" stays a clock |
| `one hour and half`, `an hour and half`, `hour and half`, `hour & a half`, `1 hour n half`, `2 hours and a half`, `two hrs 'n' half` | the hours and thirty minutes |

Not a length: minutes that may be an hour of the clock (1-12 written without a leading
zero: "2 hours 10 tomorrow" is two hours at ten), minutes that go on as a clock, a date, a
range or a count ("2 hrs 30th", "1 hour 10-12", "1hr 30 people", "2 hours 15:30"), "at"
right before the hours ("at 1 hr 30" is no length), and a half that is of something else
("an hour and half the price", "an hour and half an hour").

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import COUNT, NUMW, Options, rule
from slotwise.extractor.grounding.rules_hclock import h_length
from slotwise.extractor.grounding.symbolic import Sym

# "at", "@" right before the hours: a clock, never a length.
_AT_BEFORE = re.compile(r"(?<![\w])(?:at|@|à)\s*$", re.I)
# After the bare minutes: what makes them something else (a clock, a date, a range, a count).
_NOT_MINUTES_AFTER = re.compile(
    r"\s*(?:[:.]\d|\d|%|(?:st|nd|rd|th)\b|(?:a\.?m|p\.?m)\b|[ap]\b|"
    rf"(?:-|–|to|till?|until|or)\s*\d|(?:{COUNT})(?![\w]))",
    re.I,
)


def _minutes_said(m: re.Match[str]) -> int | None:
    """The bare minutes after the hours, or None when they may be something else."""
    word = m.group("mi")
    if _NOT_MINUTES_AFTER.match(m.string, m.end()):
        return None
    value = int(word)
    if not m.group("munit") and 1 <= value <= 12 and not word.startswith("0"):
        return None  # "2 hours 10 tomorrow": two hours at ten
    return value


@rule(
    "hours_minutes",
    r"(?:(?:about|around|approx\.?|roughly|like|maybe)\s+)?"
    r"(?<![\d.,:/])(?P<h>\d{1,2})(?P<sp>\s*)(?P<unit>hours?|hrs?|h)(?P<gap>\s*)"
    r"(?P<mi>[0-5]\d)(?P<munit>\s*(?:minutes?|mins?|m)(?![\w]))?(?![\w])",
)
def _hours_minutes(m: re.Match[str], o: Options) -> Sym | None:
    """ "1hr 30", "2 hrs 15", "2 h 15": the hours and the bare minutes after them."""
    hours, unit = int(m.group("h")), m.group("unit").lower()
    if unit == "h" and not m.group("sp") and not m.group("gap"):
        return None  # "1h30": `rules_time.duration` with `h_length`
    if _AT_BEFORE.search(m.string, max(0, m.start("h") - 6), m.start("h")):
        return None  # "at 1 hr 30": no length
    if unit == "h" and not h_length(m.string, m.start("h"), hours):
        return None  # "à 14 h 15", "Friday 2 h 15": the clock
    minutes = _minutes_said(m)
    if minutes is None or not 0 < hours <= 12:
        return None
    return Sym(duration=hours * 60 + minutes)


# "and", "&", "n", "'n'", "an'": the words that join the half to the hours
_AND = r"(?:and|&|n|['’]n['’]?|an['’])"
# A half that is of something else: "an hour and half the price", "an hour and half an hour".
_HALF_OF_ELSE = r"(?![\s-]+(?:an?|of|the|that|this|my|your|past|hour|hr|day|price|time)\b)"


@rule(
    "hours_and_half",
    rf"(?:(?P<q>\d{{1,2}}|{NUMW}|an?|one)\s*)?(?P<unit>hours?|hrs?)\s*{_AND}\s+"
    rf"(?P<a>a\s+)?half{_HALF_OF_ELSE}(?![\w'’-])",
)
def _hours_and_half(m: re.Match[str], o: Options) -> Sym | None:
    """ "one hour and half", "hour & a half", "1 hour n half": the hours and thirty
    minutes."""
    q = (m.group("q") or "a").lower()
    hours = 1 if q in ("a", "an", "one") else int(q) if q.isdigit() else lx.number_value(q)
    if q in ("a", "an") and m.group("unit").lower().endswith("s"):
        return None  # "a hours and half": no length said
    if not 0 < hours <= 12:
        return None
    return Sym(duration=hours * 60 + 30)
