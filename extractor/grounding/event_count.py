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
| `the week before the wedding`, `the week after the move`, `the weekend before her exam` | the week leading up to it / the week after its week; the weekend before / after it (A49) |
| `at least 10 days before we go`, `the day after I arrive`, `the Tuesday after I land` | counted from the date said with a verb of the event's kind: "we fly 3rd may", "arrive on the 2nd", "get in the 30th" (A49) |

Not counted from an event: "two days before the 10th" (a date: `rules_offset`), "the day
before my appointment" (a booking, not an event), "the day before" at the end of a
clause (`anaphora.py` leans it on the day said before).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.anaphora import CLAUSE_END
from slotwise.extractor.grounding.antecedents import a_plain_day
from slotwise.extractor.grounding.atoms import MON, NUMW, WD, Atom, Options, rule
from slotwise.extractor.grounding.lexicon_cues import COUNT_QUALIFIER, COUNT_QUALIFIERS
from slotwise.extractor.grounding.rules_event_bound import TIME_WORD, WHOSE
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

# The count: "two days", "3 wks", "a fortnight", "the day", "the evening", "the Monday".
_COUNT = (
    rf"(?:(?P<q>{COUNT_QUALIFIER})\s+)?"
    rf"(?:(?P<a>an?|one)\s+|(?P<n>\d{{1,2}}|{NUMW})\s+)"
    r"(?P<unit>days?|weeks?|wks?|fortnights?|months?)"
    r"|(?:the\s+)?(?P<day>day|night)|the\s+(?P<pod>morning|afternoon|evening|eve)"
    rf"|the\s+(?P<wd>{WD})|the\s+(?P<week>week|wk|weekend|wknd)"
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


# An event said as what someone does: "before we go", "the day after I arrive", "the
# Tuesday after I land" (A49); its date is the one said with a verb of its kind ("we fly
# 3rd may", "arrive on 2 of August", "get in the 30th", `_VERB_KINDS`).
_GOING = ("go", "leave", "fly", "travel", "depart", "fly out", "head off", "set off")
_COMING = ("arrive", "land", "get in", "get here", "get back", "come back", "fly back", "return")
_VERB_KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_GOING, _GOING),
    **dict.fromkeys(_COMING, _COMING),
}
_DOER = r"(?:we|i|he|she|they|you|we['’]re|i['’]m)"
_VERB = "|".join(v.replace(" ", r"\s+") for v in sorted(_VERB_KINDS, key=len, reverse=True))
_DOES = rf"(?P<doer>{_DOER})\s+(?P<verb>{_VERB})"
# ... not a day's routine ("half 7 before i go to work", "before I go to school"): no trip
_ROUTINE_AFTER = re.compile(
    r"\s+to\s+(?:work|school|bed|sleep|uni|college|class|church|lunch|"
    r"the\s+(?:gym|office|shops?|store|school))\b",
    re.I,
)


@rule(
    "event_count",
    rf"(?:{_COUNT})\s+{_DIR}\s+(?P<event>{WHOSE}\s+(?:{_NAME_WORD}\s+){{0,2}}?{_NAME_WORD}|{_DOES})"
    + _NAME_END,
)
def _event_count(m: re.Match[str], o: Options) -> Atom | None:
    """ "2 days after the match", "the day before my race": a back-reference (`resolve`)."""
    if _NOT_AN_EVENT.search(m.group("event")):
        return None
    if _DAY_OF_ITS_OWN.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "same day after the lesson": that day, then a bound
    if m.group("verb") and _ROUTINE_AFTER.match(m.string, m.end()):
        return None
    back = m.group("dir").lower().split()[0] in ("before", "prior", "ahead", "b4")
    event = m.group("event").lower()
    if m.group("verb"):  # "before we go": the words of its kind ("fly", "leave", ...)
        event = " ".join(_VERB_KINDS[re.sub(r"\s+", " ", m.group("verb").lower())])
    notes = {"ref": "event", "event": event, "back": "1" if back else ""}
    if m.group("unit"):
        kind, size = lx.TIME_UNITS[m.group("unit").lower()]
        count = 1 if m.group("a") else lx.number_value(m.group("n").lower())
        notes |= {"n": str(count * size), "unit": "month" if kind == "month" else "day"}
        q = re.sub(r"\s+", " ", (m.group("q") or "").lower())
        notes["q"] = COUNT_QUALIFIERS.get(q, "")
    elif m.group("wd"):
        notes |= {"wd": str(lx.weekday_index(m.group("wd")))}
    elif m.group("week"):  # "the week after the move", "the weekend before her exam"
        notes |= {"week": "weekend" if m.group("week").lower() in ("weekend", "wknd") else "week"}
    else:
        pod = m.group("pod") or ("night" if (m.group("day") or "").lower() == "night" else "")
        notes |= {"n": "1", "unit": "day", "q": ""}
        if pod:
            word = "pod" if m.group("pod") else "day"
            notes |= {"pod": lx.POD_WORDS[pod.lower()], "pod_at": f"{m.start(word)}:{m.end(word)}"}
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes=notes)


