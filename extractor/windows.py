"""What a grounded time mention asks of the appointment, as windows: the interval
algebra of reading, in one place.

- `windows_of`: a mention's reading as the windows the appointment must lie in (or, for an
  exclusion, must not overlap); a clock time is when it starts (`starts`), an
  approximate one anywhere in its window, nearest the time said (`targets`); a day's
  edge at the opening or the closing (`day_edges`);
- `name_the_dated_day`: a bare weekday said beside a dated day of that weekday is it;
- `joined`, `carve_wishes_out_of_exclusions`, `avoid_excluded_readings`: how a wish and
  an exclusion of the same message meet ("Wednesday, not the morning": the afternoon);
- `options_said_apart`: musts said in separate places that share no moment ("the 26th,
  ... the 27th, whichever"), each an option of one list;
- `overlaps`, `_within`, `_subtract`, `_only_on_anchor_days`: plain interval algebra.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from slotwise.extractor.grounding import TimeMention
from slotwise.extractor.grounding import lexicon as lx
from slotwise.extractor.grounding.coordination import any_time_said, names_a_day
from slotwise.extractor.grounding.mention import Reading
from slotwise.extractor.interpretation import Candidate, CandidateLabel
from slotwise.extractor.resources import ResourceMention
from slotwise.schemas.intervals import overlaps, subtract


def avoid_excluded_readings(
    candidates: list[Candidate],
    sources: list[TimeMention | ResourceMention],
    labels: list[CandidateLabel],
) -> None:
    """A wish whose best reading the user ruled out elsewhere takes its next reading:
    "I'm away the week after next, so Thursday?" means a Thursday outside that week.
    Not a start shifted beside a start ruled out (`_shifted_start`): "push my 3pm
    Friday to 3:30" stays on that Friday."""
    excluded = [
        ex
        for j in _exclusions(candidates, sources, labels)
        if isinstance(ex := sources[j], TimeMention)
    ]
    if not excluded:
        return

    for i in _wishes(candidates, sources, labels):
        src = sources[i]
        assert isinstance(src, TimeMention) and src.reading is not None
        ruled_out = [
            iv
            for ex in excluded
            if ex.reading is not None and not _shifted_start(candidates, ex, src, i)
            for iv in ex.reading.intervals
        ]
        if src.alternatives and ruled_out and _within(src.reading.intervals, ruled_out):
            free = [alt for alt in src.alternatives if not _within(alt.intervals, ruled_out)]
            if free:
                rest = tuple(alt for alt in src.alternatives if alt is not free[0])
                sources[i] = replace(src, reading=free[0], alternatives=(src.reading, *rest))


# The early days of a week said as a part of it ("early next week", not "the first half"):
# grounding reads its core, Monday and Tuesday, first and its fringe, to Wednesday, next.
_EARLY_PART = re.compile(r"\bpart=early(?:\s|$)")


def soft_wishes_take_their_fringe(
    sources: list[TimeMention | ResourceMention], labels: list[CandidateLabel]
) -> None:
    """A soft wish for the early days of a week ("ideally early next week", "would love
    one early next week") is met anywhere in its fringe, to Wednesday: a Wednesday
    then is early in the week, where a slot of another week is not. A firm one keeps
    its core (writers who ask for "early next week" and stop at Tuesday turn a
    Wednesday offer down); a session widens that one when a later turn names its
    Wednesday (`conversation_revise`)."""
    for i, lab in enumerate(labels):
        src = sources[i] if i < len(sources) else None
        if lab.kind != "prefer" or not isinstance(src, TimeMention) or src.reading is None:
            continue
        if not src.alternatives or _EARLY_PART.search(src.symbolic) is None:
            continue
        fringe = src.alternatives[0]
        if _within(src.reading.intervals, list(fringe.intervals)):
            rest = src.alternatives[1:]
            sources[i] = replace(src, reading=fringe, alternatives=(src.reading, *rest))


# A weekday said bare ("Saturday", not "this Saturday"): which one is the grounder's guess.
_BARE_WEEKDAY = re.compile(r"weekday=(mon|tue|wed|thu|fri|sat|sun)")


