"""A booking placed against another booking of the conversation: its wish is a bound
relative to the slot picked for the other one.

    "can I get Ava in saturday", "the 7am"   -> Ava booked 7:00-7:45
    "then Leo right after Ava"               -> Leo's wish: from 7:45 that Saturday
    "and Mia after Leo please"               -> from the end of Leo's slot

Grounding gives the words (`slotwise.extractor.placed_against`: the relation, whether
the visits touch, the words that name the other booking); the session keeps the
bookings made, each with the slot picked for it (`conversation_which.Item.slot`). Two
steps, each pure:

| step          | needs                                     | gives                              |
| ------------- | ----------------------------------------- | ---------------------------------- |
| `placed_item` | the words that name it, the bookings made | the booking the words name         |
| `placed_wish` | the relation, that booking's slot         | the wish: a hard require, aimed    |
|               |                                           | where the visits touch             |
| `provider_wishes` | "the same stylist" / "the other girl", | that booking's provider / every    |
|               | the booking placed against or made last   | other one                          |

Which booking: nothing named ("can I add a brow tint straight after?"), the one made
last; a person ("Ava", "hers", "his sister", "su hermana", "la de él"), the latest one
whose turns name that person, else the latest one for whom the words name (`whom`),
else the one made last; a thing ("after the trial", "después de la limpieza"), the
latest one asked for in those words, and none when no booking was (then the words
place nothing: "right after my shift" is a time of the customer's day, not a booking).

The wish, on the day of that booking's slot (in the business's zone):

| relation    | window                                   | aimed, when the visits touch     |
| ----------- | ---------------------------------------- | -------------------------------- |
| `after`     | from the slot's end to the day's end     | starting at its end              |
| `before`    | from the day's start to the slot's start | ending at its start              |
| `same_day`  | the whole day                            |                                  |
| `same_time` | starting at the slot's start             |                                  |
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from slotwise.conversation_items import same_word
from slotwise.conversation_which import HE, ME, SHE, Item, whom, whom_named
from slotwise.extractor.placed_against import PlacedAgainst
from slotwise.extractor.resource_same import OTHER_RULE, SAME_RULE
from slotwise.schemas import Constraint, Span

# whom a Spanish word names ("su hermana", "la de él", "la mía")
_SPANISH = {
    **dict.fromkeys(("ella", "hermana", "hija", "mamá", "mama", "madre", "esposa", "mujer",
                     "abuela", "tía", "tia", "prima", "sobrina", "novia", "amiga", "nieta",
                     "niña"), SHE),
    **dict.fromkeys(("él", "hermano", "hijo", "papá", "papa", "padre", "esposo", "marido",
                     "abuelo", "tío", "tio", "primo", "sobrino", "novio", "amigo", "nieto",
                     "niño"), HE),
    **dict.fromkeys(("mí", "mi", "mía", "mia", "mío", "mio"), ME),
}  # fmt: skip
_ARTICLES = frozenset(
    [
        "the",
        "my",
        "his",
        "her",
        "our",
        "their",
        "your",
        "la",
        "el",
        "lo",
        "mi",
        "su",
        "tu",
        "de",
        "del",
    ]
)
RULE = "placed"
# a visit of someone's, named by its kind ("her lesson", "my appointment", "his cleaning")
_VISITS = (
    "lesson", "lessons", "appointment", "appt", "session", "class", "visit", "checkup",
    "check-up", "check", "cleaning", "clean", "consult", "consultation", "treatment", "exam",
    "cut", "haircut", "groom", "fitting", "service", "booking", "slot", "private",
)  # fmt: skip
_VISIT_OWNED = re.compile(
    rf"(?P<who>my|his|her|our|their)\s+(?:{'|'.join(_VISITS)})", re.IGNORECASE
)


def _who(named: str) -> str | None:
    """Whom the words name: ME, SHE, HE, or None (a name, a thing)."""
    words = re.findall(r"[^\W\d_]+", named.lower())
    for w in reversed(words):
        if w in _SPANISH and not (w == "mi" and len(words) > 1):
            return _SPANISH[w]
    return whom_named(named)


def placed_item(fact: PlacedAgainst, items: list[Item]) -> Item | None:
    """The booking made in the conversation (`items` with a slot picked) that `fact`'s
    words name, or None."""
    booked = [it for it in items if it.slot is not None]
    if not booked:
        return None
    if fact.named is None:
        return booked[-1]
    if fact.named_sort == "thing":
        # ("the GP": a short name, said in capitals, is a word too)
        said = [w for w in re.findall(r"[^\W\d_]{2,}", fact.named.lower()) if w not in _ARTICLES]
        asked = [
            it
            for it in booked
            if any(same_word(w, v) for w in said for v in re.findall(r"[^\W\d_]+", it.said.lower()))
        ]
        if asked:
            return asked[-1]
        # "right before her lesson", "straight after my appointment": the visit of the
        # person the words own, when no booking was asked for in those words; not "right
        # after my shift", a time of the customer's day
        owner = _VISIT_OWNED.fullmatch(fact.named.strip())
        who = whom_named(owner.group("who")) if owner else None
        ours = [it for it in booked if whom(it.said) == who] if who else []
        return ours[-1] if ours else None
    name = fact.named.replace("\u2019", "'").removesuffix("'s")
    who = _who(fact.named)
    if who is None:  # a name: the latest booking whose turns say it
        by_name = [it for it in booked if re.search(rf"\b{re.escape(name)}\b", it.said)]
        return by_name[-1] if by_name else booked[-1]
    for_whom = [it for it in booked if whom(it.said) == who]
    return for_whom[-1] if for_whom else booked[-1]


def placed_wish(
    fact: PlacedAgainst, slot: tuple[datetime, datetime], tz: ZoneInfo, minutes: int, cid: str
) -> Constraint:
    """The wish `fact` says against a booking picked for `slot` (start, end): a hard
    require on that slot's day, aimed (`targets`) where the visits touch when they are
    to. `minutes`: the visit's length; `cid`: the id to give."""
    start, end = (t.astimezone(tz) for t in slot)
    day = datetime.combine(start.date(), datetime.min.time(), tzinfo=tz)
    length = timedelta(minutes=minutes)
    windows: dict[str, tuple[datetime, datetime, datetime | None]] = {
        "after": (end, day + timedelta(days=1), end),
        "before": (day, start, start - length),
        "same_day": (day, day + timedelta(days=1), None),
        "same_time": (start, start + length, None),
    }
    a, b, beside = windows[fact.relation]
    return Constraint(
        id=cid,
        text=fact.text,
        span=fact.span,
        kind="require",
        strength="hard",
        intervals=[Span(start=a, end=b)],
        targets=[beside] if fact.right and beside is not None else [],
        rule=f"{RULE}.{fact.relation}",
    )


