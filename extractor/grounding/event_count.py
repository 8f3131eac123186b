"""Days counted from a named event whose date is said elsewhere in the message (issue 13).

"two days before the half marathon please - race is sunday 4th april", "can i get cryo 3
days before my race? its the 10k on saturday the 10th", "book it 2 days after the match.
match is Saturday", "the day before the Edinburgh 10k? It's Sunday 11th April", "a week
after my operation (op is on the 3rd)", "the Monday after the wedding, which is June 5".

The words count days from an event named by a noun ("the half marathon", "my op"), and
the event's date is said in another clause, before or after them, tied to it by "is",
"it's", "which is", "on" ("race is sunday 4th april", "It's Sunday 11th April") or said
right after the name ("the day before my surgery on the 24th"). The count from that
date is the wish; the event's own date stays its own mention (context, not wished), and
the count records it as its antecedent (`TimeMention.refers_to`), as the other
back-references of `anaphora.py` do. With no date tied to the event the words say no
day and are dropped.

| words | value |
| --- | --- |
| `two days before the half marathon`, `3 days before my race`, `a week after my operation`, `a fortnight after the op` | the event's date moved by the count |
| `the day before the Edinburgh 10k`, `the night before the wedding`, `the morning after the gala` | the day before / after it (that part of it) |
| `the Monday after the wedding`, `the Friday before my surgery` | the first Monday after it / the last Friday before it |

Not counted from an event: "two days before the 10th" (a date: `rules_offset`), "the day
before my appointment" (a booking, not an event), "the day before" at the end of a
clause (`anaphora.py` leans it on the day said before).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.anaphora import CLAUSE_END
from slotwise.extractor.grounding.antecedents import wants_day
from slotwise.extractor.grounding.atoms import MON, NUMW, WD, Atom, Options, rule
from slotwise.extractor.grounding.rules_event_bound import TIME_WORD, WHOSE
from slotwise.extractor.grounding.symbolic import DaySpec, Sym, TodSpec

# The count: "two days", "3 wks", "a fortnight", "the day", "the evening", "the Monday".
_COUNT = (
    r"(?:(?P<q>more\s+than|over|at\s+least|less\s+than|under|within|no\s+more\s+than)\s+)?"
    rf"(?:(?P<a>an?|one)\s+|(?P<n>\d{{1,2}}|{NUMW})\s+)"
    r"(?P<unit>days?|weeks?|wks?|fortnights?|months?)"
    r"|(?:the\s+)?(?P<day>day|night)|the\s+(?P<pod>morning|afternoon|evening|eve)"
    rf"|the\s+(?P<wd>{WD})"
)
_DIR = r"(?P<dir>before|after|prior\s+to|ahead\s+of|b4)"
# A word of the event's name: a word that is no time nor a booking ("the half marathon",
# "my long run", "the Edinburgh 10k", "our 5k"); a race's distance is a word too.
_NAME_WORD = rf"(?:(?!{TIME_WORD}\b)[a-z][a-z'’-]*|\d{{1,3}}\s?k(?:m)?)"
# Where the name ends: the end of a clause ("the match. match is Saturday"), a bracket
# ("my operation (op is on the 3rd)"), or the words that tie its date to it ("my surgery
# on the 24th", "the wedding, which is June 5", "my race its the 10k on ...").
_NAME_END = (
    r"(?=\s*[(\[]|\s+(?:on|which|its|it['’]s|it\s+is|this|next|coming|-)\b|" + CLAUSE_END + ")"
)
# A name that is a time after all: a weekday, a month, a holiday ("the day before the
# bank holiday", "the week after the may bank holiday").
_NOT_AN_EVENT = re.compile(
    rf"\b(?:{WD}|{MON}|{lx.alternation(lx.HOLIDAYS)}|holidays?|hols|term|half[\s-]term)\b", re.I
)


# Before "day after": a day of its own ("same day after the lesson", "any day after the
# race", "that night before the show"), then a bound.
_DAY_OF_ITS_OWN = re.compile(
    r"\b(?:same|that|this|any|some|every|each|other|one|next|following)\s+$", re.I
)


@rule(
    "event_count",
    rf"(?:{_COUNT})\s+{_DIR}\s+(?P<event>{WHOSE}\s+(?:{_NAME_WORD}\s+){{0,2}}?{_NAME_WORD})"
    + _NAME_END,
)
def _event_count(m: re.Match[str], o: Options) -> Atom | None:
    """ "2 days after the match", "the day before my race": a back-reference (`resolve`)."""
    if _NOT_AN_EVENT.search(m.group("event")):
        return None
    if _DAY_OF_ITS_OWN.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "same day after the lesson": that day, then a bound
    back = m.group("dir").lower().split()[0] in ("before", "prior", "ahead", "b4")
    notes = {"ref": "event", "event": m.group("event").lower(), "back": "1" if back else ""}
    if m.group("unit"):
        kind, size = lx.TIME_UNITS[m.group("unit").lower()]
        count = 1 if m.group("a") else lx.number_value(m.group("n").lower())
        notes |= {"n": str(count * size), "unit": "month" if kind == "month" else "day"}
        q = re.sub(r"\s+", " ", (m.group("q") or "").lower())
        notes["q"] = "more" if q in ("more than", "over", "at least") else "less" if q else ""
    elif m.group("wd"):
        notes |= {"wd": str(lx.weekday_index(m.group("wd")))}
    else:
        pod = m.group("pod") or ("night" if (m.group("day") or "").lower() == "night" else "")
        notes |= {"n": "1", "unit": "day", "q": ""}
        if pod:
            word = "pod" if m.group("pod") else "day"
            notes |= {"pod": lx.POD_WORDS[pod.lower()], "pod_at": f"{m.start(word)}:{m.end(word)}"}
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes=notes)


# The words that tie a date to the event: "race is sunday", "It's Sunday 11th April",
# "which is June 5", "op is on the 3rd", "its the 10k on saturday", "Long run's Sunday".
_TIED = re.compile(r"(?:\bis|['’]s|\bwas|\bare|\bfalls|=|:)\s*(?:on\s+)?(?:the\s+)?$", re.I)
# ... or "on" in a clause about it: "its the 10k on saturday", "the race on the 10th" (not
# "can I come on Friday": the booking's own day)
_ON = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
_IT = re.compile(r"\b(?:its|it['’]s|it\s+is|that['’]s|which)\b", re.I)
# Right after the name: "my surgery on the 24th", "the wedding (June 5)", "the wedding,
# which is June 5", "the match - it's Saturday".
_RIGHT_AFTER = re.compile(
    r"[\s,(\[—–-]*(?:(?:which|that|it)\s*(?:is|['’]s|was)\s+|its\s+|on\s+)?(?:on\s+)?", re.I
)
_CLAUSE_START = re.compile(r"[.!?;(\n]|,\s|\s[-—–]\s")


def resolve(text: str, atoms: list[Atom], k: int) -> Atom | None:
    """The count of `atoms[k]` from the date tied to its event (None: no date is)."""
    from slotwise.extractor.grounding.compose import shifted  # compose runs this step

    a = atoms[k]
    ante = _event_date(text, atoms, k)
    if ante is None or ante.sym is None or ante.sym.day is None:
        return None
    base = ante.sym.day
    back = bool(a.notes["back"])
    if "wd" in a.notes:
        kind = "wdbefore" if back else "wdafter"
        sym = Sym(day=DaySpec(kind, int(a.notes["wd"]), base=base))
    else:
        n = -int(a.notes["n"]) if back else int(a.notes["n"])
        pod = a.notes.get("pod", "")
        cue = Atom(
            a.start,
            a.end,
            None,
            [],
            notes={"n": str(n), "unit": a.notes["unit"], "q": a.notes["q"]},
        )
        moved = shifted(Sym(day=base), cue)  # "at least a week before": a bound
        if moved is None:
            return None
        sym = replace(moved, tod=TodSpec("pod", pod=pod)) if pod else moved
    notes = {**a.notes, "ref": f"{ante.start}:{ante.end}"}
    return Atom(a.start, a.end, sym, list(a.rules), notes=notes)


def _event_date(text: str, atoms: list[Atom], k: int) -> Atom | None:
    """The day said as the event's: right after its name, else the nearest one tied to
    it in its clause ("race is sunday"), one whose clause names the event first."""
    a = atoms[k]
    if (
        k + 1 < len(atoms)
        and _a_date(atoms[k + 1])
        and _RIGHT_AFTER.fullmatch(text, a.end, atoms[k + 1].start)
    ):
        return atoms[k + 1]
    words = set(re.findall(r"[a-z0-9]+", a.notes["event"])) - _WHOSE_WORDS
    tied = [i for i, b in enumerate(atoms) if i != k and _a_date(b) and _tied(text, b, words)]
    if not tied:
        return None
    named = [i for i in tied if _names(_clause(text, atoms[i]), words)]
    pick = named or tied
    j = min(pick, key=lambda i: abs(i - k))
    # "race is Sunday December 6th": the weekday and its date are still two atoms here
    # (`compose_intersect` joins them later); the date is the day
    while j + 1 < len(atoms) and j + 1 != k and _weekday_of(atoms[j], atoms[j + 1], text):
        j += 1
    return atoms[j]


def _weekday_of(a: Atom, b: Atom, text: str) -> bool:
    """`a` is a bare weekday said right before the date `b` ("Sunday December 6th")."""
    s = a.sym
    return (
        s is not None
        and s.day is not None
        and s.day.kind == "wd"
        and _a_date(b)
        and _BESIDE.fullmatch(text, a.end, b.start) is not None
    )


_BESIDE = re.compile(r"[\s,]*(?:the\s+)?")


_WHOSE_WORDS = frozenset(
    {"my", "our", "his", "her", "their", "the", "mum", "mom", "dad", "s", "wife", "husband"}
)


def _a_date(b: Atom) -> bool:
    s = b.sym
    return (
        wants_day(b)
        and s is not None
        and not s.bound
        and not s.negated
        and s.span is None
        and b.cue != "anaphor"
    )


def _clause(text: str, b: Atom) -> str:
    """The words before `b` in its clause, lower case."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, b.start)]
    return text[starts[-1] if starts else 0 : b.start].lower()


