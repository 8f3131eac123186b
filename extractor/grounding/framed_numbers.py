"""A bare number that a correction or wish frame makes the clock of a conversation's turn
(after `corrected_numbers`, which reads one against a clock said in the same message).

Once a time was asked for or slots were shown, a turn often corrects only the clock:
"can we do 4 instead", "make it 11", "3 not 2", "actually 5 would be better", "ok 4
then". The clause that holds the number is made of nothing but the frame's words (`FRAMES`):
a lead before it ("can we do", "actually", "make it", "at"), a tail after it ("instead",
"then", "not 2", "would be better", "works"), and fillers ("ok", "hmm", "sorry") around
them; at least one lead or tail must be there, so a lone "4" stays a number. The
hour keeps the bare-number reading (`resolve`: business hours, 1-6 the afternoon, 7-11
the morning), as "at 4" does.

Never where the message has another reading for the number: a count ("2 kids", "table
for 4"), money ("$40", "40 bucks"), a length ("5 min"), a thing numbered ("room 4": the
clause then holds a word that is no frame's), or a date. The atom rules keep the first
three apart already (`NOT_COUNT`); `_OTHER_READING` keeps the message out where they are
said anywhere in it, and a day said keeps it out too ("tuesday. 3 instead?" may move the
day to the 3rd; a clock said with the day is `corrected_numbers`' to read against).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.atoms import Atom
from slotwise.extractor.grounding.compose_numbers import weak_number
from slotwise.extractor.grounding.lexicon import COUNT_NOUNS, RETRACTION_CUES

# Retraction cues that drop the time after them ("forget 4") make no frame.
_DROPPING = ("scratch that", "never ?mind", "forget")

# The frames, one table: each row a family of words and where it stands by the number.
# "lead" rows come before it, "tail" rows after it, "filler" rows anywhere in the clause
# (they make no frame alone).
FRAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "wish",
        "lead",
        (
            r"(?:can|could|shall|should)\s+(?:we|i|you|u|ya)\s+(?:(?:maybe|possibly|please|pls|just)\s+)?"
            r"(?:do|make\s+it|go\s+(?:for|with)|try|switch\s+to|change\s+(?:it\s+)?to|move\s+(?:it\s+)?to"
            r"|push\s+(?:it\s+)?to|have\s+it\s+at)",
            r"(?:let['’]?s|lets|we['’]?ll|i['’]?ll|we\s+will|i\s+will|we\s+can|i\s+can|we\s+could|i\s+could)"
            r"\s+(?:do|go\s+(?:for|with)|try|say)",
            r"how\s+about",
            r"what\s+about",
            r"hows?\s+about",
            r"(?:does|would|is|will)(?:\s+at)?",
            r"go\s+(?:for|with)",
            r"do",
            r"try",
        ),
    ),
    (
        "correction",
        "lead",
        (
            # the interpreter's retraction cues, less those that drop what follows
            *(c for c in RETRACTION_CUES if c not in _DROPPING),
            r"change\s+(?:this|it|that)\s+to",
            r"(?:move|push|switch|bump|shift)\s+(?:it|that|this|me|us)?\s*(?:back\s+|up\s+|forward\s+)?to",
            r"make\s+this",
            r"(?:i|we)\s+meant",
            r"meant",
            r"say",
        ),
    ),
    (
        "at",
        "lead",
        (r"at", r"@", r"around", r"about", r"ar(?:ou)?nd", r"arnd", r"by", r"til+", r"until"),
    ),
    (
        "instead",
        "tail",
        (r"instead(?:\s+of\s+that)?", r"rather", r"in(?:stead)?\s+place"),
    ),
    (
        "then",
        "tail",
        (r"then",),
    ),
    (
        "not",
        "tail",
        (
            r"(?:(?:and|but)\s+)?(?:not|instead\s+of|rather\s+than|than|over)\s+(?:at\s+)?"
            r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?",
        ),
    ),
    (
        "better",
        "tail",
        (
            r"(?:would|will|might|could)\s+(?:be|work|suit(?:\s+(?:me|us))?)"
            r"(?:\s+(?:much\s+|way\s+|a\s+lot\s+)?(?:better|best|good|great|fine|ok|okay|perfect|ideal|easier))?",
            r"(?:is|['’]s|'d\s+be)\s+(?:much\s+|way\s+|a\s+lot\s+|even\s+)?"
            r"(?:better|best|good|great|fine|ok|okay|perfect|ideal|easier|preferable)",
            r"works?(?:\s+(?:better|best|too|fine|great|for\s+(?:me|us)))*",
            r"suits?(?:\s+(?:me|us))?(?:\s+better)?",
            r"(?:is|['’]s)\s+(?:fine|ok|okay)\s+too",
            r"ok\??",
            r"okay\??",
            r"pls|please|plz",
            r"for\s+(?:me|us|everyone|(?:all|both)\s+of\s+us)",
            r"if\s+(?:possible|you\s+can|that['’]?s\s+(?:ok|okay|free|possible)|that\s+works|it['’]?s\s+free)",
        ),
    ),
    (
        "filler",
        "filler",
        (
            r"ok(?:ay)?",
            r"k",
            r"kk",
            r"sure",
            r"yes",
            r"yeah",
            r"yep",
            r"no",
            r"nah",
            r"actly",
            r"hmm+",
            r"um+",
            r"uh+",
            r"oh",
            r"ah",
            r"well",
            r"so",
            r"and",
            r"but",
            r"or",
            r"sorry",
            r"sry",
            r"oops",
            r"wait",
            r"hey",
            r"hi",
            r"maybe",
            r"perhaps",
            r"then",
            r"just",
            r"still",
            r"instead",
            r"thanks?",
            r"thx",
        ),
    ),
)


def _alts(place: str, name: str | None = None) -> str:
    words = [w for n, p, ws in FRAMES if p == place and name in (None, n) for w in ws]
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_W = r"(?![\w'’])"
_SEP = r"[\s,!]*"  # "ok, 4 then", "hmm ok 4"
_FILLERS = rf"(?:{_alts('filler')}{_W}{_SEP})*"
_CLAUSE_START = r"(?:^|(?<=[.!?;:,…(—–])|(?<=\s-))\s*"
_LED = re.compile(rf"{_CLAUSE_START}{_FILLERS}{_alts('lead')}{_W}\s*{_FILLERS}$", re.I)
_UNLED = re.compile(rf"{_CLAUSE_START}{_FILLERS}$", re.I)
_TAIL = re.compile(
    rf"{_SEP}(?P<tail>(?:{_alts('tail')}{_W}{_SEP}(?:{_FILLERS}))*)(?:[.!?…),;:]|$)",
    re.I,
)

# The message says a count, money, or a numbered thing: the number has another reading.
_OTHER_READING = re.compile(
    r"[$£€¥₹]\s*\d|\d\s*(?:[$£€¥₹]|usd|eur|gbp|k\b)"
    r"|\b(?:table|party|group|booking|reservation)\s+(?:for|of)\b"
    r"|\b(?:room|rm|table|gate|platform|seat|row|floor|level|unit|apt|suite|bay|court|lane|pitch"
    r"|option|number|no\.|page|step|chapter|size|grade|bus|line|door|station|chair)\s*#?\s*\d|#\s*\d"
    r"|\d\s*(?:" + "|".join(re.escape(w) for w in COUNT_NOUNS) + r")(?![\w'’])",
    re.I,
)


def framed_numbers(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "can we do 4 instead", "make it 11", "3 not 2", "ok 4 then": a bare number alone
    in its clause with a correction or wish frame (`FRAMES`) is a clock, its half of the
    day the bare-number reading's; never where the message has another reading for it
    (`_OTHER_READING`) or names a day the number could be the date of ("tuesday. 3
    instead?": the 3rd, perhaps)."""
    if _OTHER_READING.search(text) or any(_names_a_day(a) for a in atoms):
        return atoms
    out = list(atoms)
    for i, a in enumerate(out):
        if not weak_number(a):
            continue
        tail = _TAIL.match(text, a.end)
        if tail is None:
            continue
        head = max(0, a.start - 60)
        led = _LED.search(text, head, a.start)
        if led or (tail.group("tail").strip() and _UNLED.search(text, head, a.start)):
            corrects = bool(_CORRECTING_LEAD.search(led.group() if led else "")) or bool(
                _CORRECTING_TAIL.search(tail.group("tail"))
            )
            out[i] = replace(a, weak=False, rules=[*a.rules, CORRECTION if corrects else WISH])
    return out


# What the frame says of the number, in the mention's rule (`TimeMention.rule`): it
# corrects an earlier clock ("make it 4", "3 not 2", "4 instead": the "correction" lead,
# the "not" and "instead" tails), or it may only accept one ("4 works", "ok 3 then", "go
# with 2"), which, once options were shown, is as likely an option's number or the hour of
# one: a conversation reads it against them (`slotwise.conversation_picks`) before it
# searches for the clock.
CORRECTION = "framed_number.correction"
WISH = "framed_number.wish"
_CORRECTING_LEAD = re.compile(rf"{_alts('lead', 'correction')}{_W}\s*{_FILLERS}$", re.I)
_CORRECTING_TAIL = re.compile(
    rf"(?<![\w'’]){_alts('tail', 'not')}|\b{_alts('tail', 'instead')}\b", re.I
)


def _names_a_day(a: Atom) -> bool:
    return not a.weak and a.sym is not None and a.sym.has_date
