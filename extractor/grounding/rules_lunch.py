"""Lunch said with an article or a possessive: "Tuesday after the lunch", "the same day
but after my lunch break", "before the lunch on Friday".

Writers whose first language puts an article before the meal ("después de la comida",
"dopo il pranzo", "après le déjeuner") keep it in English, and anyone may say whose
lunch it is. The words read as the bare ones do: "after the lunch" is "after lunch"
(the afternoon after it, 13:00-17:00, `lexicon.PARTS_OF_DAY["after_lunch"]`), and "the
lunch" after "before", "until" or "by" is "lunch", so the bound cue before it makes
"before the lunch" "before lunch" (before 12:00). "The lunch" alone stays no time ("the
lunch was lovely", "book the lunch for 12").

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# "the lunch", "my lunch", "our lunch break", "the lunchtime", "his lunch hour"
_WHOSE_LUNCH = r"(?:the|my|our|his|her|their)\s+lunch(?:\s*(?:time|break|hour))?"
# The bound words that make "the lunch" the edge of a wish ("before the lunch").
_BOUND_BEFORE = re.compile(r"\b(?:before|until|till|til|by|b4)\s+$", re.I)


@rule("after_the_lunch", rf"after\s+(?:{_WHOSE_LUNCH}|lunch\s*break)\b")
def _after_the_lunch(m: re.Match[str], o: Options) -> Sym:
    """ "Tuesday after the lunch", "after my lunch break": as "after lunch"."""
    return Sym(tod=TodSpec("pod", pod="after_lunch"))


@rule("the_lunch", rf"{_WHOSE_LUNCH}\b")
def _the_lunch(m: re.Match[str], o: Options) -> Sym | None:
    """ "before the lunch", "until my lunch break": "lunch", the edge of the bound said
    before it; elsewhere no time."""
    if not _BOUND_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    return Sym(tod=TodSpec("pod", pod="lunch"))
