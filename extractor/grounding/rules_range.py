"""Rules for the range families: "last night", "the third month of 2027".

Cross-day datetime ranges ("Monday 9am to Tuesday 5pm") are not a rule here: they are
composed from their two ends in `compose_range.py` and grounded in `resolve_range.py`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Atom, Options, rule
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, TodSpec

_MONTH_ORD = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11,
    "twelfth": 12, "12th": 12, "last": 12, "final": 12,
}  # fmt: skip


@rule("last_night", r"last\s+(?:night|nite)|yesterday\s+night")
def _last_night(m: re.Match[str], o: Options) -> Sym:
    """ "last night": yesterday's night window ("between 7 and 9 last night")."""
    return Sym(day=DaySpec("rel", -1), tod=TodSpec("pod", pod="night"))


@rule(
    "nth_month_of",
    r"(?:the\s+)?(?P<ord>"
    + "|".join(sorted(_MONTH_ORD, key=len, reverse=True))
    + r")\s+month\s+(?:of|in)",
)
def _nth_month_of(m: re.Match[str], o: Options) -> Atom:
    """A prefix cue: "the third month of" + an explicit year -> that month."""
    n = _MONTH_ORD[m.group("ord").lower()]
    return Atom(
        m.start(), m.end(), None, [], cue="nth_month", cue_text=m.group(0), notes={"n": str(n)}
    )
