"""Hedged and loose words about the hour: "not too early", "any morning but Wednesday".

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import HOURW, WD, WD_PLURAL, Atom, Options, rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# "not too early" names no hour: read as the end of the early hours ("early in the
# day" ends at 10), unless the clause goes on to say the hour itself ("not too early, say
# 11", "not too early as she naps till 10"), which then reads alone.
_SAYS_THE_HOUR = rf"(?![^.!?;\n]{{0,40}}?(?:\d|\b(?:{HOURW}|noon)\b))"


@rule(
    "not_too_early",
    r"(?:not|nothing|none)\s+(?:too|super|crazy|that|very)\s+early"
    r"(?:\s+in\s+the\s+(?:morning|day))?(?!\s+(?:to|for)\b)" + _SAYS_THE_HOUR,
)
def _not_too_early(m: re.Match[str], o: Options) -> Sym:
    """ "ideally not too early", "Not too early, I'm not an early riser", "nothing too
    early pls": from 10 on (as "10 at the earliest")."""
    return Sym(tod=TodSpec("clock", 10, 0, ap="am"), bound="after", incl=True)


_ANY_SET_BEFORE = re.compile(
    r"\b(?:any|every)\s+(?:morning|afternoon|evening|night|weekday|weeknight|time|slot)s?"
    r"\s*,?\s*$",
    re.I,
)


@rule(
    "any_but",
    rf"but(?=\s+(?:on\s+)?(?:the\s+)?(?:{WD}|{WD_PLURAL}|to\s?day|tomorrow|tmrw|weekends?"
    r"|\d{1,2}(?:st|nd|rd|th))\b)",
)
def _any_but(m: re.Match[str], o: Options) -> Atom | None:
    """ "any morning but Wednesday", "any weekday but thursday": "but" is "except"."""
    if not _ANY_SET_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    return Atom(m.start(), m.end(), None, [], cue="neg", cue_text=m.group(0))