def name_the_dated_day(
    candidates: list[Candidate],
    sources: list[TimeMention | ResourceMention],
    labels: list[CandidateLabel],
) -> None:
    """A bare weekday wished for beside dated days of that weekday wished for elsewhere
    in the message is one of those days, not the coming one: "has to be Saturday ...
    Jan 9 or 16, whichever" (the 9th or the 16th), "on Tuesday? ... the 26th",
    "Saturday the 13th ... it has to be the Saturday". Its reading becomes theirs (the
    guess is kept as an alternative), so the two do not read as two days that cannot
    both hold. Not when the weekday's own reading already meets one of them, nor
    beside a day of another weekday ("Saturday ... or the 15th", a Friday), nor among
    ranked options ("Saturday the 1st? Or even better, this Saturday", "sunday,
    otherwise the sunday after"). The dated day may be a wish ("only Wednesday ... the
    9th I have an exam, so the next after": the 16th)."""
    wishes = [i for i in _wishes(candidates, sources, labels) if labels[i].choice is None]
    for i in wishes:
        src = sources[i]
        assert isinstance(src, TimeMention) and src.reading is not None
        bare = _BARE_WEEKDAY.fullmatch(src.symbolic)
        if (
            bare is None
            or src.reading.grain != "day"
            or src.bound is not None
            or labels[i].strength != "hard"
        ):
            continue
        weekday = lx.weekday_index(bare.group(1))
        dated = [
            iv
            for j in wishes
            if j != i
            and isinstance(other := sources[j], TimeMention)
            and other.reading is not None
            and other.bound is None
            and other.reading.grain == "day"
            and re.search(r"\b(?:date|dom)=", other.symbolic)
            and all(a.weekday() == weekday for a, _ in other.reading.intervals)
            for iv in other.reading.intervals
        ]
        if not dated or any(overlaps(x, y) for x in src.reading.intervals for y in dated):
            continue
        days = tuple(sorted(set(dated)))
        label = " or ".join(f"{a:%a} {a.day} {a:%b}" for a, _ in days)
        sources[i] = replace(
            src,
            reading=Reading(intervals=days, grain="day", label=label),
            alternatives=(src.reading, *src.alternatives),
        )


def carve_wishes_out_of_exclusions(
    candidates: list[Candidate],
    sources: list[TimeMention | ResourceMention],
    labels: list[CandidateLabel],
    window: tuple[datetime, datetime],
    length: timedelta,
) -> dict[int, list[tuple[datetime, datetime]]]:
    """What a wish stated inside an exclusion lets out of it; the exclusions' windows so
    narrowed, by candidate index.

    - A wish wholly inside a time ruled out with no word of negation, which had no
      other reading to take, or one that refers back to it: what is ruled out is the
      appointment being moved ("my Wed 14th appt? something in the arvo same day"), or
      the rest of a stretch ("I'm away next week, but Thursday the 14th works"). One
      inside a time ruled out in words ("not Friday, though Friday at 10 could work")
      stays a conflict, for the user to settle. What narrows the exclusion ("His
      football on Tuesdays runs until 4") is its own exclusion and still holds.
    - A start shifted beside a start ruled out (`_shifted_start`: "move my 5pm to
      4pm", a two-hour visit) is let out of what the two share: 4 to 6 is fine."""
    carved: dict[int, list[tuple[datetime, datetime]]] = {}
    wishes = _wishes(candidates, sources, labels)
    for j in _exclusions(candidates, sources, labels):
        ex = sources[j]
        assert isinstance(ex, TimeMention) and ex.reading is not None
        holes = []
        for i in wishes:
            src = sources[i]
            assert isinstance(src, TimeMention) and src.reading is not None
            inside = _within(src.reading.intervals, ex.reading.intervals)
            if (inside and (not ex.negated or _refers_back(sources, j, i))) or _shifted_start(
                candidates, ex, src, i
            ):
                holes += windows_of(src, labels[i], labels, window, length)
        if holes:
            carved[j] = subtract(windows_of(ex, labels[j], labels, window, length), holes)
    return carved


def _within(
    spans: Sequence[tuple[datetime, datetime]], outer: Sequence[tuple[datetime, datetime]]
) -> bool:
    """Every span lies wholly inside one of `outer`."""
    return all(any(a <= s and e <= b for a, b in outer) for s, e in spans)


