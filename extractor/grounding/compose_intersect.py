"""Step 3 of `compose`: adjacent parts of one time join (Duckling's intersect rule).

"Wednesday" + "afternoon", "tomorrow" + "at 3pm", "Saturday's 10am" become one atom across
the small words that join them (`_JOIN_GAP`: "at", "on", "in the", ","), unless the words
between or around them keep them apart: separate clauses or sentences, a list before or
after a time ("Mon, Wed or Fri after 3", whose time is the list's), an exception inside
a span ("all week except Tuesday"), a count before a day, a clock offset ("an hour
before 5"). `combine` (the joined atom) and `only_day` are shared with the cue step.
"""

from __future__ import annotations

import re
from dataclasses import replace

from slotwise.extractor.grounding import (
    anaphora,
    compose_numbers,
    hedged_part,
    negated_list_stop,
)
from slotwise.extractor.grounding.atoms import Atom, text_between
from slotwise.extractor.grounding.compose_range import old_clock_from, weekday_clash, weekly_hours
from slotwise.extractor.grounding.coordination import LIST_GAP, LIST_WORD
from slotwise.extractor.grounding.day_edges import first_thing_morning
from slotwise.extractor.grounding.lexicon import EXCEPTION_CUES
from slotwise.extractor.grounding.list_pod import said_of_list
from slotwise.extractor.grounding.symbolic import Sym, TodSpec, merge

_JOIN_GAP = re.compile(  # "['s]": "Saturday's 10am" is one slot (the one to move);
    # ")": the weekday said in brackets after a date, "4/21 (Wed) at 10:00", "5/6 (Thu) 13:00"
    r"(?:['’]s)?\)?(?:\s+(?:please|pls|plz))?\s*[,(-]?\s*"
    r"(?:(?:any\s*time|some\s*time|at|on|@|of|in\s+the|in|the|around|about|for|from|"
    r"this|during)\s+)*",
    re.I,
)
SPACE = re.compile(r"\s*")
_BULLET = re.compile(r"\n\s*[-*•]\s")  # a new line that starts a list item


def combine(a: Atom, b: Atom, sym: Sym, *, weak: bool) -> Atom:
    cue_parts = [x.cue_text for x in (a, b) if x.cue] + [
        x.notes.get("cue", "") for x in (a, b) if x.notes.get("cue")
    ]
    out = Atom(min(a.start, b.start), max(a.end, b.end), sym, [*a.rules, *b.rules], weak=weak)
    if cue_parts:
        out.notes["cue"] = " ".join(p for p in cue_parts if p)
    ref = a.notes.get("ref") or b.notes.get("ref")
    if ref and ":" in ref:
        out.notes["ref"] = ref  # a back-reference keeps its antecedent when it joins
    return out


def only_day(s: Sym | None) -> bool:
    return (
        s is not None
        and s.day is not None
        and s.tod is None
        and s.span is None
        and not s.bound
        and not s.negated
    )


def _closes_other_bracket(text: str, a: Atom) -> bool:
    """A ")" right after `a` that `a` did not open ("4/21 (Wed) at 10" opened it)."""
    said = text[a.start : a.end]
    return text[a.end : a.end + 1] == ")" and said.count("(") <= said.count(")")


