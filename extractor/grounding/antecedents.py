"""Antecedents and values of back-references (`anaphora.py` finds the words and runs
the step): which earlier mention a reference leans on (`antecedent`), and the value it
takes from it (`value`, `day_before_after`, `moved`, `rebased`, "same time, 11")."""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import Atom, part_word
from slotwise.extractor.grounding.coordination import coordinated
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec


def clock_kind(a: Atom) -> bool:
    s = a.sym
    return s is not None and s.tod is not None and s.tod.kind == "clock"


def wants_day(a: Atom) -> bool:
    s = a.sym
    return s is not None and s.day is not None and s.recur is None and not a.weak


def a_plain_day(a: Atom) -> bool:
    """A day said as itself, something a count or an event can stand on: no bound, no
    negation, no span of days, not itself an anaphor ("the day before")."""
    return _plain_day(a) and a.cue != "anaphor"


def has_tod(atoms: list[Atom], i: int) -> bool:
    """A time of day, not a bare number unless a cue made it one ("until 5")."""
    a = atoms[i]
    s = a.sym
    if s is None or s.tod is None or s.is_length:
        return False
    return not a.weak or (i > 0 and atoms[i - 1].cue in ("bound", "between"))


def _bound_clock(atoms: list[Atom], i: int) -> bool:
    """The clock of a limit: "til 6", "not after 5" (a bound cue right before it)."""
    s = atoms[i].sym
    if s is not None and s.bound:
        return True
    return i > 0 and atoms[i - 1].cue == "bound" and atoms[i].start - atoms[i - 1].end <= 2


def week_of_its_own(s: Sym) -> bool:
    """A week said as one: "next week", "the week of the 7th" (not a run of days)."""
    return s.span is not None and s.span.kind in ("week", "weekof") and s.day is None


def week_like(a: Atom) -> bool:
    """A span a week can be counted from: "next week", "the week of the 7th", "Mon 11 to
    Fri 15"."""
    s = a.sym
    return (
        s is not None
        and s.span is not None
        and s.span.kind in ("week", "weekof", "range")
        and s.tod is None
        and not s.span.part
    )


# The parts of a week a week after or before is counted from: "the end of next week or
# (early) the week after".
_WEEK_PART_WORDS = frozenset({"early", "mid", "late", "end"})


def _part_of_a_week(a: Atom) -> bool:
    s = a.sym
    return (
        s is not None
        and s.span is not None
        and s.span.kind in ("week", "weekof")
        and s.tod is None
        and s.span.part in _WEEK_PART_WORDS
    )


def antecedent(atoms: list[Atom], k: int, want: str) -> Atom | None:
    """The nearest atom before `k` that fits: a day, a time of day, or either (a time
    said just before its day wins: "piano from 4 to 5 on Wednesday, so after that");
    a week is counted from a day or a span of days ("not next week; the week after")."""
    if want == "clock":  # "same time": a clock time said before, else a part of the day
        clocks = [i for i in range(k) if has_tod(atoms, i) and clock_kind(atoms[i])]
        # the time of a booking, not a limit said since: "booked for today at 4 but
        # stuck at work til 6, so tomorrow same time" is 4 (a bound's clock only when no
        # other clock was said: "not before 10 on monday, tuesday same time")
        plain = [i for i in clocks if not _bound_clock(atoms, i)]
        clocks = plain or clocks
        return atoms[clocks[-1]] if clocks else antecedent(atoms, k, "time")
    for i in range(k - 1, -1, -1):
        a = atoms[i]
        if a.sym is None:
            continue
        if want in ("day", "week") and wants_day(a):
            return a
        if want == "week" and (week_like(a) or _part_of_a_week(a)):
            return a
        if want == "time" and has_tod(atoms, i):
            return a
        if want == "point" and has_tod(atoms, i):
            return a
        if want == "point" and wants_day(a):
            if i > 0 and has_tod(atoms, i - 1) and a.start - atoms[i - 1].end <= 6:
                return atoms[i - 1]
            return a
        if want == "point" and _run_of_days(a):
            if i > 0 and has_tod(atoms, i - 1) and a.start - atoms[i - 1].end <= 6:
                return atoms[i - 1]  # "I work 7 to 3:30 mon-fri, after that": the time
            return a  # "in hospital the 21st to the 27th, any time after that"
    return None