def _refers_back(sources: list[TimeMention | ResourceMention], j: int, i: int) -> bool:
    """Mention `i` refers back to mention `j` ("the arvo same day", "later that day")."""
    src = sources[i]
    times = [k for k, s in enumerate(sources) if isinstance(s, TimeMention)]
    return (
        isinstance(src, TimeMention)
        and src.refers_to is not None
        and times.index(j) == src.refers_to
    )


def _shifted_start(candidates: list[Candidate], ex: TimeMention, src: TimeMention, i: int) -> bool:
    """An exact start wished for beside another start ruled out ("move my 5pm to 4pm",
    "not 3pm, 3:30?"): the new one may share the old one's time, not take its start."""
    if not (_is_start(ex) and _is_start(src)) or candidates[i].approx:
        return False
    assert ex.reading is not None and src.reading is not None
    return not {a for a, _ in ex.reading.intervals} & {a for a, _ in src.reading.intervals}


def _exclusions(
    candidates: list[Candidate],
    sources: list[TimeMention | ResourceMention],
    labels: list[CandidateLabel],
) -> list[int]:
    """The times ruled out (exclude, not retracted), by candidate index."""
    return [
        j
        for j, src in enumerate(sources)
        if isinstance(src, TimeMention)
        and src.reading is not None
        and candidates[j].type == "time"
        and labels[j].kind == "exclude"
        and not labels[j].retracted
    ]


def _wishes(
    candidates: list[Candidate],
    sources: list[TimeMention | ResourceMention],
    labels: list[CandidateLabel],
) -> list[int]:
    """The times wished for (require or prefer, not retracted), by candidate index."""
    return [
        i
        for i, src in enumerate(sources)
        if isinstance(src, TimeMention)
        and src.reading is not None
        and candidates[i].type == "time"
        and labels[i].kind in {"require", "prefer"}
        and not labels[i].retracted
    ]


def _is_start(src: TimeMention) -> bool:
    """A clock time ("at 2", "Friday 5pm", "around 4"): when the appointment starts."""
    return (
        src.reading is not None
        and src.bound is None
        and src.type in {"time", "datetime"}
        and src.reading.grain in {"minute", "hour"}
    )


def _clock_on_each_day(src: TimeMention) -> bool:
    """A clock said of every day of a set ("Tuesdays at 6:30am", "4.15 on Mondays", "at
    half eight any morning"), not a range of hours on each day ("Tuesdays 6-7pm")."""
    return (
        src.reading is not None
        and src.bound is None
        and src.type == "set"
        and src.reading.grain in {"minute", "hour"}
        and "clock=" in src.symbolic
        and "from(" not in src.symbolic
    )


# Leaving something with the business: "drop it off", "drop the car", "dropping her in at
# 8" (not "drop by" or "drop in", which is a visit); "leave the car with you".
_DROP_OFF = re.compile(
    r"\b(?:drop(?:s|ped|ping)?|drop-?off)\b(?!\s+(?:by|round|over|in)\b)"
    r"|\bleave\s+(?:it|her|him|the\s+\w+)\s+(?:with|at)\b",
    re.IGNORECASE,
)


def dropped_off(message: str) -> bool:
    """The message leaves something with the business for the job ("I can drop it off
    between 7 and 8"): a short range of times is when it is left, not the job's window."""
    return bool(_DROP_OFF.search(message))


# A bound said of the start: "has to start by 9", "a table starting before 6", "no later
# than 5:30 start", "3:30 latest drop".
_START_BEFORE = re.compile(
    r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|arriv(?:e|ing)|drop(?:ping)?\s+(?:it|her|him)\s+off)"
    r"(?:\s+(?:at|time))?\s*$",
    re.IGNORECASE,
)
_START_AFTER = re.compile(r"^\s*(?:start(?:ing)?|arrival|drop(?:-?off)?)\b", re.IGNORECASE)


# ... or inside the bound's own words, right before the bound word or the time: "can't
# start later than 7:30", "latest start 4pm", "nothing starting after 4" (G47); not the
# start of the person's own day ("I start work at 10", "I start at 9": `DAY_AROUND`).
_START_INSIDE = re.compile(
    r"^\D*?\b(?:start(?:s|ing)?|begin(?:s|ning)?|arriv(?:e|es|ing))\s+(?=(?:later|earlier|after|"
    r"before|past|no|any|by|until|till|time)\b|\d)",
    re.IGNORECASE,
)


