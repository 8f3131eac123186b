"""A negation said before the first item of a list reaches the bounds after "or".

"I can't come before 10 or after 2", "nothing before 9:30 or after 5", "not earlier than
8 or later than 4", "can't do Tuesday or Wednesday after 3": English reads the negation
over every item of the "or" list, so the bound after "or" is ruled out too. A bound
folds its own negation into its direction ("not before 10" is "after 10"), which leaves
`coordination.share_negation` (days, sets and times, never bounds) with nothing to
share; this step marks each later bound of such a list `negated`: its interval stays
the one it names ("after 2"), and the negation is the fact that rules it out.

Only a bare "or" / "nor" joins the items here: "not before 10, or after 2 if that is
easier" offers a choice, and an item with a negation of its own ("nothing before 10 or
nothing after 4") keeps it. Called by `ground_symbolic` after `share_negation`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.lexicon_cues import NEGATION_OPENERS
from slotwise.extractor.grounding.symbolic import Sym, SymbolicMention

_NEGATED_START = re.compile(rf"(?:{NEGATION_OPENERS})\b", re.I)
_OR_GAP = re.compile(r"\s+(?:or|nor)\s+", re.I)


def said_negated(text: str, m: SymbolicMention) -> bool:
    """The mention's own words open with a negation ("not before 10", "can't do mon")."""
    return _NEGATED_START.match(text, m.start) is not None


def _a_length(s: Sym) -> bool:
    """A length or an offset from now ("2 hours", "in 3 days"), no item of a list."""
    return s.is_length or s.rel_minutes is not None


def _negated_head(text: str, m: SymbolicMention) -> bool:
    """A mention whose negation reaches a list: a negated day or set, or a bound said
    with a negation ("not before 10")."""
    s = m.sym
    if _a_length(s) or s.is_empty:
        return False
    return s.negated or (bool(s.bound) and said_negated(text, m))


def _bound_item(text: str, m: SymbolicMention) -> bool:
    """A bound with no negation of its own ("after 2", "Wednesday after 3", "later than 4")."""
    s = m.sym
    return bool(s.bound) and not s.negated and not _a_length(s) and not said_negated(text, m)


def share_negated_bound(text: str, mentions: list[SymbolicMention]) -> list[SymbolicMention]:
    """Each bound joined by "or" / "nor" to a negated item before it is negated too."""
    out = list(mentions)
    for i in range(len(out) - 1):
        if not _negated_head(text, out[i]):
            continue  # a bound marked here heads the rest of its list
        j = i + 1
        if not _OR_GAP.fullmatch(text, out[i].end, out[j].start):
            continue
        if _bound_item(text, out[j]):
            out[j] = replace(out[j], sym=replace(out[j].sym, negated=True))
    return out
