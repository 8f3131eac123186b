"""Corrections inside one message: "thursday 10 no 11", "I mean actually no the 9th",
"3pm London – no, New York!".

A writer who takes back a time they just wrote and gives another says "no" between the
two, the way one corrects oneself aloud. Read as a negation, that "no" turned the
correction into an exclusion ("no the 9th") or, before a number, hid the number as a
"No. 11". Here it is a repair word: the old mention stays a mention (the interpreter's
retraction cues and `compose_numbers.SLIP` set it aside), the new one is a plain
mention, and a correction that names only a zone carries the clock it corrects into
that zone. "tuesday, no mornings", "10am, no weekends", "Friday at 3, no earlier" keep
their negation or bound: "no" is a repair only between two times of one sort, or after
a word that already retracts ("wait", "actually", "I mean", "sorry").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.zones import PLACES

if TYPE_CHECKING:  # `atoms` asks `repairs_number`, so the import goes one way only
    from slotwise.extractor.grounding.atoms import Atom

_REPAIR_NO = r"(?:no+|nope|nah)"
# A word that already takes back what came before: "wait no", "actually no", "I mean no".
_RETRACTING_BEFORE = re.compile(
    r"(?<![\w'’])(?:wait|actually|i\s+mean|i\s+meant|sorry|sry|soz|oops|whoops|hang\s+on|"
    r"hold\s+on|er+m?|um+)[\s,.!–—-]*$",
    re.I,
)
# Right after a clock ("10 no 11", "at 3, no, 4", "9am... no 10"): the end of a clock.
_CLOCK_BEFORE = re.compile(
    r"(?:\d|\d\s*[ap]\.?m\.?|\bnoon|o['’]clock)[\s,.!?…–—-]*"
    r"(?:(?:wait|sorry|sry|oops)[\s,.!–—-]*)?$",
    re.I,
)
_NO_BEFORE_NUMBER = re.compile(rf"(?<![\w'’]){_REPAIR_NO}[\s,.!–—-]*$", re.I)


def repairs_number(text: str, start: int) -> bool:
    """The number at `start` follows a repairing "no" ("10 no 11", "9 wait no 10"), so it
    is no "No. 11"."""
    no = _NO_BEFORE_NUMBER.search(text, max(0, start - 12), start)
    if no is None:
        return False
    head = max(0, no.start() - 24)
    return bool(
        _CLOCK_BEFORE.search(text, head, no.start())
        or _RETRACTING_BEFORE.search(text, head, no.start())
    )


def _clockish(a: Atom) -> bool:
    s = a.sym
    return s is not None and s.tod is not None and s.tod.kind == "clock" and not s.negated


def _dayish(a: Atom) -> bool:
    s = a.sym
    return s is not None and s.has_date and not s.negated and s.recur is None


def repairing_no(text: str, items: list[Atom], i: int) -> bool:
    """The negation cue `items[i]` is a repairing "no" between two times: "thursday 10
    no 11", "the 11th I mean actually no the 9th", "tuesday no wednesday"."""
    c = items[i]
    if c.cue != "neg" or not re.fullmatch(_REPAIR_NO, c.cue_text.strip(), re.I):
        return False
    before = [a for a in items[:i] if a.sym is not None and not a.sym.is_empty]
    if not before or i + 1 >= len(items):
        return False
    nxt = items[i + 1]
    if _RETRACTING_BEFORE.search(text, max(0, c.start - 24), c.start):
        return True
    prev, s = before[-1], nxt.sym
    if s is None or not re.fullmatch(r"[\s,.!?…–—-]*", text[prev.end : c.start]):
        return False
    clock_then_clock = _clockish(prev) and _clockish(nxt) and not s.has_date
    day_then_day = _dayish(prev) and _dayish(nxt) and s.tod is None
    return clock_then_clock or day_then_day


# "3pm London – no, New York!", "9am Pacific, sorry, I mean Eastern": after a clock in a
# zone, a repair that names only another zone is that clock in the new zone.
_CITIES = "|".join(
    re.escape(p).replace(r"\ ", r"\s+")
    for p in sorted(PLACES, key=len, reverse=True)
    if not PLACES[p].startswith("@") and len(p) > 2
)
_ZONE_REPAIR = re.compile(
    rf"[\s,.!…]*[–—-]?\s*(?:(?:(?:oh\s+)?wait[\s,]+)?{_REPAIR_NO}(?:[\s,]+wait)?|sorry|sry|i\s+mean"
    rf"|i\s+meant|actually)"
    rf"(?:[\s,.!]+(?:i\s+mean|i\s+meant|sorry|actually))?[\s,.!–—-]*(?:in\s+)?"
    rf"(?P<city>{_CITIES})(?:\s+time)?\b",
    re.I,
)


def _zone_words(words: str) -> str:
    return PLACES[re.sub(r"\s+", " ", words.lower())]


def repaired_zones(text: str, atoms: list[Atom]) -> list[Atom]:
    """A zone said as a correction right after a zoned clock is that clock in the zone."""
    out = list(atoms)
    i = 0
    while i < len(out):
        a = out[i]
        s = a.sym
        if s is None or s.tod is None or s.tod.kind != "clock" or not s.zone or s.negated:
            i += 1
            continue
        m = _ZONE_REPAIR.match(text, a.end)
        if m is None:
            i += 1
            continue
        zone = _zone_words(m.group("city"))
        if zone == s.zone or zone.startswith("@"):
            i += 1
            continue
        start = m.start("city")
        new = replace(
            a,
            start=start,
            end=m.end(),
            sym=replace(s, zone=zone),
            rules=[*a.rules, "zone_repaired"],
        )
        keep = [b for b in out[i + 1 :] if b.end <= start or b.start >= m.end()]
        # the repair words ("no") stay, for the interpreter's retraction cues
        out = [*out[: i + 1], *sorted([*keep, new], key=lambda b: b.start)]
        i += 1
    return out


# "move Dad's appointment from Thursday to Friday. Sorry, I mean from Friday to
# Thursday!": a repair that says the move again says it without its verb, which stays in
# the clause before; its "from ... to" is still an old time and a new one, not a range.
_RESTATING = re.compile(
    r"(?<![\w'’])(?:i\s+mean|i\s+meant|sorry|sry|actually|or\s+rather|wait\s+no|no\s+wait)"
    r"[\s,.!–—-]*(?:from\s+)?$",
    re.I,
)
_MOVED_FROM_TO = re.compile(
    r"(?<![\w])(?:" + "|".join(lx.MOVE_WORDS) + r")\b[^.!?;\n]*\bfrom\b[^.!?;\n]*\bto\b", re.I
)


def restates_move(text: str, start: int) -> bool:
    """The words at `start` repair a move said just before ("... from A to B. Sorry, I
    mean from B to A")."""
    r = _RESTATING.search(text, max(0, start - 24), start)
    return (
        r is not None
        and _MOVED_FROM_TO.search(text, max(0, r.start() - 160), r.start()) is not None
    )