def intersect(text: str, atoms: list[Atom]) -> list[Atom]:
    """Step 3: adjacent parts of one time join ("tomorrow" "at 3pm")."""
    items = list(atoms)
    changed = True
    while changed:
        changed = False
        for i in range(len(items) - 1):
            a, b = items[i], items[i + 1]
            if a.sym is None or b.sym is None:
                continue
            if not (_JOIN_GAP.fullmatch(text_between(text, a, b)) or _same_time_but(text, a, b)):
                continue
            if _closes_other_bracket(text, a):
                continue  # "lunch (like 12 to 1) on thu": the bracket is not the day's
            if _BULLET.search(text_between(text, a, b)):
                continue  # "- not during lunch\n- tmrw if possible": two items of a list
            if _separate_clauses(text, a, b):
                continue
            if hedged_part.said_apart(text, a, b):  # "next Wednesday, in the morning if possible"
                items[i : i + 2] = [hedged_part.as_time(a), hedged_part.as_time(b)]
                continue
            if _list_then_time(text, items, i):
                items[i + 1] = said_of_list(text, a, b)
                continue
            if _excepted_list_then_time(text, items, i) or _excepted_list_then_week(text, items, i):
                continue
            if _sentence_between(text, a, b) or _time_then_list(text, items, i):
                continue
            if negated_list_stop.stops_negated_list(text, items, i):
                continue
            if _exception_in_span(a, b):
                items[i] = _excepted_day_in_span(a, b)
                continue
            if _count_before_day(items, i) or old_clock_from(text, a, b) or weekday_clash(a, b):
                continue
            sym = (
                _absorb_period_noun(a, b)
                or first_thing_morning(a.sym, b.sym)
                or _clock_offset(text, a, b)
                or weekly_hours(a.sym, b.sym)
                or _bound_clock_half(text, a, b)
                or _intersect(a.sym, b.sym)
            )
            if sym is None:
                continue
            weak = a.weak and b.weak and not _complementary(a.sym, b.sym)
            items[i : i + 2] = [_closed(text, combine(a, b, sym, weak=weak))]
            changed = True
            break
    return items


def _closed(text: str, a: Atom) -> Atom:
    """ "4/22 (Thu)": the bracket the weekday opened closes with it, so that what follows
    the bracket ("4/28 (Wed) or 4/30 (Fri), at 3") is read as after any other day."""
    said = text[a.start : a.end]
    if said.count("(") > said.count(")") and text[a.end : a.end + 1] == ")":
        a.end += 1
    return a


# "same time but Friday", "same time, just the week after", "the same time only on the
# 18th": the day replaces the old one, the time stays
_BUT_GAP = re.compile(r"\s*[,-]?\s*(?:but|just|only)\s+(?:(?:on|for|the|in)\s+)*", re.I)


def _same_time_but(text: str, a: Atom, b: Atom) -> bool:
    return (
        a.rules[:1] in (["same_time"], ["that_time"])
        and b.sym is not None
        and b.sym.tod is None
        and _BUT_GAP.fullmatch(text_between(text, a, b)) is not None
    )


def _count_before_day(items: list[Atom], i: int) -> bool:
    """A bare number before a day when a clock for the booking is said later: "2 tonight
    at 7", "table 4 2 thurs 7ish", "4 for the 23rd ... between 5 and 7": the number is a
    count (of people), not the time; "can u do 3 tmrw" stays 3 o'clock."""
    a, b = items[i], items[i + 1]
    day_part = b.sym is not None and b.sym.has_date and b.sym.tod is not None
    if day_part and b.sym is not None and b.sym.tod is not None:
        day_part = b.sym.tod.kind == "pod" and not b.sym.bound  # "tonight"
    if not compose_numbers.weak_number(a) or not (only_day(b.sym) or day_part):
        return False
    return any(
        c.sym is not None
        and not c.weak
        and c.sym.tod is not None
        and c.sym.tod.kind != "pod"
        and not c.sym.negated
        and not c.sym.bound  # "3 on the 6th ... out by 6": a bound leaves 3 the time
        for c in items[i + 2 :]
    )


def _separate_clauses(text: str, a: Atom, b: Atom) -> bool:
    """Across a comma a negated day and a plain time ("any day but friday, after 2"), a
    day and a bound ("wed, after 6"), or a day and the clock wished nearest ("sunday, as
    close to 8 as you can get"), stay two mentions: the interpreter labels each, and
    `ground` links the later to the day by `modifies`."""
    if "," not in text_between(text, a, b) or a.sym is None or b.sym is None:
        return False
    if anaphora.said_again(b) or "clock_nearest" in b.rules:
        return True  # "next Sunday, as close to 8 as you can get": the wish is its own
    if a.sym.negated != b.sym.negated:
        return True
    return bool(a.sym.bound) != bool(b.sym.bound)


