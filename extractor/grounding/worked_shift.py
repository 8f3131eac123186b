"""A part of the day someone works: "I work nights", "my fiancée works nights", "he's on
nights", "she's working evenings".

Said this way the part of the day is the writer's own shift, a reason, not the half of
the day they ask for: "I work nights so a late morning would be ideal, 11 or so" is
11:00 and "works nights, so no earlier than 11" from 11:00, not 23:00. A bare hour said
after it does not take its half (`ground._half_of`); the mention itself stays as read.
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding.symbolic import SymbolicMention

# The words right before the part of the day that make it a shift: "work", "works",
# "working", "I'm on", "he's on" (not "do": "do evenings work? after 7" asks for them).
_WORKED_BEFORE = re.compile(
    r"\b(?:work(?:s|ing)?|(?:i['’]?m|i\s+am|(?:he|she)['’]s|(?:he|she)\s+is|(?:we|they)['’]re|"
    r"(?:we|they)\s+are)\s+on)\s+(?:the\s+)?$",
    re.I,
)


def worked_shift(text: str, sm: SymbolicMention) -> bool:
    """True when `sm` is a plural part of the day said as someone's shift ("I work
    nights", "she's on evenings")."""
    s = sm.sym
    if s.recur is None or s.tod is None or s.tod.kind != "pod" or s.negated or s.bound:
        return False
    if s.day is not None or s.span is not None:
        return False
    return _WORKED_BEFORE.search(text, max(0, sm.start - 24), sm.start) is not None