# The words that tie a date to the event: "race is sunday", "It's Sunday 11th April",
# "which is June 5", "op is on the 3rd", "its the 10k on saturday", "Long run's Sunday".
# ... "are booked", "is scheduled for", "was set for", "is due on" (A49: "two weeks after my
# bloods. Bloods are booked Tuesday 9th").
_TIED = re.compile(
    r"(?:\bis|['’]s|\bwas|\bare|\bfalls|=|:)\s*"
    r"(?:(?:booked|scheduled|set|planned|pencilled|penciled|due)\s+(?:in\s+)?(?:for\s+)?)?"
    r"(?:on\s+)?(?:the\s+)?$",
    re.I,
)
# ... or "on" in a clause about it: "its the 10k on saturday", "the race on the 10th" (not
# "can I come on Friday": the booking's own day)
_ON = re.compile(r"\bon\s+(?:the\s+)?$", re.I)
_IT = re.compile(r"\b(?:its|it['’]s|it\s+is|that['’]s|which)\b", re.I)
# Right after the name: "my surgery on the 24th", "the wedding (June 5)", "the wedding,
# which is June 5", "the match - it's Saturday".
_RIGHT_AFTER = re.compile(
    r"[\s,(\[—–-]*(?:(?:which|that|it)\s*(?:is|['’]s|was)\s+|its\s+|on\s+)?(?:on\s+)?", re.I
)
# A verb of an event said right before its date: "we fly 3rd may", "we travel on 6 May",
# "get in the 30th", "Flying back from Dubai on the 15th".
_SAID_BY_VERB = re.compile(
    r"\b(?P<verb>[a-z]+(?:\s+(?:in|back|out|off|here))?)\s+(?:(?:from|to|for)\s+[A-Za-z]+\s+)?"
    r"(?:on\s+)?(?:the\s+)?$",
    re.I,
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
    elif "week" in a.notes:
        sym = week_from(base, back, a.notes["week"] == "weekend")
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


def week_from(day: DaySpec, back: bool, weekend: bool) -> Sym:
    """The week (weekend) before / after a day: the week leading up to it (its own
    weekdays for a weekend day, `resolve_calendar`'s "lead") / the Monday-Sunday week
    after its week; the Saturday and Sunday before it / the first ones after it."""
    if weekend:
        start = DaySpec("shift", -7 if back else 2, base=day)
        return Sym(span=SpanSpec("weekof", start=start, part="weekend"))
    if back:
        return Sym(span=SpanSpec("weekof", start=day, part="lead"))
    return Sym(span=SpanSpec("weekof", start=DaySpec("shift", 7, base=day)))


def _event_date(text: str, atoms: list[Atom], k: int) -> Atom | None:
    """The day said as the event's: right after its name, else the nearest one tied to
    it in its clause ("race is sunday"), one whose clause names the event first."""
    a = atoms[k]
    if (
        k + 1 < len(atoms)
        and a_plain_day(atoms[k + 1])
        and _RIGHT_AFTER.fullmatch(text, a.end, atoms[k + 1].start)
    ):
        return atoms[k + 1]
    words = set(re.findall(r"[a-z0-9]+", a.notes["event"])) - _WHOSE_WORDS
    tied = [i for i, b in enumerate(atoms) if i != k and a_plain_day(b) and _tied(text, b, words)]
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
        and a_plain_day(b)
        and _BESIDE.fullmatch(text, a.end, b.start) is not None
    )


_BESIDE = re.compile(r"[\s,]*(?:the\s+)?")


_WHOSE_WORDS = frozenset(
    {"my", "our", "his", "her", "their", "the", "mum", "mom", "dad", "s", "wife", "husband"}
)


def _clause(text: str, b: Atom) -> str:
    """The words before `b` in its clause, lower case."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, b.start)]
    return text[starts[-1] if starts else 0 : b.start].lower()


def _names(clause: str, words: set[str]) -> bool:
    """The clause says a word of the event's name, in any of its forms ("returns from
    leave on 6 April" names "her return"; "flying back" names "fly")."""
    said = {_stem(w) for w in re.findall(r"[a-z0-9]+", clause)}
    return bool({_stem(w) for w in words} & said)


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|s)$", "", word) if len(word) > 4 else word


def _tied(text: str, b: Atom, words: set[str]) -> bool:
    clause = _clause(text, b)
    if _TIED.search(clause):
        return True
    said = _SAID_BY_VERB.search(clause)
    if said and _names(said.group("verb"), words):
        return True  # "we fly 3rd may", "get in the 30th", "flying back from Dubai on"
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
