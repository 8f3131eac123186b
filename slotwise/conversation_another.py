"""Named rules beside `slotwise.conversation`: another booking after one was made.

| rule              | what a turn says                              | what it does                     |
| ----------------- | --------------------------------------------- | -------------------------------- |
| `another_booking` | "and can he get another next Saturday as      | a new item: the goal stays a     |
|                   | well", "could we also get the measuring team  | booking (a shift to a new one),  |
|                   | out too" after a slot was picked               | not a move of the one booked     |
| `start_over`      | (the same turn)                               | the earlier booking's wishes,    |
|                   |                                               | exclusions too, give way; what   |
|                   |                                               | the turn says again holds in its |
|                   |                                               | new words                        |

One word table, as the picks' ordinals are: the words that add an item to the one made
("another", "also", "as well", a clause that ends in "too"; "también", "además"). The
rest is the session's state: a slot was picked, and the reader reads the turn as a wish
to book.
"""

from __future__ import annotations

import re

from slotwise.conversation_sorts import sort_of
from slotwise.schemas import Constraint

# "another", "also", "as well"; "too" only where it ends a clause ("the measuring team
# out too, maybe"; also before a "please" or an aside: "my daughter's blue one too please,",
# "my girlfriend's too (the blue gazelle)"), not "too early", "too short notice"; in
# Spanish "también", "además" ("y mi esposo needs a filling, también ese día"), in Dutch
# "ook" ("en die van mijn dochter ook graag"), German "auch", French "aussi", Portuguese
# "também", Italian "anche", Polish "też", "także", "również"
_ANOTHER = re.compile(
    r"\b(?:another|also|as\s+well|tambi[eé]n|adem[aá]s|ook|auch|aussi|tamb[eé]m|anche"
    r"|te[zż]|tak[zż]e|r[oó]wnie[zż])\b"
    r"|\btoo\b(?=\s*(?:(?:please|pls|plz|thanks|thx|if\s+(?:possible|poss|you\s+can))\b)?"
    r"\s*(?:[,.!?;:(]|$))",
    re.I,
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
    "my husband's Camry needs new tyres. Could that go in on Friday afternoon?"), or that
    asks for the day or time of the slot booked again and nothing more (`_back_to_booked`:
    "oh and my husbands truck needs brakes looked at, same day if u can"). A move
    the reader is sure of is read as one ("can we move it to Thursday"), and a turn that
    changes only the provider, the time of day or the length ("can it be with niamh?",
    "anything up to 11 works", "make it 2 hours") refines the booking made."""
    return (
        intent == "book"
        and sure
        and booked
        and any(
            (c.kind == "require" and c.strength == "hard" and sort_of(c) == "day")
            or _back_to_booked(c)
            for c in wishes
        )
    )


# grounding's rules that point back at the slot booked: "same day", "same time", "that
# morning", "mismo día", "same din"
_BACK_TO_BOOKED = frozenset({"same_day", "same_time", "same_part_of_day"})


def _back_to_booked(c: Constraint) -> bool:
    """`c` is the day or time of the slot booked said again, and nothing more ("same day
    if u can", "same time din sana", "el mismo sábado": not "friday same time"), firm or
    not: of the booking made it would say nothing new, so it is said for another item
    ("oh and my husbands truck needs brakes looked at, same day if u can")."""
    parts = (c.rule or "").split("+")
    return c.kind in {"require", "prefer"} and set(parts) <= _BACK_TO_BOOKED


def start_over(held: list[Constraint]) -> list[bool]:
    """For each of `held`, whether it still holds once a second booking starts: none
    does. The earlier booking's wishes (days, times, providers, an order) and what the
    customer said they cannot do for it ("he works mornings", "not with the hygienist")
    give way to the new item's (the writers' guide: `holds` is the new booking's wishes;
    89 of 91 such exclusions on the training conversations stop holding: "she finishes
    school at 3:45", then "his sister also wants chinese, same day right after him"); a
    wish the new turn says again holds in the new turn's words ("w keisha", then "my
    sister too, also keisha"; "w/ Kate", then "Pixie next, also with Kate": the writers
    hold the new words, every time they differ), and "with the same stylist"
    (`resource.same`) is the new item's own wish."""
    return [False for _ in held]
