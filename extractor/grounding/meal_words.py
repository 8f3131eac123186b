"""The meals of the day said as times, read as the writer's region eats them.

In Britain and Ireland "dinner" is the midday meal for most people outside the south of
England's offices ("dinner time" at school, a worker's "on my dinner"), and "tea" the
evening one: "Wednesday dinner time" is 12:00-14:00, "any time after dinner" the
afternoon (13:00 on, as "after lunch"), "before dinner" the morning, and "tea time"
17:00-19:00. The training writers from Belfast, Glasgow, Yorkshire, Wales and London
(zones `Europe/London`, `Europe/Dublin`) mark them so in 30 of 32 messages; elsewhere
"dinner" stays the evening meal (17:00-21:00, `lexicon.PARTS_OF_DAY["dinner"]`). The
midday reading keeps the evening one as its alternative (`lexicon.SECOND_MEAL_READING`,
resolved in `resolve._tod_options`): some in those zones eat dinner in the evening.

"tea time" / "teatime" is the evening meal everywhere (`lexicon.POD_WORDS`).
"""

from __future__ import annotations

from dataclasses import replace

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.symbolic import SymbolicMention, TodSpec


def meals_of_zone(mentions: list[SymbolicMention], timezone: str) -> list[SymbolicMention]:
    """Each "dinner" said in a British or Irish zone read as the midday meal; "after
    dinner" as the afternoon after it."""
    if timezone not in lx.MIDDAY_DINNER_ZONES:
        return mentions
    out = []
    for sm in mentions:
        s = sm.sym
        if s.tod is None or s.tod.kind != "pod" or s.tod.pod != "dinner":
            out.append(sm)
        elif s.bound == "after" and not s.negated:  # "any time after dinner"
            tod = TodSpec("pod", pod="after_lunch", approx=s.tod.approx)
            out.append(replace(sm, sym=replace(s, bound="", incl=False, tod=tod)))
        else:
            out.append(replace(sm, sym=replace(s, tod=replace(s.tod, pod="midday_dinner"))))
    return out
