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
| same time, the same time, that time, même heure, a la misma hora | nearest time of day | that time of day |
| same sort of time, a similar kind of time, same-ish time | nearest time of day | that time of day, loosely (half an hour either side) |
| that day, the same day, same date | nearest day | that day |
| earlier / later that day, earlier in the day, later that night | nearest day (and its time) | that day, before / after its time |
| later that morning, earlier that afternoon | nearest day and its time | that day, from its time to the part's end / from the part's start to its time |
| after that, before then, no later than that, right before it | nearest time of day or day | the bound on it |
| straight after, right after (end of clause) | nearest time of day or day | after it |
| right before, just before (end of clause, A49) | nearest time of day or day | before it, on its day |
| between those times, somewhere in between | the two times of day said before | from the first's end to the second's start |
| the day before / after (end of clause) | nearest day | the day moved by one (else yesterday / tomorrow) |
| the week before | nearest day | the week leading up to it: the week before, or its own weekdays for a weekend day |
| the week after, week after (opening a sentence, A49) | nearest day or week | the Monday-Sunday week after its week |
| early the week after, the end of the week before | nearest day or week | that part of the week after / before it |
| the following Monday / week / day | nearest day (or week) | the first Monday / the week / the day after it (else from today) |
| back a week, forward a day, by two weeks (after a move verb) | nearest day | that day moved, at its clock time if it had one |
| back an hour, an hour later, earlier by 30 mins | nearest clock time (else the next one said) | that time moved |
| a week later, a day earlier | nearest day | that day moved (else from today) |
| same time next week, the same time the week after, the following week same time | nearest day and time | that day a week on, at that time |
| Tue next week same time, Friday next week, same time | nearest time of day | that weekday of next week, at that time |
| same day next week, next week same day, the following week, same day | nearest day | that day a week on |
| same time, 11 / same time (3pm) | the time said with it | that time |
| Same time ... it was 4:30 (nothing before) | the next clock time said | that time |
| later that week, earlier that week | nearest day | the days after / before it in its week |
| the Tuesday after that, the Tuesday after | nearest day (a short "sun" of that name too) | the first Tuesday after it |
| from then on, from that day onwards (`rules_from_then`) | nearest day or time | the bound from it |
| the next, next one, this coming one (`rules_next_one`) | the weekday or weekend just before | the one after it / the coming one |
| that Saturday, that same Friday | nearest day (or week) | that weekday of its Monday-Sunday week (else the coming one, or the one a conversation's earlier turn set) |
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.antecedents import (
    LATER_EARLIER,
    antecedent,
    clock_after,
    clock_kind,
    day_before_after,
    has_tod,
    moved_by,
    rebased,
    rebased_offset,
    said_clock,
    same_weekday_said,
    that_weekday,
    value,
    wants_day,
    week_like,
    week_of_its_own,
    with_said_clock,
)
from slotwise.extractor.grounding.atoms import NUMW, PART1, WD, Atom, Options, rule
from slotwise.extractor.grounding.coordination import coordinated
from slotwise.extractor.grounding.symbolic import DaySpec, SpanSpec, Sym, TodSpec

_THAT = r"(?:that|the\s+same|same|that\s+same)"
# What may follow "the day before", "the week after", "the Monday after" when they lean
# on a day said earlier: the end of a clause (an emoji ends one: "the week before 🙏"), or a word that starts no time of its own
# ("the day before ideally", "the week after, any morning"), or "to" and what it is for
# ("the day before to prepare", "the evening before to warm up"). Before a time they are
# offsets from it instead ("the day before Christmas", "the week after next").
CLAUSE_END = (
    r"(?=\s*(?:[.,!?;:)—–\u2600-\u27bf\U0001f300-\U0001faff]|-\s|$)|\s+(?:that|then|instead|please|pls|if|would|could|works|"
    r"suits?|is|maybe|or|perhaps|ideally|preferably|possibly|and|but|with|so|too|as|any|anything|"
    r"anytime|sometime|for|at|in|should|can|will|same\s+(?:time|times|hour|slot))\b"
    r"|\s+to\s+(?!(?:the|next|this|that|[a-z]*day|tomorrow|tmrw|noon|midday|midnight)\b)[a-z])"
)


def _ref(kind: str, **notes: str) -> Callable[[re.Match[str], Options], Atom]:
    def produce(m: re.Match[str], o: Options) -> Atom:
        extra = {k: (m.group(v) or "").lower() for k, v in notes.items()}
        return Atom(m.start(), m.end(), None, [], cue="anaphor", notes={"ref": kind, **extra})

    return produce


# "same time", "the usual time", "same time-ish", "same sort of time", "a similar kind of
# time", "same-ish time": the hedged ones are roughly that time. "the same slot", "same
# time slot", "same window", "the same hours" are the same time (G44).
rule(
    "same_time",
    r"(?:at\s+)?(?:the\s+|a\s+)?(?:same|usual|similar)(?P<ish>\s+(?:sort|kind)(?:\s+of|a)|[\s-]?ish)?"
    r"\s+(?:time[\s-]?slot|time[\s-]?window|time|hour|slot|window|hours)(?P<ish2>[\s-]?ish)?",
)(_ref("time", ish="ish", ish2="ish2"))
rule("that_time", r"(?:at\s+)?that\s+time(?!\s+of\b)")(_ref("time"))
# the same in the customer's words: "lundi prochain même heure", "el jueves a la misma hora"
rule("same_time", lx.alternation(lx.FOREIGN_SAME_TIME))(_ref("time"))
rule("same_day", rf"(?:on\s+)?{_THAT}\s+(?:day|date)")(_ref("day"))
rule("same_day", lx.alternation(lx.FOREIGN_SAME_DAY))(_ref("day"))
rule(
    "same_part_of_day",
    rf"(?:(?:on|in)\s+)?{_THAT}\s+(?P<pod>morning|afternoon|arvo|evening|night)",
)(_ref("daypart", pod="pod"))
rule(
    "same_week",
    rf"(?:(?:in|during)\s+)?{_THAT}\s+(?:(?:entire|whole|same)\s+)?(?:week|wk)(?!\s*(?:end|day))",
)(_ref("weekof"))
rule(
    "earlier_later_that_day",
    rf"(?P<dir>earlier|later)\s+(?:on\s+)?(?:in\s+)?(?:{_THAT}|the)\s+(?:day|night|evening)",
)(_ref("dayside", dir="dir"))
# "same day a bit later", "that day but earlier": the side said after the day
rule(
    "that_day_later",
    rf"(?:on\s+)?{_THAT}\s+(?:day|date),?\s+(?:but\s+)?"
    r"(?:(?:just\s+)?a\s+(?:bit|little|tad)\s+|slightly\s+|bit\s+)?(?P<dir>earlier|later)\b",
)(_ref("dayside", dir="dir"))
# "later that morning", "earlier that afternoon": after / before its time, inside that
# part of the day
rule(
    "earlier_later_that_part",
    rf"(?P<dir>earlier|later)\s+(?:on\s+)?(?:in\s+)?{_THAT}\s+(?P<pod>morning|afternoon|arvo)",
)(_ref("dayside", dir="dir", pod="pod"))
rule(
    "later_that_week",
    rf"(?P<dir>earlier|later)\s+(?:on\s+)?(?:in\s+)?{_THAT}\s+week",
)(_ref("weekside", dir="dir"))


@rule(
    "week_before_after",
    # "early the week after", "the end of the week before": that part of it
    rf"(?:{PART1}[\s-]+)?(?:the|a)\s+week\s+(?P<dir>before|after|earlier|later)(?:\s+that)?"
    + CLAUSE_END
    # without its article where a sentence or a list starts it (A49): "Next week is no
    # good, week after any day but Wednesday", "Week after is wide open", "Week after, same day"
    + r"|(?:(?<![\w\s,'’])|(?<=[.,!?;:]\s)|(?<=\bor\s))(?:week|wk)\s+(?P<dir2>after)"
    + CLAUSE_END,
)
def _week_before_after(m: re.Match[str], o: Options) -> Atom:
    """ "the week before", "early the week after", "week after" opening a sentence."""
    notes = {"ref": "weekshift", "dir": (m.group("dir") or m.group("dir2")).lower()}
    notes["part"] = (m.group("part") or "").lower()
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes=notes)


