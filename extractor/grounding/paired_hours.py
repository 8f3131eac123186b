"""A bare hour read against the clock it is paired with: the new time of a move ("move
Friday 6pm to Friday 7", "push my 7pm to 8") and the end of a window whose start was
said first ("not before 4, and I need to be out by 7", "Sunday after 5 ... not later
than 8").

A bare hour is read by business hours (7-11 the morning, 1-6 the afternoon: `resolve`).
Said as the new time of a clock being moved, it is the reading nearest that clock (7
after 6pm is 19:00, not 07:00): people move a visit by an hour or two, not across the
day. Said as the "before" of a window whose "after" came first, it is the reading that
leaves the window open (after 4pm and by 7 is 19:00: by 07:00 would leave nothing).
Only the half of the day changes; an hour already fixed ("7am", "19:00") stays.

An "until" of someone's doing that ends at most two hours before the window opens is the
reason for the window, not its end ("not before 11, I have soccer til 10:30", "after
11.30, the boy got football till 11", "9:30 or later, I've got a dentist thing till 9"):
it keeps its reading (10:30, 11:00, 09:00), as it would alone. "by" and "before" still
end the window ("after 5:30, out by 7"), and so do an "until" of the window itself
("after 10, I can stay till 9", "after 10, till 9") and one after "from" ("from 9 until
8"; not "from 10:00 onwards").
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.atoms import Atom
from slotwise.extractor.grounding.compose_range import moving
from slotwise.extractor.grounding.resolve import hour_readings
from slotwise.extractor.grounding.symbolic import Sym, TodSpec

# Between the old clock and the new one of a move: "6pm to 7", "Friday 6pm to Friday 7",
# "my 7pm friday to 8", "my 8pm booking to 9".
_MOVE_GAP = re.compile(
    r"\s*(?:(?:booking|appointment|appt|slot|session|class|lesson|one|reservation|table)\s+)?"
    r"(?:to|->|→|=>)\s*(?:(?:around|about|like|maybe)\s+)?",
    re.I,
)
# Between a window's start and its end: words of one sentence, no new day said.
_WINDOW_GAP = re.compile(r"[^.!?\n]{0,60}")
# How far (hours) the new time of a move may be from the old one to take its half.
_MOVE_REACH = 4
# An "until" (not "by", "before") ending something: "till 9", "until about 10", "til 10:30".
_UNTIL = re.compile(r"(?:un)?till?\b|'til\b", re.I)
# Between the window's start and the "until": someone's own doing said ("I have my
# daughter's soccer game", "the boy got football", "he's at dialysis", "her aide doesn't
# come"), not the window itself ("I can stay", "I'm free", "I'm around").
_DOING = re.compile(
    r"\b(?:have|has|had|got|is|are|am|was|doesn'?t|don'?t|isn'?t|won'?t|do\s+not|does\s+not)\b"
    r"|\w['’](?:s|m|re|ve)\b",
    re.I,
)
_OPEN_WORDS = re.compile(
    r"\b(?:can|could|free|available|open|stay|around|here|home|works?|fine|ok|okay)\b", re.I
)
# A window's start said with "from" ("from 9 until 8"): its "until" is the window's end;
# not "from 10 onwards", a start alone.
_FROM = re.compile(r"from\b", re.I)
_ONWARDS = re.compile(r"\s*on(?:wards?)?\b", re.I)
# How long (minutes) before the window opens an "until" may end to be its reason.
_REASON_REACH = 120


def _clock(s: Sym | None) -> TodSpec | None:
    if s is None or s.tod is None or s.tod.kind != "clock":
        return None
    return s.tod


def _loose(t: TodSpec) -> bool:
    return not t.h24 and not t.ap and 1 <= t.h <= 11


def _with_half(a: Atom, t: TodSpec, pm: bool) -> Atom:
    assert a.sym is not None
    return replace(a, sym=replace(a.sym, tod=replace(t, ap="pm" if pm else "am")))


def _same_day(a: Sym, b: Sym) -> bool:
    return a.day is None or b.day is None or a.day == b.day


def pair_hours(text: str, atoms: list[Atom]) -> list[Atom]:
    """Each bare hour after the clock it is paired with, read in that clock's reach
    (see the module's docstring)."""
    out = list(atoms)
    for i in range(1, len(out)):
        b, tb = out[i], _clock(out[i].sym)
        if tb is None or not _loose(tb) or b.weak:
            continue
        assert b.sym is not None
        for k in range(i - 1, -1, -1):
            a, ta = out[k], _clock(out[k].sym)
            if ta is None:
                continue
            assert a.sym is not None
            if not _same_day(a.sym, b.sym):
                break
            gap = text[a.end : b.start]
            ha, hb = (
                hour_readings(ta)[0],
                hour_readings(tb)[0],
            )  # as read: am/pm, 24h, else business hours
            if (
                not a.sym.bound
                and not b.sym.bound
                and (ta.ap or ta.h24)
                and _MOVE_GAP.fullmatch(gap)
                and moving(text, a.start)
            ):
                near = min((tb.h, tb.h + 12), key=lambda h: abs(h - ha))
                if near != hb and abs(near - ha) <= _MOVE_REACH:
                    out[i] = _with_half(b, tb, near >= 12)
            elif (
                a.sym.bound == "after"
                and b.sym.bound == "before"
                and not a.sym.negated
                and not b.sym.negated
                and _WINDOW_GAP.fullmatch(gap)
                and hb <= ha < tb.h + 12
                and not _reason_for_window(text, a, b, ha * 60 + ta.m - (hb * 60 + tb.m))
            ):
                out[i] = _with_half(b, tb, True)
            break  # only the clock said last
    return out


def _reason_for_window(text: str, a: Atom, b: Atom, before: int) -> bool:
    """ "not before 11, I have soccer til 10:30": `b` is an "until" of someone's doing,
    ending `before` minutes (0 to `_REASON_REACH`) before the window `a` opens, a window
    not said with "from"."""
    gap = text[a.end : b.start]
    return (
        0 <= before <= _REASON_REACH
        and _UNTIL.match(text, b.start) is not None
        and _DOING.search(gap) is not None
        and _OPEN_WORDS.search(gap) is None
        and (_FROM.match(text, a.start) is None or _ONWARDS.match(text, a.end) is not None)
    )
