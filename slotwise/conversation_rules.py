"""Named rules of reading a turn against the conversation, beside `slotwise.conversation`.

Each rule is keyed to the labels of the turn and the session's state, not to words:

| rule         | what a turn says                          | what it does                        |
| ------------ | ----------------------------------------- | ----------------------------------- |
| `rebounds`   | "any time after 4" after "after 6 only"   | the new bound replaces the old one  |
| `lifts`      | "the 24th is fine after all" after "not    | the wish lifts the exclusion        |
|              | the 24th"                                 |                                     |
| `restates`   | "29th morning 9 o'clock onwards" after    | the new words hold in place of the  |
|              | "on the 29th"                             | old ones                            |
| `hardens`    | "it really does have to be Ms. Okafor"    | the firm wish holds in place of the |
|              | after "ideally with Ms Okafor"            | soft one                            |
| `reaims`     | "like noon?" after "starting around 1     | the new aim replaces the old one    |
|              | would be perfect" (two wishes)            |                                     |
| `retimes`    | "make it 8 instead" after "Saturday ... at  | the new clock replaces the old one  |
|              | 7:30" (firm clock times); "push it half an |                                     |
|              | hour later" after "at 7pm" (`shifts_slot`) |                                     |
| `starts_outside` | "11:15 works?" after "not before 12"  | the clock replaces the bound it     |
|              |                                           | lets no visit start in              |
| `widens`     | "whats open that week then" after "monday | the wider wish replaces the one it  |
|              | the 15th"; "thurs, or friday also can"    | holds                               |
| `nothing_to_move` | "actually any day this week after 5" | continues the search: nothing was   |
|              | read as a move while searching            | booked to move                      |
| `goes_ahead` | "ok book", "yes please confirm" (a wish    | picks the option shown first        |
|              | to book that names nothing) after options |                                     |
| `left_to_anyone` | "fine whoever is free then" after      | drops the provider wish, and a soft |
|              | "ideally not with kai"                    | wish to avoid one; "whoever" holds  |
| `names_provider` | "actually nah put me with dele" after  | drops the "whoever" (`leaves_provider_open`); |
|              | "half 4 tmrw, whoever's free"             | dele holds                          |
| `day_mentioned` | "that day" after "is the 4th this week or | the day named, as the antecedent   |
|              | next?" (a day named, not asked for)       |                                     |
| `weekday_with_time` | "sat morning" after "next week"     | next week's Saturday morning        |
| `said_with_day` | "saturday, between 2 and 5", then "next | the time stays, on every day (`time_part`); |
|              | saturday" or "not tuesday" (a day goes); | "mornings dont matter" after "this wknd, |
|              | "mornings dont matter" (the time goes)   | mornings": the days stay (`day_part`) |
| `clock_on_day` | "Wednesday around 4", then "I meant     | around 4 stays, on every day (`time_part`) |
|              | Thursday, not Wednesday" (the day taken  |                                     |
|              | back)                                     |                                     |
| `clock_held` | "the week after. same time" after "Friday | "9am." beside the days, for "same   |
|              | 18th, 9am if poss" (nothing booked)       | time" to point at                   |
| `same_time_alone` | "same time" after "can u do the monday  | 7am (the time booked) on that Monday, |
|              | after" (7am Friday booked)                | not on the Friday it was said of    |
| `says_time_again` | "next Tuesday, same time" after "Thursday | the earlier time of day stays, on the |
|              | late afternoon ... after 4"               | new day; the day is replaced        |
| `keeps_days` | "make it 6pm not 5" after "wed the 25th at 5pm";| the days stay, the new time holds |
|              | "5:30 then" after "next week after 6pm"    | on them (`day_and_clock`)           |
| `moves_with_day` | "what about thursday same time" after   | a bound stays, on the new day; a    |
|              | "tuesday evening ... after 6"             | clock goes when the turn `says_clock`|
|              |                                           | (not when it `says_time_again`)     |
| `follows_anchor` | "Friday's no good, could it be the     | the day said from it moves with the |
|              | Thursday before" after "next Friday"      | day it leans on (the 21st, not the  |
|              | (the Friday read as next week's)          | 14th)                               |

A bound is a time of day said on its own ("after 4", "before 11", "from 2:30 on"): on
each day it runs from the clock to the day's end, or from the day's start to the clock.
A second bound of the same direction moves the first ("make that before 11"); one of
the other direction narrows it ("after 3 but not after 6") and both hold.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Literal

from slotwise.constraint_facts import day_end, rule_parts, spans_meet, start_days
from slotwise.extractor.candidate_finding import MOVE_RULES
from slotwise.extractor.grounding import DEFAULT_HORIZON
from slotwise.extractor.pipeline import ANYONE_RULE
from slotwise.schemas import Constraint, Part, Span

# the grounding rules' parts that say a clock time or a bound on it, and nothing that
# names a day ("after 4": bound_prefix+bare_number; "tmrw after 4" also names a day)
_CLOCK_PARTS = frozenset(
    {
        "bound_prefix",
        "day_around",  # "I finish at 5", "I start work at 9": a bound on the time of day
        "bound_suffix",
        "between",
        "neg_prefix",
        "bare_number",
        "clock_ampm",
        "clock_hm",
        "clock_half_hour",
        "clock_past_to",
        "clock_oclock",
        "clock_dot_bound",
        "noon",
    }
)
# A constraint whose intervals lie within this many days names days ("Thursday",
# "next week"); one spread wider is a time of day or a bound ("mornings", "after 2").
DAY_SORT_DAYS = 8
# the grounding rules of a day said from a day said before it in the message ("the
# Thursday before", "the week after", "the day after", "the following Monday", "later
# that week")
ANCHORED_DAY_RULES = frozenset(
    {
        "weekday_after_that",
        "week_before_after",
        "day_before_after",
        "following",
        "same_week",
        "later_that_week",
    }
)
# the goals of a turn that may go ahead with a shown option
_BOOKING = frozenset({"book", "reschedule"})


def bound_of(c: Constraint) -> tuple[Literal["from", "until"], time] | None:
    """``("from", 16:00)`` for "after 4" (each day from the clock to the day's end),
    ``("until", 11:00)`` for "before 11" (each day from its start to the clock); None for
    anything else (a range, a day, a part of the day, a time that names a day)."""
    parts = rule_parts(c)
    if not c.intervals or not parts[0] or not set(parts) <= _CLOCK_PARTS:
        return None
    # the first day may be cut short by the time the message was sent, the last by the
    # end of the calendar: the days between say what the bound is
    spans = c.intervals[1:-1] if len(c.intervals) > 2 else c.intervals
    if all(day_end(s.end, s.start) for s in spans):
        clock = Counter(s.start.time() for s in spans).most_common(1)[0][0]
        return ("from", clock) if clock != time(0) else None
    if all(s.start.time() == time(0) and s.end.date() == s.start.date() for s in spans):
        return ("until", Counter(s.end.time() for s in spans).most_common(1)[0][0])
    return None


def rebounds(old: Constraint, new: Constraint) -> bool:
    """`new` moves the bound `old` set: both wishes are bounds of one direction ("after 6
    only", then "actually any time after 4 is fine"; "before 10", then "make that before
    11"), so the later one holds in its place; a wish (soft) does not move a firm limit,
    it holds within it ("after 9", then "after 10 would be even better": both hold)."""
    if old.kind == "exclude" or new.kind == "exclude":
        return False
    if old.strength == "hard" and new.strength != "hard":
        return False  # "after 9", then "after 10 would be even better": a wish within it
    a, b = bound_of(old), bound_of(new)
    return a is not None and b is not None and a[0] == b[0]


# the grounding rules' parts that bound the clock ("after 3", "between 2 and 5")
_BOUNDS = frozenset({"bound_prefix", "bound_suffix", "between"})
# the longest a wish for a time of day may run and still aim at one time ("around 1")
_AIM = timedelta(hours=2)


def reaims(old: Constraint, new: Constraint) -> bool:
    """`new` wishes for another time of day to start than `old` did, both wishes, not
    limits ("Starting around 1 would be perfect", then "can we start a little earlier,
    like noon?"): a booking starts once, so the later aim holds in place of the earlier.
    A limit is not moved by a wish, nor a wish by a limit (`rebounds`, `hardens`)."""
    if not all(c.kind == "prefer" and c.strength == "soft" for c in (old, new)):
        return False
    a, b = _aims(old), _aims(new)
    return bool(a and b) and not a & b


def retimes(old: Constraint, new: Constraint) -> bool:
    """`new` firmly asks for another clock time to start than `old` did, said as a clock
    ("Saturday ... at 7:30", then "actually make it 8 instead"; "fri 5pm", then "can u
    make it fri 5:30 instead") or as the slot moved by some time (`shifts_slot`: "7pm",
    then "can we push it half an hour later"): a booking starts once, so the later time
    holds in place of the earlier, also an earlier clock wished for ("9 o'clock would be
    best", then "make it 8 instead of 9"; "Ideally about 10", then "we'll come at 11").
    Not a bound ("after 6"), nor a part of the day, nor an exclusion; a soft wish does
    not move a firm time (`reaims` moves one wish by another)."""
    if old.kind == "exclude" or new.kind != "require" or new.strength != "hard":
        return False
    if not (_clock_said(old) and (_clock_said(new) or shifts_slot(new))):
        return False
    a, b = _aims(old), _aims(new)
    return bool(a and b) and not a & b


def starts_outside(old: Constraint, new: Constraint) -> bool:
    """`new`, a firm clock to start at ("11:15 works?", "could we do 9:30"), starts where
    `old`, a firm bound on the clock ("not before 12", "after 10"), lets no visit start:
    the customer gives the bound up for that time ("i morgen? not before 12, i have
    lectures", then "actually my 2nd lecture got cancelled so 11:15 works?"). A visit
    that starts inside the bound and runs past it ("2pm" with "before 2:30") meets it."""
    if (old.kind, old.strength) != ("require", "hard") or new.kind != "require":
        return False
    if new.strength != "hard" or not _clock_said(new):
        return False
    bound, aims = bound_of(old), _aims(new)
    if bound is None or not aims:
        return False
    side, clock = bound
    return all(t < clock for t in aims) if side == "from" else all(t >= clock for t in aims)


def shifts_slot(c: Constraint) -> bool:
    """`c` moves the slot by some time ("an hour later", "half an hour earlier", "push
    it back 45 minutes"): a new time to start on the slot's day, which names no day of
    its own ("one day later", "back a week" move whole days)."""
    return (
        len(rule_parts(c)) == 1
        and rule_parts(c)[0] in MOVE_RULES
        and bool(c.intervals)
        and not any(s.start.time() == time(0) and day_end(s.end, s.start) for s in c.intervals)
    )


def _clock_said(c: Constraint) -> bool:
    parts = rule_parts(c)
    return any(_is_clock(p) for p in parts) and not any(p in _BOUNDS for p in parts)


def _is_clock(part: str) -> bool:
    """A clock time said: "7:30", "3pm", "noon", or a bare hour grounding read as one
    ("make it 8 instead")."""
    return clock_part(part) or part in {"bare_number", "noon"}


def clock_part(part: str) -> bool:
    """A grounding rule's part that says a clock time: "clock_ampm" ("3pm"), and a clock in
    the words of another language ("foreign_clock": "vers 11h", "como a las 11";
    "vietnamese_clock": "lúc 4 giờ"; "german_clock": "um halb vier"; "indonesian_clock":
    "jam 8"); not an event named with its clock ("before my 11:30 class": a bound) nor
    the zone said after one ("at 7, Vegas time")."""
    if part.startswith(("event_", "zone_")):
        return False
    return part.startswith("clock_") or part.endswith("_clock")


def _aims(c: Constraint) -> set[time]:
    """The clock times a wish aims at: what grounding aims at ("around 1": 1pm), else
    the start of a clock time said alone ("noon", "3:30"); none for a part of the day or
    a bound ("mornings", "after 4")."""
    parts = rule_parts(c)
    if c.targets and any(_is_clock(p) for p in parts):
        # "around 5pm": its window holds the visit's length too, however long
        return {t.time() for t in c.targets}
    if not c.intervals or any(s.end - s.start > _AIM for s in c.intervals):
        return set()
    if c.targets:
        return {t.time() for t in c.targets}
    if any(_is_clock(p) for p in parts) or shifts_slot(c):
        return {s.start.time() for s in c.intervals}
    return set()


def goes_ahead(intent: str, says: bool, shown: list[dict[str, Any]], previous: str | None) -> bool:
    """A turn read as a wish to book that says nothing else (`says`: it names no time,
    provider, length, "asap" or "whoever is free": "ok book", "Yes please confirm.", "ok
    that") after a booking turn showed options, also with questions between ("how much
    for a serpentine belt", then "k book it"): it takes the option shown first."""
    return (
        bool(shown)
        and not says
        and intent in _BOOKING
        and previous in _BOOKING | {"availability", "other"}
    )


def nothing_to_move(
    intent: str, booked: bool, previous: str | None, searching: str | None, sure: bool = False
) -> bool:
    """A turn the reader reads as a move, but not surely (`sure`), ("hmm actually any day
    this week after 5 works", "can i change it to afternoon") while the conversation
    searches for a slot (`searching`: the goal of its latest turn that asked for slots)
    and has booked nothing (`booked`: no option picked since): there is no booking to
    move, so the search goes on. A sure move stays one: writers move a slot asked for by
    its time and shown, picked or not ("fri 9am", then "oh wait move that to 10"). After a
    cancellation nothing is booked either: "cancel that", then "can i do thursday night
    instead?" books anew. A conversation that opens with a move moves a booking made
    elsewhere."""
    return (
        intent == "reschedule"
        and not sure
        and not booked
        and previous is not None
        and searching in {"book", "availability"}
    )


def leaves_provider_open(c: Constraint) -> bool:
    """ "whoever is free", "anyone", "any of your stylists": the constraint that leaves the
    provider to the engine (rule `ANYONE_RULE`, one of every resource)."""
    return c.rule == ANYONE_RULE and not c.retracted


def left_to_anyone(c: Constraint) -> bool:
    """A provider wish that "whoever is free" takes back: a wish for one ("with Ella
    ideally") and a soft wish to avoid one ("ideally not with kai"); a firm exclusion
    ("anyone but Ben") still holds, and so does an earlier "whoever" ("whoever's free",
    then "anyone's fine")."""
    if not c.resources or c.intervals or leaves_provider_open(c):
        return False
    return c.kind != "exclude" or c.strength != "hard"


def names_provider(c: Constraint) -> bool:
    """A wish for a provider by name or kind ("actually nah put me with dele", "it has to
    be a nurse"), which takes back an earlier "whoever is free" (`leaves_provider_open`)
    as "whoever is free" takes back a named one."""
    return (
        bool(c.resources)
        and not c.intervals
        and c.kind != "exclude"
        and not c.retracted
        and not leaves_provider_open(c)
    )


def covers(outer: Constraint, inner: Constraint | Part) -> bool:
    """Every interval of `inner` lies inside one of `outer`'s."""
    return bool(inner.intervals) and all(
        any(o.start <= i.start and i.end <= o.end for o in outer.intervals) for i in inner.intervals
    )


def lifts(wish: Constraint, exclusion: Constraint) -> bool:
    """A firm wish for nothing but what an earlier exclusion ruled out takes that
    exclusion back ("not the 24th", then "the 24th is fine after all"; "not Dr Lee",
    then "Dr Lee is fine"): the mirror of an exclusion that rules out a whole wish."""
    if exclusion.kind != "exclude" or wish.kind == "exclude" or wish.strength != "hard":
        return False
    if wish.intervals:
        return covers(exclusion, wish)
    return bool(wish.resources) and set(wish.resources) <= set(exclusion.resources)


def restates(old: Constraint, new: Constraint) -> bool:
    """A firm wish that names the days an earlier wish named, the same way, and says more
    of them ("on the 29th", then "29th morning 9 o'clock onwards"): the earlier words,
    said again with a time, hold in the new ones. A time said of "that day" ("can't do
    after 2" on the day asked for) names no day itself and narrows it instead; the same
    words said again ("tomorrow", then "is he there tomorrow?") change nothing."""
    if old.kind == "exclude" or new.kind == "exclude" or new.strength != "hard":
        return False
    said, again = set(rule_parts(old)), set(rule_parts(new))
    if not old.rule or not said < again:
        return False
    return start_days(old) == start_days(new) and covers(old, new)


def hardens(old: Constraint, new: Constraint) -> bool:
    """A firm wish for just what an earlier soft wish asked for ("ideally with Ms Okafor",
    then "it really does have to be Ms. Okafor"; "afternoons would be preferable", then
    "it has to be an afternoon"): the firm words hold in place of the soft ones. The same
    provider, or the same moments; a firm wish that says more or less than the soft one
    holds beside it ("Thursday 3pm ideally", then "has to be Thursday")."""
    if old.kind == "exclude" or new.kind != "require" or new.strength != "hard":
        return False
    if old.kind == "require" and old.strength == "hard":
        return False
    if old.intervals or new.intervals:
        return _same_moments(old, new) and set(old.resources) == set(new.resources)
    return bool(new.resources) and set(new.resources) == set(old.resources)


def _same_moments(a: Constraint, b: Constraint) -> bool:
    """`a` and `b` hold the same moments, on each of the same days; over several days the
    first may be cut short by the time each was read (turns a few minutes apart)."""
    xs = sorted(a.intervals, key=lambda s: s.start)
    ys = sorted(b.intervals, key=lambda s: s.start)
    if not xs or len(xs) != len(ys) or any(x.end != y.end for x, y in zip(xs, ys, strict=True)):
        return False
    rest = all(x.start == y.start for x, y in zip(xs[1:], ys[1:], strict=True))
    return rest and (len(xs) > 1 or xs[0].start == ys[0].start)


def widens(old: Constraint, new: Constraint) -> bool:
    """A firm wish that holds all of an earlier firm wish and more ("monday the 15th",
    then "ok whats open that week then"; "thurs", then "if not thursday then friday also
    can"): held together the new one would add nothing, so it widens the search and
    replaces the earlier one."""
    if old.kind != "require" or new.kind != "require":
        return False
    if old.strength != "hard" or new.strength != "hard" or not new.intervals:
        return False
    # days of one week or so ("that week", "thurs or fri"); "weekends" said of every
    # week states a standing limit, not a wider search
    first = min(s.start for s in new.intervals)
    if max(s.end for s in new.intervals) - first > timedelta(days=DAY_SORT_DAYS):
        return False
    return covers(new, old) and not covers(old, new)


# the grounding rules' parts that say a time of day ("afternoon", "between 2 and 5")
_TIME_OF_DAY_PARTS = _CLOCK_PARTS | {"part_of_day", "part_of_day_set"}
# the days around a day that a time said with it holds on once the day goes: the reach
# of grounding's own horizon on either side
_REACH = DEFAULT_HORIZON


def said_with_day(c: Constraint) -> bool:
    """`c` joins a day and a time of day said after it, apart ("saturday, between 2 and
    5", "this wknd, mornings", "tues the 16th, afternoon"; not "sat morning", one wish):
    its rule has parts of both, its words a comma between them, and it holds the same
    hours on each of its few days."""
    if "," not in (c.text or "").strip(" ,"):
        return False
    said = {p for p in rule_parts(c) if _of_time(p)}
    # "next Wednesday, around 4": clock_at_bare; a bare number after the day is no time
    # said apart ("thurs the 18th, 3 smoke detectors")
    return bool(said - {"bare_number"}) and _time_on_days(c)


def clock_on_day(c: Constraint) -> bool:
    """`c` joins a day and a clock time or a bound on the clock said on it, with a comma
    or without ("Wednesday around 4", "tues 9th any time after 3"; not "sat morning", a
    part of the day that makes one wish with it): the same hours on each of its few
    days. The clock is the customer's own: it stays, on every day, when the day alone is
    taken back ("I meant Thursday, not Wednesday": around 4 on Thursday). When the day
    is ruled out, writers differ ("scrap tuesday, wed 10th?" keeps "after 3"; "the 28th
    is when we're away. Make it the 30th" drops "the 28th about ten"): it goes with it."""
    clocks = {p for p in rule_parts(c) if clock_part(p) or p in _BOUNDS}
    return bool(clocks) and _time_on_days(c)


def keeps_days(old: Constraint, untimed: list[Constraint]) -> bool:
    """`old`, days and a clock time or bound said on them as one wish (`day_and_clock`),
    keeps its days when a later time of day that never meets it replaces its time, if
    its days are several ("next week after 6pm", then "5:30 then. mon or tue": still
    next week) or the turn takes back its time in words (`untimed`, the times the turn
    retracts: "wed the 25th at 5pm", then "make it 6pm not 5": still the 25th). A
    single day asked for with its time ("today at 7pm", then "ok and 6pm?") is one slot
    wished for: the new time takes its place on that day."""
    if not day_and_clock(old):
        return False
    several = len(start_days(old)) > 1
    return several or any(spans_meet(c.intervals, old.intervals) for c in untimed)


def day_and_clock(c: Constraint) -> bool:
    """`c` is `clock_on_day` and its words name the day ("wed the 25th at 5pm"; not "I
    leave for work at 9:30", a bound grounding set on the day asked for)."""
    return clock_on_day(c) and any(not _of_time(p) and p not in _DAY_CUES for p in rule_parts(c))


# a cue that bounds the clock on the day asked for ("I start work at 9": before 9)
_DAY_CUES = frozenset({"day_around"})


def says_clock(c: Constraint) -> bool:
    """`c`'s words say a clock time or "same time" ("Friday 3h30", "Wednesday same
    time"; not "back a day", "Thursday")."""
    return any(clock_part(p) or p in {"same_time", "noon"} for p in rule_parts(c))


def moves_with_day(c: Constraint) -> bool:
    """A time said for a day that moves to the new day even when the turn that moves
    the day says a clock of its own: a bound ("tuesday evening ... needs to be after
    6", then "what about thursday same time": still after 6) and "same time" (the
    clock of the slot, said again)."""
    return bound_of(c) is not None or any(
        p in _BOUNDS or p in _DAY_CUES or p == "same_time" for p in rule_parts(c)
    )


def _time_on_days(c: Constraint) -> bool:
    """`c`'s rule names days and a time of day, and it holds the same hours on each of
    its few days (not a list, a narrower or an exclusion)."""
    parts = rule_parts(c)
    if not c.intervals or c.parts or c.modifies or c.kind == "exclude":
        return False
    if all(_of_time(p) for p in parts):
        return False  # a rule of nothing but times names no day
    if any(s.end - s.start >= timedelta(hours=20) for s in c.intervals):
        return False
    if max(s.end for s in c.intervals) - min(s.start for s in c.intervals) > timedelta(
        days=DAY_SORT_DAYS
    ):
        return False
    return len({(s.start.time(), s.end - s.start) for s in c.intervals}) == 1


def weekday_with_time(c: Constraint) -> bool:
    """`c` names a weekday and a time of day on it, and nothing that names a date ("sat
    morning", "not thurs after 3"; not "wed the 3rd first thing"): like a bare weekday,
    it is the weekday of the week an earlier turn chose (`conversation_revise._in_week_of`)."""
    parts = [p for p in rule_parts(c) if not p.startswith("neg_")]
    if len(parts) < 2 or parts[0] not in WEEKDAY_RULES:
        return False
    return all(_of_time(p) for p in parts[1:])


# The grounding rules of a weekday said alone: "Thursday", and "that friday" ("next week
# ... thurs is best", then "actually that friday morning"), which a session's context
# before it may leave a bare weekday (the days asked for, in words: "thurs.")
WEEKDAY_RULES = ("weekday", "that_weekday")


def _of_time(part: str) -> bool:
    """A grounding rule's part that says a time of day ("after 5", "at 9", "mornings")."""
    return part in _TIME_OF_DAY_PARTS or clock_part(part)


def names_days(c: Constraint) -> bool:
    """`c`'s words name days ("next week", "monday at 9"), not only a time of day ("after
    5 ideally", though grounding set it on the days asked for)."""
    return not all(_of_time(p) for p in rule_parts(c) if p)


def day_mentioned(turns: list[dict[str, Any]]) -> str | None:
    """The day the latest earlier turn named without asking for it, in its words ("the
    4th." of "is the 4th this week or next?"; "on the 21st." of "Mine's at Musselburgh on
    the 21st"): the antecedent of "that day" or "that morning" in a later turn when no
    day was asked for. Of the days one turn names, the one of fewest days; `turns`: the
    session's turn records, each with its result's `mentions`."""
    for t in reversed(turns):
        days = []
        for m in t.get("result", {}).get("mentions", []):
            spans = m.get("intervals") or []
            if m.get("type") != "time" or not spans:
                continue
            first = min(datetime.fromisoformat(s["start"]) for s in spans)
            last = max(datetime.fromisoformat(s["end"]) for s in spans)
            if last - first <= timedelta(days=DAY_SORT_DAYS):
                days.append((last - first, m["text"]))
        if days:
            return str(min(days)[1]).rstrip(" .?!,") + "."
    return None


def _at(day: date, clock: time, tz: tzinfo | None) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz)


def day_part(c: Constraint, tz: tzinfo | None = None) -> Constraint:
    """The days of `said_with_day` `c`, whole, without its time ("this wknd" of "this
    wknd, mornings"); in `tz`, else in the zone its times were read in."""
    zone = tz or c.intervals[0].start.tzinfo
    days = sorted({s.start.astimezone(zone).date() for s in c.intervals})
    spans = [
        Span(start=_at(d, time(0), zone), end=_at(d + timedelta(days=1), time(0), zone))
        for d in days
    ]
    return c.model_copy(update={"intervals": spans, "targets": [], "alternatives": []})


def time_part(c: Constraint, tz: tzinfo | None = None) -> Constraint:
    """The time of day of `said_with_day` `c` on every day around its own ("between 2 and
    5" of "saturday, between 2 and 5"), with what it aims at moved to each day."""
    zone = tz or c.intervals[0].start.tzinfo
    first = c.intervals[0].start.astimezone(zone)
    start, length = first.time(), c.intervals[0].end - c.intervals[0].start
    clocks = sorted({t.astimezone(zone).time() for t in c.targets})
    spans, aims = [], []
    day = first.date() - _REACH
    while day <= first.date() + _REACH:
        begin = _at(day, start, zone)
        spans.append(Span(start=begin, end=begin + length))
        aims += [_at(day, clock, zone) for clock in clocks]
        day += timedelta(days=1)
    return c.model_copy(update={"intervals": spans, "targets": aims, "alternatives": []})


def follows_anchor(c: Constraint, moved: list[tuple[Constraint, timedelta]]) -> Constraint:
    """`c`, a day said from a day said before it in the same message ("Friday's no good,
    could it be the Thursday before"; "friday won't work ... can u do the monday after"),
    moved by the whole weeks the session moved that day (`moved`: each of the turn's
    constraints as grounding read it, and by how much the session moved it: the bare
    "Friday" is the Friday asked for or booked, next week's): grounding counted `c` from
    the day as it read it, within a week of it. `c` as it was when no such day moved."""
    if rule_parts(c)[0] not in ANCHORED_DAY_RULES or c.span is None or not c.intervals:
        return c
    first = c.intervals[0].start.date()
    anchors = [
        (a, step)
        for a, step in moved
        if a.span is not None
        and a.span[1] <= c.span[0]
        and a.intervals
        and abs((first - a.intervals[0].start.date()).days) <= 7
    ]
    if not anchors:
        return c
    _, step = max(anchors, key=lambda m: m[0].span[1] if m[0].span else 0)
    spans = [
        s.model_copy(update={"start": s.start + step, "end": s.end + step}) for s in c.intervals
    ]
    return c.model_copy(update={"intervals": spans, "targets": [t + step for t in c.targets]})


def same_time_alone(c: Constraint) -> bool:
    """`c` is "same time" and names no day: a time of day, the time of the slot or the
    wish it points back at, to hold on whatever days the conversation asks for ("can
    u do the monday after", then "same time"); not "same time thursday"."""
    return rule_parts(c) == ["same_time"] and c.kind != "context"


def says_time_again(c: Constraint) -> bool:
    """`c` says the slot's time again ("same time", "next monday same time", "the day
    after, same hours", "at the same hour"): it asks for no other time of day, so it
    takes back none said before; those move with the booking to the days the turn names
    ("Thursday late afternoon? after 4", then "could I move it to next Tuesday, same
    time?": after 4 on Tuesday; "thursday ... 12 to 1", then "next monday same time")."""
    return "same_time" in rule_parts(c) and c.kind != "context"


def clock_held(held: list[Any], said: str | None) -> str | None:
    """The clock time said last among the wishes and exclusions that hold (`held`, each
    with its `constraint`), in its words ("9am." of "Friday 18th, 9am if poss"; "this
    Friday at 7." of the slot a move leaves), unless the days said already hold it
    (`said`): with nothing booked, what "same time" in a later turn points at."""
    for h in reversed(held):
        c = h.constraint
        parts = rule_parts(c)
        if not c.text or not any(p == "clock" or clock_part(p) for p in parts):
            continue
        if any(p.startswith("bound") or p == "between" for p in parts):
            continue  # "after 5": a bound, no time to keep
        text = str(c.text).rstrip(" .?!,")
        return None if said and text in said else text + "."
    return None


# words that offer a wish beside the ones held, not in their place: "if that one is taken
# then Friday same time also ok", "or actually an hour later if he can"
_BESIDE = re.compile(r"\b(?:also|too|as\s+well|or|otherwise|failing\s+that|if\s+not)\b", re.I)


def replaces_softly(message: str) -> bool:
    """A soft wish in `message` takes the place of an earlier wish of its sort that it
    never meets ("fri", then "hmm the day after would be better actually"; "the vault",
    then "actually the lab maybe?"): held beside it, a firm one would leave it unmet.
    Not when the turn offers it beside what holds ("Friday same time also ok", "or an
    hour later if he can")."""
    return not _BESIDE.search(message)
