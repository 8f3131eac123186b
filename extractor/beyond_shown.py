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
|           | later pls", "nothin later?", "is there a later one?", "any chance of a later |
|           | slot?", "could we go a bit later?", "could it be any later?", "¿algo más     |
|           | tarde?", "tem algo mais tarde?", "quelque chose de plus tard ?", "iets       |
|           | later?", "etwas später?", "qualcosa di più tardi?", "yang lebih lambat?"     |
| `earlier` | "nothing earlier?", "anything earlier?", "any earlier slots", "is there      |
|           | earlier time?", "can you go earlier", "¿algo más temprano?", "algo mais      |
|           | cedo?", "rien de plus tôt ?", "niks eerder?", "nichts früher?", "ada yang   |
|           | lebih awal?", "kalau lebih awal?"                                            |
| `sooner`  | "anything sooner? even this week": before the first option shown, any day   |

Also said alone, the whole ask at the start of the message: "later?", "earlier?? its
bad", "any later?", "oof, a bit earlier?", "later got or not", "sooner possible?".

Not a wish against the options (near misses): "later that day", "anything later in the
day" (grounding reads those), "anything later than 5" (a bound grounding reads), "could
we go half an hour later?" (an amount grounding reads), "not any earlier" ("after 11,
not any earlier": the bound said before), "see you later", "earlier today", "the later one" (a pick), "I can't get there any earlier" (no ask), and
an ask with an example of its own, "anything earlier, like before 6?", "anything a bit
later? like 6" (the example is the time asked for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Side = Literal["later", "earlier", "sooner"]

_ASK = r"(?:anything|anythin|something|somethin|nothing|nothin|owt|nuffin)"
_BIT = r"(?:a\s+(?:bit|little|tad|touch)\s+|(?:bit|little|slightly|much|any)\s+)?"
# what a side of the day said of another time goes on with: "later in the day", "later
# than 5", "earlier that morning" (grounding reads those), not an ask past the options
_NOT_PAST_SHOWN = (
    r"(?!\s*(?:in|on|that|this|than|today|tonight|tomorrow|tmrw|next|the|at|by|from|after|"
    r"before|[0-9]))"
    # an example said after it is the time asked for: "anything earlier, like before 6?"
    r"(?![\s?,.!]*(?:like|say|e\.?g\.?|maybe|perhaps|around|about)\s+(?:before\s+|after\s+|at\s+)?\d)"
)
# a slot asked for by its side: "a later one", "any chance of a later slot?", "is there
# earlier time?", "any later ones?"; not "the later one" (a pick)
_ONES = r"(?:ones?|slots?|times?|options?|spots?|appointments?|appts?)"
_BEYOND = re.compile(
    rf"\b(?:any|an?)\s+{_BIT}(?P<ones>later|earlier|sooner)\s+{_ONES}\b{_NOT_PAST_SHOWN}"
    rf"|\bis\s+there\s+(?:an?\s+)?{_BIT}(?P<there>later|earlier|sooner)\b(?:\s+{_ONES}\b)?"
    rf"{_NOT_PAST_SHOWN}"
    rf"|(?<!\bnot\s)(?<!\bno\s)\b{_ASK}\s+{_BIT}(?P<en>later|earlier|sooner)\b{_NOT_PAST_SHOWN}"
    # the visit asked to be on a side: "could we go a bit later?", "can you go earlier",
    # "could it be any later?"; not "an hour later" (an amount: grounding reads it)
    r"|\b(?:can|could|cud|cn|would)\s+(?:we|you|u|ya|it|i|he|she|they)\s+(?:go|be|do|come|start)"
    rf"\s+(?:it\s+)?{_BIT}(?P<go>later|earlier|sooner)\b{_NOT_PAST_SHOWN}"
    r"|\b(?:algo|nada|alguma\s+coisa)\s+(?:u[nm]\s+po(?:co|uco)\s+)?m(?:[aá]s|ais)\s+"
    r"(?P<es>tarde|temprano|cedo)\b"
    r"|\b(?:quelque\s+chose|rien)\s+(?:de\s+)?plus\s+(?P<fr>tard|t[oô]t)\b"
    r"|\b(?:iets|niks|niets)\s+(?P<nl>later|eerder|vroeger)\b"
    r"|\b(?:etwas|nichts|was|irgendwas)\s+(?P<de>sp[äa]ter|fr[üu]her)\b"
    r"|\b(?:qualcosa|niente|nulla)\s+(?:di\s+)?pi[uù]\s+(?P<it>tardi|presto)\b"
    # Indonesian and Malay: "ada yang lebih awal?", "kalau lebih awal?", "yg lebih lambat";
    # not "lebih pagi", "lebih sore": grounding reads the part of the day
    r"|\b(?:yang|yg|ada|kalau|kalo|klo)\s+(?:yang\s+|yg\s+)?lebih\s+"
    r"(?P<id>awal|cepat|cepet|lambat)\b",
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
_LATER = frozenset(["later", "tarde", "tard", "später", "spater", "tardi", "lambat"])
_SOONER = frozenset(["sooner"])


@dataclass(frozen=True)
class Beyond:
    """Words that ask for options on one side of those shown."""

    side: Side
    text: str
    span: tuple[int, int]


def beyond_shown(message: str) -> list[Beyond]:
    """Every ask of `message` for options later or earlier than those shown."""
    out: list[Beyond] = []
    alone = _ALONE.match(message)
    if alone and not _EXAMPLE.search(message, alone.end()):
        word = alone.group("word").lower()
        side: Side = "later" if word in _LATER else "sooner" if word in _SOONER else "earlier"
        return [Beyond(side, alone.group("said"), alone.span("said"))]
    for m in _BEYOND.finditer(message):
        word = next(g for g in m.groups() if g).lower()
        side = "later" if word in _LATER else "sooner" if word in _SOONER else "earlier"
        # one side asked twice, in two languages, is one ask: the last said ("kalau
        # lebih awal? anything earlier kak")
        out = [b for b in out if b.side != side]
        out.append(Beyond(side, m.group(), m.span()))
    return out
