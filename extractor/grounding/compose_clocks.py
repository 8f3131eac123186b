"""The passes of `compose` that make a bare number a clock time by the clock beside it.

- `coordinate_clocks`  "at 10 or 11", "tmrw 8:30 or 9", "ideally 5, otherwise 6": a bare
                       number coordinated with a clock time (or with another, by
                       "otherwise") is one too, in the clock's half of the day.
- `new_time_numbers`   "push my 9am to 10", "make it 11": the number after a move verb's
                       "to" is the new time; the one after its "from", the old time.
- `corrected_numbers`  "Friday at 4? actually make that 3", "at 2 tomorrow. 3 instead?":
                       a bare number brought in by a correction after a clock time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding import compose_numbers
from slotwise.extractor.grounding.atoms import Atom, text_between
from slotwise.extractor.grounding.compose_range import moving
from slotwise.extractor.grounding.lexicon import (
    CLOCK_COORDINATION,
    FALLBACK_NOT_ELSE,
    FALLBACK_NOT_OR_ELSE,
    RETRACTION_CUES,
)
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# "if" just before: "if not 5, 6", "if not Friday" is a condition, not a negation
IF_BEFORE = re.compile(r"\bif\s*$", re.IGNORECASE)
# A bare number that is a clause of its own, asked or said, after a clock time: "mon
# 9am pls. oh wait i have a lab then. 10?", "at 8, tuesday? if too late, 7".
_POSSIBLE = r"(?:\s+(?:possible|poss|available|free|open))?"
_CLAUSE_START = re.compile(
    r"(?:[.!?]|\b(?:if\s+(?:too\s+(?:late|early)|that['’]?s\s+(?:gone|taken|too\s+\w+))"
    + _POSSIBLE
    + rf"|{FALLBACK_NOT_ELSE}(?:(?<=not){_POSSIBLE})?"
    r"|so)\s*,?)\s*(?:(?:so|then|or|maybe|say|also)\s+)?$",
    re.I,
)
# "3pm, actually make that 4": the words that take back what was said (as `cues.RETRACTION`)
RETRACTION = re.compile(r"\b(?:" + "|".join(RETRACTION_CUES) + r")\b", re.IGNORECASE)
_ASKED_ALONE = re.compile(r"\s*(?:\?+|[.!]|$|(?:with|w/)\s)", re.I)

_COORD = re.compile(CLOCK_COORDINATION, re.I)
_COORD_STRONG = re.compile(rf"[,?.!\s]*{FALLBACK_NOT_OR_ELSE}", re.I)


def _is_clock(t: TodSpec | None) -> bool:
    return t is not None and t.kind == "clock"


def bare_clock(a: Atom) -> bool:
    s = a.sym
    return s is not None and s.tod is not None and s.tod.kind == "clock" and not s.has_date


def _same_half(b: Sym, a: Sym) -> Sym:
    """ "tmrw evening, 7 or 8", "fri 8pm or 9": a later bare hour listed after a clock
    of a known half of the day is in that half."""
    ta, tb = a.tod, b.tod
    if ta is None or tb is None or not ta.ap or ta.h24 or tb.ap or tb.h24:
        return b
    if not (1 <= ta.h <= 11 and ta.h < tb.h <= 11):
        return b
    return replace(b, tod=replace(tb, ap=ta.ap))


def coordinate_clocks(text: str, atoms: list[Atom]) -> list[Atom]:
    """A bare number coordinated with a clock time is one too: "at 10 or 11", "tmrw 8:30
    or 9", "Tuesday at 12? Or 1?"; two bare numbers joined by "otherwise" / "if not" are
    both times ("ideally 5, otherwise 6")."""
    out = list(atoms)
    for i in range(1, len(out)):
        k = i - 1
        if (
            k > 0
            and out[k].sym is None
            and out[k].cue == "neg"
            and IF_BEFORE.search(text, 0, out[k].start)
        ):
            k -= 1  # "at 7, if not then 6": the "not" of a fallback is no negation
        a, b = out[k], out[i]
        if a.sym is None or b.sym is None or not (a.weak or b.weak):
            continue
        gap = text_between(text, a, b)
        if not _COORD.fullmatch(gap):
            continue
        has_clock = a.sym.tod is not None and a.sym.tod.kind == "clock"
        if b.weak and bare_clock(b) and has_clock and (not a.weak or _COORD_STRONG.match(gap)):
            out[i] = replace(b, weak=False, sym=_same_half(b.sym, a.sym))
            if a.weak:
                out[k] = replace(a, weak=False)
        elif a.weak and bare_clock(a) and not b.weak and _is_clock(b.sym.tod):
            out[k] = replace(a, weak=False)  # "say 2 or 3pm", "7 or 7:15 on the 23rd"
    return out


_NEW_TIME_BEFORE = re.compile(
    r"(?<![\w])(?:to|make\s+it|make\s+that|instead|or\s+maybe|then)\s+$", re.I
)
_OLD_TIME_BEFORE = re.compile(r"(?<![\w])from\s+$", re.I)
_OLD_TIME_GAP = re.compile(r"\s*(?:to|-|–)\s*(?:(?:around|about|like|maybe)\s+)?", re.I)


def new_time_numbers(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "push my 9am to 10", "no wait make it 11", "make that 3": the number after a move
    verb's "to" (or "make it") is the new time ("3 instead?" after a clock time is
    `corrected_numbers`'); so is the one after its "from" when a time follows "to" ("move
    the booth on wed from 11 to 12", "today from 4 to around 5"): the old time."""
    out = list(atoms)
    for i, a in enumerate(out):
        if not (a.weak and bare_clock(a)):
            continue
        before = _NEW_TIME_BEFORE.search(text, max(0, a.start - 16), a.start)
        if before is None:
            before = _OLD_TIME_BEFORE.search(text, max(0, a.start - 16), a.start)
            nxt = out[i + 1] if i + 1 < len(out) else None
            if before is None or nxt is None or nxt.sym is None or nxt.sym.tod is None:
                continue
            if not _OLD_TIME_GAP.fullmatch(text[a.end : nxt.start]):
                continue
        if "make" in before.group(0).lower() or moving(text, before.start()):
            out[i] = replace(a, weak=False)
    return out


