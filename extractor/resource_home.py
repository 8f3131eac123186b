"""A resource that comes to the customer, named by where the visit is: "home", "at home",
"a home visit", "home sample collection", "come home", "a house call" for "Home collection
team", "Home visits (Dr Rao)", "House call nurse".

A business names such a resource by its first word (`HOME_NAMES`: "Home", "House",
"At-home", "Domiciliary"). Where one resource is so named and another is not (the visit
can be at the business too: "Indiranagar centre"), the customer who wants the visit at
home says where it is, and that names it: "Tuesday 8am home please", "Home.", "at home",
"sample pickup from home", "can you come home on Wednesday", "a home visit". Home said of
the customer's day is no visit: "I need to be home by 1", "get home", "back home", "work
from home", "my home address" (`_NOT_BEFORE`, `_NOT_AFTER`). A business with no such
resource reads none of these words.

`find_home` gives `(text, span, id)` for each, which `resources.py` keeps as mentions with
rule `resource.home`.
"""

from __future__ import annotations

import re

# The first word of the name of a resource that visits the customer.
HOME_NAMES = frozenset(["home", "house", "at-home", "domiciliary", "doorstep"])
# What a home visit is called, after "home": "home visit", "home sample collection".
_VISIT = (
    r"(?:visits?|collections?|calls?|services?|tests?|testing|draws?|pick[\s-]?ups?|"
    r"appointments?|appts?|bookings?|care|sample(?:\s+(?:collection|pick[\s-]?up))?)"
)
# Words before "home" that make it the customer's day or place, not the visit: "be home
# by 1", "get home", "back home", "work from home", "my home address".
_NOT_BEFORE = re.compile(
    r"(?:\b(?:be|being|been|get|gets|got|getting|go|goes|going|went|back|reach|reaches|leave|"
    r"leaving|left|stay|staying|stays|drive|driving|walk|walking|head|heading|am|is|are|was|"
    r"were|i['’]m|we['’]re|he['’]s|she['’]s|my|our|your|their|his|her|nursing|care|funeral|"
    r"work|working|works|(?:work|working|works)\s+(?:from|at))\s+|[\w'’]-)$",
    re.IGNORECASE,
)
_NOT_AFTER = re.compile(
    r"[\w'’-]|\s+(?:by|address|number|phone|made|town|page|screen|office|alone|owner|"
    r"improvement|work|country|team|games?|loan)\b",
    re.IGNORECASE,
)
_SAID = re.compile(
    rf"\b(?:(?:a|the|my|our)\s+)?home\s+{_VISIT}\b|\bhouse[\s-]?calls?\b"
    r"|\b(?:at|from|to)\s+(?:my\s+|our\s+|the\s+)?(?:home|house)\b"
    r"|\bcome\s+(?:to\s+(?:my\s+|our\s+|the\s+)?)?(?:home|house)\b"
    r"|\bhome\b",
    re.IGNORECASE,
)


def _first_word(name: str | None) -> str:
    words = re.findall(r"[\w-]+", (name or "").lower())
    return words[0] if words else ""


def find_home(
    message: str, resources: list[tuple[str, str | None]]
) -> list[tuple[str, tuple[int, int], str]]:
    """(text, span, id) for each place a visit at home is asked for, when one resource of
    the business visits the customer and another does not."""
    home = [rid for rid, name in resources if _first_word(name) in HOME_NAMES]
    if len(home) != 1 or len(resources) < 2:
        return []
    found = []
    for m in _SAID.finditer(message):
        text = m.group(0)
        if text.lower() == "home" or re.fullmatch(r"(?:at|from|to)\s+home", text, re.IGNORECASE):
            at = m.start() + text.lower().rfind("home")
            if _NOT_BEFORE.search(message[max(0, m.start() - 30) : m.start()]):
                continue
            if _NOT_AFTER.match(message, at + 4):
                continue
        found.append((text, m.span(), home[0]))
    return found
