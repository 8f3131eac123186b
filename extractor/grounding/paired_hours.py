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
            ):
                out[i] = _with_half(b, tb, True)
            break  # only the clock said last
    return out
