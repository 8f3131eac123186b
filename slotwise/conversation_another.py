"""Named rules beside `slotwise.conversation`: another booking after one was made.

| rule              | what a turn says                              | what it does                     |
| ----------------- | --------------------------------------------- | -------------------------------- |
| `another_booking` | "and can he get another next Saturday as      | a new item: the goal stays a     |
|                   | well", "could we also get the measuring team  | booking (a shift to a new one),  |
|                   | out too" after a slot was picked               | not a move of the one booked     |
| `start_over`      | (the same turn)                               | the earlier booking's wishes     |
|                   |                                               | give way; exclusions (what the   |
|                   |                                               | customer cannot do) still hold   |

One word table, as the picks' ordinals are: the words that add an item to the one made
("another", "also", "as well", a clause that ends in "too"). The rest is the session's
state: a slot was picked, and the reader reads the turn as a wish to book.
"""

from __future__ import annotations

import re

from slotwise.schemas import Constraint

# "another", "also", "as well"; "too" only where it ends a clause ("the measuring team
# out too, maybe"), not "too early", "too short notice"
_ANOTHER = re.compile(r"\b(?:another|also|as\s+well)\b|\btoo\b(?=\s*(?:[,.!?;:]|$))", re.I)


def another_booking(intent: str, booked: bool, asks: bool, message: str) -> bool:
    """After a slot was picked (`booked`), a turn the reader reads as a wish to book,
    that asks for something (`asks`: a time or a provider) and says it adds an item
    ("and can he get another next Saturday as well", "ALSO can we do the vault friday at
    4:30", "could we also book her first therapy session next week"): a second booking,
    not a move of the first. A move says so ("also can u push it to tmrw at 2 instead"
    is read as a move) and stays one."""
    return intent == "book" and booked and asks and _ANOTHER.search(message) is not None


def start_over(held: list[Constraint], new: list[Constraint]) -> list[bool]:
    """For each of `held`, whether it still holds once a second booking starts: the
    earlier booking's wishes (days, times, providers, an order) give way to the new
    item's; an exclusion says what the customer cannot do and holds for this item too
    ("he works mornings"); a wish the new turn says again stays in its first words
    ("with Ms. Martin", then "also book her first therapy session with Ms. Martin")."""

    def again(old: Constraint) -> bool:
        return any(
            (old.resources and set(old.resources) & set(c.resources) and not c.intervals)
            or (bool(_words(old)) and _words(old) == _words(c))
            for c in new
        )

    return [old.kind == "exclude" or again(old) for old in held]


def _words(c: Constraint) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (c.text or "").lower()).strip()
