"""Bounds on the day, said with an event or a side between "before" and the day.

People give the day they must be seen by through what happens on it, or say which side
of a day they mean:

| words | reads |
| --- | --- |
| `before my SIP date, which is the 15th`, `before the move, that's the 9th` | before the 15th / 9th (that day left out, as "before the 12th"); with "on" ("before my trip on the 12th") see `rules_event_bound` |
| `this side of the 14th`, `this side of Christmas`, `this side of Friday` | before that day (British and Australian) |

Each is a "bound" cue (as `lexicon.BOUND_PREFIX`'s), folded into the day after it by
`compose.apply_cues`. The event is a few words after "my", "our", "the", "his", "her",
"their" or a subject ("I", "we", "she", ...) and none of them a time word: "before noon on
Friday", "before the weekend on ..." keep their own readings, and "before school goes
back on the 12th" (no such opening word) stays a day said in passing. Registered in
`compose.RULE_MODULES`.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import MON, WD, Atom, Options, rule
from slotwise.extractor.grounding.rules_time import _cue_rule

# The words of the event: letters only (no clock, no day number), at most six
_WORD = r"[a-z][a-z'’-]*"
_EVENT = (
    rf"(?:(?:my|our|his|her|their|the|a|an)\s+(?:{_WORD}\s+){{0,4}}?{_WORD}"
    rf"|(?:i|we|he|she|they|you)\s+(?:{_WORD}\s+){{0,5}}?{_WORD})"
)
# What ties the event to its day: ", which is", "that's", ", it's" (an event tied by "on",
# "before my trip on the 12th", is `rules_event_bound`'s)
_TIE = r"(?:\s*,?\s*(?:which|that)\s+(?:is|['’]s|will\s+be)|\s*,?\s*that['’]s|\s*,\s*it['’]s)"
_DAY = rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\b|(?:{MON})\s|(?:{WD})\b)"
_DAY_NEXT = rf"{_TIE}(?=\s+(?:on\s+)?{_DAY})"
# Words that make the "event" a time itself: "before noon on Friday", "before the end on"
_TIME_WORD = re.compile(
    r"\b(?:noon|midday|midnight|lunch(?:time)?|morning|afternoon|evening|night|tonight|"
    r"weekend|week|month|year|end|start|beginning|middle|today|tomorrow|day|time|"
    r"am|pm|o['’]clock|hours?|minutes?)\b",
    re.I,
)


@rule("bound_prefix", rf"before\s+(?P<event>{_EVENT}){_DAY_NEXT}")
def _before_event(m: re.Match[str], o: Options) -> Atom | None:
    """ "before my trip on the 12th": a bound before the day the event is on."""
    if _TIME_WORD.search(m.group("event")) or re.search(
        rf"\b(?:{WD}|{MON})\b", m.group("event"), re.I
    ):
        return None
    return Atom(
        m.start(), m.end(), None, [], cue="bound", bound="before", incl=False, cue_text="before"
    )


_cue_rule("bound_prefix", {"this side of": ("before", False)}, "bound")