def bound_on_start(message: str, span: tuple[int, int]) -> bool:
    """The words right around a bound say it is of the start ("has to start by 9",
    "no later than 5:30 start", "can't start later than 7:30"), not of the end ("done by
    7:30")."""
    a, b = span
    return bool(
        _START_BEFORE.search(message[max(0, a - 30) : a])
        or _START_AFTER.match(message[b : b + 20])
        or _START_INSIDE.match(message[a:b])
    )


def _too_short(src: TimeMention, length: timedelta) -> bool:
    """No bound, and every window of the reading shorter than the appointment."""
    return (
        src.reading is not None
        and src.bound is None
        and bool(src.reading.intervals)
        and all(b - a < length for a, b in src.reading.intervals)
    )


def _shorter_than(src: TimeMention, length: timedelta) -> bool:
    """A range of clock times too short to hold the appointment ("drop it off between 7
    and 8" for a 90-minute job, "12 to 1 on my lunch"): the appointment *starts* in it."""
    return (
        _too_short(src, length)
        and "from(" in src.symbolic
        and src.reading is not None
        and src.reading.grain in {"minute", "hour"}
    )


def _part_of_day_shorter_than(src: TimeMention, length: timedelta) -> bool:
    """A part of the day too short to hold the appointment ("late afternoon if you can"
    for a 3-hour clean, 15:00-17:00): a preference for when it *starts*, as a range of
    clocks dropped off is (a required one stays a window, and a conflict to settle)."""
    return _too_short(src, length) and not src.negated and "pod=" in src.symbolic


def windows_of(
    src: TimeMention,
    label: CandidateLabel,
    labels: list[CandidateLabel],
    window: tuple[datetime, datetime],
    length: timedelta,
    dropped_off: bool = False,
    on_start: bool = False,
    of_one_option: bool = False,
) -> list[tuple[datetime, datetime]]:
    """What a time mention asks of the appointment, as windows it must lie inside (or,
    for an exclusion, must not overlap).

    - a clock time ("at 2", "Dec 5th at 2pm") is when the appointment *starts*:
      ``[t, t + length)``; an approximate one ("2ish", "around 2") lets it start
      anywhere in its window: ``[a, b + length)``; a wish for a clock on each day of a
      set ("Tuesdays at 6:30am") is a start on each;
    - a range, a part of the day, a day or a bound is a window to lie inside; a range of
      clock times shorter than the appointment, in a message about leaving something
      with the business (`dropped_off`: "I can drop it off between 7 and 8" for a
      90-minute job), is when the thing is left, so when the job starts:
      ``[a, b + length)``. Without it ("home 12 till 1 only", a 90-minute job) the range
      stays a window, and a conflict to settle;
    - a part of the day only preferred and shorter than the appointment ("late afternoon
      if you can", a 3-hour job) is when it starts: ``[a, b + length)``;
    - a bound said of the start (`on_start`: "has to start by 9", "starting before 6")
      bounds the start: the appointment may run ``length`` past it;
    - a bound that narrows a wish ("maybe Wednesday afternoon, but not after 3pm") only
      forbids the wished-for day outside the bound (see `_only_on_anchor_days`); so does
      one that narrows one option of several said apart (`of_one_option`: "Tuesday the
      26th or Wednesday the 27th ... if it's the Tuesday, after 11").
    """
    assert src.reading is not None
    windows = list(src.reading.intervals)
    if _is_start(src):
        return starts(src, src.reading, length)
    if src.bound is None and _DAY_EDGE.search(src.symbolic):
        return _holding(windows, length, src.symbolic)
    wish = label.kind in {"require", "prefer"}
    if wish and _clock_on_each_day(src):  # a wish to start then on each of the days
        if "~" in src.symbolic:
            return [(a, b + length) for a, b in windows]
        return [(a, a + length) for a, _ in windows]
    if wish and dropped_off and _shorter_than(src, length):
        return [(a, b + length) for a, b in windows]
    if label.kind == "prefer" and _part_of_day_shorter_than(src, length):
        return [(a, b + length) for a, b in windows]  # "late afternoon if you can", 3 hours
    if wish and on_start and src.bound == "before":  # the start is bound, the end runs on
        windows = [(a, b + length) for a, b in windows]
    anchor = label.modifies
    if (
        src.bound is not None
        and anchor is not None
        and label.kind == "require"
        and (of_one_option or (labels[anchor].kind, labels[anchor].strength) != ("require", "hard"))
    ):
        return _only_on_anchor_days(windows, window)
    return windows