def _exception_in_span(a: Atom, b: Atom) -> bool:
    """ "any day but Friday next week", "anything but monday next week": an exception
    followed by a span of days. The span is wanted; only the excepted day is negated."""
    cue = a.notes.get("cue", "").lower()
    s, w = a.sym, b.sym
    if s is None or w is None or not s.negated or not cue.startswith(EXCEPTION_CUES):
        return False
    return (
        s.day is not None
        and w.span is not None
        and w.day is None
        and w.tod is None
        and w.recur is None
        and not w.negated
        and not w.bound
    )


def _excepted_day_in_span(a: Atom, b: Atom) -> Atom:
    """The excepted day read inside the span ("Friday" of next week), still negated."""
    assert a.sym is not None and b.sym is not None
    inside = merge(replace(a.sym, negated=False), b.sym)
    if inside is None or inside.day is None or inside.span is not None:
        return a
    return Atom(a.start, a.end, replace(inside, negated=True), a.rules, a.weak, notes=a.notes)


def _list_then_time(text: str, items: list[Atom], i: int) -> bool:
    """ "Wednesday or Friday after 2": a time after the last of a list of days is not
    folded into that day alone; it stays its own mention and `ground` reads it over the
    whole list first (English prefers that), the last day alone as the alternative."""
    a, b = items[i], items[i + 1]
    if i == 0 or not _day_or_set(a.sym) or b.sym is None or b.sym.tod is None:
        return False
    if b.sym.has_date and not (_every_day_pod(b.sym) and "," in text_between(text, a, b)):
        return False  # "Mon/Wed/Fri mornings" is each day's morning; ", mornings" is said of all
    prev = items[i - 1]
    gap = text_between(text, prev, a)
    return _day_or_set(prev.sym) and bool(gap.strip()) and LIST_GAP.fullmatch(gap) is not None


def _excepted_list_then_time(text: str, items: list[Atom], i: int) -> bool:
    """ "any day except Mondays and Fridays, between 10 and 11", "except fri and sat,
    mornings": the last day of a list ruled out does not take the time after the comma;
    the time is what is wished for on the other days, and the day stays in the list (its
    negation is shared later)."""
    a, b = items[i], items[i + 1]
    if i == 0 or "," not in text_between(text, a, b) or not _day_or_set(a.sym):
        return False
    if b.sym is None or b.sym.tod is None or b.sym.negated:
        return False
    if b.sym.has_date and not _every_day_pod(b.sym):
        return False
    prev = items[i - 1]
    gap = text_between(text, prev, a)
    return (
        prev.sym is not None
        and prev.sym.negated
        and (prev.sym.day is not None or prev.sym.recur is not None)
        and LIST_GAP.fullmatch(gap) is not None
        and LIST_WORD.search(gap) is not None
    )


def _excepted_list_then_week(text: str, items: list[Atom], i: int) -> bool:
    """ "any day except Tuesday or Thursday this week", "can't do mon tue or wed next
    week": the week after a list of days ruled out is where the rest is wished for, not
    the last day's alone; it stays its own mention (`share_week` gives it to each day)."""
    a, b = items[i], items[i + 1]
    w = b.sym
    if w is None or w.span is None or w.span.kind != "week" or w.span.part:
        return False
    if w.day is not None or w.negated or w.bound:
        return False  # "this week, mornings" is still the week
    if not only_day(a.sym) or a.sym is None or a.sym.day is None or a.sym.day.kind != "wd":
        return False
    k, worded = i, False
    while k > 0:
        prev, gap = items[k - 1], text_between(text, items[k - 1], items[k])
        if prev.sym is None or prev.sym.day is None or LIST_GAP.fullmatch(gap) is None:
            return False
        worded = worded or LIST_WORD.search(gap) is not None
        k -= 1
        if prev.sym.negated:
            return worded or i - k >= 2
    return False


