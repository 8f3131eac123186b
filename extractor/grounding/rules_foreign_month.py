"""A date said in Spanish or French inside an English message: "el 15 de julio", "le 5
juin", "15 de diciembre", "le 1er novembre".

The month names (`lexicon.FOREIGN_MONTHS`) are read only after a day's number, as both
languages say a date: "Julio" and "Avril" alone are names, and "with Julio 10 tomorrow"
is no July 10th. "mayo", "mars" and "mai" are also words ("mayo" on a sandwich, "Mars"
the planet): they are read only as a date says them, "el 8 de mayo", "8 de mayo", "le 5
mai", "le 12 mars" (G48). `month_after` reads the same names at the end of a list of days ("le 4
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


# "mayo" (Spanish May) after "de" and a day's number; "mars" (March), "mai" (May) after
# "le" and one: the words that are also English or a name, read only inside the date.
_WORD_MONTHS = {"mayo": 5, "mars": 3, "mai": 5}


@rule(
    "foreign_day_month_word",
    rf"(?:(?<![\w'’])el\s+)?(?P<d>{DOM})\s+de\s+(?P<mon>mayo)"
    rf"|(?<![\w'’])le\s+(?P<d2>{DOM})(?:er)?\s+(?P<mon2>mars|mai)",
)
def _foreign_day_month_word(m: re.Match[str], o: Options) -> Sym:
    day = int(m.group("d") or m.group("d2"))
    month = _WORD_MONTHS[(m.group("mon") or m.group("mon2")).lower()]
    return Sym(day=DaySpec("md", day, month=month, year=0))