# The longest window of a mention that may be one option of a list said apart: a day (25
# hours, a DST day). A longer one is a period ("the week of the 25th", "January") that a
# day said elsewhere narrows ("... Tuesday or Wednesday"), not another choice.
_OPTION_SPAN = timedelta(hours=25)
# The grounding rule of "this one", "the one after", "the next one" (anaphora.py): one of
# the weekday said just before, picked out.
_WHICH_ONE = re.compile(r"this_one\b")


def options_said_apart(
    groups: list[list[int]],
    candidates: list[Candidate],
    labels: list[CandidateLabel],
    sources: Sequence[TimeMention | ResourceMention],
) -> list[list[int]]:
    """`groups` (candidate indices, each group one constraint) with the musts said in
    separate places that share no moment joined into one list, either will do: "my
    sister says the 26th, I said the 27th, whichever", "thurs am? ... friday am also
    fine", "Monday 11th all day, Tuesday 12th after 3", "Stephen's Day? Or the Sunday
    after?". Two times a visit must both lie in that share no moment cannot both hold;
    read as options (the writers' convention: unordered options are each a hard
    require), one of them can. Only mentions that name their days, a day long or
    shorter: not a period a day narrows ("the week of the 25th ... Tuesday", "no later
    than the 13th"), not a clock or a part of every day ("before work ... at 6:15").
    Each a hard require of its own: not retracted, not a ranked choice, not narrowing
    another ("no later than that"), and never two of which one narrows the other. A
    group joins the first earlier option it shares no moment with."""

    def option(group: list[int]) -> bool:
        for i in group:
            src, cand, lab = sources[i], candidates[i], labels[i]
            if (
                cand.type != "time"
                or not isinstance(src, TimeMention)
                # a day of its own ("Wednesday 2nd after 2"), not "at 6:15" on every day
                or not (cand.has_date or (src.bound is not None and names_a_day(src)))
                or src.reading is None
                or not src.reading.intervals
                or lab.kind not in {"require", "prefer"}
                or lab.strength != "hard"
                or lab.retracted
                or lab.choice is not None
                or lab.modifies is not None
                or cand.linked is not None
                # "monday. the one after next": which of the weekday said before, not
                # another choice (unless listed as one: "a Saturday, this one or the 20th")
                or (_WHICH_ONE.match(src.rule) is not None and not cand.coordinated)
                or any(b - a > _OPTION_SPAN for a, b in src.reading.intervals)
                # a clock on each day of a period ("the week after, around 6") is the
                # period narrowed, not a day of its own; a list of days is ("mon, wed")
                or (
                    src.type != "set"
                    and "weekof" in src.symbolic
                    and src.reading.intervals[-1][1] - src.reading.intervals[0][0] > _OPTION_SPAN
                )
            ):
                return False
        return True

    def spans(group: list[int]) -> list[tuple[datetime, datetime]]:
        out: list[tuple[datetime, datetime]] = []
        for i in group:
            src = sources[i]
            assert isinstance(src, TimeMention) and src.reading is not None
            out.extend(src.reading.intervals)
        return out

    out: list[list[int]] = []
    options: list[list[int]] = []  # the groups of `out` that are options (joined ones too)
    for group in groups:
        if option(group):
            ours = spans(group)
            host = next(
                (g for g in options if not any(overlaps(x, y) for x in spans(g) for y in ours)),
                None,
            )
            if host is not None:
                host.extend(group)
                continue
            options.append(list(group))
            out.append(options[-1])
        else:
            out.append(list(group))
    return out


# The day's edges ("first thing", "end of the day": the first / last open hours when the
# hours are known) say where the visit starts / ends: a visit longer than the edge's
# window still starts at the opening or ends at the closing.
_DAY_EDGE = re.compile(r"\bpod=(first_thing|end_of_day)\b")


