"""Named rules beside `slotwise.conversation`: another booking after one was made.

| rule              | what a turn says                              | what it does                     |
| ----------------- | --------------------------------------------- | -------------------------------- |
| `another_booking` | "and can he get another next Saturday as      | a new item: the goal stays a     |
|                   | well", "could we also get the measuring team  | booking (a shift to a new one),  |
|                   | out too" after a slot was picked               | not a move of the one booked     |
| `start_over`      | (the same turn)                               | the earlier booking's wishes,    |
|                   |                                               | exclusions too, give way; what   |
|                   |                                               | the turn says again stays        |

One word table, as the picks' ordinals are: the words that add an item to the one made
("another", "also", "as well", a clause that ends in "too"; "también", "además"). The
rest is the session's state: a slot was picked, and the reader reads the turn as a wish
to book.
"""

from __future__ import annotations

import re

from slotwise.conversation_rules import leaves_provider_open
from slotwise.conversation_sorts import sort_of
from slotwise.extractor.resource_same import SAME_RULE
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
    earlier booking's wishes (days, times, providers, an order) and what the customer
    said they cannot do for it ("he works mornings", "not with the hygienist") give way to
    the new item's (the writers' guide: `holds` is the new booking's wishes; 89 of 91
    such exclusions on the training conversations stop holding: "she finishes school at
    3:45", then "his sister also wants chinese, same day right after him"); a wish the
    new turn says again stays in its first words ("with Ms. Martin", then "also book her
    first therapy session with Ms. Martin"): the same providers named the same way, not
    some of them nor a service in other words ("the hygienist", then "also a cleaning,
    if Ola has time": Ola alone, also when she is the only hygienist; "guitar", then "and
    drums for my bro", one teacher giving both), or the same words; "with the same stylist" (`resource.same`) is
    the new item's own wish, not the first booking's provider said again."""

    def again(old: Constraint) -> bool:
        return any(
            (
                old.resources
                and set(old.resources) == set(c.resources)
                # a service said in other words is another service, though the same
                # people give it ("guitar", then "and drums for my bro": Lachlan teaches both)
                and (_named(old) == _named(c) or old.rule == c.rule != "resource.role")
                and not c.intervals
                and c.rule != SAME_RULE  # "with the same stylist": the new item's own words
                # "Anyone available?" says no provider again; it says "whoever" again
                and (not leaves_provider_open(c) or leaves_provider_open(old))
            )
            or (bool(_words(old)) and _words(old) == _words(c))
            for c in new
        )

    return [bool(again(old)) for old in held]


def _words(c: Constraint) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (c.text or "").lower()).strip()


def _named(c: Constraint) -> str:
    """The words that name a provider or service, less a leading article or "with" ("the
    hygienist", "a hygienist", "with the hygienist": "hygienist")."""
    return re.sub(r"^(?:(?:the|a|an|my|our|with|w)\s+)+", "", _words(c))
