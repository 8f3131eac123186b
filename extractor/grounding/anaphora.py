"""Back-references: words that mean a time said earlier in the message.

"same time", "that day", "after that", "the day before", "later that week", "the
Tuesday after that". Each is a rule here (an atom with no value yet and a `ref` note
naming the kind of antecedent it needs); `resolve_anaphora`, a composition step run
after ranges are joined and before cues apply, gives each the value of the nearest
fitting antecedent before it and records that antecedent's span in the atom's notes
(`TimeMention.refers_to` in the end). With no antecedent the words are set aside, and
`unread` reports them.

| words | antecedent | value |
| --- | --- | --- |
| same time, the same time, that time | nearest time of day | that time of day |
| that day, the same day, same date | nearest day | that day |
| earlier / later that day | nearest day (and its time) | that day, before / after its time |
| after that, before then, no later than that | nearest time of day or day | the bound on it |
| the day before / after (end of clause) | nearest day | the day moved by one (else yesterday / tomorrow) |
| the week before / after | nearest day | the Monday-Sunday week before / after its week |
| later that week, earlier that week | nearest day | the days after / before it in its week |
| the Tuesday after that, the Tuesday after | nearest day | the first Tuesday after it |
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.atoms import WD, Atom, Options, rule
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

_THAT = r"(?:that|the\s+same|same|that\s+same)"


def _ref(kind: str, **notes: str) -> Callable[[re.Match[str], Options], Atom]:
    def produce(m: re.Match[str], o: Options) -> Atom:
        extra = {k: (m.group(v) or "").lower() for k, v in notes.items()}
        return Atom(m.start(), m.end(), None, [], cue="anaphor", notes={"ref": kind, **extra})

    return produce


rule("same_time", r"(?:at\s+)?(?:the\s+)?(?:same|usual)\s+time(?P<ish>[\s-]?ish)?")(
    _ref("time", ish="ish")
)
rule("that_time", r"(?:at\s+)?that\s+time(?!\s+of\b)")(_ref("time"))
rule("same_day", rf"(?:on\s+)?{_THAT}\s+(?:day|date)")(_ref("day"))
rule(
    "earlier_later_that_day",
    rf"(?P<dir>earlier|later)\s+(?:on\s+)?(?:in\s+)?{_THAT}\s+day",
)(_ref("dayside", dir="dir"))
rule(
    "later_that_week",
    rf"(?P<dir>earlier|later)\s+(?:on\s+)?(?:in\s+)?{_THAT}\s+week",
)(_ref("weekside", dir="dir"))
rule(
    "week_before_after",
    r"(?:the|a)\s+week\s+(?P<dir>before|after|earlier|later)(?:\s+that)?"
    r"(?=\s*(?:[.,!?;)]|$|then|instead|please|pls|if|would|could|works|is|maybe|or|perhaps)\b|\s+that\b)",
)(_ref("weekshift", dir="dir"))
rule(
    "weekday_after_that",
    rf"(?:the\s+)?(?P<wd>{WD})\s+(?P<dir>after|before)(?:\s+that)?"
    r"(?=\s*(?:[.,!?;)]|$|then|instead|please|pls|if|would|could|works|is|maybe|or)\b|\s+that\b)",
)(_ref("wdshift", dir="dir", wd="wd"))


_BOUND_BEFORE_REF = re.compile(
    r"(?<![\w])(?:after|before|by|until|till|til|than|then|past|b4)\s+$", re.IGNORECASE
)


@rule("bound_that", r"that|then|those\s+times")
def _bound_that(m: re.Match[str], o: Options) -> Atom | None:
    """ "after that", "no later than that", "before then": only right after a bound word."""
    if not _BOUND_BEFORE_REF.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes={"ref": "point"})


def _wants_day(a: Atom) -> bool:
    s = a.sym
    return s is not None and s.day is not None and s.recur is None and not a.weak


def _has_tod(atoms: list[Atom], i: int) -> bool:
    """A time of day, not a bare number unless a cue made it one ("until 5")."""
    a = atoms[i]
    s = a.sym
    if s is None or s.tod is None or s.duration is not None:
        return False
    return not a.weak or (i > 0 and atoms[i - 1].cue in ("bound", "between"))


def _antecedent(atoms: list[Atom], k: int, want: str) -> Atom | None:
    """The nearest atom before `k` that fits: a day, a time of day, or either (a time
    said just before its day wins: "piano from 4 to 5 on Wednesday, so after that")."""
    for i in range(k - 1, -1, -1):
        a = atoms[i]
        if a.sym is None:
            continue
        if want == "day" and _wants_day(a):
            return a
        if want == "time" and _has_tod(atoms, i):
            return a
        if want == "point" and _has_tod(atoms, i):
            return a
        if want == "point" and _wants_day(a):
            if i > 0 and _has_tod(atoms, i - 1) and a.start - atoms[i - 1].end <= 6:
                return atoms[i - 1]
            return a
    return None


def resolve_anaphora(text: str, atoms: list[Atom]) -> list[Atom]:
    """Give each back-reference the value of its antecedent; drop the unresolved."""
    out: list[Atom] = []
    for k, a in enumerate(atoms):
        if a.rules == ["day_before_after"]:
            out.append(_day_before_after(atoms, k, a))
            continue
        if a.cue != "anaphor":
            out.append(a)
            continue
        ref = a.notes["ref"]
        ante = _antecedent(
            atoms, k, "time" if ref == "time" else "point" if ref == "point" else "day"
        )
        sym = _value(text, atoms, a, ante) if ante is not None else None
        if sym is None:
            continue
        assert ante is not None
        notes = {**a.notes, "ref": f"{ante.start}:{ante.end}"}
        out.append(Atom(a.start, a.end, sym, list(a.rules), notes=notes))
    return out


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


def _value(text: str, atoms: list[Atom], a: Atom, ante: Atom) -> Sym | None:
    ref, src = a.notes["ref"], ante.sym
    assert src is not None
    if ref == "time":
        assert src.tod is not None
        tod = src.tod
        if a.notes.get("ish") and tod.kind == "clock":
            tod = replace(tod, approx=True)
        return Sym(tod=tod)
    if ref == "point":
        if src.tod is not None:
            tod = src.tod
            if tod.kind == "range" and tod.a is not None and tod.b is not None:
                # "10 till 12, so after that": after its end; "before that": before its start
                after = _AFTER_WORD.search(text, max(0, a.start - 20), a.start) is not None
                tod = tod.b if after else tod.a
            return Sym(tod=tod)
        assert src.day is not None
        return Sym(day=src.day)
    assert src.day is not None
    day = src.day
    if ref == "day":
        return Sym(day=day)
    if ref == "dayside":
        clock = src.tod or _clock_near(atoms, ante, a)
        if clock is not None and clock.kind == "clock":
            bound = "before" if a.notes["dir"] == "earlier" else "after"
            return Sym(day=day, tod=clock, bound=bound)
        return Sym(day=day)
    if ref == "weekside":
        part = "before" if a.notes["dir"] == "earlier" else "after"
        return Sym(span=SpanSpec("weekof", start=day, part=part))
    if ref == "weekshift":
        n = -7 if a.notes["dir"] in ("before", "earlier") else 7
        return Sym(span=SpanSpec("weekof", start=DaySpec("shift", n, base=day)))
    if ref == "wdshift":
        kind = "wdbefore" if a.notes["dir"] == "before" else "wdafter"
        return Sym(day=DaySpec(kind, lx.weekday_index(a.notes["wd"]), base=day))
    return None


def _day_before_after(atoms: list[Atom], k: int, a: Atom) -> Atom:
    """ "my surgery is on the 2nd, so the day before": the 1st; with no day said before,
    yesterday / tomorrow as before."""
    ante = _antecedent(atoms, k, "day")
    if ante is None or ante.sym is None or ante.sym.day is None or a.sym is None:
        return a
    assert a.sym.day is not None
    n = a.sym.day.n
    sym = Sym(day=DaySpec("shift", n, base=ante.sym.day))
    return Atom(
        a.start, a.end, sym, list(a.rules), notes={**a.notes, "ref": f"{ante.start}:{ante.end}"}
    )
