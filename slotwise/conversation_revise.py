"""What holds after a turn: `revise` applies a turn's constraints to those that held
before it (corrections, exclusions, a new day or time in place of an old one), and
`give_way` says which earlier wish gives way when nothing fits them together.

The state is a list of `Held`: a constraint with the turn it came from. Nothing here
keys on words: what a correction replaces follows from the reader's labels (retracted,
exclude) and from the sort of constraint (`slotwise.conversation_sorts`: a day replaces
a day, a time of day a time of day); the named rules it applies are in
`slotwise.conversation_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from slotwise.constraint_facts import rule_parts, spans_meet, start_days
from slotwise.conversation_open import opened_by, said_for
from slotwise.conversation_rules import (
    clock_on_day,
    covers,
    day_and_clock,
    day_part,
    follows_anchor,
    hardens,
    keeps_days,
    leaves_provider_open,
    left_to_anyone,
    lifts,
    moves_with_day,
    names_provider,
    reaims,
    rebounds,
    replaces_softly,
    restates,
    retimes,
    said_with_day,
    same_time_alone,
    says_clock,
    says_time_again,
    shifts_slot,
    starts_outside,
    time_part,
    weekday_with_time,
    widens,
)
from slotwise.conversation_shown import against_shown, asks_alone, keeps
from slotwise.conversation_sorts import (
    ASK_RULES,
    aspect,
    day_only,
    other_weekdays,
    overlap,
    said_sort,
    same_words,
    some_days,
    sort_of,
    span_of_day,
    within_days,
)
from slotwise.extractor.resource_same import SAME_RULE
from slotwise.schemas import Constraint, Part, Span


@dataclass
class Held:
    """A constraint that holds, with the turn (from 1) whose message it came from."""

    constraint: Constraint
    turn: int

    def to_json(self) -> dict[str, Any]:
        return {"turn": self.turn, "constraint": self.constraint.model_dump(mode="json")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Held:
        return cls(Constraint.model_validate(data["constraint"]), int(data["turn"]))


@dataclass
class Revision:
    held: list[Held]
    dropped: list[tuple[Held, str]] = field(default_factory=list)  # (what, why)


def revise(
    held: list[Held],
    new: list[Constraint],
    turn: int,
    moving: bool,
    anyone: bool = False,
    tz: tzinfo | None = None,
    message: str = "",
    weeks_named: Sequence[tuple[int, int]] = (),
    another: bool = False,
) -> Revision:
    """What holds after this turn's constraints are applied to what held before.

    - a retracted label ("not Wednesday" in "Thursday, not Wednesday") drops the earlier
      constraint it takes back (same days, or the same words) and holds nothing itself;
    - an exclusion that rules out all of an earlier wish takes that wish back, and holds
      itself ("can't do tmrw after all": tomorrow stays ruled out);
    - a list held as one constraint ("Thursday 10th or Friday 11th", with its `parts`)
      loses only the items a turn takes back, rules out, or passes over by firmly naming
      another item ("wed at 7" after "tmrw or wed"); the rest holds in its own words;
    - a firm wish that cannot hold with an earlier wish of the same sort (two different
      days, two times of day that never meet, two providers) replaces it; so does any
      new one of the same sort when the turn moves a booking (`moving`: a reschedule of
      what was booked), unless the earlier one holds the new one on its days ("this
      week", then "move that to friday"; "after 4", then "make it half 4 instead":
      `_holds_on_its_days`); a firm time of day that never meets the time said of a
      day replaces that time and keeps the day ("saturday, after 2", then "morning then");
    - a time of day said for a day ("sun w daniel, 11ish") is a time (`said_sort`): a
      new day does not take it back; when its day goes, it holds on every day ("next
      sun instead": 11 on the new Sunday; "tmrw arvo ... after 2", then "ok wed then");
    - the time said again (`says_time_again`: "next Tuesday, same time"; the same time
      of day in the same words, "still in the afternoon") takes back no time of day, not
      on a move either: it moves with the booking to the new day;
    - a day and a time of day said together (`said_with_day`: "saturday, between 2 and
      5") come apart: when a whole other day replaces its day or its day is ruled out,
      the time holds on every day ("next saturday": 2 to 5 then); when the time is taken
      back ("mornings dont matter" after "this wknd, mornings"), the days hold (in `tz`);
      when the day alone is taken back ("not next Wednesday" after "next Wednesday,
      around 4"), the time holds on every day; so does a clock said on a day without a
      comma (`clock_on_day`: "Wednesday around 4", then "I meant Thursday, not
      Wednesday");
    - a turn that opens the choice takes back the wishes for some of its days, and a
      time said for those days holds on every day (`slotwise.conversation_open`);
    - a wish against the options shown ("anything later?") that never meets a day said
      with its clock ("thurs at 6") keeps the day, in its words, and drops nothing
      (`_day_asked`);
    - a wish for another time to start replaces the earlier one (`reaims`: "starting
      around 1 would be perfect", then "like noon?");
    - a time said for weekdays of every week ("ideally on Mondays. at 8") moves to the
      other weekdays a firm wish names ("I meant Tuesdays"; `_follows_days`);
    - a bare weekday after an earlier turn chose the week ("next week", then "Thursday")
      is that week's (`_in_week_of`); one whose words say its week (`weeks_named`: spans
      of "this Saturday", "next Thursday", "Saturday week") stays in it;
    - "whoever is free" (`anyone`: the choice of provider left to the engine; its
      constraint is among `new`) takes back the providers wished for before ("ok whoever then")
      and a soft wish to avoid one ("ideally not with kai"), not a firm one ("anyone but
      Ben"), and holds itself; a later wish for a provider by name or kind takes it back
      ("half 4 tmrw, whoever's free", then "actually nah put me with dele");
    - a soft wish replaces an earlier wish of its sort that it never meets, as a firm one
      does, unless the turn (`message`) offers it beside what holds (`replaces_softly`);
    - "same time" said for another item (`another`: a second booking after a pick, "and
      my daughter's bike too, same time if possible") is the slot booked, its day too;
      said for the same booking with no day, it is that time on every day;
    - "the same doctor", "with the same stylist" (rule `resource.same`: the provider of
      another booking, `slotwise.conversation_placed.provider_wishes`) says a provider
      again: it is added and replaces nothing ("push Kiwi to the following Saturday,
      same doctor": "Dr Lind" holds beside it);
    - everything else is added, and nothing else is touched.
    """
    again = [c for c in new if c.rule == SAME_RULE and not c.retracted]
    new = [c for c in new if not any(c is a for a in again)]
    out = list(held)
    dropped: list[tuple[Held, str]] = []

    def drop(h: Held, why: str) -> None:
        if h in out:
            out.remove(h)
            dropped.append((h, why))

    def narrow(h: Held, gone: list[Part], why: str) -> None:
        """Take `gone`, some of a list's items, back and keep the rest of the list."""
        if h not in out or not gone or len(gone) == len(h.constraint.parts):
            drop(h, why)
            return
        rest = [p for p in h.constraint.parts if p not in gone]
        out[out.index(h)] = _of_parts(h, rest)
        dropped.append((_of_parts(h, gone), why))

    def keep_part(h: Held, part: Constraint, why: str) -> None:
        """Take `h` back and hold one part of it in its place, under its words."""
        if h in out:
            out[out.index(h)] = Held(part, h.turn)
            dropped.append((h, why))

    def taken_back(old: Constraint | Part, c: Constraint) -> bool:
        return bool(
            (c.intervals and overlap(old, c) and said_sort(old) == said_sort(c))
            or (c.resources and set(c.resources) & set(old.resources))
            or same_words(old, c)
        )

    # the turn's days the session read in the week held ("not Thursday" after "next
    # week"), as grounding read them and by how much they moved
    shifts: list[tuple[Constraint, timedelta]] = []
    shifted_ids: set[int] = set()

    def in_week(c: Constraint) -> Constraint:
        if _names_its_week(c, weeks_named):
            return c  # "this Saturday" after "Saturday week": this week's
        shifted = _in_week_of(c, out)
        if shifted is not c and c.intervals and shifted.intervals:
            shifts.append((c, shifted.intervals[0].start - c.intervals[0].start))
            shifted_ids.add(id(shifted))
        return shifted

    # a turn that says a time of its own ("the week after. same time") carries no time
    # of a day it moves away from
    timed = any(
        not c.retracted and c.kind != "exclude" and (said_sort(c) == "time" or within_days(c))
        for c in new
    )
    # ... other than the time said again ("Wednesday 16th. Same time window please")
    timed_anew = any(
        not c.retracted
        and c.kind != "exclude"
        and (said_sort(c) == "time" or within_days(c))
        and not says_time_again(c)
        for c in new
    )
    # ... and one that names days of its own ("anytime sat is ok") says them itself
    dated = any(not c.retracted and c.kind != "exclude" and said_sort(c) == "day" for c in new)
    # a time said for a day the turn moves away from goes when the turn says a clock
    # of its own ("jeudi I have my aquafit. Friday 3h30?"), not the slot's time again
    # ("friday same time": `says_time_again`)
    clocked = any(
        not c.retracted and c.kind != "exclude" and says_clock(c) and not says_time_again(c)
        for c in new
    )
    # the times the turn takes back ("not 5" in "make it 6pm not 5")
    untimed = [c for c in new if c.retracted and said_sort(c) == "time"]
    softly = replaces_softly(message)
    alone = asks_alone(new, message)  # "anything earlier?", and nothing else
    keep: list[Constraint] = []
    for c in new:
        if c.retracted:
            meant = [
                h
                for h in out
                if (
                    taken_back(h.constraint, c) or any(taken_back(p, c) for p in h.constraint.parts)
                )
                and not (
                    h.constraint.kind == c.kind == "exclude" and not _names_item(h.constraint, c)
                )
            ]
            # what it names, not a wider wish that holds it ("next week ... Thursday the
            # 4th in the afternoon", then "not Thursday the 4th": next week stays)
            named = [h for h in meant if _names(c, h.constraint)]
            anchors = {(h.turn, h.constraint.id) for h in named}
            named += [h for h in meant if (h.turn, h.constraint.modifies) in anchors]
            for h in named or meant:
                if said_sort(c) == "time" and (
                    said_with_day(h.constraint) or (day_and_clock(h.constraint) and not dated)
                ):
                    # "mornings dont matter" after "this wknd, mornings"; "make it 6pm not 5"
                    # after "wed the 25th at 5pm": the time goes, the days stay
                    keep_part(h, day_part(h.constraint, tz), "retracted")
                    continue
                if (said_with_day(h.constraint) or clock_on_day(h.constraint)) and (
                    day_only(c) and not timed
                ):
                    # "I meant this Wednesday, not next Wednesday" after "next Wednesday,
                    # around 4": the day goes, the time said with it stays
                    keep_part(h, time_part(h.constraint, tz), "retracted")
                    continue
                narrow(h, [p for p in h.constraint.parts if taken_back(p, c)], "retracted")
            continue
        if c.kind == "exclude":
            c = in_week(c)  # "not Thursday" after "next week": that week's
            for h in [h for h in out if h.constraint.kind != "exclude"]:
                if said_sort(h.constraint) == "time" and (
                    said_sort(c) != "time" or not within_days(c)
                ):
                    # "11ish" when its Sunday is out, "after half 3" (said of this
                    # Friday) when Fridays are out: it moves with the day
                    continue
                if (
                    _rules_out(c, h.constraint)
                    and said_with_day(h.constraint)
                    and sort_of(c) == "day"
                ):
                    keep_part(h, time_part(h.constraint, tz), "ruled out")  # "not tuesday"
                elif _rules_out(c, h.constraint):
                    drop(h, "ruled out")
                elif parts := [p for p in h.constraint.parts if _rules_out(c, p)]:
                    narrow(h, parts, "ruled out")  # "Thursday is out" of "Thursday or Friday"
        keep.append(c)
    keep = [c if id(c) in shifted_ids else in_week(c) for c in keep]
    # "the Thursday before" said from a "Friday" read in the week held moves with it
    keep = [c if id(c) in shifted_ids else follows_anchor(c, shifts) for c in keep]
    # "same time" in a turn that names no day is a time of day: on every day, not only
    # the day it was said of ("the monday after", then "same time": 7am on that Monday);
    # for another item (`another`) it is the slot booked, its day too ("and my
    # girlfriend's bike too, same time if possible": beside the first one)
    if not another and not any(
        sort_of(c) == "day" and c.kind != "exclude" for c in keep if not same_time_alone(c)
    ):
        keep = [_unanchored(Held(c, turn)).constraint if same_time_alone(c) else c for c in keep]
    for k, c in enumerate(list(keep)):
        if c.kind == "exclude":
            continue
        sort = said_sort(c)
        retold = says_time_again(c)
        for h in list(out):
            old = h.constraint
            if h.turn != turn and lifts(c, old):  # "the 24th is fine" after "not the 24th"
                drop(h, "lifted")
                continue
            if old.kind == "exclude" or h.turn == turn or keeps(old, c, alone):
                continue  # "anything earlier?" after "2pm would be ideal": both hold
            if said_sort(old) == "time" and (retold or _said_again(old, c)):
                # "next Tuesday, same time" after "Thursday late afternoon ... after 4";
                # "Wednesday the 26th, still in the afternoon" after "Thursday May 27 ...
                # afternoon": the time said again takes back no time of day; it moves
                # with the booking to the new day
                continue
            if (
                rebounds(old, c)
                or restates(old, c)
                or (widens(old, c) and said_sort(old) == sort)
                or _hardens(h, c, held)
                or reaims(old, c)
                or (
                    retimes(old, c)
                    and (said_sort(old) == sort or (shifts_slot(c) and said_sort(old) == "time"))
                )
            ):
                # "after 4" after "after 6"; "has to be" after "ideally"; "like noon?"
                # after "starting around 1 would be perfect"
                drop(h, "replaced")
                continue
            if said_sort(old) != sort:
                # "morning then" after "Saturday, has to be after 2": a time of day that
                # never meets the one said of a day replaces it (the day stays)
                if (
                    sort == "time"
                    and c.strength == "hard"
                    and said_sort(old) == "day"
                    # "push it back half an hour" after "thursday at 10am" meets the
                    # two-hour slot it moves, and still moves its clock
                    and (not overlap(old, c) or (shifts_slot(c) and retimes(old, c)))
                    and within_days(old)
                    and "bound" not in (c.rule or "")
                ):
                    if _day_asked(old, c):  # "anything later?" after "thurs at 6"
                        out[out.index(h)] = Held(day_part(old, tz), h.turn)
                        continue
                    if said_with_day(old) or keeps_days(old, untimed):
                        # "morning not afternoon" after "Saturday, afternoon"; "make it
                        # 6pm not 5" after "wed the 25th at 5pm": the day stays in its
                        # own words, the new time holds on it
                        keep_part(h, day_part(old, tz), "replaced")
                        continue
                    # "ok and 6pm?" after "today at 7pm": 6pm that day
                    drop(h, "replaced")
                    days = start_days(old)
                    same = [s for s in c.intervals if s.start.date() in days]
                    if same:
                        aims = [t for t in c.targets if t.date() in days]
                        c = c.model_copy(update={"intervals": same, "targets": aims})
                        keep[k] = c
                elif (
                    sort == "day"
                    and (c.strength == "hard" or moving)
                    and said_sort(old) == "time"
                    and within_days(c)
                    and not overlap(_unanchored(h).constraint, c)
                ):
                    drop(h, "replaced")  # "the afternoon same day" after "mornings are better"
                elif other_days(old, c) or other_weekdays(old, c):
                    # "what about Saturday?" after "on a Friday at all?"; "ok what about
                    # after 4 on a weekday" after "saturday"
                    drop(h, "replaced")
                continue
            # a soft wish clashes too ("fri", then "the day after would be better")
            clash = (
                (c.strength == "hard" or softly)
                and sort in {"day", "time", "resource"}
                and not (
                    overlap(old, c)
                    if sort in {"day", "time"}
                    else set(old.resources) & set(c.resources)
                )
            ) or starts_outside(old, c)  # "11:15 works?" after "not before 12"
            met = [p for p in old.parts if overlap(p, c) or set(p.resources) & set(c.resources)]
            # "after 6 only", then "any time after 4 is fine": a firm wish that holds an
            # earlier one of its sort and more loosens it, which holding both would undo
            looser = c.strength == "hard" and not old.parts and _loosens(c, old)
            if clash and sort == "day" and (wider := _to_fringe(old, c)) is not None:
                # "ok wed at 12 then" after "early next week": Wednesday is its fringe
                out[out.index(h)] = Held(wider, h.turn)
            elif clash and (moved := _follows_days(h, c)) is not None:
                # "ideally on Mondays. It needs to be at 8", then "I meant Tuesdays": other
                # days of the week, and the time said for them holds on those
                out[out.index(h)] = moved
            elif clash and _day_asked(old, c):
                # "anything later?" after "thurs at 6": Thursday still, past the option
                # shown; the writers take nothing back
                out[out.index(h)] = Held(day_part(old, tz), h.turn)
            elif clash and sort == "day" and said_with_day(old) and not timed:
                keep_part(
                    h, time_part(old, tz), "replaced"
                )  # "next saturday" after "saturday, 2 to 5"
            elif (
                clash
                and sort == "day"
                and day_and_clock(old)
                and not (timed_anew or (timed and not moves_with_day(old)))
                and not (timed and said_with_day(old))
            ):
                # "what about tuesday 18th" after "Monday 17th after 6pm"; "Wednesday
                # 16th. Same time window" after "Thursday 17th after 1pm" (a bound moves
                # with the booking; a clock, "friday 22nd, 9am", goes with "same time",
                # and so does a time said apart, "Monday the 22nd, between 11 and 1"):
                # the time said on the day holds on the new one
                keep_part(h, time_part(old, tz), "replaced")
            elif clash or looser or (moving and not _holds_on_its_days(old, c)):
                drop(h, "replaced")
            elif c.strength == "hard" and met and len(met) < len(old.parts) and not shifts_slot(c):
                # "wed at 7" after "tmrw or wed": the list comes down to what the turn names;
                # "an hour later" names no item of it ("next thursday or next friday" stays)
                narrow(h, [p for p in old.parts if p not in met], "replaced")
    for h in opened_by(out, keep, turn):  # "any afternoon is fine" after "tmrw at 1"
        drop(h, "opened")
        # a time said for its day ("must be over by 3") then holds on every day
        out = [_unanchored(t) if said_for(t.constraint, h.constraint) else t for t in out]
    if anyone:
        for h in [h for h in out if sort_of(h.constraint) == "resource"]:
            if left_to_anyone(h.constraint):
                drop(h, "replaced")
    if any(names_provider(c) for c in keep):  # "actually nah put me with dele"
        for h in [h for h in out if h.turn != turn and leaves_provider_open(h.constraint)]:
            drop(h, "narrowed")
    out.extend(Held(c, turn) for c in [*keep, *again])
    return Revision(_move_times(out, dropped, clocked, turn), dropped)


def give_way(held: list[Held], turn: int, freed: set[str]) -> tuple[Held, Held | None] | None:
    """The earlier wish that gives way to this turn's when nothing fits them together,
    and what stays of it.

    This turn holds a firm wish, and exactly one earlier firm wish is in `freed` (the
    wishes whose dropping alone lets slots fit) and says what one of this turn's wishes
    says (`aspect`: days, a time of day, a provider) or never meets one of its firm
    wishes: "before 3:30" (none open), then "what about starting at 3?": 3:00; "a weekday
    arvo" (none), then "what about sunday then": Sunday. A new day alone leaves an
    earlier time of day as it was ("evenings? friday specifically", then "next friday
    then?": still evenings). A time that gives way keeps the days said with it ("after
    5pm any weekday", then "k do 4pm then": any weekday, at 4). An order said then asks
    for what is open in place of any such wish ("at 8pm some weeknight" (none), then
    "latest you've got then? any day next week works": 8pm gives way; "saturdays" (none),
    then "ok whats the soonest then"); not a provider ("just the soonest he has")."""
    new = [h.constraint for h in held if h.turn == turn and h.constraint.kind != "exclude"]
    firm = [c for c in new if _firm(c)]
    orders = [c for c in new if c.rule in ASK_RULES and c.span is not None]

    def yields(old: Constraint) -> bool:
        return (
            any(aspect(old) == aspect(c) for c in new)
            or any(c.intervals and old.intervals and not overlap(old, c) for c in firm)
            # "what's the latest you have then": an order asks for what is open instead,
            # at any time or day, not with anyone ("just the soonest he has": still him)
            or (bool(orders) and aspect(old) in {"time", "days"})
        )

    earlier = [
        h
        for h in held
        if h.turn < turn
        and _firm(h.constraint)
        and h.constraint.id in freed
        and yields(h.constraint)
    ]
    if not (firm or orders) or len(earlier) != 1:
        return None
    gone = earlier[0]
    old = gone.constraint
    # ... and a day said with a clock gives way to an order ("friday, like 6pm" (none),
    # then "ok whats the latest u got": still friday)
    to_order = all(c.rule in ASK_RULES for c in new) and clock_on_day(old)
    if aspect(old) == "time" and (
        (all(aspect(c) == "time" for c in new) and some_days(old)) or to_order
    ):
        days = sorted(start_days(old))
        whole = [span_of_day(d, old.intervals[0].start.tzinfo) for d in days]
        update = {"intervals": whole, "alternatives": [], "targets": [], "modifies": None}
        return gone, Held(old.model_copy(update=update), gone.turn)
    return gone, None


def _hardens(h: Held, c: Constraint, held: list[Held]) -> bool:
    """`c` says firmly what `h` wished softly (`hardens`), and `h` was no alternative
    among others of its sort from its turn ("Thursday, otherwise Friday", then "Friday
    then": the choice comes down to Friday, said first; it is not replaced)."""
    sort = sort_of(h.constraint)
    return hardens(h.constraint, c) and not any(
        o.turn == h.turn
        and o is not h
        and sort_of(o.constraint) == sort
        and o.constraint.kind != "exclude"
        for o in held
    )


def _follows_days(h: Held, c: Constraint) -> Held | None:
    """`h`, a time of day grounded on some days of every week ("at 8" said of "ideally on
    Mondays"), read over every day once `c`, a firm wish for other whole days of the week
    ("Tuesdays", "wednesdays instead"), asks for days it never met: the time moves with
    the booking to the new days. None when `h` is no such time, or meets `c` no better
    read so."""
    old = h.constraint
    if aspect(old) != "time" or aspect(c) != "days" or sort_of(c) != "time":
        return None
    moved = _unanchored(h)
    return moved if overlap(moved.constraint, c) else None


def _fringe(old: Constraint) -> list[Span] | None:
    """The fringe of `old`, a part of a week held in its core days ("early next week":
    Monday and Tuesday): the wider reading grounding gave it that holds the core ("to
    Wednesday", `resolve_calendar._part_ranges`). None for anything else."""
    if "week" not in rule_parts(old) or old.parts or not old.intervals:
        return None
    lo, hi = min(s.start for s in old.intervals), max(s.end for s in old.intervals)
    for alt in old.alternatives:
        spans = alt.intervals
        if spans and min(s.start for s in spans) <= lo and hi <= max(s.end for s in spans):
            return spans
    return None


def _to_fringe(old: Constraint, c: Constraint) -> Constraint | None:
    """`old`, a part of a week held in its core days, widened to its fringe (`_fringe`)
    when `c`, a later firm wish, falls there ("ok wed at 12 then" after "early next
    week"). None when `old` has no fringe, or `c` falls outside it too ("thursday then"
    replaces it)."""
    spans = _fringe(old)
    if spans is None or not spans_meet(spans, c.intervals):
        return None
    return old.model_copy(update={"intervals": spans, "alternatives": []})


def other_days(old: Constraint, c: Constraint) -> bool:
    """`c`, a firm wish for a few whole days, never meets `old`, a wish for some days of
    every week ("is he around on a Friday at all?", then "what about Saturday?";
    "weekends", then "could I do next Monday?"; not "starting next week", every day from
    then on): other days, in place of those."""
    return (
        c.strength == "hard"
        and sort_of(c) == "day"
        and aspect(c) == "days"
        and sort_of(old) == "time"
        and aspect(old) == "days"
        and some_days(old)
        and not overlap(old, c)
    )


def _firm(c: Constraint) -> bool:
    return c.kind == "require" and c.strength == "hard" and c.span is not None


def _move_times(
    out: list[Held], dropped: list[tuple[Held, str]], clocked: bool, turn: int
) -> list[Held]:
    """A time of day said for a day holds on every day once its day is gone: its anchor
    ("Next Tuesday, has to be before 9") was dropped, or the day it was read on was
    taken back ("today, by 9", then "ok then tomorrow") or ruled out ("this sunday is
    out"). When the turn that took its anchor away says a clock of its own (`clocked`:
    "Friday will be good. Morning time around 9.30", then "make it Wednesday same
    time"; "Thursday ... at 3h30", then "jeudi I have my aquafit. Friday 3h30?"), the
    time said for the old day goes with it (`dropped`, replaced), unless it moves with
    the day whatever the turn says (`moves_with_day`: a bound, "same time"). A day said
    with its clock as one wish ("Wednesday around 4") is a day gone too when it is taken
    back: a time said by then on its day ("she gets out of school at 3:30") holds on
    every day; one said with the move ("push it back an hour") keeps its day. A time
    said before this `turn` on the day of a part of it that went ("tmrw arvo ... after
    2", then "ok wed then") holds on every day too."""
    kept = {(h.turn, h.constraint.id) for h in out}
    gone_ids = {(h.turn, h.constraint.id) for h, _ in dropped} - kept
    gone_days = [
        h.constraint
        for h, _ in dropped
        if h.constraint.kind != "exclude" and said_sort(h.constraint) == "day"
    ]
    days = [
        h.constraint
        for h in out
        if h.constraint.kind != "exclude" and said_sort(h.constraint) == "day"
    ]
    closed = [h.constraint for h in out if h.constraint.kind == "exclude"]
    # a day said with its clock as one wish ("Wednesday around 4"), taken back: the
    # times said for that day go with the day, as for a day said alone
    gone_slots = [
        h for h, _ in dropped if h.constraint.kind != "exclude" and day_and_clock(h.constraint)
    ]

    def day_gone(c: Constraint, said: int) -> bool:
        if c.modifies:
            return False  # a narrower follows its own anchor (above)
        kept = any(covers(d, c) for d in days)
        return any(covers(x, c) for x in closed) or (
            not kept
            and (
                # the day it was said on went ("first thing Monday ... at work by 11",
                # "tmrw arvo ... after 2"), also one said as a part of that day
                any(
                    covers(d, c) or (said < turn and start_days(c) <= start_days(d))
                    for d in gone_days
                )
                or any(
                    g.turn >= said and start_days(c) and start_days(c) <= start_days(g.constraint)
                    for g in gone_slots
                )
            )
        )

    moved = []
    for h in out:
        c = h.constraint
        if (
            clocked
            and (h.turn, c.modifies) in gone_ids
            and c.kind != "exclude"
            and not moves_with_day(c)
        ):
            dropped.append((h, "replaced"))
            continue
        if (h.turn, c.modifies) in gone_ids or (
            c.kind != "exclude"
            and said_sort(c) == "time"
            and within_days(c)
            and day_gone(c, h.turn)
        ):
            h = _unanchored(h)
        moved.append(h)
    return moved


def _names(c: Constraint, old: Constraint) -> bool:
    """The retraction `c` says `old`: the same words, or it holds `old` (or one of its
    items), or `old` holds it on no other days ("any evening", then "forget evenings";
    not "next week", then "not Thursday the 4th")."""
    if same_words(old, c) or covers(c, old) or any(covers(c, p) for p in old.parts):
        return True
    return covers(old, c) and start_days(old) <= start_days(c)


def _said_again(old: Constraint, c: Constraint) -> bool:
    """`c` is said in just the words of `old`, as firmly ("afternoon", then "still in
    the afternoon"; not "before 10am", then "it HAS to be before 10", nor "mornings if
    possible", then "actually mornings only": both harden it)."""

    def words(x: Constraint) -> str:
        return " ".join(re.findall(r"[a-z0-9]+", (x.text or "").lower()))

    same_force = (old.kind, old.strength) == (c.kind, c.strength)
    return same_force and bool(words(old)) and words(old) == words(c)


def _day_asked(old: Constraint, c: Constraint) -> bool:
    """`c` asks past the options shown ("anything later?", "is there something a bit
    earlier?") and never meets `old`, a day said with its clock as one wish ("thurs at
    6", "Friday at 9 if possible", "friday the 16th at 6"): the clock goes, the day
    stays in its words (the writers hold "thurs at 6" and "later" together)."""
    return against_shown(c) and day_and_clock(old) and not overlap(old, c)


def _holds_on_its_days(old: Constraint, c: Constraint) -> bool:
    """`old` holds all of `c`, a wish of a move, on the days `old` is said of: "this
    week", then "move that to friday afternoon"; "after 4" (this week), then "can we make
    it half 4 instead" (read on every day); "afternoon ideally" (Wednesday or Thursday),
    then "could we push it to 4 instead?". A move keeps such a wish, which the new slot
    meets; one it misses goes ("mornings", then "the afternoon same day")."""
    days: set[date] = set()
    for o in old.intervals:  # every day it touches ("this week": one span of seven)
        day, last = o.start.date(), (o.end - timedelta(microseconds=1)).date()
        while day <= last:
            days.add(day)
            day += timedelta(days=1)
    mine = [s for s in c.intervals if s.start.date() in days]
    return bool(mine) and all(
        any(o.start <= s.start and s.end <= o.end for o in old.intervals) for s in mine
    )


def _loosens(c: Constraint, old: Constraint) -> bool:
    """`c` moves one edge of `old` outwards and keeps the other ("before 10" -> "before
    11", "after 6" -> "after 4"); not a bound around a time ("11ish", "not before 10")."""
    if not old.intervals or covers(old, c):
        return False
    return all(
        any(
            i.start <= o.start and o.end <= i.end and (i.start == o.start or i.end == o.end)
            for i in c.intervals
        )
        for o in old.intervals
    )


def _names_item(old: Constraint, c: Constraint) -> bool:
    """`c` is said in the words of `old` or of one of its items ("not fri" of "can't do
    mon or fri")."""
    return same_words(old, c) or any(same_words(p, c) for p in old.parts)


def _rules_out(c: Constraint, old: Constraint | Part) -> bool:
    """The exclusion `c` leaves nothing of `old`: every moment, or every provider."""
    return covers(c, old) or bool(c.resources and set(c.resources) >= set(old.resources) > set())


def _of_parts(h: Held, parts: list[Part]) -> Held:
    """`h` cut down to some of its list's items: their words (from the first item's start
    to the last one's end, in the same message), moments and providers."""
    c = h.constraint
    assert c.span is not None and c.text is not None
    a, b = parts[0].span[0], parts[-1].span[1]
    intervals = sorted((s for p in parts for s in p.intervals), key=lambda s: (s.start, s.end))
    cut = {
        "text": c.text[a - c.span[0] : b - c.span[0]],
        "span": (a, b),
        "intervals": intervals,
        "targets": [t for t in c.targets if any(s.start <= t < s.end for s in intervals)],
        "resources": list(dict.fromkeys(r for p in parts for r in p.resources)),
        "parts": parts if len(parts) > 1 else [],
    }
    return Held(c.model_copy(update=cut), h.turn)


def _unanchored(h: Held) -> Held:
    """A narrower whose day was taken back ("Wednesday, nothing before 2pm", then "Thursday,
    not Wednesday") keeps holding, read over every day (its widest grounded reading)."""
    c = h.constraint
    widest = max(c.alternatives, key=lambda a: len(a.intervals), default=None)
    if widest is None or len(widest.intervals) <= len(c.intervals):
        return Held(c.model_copy(update={"modifies": None}), h.turn)
    # "around 11" aims at 11 on each of its days now
    clocks = sorted({t.timetz() for t in c.targets})
    aims = [
        aim
        for s in widest.intervals
        for clock in clocks
        if s.start <= (aim := datetime.combine(s.start.date(), clock)) < s.end
    ]
    update = {"modifies": None, "intervals": widest.intervals, "targets": aims}
    return Held(c.model_copy(update=update), h.turn)


def _names_its_week(c: Constraint, weeks_named: Sequence[tuple[int, int]]) -> bool:
    """`c`'s words say which week its weekday is in (`MessageReading.weeks_named`: "ok
    book this thursday then", "What about this Saturday then?", "next wknd"): it stays
    in that week, whatever week an earlier turn chose."""
    return c.span is not None and any(c.span[0] <= a and b <= c.span[1] for a, b in weeks_named)


def _in_week_of(c: Constraint, held: list[Held]) -> Constraint:
    """A bare weekday ("Thursday if you can", "not Thursday", "sat morning") or weekend,
    after an earlier turn chose the days ("next week") is that week's: shifted by whole
    weeks into the held days, if it fits."""
    # "neg_prefix+weekday" ("not Thursday"), "weekday+neg_suffix" ("Thursday is not
    # possible"): a weekday and its negation, nothing that names a date
    # ... or a list of them ("Tuesday and Wednesday are not possible": "weekday+weekday")
    parts = [p for p in rule_parts(c) if not p.startswith("neg_")]
    if not parts or not parts[0].startswith(("weekday", "weekend", "that_weekday")):
        return c
    if sort_of(c) != "day":
        return c
    with_time = weekday_with_time(c)
    if any(p != "weekday" for p in parts[1:]) and not with_time:
        return c  # ... or one with a time of day ("sat morning")
    days = [
        h.constraint
        for h in held
        if h.constraint.kind != "exclude" and sort_of(h.constraint) == "day"
    ]
    if with_time:
        # "sat morning" moves into a week chosen, not onto a time asked for on a day
        # ("next week Wednesday evening", then "Wednesday evening the week after")
        days = [d for d in days if not within_days(d)]
    if not days or any(overlap(c, d) for d in days if d.intervals):
        return c
    # ... or into a held part's fringe ("ok wed at 12 then" after "early next week")
    held_days = [_fringe(d) or d.intervals for d in days]
    # each day of the list moves by whole weeks into the held days, if it can
    spans, aims = [], []
    for s in c.intervals:
        for weeks in range(5):
            step = timedelta(days=7 * weeks)
            moved = s.model_copy(update={"start": s.start + step, "end": s.end + step})
            if any(spans_meet([moved], d) for d in held_days):
                spans.append(moved)
                aims += [t + step for t in c.targets if s.start <= t < s.end]  # "sat at 4"
                break
        else:
            return c
    update = {"intervals": sorted(spans, key=lambda s: s.start), "targets": sorted(aims)}
    return c.model_copy(update=update)
