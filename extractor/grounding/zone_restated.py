"""A clock restated in another zone in brackets: "3pm Berlin time (9am Boston)", "no
later than 4pm London time (11am your time)", "no earlier than 11am Eastern (8am for
her)".

Writers who plan across zones say the time twice, once for each side, the second in
brackets right after the first. Both name one instant, so the bracket belongs to the
first mention: its span takes the bracket in and its value stays the first's (the
clock with its zone, and the bound or day it was said with). Read apart, the restated
clock was a second wish: a start at 11:00 beside "no later than 11:00", or a clock
lent to a day said after it. Only a clock with a zone of its own restates; "(9am)"
alone, "(2 people)", "(15th)" stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.atoms import Atom

_OPEN = re.compile(r"\s*\(\s*$")
_CLOSE = re.compile(r"\s*\)")


def _zoned_clock(a: Atom | None) -> bool:
    s = a.sym if a is not None else None
    return s is not None and s.tod is not None and s.tod.kind == "clock" and bool(s.zone)


def _restates(text: str, a: Atom, b: Atom | None) -> int | None:
    """Where the bracket around `b` closes when `b` restates `a` in another zone."""
    if b is None or b.sym is None or b.sym.has_date or not (_zoned_clock(a) and _zoned_clock(b)):
        return None
    if not _OPEN.fullmatch(text, a.end, b.start):
        return None
    close = _CLOSE.match(text, b.end)
    return close.end() if close else None


def fold_restated(text: str, atoms: list[Atom]) -> list[Atom]:
    """Atoms with each bracketed restatement folded into the zoned clock before it."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        end = _restates(text, a, atoms[i + 1] if i + 1 < len(atoms) else None)
        if end is not None:
            out.append(replace(a, end=end))  # "3pm Berlin time (9am Boston)": one instant
            i += 2
            continue
        out.append(a)
        i += 1
    return out