rule(
    "weekday_after_that",
    # "the Tuesday after (that)", "Tuesday after": a Tuesday after the day said before;
    # "on Tuesday after that" is that Tuesday, after the time said before (a bound)
    rf"(?:the\s+(?P<wd>{WD})\s+(?P<dir>after|before)(?:\s+that)?"
    # ("any Saturday before then" is every Saturday, then a bound: "before then")
    rf"|(?<!\bon\s)(?<!\bany\s)(?<!\bevery\s)(?P<wd2>{WD})\s+(?P<dir2>after|before)"
    r"(?!\s+that\b))"
    # "monday after for thirty": a clock dictated as its sound-alike (`rules_spoken_clock`)
    r"(?!\s+(?:for|to|too|ate|won)\s+(?:thirty|fifteen|forty|o['’]?clock))" + CLAUSE_END,
)(_ref("wdshift", dir="dir", wd="wd", dir2="dir2", wd2="wd2"))


# "acrylics that Saturday", "I'm at my bachelorette that Saturday", "that same Friday":
# the weekday of the week of the day said before (`that_weekday`). Not "is that Saturday
# ok?" (the pronoun: "that" is what is asked about), nor "that Saturday one" (a shown
# option), nor "that Tuesday after" (`weekday_after_that`); not the short spellings
# ("that sat", "that wed"), which the weekday rule weighs on their own.
_THAT_WEEKDAY_NOT_AFTER = r"(?!\s+(?:one|after|before|next|week|wk|fortnight)\b)"
# "that" as the thing said before, not the weekday's: "Tues, failing that Weds", "if
# not that, Friday", "can we do that wednesday" (do the survey)
_THAT_PRONOUN = re.compile(
    r"\b(?:failing|than|not|besides|from|except|after|before|do|did|does|doing|like)\s+$", re.I
)
# A question that starts with "is" / "was": "is that Saturday ok?", "ok, was that Friday
# the 4th?" ("my cousin's wedding is that sunday" says the weekday)
_ASKED_ABOUT = re.compile(
    r"(?:^|[.,!?;:(]\s*|\b(?:so|and|but|oh|ok|okay|wait|hmm|then|also|sorry)\s+)"
    r"(?:is|was|will|isn['’]?t|wasn['’]?t)\s+$",
    re.I,
)


