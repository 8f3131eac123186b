"""An event named with its clock, after a bound or between words: "before my 11:30 class",
"between school pickup (3:15) and soccer (5:30)" (G46).

People bound a visit by what they have on that day, and give its clock as they name it:
before the event's name ("before my 11:30 class", "after my 2pm meeting", "by my 3
o'clock pickup", "until the 4pm train", "after his 10:30 physio") or in brackets after it
("between school pickup (3:15) and soccer (5:30)", "between drop-off (9) and pick-up (3)",
"after the gym (7am) but before work (9)"). The clock is the time the bound or range is
at; the event's words are part of the mention, so the cue before them folds into it as
into a bare clock (`compose.apply_cues`, `join_ranges`).

| phrase | reads |
| --- | --- |
| `before my 11:30 class`, `before our 9am standup`, `until the 4pm train` | before that clock |
| `after my 2pm meeting`, `after his 10:30 physio` | after it |
| `by my 3 o'clock pickup` | by it (before, the clock included) |
| `between school pickup (3:15) and soccer (5:30)`, `between drop-off (9) and pick-up (3)` | the range of the two clocks |
| `after the gym (7am) but before work (9)` | after the first, before the second |
| `after my 2pm on Friday`, `before my 10:30 tomorrow`, `around my 4 o'clock` | the appointment the person has, named by its clock alone: the bound (or "around") at it (G47) |
| `before the bus at 1.10`, `after the school run at 8:45`, `until the meeting at 4 tomorrow` | the event named first, its clock after "at": the bound at that clock (G47) |

Only after a bound or range word: "my 2pm meeting got moved" and "soccer (5:30)" alone stay
the clock they were. Before the event's name the clock says am / pm, its minutes or
"o'clock" ("before my 2 kids" is a count); in brackets a bare hour is read as a bare "at
3" is. A day or part of the day is no event ("before Thursday (3pm)" keeps its day; "after
my 2pm on Friday" is the clock, then the day). Named first, the event's clock comes after
"at" or "@", and a bare hour is read as "at 3" is; the bound word must open the phrase
("book me at 2 before the meeting", "at 3, after the gym" keep their clocks).

Rules registered like `rules_time`'s (this module is imported with the others in
`compose.RULE_MODULES`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import HOURW, MON, WD, Atom, Options, rule
from slotwise.extractor.grounding.rules_event_bound import WHOSE
from slotwise.extractor.grounding.rules_time import _WANT_AFTER, _clock, _hour
from slotwise.extractor.grounding.symbolic import Sym

# The bound and range words an event with its clock may follow.
_CUE_BEFORE = re.compile(
    r"(?<![\w'’])(?:before|b4|befor|prior\s+to|ahead\s+of|after|aft|afta|by|until|till|til|"
    r"up\s+until|between|btwn|b/w|from|and|&|to|-|–|but|then)\s+$",
    re.I,
)
# The bound words said with the event ("before work (9)"); each is a key of
# `lexicon.BOUND_PREFIX`.
_BOUND = r"(?:before|b4|prior\s+to|ahead\s+of|after|by|until|till|til)"
# Words that are no event's name: days and parts of the day, and the small words that join
# a clock to them ("after my 2pm on Friday", "before the 9am tomorrow").
_NOT_EVENT = (
    rf"(?:{WD}|{MON}|today|tomorrow|tmrw|tmr|tonight|morning|afternoon|evening|night|noon|"
    r"midday|week|weekend|day|on|at|in|by|and|or|but|then|to|till|until|is|was|if|pls|please|"
    r"this|next|or|from|between|btwn|after|before|b4|than|latest|earliest|sharp|ish)"
)
_EVENT_WORD = rf"(?!{_NOT_EVENT}(?![\w'’-]))[a-z][a-z'’-]*"
# The clock said before the event's name: minutes, am / pm or "o'clock" said with it.
_CLOCK_SAID = (
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)"
    r"|(?P<h2>[01]?\d|2[0-3])[:.](?P<m2>[0-5]\d)"
    rf"|(?P<h3>[01]?\d|{HOURW})\s*o['’]?\s?clock"
)
# The clock in brackets: a bare hour too ("drop-off (9)").
_CLOCK_BRACKETED = (
    r"(?:at\s+|@\s*|~\s*)?(?P<bh>[01]?\d|2[0-3])(?:[:.](?P<bm>[0-5]\d))?"
    r"\s*(?P<bap>a\.?m\.?|p\.?m\.?)?(?P<ish>[\s-]?ish)?"
)


def _cued(m: re.Match[str]) -> bool:
    return _CUE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None


def _at(h: int, mi: int, ap: str, *, ish: bool = False) -> Sym | None:
    """The clock `h`:`mi` ("am"/"pm"/"" in `ap`); without am / pm a hour that business
    hours place, or a 24-hour one (13-23)."""
    ap = "am" if ap[:1].lower() == "a" else "pm" if ap[:1].lower() == "p" else ""
    grain = "minute" if mi else "hour"
    h24 = not ap and (h == 0 or h >= 13)
    return _clock(h, mi, ap, prep=None, grain=grain, bare=not ap and not h24, h24=h24, ish=ish)


@rule(
    "event_clock",
    rf"(?P<whose>{WHOSE})\s+(?:{_CLOCK_SAID})[\s-]+(?P<event>{_EVENT_WORD})"
    rf"(?:[\s-]+(?P<event2>{_EVENT_WORD}))?",
)
def _event_clock(m: re.Match[str], o: Options) -> Atom | None:
    """ "before my 11:30 class", "by my 3 o'clock pickup": the event's clock."""
    if not _cued(m) or m.group("event").lower() in lx.COUNT_NOUNS:
        return None  # "my 2pm meeting got moved": the clock alone; "the 3 o'clock kids"
    if m.group("h3"):
        sym = _at(_hour(m.group("h3")), 0, "")
    elif m.group("h2"):
        sym = _at(int(m.group("h2")), int(m.group("m2")), "")
    else:
        sym = _at(int(m.group("h")), int(m.group("m") or 0), m.group("ap"))
    end = m.end("event2") if m.group("event2") else m.end("event")
    return None if sym is None else Atom(m.start(), end, sym, [])


