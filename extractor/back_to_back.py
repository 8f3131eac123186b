"""Visits booked one after the other: "my husband and myself, one after the other", "3
slots in a row", "Family of 3, back to back", "me + 2 kids (8 and 11), back to back".

Said with no length, the booking is that many visits end to end, so it runs that many
times the usual visit; "30 min each" runs that many times 30 minutes. Writers who state
the whole ("2 kids back to back so 1 hr total", "about an hour all up") keep their
length: `visits_in_a_row` is asked only when no length is stated, or when the length
stated is "each".

How many: a number said of the visits or the people ("3 slots", "4 of us", "family of
3", "the whole family (4)", "for 2", "two adults"), else the people listed ("me and my
bf" 2, "my two grandchildren and I" 3, "myself, my husband and my mother" 3), else
"both of us" or "twins" (2; "both" alone may be two days or two jabs). Only where words say the visits follow each other
(`IN_A_ROW`): "4 people" alone is a table for four, and two kids "at the same time"
are two visits side by side.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.lexicon_numbers import NUMBER_WORDS

# Words that say the visits follow each other.
IN_A_ROW = re.compile(
    r"\b(?:one\s+after\s+(?:the\s+)?(?:other|another)|back[\s-]+to[\s-]+back|in\s+a\s+row|"
    r"consecutive(?:ly)?|(?:straight\s+)?after\s+each\s+other|(?:slots?|appointments?|appts?)"
    r"\s+together|together\s+(?:slots?|appointments?))\b",
    re.IGNORECASE,
)
_N = r"(\d{1,2}|" + "|".join(w for w in NUMBER_WORDS if w.isalpha()) + r")"
# A number said of the visits or of the people booked.
_COUNTED = re.compile(
    rf"\b{_N}\s+(?:back[\s-]+to[\s-]+back\s+)?(?:slots|appointments|appts|sessions|visits|"
    rf"bookings|spots|people|ppl|persons|adults|pax)\b"
    rf"|\b(?:all\s+|the\s+)?{_N}\s+of\s+us\b"
    rf"|\bfamily\s+(?:of\s+|\(\s*){_N}\b"
    rf"|\b(?:booking|book|jabs?|fever|vaccinations?)\s+for\s+{_N}\b(?!\s*(?:min|hour|hr|pm|am|:|\.))",
    re.IGNORECASE,
)
# The speaker in a list of people: "me and my bf", "my daughter and I", "myself, my
# husband and my mother", "me + 2 kids".
_SELF = re.compile(
    r"\b(?:me|myself)\b(?=\s*(?:,|&|\+|and\b|n\b))|(?<=\band\s)(?:I|me|myself)\b|"
    r"(?<=&\s)(?:I|me|myself)\b",
)
# One other person, several, or two (grounding's lexicon of people): "my bf", "my 2
# kids", "my parents".
_ONE_OTHER = lx.alternation(lx.RELATIVES)
_MANY_OTHERS = lx.alternation(w for w, n in lx.RELATIVES_MANY.items() if not n)
_PAIR = lx.alternation(w for w, n in lx.RELATIVES_MANY.items() if n == 2)
_OTHERS = re.compile(
    rf"\b(?:my|our)\s+(?:(?P<one>{_ONE_OTHER})|{_N}\s+(?:{_MANY_OTHERS})|(?P<pair>{_PAIR}))\b"
    rf"|(?<=\+\s){_N}\s+(?:{_MANY_OTHERS})\b|(?<=\+){_N}\s+(?:{_MANY_OTHERS})\b",
    re.IGNORECASE,
)
# Two people said as two ("both" alone may be two days or two jabs: "both days").
_TWO = re.compile(r"\b(?:both\s+of\s+us|twins|the\s+two\s+of\s+us|us\s+both)\b", re.IGNORECASE)
# A count of visits, not of people: "3 sessions", "2 slots".
_OF_VISITS = re.compile(
    r"\b(?:slots|appointments|appts|sessions|visits|bookings|spots)\b", re.IGNORECASE
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)


def visits_in_a_row(message: str) -> int | None:
    """How many visits `message` books one after the other, or None (not said, or one)."""
    if not IN_A_ROW.search(message):
        return None
    return visits_counted(message)


def visits_counted(message: str, people_only: bool = False) -> int | None:
    """How many visits or people `message` counts (2 to 12), or None: "3 slots", "for 2
    ppl", "me and my friend", "both of us", "twins". `people_only`: not a count of
    visits ("3 sessions at the same time each week" is no three people)."""
    counted = [
        _number(next(g for g in m.groups() if g))
        for m in _COUNTED.finditer(message)
        if not (people_only and _OF_VISITS.search(m.group(0)))
    ]
    n = max((c for c in counted if 2 <= c <= 12), default=0)
    if not n:
        people = 1 if _SELF.search(message) else 0
        for m in _OTHERS.finditer(message):
            if m.group("one"):
                people += 1
            elif m.group("pair"):
                people += 2
            else:
                people += _number(next(g for g in m.groups() if g))
        n = people if 2 <= people <= 12 else 0
    if not n and _TWO.search(message):
        n = 2
    return n or None
