"""Lengths said the way people write them, not as "an hour" (G44).

| phrase | reading |
| --- | --- |
| `hour-long`, `the hour-long massage`, `hour long walk`, `two-hour-long`, `a 90-minute-long call`, `half-hour-long` | the length said before "-long": 60, 120, 90, 30 minutes |
| `the full hour`, `full hour.`, `so we get the whole hour`, `the entire hour` | an hour: the visit runs the hour through ("a full hour" is `rules_time.duration`'s) |
| `a free hour`, `a spare hour`, `an open hour`, `a clear hour`, `a free half hour` | the length someone asks to be free: an hour (half an hour) |
| `Hour's fine.`, `an hour is plenty`, `half an hour's enough`, `hour is ok` | a length said and agreed to, at the start of a clause |
| `thirty (30) minutes`, `two (2) hours`, `forty-five (45) minutes` | a length written in words with its digits in brackets, as formal letters do |

Not a length: "the full hour rate" (a price), "the hour-long drive" (travel), "a free
hour of parking", "for the whole hour I was waiting" (said of something past), "free
hours" (opening hours).

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import NUMW, Options, rule
from slotwise.extractor.grounding.symbolic import Sym

# After the words: what the hour is of, when it is not the visit's ("the hour-long
# drive", "the full hour rate", "a free hour of parking").
_NOT_THE_VISIT_AFTER = re.compile(
    r"[\s-]*(?:rates?|prices?|fees?|charges?|drive|commute|trip|journey|flight|ride|"
    r"bus|train|wait|waiting|queue|delay|of\s+(?:parking|travel|driving|waiting|wifi))\b",
    re.I,
)
# Before them: the hour is one that has passed ("I waited the full hour", "for the whole
# hour I was").
_PAST_BEFORE = re.compile(
    r"\b(?:waited|sat|spent|wasted|lost|was\s+there|stood)\s+(?:for\s+)?(?:the\s+|a\s+)?$", re.I
)

# "two-hour", "90-minute", "half-hour", "hour": the count and unit said before "-long",
# all joined by hyphens ("3 hours long" is `rules_time.duration`'s "3 hours").
_COUNTED = (
    rf"(?:(?P<n>\d{{1,3}}|{NUMW})-(?P<unit>hour|hr|minute|min)"
    r"|(?P<half>half-(?:an-)?hour)|(?P<hour>hour))"
)
# ... and "hour long" with no count nor article before it ("an hour long" is "an hour")
_HOUR_LONG = r"(?<!\ban\s)(?<!\ba\s)(?<!\bone\s)(?P<hour2>hour)\s+long(?=\s+[a-z])"


def _minutes(m: re.Match[str]) -> int | None:
    if m.group("half"):
        return 30
    if m.group("hour") or m.group("hour2"):
        return 60
    n = lx.number_value(m.group("n"))
    minutes = n * 60 if m.group("unit").lower().startswith("h") else n
    return minutes if 0 < minutes <= 12 * 60 else None


def _of_the_visit(m: re.Match[str]) -> bool:
    return not (
        _NOT_THE_VISIT_AFTER.match(m.string, m.end())
        or _PAST_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    )


@rule("length_long", _COUNTED + r"-long(?![\w-])|" + _HOUR_LONG)
def _length_long(m: re.Match[str], o: Options) -> Sym | None:
    """ "hour-long", "a two-hour-long session": the length before "-long"."""
    minutes = _minutes(m)
    if minutes is None or not _of_the_visit(m):
        return None
    return Sym(duration=minutes)


@rule("full_hour", r"(?:the\s+)?(?:full|whole|entire)\s+hour(?![\w'’-])")
def _full_hour(m: re.Match[str], o: Options) -> Sym | None:
    """ "so we get the full hour", "full hour.": the visit runs an hour."""
    if not _of_the_visit(m):
        return None
    return Sym(duration=60)


@rule(
    "free_hour",
    r"an?\s+(?:free|spare|open|clear|empty|available)\s+(?P<half>half[\s-]+)?hour(?![\w'’-])",
)
def _free_hour(m: re.Match[str], o: Options) -> Sym | None:
    """ "a free hour on Friday", "a spare half hour": that long, free."""
    if not _of_the_visit(m):
        return None
    return Sym(duration=30 if m.group("half") else 60)


@rule(
    "length_agreed",
    r"(?:an?\s+|one\s+)?(?P<half>half\s+an\s+)?hour"
    r"(?=(?:['’]s|\s+is|\s+would\s+be|\s+will\s+be)\s+"
    r"(?:fine|ok|okay|plenty|enough|good|grand|great|perfect|heaps|loads)\b)",
)
def _length_agreed(m: re.Match[str], o: Options) -> Sym | None:
    """ "Hour's fine.", "An hour is plenty": a length said and agreed to, at the start of
    a clause ("the hour is fine" is a time said before)."""
    if not _CLAUSE_START.search(m.string, 0, m.start()):
        return None
    return Sym(duration=30 if m.group("half") else 60)


_CLAUSE_START = re.compile(r"(?:^|[.!?,;:()\n-])\s*$")


@rule(
    "length_bracketed",
    rf"(?P<w>{NUMW})\s*\(\s*(?P<d>\d{{1,3}})\s*\)\s*(?P<unit>hours?|hrs?|minutes?|mins?)",
)
def _length_bracketed(m: re.Match[str], o: Options) -> Sym | None:
    """ "thirty (30) minutes", "two (2) hours": the word and its digits agree."""
    n = int(m.group("d"))
    if lx.number_value(m.group("w")) != n:
        return None
    minutes = n * 60 if m.group("unit").lower().startswith("h") else n
    return Sym(duration=minutes) if 0 < minutes <= 12 * 60 else None