def _names(clause: str, words: set[str]) -> bool:
    return bool(words & set(re.findall(r"[a-z0-9]+", clause)))


def _tied(text: str, b: Atom, words: set[str]) -> bool:
    clause = _clause(text, b)
    if _TIED.search(clause):
        return True
    if b.start < len(text) and text[b.start : b.start + 3].lower() == "on ":
        clause += "on "  # the day's words hold its "on" ("on the 3rd")
    return bool(_ON.search(clause)) and (_names(clause, words) or bool(_IT.search(clause)))


def resolve_events(text: str, atoms: list[Atom]) -> list[Atom]:
    """The composition step: each count from an event read from the event's date, or
    dropped when no date is tied to the event (run before `anaphora.resolve_anaphora`)."""
    out: list[Atom] = []
    for k, a in enumerate(atoms):
        if a.cue == "anaphor" and a.notes.get("ref") == "event":
            counted = resolve(text, atoms, k)
            if counted is not None:
                out.append(counted)
            elif "pod_at" in a.notes:  # "the morning before the wind picks up": the morning
                lo, hi = (int(x) for x in a.notes["pod_at"].split(":"))
                sym = Sym(tod=TodSpec("pod", pod=a.notes["pod"]))
                out.append(Atom(lo, hi, sym, ["part_of_day"]))
            continue
        out.append(a)
    return out
