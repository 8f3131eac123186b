"""The next of a weekday said just before, in fewer words: "Thursday? not this one, the
next", "move it from this Sunday to the next", "a Saturday, not this coming one", "Not
this one coming. Next one or the one after."

`anaphora.py` reads "this one", "the one after", "the next one" as the coming one of a
weekday or weekend said just before, or the one after it (`anaphora._one`). People also
drop the "one" ("the next", at the end of a clause) or the article ("next one"), and say
"this coming one" / "this one coming". These rules make the same back-reference; "the
next" and "next one" lean only on a weekday, a set of one weekday or a weekend (never on
a date or "today": "is the 9th free? if not the next" is no week on).

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import WD, Atom, Options, rule
from slotwise.extractor.grounding.symbolic import DaySpec, Sym

# The end of a clause, or a word that starts no time of its own ("the next please")
_CLAUSE_END = (
    r"(?=\s*(?:[.,!?;:)—–]|-\s|$)|\s+(?:please|pls|instead|then|if|would|could|works|suits?|"
    r"is|maybe|ideally|preferably|with|same|at|or|and|but|so|though|tho)\b)"
)


@rule(
    "next_one",
    r"(?P<this>this\s+coming\s+one|this\s+one\s+coming)"
    rf"|(?<!\bthe\s)(?P<next_one>next\s+one)(?!\s+(?:of|is|was|for|more|day|week|time)\b)"
    rf"|the\s+next{_CLAUSE_END}",
)
def _next_one(m: re.Match[str], o: Options) -> Atom:
    """ "not this coming one": the coming one; "the next", "next one": the one after."""
    notes = {"ref": "one", "which": "this" if m.group("this") else "next"}
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes=notes)


# "the Saturday after this one", "the Friday after this coming one", "the sunday after
# this": the weekday a week after the coming one (A49: "Can Kai come the Saturday after
# this one? we're away this weekend", "from the Saturday after this one"); the weekday is
# said in the words, so nothing said before is leaned on.
@rule(
    "weekday_after_this_one",
    rf"the\s+(?P<wd>{WD})\s+after\s+(?:this|the)\s+(?:coming\s+)?one(?:\s+coming)?"
    rf"|the\s+(?P<wd2>{WD})\s+after\s+this{_CLAUSE_END}",
)
def _weekday_after_this_one(m: re.Match[str], o: Options) -> Sym:
    wd = lx.weekday_index(m.group("wd") or m.group("wd2"))
    return Sym(day=DaySpec("shift", 7, base=DaySpec("wd", wd, "this")))
