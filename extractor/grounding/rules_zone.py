"""Zones said right after a clock with no "time": "11am in New York", "5pm in Perth",
"10am LA and 6pm London", "10pm for me", "4pm for him".

"<place> time" and the abbreviations are `rules_time`'s `zone` rule. These forms are
zones only after a clock ("I'm in London", "a table for him" stay words): the words
just before must end a time of day. "for me" / "for us" is the writer's zone and "for
him / her / them" someone else's (`zones.speaker_zone`), as "my time" and "his time";
the request's zone when the message says where no one is. Rules registered like
`rules_time`'s (this module is imported with the others in `compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import Sym
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
