"""The span of a day ruled out after "any day": "any day except Sunday", "anything but
Friday", "anytime but Tuesdays".

The whole phrase is one cue ("any day except", `lexicon.NEG_PREFIX`) and one value (the
day, negated): "any day" names no day of its own, as a set of every day adds nothing.
The mention's span starts at the exception word ("except Sunday"), so the words that
say the day left out are the mention and "any day" is not part of it (a writer who
marks "any day" as a wish of its own and "Sunday" as ruled out reads the same message
as one who marks the whole phrase as ruled out). The cue keeps all the words. A time
of the day ruled out ("anything except the evening", "anything but Wednesday
afternoon") keeps the whole phrase, as before.

A step run last by `compose.parse`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.symbolic import SymbolicMention

# "any day", "anything", "any time" / "anytime" right before "but" / "except"
_EVERY_TIME_BEFORE = re.compile(r"any\s*(?:day|thing|time)\s+(?=(?:but|except)\b)", re.I)


def from_exception_word(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """Each negated mention opened by "any day but" / "anything except" starts at the
    exception word; a back-reference to it follows it."""
    moved: dict[tuple[int, int], tuple[int, int]] = {}
    out: list[SymbolicMention] = []
    for m in mentions:
        hit = _EVERY_TIME_BEFORE.match(text, m.start)
        if hit is None or not m.sym.negated or m.sym.tod is not None or hit.end() >= m.end:
            out.append(m)
            continue
        moved[(m.start, m.end)] = (hit.end(), m.end)
        out.append(replace(m, start=hit.end()))
    if not moved:
        return out
    return [
        replace(m, ref=moved[m.ref]) if m.ref is not None and m.ref in moved else m for m in out
    ]
