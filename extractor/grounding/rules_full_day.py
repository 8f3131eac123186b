"""A full day as a length: "we need a full day", "one full day of moving", "a full-day
workshop", "Tomorrow or Wednesday, whole day."

As "half a day" is four hours (`rules_time.duration`), a full day asked for is eight:
the length of a working day, which is what movers, installers and hirers of a room mean
by it (writers who say the hours too say eight: "a full day (8 hours)", "full day, 8
hrs"). "Whole day" and "full day" with no "a" before them are a length only said alone,
after a comma, at the end of a clause ("Tomorrow or Wednesday, whole day.").

Not a length: a day off ("a full day off"), a day someone is busy with ("a full day of
meetings", "a whole day at work", "I've got a full day"), nor "the whole day" ("I'm free
the whole day" is a time of the day, not how long the visit lasts).

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.atoms import Options, rule
from slotwise.extractor.grounding.symbolic import Sym

FULL_DAY_MINUTES = 480

# After the words: the day is one someone is away, or busy with something else.
_BUSY_AFTER = re.compile(
    r"[\s-]*(?:s\b|off\b|at\s+(?:work|the\s+office|school|uni)\b|"
    r"of\s+(?:meetings|work|school|classes|lessons|calls|appointments|exams|travel)\b)",
    re.I,
)
# Before them: someone who has the day already ("I've got a full day", "she has a
# whole day").
_HAD_BEFORE = re.compile(
    r"(?:\b(?:have|has|had|got)|\b(?:i|we|you|they|he|she)['’](?:ve|s)(?:\s+got)?)\s+$",
    re.I,
)


@rule(
    "full_day",
    r"(?:an?|one|1)\s+(?:full|whole|entire)[\s-]+day"
    r"|full-day(?=\s+[a-z])"
    r"|(?<=,\s)(?:full|whole)\s+day(?=\s*(?:[.!?]|$))",
)
def _full_day(m: re.Match[str], o: Options) -> Sym | None:
    """ "need a full day", "a full-day workshop": eight hours."""
    if _BUSY_AFTER.match(m.string, m.end()):
        return None
    if _HAD_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return Sym(duration=FULL_DAY_MINUTES)
