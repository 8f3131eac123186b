"""Bare numbers that the words around them make times (after `intersect`, before the
coordination and correction passes of `compose`).

A bare "9" is weak: it stays a number unless something makes it a time. Here, what
texting does:

- `listed_after_day`   "Monday morning would still work though, 8 or 9", "Monday 11th,
                       ideally 10 or 11?": a list of numbers after a day or a part of
                       the day, across a hedge ("ideally", "like", "say", "maybe").
- `items_after_day`    "thursday. 9. obrien.", "mon 7th, reyes, 1230", "first thing. 7.":
                       a number that is an item of its own in a list of short items
                       after a day or a part of the day.
- `instead_of_clock`   "can we do 11 instead of 10 on wednesday": the number offered
                       in place of an hour.
- `after_same_time`    "Same time as before, 11.", "same time, 3": the number that
                       restates "same time".
- `hedged_after_time`  "Sunday after 3 ..., maybe 4?", "too early for me, better 11":
                       a hedged number ending its clause once a day or time is said.

Each keeps a count a count: "Friday, 2 or 3 of us", "sat, 4 kids" stay numbers (the
atom rules do not read a number before a count noun). The passes only mark an atom
strong; the am/pm choice stays the bare-number logic's (a part of the day lends its
half of the day in `ground`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.atoms import Atom
from slotwise.extractor.grounding.lexicon import COUNT_NOUNS, PARTS_OF_DAY
from slotwise.extractor.grounding.symbolic import Sym

_NUMBER_RULES = ("bare_number", "clock_hhmm")


def weak_number(a: Atom) -> bool:
    """A bare number ("9", "1230") not yet made a time."""
    s = a.sym
    return (
        a.weak
        and a.rules[:1] in (["bare_number"], ["clock_hhmm"])
        and s is not None
        and s.tod is not None
        and s.tod.kind == "clock"
        and not s.has_date
        and not s.bound
        and not s.negated
    )


def _anchor(s: Sym | None) -> bool:
    """A day or a part of the day with no clock: what a number after it narrows."""
    if s is None or s.bound or s.negated or s.is_length or s.recur is not None:
        return False
    if s.tod is not None and s.tod.kind != "pod":
        return False
    return s.has_date or s.tod is not None


# A hedge between a day and its hours: "Monday 11th, ideally 10 or 11", "tomorrow, say
# 2 or 3", "Monday morning would still work though, 8 or 9".
_HEDGE_GAP = re.compile(
    r"\s*(?:(?:please|pls|plz)\s*)?(?:(?:would|will|could|should|can)\s+(?:still\s+)?"
    r"(?:work|do|be\s+(?:good|fine|ok|great))(?:\s+(?:though|tho|too))?\s*)?[,:;—–-]?\s*"
    r"(?:(?:ideally|like|say|maybe|prob|probably|preferably|perhaps|either|around|about|"
    r"at|pref|hopefully|ish)\s+)*",
    re.I,
)
_LIST_NEXT = re.compile(r"\s*(?:,\s*)?(?:or|/)\s*", re.I)


def listed_after_day(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "Monday 11th, ideally 10 or 11?": the first number of a list of numbers right
    after a day or a part of the day is a time; `coordinate_clocks` then reads the rest
    of the list ("or 11") after it."""
    out = list(atoms)
    for i in range(1, len(out) - 1):
        a, b, c = out[i - 1], out[i], out[i + 1]
        if a.weak or not _anchor(a.sym) or not weak_number(b) or not weak_number(c):
            continue
        if not _HEDGE_GAP.fullmatch(text, a.end, b.start):
            continue
        if _LIST_NEXT.fullmatch(text, b.end, c.start):
            out[i] = replace(b, weak=False)
    return out


# An item of a telegraphic list: "thursday. 9. obrien.", "mon 7th, reyes, 1230".
_ITEMS_BETWEEN = re.compile(r"(?:\s*[,.;]\s*[\w'’/&-]+(?:\s+[\w'’/&-]+){0,2})*\s*[,.;]\s*", re.I)
_ITEM_END = re.compile(r"\s*(?:[,.;!?]|$)")
_NUMBERED_LIST = re.compile(r"(?:^|\s)1\s*[.)]\s.*\s2\s*[.)](?:\s|$)", re.S)


