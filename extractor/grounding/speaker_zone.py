"""The speaker's own zone, said once and meant by "my time" later in the message.

"I'm on Pacific time. Could I book Mr. Castellano at 2pm my time on Monday?": 2pm is
Pacific. "I am on Central time, and I'd prefer not to start before 9 my time": 9 is
Central (and "am" in "I am on Central time" is the verb, not the morning). A lone zone
(one said with no time of its own) is the speaker's when it is the only zone named so;
without one, "my time" is left to `zones.speaker_zone` (a place the writer says they are
in: "Hello from Sydney!"), else the request's zone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.symbolic import SymbolicMention
from slotwise.extractor.grounding.zones import MINE, REQUEST_ZONE, ZONE_WORDS, zone_of

_ZONE = re.compile(rf"(?<!\w)(?:{ZONE_WORDS})(?!\w)")
# a lone zone counts when it reads as one: "Pacific time", "(PST)", not "somewhere central"
_NAMED = re.compile(r"\btime\)?$|^\(?[A-Z]{2,5}\)?$", re.I)
_MY_TIME = re.compile(r"\bmy\s+time\b", re.I)
# "I am on Central time", "we are on Eastern time": the verb before "am" + a zone
_I_AM = re.compile(r"(?:\bi|\bwe)\s+$", re.I)


def _verb_am(text: str, m: SymbolicMention) -> bool:
    """ "I am on Central time": "am" is the verb; the mention is only the zone."""
    return (
        text[m.start : m.start + 2].lower() == "am"
        and m.rules[:1] == ["part_of_day"]
        and bool(m.sym.zone)
        and _I_AM.search(text, max(0, m.start - 4), m.start) is not None
    )


def my_time_in_named_zone(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """`mentions` with "I am on <zone>" dropped, and "my time" read in the speaker's zone
    when the message names it once elsewhere."""
    mentions = [m for m in mentions if not _verb_am(text, m)]
    taken = [(m.start, m.end) for m in mentions]
    lone = {
        zone_of(z.group(0))
        for z in _ZONE.finditer(text)
        if _NAMED.search(z.group(0)) and not any(a <= z.start() < b for a, b in taken)
    } - {REQUEST_ZONE}
    if len(lone) != 1:
        return mentions
    (zone,) = lone
    return [
        replace(m, sym=replace(m.sym, zone=zone))
        if m.sym.zone in (REQUEST_ZONE, MINE) and _MY_TIME.search(text, m.start, m.end)
        else m
        for m in mentions
    ]