def same_weekday_said(atoms: list[Atom], k: int, a: Atom) -> Atom | None:
    """ "from sun to the sunday after": the weekday the words name, said before them
    even where it was too short to count alone ("sun", "wed")."""
    wd = a.notes.get("wd") or a.notes.get("wd2")
    if not wd:
        return None
    n = lx.weekday_index(wd)
    for b in reversed(atoms[:k]):
        s = b.sym
        if s is not None and s.day is not None and s.day.kind == "wd" and s.day.n == n:
            return b if s.tod is None and s.recur is None else None
    return None


def _run_of_days(a: Atom) -> bool:
    """A run of days with both ends said ("the 21st to the 27th"), no time of day."""
    s = a.sym
    return (
        s is not None
        and s.span is not None
        and s.span.kind == "range"
        and s.span.start is not None
        and s.span.end is not None
        and s.span.start.kind != "wd"  # "mon-fri, after that" names no dates
        and s.tod is None
        and s.recur is None
        and not s.bound
        and not s.negated
        and not a.weak
    )


_FROM_WORD = re.compile(r"(?<![\w])from\s+$", re.I)
_AFTER_WORD = re.compile(r"(?:after|past|later\s+than|not\s+before|earlier\s+than\s+)\s*$", re.I)


def _clock_near(atoms: list[Atom], ante: Atom, a: Atom) -> TodSpec | None:
    """The clock said with a day in separate words ("on the 8th at 3")."""
    for b in atoms:
        s = b.sym
        if not (ante.end <= b.start < a.start) or s is None or s.tod is None:
            continue
        if s.tod.kind == "clock" and not b.weak and not s.has_date:
            return s.tod
    return None


_BESIDE = re.compile(r"[\s,]*(?:(?:on|until|till|til|to|from|at)\s+)?", re.I)


def _day_beside(text: str, atoms: list[Atom], ante: Atom) -> DaySpec | None:
    """The day said right beside a clock ("until 4:30 on Monday", "friday till 2", "until
    2 tomorrow"), so that "straight after" is right after the clock on that day, not on
    every day."""
    for b in atoms:
        s = b.sym
        if b is ante or s is None or s.day is None or s.tod is not None or s.recur is not None:
            continue
        gap = (b.end, ante.start) if b.end <= ante.start else (ante.end, b.start)
        if gap[0] <= gap[1] and _BESIDE.fullmatch(text, *gap):
            return s.day
    return None


