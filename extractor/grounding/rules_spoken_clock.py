"""Clocks a speech-to-text keyboard spelt as the words they sound like.

A message dictated to a phone comes out with the hour as a word of the same sound:
"friday at for thirty" (4:30), "tomorrow at won" (1), "tuesday at ate in the morning"
(8), "monday the 24th at too" (2), "i wont be off until for thirty". These words are
everyday words too ("for thirty minutes", "too late", "I ate at 7"), so only the
places where no everyday reading fits are read:

| words | reads |
| --- | --- |
| `at for thirty`, `at to thirty`, `at won fifteen`, `at for oclock` | "at" + a sound-alike hour + minutes or "oclock": the clock |
| `until for thirty`, `after for thirty`, `before too thirty` | a bound word + the same: the clock (the bound word composes as with "4:30") |
| `won thirty`, `too thirty on the 5th`, `ate fifteen?` | a sound-alike that is no number word for time ("won", "too", "ate") + minutes, where the clause ends or a day follows ("we won fifteen games" is no clock) |
| `at ate`, `at won`, `at too`, `at for` | "at" + the hour alone, where the clause ends or a day or part of the day follows |
| `at to pm`, `after for p.m.` | "at" or a bound + a sound-alike + "am" / "pm": the clock ("talk to PM" is no clock; G44) |
| `for o'clock`, `then ate oclock`, `won o'clock?` | a sound-alike + "o'clock", with no "at": no everyday words say that (G44) |
| `but before to`, `no later than for.`, `after won,` | a bound word + the hour alone where the clause ends (G44) |
| `for thirty minutes`, `too late`, `I ate at 7`, `at for a while`, `to thirty people` | not a clock |

Registered like `rules_time`'s rules (imported in `compose.RULE_MODULES`); the clocks are
bare hours as "at 4" is (the business's hours and the day decide am or pm).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# The words a dictated hour comes out as, and the hour each sounds like.
SOUND_ALIKE_HOURS: dict[str, int] = {"won": 1, "to": 2, "too": 2, "for": 4, "ate": 8}
# Sound-alikes that no one writes before minutes as a word of their own ("won thirty").
_NEVER_BEFORE_MINUTES = ("won", "too", "ate")
_MINUTES: dict[str, int] = {
    "oclock": 0,
    "o'clock": 0,
    "o’clock": 0,
    "fifteen": 15,
    "thirty": 30,
    "forty five": 45,
    "forty-five": 45,
    "fourty five": 45,
}
_HOURS = "|".join(SOUND_ALIKE_HOURS)
_MINS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _MINUTES)
# After the minutes, what makes them a count and not the clock's: "for thirty minutes".
_COUNTED = re.compile(r"\s*(?:minutes?|mins?|people|persons|seconds?|days?|%|dollars?)\b", re.I)
# A bound word right before the hour: "until for thirty", "after for thirty".
_BOUND_BEFORE = re.compile(
    r"(?<![\w])(?:until|till|til|after|before|b4|by|from|later\s+than|earlier\s+than)\s+$", re.I
)
_CLAUSE_END = re.compile(r"\s*(?:$|[,.;:!?)])")
# What may follow an hour said alone after "at": the end of the clause, a day, a part of
# the day, or a joining word ("at too and i need it earlier").
_ALONE_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:and|or|but|on|this|next|tomorrow|today|tonight|in\s+the|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|morning|afternoon|evening|please|pls|plz|"
    r"instead|then)\b)",
    re.I,
)


@rule(
    "clock_sound_alike",
    rf"(?:(?P<prep>at)\s+)?(?P<h>{_HOURS})(?:\s+(?P<mw>{_MINS}))?(?:\s*(?P<ap>[ap]\.?m)\b\.?)?",
)
def _clock_sound_alike(m: re.Match[str], o: Options) -> Sym | None:
    word = m.group("h").lower()
    mw = m.group("mw")
    if mw is not None and _COUNTED.match(m.string, m.end()):
        return None  # "for thirty minutes", "to thirty people"
    at = m.group("prep") is not None
    bound = _BOUND_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None
    ap = (m.group("ap") or "").lower().replace(".", "")
    if ap:
        if not (at or bound):
            return None  # "talk to PM", "for pm": a word; "at to pm", "after for pm" the clock
    elif mw is None:
        if not _ALONE_AFTER.match(m.string, m.end()):
            return None
        # "but before to", "no later than for.": a bound's hour, ending its clause
        if (word == "to" or not at) and not (bound and _CLAUSE_END.match(m.string, m.end())):
            return None
    elif mw.lower().startswith("o"):
        pass  # "for o'clock", "then ate oclock": no everyday words say that
    elif not at and not bound:
        if word not in _NEVER_BEFORE_MINUTES:
            return None  # "for thirty" alone: a length as often as a clock
        if not _ALONE_AFTER.match(m.string, m.end()):
            return None  # "we won fifteen games"
    mi = _MINUTES[re.sub(r"\s+", " ", mw.lower())] if mw else 0
    return Sym(
        tod=TodSpec(
            "clock",
            SOUND_ALIKE_HOURS[word],
            mi,
            ap=ap,
            bare=not ap,
            grain="minute" if mi else "hour",
        )
    )
