"""Atoms and the rule registry: the record a rule is, the pieces of pattern it is built
from, and `find_atoms`, which runs every compiled rule once over a message.

A rule is a small frozen record: a name, a compiled pattern and a producer. Rules live
in `rules.py` (days and spans of days) and `rules_time.py` (times of day, sets,
durations, zones, cue words); importing those modules registers them, in priority order.

An atom is *weak* when its words are also ordinary words ("sat", "may", a bare "2"):
a weak atom survives only when joined to a strong one or preceded by a context word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding import prefilter, self_correction
from slotwise.extractor.grounding.symbolic import Sym

B0 = r"(?<![\w'’])"
B1 = r"(?![\w])"
# Chinese is written without spaces: a word's edge is anything but a Latin letter or digit
# ("我下午都有課": "下午" between two Chinese characters)
CJK_EDGES = (r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])")


@dataclass
class Atom:
    """A matched piece of a time phrase (or a cue word) with its span."""

    start: int
    end: int
    sym: Sym | None
    rules: list[str]
    weak: bool = False
    cue: str = ""  # "neg" | "neg_post" | "bound" | "bound_post" | "between" | ""
    bound: str = ""
    incl: bool = False
    sep: bool = False  # "until"/"till"/"through" may also join a range
    cue_text: str = ""
    notes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Options:
    date_order: str = "MDY"


Producer = Callable[[re.Match[str], Options], "Atom | Sym | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    produce: Producer
    weak: bool = False
    needs: re.Pattern[str] | None = None  # the language's cue words (`needs`)
    # words every match needs, one of each set (`prefilter`)
    said: tuple[frozenset[str], ...] | None = None


_RULES: list[Rule] = []
_PRIORITY: dict[str, int] = {}  # registration order breaks ties between equal matches
_NEEDS: dict[str, re.Pattern[str]] = {}  # module -> the cue words its rules need


def needs(module: str, cues: str) -> None:
    """The rules `module` registers from here on run only on a message where one of
    `cues` occurs: a cheap prefilter for one language's rules (`lexicon_romanised.
    LANGUAGE_CUES`), searched once per message for all of them (G47). A cue must occur
    in every match of every rule it guards."""
    _NEEDS[module] = re.compile(cues, re.I)


def rule(
    name: str,
    pattern: str,
    *,
    weak: bool = False,
    flags: int = re.I,
    edges: tuple[str, str] = (B0, B1),
) -> Callable[[Producer], Producer]:
    """Register a producer under a name with its pattern (compiled here, once), between
    `edges`: word edges, or for a script written without spaces (Chinese) `CJK_EDGES`."""
    lead, tail = edges

    def deco(fn: Producer) -> Producer:
        compiled = re.compile(lead + "(?:" + pattern + ")" + tail, flags)
        needs = _NEEDS.get(fn.__module__)
        _RULES.append(Rule(name, compiled, fn, weak, needs, prefilter.required(compiled)))
        _PRIORITY.setdefault(name, len(_PRIORITY))
        return fn

    return deco


# ---------------------------------------------------------------- fragments
WD_ALL = [w for names in lx.WEEKDAYS for w in names]
# Portuguese "segunda" .. "sexta" are also ordinals (in Spanish too): not before the noun
# they count ("a segunda vez", "quinta opção", "sexta sessão") nor after a Spanish or
# English article ("la segunda", "el de la quinta": a pick among shown options)
WD = (
    "(?:"
    + lx.alternation([w for w in WD_ALL if w not in lx.PT_ORDINAL_DAYS])
    + "|"
    + lx.PT_ORDINAL_AFTER
    + lx.alternation(lx.PT_ORDINAL_DAYS)
    + lx.PT_ORDINAL_NOUN
    + ")"
)
# Plurals: of each spelling of five letters or more, misspelt ones too ("saturdys",
# "tuesdys"), and of the short ones that are no word ("tues", "thurs", "fris", "mons").
WD_PLURAL = (
    lx.alternation([w for w in WD_ALL if len(w) >= 5] + ["weds", "tues", "thurs", "fri", "mon"])
    + "s"
)
MON = lx.alternation([w for names in lx.MONTHS for w in names]) + r"\.?"
DOM = r"(?:[12]\d|3[01]|0?[1-9])"
ORD = DOM + r"(?:st|nd|rd|th)"
ORDW = lx.alternation(lx.ORDINAL_WORDS)
DAYNUM = f"(?:{ORD}|{DOM}|{ORDW})"
YEARW = lx.YEAR_WORDS
YEAR = rf"(?:19\d\d|20\d\d|'\d\d|{YEARW})"
DAYW = lx.alternation(lx.DAY_WORDS) + (
    r"(?![\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|one|two|three|"
    r"four|five|six|seven|eight|nine)\b)"
    + r"(?!\s*"
    + lx.alternation(lx.COUNT_NOUNS)
    + r"(?![\w]))"
)
YEAR4 = r"(?:19\d\d|20\d\d)"
NUMW = lx.alternation(lx.NUMBER_WORDS)
HOURW = lx.alternation(lx.HOUR_WORDS)
MINW = lx.alternation(lx.MINUTE_WORDS)
HOUR = rf"(?:[01]?\d|2[0-4]|{HOURW})"
AMPM = r"(?:\s*(?:a\.m\.?|p\.m\.?|am|pm)|(?:a|p)(?=[\s,.!?;)-]|$))(?:[\s-]?ish)?"
# "about" rounds a clock ("about 3"), except in a suggestion: "how about 3?", "what about
# 10:30 on the 21st" name the clock itself.
ABOUT = r"(?<!\bhow\s)(?<!\bwhat\s)about"
SUGGESTION = re.compile(r"\b(?:how|what)\s+$", re.I)
PREP = (
    r"(?:(?P<prep>at\s+around|at\s+about|around|" + ABOUT + r"|approx\.?|approximately|"
    r"roughly|more\s+or\s+less|at|@|~)\s*)?"
)
# "3 more" is a count, "3 more or less" a rough clock ("más o menos": about 3)
COUNT = (
    "(?:" + lx.alternation(w for w in lx.COUNT_NOUNS if w != "more") + r"|more(?!\s+or\s+less\b))"
)
# Not a count, nor the first digits of a longer number ("11.30", "3/4", "10:15")
NOT_COUNT = rf"(?!\s*(?:{COUNT}|%|\$)(?![\w])|[/:.]?\d)"
# Before the "a" of a Spanish or Portuguese range of days, "de lunes a viernes", "de
# segunda a sexta", "desde el martes a": the "a" is "to", not the article of "a Friday".
DE_DAY_BEFORE_A = re.compile(
    r"(?<![\w])(?:de|del|desde)\s+(?:el\s+)?[^\W\d_]+(?:[\s-]feira)?\s+$", re.I
)
_LATE_HALF = r"(?:second|2nd|back|latter)\s+half"
_LATE_HALF_RE = re.compile(_LATE_HALF)
PART = (
    r"(?P<NAME>early|earlier\s+in|late|later\s+in|later|mid|mid-|middle\s+of|the\s+middle\s+of|"
    r"beginning\s+of|the\s+beginning\s+of|start\s+of|the\s+start\s+of|end\s+of|the\s+end\s+of|"
    r"towards\s+the\s+end\s+of|toward\s+the\s+end\s+of|(?:the\s+)?(?:first|1st|front)\s+half\s+of|"
    # "the back half of next week", "the 2nd half of the week", "the latter half" (G29)
    rf"(?:the\s+)?{_LATE_HALF}\s+of|rest\s+of|the\s+rest\s+of)"
)
PART1 = PART.replace("NAME", "part")
PART2 = PART.replace("NAME", "part2")


def part_of(m: re.Match[str]) -> str:
    d = m.groupdict()
    return part_word(d.get("part") or d.get("part2"))


def part_word(word: str | None) -> str:
    """The part of a span a `PART` word says: "early", "mid", "late", "end", "rest"."""
    if not word:
        return ""
    w = word.lower()
    if "rest" in w:
        return "rest"
    if "end" in w or w.startswith("late") or _LATE_HALF_RE.search(w):
        return "end" if "end" in w else "late"
    if "mid" in w:
        return "mid"
    return "early"


def year_of(s: str | None) -> int:
    if not s:
        return 0
    s = s.strip("'")
    if not s[0].isdigit():
        return lx.spelled_year(s)
    return 2000 + int(s) if len(s) == 2 else int(s)


_NOT_A_TIME_BEFORE = re.compile(
    r"(?:(?<![\w])|(?<=[$#£€]))(?:\$|#|£|€|no\.|no|number|room|suite|ste|apt|unit|dr\.?|version|v|for|of|table\s+for|"
    r"party\s+of|level|floor|gate|bus|route|page|step|chapter|size|aged?|top|under|over|"
    r"bay|lift|chair|desk|court|lane|studio|pitch|station|booth|"
    r"just|only|like|the|x|ages|each|all|plus)\s*$",
    re.I,
)

_THAN_OF_BEFORE = re.compile(r"(?<![\w])(?:not|no)\s+(?:earlier|later)\s+of\s+$", re.I)


_A_COUNT_BEFORE = re.compile(
    r"(?:(?<![\w])|(?<=[$#£€]))(?:\$|#|£|€|no\.|number|room|suite|table\s+for|party\s+of|"
    r"group\s+of|(?:reservation|booking|seats?|tickets?|room|space|spots?|places?)\s+for)\s*$",
    re.I,
)


_PART_OF_DAY_AFTER = re.compile(r"\s+(?:in\s+the|at)\s+(?:morning|afternoon|evening|night)\b", re.I)


# "only 12 to 1", "like 2 till 4": a hedge before a range of hours, not a count.
_HEDGE_BEFORE = re.compile(r"(?<![\w])(?:just|only|like)\s*$", re.I)
_HOURS_AFTER = re.compile(
    rf"\s*(?:to|till?|until|-|–)\s*(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?(?:\s*(?:am|pm))?(?![\w]|[:.]\d)"
    rf"(?!\s*(?:{COUNT}|left|spots?|places?|available|total|each)(?![\w]))",
    re.I,
)


# "can I get one Saturday", "book me one in", "I'd love one friday": the word "one"
# after a verb of getting or wanting is the thing wanted, not 1 o'clock
_ONE_WANTED_BEFORE = re.compile(
    r"(?<![\w'])(?:get|got|book|grab|want|need|love|like|have|fit|squeeze|pop|put|make|"
    r"schedule|reserve|take|arrange|organi[sz]e|another)\s+(?:(?:me|us|him|her|them|myself)\s+)?$",
    re.I,
)


# "2 lessons, one next Monday and one next Wednesday", "swap it to one next week": "one"
# listed before the day it is on is a booking, not 1:00
_ONE_LISTED_BEFORE = re.compile(r"(?:[,:;-]|\band|\bto|\bdo|\bplus|\bthen)\s*$", re.I)
_A_DAY_AFTER = re.compile(r"\s+(?:next|this|on|every)\b", re.I)


# "the friday one", "that thurs one", "the saturday one at the top": a pick among shown
# options by their day, not the day at 1:00; so is "a friday one", "another monday one"
# (one more visit on that day: "add a Friday one, same time")
_ONE_PICKED_BEFORE = re.compile(
    r"\b(?:the|that|this|a|another)\s+(?:"
    + "|".join(w for names in lx.WEEKDAYS for w in names if len(w) > 2)
    + r")s?\s+$",
    re.I,
)


# "a 30 min one tmrw", "a quick one friday", "the 4 hour one tomorrow": "one" after "a"
# and what kind of visit it is, is the visit, not 1:00
_ONE_DESCRIBED_BEFORE = re.compile(
    r"\b(?:a|an|the|that|this)\s+(?:(?:\d+|half|an?|one|two|three)[\s-]*(?:min(?:ute)?s?|hours?|hrs?|h)|"
    r"hour|quick|short|long|longer|shorter|early|earlier|late|later|morning|afternoon|"
    r"evening|double|single|full|proper|new)\s+$",
    re.I,
)


# "2 sessions pls!! one this week one next week", "one on the treadmill Sat 20th, one in
# the pool Mon 22nd", "one on Wed and the other Fri": "one" said twice (or beside "the
# other") lists the bookings; neither is 1:00. A "one" said with its clock's words
# ("at one", "one thirty", "one o'clock", "one to one") is not of such a pair.
_ONE_WORD = re.compile(
    r"(?<![\w'-])one(?![\w'-])(?!\s*(?:o'?\s?clock|[ap]\.?\s?m\b|thirty|fifteen|forty|-?ish"
    r"|of\b|on\s+one\b|to\s+one\b|more\b|hours?\b|hrs?\b|min|[:.]\d))",
    re.I,
)
_ONE_CLOCK_BEFORE = re.compile(
    r"(?:\bat|@|\bby|\btill?|\buntil|\bfrom|\baround|\babout|\bafter|\bbefore|\bhalf|"
    r"\bpast|\bquarter|\bthan|\bthe|\bno|\bjust|\bonly|\bto|[-–])\s*$",
    re.I,
)
_THE_OTHER = re.compile(r"\bthe\s+other\b", re.I)
# "Mon 26th or Tue 27th? Either one, morning", "any one is good": a choice between the days
# said, not 1:00
_ONE_CHOSEN_BEFORE = re.compile(r"\b(?:either|any|whichever|each|neither)\s+$", re.I)


def _one_of_a_pair(text: str, start: int, end: int) -> bool:
    """ "one" at `start` and another "one" (or "the other" after it) in the message, none
    said as a clock: a list of bookings (see `_ONE_WORD`)."""

    def pronoun(m: re.Match[str]) -> bool:
        return not _ONE_CLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start())

    ones = [m for m in _ONE_WORD.finditer(text) if pronoun(m)]
    if not any(m.start() == start and m.end() == end for m in ones):
        return False
    return len(ones) > 1 or _THE_OTHER.search(text, end) is not None


def _not_a_time(text: str, start: int, end: int) -> bool:
    """A bare number after "for", "room", "$" is a count, unless a part of the day follows
    ("for 7 in the evening"); after "table for" / "party of" it is a count even then.
    After "only" / "like" it is a count unless a range of hours goes on ("only 12 to 1").
    The word "one" after "get", "book", "need"... is a pronoun ("could I get one Friday")."""
    if text[start:end].lower() == "one" and (
        _ONE_WANTED_BEFORE.search(text, 0, start)
        or _ONE_CHOSEN_BEFORE.search(text, max(0, start - 12), start)
        or _one_of_a_pair(text, start, end)
    ):
        return True
    if text[start:end].lower() == "one" and (
        _ONE_PICKED_BEFORE.search(text, 0, start)
        or _ONE_DESCRIBED_BEFORE.search(text, max(0, start - 24), start)
    ):
        return True
    if (
        text[start:end].lower() == "one"
        and _ONE_LISTED_BEFORE.search(text, max(0, start - 8), start)
        and _A_DAY_AFTER.match(text, end)
    ):
        return True
    if _PART_OF_DAY_AFTER.match(text, end):
        return _A_COUNT_BEFORE.search(text, 0, start) is not None
    if _HEDGE_BEFORE.search(text, 0, start) and _HOURS_AFTER.match(text, end):
        return False
    if _THAN_OF_BEFORE.search(text, max(0, start - 24), start):
        return False  # "not earlier of 10": a learner's "of" for "than"
    if self_correction.repairs_number(text, start):
        return False  # "thursday 10 no 11": a repair, not "No. 11"
    return _NOT_A_TIME_BEFORE.search(text, 0, start) is not None


def find_atoms(text: str, opts: Options) -> list[Atom]:
    """All rule matches, then the longest non-overlapping ones, in text order."""
    found: list[Atom] = []
    cued: dict[re.Pattern[str], bool] = {}  # each language's cue words, searched once
    pieces = prefilter.grams(prefilter.fold(text))
    for r in _RULES:
        if r.said is not None and any(map(pieces.isdisjoint, r.said)):
            continue  # a word every match needs is not in the text
        if r.needs is not None:
            if r.needs not in cued:
                cued[r.needs] = r.needs.search(text) is not None
            if not cued[r.needs]:
                continue
        for m in r.pattern.finditer(text):
            if m.end() == m.start():
                continue
            out = r.produce(m, opts)
            if out is None:
                continue
            atom = out if isinstance(out, Atom) else Atom(m.start(), m.end(), out, [])
            if atom.end <= atom.start:
                continue
            atom.rules = [r.name]
            atom.weak = atom.weak or r.weak
            if r.name == "bare_number" and _not_a_time(text, m.start(), m.end()):
                continue
            found.append(atom)
    found.sort(key=lambda a: (-(a.end - a.start), _cue_rank(a), a.start, _PRIORITY[a.rules[0]]))
    taken: list[Atom] = []
    for a in found:
        if all(a.end <= t.start or a.start >= t.end for t in taken):
            taken.append(a)
    taken.sort(key=lambda a: a.start)
    return taken


def opens_between(a: Atom) -> bool:
    """ "between", "btwn", "b/w": the cue that opens "between A and B"."""
    return a.cue == "between" and a.cue_text.lower() in lx.BETWEEN_WORDS


def _cue_rank(a: Atom) -> int:
    """At equal length a time beats a cue ("from" the cue vs. nothing)."""
    return 1 if a.cue else 0


def text_between(text: str, a: Atom, b: Atom) -> str:
    """The words between two atoms ("" when they touch)."""
    return text[a.end : b.start]