def value(text: str, atoms: list[Atom], a: Atom, ante: Atom) -> Sym | None:
    ref, src = a.notes["ref"], ante.sym
    assert src is not None
    if ref == "time":
        assert src.tod is not None
        tod = src.tod
        if (a.notes.get("ish") or a.notes.get("ish2")) and tod.kind == "clock":
            tod = replace(tod, approx=True)
        return Sym(tod=tod)
    if ref == "point":
        if src.tod is not None:
            tod = src.tod
            if tod.kind == "range" and tod.a is not None and tod.b is not None:
                # "10 till 12, so after that": after its end; "before that": before its start
                after = bool(a.notes.get("after")) or (
                    _AFTER_WORD.search(text, max(0, a.start - 20), a.start) is not None
                )
                tod = tod.b if after else tod.a
            if (a.notes.get("after") or a.notes.get("before")) and src.day is None:
                # "straight after", "right before": that day
                return Sym(day=_day_beside(text, atoms, ante), tod=tod)
            return Sym(tod=tod)
        if src.day is None and src.span is not None:
            # a run of days: the bound takes the whole run ("after that" is after its
            # last day, "before then" before its first); "from then on" says neither
            if _FROM_WORD.search(text, max(0, a.start - 8), a.start):
                return None
            return Sym(span=src.span)
        assert src.day is not None
        return Sym(day=src.day)
    if ref == "weekshift" and src.day is None:
        shifted = _week_shifted(src, a.notes["dir"] in ("before", "earlier"))
        return _week_part(shifted, a.notes.get("part", ""))
    if ref == "weekof" and src.day is None and src.span is not None:
        return Sym(span=replace(src.span, part="")) if week_of_its_own(src) else None
    assert src.day is not None
    day = src.day
    if ref == "day":
        return Sym(day=day)
    if ref == "daypart":
        return Sym(day=day, tod=TodSpec("pod", pod=lx.pod_key(a.notes["pod"])))
    if ref == "weekof":
        return Sym(span=SpanSpec("weekof", start=day))
    if ref == "dayside":
        clock = src.tod or _clock_near(atoms, ante, a) or _slot_clock(atoms, ante)
        if clock is not None and clock.kind == "clock":
            earlier = a.notes["dir"] == "earlier"
            if a.notes.get("pod"):  # "later that morning": from its time to noon
                lo, hi, _ = lx.PARTS_OF_DAY[lx.pod_key(a.notes["pod"])]
                h, m = (int(x) for x in (lo if earlier else hi).split(":"))
                edge = TodSpec("clock", h, m, h24=True, grain="minute")
                rng = (
                    TodSpec("range", a=edge, b=clock)
                    if earlier
                    else TodSpec("range", a=clock, b=edge)
                )
                return Sym(day=day, tod=rng)
            return Sym(day=day, tod=clock, bound="before" if earlier else "after")
        return Sym(day=day)
    if ref == "weekside":
        part = "before" if a.notes["dir"] == "earlier" else "after"
        return Sym(span=SpanSpec("weekof", start=day, part=part))
    if ref == "weekshift":
        if a.notes["dir"] in ("before", "earlier"):
            if a.notes.get("part"):  # "early the week before" the 20th: of the week before
                week_before = SpanSpec("weekof", start=DaySpec("shift", -7, base=day))
                return _week_part(Sym(span=week_before), a.notes["part"])
            return Sym(span=SpanSpec("weekof", start=day, part="lead"))
        week_after = SpanSpec("weekof", start=DaySpec("shift", 7, base=day))
        return _week_part(Sym(span=week_after), a.notes.get("part", ""))
    if ref == "wdshift":
        before = (a.notes["dir"] or a.notes["dir2"]) == "before"
        wd = lx.weekday_index(a.notes["wd"] or a.notes["wd2"])
        return Sym(day=DaySpec("wdbefore" if before else "wdafter", wd, base=day))
    return None


def _week_part(week: Sym | None, said: str) -> Sym | None:
    """The part of a week said before "the week after" ("early the week after", "the
    end of the week before"): that part of the week; none said, the week as it was."""
    if week is None or week.span is None or not said:
        return week
    return Sym(span=replace(week.span, part=part_word(said)))


def _week_shifted(src: Sym, back: bool) -> Sym | None:
    """The Monday-Sunday week before / after a span of days."""
    span = src.span
    if span is None:
        return None
    if span.kind == "week":  # the whole week, not the part said of the one before
        part = "" if span.part in _WEEK_PART_WORDS else span.part
        return Sym(span=replace(span, n=span.n + (-1 if back else 1), part=part))
    day = span.start if span.kind == "weekof" or back else span.end
    if day is None:
        return None
    return Sym(span=SpanSpec("weekof", start=DaySpec("shift", -7 if back else 7, base=day)))


