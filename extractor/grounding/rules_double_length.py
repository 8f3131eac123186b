"""A length said as a multiple of the usual one: "a double", "a double lesson", "a triple
session".

Driving schools, tutors, physios and salons sell a lesson or session of a set length,
and their customers ask for "a double" for two of them back to back ("need a double
asap", "a double on sat or sun", "Double lesson either this Saturday or next"). The
words give no minutes: the length is the booking's usual one times two (the request's
`duration_minutes`, `pipeline._constrain`), and a length said in minutes beside them
wins ("a double session (90 min)", "a double appt (30 min)").

"A double" said alone is a length only where a day, a provider, a hedge, punctuation or
the end follows (`lexicon.AFTER_A_MULTIPLE`); any other word after it makes it a thing
("a double shift", "a double room", "a double espresso", "a double booking").

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import WD, Options, rule
from slotwise.extractor.grounding.symbolic import Sym

_WORD = lx.alternation(tuple(lx.LENGTH_MULTIPLES))
_NOUN = lx.alternation(lx.MULTIPLE_OF)
# What may follow "a double" said alone: punctuation, the end, or a word that goes on to
# its day, provider or hedge.
_GOES_ON = re.compile(
    rf"\s*(?:[.,!?;:)\-–—(]|$|(?:{lx.alternation(lx.AFTER_A_MULTIPLE)}|{WD})\b)", re.I
)


@rule(
    "double_length",
    rf"(?:(?:an?|one)\s+)?(?P<word>{_WORD})[\s-]+(?P<noun>{_NOUN})s?"
    rf"|(?:an?|one)\s+(?P<alone>{_WORD})(?![\w'’-])",
)
def _double_length(m: re.Match[str], o: Options) -> Sym | None:
    """ "a double", "double lesson": the usual length times two."""
    word = (m.group("word") or m.group("alone")).lower()
    if m.group("alone") and not _GOES_ON.match(m.string, m.end()):
        return None
    return Sym(times=lx.LENGTH_MULTIPLES[word])
