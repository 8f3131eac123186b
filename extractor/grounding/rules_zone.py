"""Zones said right after a clock with no "time": "11am in New York", "5pm in Perth",
"10am LA and 6pm London", "10pm for me", "4pm for him".

"<place> time" and the abbreviations are `rules_time`'s `zone` rule. These forms are
zones only after a clock ("I'm in London", "a table for him" stay words): the words
just before must end a time of day. "for me" / "for us" is the writer's zone and "for
him / her / them" someone else's (`zones.speaker_zone`), as "my time" and "his time";
the request's zone when the message says where no one is. A clock in "Zulu" time
("1500Z", "1500 zulu") is one in UTC. Rules registered like
`rules_time`'s (this module is imported with the others in `compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec
from slotwise.extractor.grounding.zones import MINE, PLACES, THEIRS

# Region words ("central", "eastern") are zones only with "time" or alone as
# `rules_time` reads them; short capitals ("LA", "NY", "UK") only as capitals here.
_REGIONS = {"eastern", "central", "mountain", "pacific", "east coast", "west coast"}
_CAPITALS = {"la", "ny", "nyc", "uk"}
_CITIES = "|".join(
    re.escape(p).replace(r"\ ", r"\s+")
    for p in sorted(PLACES, key=len, reverse=True)
    if not PLACES[p].startswith("@") and p not in _REGIONS and p not in _CAPITALS
)
_CAPS = "|".join(p.upper() for p in sorted(_CAPITALS, key=len, reverse=True))
_PERSON = {"me": MINE, "us": MINE, "him": THEIRS, "her": THEIRS, "them": THEIRS}

# The words before end a clock: "11am", "5:30", "at 2", "noon", "10 o'clock".
_CLOCK_BEFORE = re.compile(
    r"(?:\d|\d\s*[ap]\.?m\.?|\bnoon|\bmidnight|o['’]clock)\s*$",
    re.IGNORECASE,
)


@rule(
    "zone_after_clock",
    rf"(?i:for\s+(?P<who>me|us|him|her|them))|(?i:in\s+)?(?:(?i:(?P<city>{_CITIES}))|"
    rf"(?P<caps>{_CAPS}))(?!\s+time\b)",
    flags=0,
)
def _zone_after_clock(m: re.Match[str], o: Options) -> Sym | None:
    if not _CLOCK_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    if m.group("who"):
        return Sym(zone=_PERSON[m.group("who").lower()])
    words = m.group("city") or m.group("caps")
    return Sym(zone=PLACES[re.sub(r"\s+", " ", words.lower())])


# A code or a number before digits makes them no clock: "model 1500Z", "order #0930Z".
_CODE_BEFORE = re.compile(
    r"(?:\b(?:model|order|ref|part|item|unit|room|flight|code|no|number)\s*[.:#]?\s*|#\s*)$", re.I
)


# Aviation and military "Zulu" time is UTC: "1500Z", "0930Z", "15:00Z", "1500 zulu",
# "0800 Zulu time". Four digits or a colon clock (a bare "3Z" is no clock); the "Z" only
# a capital glued to the digits ("1500z", "1500 Z" stay unread), "zulu" in any case.
@rule(
    "clock_zulu",
    r"(?:(?:at|@)\s*)?(?:(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)|(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d))"
    r"(?:(?-i:Z)|\s*zulu(?:\s+time)?)",
)
def _clock_zulu(m: re.Match[str], o: Options) -> Sym | None:
    """ "Wednesday 1500Z": 15:00 in UTC, on the day said; never a code ("model 1500Z")."""
    if _CODE_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return None
    h, mi = int(m.group("h") or m.group("h2")), int(m.group("m") or m.group("m2"))
    grain = "minute" if mi else "hour"
    return Sym(tod=TodSpec("clock", h, mi, h24=True, grain=grain), zone="UTC")
