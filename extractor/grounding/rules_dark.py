"""Dark as the edge of a bound: "I don't drive after dark", "home before dark", "not
out past dark".

"Dark" is dusk said plainly (`lexicon.PARTS_OF_DAY["dusk"]`, the part of the day
"sunset" names): after a bound word ("after", "before", "past", "until", "till", "by")
it is that part of the day, so the bound cue before it makes "after dark" "after
sunset". "Dark" anywhere else stays no time ("a dark room", "in the dark", "dark
roast").

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# The bound words that make "dark" the edge of a wish ("after dark").
_BOUND_BEFORE = re.compile(r"\b(?:after|before|past|until|till|til|by|b4)\s+$", re.I)


@rule("dark", r"dark\b(?!\s*(?:room|roast|glasses|colou?r|green|blue|red|grey|gray|hair))")
def _dark(m: re.Match[str], o: Options) -> Sym | None:
    """ "after dark", "before dark": dusk, the edge of the bound said before it."""
    if not _BOUND_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    return Sym(tod=TodSpec("pod", pod="dusk"))