@rule(
    "that_weekday",
    rf"that\s+(?:same\s+)?(?P<wd>{WD})" + _THAT_WEEKDAY_NOT_AFTER,
)
def _that_weekday(m: re.Match[str], o: Options) -> Atom | None:
    wd = m.group("wd").lower()
    before = m.string[: m.start()]
    if wd in lx.WEAK_WEEKDAYS or _ASKED_ABOUT.search(before) or _THAT_PRONOUN.search(before):
        return None
    sym = Sym(day=DaySpec("wd", lx.weekday_index(wd)))
    return Atom(m.start(), m.end(), sym, [], notes={"that": wd})


@rule(
    "following",
    rf"(?:the\s+)?following\s+(?:(?P<wd>{WD})|(?P<unit>day|week|wk))|the\s+next\s+(?P<next>day)",
)
def _following(m: re.Match[str], o: Options) -> Atom:
    """ "the following Monday / week / day", "the next day": after the day said before
    when there is one ("move my Friday 6am to the following Monday"), else after today
    (`rebased`)."""
    if m.group("wd"):
        wd = str(lx.weekday_index(m.group("wd")))
        sym = Sym(day=DaySpec("wd", int(wd), "next"))
        return Atom(m.start(), m.end(), sym, [], notes={"rebase": "wd", "wd": wd})
    if m.group("next") or m.group("unit").lower() == "day":
        return Atom(m.start(), m.end(), Sym(day=DaySpec("rel", 1)), [], notes={"rebase": "day"})
    return Atom(m.start(), m.end(), Sym(span=SpanSpec("week", 1)), [], notes={"rebase": "week"})


