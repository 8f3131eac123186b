"""Rooms asked for by their size: "the big room", "the bigger one", "the small room", "not
the tiny one", "whichever is bigger", "the 12-seater", "bada room" (Hindi), "la sala
grande".

A business that gives its rooms' sizes in their names ("Study room A (6 seats)", "Room B
(12 people)", "the 20-seat hall") is asked for them by size. A word for big (`BIG`) names
the room that seats the most, a word for small (`SMALL`) the one that seats the fewest,
and "the 12-seater" the room of that size; each only when two resources or more give a
size, and one is the biggest (or smallest) alone. A business that gives no size is not
read: "the big room" says nothing that a name does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words for big and small, in English and the languages customers switch to.
BIG = (
    "big",
    "bigger",
    "biggest",
    "large",
    "larger",
    "largest",
    "huge",
    "bada",
    "badaa",
    "bara",
    "grande",
    "grand",
    "gross",
    "große",
    "grosse",
    "großen",
    "grossen",
    "groot",
)
SMALL = (
    "small",
    "smaller",
    "smallest",
    "tiny",
    "little",
    "chhota",
    "chota",
    "chhotaa",
    "petite",
    "petit",
    "pequeña",
    "pequeño",
    "pequena",
    "klein",
    "kleine",
    "kleinen",
)
# A room's size in its name: "(6 seats)", "12 people", "20-seat", "seats 8".
_SEATS = re.compile(
    r"\b(?:(\d+)\s*[- ]?\s*(?:seats?|seater|people|persons|pax|ppl)|seats\s+(\d+))\b",
    re.IGNORECASE,
)
_NOUN = r"(?:room|one|bay|studio|table|space|hall|sala|salle|raum|kamra|wala)"


def _size(name: str | None) -> int | None:
    m = _SEATS.search(name or "")
    return int(m.group(1) or m.group(2)) if m else None


def find_sizes(
    message: str, resources: Iterable[tuple[str, str | None]]
) -> list[tuple[str, tuple[int, int], str]]:
    """(text, span, id) for each room asked for by its size."""
    sizes = {rid: s for rid, name in resources if (s := _size(name)) is not None}
    if len(sizes) < 2:
        return []
    most, fewest = max(sizes.values()), min(sizes.values())
    ends = {
        "big": [r for r, s in sizes.items() if s == most],
        "small": [r for r, s in sizes.items() if s == fewest],
    }
    found: list[tuple[str, tuple[int, int], str]] = []
    for end, words in (("big", BIG), ("small", SMALL)):
        if len(ends[end]) != 1:
            continue
        said = "|".join(words)
        pattern = re.compile(
            rf"\b(?:(?:the|a|la|le|el|das|den|der|die)\s+)?(?:{said})\s+{_NOUN}\b"
            rf"|\b{_NOUN}\s+(?:{said})\b(?!\s+(?:than|enough))"
            rf"|\bwhich(?:ever)?(?:['’]s|\s+is|\s+one\s+is)\s+(?:{said})\b",
            re.IGNORECASE,
        )
        found += [(m.group(0), m.span(), ends[end][0]) for m in pattern.finditer(message)]
    for m in re.finditer(r"\b(?:the\s+)?(\d+)[\s-]?seater\b", message, re.IGNORECASE):
        rooms = [r for r, s in sizes.items() if s == int(m.group(1))]
        if len(rooms) == 1:
            found.append((m.group(0), m.span(), rooms[0]))
    return found
