"""'Bar' and 'barring' as 'except': "any day this week bar Friday", "any afternoon bar
Wednesdays", "barring Monday, any morning works".

British, Irish and Australian English say "bar" for "except" before the day left out.
Like "but" in "any morning but Wednesday" (`rules_hedge.any_but`) it is a negation cue
only where a set of times said just before it ("any day", "anything", "every evening")
gives it something to leave the day out of: "meet at the bar Friday", "the bar on
Saturday" are no exception. "Barring" says the exception by itself ("barring Friday,
any day works"). The cue negates the day after it, as "except" does.

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import WD, WD_PLURAL, Atom, Options, rule

# What can be left out: a day, days, a date, a part of the week.
_LEFT_OUT = (
    rf"(?=\s+(?:on\s+)?(?:the\s+)?(?:{WD}|{WD_PLURAL}|to\s?day|tomorrow|tmrw|weekends?"
    r"|\d{1,2}(?:st|nd|rd|th))\b)"
)
# A set of times said before "bar", within its clause: "any day this week", "anytime
# next week", "every evening", "all week".
_SET_BEFORE = re.compile(
    r"\b(?:any|anything|anytime|every|everything|all)\b[^.!?;\n]{0,30}$",
    re.I,
)


@rule("bar_except", rf"(?:bar|barring){_LEFT_OUT}")
def _bar(m: re.Match[str], o: Options) -> Atom | None:
    """ "any day this week bar Friday", "barring Monday": "bar" is "except"."""
    said = m.group(0).lower()
    if said == "bar" and not _SET_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    return Atom(m.start(), m.end(), None, [], cue="neg", cue_text=m.group(0))