def _holding(
    windows: list[tuple[datetime, datetime]], length: timedelta, symbolic: str
) -> list[tuple[datetime, datetime]]:
    """An edge window grown, away from the edge, to hold a visit of `length`: "end of the
    day" for a 2-hour massage at a spa closing at 21:00 is 19:00-21:00, not 20:00-21:00."""
    if "first_thing" in symbolic:
        return [(a, max(b, a + length)) for a, b in windows]
    return [(min(a, b - length), b) for a, b in windows]


def day_edges(
    src: TimeMention,
    label: CandidateLabel,
    windows: list[tuple[datetime, datetime]],
    length: timedelta,
) -> list[datetime]:
    """Where a day's edge said as a wish puts the visit's start, on each of its windows:
    "first thing" at the window's opening, "end of the day" so that the visit ends at the
    closing. Empty for a bound ("by the end of the day"), an exclusion or a negated edge,
    and for any other mention."""
    if (
        label.kind not in {"require", "prefer"}
        or src.bound is not None
        or src.negated
        or not _DAY_EDGE.search(src.symbolic)
    ):
        return []
    first = "first_thing" in src.symbolic
    return [a if first else b - length for a, b in windows if b - a >= length]


def starts(
    src: TimeMention, reading: Reading, length: timedelta
) -> list[tuple[datetime, datetime]]:
    """A reading of a clock time as the windows the appointment lies in: it starts at the
    time (``[t, t + length)``), or anywhere in an approximate one's window. Any other
    mention's reading is its windows as they are."""
    if not _is_start(src):
        return list(reading.intervals)
    if "~" in src.symbolic:
        return [(a, b + length) for a, b in reading.intervals]
    return [(a, a + length) for a, _ in reading.intervals]


def targets(src: TimeMention, label: CandidateLabel) -> list[datetime]:
    """The times an approximate wish asks for ("around 4:30", "3ish", "Tuesdays about
    6"): the middle of each of its reading's windows, which grounding centres on the time
    said. Empty for anything else: an exact clock, a range, an exclusion."""
    if label.kind not in {"require", "prefer"} or src.reading is None or "~" not in src.symbolic:
        return []
    if not (_is_start(src) or _clock_on_each_day(src)):
        return []
    return [a + (b - a) / 2 for a, b in src.reading.intervals]


