"""A visit's length said as a bare number of minutes, the way regulars of a service say
it (issue 13): "a 45 with Callum", "gie us a 45 wi whoever", "move my 60 with Callum", "a
90 if you have it", "Thursday with Ailsa for 45", "callum. sat. after 2. 60".

Massage, physio and salon customers name the visit by its minutes ("a 45", "my 60"). A
number is read as that length only where no other reading fits:

| words | reads |
| --- | --- |
| `a 45 with Callum`, `my 60 with Ailsa`, `another 90 on Friday`, `a proper 60 tomorrow`, `the 60?` | a length of 45, 60, 90, 60, 60 minutes: a number after an article or "my", before a provider, a day, a hedge or the end (`lexicon.AFTER_A_MULTIPLE`) |
| `book me in for 45`, `with Ailsa for 60`, `can I get in for 90 on sat` | the length, after "for" in a clause that books (a booking word or a provider) |
| `callum. sat. after 2. 60`, `Not Monday. Ailsa. 45. Morning.` | the length: a number said as its own sentence in a terse message that says a day or a clock elsewhere |

Only plausible visit lengths: 15 to 240 minutes, a multiple of 5 ("the" before the
number, from 35 on: "the 30 with Callum" may be the 30th). Not a length: "at 45 past",
"for 45 quid", "I'm 45", "45 minutes late" (a length of its own), "room 45", "a 45 year
old", "for 20 people"; "after 2. 60" keeps "after 2".

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import MON, WD, Options, rule
from slotwise.extractor.grounding.symbolic import Sym

_MIN, _MAX = 15, 240
# What may follow the number: punctuation, the end, or a word that goes on to its day,
# provider or hedge (as after "a double"), or the service it is of.
_GOES_ON = re.compile(
    rf"\s*(?:[.,!?;:)\-–—(]|$|(?:{lx.alternation(lx.AFTER_A_MULTIPLE)}|wiv|w/|{WD})\b"
    r"|(?:min(?:ute)?\s+)?(?:massage|session|slot|sesh|appointment|appt|treatment|facial|"
    r"lesson|class|one|please|pls|plz|then|ok|okay)\b)",
    re.I,
)
# A clause that books: "book me in for 45", "get in for 60", "with Ailsa for 45".
_BOOKS = re.compile(
    r"\b(?:book|booked|booking|get|got|grab|squeeze|fit|slot|pencil|put|see|in|massage|session|"
    r"appointment|appt|with\s+[a-z]+)\b[^.!?;\n]*$",
    re.I,
)


def _minutes(word: str, least: int = _MIN) -> int | None:
    n = int(word)
    return n if least <= n <= _MAX and n % 5 == 0 else None


@rule(
    "bare_length",
    # ("a quick 30", "a short 20" are `rules_shorthand`'s)
    r"(?P<det>an?|my|the|your|another|one|(?:an?\s+)?(?:proper|full|solo|long))"
    r"\s+(?P<n>\d{2,3})(?![\w'’%£$€:./-])",
)
def _named_length(m: re.Match[str], o: Options) -> Sym | None:
    """ "a 45 with Callum", "my 60 with Ailsa": the visit's minutes."""
    least = 35 if m.group("det").lower() == "the" else _MIN
    minutes = _minutes(m.group("n"), least)
    if minutes is None or not _GOES_ON.match(m.string, m.end()):
        return None
    return Sym(duration=minutes)


@rule("bare_length", r"for\s+(?P<n>\d{2,3})(?![\w'’%£$€:./-])")
def _for_length(m: re.Match[str], o: Options) -> Sym | None:
    """ "book me in for 45", "Thursday with Ailsa for 45": the visit's minutes."""
    minutes = _minutes(m.group("n"), 25)
    if minutes is None or not _GOES_ON.match(m.string, m.end()):
        return None
    if not _BOOKS.search(m.string, max(0, m.start() - 60), m.start()):
        return None
    return Sym(duration=minutes)


# A sentence of its own: after the start, a full stop, comma or line, before the next.
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?;,\n])\s*$")
_SENTENCE_AFTER = re.compile(r"\s*(?:[.!?;,\n]|$)")
_PIECES = re.compile(r"[.!?;,\n]+")
# A day or a clock said elsewhere in the message.
_TIME_SAID = re.compile(
    rf"\b(?:{WD}|{MON}|today|tomorrow|tmrw|tmoz|tomoz|the\s+morra|tonight|morning|afternoon|"
    r"evening|arvo|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|(?:after|before|from|at|till|until)\s+\d"
    r"|\d{1,2}(?:st|nd|rd|th))\b",
    re.I,
)


@rule("bare_length", r"(?P<n>\d{2,3})")
def _lone_length(m: re.Match[str], o: Options) -> Sym | None:
    """ "callum. sat. after 2. 60": a number as its own sentence in a terse message."""
    text = m.string
    if not (_SENTENCE_BEFORE.search(text, 0, m.start()) and _SENTENCE_AFTER.match(text, m.end())):
        return None
    if (
        m.start() > 0
        and text[m.start() - 1] in ".,"
        and text[m.start() - 2 : m.start() - 1].isdigit()
    ):
        return None  # "2.60", "1,200": one number
    minutes = _minutes(m.group("n"), 25)
    if minutes is None or not _terse(text):
        return None
    rest = text[: m.start()] + " " + text[m.end() :]
    return Sym(duration=minutes) if _TIME_SAID.search(rest) else None


def _terse(text: str) -> bool:
    """A message of three or more short pieces ("Not Monday. Ailsa. 45. Morning.")."""
    pieces = [p.split() for p in _PIECES.split(text) if p.strip()]
    return len(pieces) >= 3 and sum(len(p) for p in pieces) <= 3 * len(pieces)