@rule(
    "this_one",
    r"(?P<this>this\s+one)(?!\s+(?:of|is|was|for|more)\b)"
    r"|the\s+(?:one\s+after(?:\s+that)?|next\s+one|next\s+after|following\s+one)",
)
def _this_one_words(m: re.Match[str], o: Options) -> Atom:
    """ "this one", "the one after": a weekday or weekend said just before (`_one`)."""
    notes = {"ref": "one", "which": "this" if m.group("this") else "after"}
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes=notes)


rule("between_those", r"between\s+(?:those|these|the\s+two)\s+(?:times|hours)")(_ref("between"))
# "somewhere in between", "in between is fine": the same, with nothing named after it
rule(
    "in_between",
    r"(?:(?:some|any)\s?(?:where|time)\s+)?in\s+between"
    r"(?=\s*(?:[.,!?;)]|$|(?:is|works|would|please|pls|ideally|maybe|then|i|im|i['’]m)\b))",
)(_ref("between"))


_MOVE_BEFORE = re.compile(
    r"(?<![\w])(?:" + "|".join(lx.MOVE_WORDS) + r")\b[^.!?;\n]*$", re.IGNORECASE
)
_SHIFT_UNITS = {k: v for k, v in lx.TIME_UNITS.items() if v[0] in ("day", "minute")}


@rule(
    "move_by",
    r"(?:(?P<dir>back|forward|out|up|later|earlier)\s+(?:by\s+)?|by\s+)"
    r"(?:(?:like|about|around|roughly|maybe|just)\s+)?"
    rf"(?:(?P<a>an?|one)|(?P<half>half\s+an?)|(?P<n>\d{{1,3}}|{NUMW}))\s*"
    rf"(?P<unit>{lx.alternation(_SHIFT_UNITS)})",
)
def _move_by(m: re.Match[str], o: Options) -> Atom | None:
    """ "push my thurs 10:45 back a week", "bring it forward a day", "bump it by an hour",
    "push back my wednesday appointment by like two days":
    after a move verb, the time said before it moved by the amount (`_shifted_slot`)."""
    if not _MOVE_BEFORE.search(m.string, max(0, m.start() - 80), m.start()):
        return None
    if re.match(r"\s+or\s+\w", m.string[m.end() :]):
        return None  # "back by an hour or two": no one time
    kind, size = _SHIFT_UNITS[m.group("unit").lower()]
    if m.group("half"):
        if kind != "minute" or size != 60:
            return None
        amount = 30
    else:
        amount = size * (lx.number_value(m.group("n").lower()) if m.group("n") else 1)
    back = (m.group("dir") or "").lower() in ("forward", "up", "earlier")
    notes = {"ref": "move", "n": str(-amount if back else amount), "unit": kind}
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes=notes)


_BOUND_BEFORE_REF = re.compile(
    r"(?<![\w])(?:after|efter|before|by|until|till|til|than|then|past|b4)\s+$", re.IGNORECASE
)


# "before it", "right before it", "not before it" at the end of a clause, or before a
# word that starts no clause of its own ("before it but not with Morag"): "it" is the
# event said before, as "that" is; not "before it gets dark", "after it opens"
_IT = (
    r"it(?=\s*(?:[.,!?;:)\u2600-\u27bf\U0001f300-\U0001faff]|$)|\s+(?:but|and|or|so|if|please|pls|plz|ideally|preferably|maybe"
    r"|thanks|thx|too|though|then|with|for)\b)"
)
_BEFORE_AFTER_IT = re.compile(r"(?<![\w])(?:after|before)\s+$", re.IGNORECASE)


@rule("bound_that", rf"that|then|those\s+times|{_IT}")
def _bound_that(m: re.Match[str], o: Options) -> Atom | None:
    """ "after that", "no later than that", "before then", "right before it": only right
    after a bound word ("it" only after "before" / "after")."""
    bound_word = _BEFORE_AFTER_IT if m.group(0).lower() == "it" else _BOUND_BEFORE_REF
    if not bound_word.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes={"ref": "point"})