# Before the brackets: the event's name (up to three words), and the bound said with it
# ("before work (9)"), a hedge before that ("anytime after school drop-off (8:45)").
_EVENT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:any\s*time|anything|sometime|only|just|ideally)\s+)?"
    rf"(?:(?P<cue>{_BOUND})\s+)?(?P<event>(?:{_EVENT_WORD}[\s-]+){{0,2}}{_EVENT_WORD})\s*$",
    re.I,
)


@rule("event_clock_bracketed", rf"\(\s*{_CLOCK_BRACKETED}\s*\)")
def _event_clock_bracketed(m: re.Match[str], o: Options) -> Atom | None:
    """ "between school pickup (3:15) and soccer (5:30)": the clocks in brackets, the
    event's name before them in the mention; "before work (9)": the bound said with them,
    which "before work" alone would take for the part of the day before work
    (`rules_time.part_of_day`)."""
    ev = _EVENT_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    if ev is None:
        return None
    cue = re.sub(r"\s+", " ", (ev.group("cue") or "").lower())
    if not cue and not _cued(ev):
        return None
    sym = _at(
        int(m.group("bh")), int(m.group("bm") or 0), m.group("bap") or "", ish=bool(m.group("ish"))
    )
    if sym is None:
        return None
    if cue:
        bound, incl = lx.BOUND_PREFIX[cue]
        sym = replace(sym, bound=bound, incl=incl)
    return Atom(ev.start(), m.end(), sym, [])


# The appointment itself, named by its clock after a possessive (G47): "after my 2pm on
# Friday", "before my 10:30 tomorrow", "after our 11am", "around my 4 o'clock". A word of
# count after it makes it no clock ("my 3 o'clock kids"); an event's name after it is
# `event_clock`'s, a longer match.
_OWNER = r"(?:my|our|his|her|their|your|ur|mum['’]?s|mom['’]?s|dad['’]?s)"
# Only a bound word makes the appointment's clock its edge ("after my 2pm").
_BOUND_BEFORE = re.compile(rf"(?<![\w'’]){_BOUND}\s+$", re.I)


@rule(
    "event_clock_own",
    rf"(?:(?P<near>around|round|about|at\s+around|at\s+about)\s+)?{_OWNER}\s+(?:{_CLOCK_SAID})"
    rf"(?!\s*(?:{lx.alternation(lx.COUNT_NOUNS)})(?![\w'’]))",
)
def _event_clock_own(m: re.Match[str], o: Options) -> Atom | None:
    """ "after my 2pm", "around my 4 o'clock": the clock of what the person has on."""
    near = bool(m.group("near"))
    if not near and not _BOUND_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "my 2pm got moved": the clock alone; "between my 10am and 2pm": two
        # appointments, the range's own ends
    if m.group("h3"):
        sym = _at(_hour(m.group("h3")), 0, "", ish=near)
    elif m.group("h2"):
        sym = _at(int(m.group("h2")), int(m.group("m2")), "", ish=near)
    else:
        sym = _at(int(m.group("h")), int(m.group("m") or 0), m.group("ap"), ish=near)
    return None if sym is None else Atom(m.start(), m.end(), sym, [])


# The event named first, its clock after "at" (G47): "before the bus at 1.10", "after the
# school run at 8:45", "before my shift at 3", "until the meeting at 4 tomorrow", "after
# footy training at 6". The bound word opens the phrase and is part of the mention.
_CLOCK_AFTER_AT = (
    r"(?:at|@)\s*(?P<ah>[01]?\d|2[0-3])(?:[:.](?P<am>[0-5]\d))?"
    r"(?:\s*(?P<aap>a\.?m\.?|p\.?m\.?))?(?P<aish>[\s-]?ish)?(?![\w:.]|\s*(?:hours?|hrs?|mins?|%))"
)


# "by" only before a possessive or determiner: "by ferry at 7", "by phone at 3" say how.
_BOUND_NOT_BY = r"(?:before|b4|prior\s+to|ahead\s+of|after|until|till|til)"


@rule(
    "event_clock_after",
    rf"(?:(?P<cue>{_BOUND_NOT_BY})\s+(?:{WHOSE}\s+)?|(?P<by>by)\s+{WHOSE}\s+)(?P<event>(?:{_EVENT_WORD}[\s-]+){{0,2}}{_EVENT_WORD})"
    rf"\s+{_CLOCK_AFTER_AT}",
)
def _event_clock_after(m: re.Match[str], o: Options) -> Atom | None:
    """ "before the bus at 1.10": the bound at the event's clock."""
    if (
        m.group("cue")
        and m.group("cue").lower() == "after"
        and _WANT_AFTER.search(m.string, max(0, m.start() - 12), m.start())
    ):
        return None  # "I'm after a plasma slot at 2:30": British "I want", the slot's clock
    if m.group("event").lower().split()[-1] in lx.COUNT_NOUNS:
        return None  # "before the 3 kids at 4": no event's name
    sym = _at(
        int(m.group("ah")), int(m.group("am") or 0), m.group("aap") or "", ish=bool(m.group("aish"))
    )
    if sym is None:
        return None
    bound, incl = lx.BOUND_PREFIX[re.sub(r"\s+", " ", (m.group("cue") or "by").lower())]
    return Atom(m.start(), m.end(), replace(sym, bound=bound, incl=incl), [])
