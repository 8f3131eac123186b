"""Business and trade shorthand for a length, a week or a window (G29).

| phrase | reading |
| --- | --- |
| `a quick 15`, `grab a quick 30 with Raj`, `a short 20 on Tuesday` | a length in minutes: a bare count of minutes after "quick" / "short" (5 to 90, the lengths meetings are cut to); never a clock ("a quick 3pm", "a quick 10:30"), a day ("quick 15th"), or a count of things ("a quick 2 questions") |
| `a half-day workshop`, `a half-day job`, `one half-day session` | four hours, as "half a day" is (`rules_time.duration`): "half-day" with a hyphen and the noun of what is booked after it; "the kids have a half-day", "a half-day Friday", "a half-day off" stay a day someone has |
| `KW3`, `in KW 12`, `KW03` | the ISO week of that number (German "Kalenderwoche"), this year's; never a UK postcode ("KW15 1AB") nor kilowatts ("a 3 kW heater") |
| `in the next hour or two`, `the next 2 or 3 hours`, `within the next day or two` | a window from now that ends at the longer of the two |
| `within the hour`, `within an hour` | from now to an hour on (G44) |

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import COUNT, WD, Options, rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym

HALF_DAY_MINUTES = 240

# The lengths a meeting is cut to, said as a bare number of minutes.
_QUICK_MINUTES = r"(?P<n>5|10|15|20|25|30|45|60|90)"
# After the number: not a clock, a day, a unit said (the `duration` rule reads "15 min"),
# nor a count of things.
_NOT_MINUTES_AFTER = re.compile(
    rf"\s*(?:[:.]\d|[ap]\.?m\b|o['’]?clock|-?ish\b|st\b|nd\b|rd\b|th\b|%|x\b|"
    rf"(?:-|\s)*(?:min|minute|hour|hr|h\b|m\b|sec)|{COUNT}(?![\w])|"
    rf"\s+(?:questions?|things?|items?|points?|slides?|pages?|mins?|people)\b)",
    re.I,
)


@rule("quick_minutes", rf"(?:an?\s+)?(?:quick|short|fast)\s+{_QUICK_MINUTES}(?![\w])")
def _quick_minutes(m: re.Match[str], o: Options) -> Sym | None:
    """ "a quick 15", "a short 20": that many minutes."""
    if _NOT_MINUTES_AFTER.match(m.string, m.end()):
        return None
    return Sym(duration=int(m.group("n")))


# After "half-day": the day someone has, or a weekday ("a half-day Friday")
_HALF_DAY_NOT_LENGTH = re.compile(
    rf"\s+(?:off|at|on|in|for|to|from|today|tomorrow|tmrw|closing|closed|holiday|school|"
    rf"{WD})\b",
    re.I,
)


@rule("half_day_noun", r"(?:an?|one|1)\s+half-day(?=\s+[a-z])")
def _half_day_noun(m: re.Match[str], o: Options) -> Sym | None:
    """ "a half-day workshop", "a half-day job": four hours."""
    if _HALF_DAY_NOT_LENGTH.match(m.string, m.end()):
        return None
    return Sym(duration=HALF_DAY_MINUTES)


@rule(
    "kw_week",
    r"(?:KW|Kw)\.?[\s-]?(?P<n>0?[1-9]|[1-4]\d|5[0-3])(?![\w:./])(?!\s+\d[A-Za-z]{2}\b)",
    flags=0,
)
def _kw_week(m: re.Match[str], o: Options) -> Sym:
    """ "KW3", "KW 12": ISO week 3 (12) of this year, as German writers number weeks."""
    return Sym(span=SpanSpec("isoweek", int(m.group("n")), lo=SpanSpec("year", 0)))


@rule("within_the_hour", r"within\s+(?:the|an|one)\s+hour(?![\w'’-])")
def _within_the_hour(m: re.Match[str], o: Options) -> Sym:
    """ "married within the hour??": from now to an hour on (G44)."""
    return Sym(rel_minutes=0, rel_end=60)


_FEW = r"(?:2|3|4|two|three|four)"


@rule(
    "window_or_two",
    r"(?:(?:in|over|during|within)\s+)?(?:the\s+)?(?:next|coming)\s+"
    rf"(?:(?:an?\s+)?(?P<unit>hour|day)\s+or\s+(?P<n>{_FEW})"
    rf"|(?P<a>1|2|3|one|two|three)\s*(?:or|-|–|to)\s*(?P<b>{_FEW})\s+(?P<units>hours|days))"
    r"(?![\w-])",
)
def _window_or_two(m: re.Match[str], o: Options) -> Sym | None:
    """ "in the next hour or two": from now to two hours on; "the next day or two": the
    next two days (from tomorrow, as "the next 2 days" is read)."""
    word = m.group("n") or m.group("b")
    n = int(word) if word.isdigit() else lx.number_value(word)
    unit = (m.group("unit") or m.group("units")).lower()
    if unit.startswith("hour"):
        return Sym(rel_minutes=0, rel_end=60 * n)
    if m.group(0).lower().startswith("within"):
        return Sym(span=SpanSpec("range", start=DaySpec("rel", 0), end=DaySpec("rel", n)))
    return Sym(span=SpanSpec("ahead", n))