def _every_day_pod(s: Sym) -> bool:
    """ "mornings", "afternoons only": a part of the day said of any day."""
    return (
        s.recur is not None
        and len(s.recur) == 7
        and s.day is None
        and s.span is None
        and s.tod is not None
        and s.tod.kind == "pod"
    )


def _time_then_list(text: str, items: list[Atom], i: int) -> bool:
    """ "between 3 and 5 pm friday or saturday", "10 to 12 in the morning, Saturday or
    Sunday": a time before the first of a list of days is not folded into that day alone;
    it stays its own mention, said of every day of the list (as `_list_then_time`)."""
    a, b = items[i], items[i + 1]
    if i + 2 >= len(items) or a.sym is None or a.sym.has_date or a.sym.tod is None:
        return False
    if a.sym.negated or not _day_or_set(b.sym) or not _day_or_set(items[i + 2].sym):
        return False
    if a.rules[:1] in (["same_time"], ["that_time"]):
        return False  # "the same time on the 13th, or the 12th at 9:30": a day and its time
    # the list runs on while days follow; a list word, not bare commas, makes it one
    # ("9-5 weekdays, weekends" is two), wherever it stands ("after 3 Tue, Thu or Fri")
    k, worded = i + 1, False
    while k + 1 < len(items) and _day_or_set(items[k + 1].sym):
        gap = text_between(text, items[k], items[k + 1])
        if LIST_GAP.fullmatch(gap) is None:
            break
        worded = worded or LIST_WORD.search(gap) is not None
        k += 1
    d = items[k + 1].sym if k + 1 < len(items) else None
    if (
        d is not None
        and d.tod is not None
        and _JOIN_GAP.fullmatch(text_between(text, items[k], items[k + 1]))
    ):
        return False  # the last day has its own time: the first time is the first day's
    return k > i + 1 and worded


def _sentence_between(text: str, a: Atom, b: Atom) -> bool:
    """ "thurs. not after 4", "wed. Afternoons only": a day whose full stop ends its
    sentence does not take the part of the day or the bound of the next one; each is
    its own mention. A date or a clock after it still joins ("Tue. 3pm", "Dec. 5"), and
    so does one part of the day in the same sentence ("tues. arvo")."""
    said = text[a.start : a.end].lower()
    if not said.endswith(".") or said.endswith(("a.m.", "p.m.")):
        return False
    s = b.sym
    if s is not None and s.day is None and s.recur is not None and s.tod is None:
        return True  # ... nor a set of days ("I work Tue, Wed, Thu. Any day I'm off")
    if s is None or s.day is not None or s.span is not None:
        return False
    if s.bound or s.negated:
        return True
    return (
        s.tod is not None and s.tod.kind == "pod" and (_every_day_pod(s) or text[b.start].isupper())
    )


def _day_or_set(s: Sym | None) -> bool:
    """A day, or a set of weekdays with no time ("Mondays"): an item of a list."""
    if s is not None and s.recur is not None and s.tod is None and s.span is None:
        return not s.bound and not s.negated
    return only_day(s)


_OFFSET_WORD = re.compile(r"(before|after)\b", re.I)
_DURATION_ASKED = re.compile(
    r"(?<![\w])(?:need|needs|want|book|for|reserve|block|have|got|get|take|spend|give\s+me|"
    r"lasts?|takes?|free|available)\s+(?:(?:about|around|roughly|at\s+least|just)\s+)?$",
    re.I,
)


