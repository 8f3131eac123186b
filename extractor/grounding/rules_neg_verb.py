"""A negation kept apart from the bound it rules out by a verb, its object or a subject.

"do not book before 2", "cant leave site before 3", "I won't be home till 4:45", "don't
put me in after 4", "no way I can make it before 9", "not able to come before noon": the
negation reaches the bound across the words between them, as "can't do before 2" (one
phrase of `lexicon_cues.NEG_PREFIX`) does, and turns it (after 2, after 3, from 4:45,
before 4, from 9, from noon). The rule reads the negation and the words after it as one
`neg` cue, ended right before a bound word said of an hour (`compose.apply_cues` folds
it into the bound).

Not when the words between say the negation is of something else: "I don't mind before
2", "can't wait till 3", "don't have to leave till 5", "not long after 3", "I don't think
before 2 is a problem"; nor across a clause break, a time word ("can't do mornings before
10" reads the morning's own bound), before one of two hours ("don't get to bed till 3 or
4am"), a condition ("if you can't fit me in before 3") or a
question ("can't you do it before 3?").

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import HOURW, WD, WD_PLURAL, Atom, Options, rule

# The negation, said with its verb: "don't", "do not", "won't", "can't", "cannot",
# "couldn't", "not able to", "unable to", "no way", "never", "not".
_NEG = (
    r"(?:do\s*n[o'’]?t|does\s*n[o'’]?t|won[’']?t|will\s+not|can[’']?t|can\s*not|could\s*n[o'’]?t"
    r"|(?:not\s+able|unable)\s+to|no\s+way|never|not)"
)
# Words that say the negation is of something else than the bound, or end its reach:
# a stance ("don't mind", "can't wait", "don't think"), a need that leaves the time
# before free ("don't have to leave till 5"), a degree ("not long after 3"), a joiner
# that starts another clause, a time word with its own reading.
_STOP = (
    r"(?:if|whether|mind|care|wait|worry|matter|matters|know|sure|think|reckon|guess|believe"
    r"|suppose|fussed|bothered|picky|fussy|problem|issue|have|has|had|need|needs|got|gotta"
    r"|must|long|much|far|too|quite|right|straight|immediately|directly|even|exactly"
    r"|necessarily|only|and|or|but|so|because|cause|cos|coz|as|then|nor|either|you|u|ya|ye"
    r"|any\s*day|days?|mornings?|afternoons?|evenings?|nights?|tonight|today|tomorrow|tmrw"
    r"|tmr|weeks?|weekends?|weekdays?|lunch|lunchtime|noon|midday|any"
    # a bound word of its own ("not available till after 5": "after 5" is the wish) or
    # an hour ("doesnt come til ten past ten")
    r"|before|after|till|until|untill|til|past|by|earlier|later|half|quarter|"
    + HOURW
    + "|"
    + WD_PLURAL
    + "|"
    + WD
    + r")"
)
_GAP_WORD = rf"(?!{_STOP}\b)[a-z]+(?:['’][a-z]+)?"
# The bound said of an hour that follows: "before 2", "till 4:45", "after noon", "past
# half 6", "later than 5"
_BOUND_NEXT = (
    r"(?=\s+(?:before|after|till|until|untill|til|past|earlier\s+than|later\s+than)\s+"
    rf"(?:\d|noon\b|midday\b|half\b|quarter\b|{HOURW}\b))"
)
_IF_BEFORE = re.compile(r"\b(?:if|unless|whether|when)\b[^,.;:!?\n]{0,30}$", re.I)
_CLAUSE_ASKED = re.compile(r"[^,.;!\n]*\?")
# The hour is one of two said ("don't get to bed till 3 or 4am"): the pair is read whole
_OR_HOUR_NEXT = re.compile(r"\s+\S+\s+[\w:.]+\s+or\s+\d")


@rule("neg_prefix", rf"{_NEG}(?:\s+{_GAP_WORD}){{1,4}}{_BOUND_NEXT}")
def _neg_verb(m: re.Match[str], o: Options) -> Atom | None:
    """ "do not book" before "before 2": a negation cue over the words up to the bound."""
    if _IF_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    if _CLAUSE_ASKED.match(m.string, m.end()):
        return None
    if _OR_HOUR_NEXT.match(m.string, m.end()):
        return None
    return Atom(m.start(), m.end(), None, [], cue="neg", cue_text=m.group(0))