def day_before_after(atoms: list[Atom], k: int, a: Atom) -> Atom:
    """ "my surgery is on the 2nd, so the day before": the 1st; with no day said before,
    yesterday / tomorrow as before."""
    ante = antecedent(atoms, k, "day")
    days = _days_said(atoms, k)
    if days is not None and (ante is None or days.start > ante.start):
        ante = days  # "away Dec 1-3, so the day after (the last one)": after the 3rd
    if ante is None or ante.sym is None or a.sym is None:
        return a
    assert a.sym.day is not None
    n = a.sym.day.n
    span = ante.sym.span
    if span is not None and span.start is not None and span.end is not None:
        base = span.end if n > 0 else span.start
    elif ante.sym.day is not None:
        base = ante.sym.day
    else:
        return a
    sym = Sym(day=DaySpec("shift", n, base=base), tod=a.sym.tod)  # "the evening before"
    return Atom(
        a.start, a.end, sym, list(a.rules), notes={**a.notes, "ref": f"{ante.start}:{ante.end}"}
    )


def _days_said(atoms: list[Atom], k: int) -> Atom | None:
    """The nearest run of days said before `k` ("Dec 1 and 2", "the 4th to the 7th")."""
    for a in reversed(atoms[:k]):
        s = a.sym
        if s is None or s.span is None or s.recur is not None or a.weak:
            continue
        if s.span.kind == "range" and s.span.start is not None and s.span.end is not None:
            return a
    return None


LATER_EARLIER = re.compile(r"(?:later|earlier)$", re.IGNORECASE)


def _slot_clock(atoms: list[Atom], ante: Atom) -> TodSpec | None:
    """The clock said with a day: its own, or one right beside it ("thurs 10:45", "my
    3pm on the 30th")."""
    s = ante.sym
    if s is not None and s.tod is not None:
        return s.tod if s.tod.kind == "clock" else None
    i = atoms.index(ante)
    for j in (i + 1, i - 1):
        if not 0 <= j < len(atoms):
            continue
        b = atoms[j]
        near = b.start - ante.end <= 6 if j > i else ante.start - b.end <= 6
        if near and _only_clock(b):
            assert b.sym is not None
            return b.sym.tod
    return None


def moved_by(text: str, atoms: list[Atom], k: int, a: Atom, n: int, unit: str) -> Atom | None:
    """ "back a week": the day said before moved n days, at its time if it had one;
    "back an hour": the time said before (else just after: "back an hour? it's at 6")
    moved n minutes. The clock of a limit is none ("my bus does not arrive until twenty
    past nine, so might we make it an hour later?", "half an hour later, the mass runs
    till 12:30"): the limit is why the slot moves, not where from."""
    if unit == "day":
        # "push our move back a week? it's currently Wed the 28th": the day said after
        ante = antecedent(atoms, k, "day") or day_after(text, atoms, k)
        if ante is None or ante.sym is None or ante.sym.day is None:
            return None
        sym = Sym(day=DaySpec("shift", n, base=ante.sym.day), tod=_slot_clock(atoms, ante))
    else:
        before = [i for i in range(k) if has_tod(atoms, i) and _only_clock(atoms[i])]
        ante = atoms[before[-1]] if before else clock_after(text, atoms, k)
        if ante is not None and _bound_clock(atoms, atoms.index(ante)):
            return None
        if ante is None or ante.sym is None or ante.sym.tod is None:
            return None
        tod = _clock_moved(ante.sym.tod, n)
        if tod is None:
            return None
        sym = Sym(tod=tod)
    notes = {**a.notes, "ref": f"{ante.start}:{ante.end}"}
    return Atom(a.start, a.end, sym, list(a.rules), notes=notes)


