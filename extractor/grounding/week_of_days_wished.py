"""The week a message asks for is the week of the weekdays it wishes for in other clauses.

"Any day next week after 12, ideally Thursday", "I'd like the week after next. Monday,
Wednesday, or Friday.", "need it next week but I'm away mon to wed. Friday ideally",
"Thursday would be best. Any time next week though.": people name the week once and
then the days in it, before it or after it, across a comma, a full stop or a clause.
A bare weekday (no week, no date of its own) in a message that asks for one week is
that week's day, not the nearest of its name. The week it takes is recorded as its
antecedent (`SymbolicMention.ref`, `TimeMention.refers_to` in the end), as a
back-reference's is (`anaphora`); the week lends its days when the mentions are grounded
(`ground_symbolic`), and the nearest day of the name stays an alternative.

`week_said_later` reads the weekdays ruled out; this pass reads those wished for. It
keeps away from:

- two weeks ("not this week. wednesday would suit, or next week", "this week or
  next"), a day of the message's own ("this Friday or anytime next week", "Friday the
  27th, or next week", "tomorrow"), and a weekday offered against the week ("Thursday
  or next week", "next week, otherwise Friday");
- a week that is the time of an event or an absence, not a wish ("its my birthday next
  week ... can i come in thursday??", "I'm away next week, Thursday?", "next week is
  mad, friday?"): the writers' labels read the weekday as the coming one;
- a weekday that is the booking being moved ("move my Tuesday appointment to next
  week", "can I move Thurs 2pm to ...", "need to rebook my thurs drop off", "an
  appointment with Dr. Moreau on Thursday at 4 and I need to move it to next week"),
  and one of a set of days ("she volunteers Tuesday and Thursday mornings").
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding.coordination import coordinated
from slotwise.extractor.grounding.lexicon import FALLBACK
from slotwise.extractor.grounding.symbolic import Sym, SymbolicMention
from slotwise.extractor.grounding.week_said_later import WEEK_OF_SPAN

# Where a clause ends: a full stop, a question, a bang, a semicolon, a line break.
_CLAUSE_END = re.compile(r"[.!?;\n]+(?:\s|$)|\n")
# Words that cut a clause's span around the week: what is said past them is not said of
# the week ("next week but I'm away mon to wed", "I'm away so next week please").
_CUT = re.compile(r"\b(?:but|so|and|though|tho|although|because|cause|cos|as)\b|,", re.I)
# An event or an absence said of the week in its own clause: the week is its time, not
# a wish ("my birthday next week", "we're away next week", "next week I'm travelling",
# "next week is mad").
_EVENT = re.compile(
    r"\b(?:birthday|bday|b-day|wedding|anniversary|party|funeral|holidays?|hols|vacation|"
    r"vacay|trip|away|travel(?:l)?ing|abroad|out\s+of\s+(?:town|the\s+country)|busy|slammed|"
    r"swamped|hectic|manic|exams?|finals|camp|surgery|tied\s+up|on\s+(?:nights|leave)|"
    r"off\s+sick|in\s+hospital|(?:is|['’]s)\s+(?:mad|crazy|nuts|full|out|no\s+good|bad|a\s+write-?off))\b",
    re.I,
)
# How many words before the week an event or an absence may stand: "its my birthday
# next week", "we're away all next week"; not "I'm sick 🤒 can we do next week".
_EVENT_WORDS = 4
# The week offered against what is said before it ("Thursday, or next week", "Thursday
# if not next week", "otherwise anytime next week") or after it ("next week, or
# Friday"): the weekday is another choice, its own day.
_ALT_BEFORE_WEEK = re.compile(
    rf"\b(?:or|{FALLBACK}|alternatively|instead)\b"
    r"[\s,.]*(?:(?:maybe|perhaps|even|just|else)\s+)?"
    r"(?:(?:any\s*time|anytime|some\s*time|sometime|any\s+day|whenever|something)\s+)?"
    r"(?:(?:in|during|for|from)\s+)?$",
    re.I,
)
_ALT_AFTER_WEEK = re.compile(rf"^[\s,.?!]*(?:(?:or|{FALLBACK}|alternatively)\b)", re.I)
# A condition between a day and the week said after it makes the week the day's fallback
# ("Thursday? If Thursday's no good, early next week", "saturday w dana. if she's
# booked, ... next week"); "instead" after the week makes it the day's replacement.
_IF = re.compile(r"\b(?:if|unless|in\s+case)\b", re.I)
# So does "better" said of the week ("Friday, the week of the 7th is better").
_INSTEAD = re.compile(
    r"\binstead\b|\b(?:is|['’]s|would\s+be|works?|suits?(?:\s+(?:me|us))?)\s+better\b", re.I
)
# The booking being moved, said with its weekday: a possessive or "the current" before
# it ("my thurs drop off", "our 10am wed"), a move verb with no "to" between ("can I
# move Thurs 2pm to Fri"), or a booking word right after it ("Tuesday appointment",
# "friday's session", "thursday class").
_OWNER_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their|your|ur|current|currently|booked|from)\s+"
    r"(?:[\w:.]+\s+){0,2}$",
    re.I,
)
# ... or a booking word a few words before it, with no week between: "an appointment
# with Dr. Moreau on Thursday at 4 and I need to move it".
_BOOKING_ON = re.compile(
    r"\b(?:appt|appointment|apt|booking|session|class|lesson|slot|visit)\b"
    r"((?:\s+\S+){0,4})\s+(?:on|for)\s+(?:the\s+)?$",
    re.I,
)
_WEEK_WORD = re.compile(r"\b(?:week|wk)\b", re.I)
_MOVE_VERB = re.compile(
    r"\b(?:move|moving|push|pushing|resched\w*|rebook\w*|bump|bumping|postpone\w*|shift|"
    r"change|changing|swap|swapping|cancel\w*|brought\s+forward|bring\s+forward)\b"
    r"(?:(?!\b(?:to|into|for|till|until)\b)[^.!?;\n])*$",
    re.I,
)
_BOOKING_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:[\w:.]+\s+)?(?:appt|appointment|apt|booking|session|class|lesson|"
    r"slot|drop[- ]?off|pick[- ]?up|visit|clean|service|groom|cut|shift|practice|game|"
    r"match|meeting)s?\b",
    re.I,
)


def _week_mod(s: Sym) -> str | None:
    """The weekday modifier of a relative week asked for ("next week", "early next week",
    "any day next week after 12"), "" for a week of a date ("the week of the 7th"), None
    for anything else: a week ruled out, a day, a bound on the week itself ("till next
    week"); a bound on a time said with the week ("next week after 3") is the time's."""
    span = s.span
    if span is None or s.day is not None or s.negated or s.until is not None:
        return None
    if s.bound and s.tod is None:
        return None
    if span.kind == "weekof" and not span.part and span.start is not None:
        if span.start.kind in ("dom", "md"):  # not "Tuesday that week": a week said back
            return ""
        return None
    if span.kind != "week" or (span.n == 0 and span.part):
        return None  # "midweek", "the end of the week": which week is not said
    return WEEK_OF_SPAN.get(span.n)


def _week_key(s: Sym) -> str:
    """Which week: "early next week" and "next week" are one, as are two sayings of "the
    week of the 7th"."""
    mod = _week_mod(s)
    assert s.span is not None
    return mod or str(s.span.start)


def _names_other_week(s: Sym) -> bool:
    """A week or a weekend with its week said some other way: ruled out ("not this
    week"), the last one, a weekend with its week ("this weekend")."""
    span = s.span
    if span is None or s.day is not None:
        return False
    if span.kind in ("week", "weekof"):
        return True
    return span.kind == "weekend" and s.names_week


def _bare_weekday(s: Sym) -> bool:
    return (
        s.day is not None
        and s.day.kind == "wd"
        and not s.day.mod
        and not s.bound
        and not s.negated
        and s.recur is None
        and s.span is None
    )


def _own_day(s: Sym, mod: str) -> bool:
    """A day said with its own place in the calendar ("tomorrow", "the 27th", "this
    Friday", "next Tuesday"), not a weekday said in the week asked for ("Tuesday or
    Wednesday next week")."""
    day = s.day
    if day is None or s.negated:
        return False
    if day.kind == "wd":
        return bool(day.mod) and day.mod != mod
    return True


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding the words start..end: from the last clause end before them to
    the first after them."""
    lo = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        lo = m.end()
    after = _CLAUSE_END.search(text, end)
    return lo, after.start() if after else len(text)


def said_of_an_event(text: str, week: SymbolicMention) -> bool:
    """The week is the time of an event or an absence said in its own clause, before it
    (from the last cut word) or after it (up to the next)."""
    lo, hi = _clause(text, week.start, week.end)
    before = text[lo : week.start]
    cuts = list(_CUT.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    before = " ".join(before.split()[-_EVENT_WORDS:])
    after = text[week.end : hi]
    cut = _CUT.search(after)
    if cut:
        after = after[: cut.start()]
    return bool(_EVENT.search(before) or _EVENT.search(after))


def _moved_booking(text: str, day: SymbolicMention) -> bool:
    lo, _ = _clause(text, day.start, day.end)
    before = text[lo : day.start]
    booked = _BOOKING_ON.search(text, max(0, day.start - 80), day.start)  # "Dr." ends no clause
    return bool(
        (booked and not _WEEK_WORD.search(booked.group(1)))
        or _OWNER_BEFORE.search(before)
        or _MOVE_VERB.search(before)
        or _BOOKING_AFTER.match(text, day.end)
    )


def _of_a_set(text: str, mentions: list[SymbolicMention], i: int) -> bool:
    """A weekday listed before a set of days ("Tuesday and Thursday mornings", "mon or
    wed evenings") is one of the set's days, every week's, not a day of the week."""
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    return (
        nxt is not None
        and nxt.sym.recur is not None
        and coordinated(text, (mentions[i].start, mentions[i].end), (nxt.start, nxt.end))
    )


def _offered_against(text: str, day: SymbolicMention, week: SymbolicMention) -> bool:
    """The weekday and the week are two choices: "Thursday, or next week", "Friday
    evening? If Friday doesn't work, any evening next week", "If Thursday's no good,
    early next week", "Thursday ... any evening next week instead", "Friday, the week
    of the 7th is better", "next week, or Friday"."""
    if day.end <= week.start:
        _, hi = _clause(text, week.start, week.end)
        lo, _ = _clause(text, day.start, day.end)
        return bool(
            _ALT_BEFORE_WEEK.search(text, day.end, week.start)
            or _IF.search(text, lo, week.start)
            or _INSTEAD.search(text, week.end, hi)
        )
    return bool(_ALT_AFTER_WEEK.match(text[week.end : day.start]))


def share_week_with_days_wished(
    text: str, mentions: list[SymbolicMention]
) -> list[SymbolicMention]:
    """Bare weekdays wished for, before or after the one week the message asks for, read
    in that week, with the week as their antecedent (see the module's docstring)."""
    weeks = [k for k, sm in enumerate(mentions) if _week_mod(sm.sym) is not None]
    if not weeks:
        return mentions
    named = {_week_key(mentions[k].sym) for k in weeks}
    others = [k for k, sm in enumerate(mentions) if k not in weeks and _names_other_week(sm.sym)]
    if len(named) != 1 or others:
        return mentions
    mod = _week_mod(mentions[weeks[0]].sym)
    assert mod is not None
    if any(_own_day(sm.sym, mod) for sm in mentions):
        return mentions
    if any(said_of_an_event(text, mentions[k]) for k in weeks):
        return mentions
    out = list(mentions)
    for i, sm in enumerate(mentions):
        if not _bare_weekday(sm.sym) or _moved_booking(text, sm) or _of_a_set(text, mentions, i):
            continue
        k = min(weeks, key=lambda w: abs(mentions[w].start - sm.start))
        week = mentions[k]
        if _offered_against(text, sm, week):
            continue
        out[i] = replace(sm, ref=(week.start, week.end))
    return out
