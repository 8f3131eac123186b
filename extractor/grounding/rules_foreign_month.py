"""A date said in Spanish or French inside an English message: "el 15 de julio", "le 5
juin", "15 de diciembre", "le 1er novembre".

The month names (`lexicon.FOREIGN_MONTHS`) are read only after a day's number, as both
languages say a date: "Julio" and "Avril" alone are names, and "with Julio 10 tomorrow"
is no July 10th. `month_after` reads the same names at the end of a list of days ("le 4
ou le 11 novembre"). Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import DOM, YEAR4, Options, rule
from slotwise.extractor.grounding.symbolic import DaySpec, Sym

FOREIGN_MON = lx.alternation([w for names in lx.FOREIGN_MONTHS.values() for w in names])


@rule(
    "foreign_day_month",
    rf"(?:(?<![\w'’])(?:el|le)\s+)?(?P<d>{DOM})(?:er)?\s+(?:de\s+)?(?P<mon>{FOREIGN_MON})"
    rf"(?![\w])(?:\s+(?:de\s+)?(?P<y>{YEAR4}))?",
)
def _foreign_day_month(m: re.Match[str], o: Options) -> Sym:
    year = int(m.group("y")) if m.group("y") else 0
    return Sym(
        day=DaySpec("md", int(m.group("d")), month=lx.month_index(m.group("mon")), year=year)
    )
