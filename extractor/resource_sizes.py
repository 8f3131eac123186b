"""Rooms asked for by their size: "the big room", "the bigger one", "the small room", "not
the tiny one", "whichever is bigger", "the 12-seater", "bada room" (Hindi), "la sala
grande", "la sala chica".

A business that gives its rooms' sizes in their names ("Study room A (6 seats)", "Room B
(12 people)", "the 20-seat hall") is asked for them by size. A word for big (`BIG`) names
the room that seats the most, a word for small (`SMALL`) the one that seats the fewest,
and "the 12-seater" the room of that size; each only when two resources or more give a
size, and one is the biggest (or smallest) alone. A business that gives no size is not
read: "the big room" says nothing that a name does not.

How many are coming names the rooms that seat them, where some rooms are too small: "for
6 people", "we are 8 ppl", "somos 6", "a group of 7", "Room for 5", "a 5-person
workshop", "para 10 personas" (`_GROUP`) name "Sala Grande (12 people)" beside "Sala
Pequeña (4 people)"; a group every room seats, or none does, names no room.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from slotwise.extractor.grounding.lexicon_numbers import NUMBER_WORDS

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
    "chica",
    "chico",
    "chiquita",
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
# How many are coming: "6 people", "8 ppl", "6 of us", "we are 8", "somos 6", "a group of
# 7", "para 10 personas", "a 5-person workshop".
_COUNT = r"(\d{1,3}|" + "|".join(w for w, v in NUMBER_WORDS.items() if 2 <= v <= 30) + ")"
_GROUP = re.compile(
    rf"\b(?:(?:we\s*(?:are|r|['’]re|['’]ll\s+be|will\s+be))|somos|seremos|vamos\s+a\s+ser|"
    rf"(?:group|party|team)\s+of|(?:room|space|something|somewhere)\s+for)\s+"
    rf"(?:about\s+|around\s+|like\s+|maybe\s+)?{_COUNT}\b(?!\s*(?:pm|am|h|hours?|hrs?|:|\.\d))"
    rf"|\b{_COUNT}\s*(?:-\s*)?(?:people|ppl|persons?|pax|personas|attendees|guests|of\s+us)\b",
    re.IGNORECASE,
)


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
    for m in _GROUP.finditer(message):  # "for 6 people": the rooms that seat them
        said = (m.group(1) or m.group(2)).lower()
        count = int(said) if said.isdigit() else NUMBER_WORDS[said]
        fit = [r for r, s in sizes.items() if s >= count]
        if 0 < len(fit) < len(sizes):
            found += [(m.group(0), m.span(), r) for r in fit]
    for m in re.finditer(r"\b(?:the\s+)?(\d+)[\s-]?seater\b", message, re.IGNORECASE):
        rooms = [r for r, s in sizes.items() if s == int(m.group(1))]
        if len(rooms) == 1:
            found.append((m.group(0), m.span(), rooms[0]))
    return found