def _only_on_anchor_days(
    bound: list[tuple[datetime, datetime]], window: tuple[datetime, datetime]
) -> list[tuple[datetime, datetime]]:
    """ "Maybe Wednesday afternoon, but not after 3pm": the bound narrows Wednesday, a
    wish, so as a hard constraint it may only forbid Wednesday after 3pm, not force
    Wednesday. Allowed = the whole window minus (the anchor's days minus the bound)."""
    forbidden: list[tuple[datetime, datetime]] = []
    for start, end in bound:
        day0 = start.replace(hour=0, minute=0, second=0, microsecond=0)
        day1 = (end - timedelta(microseconds=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        day1 = (day1 + timedelta(days=1, hours=2)).replace(hour=0)  # next midnight, DST-proof
        if day0 < start:
            forbidden.append((day0, start))
        if end < day1:
            forbidden.append((end, day1))
    return subtract([window], forbidden)


# Rules a bound mention begins with when it is said before its day ("after 5 on the 20th")
_BOUND_FIRST = frozenset({"bound_prefix", "neg_prefix", "day_around", "between"})


def joined(
    a: Candidate,
    b: Candidate,
    la: CandidateLabel,
    lb: CandidateLabel,
    sa: TimeMention | ResourceMention,
    sb: TimeMention | ResourceMention,
    gap: str = "",
    after: str = "",
) -> bool:
    """ "Thursday or Friday", "Dr. Smith or Dr. Patel": one constraint, either will do.

    A bound is an item of such a list too ("Saturday morning or any day after 5",
    "before 10 or after 4", "Wednesday after 6 or Thursday after 6") when the two cannot
    both hold (their readings share no moment): the user means either. Otherwise a bound
    narrows what it stands beside ("Monday or Tuesday, after 3", "after 2, before 5",
    "every Monday, starting Jan 4") and stays its own constraint; so does a bound before
    a bare day, whose clock that day may share ("after 5 on the 20th or 21st"), unlike
    one said after its own day ("Thurs after 4 or Fri anytime": either), nor one before
    its day when the next day is said with "any time" (`after`: the words after `b`;
    "after 3 the same day or any time Thursday", "after 11 tmrw, or thursday anytime"),
    nor a bound said of no day ("after 3:30 or saturday", `names_a_day`)."""
    # a first choice and its fallback ("6:30, or 7:30 if that's taken") stay ranked
    same = la.model_dump(exclude={"modifies"}) == lb.model_dump(exclude={"modifies"})
    if a.type != b.type or not same or not b.coordinated:
        return False
    if a.type == "resource":
        return True
    if (
        a.bound is None
        and b.bound is None
        and not _LIST_WORD.search(gap)
        and _narrows_a_period(sa, sb)
    ):
        return False  # "in the next two weeks, weekends only": the weekends in them
    if a.bound is None and b.bound is None:  # "Friday, 3pm" is 3pm on Friday, but
        # "tmrw 8:30 or 9", "mon 21st, 6 or 7pm" are either start (on that day)
        starts = all(isinstance(s, TimeMention) and _is_start(s) for s in (sa, sb))
        return a.has_date == b.has_date or starts
    if not isinstance(sa, TimeMention) or not isinstance(sb, TimeMention):
        return False
    # a bound said after its own day is one choice, the next day the other ("Thurs after
    # 4 or Fri anytime", "today after 4 or tmrw"); one said before it is not
    if (
        a.bound is not None
        and b.bound is None
        and b.mention_type == "date"
        and sa.rule.split("+")[0] in _BOUND_FIRST
        and names_a_day(sa)  # "after 3:30 or saturday": either
        and not any_time_said(gap, after)
    ):
        return False
    if sa.reading is None or sb.reading is None:
        return False
    return not any(overlaps(x, y) for x in sa.reading.intervals for y in sb.reading.intervals)


# A word that makes a comma a list of choices: "Friday the 22nd, or any time that week"
_LIST_WORD = re.compile(rf"\b(?:or|and|either|{lx.FALLBACK_CONJUNCTION})\b|[/&]", re.I)


def _narrows_a_period(sa: object, sb: object) -> bool:
    """One of two items is a period of days ("the week of the 11th", "the next two
    weeks") and the other falls inside it ("any weekday afternoon", "weekends"): the
    second narrows the first, it is not the other choice."""
    if not isinstance(sa, TimeMention) or not isinstance(sb, TimeMention):
        return False
    if sa.reading is None or sb.reading is None:
        return False

    def period(r: Reading) -> bool:
        return len(r.intervals) == 1 and r.intervals[0][1] - r.intervals[0][0] >= timedelta(days=2)

    for x, y in ((sa.reading, sb.reading), (sb.reading, sa.reading)):
        if period(x) and not period(y) and any(overlaps(x.intervals[0], iv) for iv in y.intervals):
            return True
    return False


def ends_the_day(message: str, constraints: Sequence[Any], sources: Sequence[object]) -> bool:
    """ "End of the day Friday", "can I switch to the end of the day": a visit at the end
    of one day ends at the closing, so the latest open slot of its window comes first.
    Holds when the day's end (not a bound, not negated) is said of one day and every
    time wish of `constraints` (the contract's, required or preferred, not taken back)
    holds that closing: not "first thing, else the end of the day" (the first choice
    stays first), nor "end of the day Monday or Tuesday" (Monday's comes first). Not
    when the message names both edges ("I said end of the day but first thing is
    better"), read or not."""
    if _FIRST_THING.search(message):
        return False
    closes = [
        b
        for s in sources
        if isinstance(s, TimeMention)
        and s.reading is not None
        and s.bound is None
        and not s.negated
        and _DAY_EDGE_END.search(s.symbolic)
        for _, b in s.reading.intervals
    ]
    if len({b.date() for b in closes}) != 1:
        return False
    wishes = [
        c
        for c in constraints
        if c.source == "message"
        and c.kind in ("require", "prefer")
        and not c.retracted
        and c.intervals
    ]
    return bool(wishes) and all(
        any(iv.start < b <= iv.end for b in closes) for c in wishes for iv in c.intervals
    )


_DAY_EDGE_END = re.compile(r"\bpod=end_of_day\b")
_FIRST_THING = re.compile(r"\bfirst\s+thing\b", re.I)