@rule(
    "right_after",
    r"(?:straight|right|just|immediately|directly|soon|shortly)\s+after(?:wards)?"
    r"(?=\s*(?:[.,!?;)]|$|(?:say|like|if|please|pls|ideally|preferably|maybe|with|for|is|works"
    r"|would|could|will|should|then|and|or|but|so|thanks|thx|too|is|be|best|fine|good|great"
    r"|ok|okay|perfect)\b))",
)
def _right_after(m: re.Match[str], o: Options) -> Atom:
    """ "until 4:30 Monday, a massage straight after", "right after, say 12": after the
    time said before (as "after that"), with nothing after the words to be after."""
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes={"ref": "point", "after": "1"})


@rule(
    "right_before",
    r"(?:right|just|immediately|directly)\s+before(?:hand)?"
    r"(?=\s*(?:[.,!?;)]|$|(?:say|like|if|please|pls|ideally|preferably|maybe|with|for|is|works"
    r"|would|could|will|should|then|and|or|but|so|thanks|thx|too|be|best|fine|good|great"
    r"|ok|okay|perfect)\b))",
)
def _right_before(m: re.Match[str], o: Options) -> Atom:
    """ "my test is at 3.30 on Friday 30th, a lesson right before, ideally with Ravi": before
    the time said before it, on its day (A49), as "straight after" is after it."""
    return Atom(m.start(), m.end(), None, [], cue="anaphor", notes={"ref": "point", "before": "1"})


def resolve_anaphora(text: str, atoms: list[Atom]) -> list[Atom]:
    """Give each back-reference the value of its antecedent; drop the unresolved."""
    out: list[Atom] = []
    weekdays_read: dict[int, Atom] = {}  # each "that Saturday" as read, by its index
    skip = -1
    for k, a in enumerate(atoms):
        if k == skip:
            continue
        if a.rules == ["day_before_after"]:
            out.append(day_before_after(_shared(text, atoms, k), k, a))
            continue
        if ref_kind(a) == "between":
            between = _between(atoms, k, a)
            if between is not None:
                out.append(between)
            continue
        if ref_kind(a) == "one":
            one = _one(text, out, a)
            if one is not None:
                out.append(one)
            continue
        if a.notes.get("rebase"):
            out.append(rebased(atoms, k, a))
            continue
        if a.rules == ["that_weekday"]:
            # "away that Tuesday, so that Thursday": the Tuesday as read, its week's Thursday
            view = _shared(text, atoms, k)
            # ... and each back-reference before it as read ("the day after. So that
            # Friday": the Friday of the day after's week, not of tomorrow's)
            read_at = {b.start: b for b in out}
            for i in range(k):
                if view[i].sym is not None or atoms[i].sym is None:
                    view[i] = read_at.get(atoms[i].start, view[i])
            for i, read in weekdays_read.items():
                view[i] = read if view[i].sym is not None else view[i]
            weekdays_read[k] = that_weekday(text, view, k, a)
            out.append(weekdays_read[k])
            continue
        if a.rules == ["units_ago"] and LATER_EARLIER.search(text, a.start, a.end):
            out.append(rebased_offset(text, atoms, k, a))
            continue
        if a.cue != "anaphor":
            out.append(a)
            continue
        ref = a.notes["ref"]
        if ref == "move":
            moved = moved_by(text, atoms, k, a, int(a.notes["n"]), a.notes["unit"])
            if moved is not None:
                out.append(moved)
            continue
        if ref == "time" and (back := _week_then_same_time(text, atoms, k)) is not None:
            j, moved = back
            while out and out[-1].start >= atoms[j].start:
                out.pop()
            out.append(moved)
            continue
        if ref == "time" and k + 1 < len(atoms) and _next_week(text, a, atoms[k + 1]):
            moved = _same_time_next_week(text, atoms, k)
            if moved is not None:
                out.append(moved)
                skip = k + 1
                continue
        if a.rules == ["same_day"] and (week := _same_day_week_on(text, atoms, k)) is not None:
            j, moved = week
            while out and out[-1].start >= atoms[j].start:
                out.pop()
            out.append(moved)
            skip = k + 1 if j > k else skip
            continue
        if ref == "time" and k + 1 < len(atoms) and said_clock(text, a, atoms[k + 1]):
            out.append(with_said_clock(text, a, atoms[k + 1]))
            skip = k + 1
            continue
        want = {"time": "clock", "point": "point", "weekshift": "week"}.get(ref, "day")
        ante = antecedent(_shared(text, atoms, k), _before_head(text, atoms, k), want)
        if ref == "weekof" and ante is not None and _bare_weekday(ante):
            # "Tuesday or Wednesday that week": the weekdays are read in the week of a
            # day said before them, the week does not lean on them; or of a week said
            # before them ("Can't do Mon, Tue or Wed next week. Thursday morning that week?")
            dated = [
                b
                for b in atoms[: atoms.index(ante)]
                if (wants_day(b) or (week_like(b) and b.sym is not None and week_of_its_own(b.sym)))
                and not _bare_weekday(b)
            ]
            ante = dated[-1] if dated else ante
        if ante is None and ref == "time":
            ante = clock_after(text, atoms, k)
        if ante is None and ref == "wdshift":
            ante = same_weekday_said(atoms, k, a)  # "from sun to the sunday after"
        sym = value(text, atoms, a, ante) if ante is not None else None
        if sym is None and ante is None and _LATER_IN_THE_DAY.fullmatch(text, a.start, a.end):
            # "can I come in later in the day?": no day said before, so today's
            out.append(replace(a, sym=_LATER_TODAY, cue="", notes={}))
            continue
        if sym is None:
            continue
        if a.notes.get("after"):  # "straight after": the bound is in the words
            sym = replace(sym, bound="after", incl=True)
        elif a.notes.get("before"):  # "right before": as "before that"
            sym = replace(sym, bound="before")
        assert ante is not None
        notes = {**a.notes, "ref": f"{ante.start}:{ante.end}"}
        if ref == "time" and out and _COMMA.fullmatch(text, out[-1].end, a.start):
            out[-1] = replace(out[-1], weak=False)  # "to wed, same time": "wed" is a day
        out.append(Atom(a.start, a.end, sym, list(a.rules), notes=notes))
    return out


