"""The first weekday with room: "what's the next Saturday you've got with Mia", "the
next Friday Jonah is free", "next available Wednesday", "Mr White's next free Saturday".

"Next Saturday" names one day. Said of the diary ("available", "free", "open" before
the weekday, or "you have", "you've got", "she has" after it) the words ask for the
first Saturday that still has room: any Saturday (a set, as "a Saturday" is), which the
ranking fills from the earliest. The speaker's own week stays one day: "next Saturday
I'm free", "next Saturday we have a wedding", "next Saturday it has to be"; and so does
"the soonest Saturday you have", the coming one, as writers mean it (all three offers
on that day, not one each on the next three Saturdays).

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import WD, Atom, Options, rule
from slotwise.extractor.grounding.symbolic import Sym

# Whose diary has the room: the business ("you", "u"), a person of it ("she", "rhea",
# "Mr White"); not the writer ("I", "we") nor "it" / "that" ("it has to be").
_HAS_ROOM = (
    r"\s+(?:(?:slot|appointment|appt|opening|one)\s+)?(?:that\s+)?"
    r"(?!(?:i|we|it|that|this|which|there)\b)[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+(?:has|have|got|has\s+got|have\s+got)|['’](?:ve|s)\s+got|\s+(?:is|are)\s+free)"
    r"(?!\s+to\b)"
)


@rule(
    "next_free_weekday",
    rf"next\s+(?:(?P<free>available|free|open)\s+(?P<wd1>{WD})"
    rf"|(?P<wd2>{WD}){_HAS_ROOM})",
)
def _next_free(m: re.Match[str], o: Options) -> Atom | None:
    """ "next available Wednesday", "the next Saturday you've got": any such weekday (the
    words of whose diary belong to the mention: "next Saturday" alone is one day)."""
    wd = m.group("wd1") or m.group("wd2")
    if wd.lower() in lx.WEAK_WEEKDAYS and not m.group("free"):
        return None  # "the next sun you've got": a weak spelling needs "free" / "available"
    return Atom(m.start(), m.end(), Sym(recur=frozenset({lx.weekday_index(wd)})), [])
