"""A deadline named by what happens then: "before my visa ends on the 20th", "before I fly
on the 14th", "before the kids' party on the 9th".

The words between "before" and the day say what happens on that day (the event), and the
day after them is the one the booking must come before: the cue reads as "before" and
folds into the day after it (`compose.apply_cues`), so the mention's words run from
"before" to the day ("before my visa ends on the 20th": before Sun 20 Dec). The day is
left out, as in "before the 20th".

The event is said as a noun ("my visa", "my tourist visa ends", "the kids' bday party",
"my surgery") or a clause ("I fly", "we leave for Toronto"), then "on" and the day;
"ahead of" and "prior to" read as "before". Not a deadline: "the day before my surgery
on the 21st" (a day counted back from the event), "before my class on Friday" (a
routine of the day: that Friday, earlier; `_SAME_DAY_EVENTS`), "after my ..." (after an
event on a day is that day, later, as often as the days after it), nor an event at a
clock said after it ("before the bus at 1.10", "b4 my shift at 1"): that clock stays its
own mention, the time the event takes up. An event with its clock said before its name
("before my 9am standup", "after my 2pm meeting") is a bound at that clock
(`rules_event_clock`).

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Atom, Options, rule

_BEFORE = r"(?:before|b4|ahead\s+of|prior\s+to)"
# Whose event: the speaker's, the household's, or one said with "the".
WHOSE = (
    r"(?:my|our|his|her|their|the|mum['’]?s|mom['’]?s|dad['’]?s|"
    r"(?:my|our)\s+(?:wife|husband|partner|son|daughter|kids?|mum|mom|dad)['’]s?)"
)
# A word of the event's name: no digit, no word of time (those would be the time itself:
# "before the end of the day on Friday", "before the weekend on ...").
TIME_WORD = (
    r"(?:day|days|week|weeks|weekend|month|morning|afternoon|evening|night|tonight|end|"
    r"start|beginning|middle|rest|lunch|lunchtime|noon|midday|today|tomorrow|tmrw|time|"
    r"appointment|appt|booking|slot|session|one|next|this|last|same|on|at|in|by|and|or|"
    r"but|is|was|which|that|then|i|we|it|"
    # the sun's: "before the sun goes down on Wednesday" is sunset's (`rules_dark`, G47)
    r"sun|sunset|sunrise|dark|dusk|dawn)"
)
_WORD = rf"(?!{TIME_WORD}\b)[a-z][a-z'’-]*"
# What happens to the event at its time: "my visa ends", "the movers come".
_HAPPENS = (
    r"(?:ends?|expires?|runs?\s+out|finish(?:es)?|starts?|begins?|kicks?\s+off|"
    r"comes?|arrives?|gets?\s+here|lands?|leaves?|is\s+due|closes?|opens?)"
)
# Someone goes away or comes: "I fly", "we leave for Toronto", "they arrive".
_WHO = r"(?:i|we|he|she|they|you)"
_GOES = (
    r"(?:leave|leaves|fly|flies|go|goes|head|heads|set|sets|travel|travels|move|moves|"
    r"fly\s+out|go\s+away|go\s+back|goes\s+back|head\s+off|set\s+off|head\s+back|"
    r"arrive|arrives|come|comes|land|lands|get\s+back|gets\s+back)"
    r"(?:\s+(?:for|to|back\s+to|home\s+to|out\s+to)\s+[a-z][a-z'’-]*)?"
)
# Routines of the day: "before my class on Friday" is that Friday, earlier.
_SAME_DAY_EVENTS = re.compile(
    r"\b(?:class|classes|lecture|lesson|lessons|shift|work|school|practice|training|gym|"
    r"meeting|call|standup|stand-up|run|walk|lunch|dinner|breakfast|nap|pickup|pick-up)"
    rf"(?:\s+{_HAPPENS})?$",
    re.I,
)
# A day or a while counted back from the event: "the day before", "two hours before".
_COUNTED_BACK = re.compile(
    r"(?:day|days|night|nights|week|weeks|weekend|morning|evening|afternoon|hour|hours|"
    r"hr|hrs|minute|minutes|mins?|month|months|time|just|right|straight|shortly)\s*$",
    re.I,
)


@rule(
    "event_bound",
    rf"{_BEFORE}\s+(?:(?P<noun>{WHOSE}\s+(?:{_WORD}\s+){{0,3}}{_WORD}(?:\s+{_HAPPENS})?)"
    rf"|(?P<clause>{_WHO}\s+{_GOES}|{WHOSE}\s+(?:{_WORD}\s+){{0,2}}{_WORD}\s+{_HAPPENS}))"
    r"(?=\s+on\s)",
)
def _event(m: re.Match[str], o: Options) -> Atom | None:
    """ "before my visa ends on the 20th", "before I fly on the 14th": before that time."""
    if _COUNTED_BACK.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    if _SAME_DAY_EVENTS.search(m.group(0)):
        return None  # "before my class on Friday": that Friday, earlier
    return _cue(m)


def _cue(m: re.Match[str]) -> Atom:
    return Atom(
        m.start(),
        m.end(),
        None,
        [],
        cue="bound",
        bound="before",
        incl=False,
        cue_text=m.group(0),
    )