_COMMA = re.compile(r"\s*,\s*")
_LATER_IN_THE_DAY = re.compile(r"later\s+(?:on\s+)?in\s+the\s+day", re.I)
_LATER_TODAY = Sym(day=DaySpec("rel", 0), tod=TodSpec("pod", pod="rest_of_day"))


def _back_reference(a: Atom) -> bool:
    return a.rules == ["day_before_after"] or a.cue == "anaphor" or bool(a.notes.get("rebase"))


def _shared(text: str, atoms: list[Atom], k: int) -> list[Atom]:
    """The atoms back-reference `k` may lean on: not the back-references listed with it,
    whose antecedent it shares ("the 10th is my birthday, so the day before or the day
    after": the 9th or the 11th; "interview on the 8th, so the day before or the
    Saturday before": the 7th or the 5th)."""
    view = list(atoms)
    j = k - 1
    while (
        j >= 0
        and _back_reference(atoms[j])
        and coordinated(
            text, (atoms[j].start, atoms[j].end), (atoms[j + 1].start, atoms[j + 1].end)
        )
    ):
        view[j] = replace(atoms[j], sym=None)
        j -= 1
    for i in range(1, k):  # "the 17th instead of the 10th? any time that day": the 17th
        a = atoms[i]
        if (
            view[i].sym is not None
            and _REPLACED.search(text, max(0, a.start - 16), a.start)
            and any(wants_day(b) for b in view[:i])
        ):
            view[i] = replace(a, sym=None)
    return view


# Before the day a booking moves away from: "the 17th instead of the 10th"
_REPLACED = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+$", re.I)


def _bare_weekday(a: Atom) -> bool:
    s = a.sym
    return s is not None and s.day is not None and s.day.kind == "wd" and not s.day.mod


_OF = re.compile(r"\s+(?:of|in)\s+", re.I)


def _before_head(text: str, atoms: list[Atom], k: int) -> int:
    """Where to look back from for the antecedent of atom `k`: before the time it is
    said of. In "the Wednesday of that week" the Wednesday is read in the week; in "any
    afternoon after that" the afternoon is what the bound narrows; neither is leaned on."""
    if k > 0 and _OF.fullmatch(text, atoms[k - 1].end, atoms[k].start):
        return k - 1
    if (
        atoms[k].notes.get("ref") == "point"
        and k > 1
        and atoms[k - 1].cue
        and atoms[k - 2].sym is not None
        and not text[atoms[k - 2].end : atoms[k - 1].start].strip()
    ):
        return k - 2
    return k


