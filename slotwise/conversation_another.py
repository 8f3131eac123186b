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
("another", "also", "as well", a clause that ends in "too"; "también", "además"). The
rest is the session's state: a slot was picked, and the reader reads the turn as a wish
to book.
"""

from __future__ import annotations

import re

from slotwise.conversation_rules import leaves_provider_open
from slotwise.conversation_sorts import overlap, sort_of
from slotwise.extractor.resource_same import SAME_RULE
from slotwise.schemas import Constraint

# "another", "also", "as well"; "too" only where it ends a clause ("the measuring team
# out too, maybe"), not "too early", "too short notice"; in Spanish "también", "además"
# ("y mi esposo needs a filling, también ese día")
_ANOTHER = re.compile(
    r"\b(?:another|also|as\s+well|tambi[eé]n|adem[aá]s)\b|\btoo\b(?=\s*(?:[,.!?;:]|$))", re.I
)


def another_booking(intent: str, booked: bool, asks: bool, message: str) -> bool:
    """After a slot was picked (`booked`), a turn the reader reads as a wish to book,
    that asks for something (`asks`: a time or a provider) and says it adds an item
    ("and can he get another next Saturday as well", "ALSO can we do the vault friday at
    4:30", "could we also book her first therapy session next week"): a second booking,
    not a move of the first. A move says so ("also can u push it to tmrw at 2 instead"
    is read as a move) and stays one, also one the reader is not quite sure of ("also
    can we push it back an hour?")."""
    return intent == "book" and booked and asks and _ANOTHER.search(message) is not None


def new_item(intent: str, sure: bool, booked: bool, wishes: list[Constraint]) -> bool:
    """After a slot was picked (`booked`), a turn the reader surely reads as a wish to
    book, not to move (`sure`), that firmly asks for days of its own: another booking,
    said without "another" or "also" ("and the missus' rav needs tyres, tues 9th any
    time after 3"; "And hers, the Yaris, the same day but a bit later, perhaps 11?";
    "my husband's Camry needs new tyres. Could that go in on Friday afternoon?"). A move
    the reader is sure of is read as one ("can we move it to Thursday"), and a turn that
    changes only the provider, the time of day or the length ("can it be with niamh?",
    "anything up to 11 works", "make it 2 hours") refines the booking made."""
    return (
        intent == "book"
        and sure
        and booked
        and any(
            c.kind == "require" and c.strength == "hard" and sort_of(c) == "day" for c in wishes
        )
    )


def start_over(held: list[Constraint], new: list[Constraint]) -> list[bool]:
    """For each of `held`, whether it still holds once a second booking starts: the
    earlier booking's wishes (days, times, providers, an order) give way to the new
    item's; an exclusion says what the customer cannot do and holds for this item too
    ("he works mornings", then "another next Saturday"), unless it rules out none of the
    times the new item asks for: then it was said of the first booking ("except Monday"
    of next week, then "Van 22 also needs brake pads. Thursday the 11th"; "Today doesn't
    work", then "Car 9 also needs tyres. Same day as car 7"); a wish the new turn says
    again stays in its first words ("with Ms. Martin", then "also book her first therapy
    session with Ms. Martin"); "with the same stylist" (`resource.same`) is the new
    item's own wish, not the first booking's provider said again."""
    times = [c for c in new if c.intervals and c.kind != "exclude"]

    def still(old: Constraint) -> bool:
        return not (old.intervals and times) or any(overlap(old, c) for c in times)

    def again(old: Constraint) -> bool:
        return any(
            (
                old.resources
                and set(old.resources) & set(c.resources)
                and not c.intervals
                and c.rule != SAME_RULE  # "with the same stylist": the new item's own words
                # "Anyone available?" says no provider again; it says "whoever" again
                and (not leaves_provider_open(c) or leaves_provider_open(old))
            )
            or (bool(_words(old)) and _words(old) == _words(c))
            for c in new
        )

    return [(old.kind == "exclude" and still(old)) or again(old) for old in held]


def _words(c: Constraint) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (c.text or "").lower()).strip()
