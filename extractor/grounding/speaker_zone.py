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
from slotwise.extractor.grounding.zones import MINE, REQUEST_ZONE, THEIRS, ZONE_WORDS, zone_of

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


def _lone_zones(text: str, mentions: list[SymbolicMention], said: re.Pattern[str]) -> set[str]:
    """The zones `text` names outside every mention (no clock of their own), said as
    `said` accepts ("Pacific time", "(PST)")."""
    taken = [(m.start, m.end) for m in mentions]
    return {
        zone_of(z.group(0))
        for z in _ZONE.finditer(text)
        if said.search(z.group(0)) and not any(a <= z.start() < b for a, b in taken)
    }


def my_time_in_named_zone(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """`mentions` with "I am on <zone>" dropped, and "my time" read in the speaker's zone
    when the message names it once elsewhere."""
    mentions = [m for m in mentions if not _verb_am(text, m)]
    lone = _lone_zones(text, mentions, _NAMED) - {REQUEST_ZONE}
    if len(lone) != 1:
        return mentions
    (zone,) = lone
    return [
        replace(m, sym=replace(m.sym, zone=zone))
        if m.sym.zone in (REQUEST_ZONE, MINE) and _MY_TIME.search(text, m.start, m.end)
        else m
        for m in mentions
    ]


# the other side named: a clock restated for the business ("that should be noon for you",
# "(that's 3pm yours)", "9am here is 5pm in Perth", "your end"): clocks stay apart
_OTHER_SIDE = re.compile(
    r"\b(?:for\s+(?:you|u)|yours|your\s+(?:time|end|side)|local\s+time|here)\b", re.I
)
_ZONE_TIME = re.compile(r"\btime\)?$", re.I)  # a lone zone said as a zone: "Brazil time"


def _hm(m: SymbolicMention) -> tuple[int, int, str] | None:
    tod = m.sym.tod
    return (tod.h % 12, tod.m, tod.ap) if tod is not None and tod.kind == "clock" else None


def zone_said_once(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """`mentions` with the one zone the message names lent to its clocks that name none.

    "My son's lesson on Wednesday at 5pm Saudi time, can you move it to Thursday 5pm?":
    Thursday 5pm is Saudi time too; "Can I book Friday 6pm? Sorry forgot to say, Brazil
    time": 6pm is Brazil time. Only when the message names exactly one zone (on a clock, or
    alone as "<place> time": a bare "PT" or "Est-ce" names none) and no other side ("your
    time", "for you", "yours", "here", "my time" / "his time" as a place of its own), so
    "7am Hawaii time ... That should be noon for you" keeps noon in the business's zone. A
    clock said again later with the zone ("our 2pm today -> can it be 2pm London time
    instead?") is the other one and stays. Days and parts of the day stay in the request's zone: only a
    clock is an instant someone reads off a watch.
    """
    named = {m.sym.zone for m in mentions if m.sym.zone}
    if not named and "time" not in text.lower():
        return mentions  # no zone on a clock, and none said alone ("Brazil time")
    if _OTHER_SIDE.search(text):
        return mentions
    named |= _lone_zones(text, mentions, _ZONE_TIME)
    if len(named) != 1 or named & {REQUEST_ZONE, MINE, THEIRS}:
        return mentions
    (zone,) = named

    def said_again_zoned(m: SymbolicMention) -> bool:
        return any(z.sym.zone and z.start > m.start and _hm(z) == _hm(m) for z in mentions)

    return [
        replace(m, sym=replace(m.sym, zone=zone))
        if not m.sym.zone and _hm(m) is not None and not said_again_zoned(m)
        else m
        for m in mentions
    ]