def said_again(a: Atom) -> bool:
    """ "same time", "that time" leaning on a time said before: after a comma it stays
    its own mention ("to thurs, same time"), which `ground` reads on that day."""
    return a.rules[:1] in (["same_time"], ["that_time"]) and a.sym is not None


def ref_kind(a: Atom) -> str:
    return a.notes.get("ref", "") if a.cue == "anaphor" else ""


_ONE_GAP = 40  # "Any Saturday apart from this one": "one" stands for a day said just before


def _one(text: str, before: list[Atom], a: Atom) -> Atom | None:
    """ "Any Sunday but this one": the coming Sunday; "not this weekend but the one
    after": the weekend after it; "not the 9th, the one after": a week after the 9th.
    "one" stands for the time said just before, a weekday, a set of them or a weekend."""
    said = [b for b in before if b.sym is not None]
    if not said or a.start - said[-1].end > _ONE_GAP:
        return None
    ante = said[-1]
    assert ante.sym is not None
    this = _this_one(ante.sym)
    if a.notes["which"] == "next" and this is None and not _of_a_weekday(ante.sym):
        return None  # "the next", "next one" lean on a weekday or a weekend only
    sym = this if a.notes["which"] == "this" else _one_after(this or ante.sym)
    if sym is None:
        return None
    return Atom(a.start, a.end, sym, list(a.rules), notes={"ref": f"{ante.start}:{ante.end}"})


def _this_one(s: Sym | None) -> Sym | None:
    """The coming one of a weekday, a set of weekdays or weekends."""
    if s is None or s.bound or s.tod is not None:
        return None
    if s.day is not None and s.day.kind == "wd" and not s.day.mod:
        return Sym(day=DaySpec("wd", s.day.n, "this"))
    if s.recur is not None and len(s.recur) == 1 and s.span is None:
        return Sym(day=DaySpec("wd", next(iter(s.recur)), "this"))
    if s.recur == frozenset({5, 6}) or (s.span is not None and s.span.kind == "weekend"):
        return Sym(span=SpanSpec("weekend", 0, mod="this"))
    return None


def _of_a_weekday(s: Sym) -> bool:
    """ "this Sunday", "next Saturday": a weekday said with its week."""
    return s.day is not None and s.day.kind == "wd" and s.span is None and s.tod is None


def _one_after(s: Sym) -> Sym | None:
    """The next one after a day (a week on) or a weekend or week (the one after it)."""
    if s.bound or s.tod is not None or s.recur is not None:
        return None
    if s.span is not None and s.span.kind in ("weekend", "week") and not s.span.part:
        return Sym(span=replace(s.span, n=s.span.n + 1))
    if s.day is not None and s.span is None:
        return Sym(day=DaySpec("shift", 7, base=s.day))
    return None


def _between(atoms: list[Atom], k: int, a: Atom) -> Atom | None:
    """ "busy until 5 and out at 7, so between those times": from the first of the two
    clock times said before to the second."""
    clocks = [b for i, b in enumerate(atoms[:k]) if has_tod(atoms, i) and _clock_or_range(b)]
    if len(clocks) < 2:
        return None
    first, second = clocks[-2], clocks[-1]
    assert first.sym is not None and second.sym is not None
    lo, hi = first.sym.tod, second.sym.tod
    assert lo is not None and hi is not None
    if lo.kind == "range":  # "college 9 till 2 then a shift at 6, so in between": 2 to 6
        lo = lo.b
    if hi.kind == "range":
        hi = hi.a
    if lo is None or hi is None:
        return None
    sym = Sym(tod=TodSpec("range", a=lo, b=hi, grain="minute"))
    notes = {"ref": f"{first.start}:{first.end}"}
    return Atom(a.start, a.end, sym, list(a.rules), notes=notes)


def _clock_or_range(a: Atom) -> bool:
    s = a.sym
    return clock_kind(a) or (s is not None and s.tod is not None and s.tod.kind == "range")


