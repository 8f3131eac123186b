"""'From then on' as a bound on a day said before: "school's out from the 18th, so
anything from then on", "I'm 12 weeks on the 20th so any day from then", "due back on
the 3rd, any day from that is ok", "from that day onwards".

"From" before a back-reference is the open start that "from the 18th" is ("from" is the
`between` cue with an inclusive "after"), so the words take the day said before them
and read from that day on, that day included. The reference is found only right after
"from", and "on" / "onwards" after it are part of the words. With no day said before,
the words are set aside as every unresolved back-reference is.

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Atom, Options, rule
from slotwise.extractor.grounding.compose_range import moving

# "from" said right before the reference ("from then", "starting from that"); not
# "apart from that", "aside from that", "far from that" (no time)
_FROM_BEFORE = re.compile(
    r"(?<![\w])(?<!apart\s)(?<!aside\s)(?<!away\s)(?<!far\s)from\s+$", re.IGNORECASE
)
# What may follow the words: the end of a clause or a word that starts no noun of its
# own ("from then is fine", "from that is ok"), so "from that list" stays words
_THEN_END = (
    r"(?=\s*(?:[.,!?;:)—–]|-\s|$)|\s+(?:is|are|works?|would|will|should|suits?|please|pls|"
    r"ideally|preferably|and|but|if|any|anything|anytime|i|i['’]m|im|we|we['’]re|fine|good|ok|"
    r"okay|mornings?|afternoons?|evenings?|really|too|though|tho)\b)"
)


@rule(
    "from_then",
    r"(?:then|that(?:\s+(?:day|date|point))?)(?:\s+on(?:wards?)?\b|\s+onwards?\b)?" + _THEN_END,
)
def _from_then(m: re.Match[str], o: Options) -> Atom | None:
    """ "anything from then on", "from that day onwards": from the day said before."""
    said = _FROM_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    if said is None or moving(m.string, said.start()):
        return None  # "move it from then to 4": "from" names the old time
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes={"ref": "point"})