def items_after_day(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "thursday. 9. obrien.", "mon 7th, reyes, 1230", "tmrw morning. first thing. 7.":
    a number that is a list item of its own (between commas or full stops, nothing else
    in the item), after a day or a part of the day and short items only, is a time. After
    a part of the day it must lie in that part ("morning. 7." yes, "evening. 2." no)."""
    out = list(atoms)
    if _NUMBERED_LIST.search(text):
        return out  # "Monday. 1. bring ID 2. arrive early": the items are numbered
    for i in range(1, len(out)):
        b = out[i]
        if not weak_number(b) or not _ITEM_END.match(text, b.end):
            continue
        a = out[i - 1]
        if a.weak or not _anchor(a.sym) or not _ITEMS_BETWEEN.fullmatch(text, a.end, b.start):
            continue
        assert a.sym is not None and b.sym is not None
        if a.sym.tod is not None and not _in_part(b.sym, a.sym.tod.pod):
            continue
        out[i] = replace(b, weak=False)
    return out


def _in_part(b: Sym, pod: str) -> bool:
    """The hour of `b`, in the part of the day's half, falls in that part."""
    lo, hi, half = PARTS_OF_DAY.get(pod, ("00:00", "24:00", ""))
    assert b.tod is not None
    h = b.tod.h
    if not b.tod.h24 and half == "pm" and h < 12:
        h += 12
    return int(lo[:2]) <= h < int(hi[:2]) or (hi == "24:00" and h >= int(lo[:2]))


# "do 11 instead of 10": a number offered in place of another hour. The verb before it
# keeps counts out ("we'll be 5 instead of 4" stays a count).
_INSTEAD_BEFORE = re.compile(r"(?<![\w])(?:do|at|@|try|say)\s+$", re.I)
_INSTEAD_OF = re.compile(
    r"\s+instead\s+of\s+(?:at\s+)?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?"
    r"(?![\w:.]\w|\s+(?:" + "|".join(COUNT_NOUNS) + r")\b)",
    re.I,
)


def instead_of_clock(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "can we do 11 instead of 10 on wednesday", "at 3 instead of 2pm": a number said
    in place of an hour is a time."""
    out = list(atoms)
    for i, b in enumerate(out):
        if not weak_number(b) or not _INSTEAD_BEFORE.search(text, max(0, b.start - 12), b.start):
            continue
        if _INSTEAD_OF.match(text, b.end):
            out[i] = replace(b, weak=False)
    return out


_SAME_TIME_BEFORE = re.compile(
    r"(?<![\w])same\s+time\s*(?:as\s+(?:before|last\s+time|usual|always|now|then)\s*)?"
    r"(?:[,:(—–-]|which\s+(?:was|is))\s*(?:(?:so|i\.?e\.?|ie|at|like)\s+)?$",
    re.I,
)
_RESTATED_END = re.compile(r"\s*(?:[.!?,;)]|$)")


def after_same_time(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "Same time as before, 11.", "same time (3)", "same time which was 3": the number
    that restates "same time" is that time."""
    out = list(atoms)
    for i, b in enumerate(out):
        if not weak_number(b) or not _RESTATED_END.match(text, b.end):
            continue
        if _SAME_TIME_BEFORE.search(text, max(0, b.start - 40), b.start):
            out[i] = replace(b, weak=False)
    return out


_HEDGED_BEFORE = re.compile(
    r"(?<![\w'’])(?:maybe|ideally|preferably|perhaps|probably|prob|better|pref)\s+"
    r"(?:(?:like|from|around|about|at)\s+)?$",
    re.I,
)
_HEDGED_END = re.compile(
    r"\s*(?:[.!?,;…)]|$|(?:is|would\s+be|['’]s)\s+(?:best|better|ideal|good|fine|great|perfect)\b"
    r"|or\s+\d|ish\b)",
    re.I,
)
_COUNT_SAID = re.compile(
    r"\b(?:table|party|group|booking|reservation)\s+(?:for|of)\b|\d\s*(?:"
    + "|".join(re.escape(w) for w in COUNT_NOUNS)
    + r")\b",
    re.I,
)


def _said_time_before(
    text: str, atoms: list[Atom], end: re.Pattern[str], before: re.Pattern[str], reach: int
) -> list[Atom]:
    """A bare number that `end` matches right after and `before` matches within `reach`
    characters before, once a day or a time is said before it, is a time; never where
    the message counts people."""
    out = list(atoms)
    for i, b in enumerate(out):
        if not weak_number(b) or not end.match(text, b.end):
            continue
        if not before.search(text, max(0, b.start - reach), b.start):
            continue
        said = any(
            not a.weak and a.sym is not None and (a.sym.has_date or a.sym.tod is not None)
            for a in out[:i]
        )
        if said and not _COUNT_SAID.search(text):
            out[i] = replace(b, weak=False)
    return out


def hedged_after_time(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "sometime Sunday after 3 ..., maybe 4?", "Saturday the 27th. ... so maybe from
    11?", "at 9 am... too early for me, better 11", "ideally monday, ideally 4.": a bare
    number after a hedge, ending its clause, once a day or a time is said before it, is a
    time; never where the message counts people ("table for 4 ... maybe 5?")."""
    return _said_time_before(text, atoms, _HEDGED_END, _HEDGED_BEFORE, 24)


# A bare number offered as the better time, or the one to fall back on, by the words
# after it, at the start of a clause or after "but" / "or": "anytime before 3 works but 11
# would be best", "It's 10 now, 11 would be better", "2:30 with Priya, or 3 if that's
# taken" (G23).
_PREFERRED_BEFORE = re.compile(
    r"(?:^|[.!?,;:…(—–-]|(?<![\w'’])(?:but|and|or|so|though|tho|then))\s*$", re.I
)
_PREFERRED_END = re.compile(
    r"\s+(?:(?:would\s+be|is|['’]s)\s+(?:best|better|ideal|perfect|preferable)\b"
    r"|if\s+(?:that|it|this|\d{1,2})(?:['’]s|\s+is)\s+(?:(?:already\s+)?(?:taken|gone|booked|full)"
    r"|not\s+(?:free|available|possible)|unavailable)\b)",
    re.I,
)


def preferred_after_time(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "... but 11 would be best", "or 3 if that's taken": a bare number starting its
    clause, offered by the words after it as the better time or the fallback, once a day
    or a time is said before it, is a time; never where the message counts people."""
    return _said_time_before(text, atoms, _PREFERRED_END, _PREFERRED_BEFORE, 12)


def read_numbers(text: str, atoms: list[Atom]) -> list[Atom]:
    """The passes of this module, in order."""
    steps = (listed_after_day, items_after_day, instead_of_clock, after_same_time)
    for step in (*steps, hedged_after_time, preferred_after_time):
        atoms = step(text, atoms)
    return atoms


# Texting's own repairs, beside the interpreter's retraction cues: "at 10 sry i meant
# 2", "thursday 10 no 11", "Sorry, 10 not 9", "first thing means 7". The number must
# end its clause or be set against the old one ("10 not 9").
SLIP = re.compile(
    r"(?<![\w'’])(?:sorry|sry|soz|oops|whoops|i\s+meant|meant|means|meaning|no+|nah|nope)"
    r"(?![\w'’])",
    re.I,
)
SLIP_END = re.compile(
    r"\s*(?:[.!?,;…)]|$|(?:not|instead|with|w/|pls|please|then|is|works?|sorry|sry|no)(?![\w'’]))",
    re.I,
)
# After the number, words that offer it again as good: "but 10 also works", "10 is still
# good", "maybe 7 to be safe".
RESTATED_AFTER = (
    r"|(?:also|still|too)\s+(?:works?|good|fine|ok|okay)\b|works\s+too\b"
    r"|(?:is|['’]s)\s+(?:also|still)\s+(?:good|fine|ok|okay|free|possible)\b|to\s+be\s+safe\b"
)
