"""A wish said against the options a conversation showed: "anything later?", "nothing
earlier?", "any earlier slots?", "¿algo más tarde?".

After the assistant shows options, a customer often asks for others on their far side:
later than those shown, or earlier. The words name no time of their own; they lean on
the options shown, which only the session knows. Grounding gives the fact (`Beyond`:
the side, the words), and the session makes the wish from the options shown
(`slotwise.conversation_shown`).

| side      | said                                                                        |
| --------- | --------------------------------------------------------------------------- |
| `later`   | "anything later?", "anything a bit later?", "any later ones?", "something    |
|           | later pls", "¿algo más tarde?", "quelque chose de plus tard ?", "iets later?"|
| `earlier` | "nothing earlier?", "anything earlier?", "any earlier slots", "¿algo más    |
|           | temprano?", "rien de plus tôt ?", "niks eerder?"                             |
| `sooner`  | "anything sooner? even this week": before the first option shown, any day   |

Also said alone, the whole ask at the start of the message: "later?", "earlier?? its
bad", "any later?", "oof, a bit earlier?", "later got or not", "sooner possible?".

Not a wish against the options (near misses): "later that day", "anything later in the
day" (grounding reads those), "anything later than 5" (a bound grounding reads), "not
any earlier" ("after 11, not any earlier": the bound said before), "see you later",
"earlier today", "the later one" (a pick), "I can't get there any earlier" (no ask), and
an ask with an example of its own, "anything earlier, like before 6?", "anything a bit
later? like 6" (the example is the time asked for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Side = Literal["later", "earlier", "sooner"]

_ASK = r"(?:anything|something|nothing|owt|nuffin)"
_BIT = r"(?:a\s+(?:bit|little|tad|touch)\s+|(?:bit|little|slightly|much|any)\s+)?"
_BEYOND = re.compile(
    r"\bany\s+(?P<ones>later|earlier|sooner)\s+(?:ones?|slots?|times?|options?|spots?|"
    r"appointments?|appts?)\b"
    rf"|(?<!\bnot\s)(?<!\bno\s)\b{_ASK}\s+{_BIT}(?P<en>later|earlier|sooner)\b"
    r"(?!\s*(?:in|on|that|this|than|today|tonight|tomorrow|tmrw|next|the|at|by|from|after|"
    r"before|[0-9]))"
    # an example said after it is the time asked for: "anything earlier, like before 6?"
    r"(?![\s?,.!]*(?:like|say|e\.?g\.?|maybe|perhaps|around|about)\s+(?:before\s+|after\s+|at\s+)?\d)"
    r"|\b(?:algo|nada)\s+(?:un\s+poco\s+)?m[aá]s\s+(?P<es>tarde|temprano)\b"
    r"|\b(?:quelque\s+chose|rien)\s+(?:de\s+)?plus\s+(?P<fr>tard|t[oô]t)\b"
    r"|\b(?:iets|niks|niets)\s+(?P<nl>later|eerder|vroeger)\b",
    re.IGNORECASE,
)
# said alone as the whole ask, at the start of the message after a sigh or an "ok":
# "later?", "earlier?? its bad", "any later?", "oof, a bit earlier?", "later got or not"
# (Singapore English), "sooner possible?"; not "later that day?", "see you later", "ok
# later" (no ask), nor one with an example ("later got? ... like 4 onwards")
_ALONE = re.compile(
    r"^\s*(?:(?:hm+|oof|ok(?:ay)?|um+|uh+|and|so|or|ah+|oh+|ugh|hmm+|erm)\b[,.!]*\s*)*"
    rf"(?P<said>(?:any\s+)?{_BIT}(?P<word>later|earlier|sooner))"
    r"(?=\s*\?+|\s+(?:got(?:\s+or\s+not)?|possible|pls|please)\b)",
    re.IGNORECASE,
)
_EXAMPLE = re.compile(
    r"\b(?:like|say|e\.?g\.?|maybe|perhaps|around|about)\s+(?:before\s+|after\s+|at\s+)?\d",
    re.IGNORECASE,
)
_LATER = frozenset(["later", "tarde", "tard"])
_SOONER = frozenset(["sooner"])


@dataclass(frozen=True)
class Beyond:
    """Words that ask for options on one side of those shown."""

    side: Side
    text: str
    span: tuple[int, int]


def beyond_shown(message: str) -> list[Beyond]:
    """Every ask of `message` for options later or earlier than those shown."""
    out = []
    alone = _ALONE.match(message)
    if alone and not _EXAMPLE.search(message, alone.end()):
        word = alone.group("word").lower()
        side: Side = "later" if word in _LATER else "sooner" if word in _SOONER else "earlier"
        return [Beyond(side, alone.group("said"), alone.span("said"))]
    for m in _BEYOND.finditer(message):
        word = next(g for g in m.groups() if g).lower()
        side = "later" if word in _LATER else "sooner" if word in _SOONER else "earlier"
        out.append(Beyond(side, m.group(), m.span()))
    return out
