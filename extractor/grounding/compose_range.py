"""Composition step 1b: datetime ranges across days, as ONE mention.

"Monday 9am to Tuesday 5pm", "from 10pm tonight to 2am", "Friday 6pm - Sunday noon",
"from Dec 3 at 2pm until Dec 4 at 11am", "tonight 10 till tomorrow 6am".

Runs after `join_ranges` (so "Monday 9am to 5pm" is already a day + clock range) and
before the prefix cues (so "from" and "until" are still separate atoms). The start end
is one to three atoms that intersect to a day and a clock; the far end one to three
atoms that intersect to a clock, with or without a day. The result is a `Sym` whose
day and clock are the start and whose `until` is the end (see `resolve_range.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding import self_correction
from slotwise.extractor.grounding.atoms import Atom, opens_between
from slotwise.extractor.grounding.symbolic import Sym, merge

_GAP = re.compile(r"\s*,?\s*(?:(?:at|on|@|around|about|of|in\s+the|the|this)\s+)*", re.I)
_SEP = re.compile(r"\s*(?:-{1,2}|–|—|to|thru|through|till|until|til|and)\s*", re.I)
_SPACE = re.compile(r"\s*")
_MAX = 3  # atoms one end may have
# A house move is no move of a booking: "the move-out on the 31st from 8 to 12", "a
# move-in clean", "we're moving in on the 3rd, 9 to 1" (the hours a range); nor a move
# word hyphened into a noun: "with this go-slow, only 8 to 9" (Nigerian English: a
# traffic jam), "a make-up class 3 to 4", "the switch-over".
_HOUSE_MOVE = ("move", "moving", "moved")
_MOVE = re.compile(
    r"(?<![\w])(?:(?:"
    + "|".join(_HOUSE_MOVE)
    + r")\b(?![-\s]+(?:out|in)\b)|(?:"
    + "|".join(w for w in lx.MOVE_WORDS if w not in _HOUSE_MOVE)
    + r")\b(?![-–]\w))(?P<rest>[^.!?;\n]*)$",
    re.I,
)
_TO = re.compile(r"(?<![\w])(?:to|for|into)(?![\w])", re.I)
_TO_ONLY = re.compile(r"(?<![\w])(?:to|into)(?![\w])", re.I)
_FROM = re.compile(r"from\s", re.I)
_FROM_BEFORE = re.compile(r"(?<![\w])from\s+$", re.I)
_FROM_GAP = re.compile(r"\s*,?\s*from\s+(?:the\s+)?$", re.I)
_TO_NEXT = re.compile(r"\s*(?:-|–|—|to|till|until)\s", re.I)
# "shift" naming a work shift, not moving a booking: after an owner, an article, "on" or
# a kind ("my shift is 7 to 3", "on shift 6am to 2pm", "the late shift Monday, 2 to 10",
# "a 12 hour shift"), or before what a shift does ("shift starts", "shift workers").
_WORK_SHIFT_BEFORE = re.compile(
    r"(?<![\w])(?:my|your|his|her|our|their|the|a|an|on|night|day|late|early|double|long|"
    r"short|split|morning|afternoon|evening|weekend|overnight|graveyard|work|next|this|new|"
    r"lunch|hour|hr|\d+(?:\s*[-–]\s*\d+)?)[\s-]+$",
    re.I,
)
_WORK_SHIFT_AFTER = re.compile(
    r"\s+(?:workers?|work|pattern|roster|rota|starts?|ends?|finish(?:es)?|is|was|changes?|"
    r"changed|got|runs?)\b",
    re.I,
)


def _work_shift(text: str, m: re.Match[str]) -> bool:
    """The move word found is "shift" used as a noun ("my shift is 7 to 3")."""
    word = m.group(0)[: len(m.group(0)) - len(m.group("rest"))]
    if word.lower() != "shift":
        return False
    return bool(
        _WORK_SHIFT_BEFORE.search(text, max(0, m.start() - 30), m.start())
        or _WORK_SHIFT_AFTER.match(text, m.start() + len(word))
    )


# "bring it in", "bring my laptop in", "bringing the dog over": a drop-off, not a move
# ("bring it forward to 3", "bring it back an hour" still are)
_DROP_OFF_AFTER = re.compile(
    r"\s+(?:[\w'’]+\s+){0,4}?(?:in|over|round|around|down|along|by)\b(?!\s+(?:an?|one|\d))",
    re.I,
)


# "put me in", "put us down for", "put my son on the list", "put Jo and me in": a booking,
# not a move ("put it back to 4", "put it off till Friday" still are) (G47)
_PUT_IN_AFTER = re.compile(
    r"\s+(?:[\w'’]+\s+){0,3}?(?:in|down|on)\b(?!\s+(?:hold|ice)\b)"
    r"(?!\s+(?:an?|one|\d)\b(?!\s+(?:slot|session|appointment|appt|spot)))",
    re.I,
)


def _drop_off(text: str, m: re.Match[str]) -> bool:
    """The move word found is "bring" said of bringing someone or something in, or
    "put" said of putting someone down for a booking."""
    word = m.group(0)[: len(m.group(0)) - len(m.group("rest"))]
    if word.lower() in ("put",):
        return _PUT_IN_AFTER.match(text, m.start() + len(word)) is not None
    if word.lower() not in ("bring", "bringing"):
        return False
    return _DROP_OFF_AFTER.match(text, m.start() + len(word)) is not None


def moving(text: str, start: int) -> bool:
    """A move verb earlier in the clause and no destination said yet ("move my appt
    from Friday to Saturday", "push my 9am to 10"): "A to B" there is an old time and a
    new one, not a range. "Move it to 2-4" has said its "to" and stays a range. The
    verb is the clause's last one ("... my hip appointment to the 2nd, so please change
    my slot from the 2nd to the 3rd"); before "from", a "for" names what is moved, not
    where ("reschedule the table for 10 from friday the 18th to saturday the 19th")."""
    if self_correction.restates_move(text, start):
        return True  # "... from A to B. Sorry, I mean from B to A"
    lo, last = max(0, start - 80), None
    while (m := _MOVE.search(text, lo, start)) is not None:
        if not _work_shift(text, m) and not _drop_off(text, m):
            last = m
        lo = m.end() - len(m.group("rest"))
    if last is None:
        return False
    rest = last.group("rest")
    from_said = _FROM.match(text, start) or _FROM_BEFORE.search(text, max(0, start - 8), start)
    dest = _TO_ONLY if from_said else _TO
    return dest.search(rest) is None


def old_clock_from(text: str, a: Atom, b: Atom) -> bool:
    """ "change my appointment on the 9th from 1pm to 11am", "move the booth on wed from
    11 to 12": after a move verb, the clock after "from" is the old time and the day
    before it the day of both; they stay two mentions, not "the 9th at 1pm"."""
    gap = text[a.end : b.start]
    if not _FROM_GAP.match(gap) or not _TO_NEXT.match(text, b.end):
        return False
    return (
        b.sym is not None
        and b.sym.tod is not None
        and moving(text, a.end + gap.lower().index("from"))
    )


def _plain(s: Sym | None) -> bool:
    return (
        s is not None
        and not s.bound
        and not s.negated
        and s.recur is None
        and not s.is_length
        and s.rel_minutes is None
        and s.until is None
        and s.span is None
    )


def _point(text: str, atoms: list[Atom], i: int, n: int) -> Sym | None:
    """The intersection of atoms[i:i+n] when it is a clock (with or without a day)."""
    if i + n > len(atoms):
        return None
    sym = atoms[i].sym
    if not _plain(sym):
        return None
    for k in range(i + 1, i + n):
        b = atoms[k]
        if not _plain(b.sym) or not _GAP.fullmatch(text[atoms[k - 1].end : b.start]):
            return None
        assert sym is not None and b.sym is not None
        sym = merge(sym, b.sym)
        if sym is None or not _plain(sym):
            return None
    assert sym is not None
    if sym.tod is None or sym.tod.kind != "clock" or sym.tod.approx:
        return None
    return sym


def join_datetime_ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    """Join "<day+clock> to <clock [day]>" (with an optional "from"/"between" before)."""
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        joined = _try(text, atoms, i)
        if joined is None:
            out.append(atoms[i])
            i += 1
        else:
            atom, i = joined
            out.append(atom)
    return out


def _try(text: str, atoms: list[Atom], i: int) -> tuple[Atom, int] | None:
    lead = atoms[i] if atoms[i].cue == "between" and atoms[i].sym is None else None
    j = i + 1 if lead is not None else i
    if lead is not None and (
        j >= len(atoms) or not _SPACE.fullmatch(text[lead.end : atoms[j].start])
    ):
        return None
    for n in range(_MAX, 0, -1):
        start = _point(text, atoms, j, n)
        if start is None or start.day is None:
            continue
        k, sep_ok = j + n, False
        if k >= len(atoms):
            continue
        sep = atoms[k]
        gap = text[atoms[k - 1].end : sep.start]
        if sep.sym is None and sep.cue and sep.sep and _SPACE.fullmatch(gap):
            sep_ok, k = True, k + 1  # "till", "until", "through"
            if k >= len(atoms) or not _SPACE.fullmatch(text[sep.end : atoms[k].start]):
                continue
        else:
            m = _SEP.fullmatch(gap)
            sep_ok = m is not None and (
                gap.strip().lower() != "and" or (lead is not None and opens_between(lead))
            )
        if not sep_ok or moving(text, (lead or atoms[j]).start):
            continue
        for n2 in range(_MAX, 0, -1):
            end = _point(text, atoms, k, n2)
            if end is None:
                continue
            last = atoms[k + n2 - 1]
            first = lead or atoms[j]
            rules = [lead.rules[0]] if lead is not None and lead.rules else []
            for a in atoms[j : k + n2]:
                rules.extend(a.rules)
            sym = Sym(day=start.day, tod=start.tod, zone=start.zone or end.zone, until=end)
            return Atom(first.start, last.end, sym, rules, weak=False), k + n2
        return None
    return None


def weekly_hours(a: Sym, b: Sym) -> Sym | None:
    """ "8-4 mon thru fri", "Monday to Friday 9 till 5": a run of weekdays with no week
    said, and a clock range, is those hours on every such weekday (a recurring set, as
    "9-5 weekdays" is), not the days of one week."""
    for x, y in ((a, b), (b, a)):
        span = x.span
        if span is None or span.kind != "range" or span.start is None or span.end is None:
            continue
        first, last = span.start, span.end
        if first.kind != "wd" or last.kind != "wd" or first.mod or last.mod:
            continue
        if x.tod is not None or x.recur is not None or x.bound or y.bound:
            continue
        if y.tod is None or y.tod.kind != "range" or y.has_date or y.recur is not None:
            continue
        days = frozenset((first.n + k) % 7 for k in range((last.n - first.n) % 7 + 1))
        return replace(y, recur=days, negated=x.negated or y.negated, zone=y.zone or x.zone)
    return None


def _named_weekday(s: Sym | None) -> int:
    if s is None or s.day is None or s.span is not None or s.recur is not None:
        return -1
    if s.day.kind == "wd" and not s.bound and not s.negated:
        return s.day.n
    return s.day.weekday if s.day.kind == "dom" else -1


def weekday_clash(a: Atom, b: Atom) -> bool:
    """Two days that name different weekdays are two days, never one: "tues 25th,
    actually wed 26th, tues im at the footy", "Tuesday the 15th at 1, Monday's my gym
    day" ("wed 26th, tues" is no Tuesday the 26th)."""
    wa, wb = _named_weekday(a.sym), _named_weekday(b.sym)
    return wa >= 0 and wb >= 0 and wa != wb
