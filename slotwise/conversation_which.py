"""Which of several bookings a cancel names: "cancel the nails, keep the brows".

A conversation may make more than one booking ("gel nails Thu or Fri", a pick, then
"and can I get my brows done same day"). The session keeps them as items, in order:
the turn that asked for each and the wishes it held (`Item`). A cancel that names one
of them ("cancel the nails", "cancel hers", "cancel the one for my daughter", "cancel
the sunday lesson", "cancel the consult, keep the delivery") means that one, not the
latest; `named_item` finds it. Once a slot is picked for an item, the item keeps it
(`Item.slot`), and a later booking may be placed against it ("then Leo right after
Ava": `slotwise.conversation_placed`).

| what the cancel says                     | what it is matched against                    |
| ---------------------------------------- | --------------------------------------------- |
| a thing ("the nails", "the kayak")       | the words of the turn that asked for the item |
|                                          | (also in another form: clean / cleaning)      |
| a person ("hers", "mine", "his", "my     | whom the item is for: "for me", "I need";     |
|   daughter's")                           | "my daughter", "her husband"; "she'd like"    |
| a day ("the wednesday one")              | the days the item asked for                   |
| a place ("that first one", "the later")  | the order the items were asked for in         |
| "keep the X" / "X can stay"              | the same, pointing away from X                |

The words are tables: the verbs that cancel and whom a pronoun or a family word names
come from grounding's lexicon (`CANCEL_WORDS`, `DROP_WORDS`, `PRONOUNS`, `RELATIVES`);
the verbs that keep, the ordinals and the words too common to tell items apart ("the",
"please", "appointment": every booking is one) are here. A thing said in a reason
("she's got a field trip, cancel hers") is not read: only what follows the verb that
cancels in its clause, and the clauses that keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slotwise.conversation_items import same_word
from slotwise.conversation_revise import Held
from slotwise.conversation_sorts import overlap, sort_of
from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.lexicon_people import HE, ME, SHE, SOMEONE
from slotwise.schemas import Constraint


@dataclass(frozen=True)
class Item:
    """One booking of the conversation: the turn that asked for it, that turn's
    message, and the wishes it held (the booking being made: what holds now)."""

    turn: int
    message: str
    wishes: list[Held]
    slot: tuple[datetime, datetime] | None = None
    """The slot picked for it (start, end), once one was."""
    picked: str = ""
    """The message of the turn that picked its slot ("ok let's start w Ava, the 7am")."""
    resource: str | None = None
    """The provider of the slot picked for it, once one was."""

    @property
    def said(self) -> str:
        """The words of the turns that asked for it and picked its slot."""
        return f"{self.message}\n{self.picked}".strip()


# a clause ends at a stop, a comma, a dash between words or "but" / "though"
_CLAUSES = re.compile(r"[,.;:!?\n()]+|\s[-\u2013\u2014]+\s|\b(?:but|though|tho)\b", re.I)
_CANCELS = re.compile(r"\b(?:" + "|".join((*lx.CANCEL_WORDS, *lx.DROP_WORDS)) + r")\b", re.I)
# the booking an ordinal names, by its place among them ("cancel that first 1", "cancel
# the earlier meeting", "cancel that second one", "the later item")
_ORDINALS = {
    **dict.fromkeys(("first", "1st", "earlier", "earliest", "former"), 0),
    **dict.fromkeys(("second", "2nd"), 1),
    **dict.fromkeys(("third", "3rd"), 2),
    **dict.fromkeys(("last", "latest", "later", "latter"), -1),
}
_ORDINAL = re.compile(r"\b(?:" + "|".join(_ORDINALS) + r")\b", re.I)
_KEEPS = re.compile(r"\b(?:keep|keeping|stays?|remains?|still\s+on)\b", re.I)

# whom a pronoun or a family word names ("cancel hers", "mine can stay", "my daughter",
# "her husband", "the missus", "the kids"): grounding's lexicon of people
_PRONOUNS = lx.PRONOUNS
_FAMILY = lx.RELATIVES | dict.fromkeys(lx.RELATIVES_MANY, SOMEONE)
# Relatives that are also words of address ("cancel that mate", "thanks bro", "cheers
# girls"): someone only after a word that makes them someone's ("my mate's", "for his bro")
_ADDRESS = frozenset({"mate", "mates", "bro", "sis", "girls", "boys", "girl", "boy", "baby"})
_OWNER_BEFORE = re.compile(r"\b(?:my|his|her|our|their|your|for|the|a)\s+$")
# an item for the one writing: "for me", "for myself", "me too", "I need", "I'd like"
_FOR_ME = re.compile(
    r"\b(?:for\s+(?:me|myself)|me\s+too|me\s+as\s+well|mine|i\s+(?:want|need|would\s+like)|"
    r"i['\u2019]d\s+like|i['\u2019]m\s+after)\b",
    re.I,
)
_FAMILY_SAID = re.compile(r"\b(?:my|our|his|her|their|the)\s+(?P<who>[^\W\d_]+)", re.I)
_SHE_HE = re.compile(rf"\b(?P<who>{lx.alternation(lx.SUBJECT_PRONOUNS)})\b", re.I)
_I = re.compile(r"\b(?:i|me|my)\b", re.I)

# words that name no item of several: function words, politeness, and the nouns every
# booking is ("the appointment", "that one", "the booking")
_COMMON = frozenset(
    re.findall(
        r"\S+",
        """the and for with that this those these one ones its it's his her hers him she
        mine myself your you our ours their them they was were are can could would will
        please pls plz thanks thank sorry actually just now then too also well all any
        appointment appointments appt appts booking bookings session sessions slot slots
        visit visits thing things reservation time times day days other first second
        wait hmm ugh want need like get got have has had don't dont not but""",
    )
)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _COMMON]