_CORRECTION_GAP = re.compile(r"(?:[\s,.:;!?—–-]|\b(?:no|so|then|say|to|at)\b)*", re.I)
_CORRECTION_AFTER = re.compile(
    r"\s*(?:instead\b|then\s*(?:[.!?]|$)|(?:is|would\s+be|works)\s+better\b"
    + compose_numbers.RESTATED_AFTER
    + ")",
    re.I,
)


def corrected_numbers(text: str, atoms: list[Atom]) -> list[Atom]:
    """ "Friday at 4? actually make that 3", "at 2 tomorrow. 3 instead?", "Sunday at 8.
    Correction: 7": after a clock time, a bare number that a correction word (the
    interpreter's retraction cues) brings in, or "instead" follows, is the new time; so
    is one that stands as a clause of its own ("... i have a lab then. 10?", "if too
    late, 7"). Texting's repairs lead one in too ("at 10 sry i meant 2", "thursday 10 no
    11", "first thing means 7": `compose_numbers.SLIP`), and so do words that offer it
    again ("but 10 also works", "10 is still good")."""
    out = list(atoms)
    last: Sym | None = None  # the clock time said last
    for i, a in enumerate(out):
        if not a.weak and a.sym is not None and (_is_clock(a.sym.tod) or _plain_pod(a.sym)):
            last = a.sym  # a clock, or a part of the day ("first thing means 7")
            continue
        if last is None or not (a.weak and bare_clock(a)):
            continue
        assert a.sym is not None and last.tod is not None
        head_start = max(0, a.start - 32)
        cues = list(RETRACTION.finditer(text, head_start, a.start))
        slips = list(compose_numbers.SLIP.finditer(text, head_start, a.start))
        if slips and compose_numbers.SLIP_END.match(text, a.end):
            cues = sorted([*cues, *slips], key=lambda c: c.end())
        led = bool(cues) and _CORRECTION_GAP.fullmatch(text, cues[-1].end(), a.start) is not None
        if led or _CORRECTION_AFTER.match(text, a.end):
            out[i] = replace(a, weak=False)
        elif (
            _is_clock(last.tod)
            and _CLAUSE_START.search(text, 0, a.start)
            and _ASKED_ALONE.match(text, a.end)
            and _near_hour(a.sym, last)
        ):  # a clause of its own, an hour or two from the last clock: that clock's half
            out[i] = replace(a, weak=False, sym=_in_half_of(a.sym, last))
    return out


def _plain_pod(s: Sym) -> bool:
    return s.tod is not None and s.tod.kind == "pod" and not s.bound and not s.negated


def _near_hour(b: Sym, a: Sym) -> bool:
    """Within two hours of each other on a 12-hour dial ("9am ... 10?", "8 ... 7")."""
    assert a.tod is not None and b.tod is not None
    d = abs(a.tod.h % 12 - b.tod.h % 12)
    return min(d, 12 - d) <= 2


def _in_half_of(b: Sym, a: Sym) -> Sym:
    ta, tb = a.tod, b.tod
    if ta is None or tb is None or not ta.ap or ta.h24 or tb.ap or tb.h24 or not 1 <= tb.h <= 11:
        return b
    return replace(b, tod=replace(tb, ap=ta.ap))
