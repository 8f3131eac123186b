"""A time of the day said apart from its day, with a hedge or a firmness of its own.

"next Wednesday, in the morning if possible", "saturday, morning if you can", "the 9th,
first thing ideally", "Friday - mornings are best", "tomorrow (9am if poss)", "on the
22nd, morning only": a comma, a spaced dash or a bracket ends the day, and what comes
after it (a part of the day, a clock, a range of hours) carries its own strength, said
after it. The writer is sure of the day and would like the time of the day (or insists
on it): two mentions, the day and the time of the day grounded on it (`modifies` the
day, as "Wed, after 6" is), so the interpreter can make the day firm and the time a
wish. The training writers label it so (the day required, the time preferred) in 41 of
the 49 such cases with a hedge after them (both preferred 4, one span 4); with a
firmness after, the time is required in all 8.

Kept one mention, as before:

- nothing between the day and its time ("Wednesday morning ideally", "thurs 2pm if
  poss"): the hedge is said of the whole wish (writers: one span in 88 of 90);
- a time with no hedge or firmness after it ("the 22nd, morning", "friday, 3pm"): the
  writers give both one strength (102 of 114);
- a bare number ("Monday, 10 ideally"), left to the rules that read numbers by a day;
- a day said back ("that day, in the evening if possible"), whose days only the whole
  mention knows;
- a hedge that begins a clause of its own after a comma ("Thursday, late morning,
  ideally this week"), which is said of what follows it.

A hedge said between them ("Thursday, ideally afternoon", "Tuesday, preferably before
lunch") never joins the two in the first place (`compose._JOIN_GAP`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.atoms import Atom
from slotwise.extractor.grounding.lexicon import FALLBACK_ONE_WORD
from slotwise.extractor.grounding.symbolic import Sym

# What ends the day: a comma, a dash with a space before it ("Friday - mornings", "Friday
# — mornings"; "Friday-morning" is one word), an opening bracket.
_APART = re.compile(r"[,(—–]|\s-(?:\s|$)")
# What a time may carry between itself and its hedge: "-ish", a bound said after a clock
# ("6:30 onwards"), a zone's capitals ("11 am IST"), "please".
_CARRIED = (
    r"(?:\s*(?:-?\s*ish\b|onwards?\b|or\s+(?:later|after|so)\b|(?-i:[A-Z]{2,4})\b"
    r"|please\b|pls\b|plz\b))*"
)
# A wish: the time preferred.
_HEDGE = (
    r"ideally|preferably|preferred|pref|for\s+preference|by\s+preference|"
    r"if\s+poss(?:ible)?|if\s+(?:at\s+all\s+)?possible|if\s+(?:you|u|ye|ya)\s+can|"
    r"if\s+(?:you|u)\s+(?:have|had|could|got)\b|"
    r"if\s+(?:it['’]?s|its|that['’]?s|thats|there['’]?s)\s+"
    r"(?:free|going|available|open|possible|ok|okay|alright|an\s+option|room|space)|"
    r"if\s+(?:that|it|this)\s+(?:works|suits)|"
    r"if\s+(?:he|she|they|you)(?:['’]s|['’]ve|\s+has|\s+have|\s+is|\s+are)\b|"
    r"would\s+be\s+(?:ideal|best|great|perfect|lovely|good|nice|better|preferable)|"
    r"(?:is|are|works?)\s+(?:best|ideal|better|preferred|preferable)|best"
)
# A firmness: the time insisted on ("morning only", "9am sharp" is one clock already).
_FIRM = r"only|strictly|(?:is|are)\s+(?:a\s+)?must|(?:is|are)\s+essential"
_AFTER = re.compile(_CARRIED + r"\s*(?P<comma>,)?\s*(?:" + _HEDGE + "|" + _FIRM + r")\b", re.I)
# A hedge after a comma ends its clause, else it is said of what follows ("late morning,
# ideally this week").
_CLAUSE_END = re.compile(
    rf"\s*(?:$|[.,;:!?)\n—–]|-\s|(?:but|and|or|{FALLBACK_ONE_WORD}|as|because|cos|cuz|since|so)\b)",
    re.I,
)


def _every_day(t: Sym) -> bool:
    """ "mornings", "evenings": a part of the day said of any day."""
    return t.recur is not None and len(t.recur) == 7 and t.day is None and t.span is None


def _time_of(a: Atom, b: Atom) -> bool:
    """`b` is a time of the day (a part of it, a clock, a range of hours) that `a`, a day
    or a set or span of days with no time yet, lacks."""
    s, t = a.sym, b.sym
    if s is None or t is None or not s.has_date or s.tod is not None:
        return False
    if s.negated or t.negated or s.bound or t.bound:
        return False
    return t.tod is not None and (not t.has_date or _every_day(t))


def said_apart(text: str, a: Atom, b: Atom) -> bool:
    """ "saturday, morning if possible": `b`, after a comma, dash or bracket, is the time
    of the day `a` and has a hedge or a firmness of its own after it; the two stay apart."""
    if not _time_of(a, b) or not _APART.search(text[a.end : b.start]):
        return False
    if b.weak and b.rules == ["bare_number"]:
        return False
    if a.notes.get("ref"):
        return False  # "that day, at the evening if possible": the day is read as a whole
    m = _AFTER.match(text, b.end)
    if m is None:
        return False
    return m.group("comma") is None or _CLAUSE_END.match(text, m.end()) is not None


def as_time(a: Atom) -> Atom:
    """Each of the two kept apart is a time, weak word or not, as the two joined were:
    "the 9th, first thing would be ideal", "sat, lunch if poss"."""
    return replace(a, weak=False) if a.weak else a
