"""An edge of the part of the day said before its day: "early tomorrow morning", "late
friday afternoon", "early on monday evening".

"Early" and "late" belong to the part of the day, wherever the day stands: "early
tomorrow morning" is tomorrow's early morning (06:00-09:00), as "tomorrow early
morning" is; "late friday afternoon" is Friday 15:00-17:00. Without the part of the day
the words keep their readings ("early next week", "late tomorrow" is
`rules_time`'s). Registered in `compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import WD, Options, rule
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, TodSpec

# The days this reads, and the parts of the day that have an early and a late edge.
_DAYS = r"(?:today|tomorrow|tmrw|tmr|tmw|2moro|(?P<wd>" + WD + r"))"
_PARTS = r"(?P<part>morning|mornin|morn|afternoon|arvo|aft|evening|eve)"


@rule(
    "edge_before_day",
    rf"(?P<edge>early|late)\s+(?:on\s+)?(?:this\s+)?(?P<day>{_DAYS})\.?\s+(?:in\s+the\s+)?{_PARTS}\b",
)
def _edge_before_day(m: re.Match[str], o: Options) -> Sym | None:
    """ "early tomorrow morning": the day, and the part of the day at that edge."""
    key = f"{m.group('edge').lower()}_{lx.pod_key(m.group('part'))}"
    if key not in lx.PARTS_OF_DAY:
        return None
    if m.group("wd"):
        day = DaySpec("wd", lx.weekday_index(m.group("wd")))
    else:
        day = DaySpec("rel", 0 if m.group("day").lower() == "today" else 1)
    return Sym(day=day, tod=TodSpec("pod", pod=key))