def whom(message: str) -> str:
    """Whom the request in `message` is for: the one writing ("for me", "I need"), else
    the family member it names ("my daughter", "her husband"), else the person a
    pronoun names ("She'd like a consultation"), else the one writing when they say
    "I" at all, else someone not named by a word here ("need Ava in for a cleaning")."""
    if _FOR_ME.search(message):
        return ME
    for said in _FAMILY_SAID.finditer(message):
        if said.group("who").lower() in _FAMILY:
            return _FAMILY[said.group("who").lower()]
    pronoun = _SHE_HE.search(message)
    if pronoun:
        return _PRONOUNS[pronoun.group("who").lower()]
    return ME if _I.search(message) else SOMEONE


def whom_named(text: str) -> str | None:
    """Whom words name ("hers", "mine", "my daughter's": a cancel; "his sister", "after
    hers": a booking placed against another), if anyone."""
    low = text.lower().replace("\u2019", "'")
    for m in re.finditer(r"\b(?:my\s+own|[^\W\d_]+)\b", low):
        w = m.group().removesuffix("'s")
        if w in _ADDRESS and not _OWNER_BEFORE.search(low, 0, m.start()):
            continue  # "cancel that mate", "cheers bro": the customer's word for us
        if w in _FAMILY:
            return _FAMILY[w]
        if w in _PRONOUNS:
            return _PRONOUNS[w]
    return None