def _clock_moved(tod: TodSpec, minutes: int) -> TodSpec | None:
    """A clock time moved by some minutes; a bare hour stays bare ("at 8", an hour later:
    9, morning or evening as business hours say)."""
    if tod.kind != "clock":
        return None
    if tod.h24 or tod.ap:
        h = tod.h if tod.h24 else tod.h % 12 + (12 if tod.ap == "pm" else 0)
        total = (h * 60 + tod.m + minutes) % 1440
        grain = "minute" if total % 60 else "hour"
        return TodSpec("clock", h=total // 60, m=total % 60, h24=True, grain=grain)
    total = ((tod.h % 12) * 60 + tod.m + minutes) % 720
    h = total // 60 or 12
    grain = "minute" if total % 60 else "hour"
    return replace(tod, h=h, m=total % 60, grain=grain, approx=False)


def rebased_offset(text: str, atoms: list[Atom], k: int, a: Atom) -> Atom:
    """ "a week later", "an hour earlier": from the time said before when there is one
    ("my Wednesday 7pm ... a week later"), else from now as `units_ago` read it."""
    s = a.sym
    if s is None:
        return a
    if s.rel_minutes is not None and s.rel_end is None:
        moved = moved_by(text, atoms, k, a, s.rel_minutes, "minute")
    elif s.day is not None and s.day.kind == "rel" and s.tod is None:
        moved = moved_by(text, atoms, k, a, s.day.n, "day")
    else:
        moved = None
    if moved is None:
        return a
    return replace(moved, rules=list(a.rules))


_SAID_GAP = re.compile(
    r"\s*(?:if\s+(?:poss(?:ible)?|you\s+can)\s*)?(?:[,:(\-–—]\s*)?"
    r"(?:(?:so|i\.?e\.?,?|which\s+is|the)\s+)?",
    re.I,
)
_CLOSE = re.compile(r"\s*\)")


def _only_clock(a: Atom) -> bool:
    s = a.sym
    return (
        s is not None
        and s.tod is not None
        and s.tod.kind == "clock"
        and not s.has_date
        and not s.bound
        and not s.negated
        and not s.is_length
    )


def said_clock(text: str, a: Atom, b: Atom) -> bool:
    """ "same time, 11", "same time (11.40)": the time is said right after the words."""
    if re.match(r"[.:]\d", text[b.end : b.end + 2]):
        return False  # "11.40" that no clock rule read: not 11 o'clock
    return _only_clock(b) and _SAID_GAP.fullmatch(text, a.end, b.start) is not None


def with_said_clock(text: str, a: Atom, b: Atom) -> Atom:
    assert b.sym is not None
    close = _CLOSE.match(text, b.end)
    end = close.end() if close and "(" in text[a.end : b.start] else b.end
    return Atom(a.start, end, b.sym, [*a.rules, *b.rules], notes={"cue": a.notes.get("cue", "")})


def day_after(text: str, atoms: list[Atom], k: int) -> Atom | None:
    """ "back a week? it's currently Wed the 28th", "push mine back a week pls - Dr Olsen
    Tues 20th 11am": with no day said before, the first one said soon after (A49)."""
    a = atoms[k]
    for b in atoms[k + 1 :]:
        if b.start - a.end > 80 or len(re.findall(r"[.!?\n]", text[a.end : b.start])) > 1:
            return None
        s = b.sym
        if wants_day(b) and s is not None and not s.bound and not s.negated and s.span is None:
            return b
    return None


def clock_after(text: str, atoms: list[Atom], k: int) -> Atom | None:
    """ "Same time if you can, it was 4:30": with no time said before, the first clock
    said soon after (in the same or the next sentence)."""
    a = atoms[k]
    for b in atoms[k + 1 :]:
        if b.start - a.end > 60 or len(re.findall(r"[.!?\n]", text[a.end : b.start])) > 1:
            return None
        if _only_clock(b) and not b.weak:
            return b
    return None


def that_weekday(text: str, atoms: list[Atom], k: int, a: Atom) -> Atom:
    """ "cut and colour on Tuesday 23rd, and acrylics that Saturday": the Saturday of the
    Monday-Sunday week of the day said before (the 27th, not the coming Saturday); when
    that day ends a list of days, the day of the list on that weekday if one is ("the
    14th or the 15th ... till noon that Sunday": the 14th when it is a Sunday). After
    a week said ("next week ... that Friday") or a bare weekday (read in a week or period
    said before it: "the weekend of the 5th? sunday ... that sunday") the weekday stays
    bare and `ground` reads it in that week, as it read the one before; with nothing said before, the coming one, as "Saturday" alone (in a
    conversation, `candidate_finding` first says the day an earlier turn set)."""
    ante = antecedent(atoms, k, "week")
    if ante is None or ante.sym is None or a.sym is None or a.sym.day is None:
        return a
    notes = {**a.notes, "ref": f"{ante.start}:{ante.end}"}
    src = ante.sym
    bare = src.day is not None and src.day.kind == "wd" and not src.day.mod
    if wants_day(ante) and src.day is not None and src.span is None and not src.bound and not bare:
        j = next(i for i, b in enumerate(atoms) if b is ante)
        among = tuple(_listed_before(text, atoms, j))
        sym = Sym(day=DaySpec("wdof", a.sym.day.n, base=src.day, among=among))
        return Atom(a.start, a.end, sym, list(a.rules), notes=notes)
    return replace(a, notes=notes)


def _plain_day(a: Atom) -> bool:
    """A day said as one, with no span or bound: "the 14th", "Friday 4th", "next Tuesday"."""
    s = a.sym
    return wants_day(a) and s is not None and s.span is None and not s.bound and not s.negated


def _listed_before(text: str, atoms: list[Atom], j: int) -> list[DaySpec]:
    """The days said in one list before day `j`, only a list joiner between each and the
    next ("the 14th or the 15th", "Fri 4th, Sat 5th or Sun 6th"), nearest last."""
    out: list[DaySpec] = []
    while j > 0:
        j = _with_its_weekday(text, atoms, j)
        if j == 0:
            break
        left, right = atoms[j - 1], atoms[j]
        if left.sym is None or left.sym.day is None or not _plain_day(left):
            break
        if not coordinated(text, (left.start, left.end), (right.start, right.end)):
            break
        out.insert(0, left.sym.day)
        j -= 1
    return out


def _with_its_weekday(text: str, atoms: list[Atom], j: int) -> int:
    """Where day `j` starts when a weekday is said right before it, as one day ("Mon Dec
    7", "Fri, 4 Dec": composed only after back-references are read)."""
    if j == 0:
        return j
    s, gap = atoms[j - 1].sym, text[atoms[j - 1].end : atoms[j].start]
    if s is None or s.day is None or s.day.kind != "wd" or s.day.mod or s.tod is not None:
        return j
    return j - 1 if re.fullmatch(r"\s*,?\s*", gap) else j


def rebased(atoms: list[Atom], k: int, a: Atom) -> Atom:
    """ "the following ...": counted from the nearest day (or week) said before."""
    kind = a.notes["rebase"]
    ante = antecedent(atoms, k, "week" if kind == "week" else "day")
    src = ante.sym if ante is not None else None
    if ante is None or src is None:
        return a
    if kind == "week" and src.day is None:
        sym = _week_shifted(src, False)
    elif kind == "week":
        sym = Sym(span=SpanSpec("weekof", start=DaySpec("shift", 7, base=src.day)))
    else:
        assert src.day is not None
        if kind == "day":
            sym = Sym(day=DaySpec("shift", 1, base=src.day))
        else:
            sym = Sym(day=DaySpec("wdafter", int(a.notes["wd"]), base=src.day))
    if sym is None:
        return a
    notes = {k: v for k, v in a.notes.items() if k != "rebase"}
    return Atom(
        a.start, a.end, sym, list(a.rules), notes={**notes, "ref": f"{ante.start}:{ante.end}"}
    )