def _week_on(b: Atom) -> bool:
    """ "next week", "the following week", "the week after": a week on."""
    if b.rules == ["week_before_after"]:
        return b.notes.get("dir") == "after"
    if b.rules == ["following"]:
        return b.notes.get("rebase") == "week"
    s = b.sym
    return (
        s is not None
        and s.span is not None
        and s.span.kind == "week"
        and s.span.n == 1
        and not s.span.part
        and s.tod is None
    )


def _next_week(text: str, a: Atom, b: Atom) -> bool:
    """ "same time next week", "the same time the following week", "... the week after"."""
    return _week_on(b) and not text[a.end : b.start].strip()


_WEEK_GAP = re.compile(r"[\s,]*")


def _week_then_same_time(text: str, atoms: list[Atom], k: int) -> tuple[int, Atom] | None:
    """ "the following week same time", "next week, same day same time": the week said
    first; (index of the week atom, the moved atom) as `_same_time_next_week` reads it."""
    j = k - 1
    if (
        j >= 0
        and atoms[j].rules == ["same_day"]
        and _WEEK_GAP.fullmatch(text, atoms[j].end, atoms[k].start)
    ):
        j -= 1
    if (
        j < 0
        or not _week_on(atoms[j])
        or not _WEEK_GAP.fullmatch(text, atoms[j].end, atoms[j + 1].start)
    ):
        return None
    if (
        j > 0
        and _bare_weekday(atoms[j - 1])
        and _WEEK_GAP.fullmatch(text, atoms[j - 1].end, atoms[j].start)
    ):
        return None  # "Tue next week same time": that Tuesday, at the time said before
    moved = _same_time_next_week(text, [*atoms[:j], atoms[k], atoms[j], *atoms[k + 1 :]], j)
    if moved is None:
        return None
    return j, replace(moved, start=atoms[j].start, end=atoms[k].end)


def _same_day_week_on(text: str, atoms: list[Atom], k: int) -> tuple[int, Atom] | None:
    """ "same day next week", "next week, same day", "the following week, same day", "same
    day the week after": the day said before, a week on (Mon 30th -> Mon 7th); (index of
    the week atom, the moved atom)."""
    after = k + 1 < len(atoms) and _week_on(atoms[k + 1])
    if after and _WEEK_GAP.fullmatch(text, atoms[k].end, atoms[k + 1].start):
        j = k + 1
    elif (
        k > 0
        and _week_on(atoms[k - 1])
        and _WEEK_GAP.fullmatch(text, atoms[k - 1].end, atoms[k].start)
    ):
        j = k - 1
    else:
        return None
    rest = [b for i, b in enumerate(atoms) if i != j]
    day = antecedent(rest, k if j > k else k - 1, "day")
    if day is None or day.sym is None or day.sym.day is None or day.sym.tod is not None:
        return None
    sym = Sym(day=DaySpec("shift", 7, base=day.sym.day))
    lo, hi = min(atoms[j].start, atoms[k].start), max(atoms[j].end, atoms[k].end)
    notes = {"ref": f"{day.start}:{day.end}"}
    return j, Atom(lo, hi, sym, [*atoms[min(j, k)].rules, *atoms[max(j, k)].rules], notes=notes)


def _same_time_next_week(text: str, atoms: list[Atom], k: int) -> Atom | None:
    """ "move thurs 4pm ... same time next week?": the day said before, a week on, at the
    time said before (else just after)."""
    a, week = atoms[k], atoms[k + 1]
    day = antecedent(atoms, k, "day")
    clock = antecedent(atoms, k, "clock") or clock_after(text, atoms, k)
    if day is None or day.sym is None or day.sym.day is None or clock is None:
        return None
    assert clock.sym is not None
    sym = Sym(day=DaySpec("shift", 7, base=day.sym.day), tod=clock.sym.tod)
    notes = {"ref": f"{clock.start}:{clock.end}"}
    return Atom(a.start, week.end, sym, [*a.rules, *week.rules], notes=notes)


def leans_back(a: Atom) -> bool:
    """An atom whose day is counted from one said before it ("the day before")."""
    return a.rules == ["day_before_after"] or a.cue == "anaphor" or "rebase" in a.notes