def _parts(message: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(what the cancel points at, what it keeps), as spans of `message`: the words after
    each verb that cancels, in its clause; and the clauses that keep ("keep his", "mine
    can stay")."""
    toward: list[tuple[int, int]] = []
    away: list[tuple[int, int]] = []
    a = 0
    for stop in [*_CLAUSES.finditer(message), None]:
        b = stop.start() if stop else len(message)
        clause = message[a:b]
        if clause.strip():
            cut = _CANCELS.search(clause)
            if _KEEPS.search(clause):
                away.append((a, b))
            elif cut:
                toward.append((a + cut.end(), b))
        a = stop.end() if stop else b
    return toward, away


def _score(
    message: str,
    said: list[tuple[int, int]],
    item: Item,
    common: set[str],
    mentioned: list[Constraint],
) -> float:
    """How much of `said` (spans of the cancelling `message`) names `item`: its words
    not shared by every item (`common`), whom it is for, and its days."""
    words = [w for w in _words(item.message) if w not in common]
    points = 0.0
    for a, b in said:
        text = message[a:b]
        points += sum(any(same_word(w, v) for v in words) for w in set(_words(text)))
        who = whom_named(text)
        if who is not None:
            for_whom = whom(item.message)
            if who == for_whom:
                points += 1
            elif who in {SHE, HE} and for_whom == SOMEONE:
                points += 0.5  # "hers" of "need Ava in"
        days = [c for c in mentioned if c.span is not None and a <= c.span[0] < b]
        wishes = [h.constraint for h in item.wishes if h.constraint.kind != "exclude"]
        if any(overlap(w, c) and sort_of(w) == sort_of(c) for w in wishes for c in days):
            points += 1
    return points


def named_item(message: str, items: list[Item], mentioned: list[Constraint]) -> int | None:
    """The index among `items` (two or more bookings, first first) of the one the
    cancelling `message` names, or None when it names none, or several alike ("cancel
    that": the session's other rules say which). `mentioned`: the times the turn says
    (a day matches the item that asked for it); an ordinal names an item by its place
    ("cancel that first 1", "the earlier meeting"). The item the cancel points at most
    wins, and among equals the one it does not keep ("cancel that tour, keep Freddie's
    one" when both were asked for in one turn); a cancel that only keeps ("keep hers")
    means the one item it does not keep."""
    if len(items) < 2:
        return None
    toward, away = _parts(message)
    said = [set(_words(it.message)) for it in items]
    common = set.intersection(*said)
    days = [c for c in mentioned if c.intervals and c.kind != "exclude"]
    scores = [
        [_score(message, toward, it, common, days), -_score(message, away, it, common, days)]
        for it in items
    ]
    for a, b in toward:
        m = _ORDINAL.search(message, a, b)
        if m is not None and _ORDINALS[m.group().lower()] < len(items):
            scores[_ORDINALS[m.group().lower()]][0] += 2
    best = max(scores)
    points = best[0] > 0 or (best[1] == 0 and any(s[1] < 0 for s in scores))
    return scores.index(best) if points and scores.count(best) == 1 else None


# -- the session's items, kept in its state as ``{"turn": k, "wishes": [...] | None}``
# (None: the booking being made, whose wishes are what holds)


def open_item(state: dict[str, Any], turn: int) -> list[dict[str, Any]]:
    """The session's items once a booking asked for in `turn` starts: the one being made
    before it, if never booked, is replaced (it was not made); one booked stays."""
    items = [dict(it) for it in state.get("items", [])]
    if items and items[-1]["wishes"] is None:
        if state.get("booked"):
            items[-1]["wishes"] = []
        else:
            items.pop()
    return [*items, {"turn": turn, "wishes": None}]


def close_item(state: dict[str, Any], wishes: list[Held]) -> list[dict[str, Any]]:
    """The session's items once another booking starts after a pick: the one made keeps
    the wishes it held (`wishes`), which a cancel may still name ("cancel the Tuesday
    one")."""
    items = [dict(it) for it in state.get("items", [])]
    if not items and state.get("booking_turn"):
        items = [{"turn": state["booking_turn"], "wishes": None}]
    if items:
        items[-1]["wishes"] = [h.to_json() for h in wishes]
    return items


def booked_items(
    state: dict[str, Any], turns: list[dict[str, Any]], held: list[Held]
) -> list[Item]:
    """The session's items as `Item`s (`turns`: the session record's turns, for the
    message of each), the booking being made holding `held`."""
    return [
        Item(
            it["turn"],
            turns[it["turn"] - 1]["message"],
            held if it["wishes"] is None else [Held.from_json(h) for h in it["wishes"]],
            (datetime.fromisoformat(it["slot"][0]), datetime.fromisoformat(it["slot"][1]))
            if it.get("slot")
            else None,
            turns[it["picked"] - 1]["message"]
            if it.get("picked", 0) <= len(turns) and it.get("picked")
            else "",
            it.get("resource"),
        )
        for it in state.get("items", [])
        if it["turn"] <= len(turns)
    ]


def picked_slot(
    state: dict[str, Any], turn: int, start: str, end: str, resource: str | None = None
) -> list[dict[str, Any]]:
    """The session's items once `turn` picked the slot (`start`, `end`, with `resource`)
    for the booking being made (kept with it: a later booking may be placed against it,
    "then Leo right after Ava", or ask for its provider, "with the same stylist")."""
    items = [dict(it) for it in state.get("items", [])]
    if not items and state.get("booking_turn"):
        items = [{"turn": state["booking_turn"], "wishes": None}]
    if items:
        items[-1]["slot"] = [start, end]
        items[-1]["picked"] = turn
        items[-1]["resource"] = resource
    return items


def item_of(items: list[Item], turn: int) -> int | None:
    """The index of the item a wish said in `turn` belongs to: the latest asked for
    at or before it."""
    at = [k for k, it in enumerate(items) if it.turn <= turn]
    return at[-1] if at else None