def placed_wishes(
    facts: list[PlacedAgainst], items: list[Item], tz: ZoneInfo, minutes: int
) -> list[Constraint]:
    """The wishes a turn's placings (`facts`) say against the bookings made (`items`):
    those whose words name a booking with a slot picked."""
    wishes: list[Constraint] = []
    for k, fact in enumerate(facts, 1):
        item = placed_item(fact, items)
        if item is not None and item.slot is not None:
            wishes.append(placed_wish(fact, item.slot, tz, minutes, f"placed{k}"))
    return wishes


def besides(own: list[Constraint], placed: list[Constraint]) -> list[Constraint]:
    """The turn's own wishes beside the placed ones: a wish read from the same words
    ("straight after" read from the slot booked's start) gives way to the placed one,
    which knows where the booking it names ends; one that says words of its own before
    them stays ("Afternoon, same day as Gaston ideally": the afternoon of that day)."""

    def meet(c: Constraint) -> bool:
        return c.span is not None and any(
            p.span is not None and p.span[0] <= c.span[0] < p.span[1] for p in placed
        )

    return [c for c in own if not meet(c)] + placed


def provider_wishes(
    own: list[Constraint], facts: list[PlacedAgainst], items: list[Item], every: list[str]
) -> list[Constraint]:
    """The turn's own wishes (`own`) with a provider named by another booking's ("with the
    same stylist", rule `resource.same`; "with the other girl", "whoever isn't doing hers",
    `resource.other`: `extractor/resource_same.py`) narrowed to the provider of that
    booking's slot, or to every other resource of `every`. That booking: the one the
    turn's placing names ("straight after me, with the same stylist"), else the one made
    last. Without a booking whose provider is known, they stay as grounding gave them
    (one of every resource: no slot changes)."""
    if not any(c.rule in (SAME_RULE, OTHER_RULE) for c in own):
        return own
    named = [it for f in facts if (it := placed_item(f, items)) is not None]
    booked = [it for it in items if it.slot is not None and it.resource is not None]
    item = named[0] if named and named[0].resource is not None else booked[-1] if booked else None
    if item is None or item.resource is None:
        return own
    others = [r for r in every if r != item.resource]
    out = []
    for c in own:
        if c.rule == SAME_RULE:
            c = c.model_copy(update={"resources": [item.resource]})
        elif c.rule == OTHER_RULE and others:
            c = c.model_copy(update={"resources": others})
        out.append(c)
    return out
