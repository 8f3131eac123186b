"""Coordination: which adjacent mentions a list joins ("Thursday or Friday", "Dr. Smith
or Dr. Patel"). A grounding fact, computed once from the words between two spans, and
carried on each candidate as `coordinated`; nothing downstream reads the text again."""

from __future__ import annotations

import re

# What may stand between two items of one list: "or", "/", ",", "and", "and/or", ...
JOINER = re.compile(r"^\s*(?:,\s*)?(?:or|/|,|and|and/or|or maybe|or else|either)\s*$", re.I)


def coordinated(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """True when only a list joiner stands between the spans `left` and `right`."""
    return left[1] <= right[0] and bool(JOINER.match(text[left[1] : right[0]]))