def _clock_offset(text: str, a: Atom, b: Atom) -> Sym | None:
    """ "3 hours after 2pm", "an hour before noon": the clock moved by the duration."""
    d, t = a.sym, b.sym
    if d is None or t is None or d.duration is None or d.has_date:
        return None
    if not SPACE.fullmatch(text_between(text, a, b)) or t.tod is None or t.tod.kind != "clock":
        return None
    if t.has_date or t.negated or t.tod.bare or t.tod.approx or not (t.tod.ap or t.tod.h24):
        return None
    word = _OFFSET_WORD.match(text, b.start)
    if word is None or _DURATION_ASKED.search(text, 0, a.start):
        return None  # "I need 2 hours before 5pm" is a length and a bound
    h = t.tod.h if t.tod.h24 else t.tod.h % 12 + (12 if t.tod.ap == "pm" else 0)
    sign = -1 if word.group(1).lower() == "before" else 1
    total = (h * 60 + t.tod.m + sign * d.duration) % 1440
    grain = "minute" if total % 60 else "hour"
    clock = TodSpec("clock", h=total // 60, m=total % 60, h24=True, grain=grain)
    return Sym(tod=clock, zone=t.zone)


def _absorb_period_noun(a: Atom, b: Atom) -> Sym | None:
    """ "Friday for the day": the day said wins over "the day" (today)."""
    for x, y in ((a, b), (b, a)):
        if (
            y.rules == ["the_period"]
            and x.rules != ["the_period"]
            and x.sym is not None
            and x.sym.has_date
            and not x.sym.bound
            and not x.sym.negated
        ):
            return x.sym
    return None


def _complementary(a: Sym, b: Sym) -> bool:
    """Two weak words that make a time together: "wed pm", "8 in the night"."""
    for x, y in ((a, b), (b, a)):
        if x.has_date and y.tod is not None and not y.tod.bare and not y.has_date:
            return True
        if (
            x.tod is not None
            and x.tod.kind == "pod"
            and y.tod is not None
            and y.tod.kind == "clock"
        ):
            return True
    return False


def _intersect(a: Sym, b: Sym) -> Sym | None:
    if b.zone and b.is_empty:
        return replace(a, zone=b.zone) if a.tod is not None and not a.zone else None
    if a.is_empty or b.is_empty:
        return None
    if b.negated:  # "no mornings, no fridays": each negation is its own list item
        return None
    # a bound joins only a bare day: "friday" + "before 3pm", "before 3pm" + "on friday"
    a_day_only, b_day_only = a.has_date and a.tod is None, b.has_date and b.tod is None
    a_tod_only, b_tod_only = (
        a.tod is not None and not a.has_date,
        b.tod is not None and not b.has_date,
    )
    if b.bound and not a.bound and not (a_day_only and b_tod_only):
        return None
    if a.bound and not b.bound and not (b_day_only and a_tod_only):
        return None
    # "Tuesday" + "mornings" -> Tuesday mornings (a set); "weekday" + "mornings" too.
    if a.day is not None and a.day.kind == "wd" and not a.day.mod and b.recur is not None:
        if a.day.n not in b.recur:
            return None  # "Wed" + "every Thursday": no day is both; two mentions
        return replace(b, recur=b.recur & {a.day.n}, negated=a.negated or b.negated)
    return merge(a, b)


# A range's second end after the part of the day: "from 5 morning to 1 afternoon".
_RANGE_NEXT = re.compile(r"\s*(?:to|till|til|until|-|–|a|hasta|até|bis)\s", re.I)


def _bound_clock_half(text: str, at: Atom, bt: Atom) -> Sym | None:
    """ "después de las 5 de la tarde", "antes de las 11 de la mañana", "after 6 in the
    evening": a bound at a bare hour takes its half of the day from the part of the day
    said right after it (17:00, 11:00, 18:00), as "a las 5 de la tarde" does (G49); the
    bound stays the bound. Not a part of the day that the hour cannot be in, nor the
    start of a range ("from 5 morning to 1 afternoon")."""
    a, b = at.sym, bt.sym
    if a is None or b is None or not a.bound or b.bound or a.has_date or b.has_date:
        return None
    if a.tod is None or a.tod.kind != "clock" or not a.tod.bare or a.negated:
        return None
    if b.tod is None or b.tod.kind != "pod" or b.recur is not None or b.negated:
        return None
    if _RANGE_NEXT.match(text, bt.end):
        return None
    clock = merge(replace(a, bound="", incl=False, by_end=False), b)
    if clock is None or clock.tod is None or clock.tod.kind != "clock":
        return None
    return replace(clock, bound=a.bound, incl=a.incl, by_end=a.by_end)
