"""Words of a writer's first language, said inside an English booking message.

Customers switch language for the time: "el viernes por la mañana", "jueves en la
tarde", "heute abend so 19 uhr", "mittwoch früh", "jeudi prochain, le matin". The
weekday names and parts of the day are spellings in `lexicon` (`WEEKDAYS`,
`POD_WORDS`); this module reads the days and clocks that need a rule:

| words | reads |
| --- | --- |
| `heute`, `hoy`, `aujourd'hui`, `hoje` | today |
| `demain`; `morgen` / `mañana` before a part of the day or a clock ("morgen nachmittag", "mañana por la tarde", "morgen von 9 bis 12") | tomorrow ("Guten Morgen", "la mañana" stay words) |
| `amanhã` (Portuguese) | tomorrow |
| `a las 10`, `um 10`, `19 uhr`, `à 10h`, `at 14h`, `amanhã 10h` | the clock (a bare hour as "at 10" reads) |
| `gegen 11`, `vers 10h`, `sobre las 5` | about that clock (as "around 11") |
| `nicht nach 5`, `nicht vor 10` | bounds (`lexicon.BOUND_PREFIX`) |
| `von 9 bis 17`, `zwischen 10 und 12`, `10:00 bis 12:00` | a range of clock times, as "from 9 to 5" (`von` opens it as "from" does; "bis", "und" join it in `compose.join_ranges`; an hour from 13 at either end is the range's ("zwischen 14 und 16")) |

Rules registered like `rules_time`'s (imported in `compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import NOT_COUNT, Options, rule
from slotwise.extractor.grounding.rules_time import _clock, _cue_rule
from slotwise.extractor.grounding.symbolic import DaySpec, Sym

_POD_NEXT = (
    r"(?=\s+(?:früh|frueh|nachmittags?|vormittags?|abends?|mittags?|um\s+\d|von\s+\d|zwischen\s+\d|"
    r"por\s+la|en\s+la|de\s+la|a\s+las\s+\d|temprano))"
)


@rule("foreign_today", r"heute|hoy|hoje|aujourd['’]hui")
def _foreign_today(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 0))


@rule(
    "foreign_tomorrow",
    r"demain|amanh[ãa]|(?<!guten\s)(?<!la\s)(?:morgen|mañana|manana)" + _POD_NEXT,
)
def _foreign_tomorrow(m: re.Match[str], o: Options) -> Sym:
    return Sym(day=DaySpec("rel", 1))


@rule(
    "foreign_clock",
    r"(?:(?P<prep>(?:so\s+)?gegen|vers|sobre\s+las|hacia\s+las|a\s+las|a\s+la|um|à)\s+"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?(?:\s*uhr|h)?"
    r"|(?P<h2>[01]?\d|2[0-3])(?:[:.](?P<m2>[0-5]\d))?\s*uhr"
    # "às 10h", "amanhã 10h": the "h" of a clock said after "às" or a day word (in English,
    # "at 14h", rules_hclock.py reads it and keeps "at 3h per visit" a length)
    r"|(?:(?:às|as)\s+|(?<=amanhã\s)|(?<=amanha\s)|(?<=hoje\s)|(?<=demain\s))"
    r"(?P<h3>[01]?\d|2[0-3])h(?P<m3>[0-5]\d)?)"
    r"(?!\s*(?:stunden?|horas?|heures?|hours?|hrs?|min|mins?|minutes?|days?|weeks?)\b)" + NOT_COUNT,
)
def _foreign_clock(m: re.Match[str], o: Options) -> Sym | None:
    """ "a las 10", "um 10", "19 uhr", "à 10h": the clock; a 24-hour one as said. "10h"
    alone is no clock ("a 2h call" is two hours)."""
    h = int(m.group("h") or m.group("h2") or m.group("h3"))
    mi = int(m.group("m") or m.group("m2") or m.group("m3") or 0)
    h24 = h == 0 or h >= 13
    grain = "minute" if mi else "hour"
    prep = (m.group("prep") or "").lower()
    around = "around" if prep.endswith(("gegen", "vers", "sobre las", "hacia las")) else None
    return _clock(h, mi, "", prep=around, grain=grain, h24=h24, bare=not h24)


# "von 9 bis 17": "von" opens a range as "from" does (and is a bound from its clock
# when no end follows, as "from 9" is).
_cue_rule("between", {"von": ("after", True)}, "between")


@rule(
    "foreign_range_hour",
    r"(?:(?<=bis\s)|(?<=und\s))(?:1[3-9]|2[0-3])(?![\d:.])"
    r"|(?:(?<=von\s)|(?<=zwischen\s))(?:1[3-9]|2[0-3])(?=\s+(?:bis|und)\s)",
    weak=True,
)
def _foreign_range_hour(m: re.Match[str], o: Options) -> Sym | None:
    """ "bis 17", "von 14 bis", "zwischen 14 und 16": a 24-hour end of a German range
    ("von 9 bis 17"); weak, so it is a time only when the range joins it."""
    return _clock(int(m.group(0)), 0, "", prep=None, grain="hour", h24=True)
