"""Visits said together: several people at the same time, or one visit right after
another with a different provider, or two providers on the same day.

- `same_start`: "botox with Rivera and my friend with Castillo at the same time",
  "me and my friend ... both at once", "For 2 ppl same time pls", "can we come
  together", "could you put them together after 2", "side by side", "simultaneously".
- `back_to_back`: "at 10 with Castillo and then right after do laser with Rivera",
  "Priya at 4, straight after that with Marites".
- `same_day`: "Ms Brennan for the mare's teeth and Okafor for the calves, same day".

These are words about how the visits relate, not times: grounding gives the fact (its
words, span and relation) and constraint building makes the visits from it with the
reader's labels (`pipeline._visits`): one visit per provider the reader labelled a
hard require, in the order said, else as many visits as the people counted
(`back_to_back.visits_counted`), each with whoever is free.

Not a relation (near misses): "Saturday, same time" and "same time as last week" (a
clock, said of a day), "not the same day" (a wish against it), "same day appointment"
(urgency), "right after work" or "right after 5" (a bound), and "X and Y together" with
no people said ("Haddad and Kim together in same meeting": one meeting with both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

VisitRelation = Literal["same_start", "back_to_back", "same_day"]

# A day or a clock just before "same time": "Saturday, same time", "thurs instead same
# time", "Sat 21 Aug same time" say the time of another slot, not two visits at once.
_DAY_BEFORE = re.compile(
    r"(?:day|\d(?:st|nd|rd|th)?|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|week|instead|"
    r"or|at|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]+ber|[a-z]+ary))\W*$",
    re.IGNORECASE,
)
_SAME_START = re.compile(
    r"\b(?:(?:at\s+)?(?:the\s+)?same\s+time(?!\s+(?:as|on|of|next|this|last|every|each|"
    r"tomorrow|tmrw|mon|tue|wed|thu|fri|sat|sun)\b)(?!\s+\w+day\b)"
    r"|(?:all\s+|both\s+)?at\s+once|simultaneous(?:ly)?|side[\s-]+by[\s-]+side|in\s+parallel"
    r"|(?<=\bwe\s)(?:come|go|be|get|do\s+it|come\s+in|come\s+by|pop\s+in)\s+together"
    r"|\b(?:us|them)\s+(?:in\s+)?together)\b",
    re.IGNORECASE,
)
# "then right after", "straight after that", "immediately afterwards": the next visit
# begins where the last ends. Not before a time or an event ("right after work").
_BACK_TO_BACK = re.compile(
    r"\b(?:right|straight|directly|immediately)\s+(?:afterwards?\b|after(?:\s+that)?"
    r"(?=\s*(?:$|[,.;:!?)]|(?:do|get|have|book|see|go|with|for|and|i|we)\b)))",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+)?same\s+day\b(?!\s+(?:as|appointments?|appts?|service|booking|slot)\b)",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True)
class VisitsSaidTogether:
    """Words that say how several visits relate: the relation, the words and their span."""

    relation: VisitRelation
    text: str
    span: tuple[int, int]

    @property
    def strong(self) -> bool:
        """Said as visits at once ("at the same time", "at once"), not "together", which
        may be one visit for several people ("can we come together w patel")."""
        return "together" not in self.text.lower()


def _first(
    pattern: re.Pattern[str], message: str, relation: VisitRelation
) -> VisitsSaidTogether | None:
    for m in pattern.finditer(message):
        before = message[max(0, m.start() - 24) : m.start()]
        if _NOT_BEFORE.search(before):
            continue  # "can't be the same day", "not at the same time"
        if relation == "same_start" and "same" in m.group(0).lower() and _DAY_BEFORE.search(before):
            continue  # "Saturday, same time": a clock said of another day
        return VisitsSaidTogether(relation, m.group(0), (m.start(), m.end()))
    return None


def visits_together(message: str) -> VisitsSaidTogether | None:
    """The first words of `message` that say its visits go together, or None."""
    found = [
        t
        for t in (
            _first(_SAME_START, message, "same_start"),
            _first(_BACK_TO_BACK, message, "back_to_back"),
            _first(_SAME_DAY, message, "same_day"),
        )
        if t is not None
    ]
    return min(found, key=lambda t: t.span[0], default=None)
