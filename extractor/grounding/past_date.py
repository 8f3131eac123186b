"""A day of the month said of a visit gone by does not lend its week to a weekday after it.

"Dwayne was here on the 12th and said the part would come in about a week ... I can be
home Thursday or Friday", "Rosa came the 8th and said call if it happens again. Could
she come back Thursday": the date is the last visit, already past (grounding reads a
date as never past, so "the 12th" is next month's), and the weekday after it is the
nearest of its name, not one in that (misread) date's week. The date is said in the past
when a past-tense verb of coming or seeing stands just before it in its clause ("was
here on", "came", "came in on", "visited on", "saw us on", "were out on").

"I'm off on the 12th. Thursday?" and "was hoping for the 12th" (hoping: the wish) keep
the week; "had" is left out ("had it booked for the 12th, can we move it to Thursday"
may name a booking ahead).
"""

from __future__ import annotations

import re

_PAST_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:here|in|out|over|round|around|by|last\s+here)\b[\w\s,']{0,12}$"
    r"|\b(?:came|come\s+by|visited|saw|went|dropped\s+by|popped\s+in|called\s+out)"
    r"(?:\s+(?:in|out|over|round|by|us|you|me|him|her|them|here))?\s*(?:on\s+)?(?:the\s+)?$",
    re.I,
)


def said_as_past(text: str, start: int) -> bool:
    """True when the date mention starting at `start` follows a past-tense verb of a
    visit ("was here on the 12th", "came the 8th")."""
    before = text[max(0, start - 40) : start]
    return bool(_PAST_BEFORE.search(before))
