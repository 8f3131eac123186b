"""A time said of each option offered before it, each option a provider and a day.

"Lena on Wednesday or Noor on Thursday, after 2 either way", "Can I get Irena on 1/16?
Or Marcus on 1/15 if she's booked. Afternoon either way.", "Either Morag on Thursday or
Ravi on Friday, whichever's earliest. Afternoon.": the days are offered as either, each
with its own provider, and the time after them is said of each day, not of the last one
only. Words say so: "either way", "in both cases", "either day", "for both" next to the
time, or "whichever ..." (the options closed as choices) between the last day and the
time. `ground_symbolic`'s `_list_of_days` then reads the list across a gap that names
the second day's provider (" or Noor on ", "? Or Marcus on ", " or Mr Wong on "), which
without such words could be the second option's own time ("Lena on Wednesday or Noor
on Thursday after 2": Noor's).

Not said of each: a time with no such words, one said before "whichever" ("or Noor on
Thursday after 2, whichever"), or "either way" a sentence away from it ("Afternoon.
Either way I'll bring the form").
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.lexicon import FALLBACK

# Words saying the time holds whichever option is taken, right after the time.
_EACH = (
    r"(?:either\s+way|in\s+(?:both|either|each)\s+cases?|either\s+day|both\s+days|"
    r"on\s+both\s+days|for\s+both|for\s+either)"
)
_AFTER = re.compile(rf"[\s,;:—–-]*{_EACH}\b", re.I)
# Between the last day and the time: "whichever is earlier, ", "either way, ", "In both
# cases it has to be ", with nothing after those words but punctuation or a few verbs.
_BETWEEN = re.compile(
    rf"\b(?:{_EACH}|whichever\b[^.!?\n]{{0,40}}?)[\s,.;:!?—–-]*"
    r"(?:(?:it|we|i)\s+(?:must|has\s+to|have\s+to|needs\s+to|should|would)\s+(?:be\s+)?)?$",
    re.I,
)
# Between two days offered as either, the second said with its provider: " or Noor on ",
# "? Or Marcus on ", " or Mr Wong on ", "; failing that, Lena for ", with the first day's
# own provider maybe said after it (" with crew A, or ").
_NAMED_OPTION_GAP = re.compile(
    r"(?:\s+(?:with|w/?)\s+[\w'’.]+(?:\s+[\w'’.]+)?)?\s*[,.;:?!—–-]*\s*"
    rf"(?:(?:or|{FALLBACK})[\s,]+)+"
    r"(?:[A-Za-z][\w'’.]*\s+){1,3}(?:(?:on|for)\s+)?",
    re.I,
)


def said_of_each(text: str, last_day_end: int, start: int, end: int) -> bool:
    """Whether the time at `[start, end)` of `text`, said after a day ending at
    `last_day_end`, is said of each option offered: "either way", "in both cases" right
    after it, or "whichever ..." / "either way" between the day and it."""
    if last_day_end > start:
        return False
    return bool(_AFTER.match(text, end) or _BETWEEN.search(text[last_day_end:start]))


def named_option_gap(gap: str) -> bool:
    """True when `gap`, the words between two days, offers the second with its provider
    as the first's alternative: " or Noor on ", "? Or Marcus on "."""
    return len(gap) <= 40 and _NAMED_OPTION_GAP.fullmatch(gap) is not None
