"""A visit placed against another booking: "then Leo right after Ava", "and Mia after
Leo please", "could his sister Ruby get a checkup right before him?", "on the same day
as Margaret's", "Y Tomás después de su hermana", "el mismo día justo después de la de él".

In a conversation, a second booking is often said as a place next to one made before:
right after it, before it, on its day. These are words about how two bookings relate,
not times: grounding reads no time in "after Ava". The words give the fact (`PlacedAgainst`:
the relation, whether the visit is to touch the other, the words that name the other
booking and their sort), and the session, which keeps the bookings made and their slots
(`slotwise.conversation_which`), makes the wish from it (`slotwise.conversation_placed`).

| relation    | said                                                      | named by          |
| ----------- | --------------------------------------------------------- | ----------------- |
| `after`     | "right after Ava", "after hers", "straight after me",     | a person, a thing |
|             | "después de su hermana", "justo después de la de él",     | or nothing        |
|             | "right behind her", "directly following mine", "back to   |                   |
|             | back with him"                                            |                   |
| `before`    | "right before him", "antes de Lucía"                      | (the latest)      |
| `same_day`  | "on the same day as Margaret's", "el mismo día que él"    |                   |
| `same_time` | "at the same time as her", "a la misma hora que mi hija"  |                   |

What names the other booking: a person (a name said with a capital, a pronoun: "her",
"him", "mine", "la de él", whatever follows it, but not "her" or "his" before a noun they
own, "after his exams"; a family word: "his sister", "su hermana", "my daughter"; `named_sort`
"person"), a thing ("the trial", "la limpieza", a name said with a capital: "the GP",
"the Venza": `named_sort` "thing", which
names a booking only when a booking was asked for in those words), or nothing said
("can I add a brow tint straight after?", "and unit B right after that one": the booking
made last; `named` None).

Not a placing (near misses): a time or an event after "after"/"before" ("after 3",
"right after work", "before lunch", "después de las 3", "before Christmas": grounding
reads them, or they name no booking), a weekday or month ("after Monday"), and "same
day" or "same time" said alone (grounding reads those from the slot booked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from slotwise.extractor.grounding import lexicon as lx

Relation = Literal["after", "before", "same_day", "same_time"]
NamedSort = Literal["person", "thing"]

# Words that make the visit touch the other one ("right after", "justo después").
_RIGHT = r"(?:right|straight|directly|immediately|just|justo|inmediatamente|enseguida)"

# Who, in English: a family word after a possessive, a pronoun, a name said with a
# capital (and its "'s"); a thing: "the trial", "my cut". The family words and pronouns
# are grounding's lexicon of people.
_FAMILY_EN = lx.alternation([*lx.RELATIVES_EN, *lx.RELATIVES_MANY_EN])
# a pronoun names a person where it ends the words ("after his?"), not before a noun
# it owns ("after his exams", "before her IEP meeting"); not a subject form ("after she
# finishes")
_OBJECT_PRONOUNS = [*(w for w in lx.PRONOUNS if w not in lx.SUBJECT_PRONOUNS), *lx.PRONOUNS_MANY]
# ... only "her" and "his" own nouns: "right after mine ok?", "right after him, she's 3"
_OWNING = ("her", "his")
_PRONOUN_EN = (
    rf"(?:(?:{lx.alternation(w for w in _OBJECT_PRONOUNS if w not in _OWNING)})(?![\w'’])"
    rf"|(?:{lx.alternation(_OWNING)})"
    r"(?=\s*(?:$|[^\w\s]|(?:please|pls|plz|porfa|por\s+favor|ok|okay|if|too|so|and|with|w|on|"
    r"at|then|but|tho|though|as|in|for|same|doesn't|x+)\b)))"
)
# Who, in Spanish: "su hermana", "mi hijo", "la de él", "la mía", "él", "ella".
_FAMILY_ES = lx.alternation([*lx.RELATIVES_ES, *lx.RELATIVES_MANY_ES])
_PRONOUN_ES = lx.alternation(lx.PRONOUNS_ES)
_OWN_ES = (
    r"(?:la|el|lo)\s+(?:de\s+(?:"
    + _PRONOUN_ES
    + r"|[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)|m[ií][oa]|suy[oa]|tuy[oa])"
)

# Words after "the" that name no booking: an order ("the one after the first one", "one
# after the other"), a stretch of time ("after the holidays", "before the new year").
_NOT_THINGS = frozenset(
    [
        "first",
        "second",
        "third",
        "other",
        "one",
        "next",
        "last",
        "same",
        "new",
        "big",
        "whole",
        "rest",
        "day",
        "week",
        "weekend",
        "holidays",
        "hols",
        "break",
    ]
)
# An amount of time before the words: "a week after the scan" is a week after, not
# right after; "una semana después de la cirugía".
_AMOUNT_BEFORE = re.compile(
    r"\b(?:an?|one|two|three|four|few|couple\s+of|\d+|una?|dos|tres)\s+(?:days?|weeks?|"
    r"fortnight|months?|hours?|hrs?|mins?|minutes?|semanas?|d[ií]as?|mes(?:es)?|horas?)\s*$",
    re.IGNORECASE,
)

# Capitalised words that are times, not people: the day and month names of grounding's
# lexicon (English, Spanish and the others it reads) and a few named times.
_NOT_NAMES = frozenset(
    [w for names in (*lx.WEEKDAYS, *lx.MONTHS, *lx.FOREIGN_MONTHS.values()) for w in names]
    + ["mayo"]
    + ["christmas", "easter", "xmas", "navidad", "noon", "midday", "lunch", "i"]
)

_KIN = re.compile(
    rf"\b(?:{_FAMILY_EN}|{_FAMILY_ES}|{_PRONOUN_EN}|{_PRONOUN_ES})(?:'s|\u2019s)?$", re.IGNORECASE
)
_PERSON = (
    rf"(?:(?i:(?:(?:my|his|her|their|our|your|the)\s+(?:own\s+)?)?(?:{_FAMILY_EN})(?:'s|\u2019s)?"
    rf"|(?:su|mi|tu|nuestr[oa])s?\s+(?:{_FAMILY_ES})|(?:{_PRONOUN_EN})|(?:{_PRONOUN_ES}))"
    rf"|{_OWN_ES}"
    r"|[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+(?:'s|\u2019s)?)"
)
# ... or a name said with a capital, as people name a car or a clinic's service ("right
# after the Venza", "straight after the GP")
_THING = (
    r"(?:(?:(?i:the|my|his|her|our|la|el|mi|su)\s+(?!(?:\d|las\b|la\s+\d|una\b|un\b))"
    r"[a-záéíóúñ]{3,}|(?i:the)\s+[A-Z][A-Za-z]+)"
    r"(?:\s+(?:consult|cleaning|appointment|appt|session|one|trial))?)"
)

# the words for after ("right behind her", "directly following mine", "back to back wit
# him": touching) and before
_AFTER = frozenset({"after", "después", "despues", "behind", "following"})
_BACK_TO_BACK = r"back[\s-]to[\s-]back\s+(?:with|wit|w)"
_AFTER_BEFORE = re.compile(
    rf"(?P<right>\b(?i:{_RIGHT})\s+)?\b"
    rf"(?P<rel>(?i:after|before|despu[eé]s|antes|behind|following|{_BACK_TO_BACK}))\b"
    rf"(?:\s+(?i:de(?:l)?|que)\b)?\s+(?P<who>{_PERSON}|{_THING})(?![\w:])",
)
# "straight after" with nothing named: the booking made last; at a clause's end or
# before "as well", "too", "with", "w", "if"
_BARE = re.compile(
    rf"\b{_RIGHT}\s+(?P<rel>after|before|despu[eé]s|antes)\b"
    # ... or the booking pointed at: "right after that one", "straight after this one"
    r"(?:\s+(?:that|this)\s+one\b)?"
    r"(?=\s*(?:$|[,.;:!?)\U0001F300-\U0001FAFF]|as\s+well|too|w\b|with|con|if|si|pls|please|por\s+favor))",
    re.IGNORECASE,
)
_SAME = re.compile(
    rf"\b(?i:(?:on\s+)?(?:the\s+)?same\s+(?P<en>day|time)\s+as"
    rf"|(?:el\s+)?mismo\s+d[ií]a\s+que|(?:a\s+)?la\s+misma\s+hora\s+que)\s+(?P<who>{_PERSON}|{_THING})"
    r"(?![\w:])",
)


@dataclass(frozen=True)
class PlacedAgainst:
    """Words that place this visit against another booking of the conversation."""

    relation: Relation
    right: bool
    """The visit touches the other ("right after", "justo después"), not only follows it."""
    text: str
    span: tuple[int, int]
    named: str | None
    """The words that name the other booking ("Ava", "his sister", "the trial"); None
    when nothing names it (the booking made last)."""
    named_sort: NamedSort | None
    """ "person" (a name, pronoun or family word) or "thing" ("the trial", "la limpieza"),
    which names a booking only when one was asked for in those words."""
    named_span: tuple[int, int] | None = None


def _sort(who: str) -> NamedSort | None:
    """A person or a thing; None when the words are a time ("Monday", "las 3")."""
    words = [w.lower().replace("\u2019", "'").removesuffix("'s") for w in who.split()]
    if any(w in _NOT_NAMES for w in words):
        return None
    if _KIN.search(who) or re.fullmatch(_OWN_ES, who, re.IGNORECASE):
        return "person"
    if len(words) == 1 and who[:1].isupper():
        return "person"  # a name: "Ava", "Margaret's"
    return None if words[-1] in _NOT_THINGS else "thing"


def placed_against(message: str) -> list[PlacedAgainst]:
    """Every placing of `message` against another booking, in the order said."""
    found: list[PlacedAgainst] = []

    def add(fact: PlacedAgainst) -> None:
        if not any(f.span[0] < fact.span[1] and fact.span[0] < f.span[1] for f in found):
            found.append(fact)

    for m in _SAME.finditer(message):
        relation: Relation = (
            "same_time" if (m.group("en") == "time" or "hora" in m.group()) else "same_day"
        )
        sort = _sort(m.group("who"))
        if sort is not None:
            add(
                PlacedAgainst(
                    relation, False, m.group(), m.span(), m.group("who"), sort, m.span("who")
                )
            )
    for m in _AFTER_BEFORE.finditer(message):
        rel = m.group("rel").lower()
        sort = _sort(m.group("who"))
        if sort is None or _AMOUNT_BEFORE.search(message[: m.start()]):
            continue
        back_to_back = rel.startswith("back")
        relation = "after" if rel in _AFTER or back_to_back else "before"
        add(
            PlacedAgainst(
                relation,
                bool(m.group("right")) or back_to_back,
                m.group(),
                m.span(),
                m.group("who"),
                sort,
                m.span("who"),
            )
        )
    for m in _BARE.finditer(message):
        rel = m.group("rel").lower()
        relation = "after" if rel in {"after", "después", "despues"} else "before"
        add(PlacedAgainst(relation, True, m.group(), m.span(), None, None))
    return sorted(found, key=lambda f: f.span[0])
