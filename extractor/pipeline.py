"""Reading a message: ground -> candidates -> interpret -> contract constraints.

Each step says what it needs and what it adds, and records itself in the trace:

| step        | needs                         | adds                                   |
| ----------- | ----------------------------- | -------------------------------------- |
| `ground`    | message, now, timezone        | time mentions with spans and rules     |
| `resources` | message, the request's resources | resource mentions                   |
| `interpret` | message, candidates           | intent + a label per candidate         |
| `constrain` | candidates, labels            | `Constraint`s in the contract's form   |
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import cast

from slotwise.extractor.back_to_back import visits_in_a_row
from slotwise.extractor.beyond_shown import Beyond, beyond_shown
from slotwise.extractor.booked_range import booked_range, duration_from, held_by_range
from slotwise.extractor.candidate_finding import (
    LATEST_RULE,
    SOONEST_RULE,
    find_candidates,
    horizon_end,
    trace_step,
)
from slotwise.extractor.grounding import TimeMention, framed_numbers
from slotwise.extractor.grounding.aside import unread
from slotwise.extractor.grounding.coordination import (
    alternative_past_resource,
)
from slotwise.extractor.grounding.mention import BookedSpan
from slotwise.extractor.interpretation import (
    Candidate,
    CandidateLabel,
    ContextInterpreter,
    Interpreted,
    Interpreter,
)
from slotwise.extractor.paired_choices import paired_choices
from slotwise.extractor.placed_against import PlacedAgainst, placed_against
from slotwise.extractor.resource_same import OTHER_RULE, SAME_RULE
from slotwise.extractor.resource_services import implied_resources
from slotwise.extractor.resources import (
    ResourceMention,
)
from slotwise.extractor.visits import Visits, read_visits, scoped
from slotwise.extractor.windows import (
    avoid_excluded_readings,
    bound_on_start,
    carve_wishes_out_of_exclusions,
    day_edges,
    dropped_off,
    ends_the_day,
    joined,
    name_the_dated_day,
    options_said_apart,
    overlaps,
    soft_wishes_take_their_fringe,
    starts,
    targets,
    windows_of,
)
from slotwise.schemas import (
    Alternative,
    Constraint,
    Intent,
    Mention,
    Part,
    ScheduleRequest,
    Span,
    TraceStep,
)

# A "now" the reader labels so asks for no slot: ruled out ("not now"), or said in
# passing ("it's been rattling for a fortnight now", "I'm back in town now").
_NOT_ASKED = frozenset({"exclude", "context"})

# What a caller is told of time-like words that grounding did not turn into a mention.
_UNREAD = {
    "soonest": "read as 'the earliest open slot', which is how proposals are ranked anyway",
    "earliest_of": "read as 'the earliest of the options listed': proposals are ranked earliest first",
    "latest": "read as 'the latest open slot': proposals are ranked latest first",
    "latest_of": "read as 'the latest of the options listed': proposals are ranked latest first",
    "no_antecedent": "refers back to a time the message does not name; not read",
    "needs_context": "may be a time, but nothing around it says so; not read",
    "no_rule": "a time, but no rule says which (it depends on the place, or on a time shown before); not read",
    "romanised": "a time word of another language that no rule reads yet; not read",
}


@dataclass
class MessageReading:
    """What the message says, in the contract's terms, plus the trail that led there."""

    intent: Intent
    constraints: list[Constraint]
    duration_minutes: int | None
    trace: list[TraceStep] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    urgent: bool = False
    """The message asks for the earliest slot ("asap", "right now", "first available"):
    the solver ranks the earliest open slots first, and no constraint stands for it."""
    latest: bool = False
    """The message asks for the latest slot ("as late as possible", "the last slot of the
    day"): the solver ranks the latest open slots first (unless it is also `urgent`)."""
    asks: list[tuple[str, tuple[int, int], str]] = field(default_factory=list)
    """The words behind `urgent` and `latest`: (text, span, "earliest" | "latest"), so
    that a conversation can hold them as its turn's wish and drop them with it."""
    anyone: tuple[str, tuple[int, int]] | None = None
    """ "whoever is free", "anyone": the choice of provider left to the engine (text, span);
    its constraint (`anyone_constraints`, rule "resource.anyone") is among `constraints`,
    and a conversation lets it replace an earlier provider wish."""
    unread: list[tuple[str, tuple[int, int], str]] = field(default_factory=list)
    """Time-like words grounding could not read (text, span, why; also in `warnings`):
    "the week after" with nothing before it ("no_antecedent"), a bare "9" or "1st"
    ("needs_context")."""
    booked: tuple[str, tuple[int, int], int] | None = None
    """The range whose length is `duration_minutes` (text, span, minutes): the booking
    itself, "court 2 from 6 to 8" (`booked_range`); None when the length is stated or
    the default."""
    ranges: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    """The ranges wished for that may be the booking itself, either reading first (text,
    span): a conversation keeps an earlier range's length only while the turn says none."""
    length_said: tuple[str, tuple[int, int]] | None = None
    """The words that state `duration_minutes` ("90 minutes": text, span); None when the
    length comes from a range or the default. A conversation names them when a later
    turn states another length ("make it 3 hours")."""
    weeks_named: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    """The times whose words say which week their weekday or weekend is in (text, span):
    "this Saturday", "next Thursday", "Saturday week", "this weekend" (grounding's
    `TimeMention.names_week`). A conversation keeps them in that week; a bare weekday
    ("Thursday", "sat morning") it reads in the week an earlier turn chose."""
    visits: Visits | None = None
    """Several visits booked together ("me with Rivera and my friend with Castillo at the
    same time", "then right after with Rivera"): `visits.py`; None for one visit."""
    earliest_of: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    """ "thurs or fri, whichever is earlier" (text, span): the earliest of the options the
    message lists (grounding's "earliest_of"). It makes the message `urgent`, so its
    options are ranked earliest first, but it is not among `asks`: a conversation holds
    no order for later turns."""
    placed: list[PlacedAgainst] = field(default_factory=list)
    """Words that place this visit against another booking ("then Leo right after Ava",
    "después de su hermana", "on the same day as Margaret's"): `placed_against.py`. A
    conversation makes the wish from the slot of the booking they name; a message read
    alone has none to place against."""
    latest_of: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    """ "Tues or Wed, whichever is later" (text, span): the latest of the options the
    message lists (grounding's "latest_of"), as `earliest_of`: it makes the message
    `latest`, and is not among `asks`."""
    beyond: list[Beyond] = field(default_factory=list)
    """Words that ask for options on one side of those shown ("anything later?", "nothing
    earlier?"): `beyond_shown.py`. A conversation makes the wish from the options it
    showed; a message read alone has none."""
    framed: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    """Bare numbers read as a clock only because of the words around them, and of those
    the ones that may merely accept a time ("4 works", "ok 3 then", "go with 2"; not "make
    it 4", "3 not 2": grounding's `framed_numbers`) (text, span). Once options were shown,
    such a number is as likely an option's number or the hour of one: a conversation reads
    it against them first."""


def read_message(
    request: ScheduleRequest,
    interpreter: Interpreter,
    context: str | None = None,
    state: str | None = None,
) -> MessageReading:
    """Ground, interpret, constrain one message. `context`: earlier words grounding may
    reach back to (`find_candidates`); `state`: a conversation's state before the turn,
    in words, for an interpreter that reads it (`reads_context`)."""
    message = request.message or ""
    candidates, sources, trace = find_candidates(request, context)
    t0 = time.perf_counter()
    state = state if getattr(interpreter, "reads_context", False) else None
    if state:
        reader = cast("ContextInterpreter", interpreter)
        interpreted = reader.interpret(message, candidates, context=state)
    else:
        interpreted = interpreter.interpret(message, candidates)
    trace.append(
        trace_step(
            "interpret",
            t0,
            {
                "interpreter": interpreted.interpreter,
                **({"state": state} if state else {}),
                "candidates": [
                    {
                        "index": c.index,
                        "type": c.type,
                        "text": c.text,
                        "span": list(c.span),
                        "rule": c.rule,
                    }
                    for c in candidates
                ],
                "output": interpreted.interpretation.model_dump(mode="json"),
                "intent_confidence": interpreted.intent_confidence,
                **interpreted.detail,
            },
        )
    )

    t0 = time.perf_counter()
    window = (request.now, horizon_end(request))
    reserved = {c.id for c in request.constraints}  # the caller's ids are kept as given
    constraints, duration, set_aside, urgent, booked = _constrain(
        message, candidates, sources, interpreted, window, request.duration_minutes, reserved
    )
    said = zip(candidates, interpreted.interpretation.labels, strict=False)
    if not any(c.type == "resource" and c.resource_id and lab.kind != "context" for c, lab in said):
        service = _service_constraint(message, request, constraints, reserved)
        if service is not None:  # "cv review pls, thurs": the careers adviser's
            constraints.append(service)
    visits = read_visits(message, interpreted.interpretation.intent, constraints)
    if visits is not None:  # each provider named for one of the visits keeps to it
        constraints = scoped(constraints, visits)
    said = zip(candidates, interpreted.interpretation.labels, strict=False)
    constraints += anyone_constraints(said, request, constraints, reserved)
    if visits is None:  # "Sam at 8 or Aoife at 7", "Moreau Wed, otherwise Fri with anyone"
        constraints = paired_choices(message, interpreted.interpretation.intent, constraints)
    read = [s.span for s in sources if isinstance(s, TimeMention)]
    aside = [  # a back-reference that a conversation's context resolved is read
        u for u in unread(message, request.date_order) if not any(overlaps(u.span, r) for r in read)
    ]
    soonest = [u for u in aside if u.reason == "soonest"]
    earliest_of = [u for u in aside if u.reason == "earliest_of"]
    latest = [u for u in aside if u.reason == "latest"]
    latest_of = [u for u in aside if u.reason == "latest_of"]
    late = [  # "what's your last opening" as a candidate: a wish unless ruled out or taken back
        i
        for i, (c, lab) in enumerate(
            zip(candidates, interpreted.interpretation.labels, strict=False)
        )
        if c.type == "time"
        and c.rule == LATEST_RULE
        and lab.kind != "exclude"
        and not lab.retracted
    ]
    warnings = [
        f"set aside {candidates[i].text!r} at {list(candidates[i].span)}: "
        "read as context, not a wish about this booking"
        for i in set_aside
        if candidates[i].type == "time"
    ]
    warnings += [  # time-like words grounding could not read or set aside, and why
        f"{u.text!r} at {list(u.span)}: " + _UNREAD.get(u.reason, u.reason.replace("_", " "))
        for u in aside
        if u.reason != "greeting"
    ]
    warnings += [  # "asap" read as a wish: said the same way as when it was set aside
        f"{candidates[i].text!r} at {list(candidates[i].span)}: " + _UNREAD["soonest"]
        for i in urgent
        if candidates[i].rule == SOONEST_RULE
    ]
    warnings += [  # ... and so is "as late as possible"
        f"{candidates[i].text!r} at {list(candidates[i].span)}: " + _UNREAD["latest"] for i in late
    ]
    trace.append(
        trace_step(
            "constrain",
            t0,
            {
                "constraints": [c.id for c in constraints],
                "duration_minutes": duration,
                **(
                    {"duration_from": duration_from(candidates, booked, request.duration_minutes)}
                    if booked
                    else {}
                ),
                "context": [candidates[i].index for i in set_aside],
                "urgency": [candidates[i].text for i in urgent]
                + [u.text for u in soonest + earliest_of],
                "latest": [u.text for u in latest + latest_of] + [candidates[i].text for i in late],
                **(
                    {
                        "visits": {
                            "relation": visits.relation,
                            "text": visits.text,
                            "appointments": list(visits.ids),
                            "own_times": dict(visits.times),
                        }
                    }
                    if visits
                    else {}
                ),
            },
        )
    )
    intent = Intent(
        name=interpreted.interpretation.intent,
        confidence=round(float(interpreted.intent_confidence), 4),
    )
    mentions = [_mention(candidates[i], sources[i]) for i in set_aside]
    labels = interpreted.interpretation.labels
    anyone = next(
        (
            (c.text, c.span)
            for c, lab in zip(candidates, labels, strict=False)
            if c.type == "resource"
            and c.resource_id is None
            and c.rule not in BY_ANOTHER_BOOKING
            and lab.kind in {"require", "prefer"}
        ),
        None,
    )
    # the words that state the length: the last duration read as one (as `_constrain`)
    length_said = next(
        (
            (c.text, c.span)
            for c, src, lab in reversed(list(zip(candidates, sources, labels, strict=False)))
            if c.type == "duration"
            and isinstance(src, TimeMention)
            and duration is not None  # minutes said, or the usual length times "a double"
            and duration
            in (src.duration_minutes, (src.duration_times or 0) * request.duration_minutes)
            and not lab.retracted
            and lab.kind != "context"
        ),
        None,
    )
    return MessageReading(
        intent,
        constraints,
        duration,
        trace,
        warnings,
        mentions,
        bool(urgent or soonest or earliest_of),
        bool(latest or latest_of or late) or ends_the_day(message, constraints, sources),
        [(candidates[i].text, candidates[i].span, "earliest") for i in urgent]
        + [(u.text, u.span, "earliest") for u in soonest]
        + [(u.text, u.span, "latest") for u in latest]
        + [(candidates[i].text, candidates[i].span, "latest") for i in late],
        anyone,
        [
            (u.text, u.span, u.reason)
            for u in aside
            if u.reason in {"no_antecedent", "needs_context"}
        ],
        (candidates[booked[0]].text, candidates[booked[0]].span, booked[1].minutes)
        if booked
        else None,
        [
            (c.text, c.span)
            for c, src, lab in zip(candidates, sources, labels, strict=False)
            if isinstance(src, TimeMention)
            and src.booked_span is not None
            and lab.kind in {"require", "prefer"}
            and not lab.retracted
        ],
        length_said if duration else None,
        [
            (c.text, c.span)
            for c, src in zip(candidates, sources, strict=False)
            if isinstance(src, TimeMention) and src.names_week
        ],
        visits,
        [(u.text, u.span) for u in earliest_of],
        [  # not where the words named are a time grounding read ("before the big day")
            p
            for p in placed_against(message)
            if p.named_span is None or not any(overlaps(p.named_span, r) for r in read)
        ],
        [(u.text, u.span) for u in latest_of],
        [b for b in beyond_shown(message) if not any(overlaps(b.span, r) for r in read)],
        [
            (c.text, c.span)
            for c, src in zip(candidates, sources, strict=False)
            if isinstance(src, TimeMention) and framed_numbers.WISH in src.rule.split("+")
        ],
    )


def _mention(cand: Candidate, src: TimeMention | ResourceMention) -> Mention:
    if isinstance(src, ResourceMention):
        return Mention(text=cand.text, span=cand.span, type=cand.type, resource=src.resource_id)
    reading = src.reading
    return Mention(
        text=cand.text,
        span=cand.span,
        type=cand.type,
        label=reading.label if reading else None,
        intervals=[Span(start=a, end=b) for a, b in reading.intervals[:20]] if reading else [],
        alternatives=[
            Alternative(
                label=alt.label, intervals=[Span(start=a, end=b) for a, b in alt.intervals[:20]]
            )
            for alt in src.alternatives
        ],
    )


def _replaces_its_time(sources: list[TimeMention | ResourceMention], j: int, i: int) -> bool:
    """Mention `i` narrows mention `j`, a time on a day ruled out ("tomorrow at 10? wait
    no, 11 instead", "Thursday afternoon is no good, evening?"): the new time is on that
    day, as grounding read it. A day ruled out whole ("not Friday, after 4") is not
    narrowed (grounding links no time to it)."""
    old, new = sources[j], sources[i]
    return (
        isinstance(old, TimeMention)
        and isinstance(new, TimeMention)
        and old.type in {"datetime", "datetimerange"}
        and new.type in {"time", "timerange", "bound"}
        and old.reading is not None
        and new.reading is not None
    )


def _other_choice_past_resource(
    message: str,
    candidates: list[Candidate],
    labels: list[CandidateLabel],
    sources: list[TimeMention | ResourceMention],
    groups: list[list[int]],
    i: int,
) -> int:
    """The group a time joins across the resource said with the time before it ("wed
    morning w dr osei. or thurs", "the 16th in the afternoon with singh or the 15th":
    either day, with that resource), or -1. The time before the resource stands for the
    day it narrows ("in the afternoon" for "the 16th"), also with no resource between
    ("friday the 25th in the evening, or sat the 26th morning"); the two must join as a
    list would (`joined`)."""
    cand = candidates[i]
    if cand.type != "time" or len(groups) < 2:
        return -1
    res = groups[-1]
    if all(candidates[r].type == "resource" for r in res):
        before = groups[-2][-1]
        if candidates[before].type != "time" or not alternative_past_resource(
            message,
            candidates[before].span,
            (candidates[res[0]].span[0], candidates[res[-1]].span[1]),
            cand.span,
        ):
            return -1
    else:  # "friday the 25th in the evening, or sat the 26th": the other day
        before = res[-1]
        if not cand.coordinated or labels[before].modifies is None:
            return -1
    anchor = labels[before].modifies
    target = anchor if anchor is not None and 0 <= anchor < len(candidates) else before
    k = next((n for n, g in enumerate(groups) if target in g), -1)
    if k < 0 or not joined(
        candidates[target],
        replace(cand, coordinated=True),
        labels[target],
        labels[i],
        sources[target],
        sources[i],
        message[candidates[before].span[1] : cand.span[0]],
    ):
        return -1
    return k


def _constrain(
    message: str,
    candidates: list[Candidate],
    sources: list[TimeMention | ResourceMention],
    interpreted: Interpreted,
    window: tuple[datetime, datetime],
    default_minutes: int,
    reserved: set[str] | frozenset[str] = frozenset(),
) -> tuple[list[Constraint], int | None, list[int], list[int], tuple[int, BookedSpan] | None]:
    """The contract's constraints, the duration asked for, the candidates set aside as
    context, those that only ask for the earliest slot ("right now"), and the range whose
    length is the duration when the message states none (`booked_range`)."""
    labels = list(interpreted.interpretation.labels)
    times = [k for k, s in enumerate(sources) if isinstance(s, TimeMention)]
    echoed: dict[int, set[str | None]] = {}  # "I start at 9 so before that": the words
    for s in sources:  # after say what is wished, and which side
        if isinstance(s, TimeMention) and s.refers_to is not None and s.refers_to < len(times):
            echoed.setdefault(times[s.refers_to], set()).add(s.bound)
    for i, lab in enumerate(labels):  # "I start work at 9" ruled out is before 9 wished
        src = sources[i]
        if (
            lab.kind == "exclude"
            and isinstance(src, TimeMention)
            and src.left_free
            # unless words after lean on it ("I start at 9 so before that"): they say
            # the wish; "I finish uni at 1, anything after that" on the free side agrees
            and (i not in echoed or (echoed[i] == {"after"} and src.bound == "after"))
        ):
            labels[i] = lab.model_copy(update={"kind": "require"})
    weights = [2.0 if lab.choice == 1 else 1.0 for lab in labels]
    for i, lab in enumerate(labels):  # a bound cannot narrow a day the user ruled out
        j = lab.modifies
        if j is not None and j < len(labels) and j != i and _replaces_its_time(sources, j, i):
            continue  # "tomorrow at 10? wait no, 11 instead": 11 tomorrow
        if j is not None and (j >= len(labels) or labels[j].kind == "exclude" or j == i):
            labels[i] = lab.model_copy(update={"modifies": None})
            src = sources[i]
            if isinstance(src, TimeMention) and j < len(labels) and src.alternatives:
                every_day = max(src.alternatives, key=lambda a: len(a.intervals))
                sources[i] = replace(src, reading=every_day, modifies=None)
    soft_wishes_take_their_fringe(sources, labels)
    avoid_excluded_readings(candidates, sources, labels)
    name_the_dated_day(candidates, sources, labels)
    duration: int | None = None
    groups: list[list[int]] = []
    set_aside: list[int] = []
    urgent: list[int] = []
    multiple: int | None = None  # "a double": the usual length, twice
    for i, cand in enumerate(candidates):
        if cand.type == "duration":
            src = sources[i]
            # "i know its under 24 hrs" (context) is not the booking's length
            if (
                isinstance(src, TimeMention)
                and not labels[i].retracted
                and labels[i].kind != "context"
            ):
                if src.duration_minutes:
                    duration = src.duration_minutes
                elif src.duration_times:
                    multiple = src.duration_times
            continue
        if cand.type == "time" and cand.rule == "now" and labels[i].kind not in _NOT_ASKED:
            urgent.append(i)
            continue  # "right now if you can": the earliest open slot, not the next hour
        if cand.type == "time" and cand.rule == SOONEST_RULE:
            if labels[i].kind != "exclude" and not labels[i].retracted:
                urgent.append(i)  # "asap": the earliest open slot, ranked first
            continue  # no window: "asap" taken back ("no rush after all") asks for nothing
        if cand.type == "time" and cand.rule == LATEST_RULE:
            continue  # no window: "your last opening" ranks the latest first (`late`)
        if labels[i].kind == "context":
            set_aside.append(i)
            continue  # "I came in last Tuesday": says nothing about when to book
        src = sources[i]
        if (
            isinstance(src, TimeMention)
            and src.unticked
            and labels[i].kind in ("require", "prefer")
        ):
            set_aside.append(i)
            continue  # a form's "[ ] Sat": an option offered, left unticked, is no wish
        if cand.type == "resource" and cand.resource_id is None:
            continue  # "anyone": the choice is the engine's
        if (
            cand.type == "time"
            and isinstance(src, TimeMention)
            and src.reading is not None
            and all(end <= window[0] for _, end in src.reading.intervals)
        ):
            continue  # "she saw me last month": context, not a wish about the booking
        prev = groups[-1][-1] if groups else None
        if prev is not None and joined(
            candidates[prev],
            cand,
            labels[prev],
            labels[i],
            sources[prev],
            src,
            message[candidates[prev].span[1] : cand.span[0]],
            message[cand.span[1] :],
        ):
            groups[-1].append(i)
        elif (
            k := _other_choice_past_resource(message, candidates, labels, sources, groups, i)
        ) >= 0:
            groups[k].append(i)  # "wed morning w dr osei. or thurs": either day
        else:
            groups.append([i])
    # "the 26th, ... the 27th, whichever": musts said apart that share no moment are one
    # list of options; a bound that narrows one of them narrows only that option's day
    as_said = [tuple(g) for g in groups]
    groups = options_said_apart(groups, candidates, labels, sources)
    options = {i for g in groups if tuple(g) not in as_said for i in g}

    if duration is None and multiple is not None:  # minutes said beside it win: "a double (90 min)"
        duration = multiple * default_minutes
    booked = booked_range(candidates, sources, labels, set_aside) if duration is None else None
    if booked is not None:  # "room 3 from 10 to 12": the visit runs the whole range
        duration = booked[1].minutes
    if booked is None:  # "my husband and myself, one after the other": two visits
        duration = _in_a_row(message, candidates, duration, default_minutes)
    length = timedelta(minutes=duration or default_minutes)
    # a clock ruled out ("right after my 11 o'clock") is the customer's own, as long as
    # a visit usually is: the range's length is this booking's, not theirs
    usual = timedelta(minutes=default_minutes)
    carved = carve_wishes_out_of_exclusions(candidates, sources, labels, window, length)
    left_with_us = dropped_off(message)
    constraints: list[Constraint] = []
    ids: dict[int, str] = {}
    names = [f"c{n}" for n in range(1, len(groups) + len(reserved) + 1) if f"c{n}" not in reserved]
    for n, group in enumerate(groups, start=1):
        for i in group:
            ids[i] = names[n - 1]
    for n, group in enumerate(groups, start=1):
        first, last = candidates[group[0]], candidates[group[-1]]
        label: CandidateLabel = labels[group[0]]
        span = (first.span[0], last.span[1])
        intervals: list[Span] = []
        resources: list[str] = []
        alternatives: list[Alternative] = []
        rules = []
        parts: list[Part] = []
        aims: list[datetime] = []
        edges: list[datetime] = []
        for i in group:
            src = sources[i]
            rules.append(candidates[i].rule)
            said = candidates[i].span
            part = Part(text=message[said[0] : said[1]], span=said)
            if len(group) > 1:
                parts.append(part)
            if isinstance(src, ResourceMention):
                if src.resource_id and src.resource_id not in resources:
                    resources.append(src.resource_id)
                if src.resource_id:
                    part.resources.append(src.resource_id)
            elif src.reading is not None:
                windows = (
                    carved[i]
                    if i in carved
                    else windows_of(
                        src,
                        label,
                        labels,
                        window,
                        length if booked is None or label.kind != "exclude" else usual,
                        left_with_us,
                        bound_on_start(message, candidates[i].span),
                        labels[i].modifies in options,
                    )
                )
                if booked is not None:  # "the evening before, 7-10pm": to 22:00
                    windows = held_by_range(windows, src, labels[i], sources[booked[0]])
                part.intervals.extend(Span(start=a, end=b) for a, b in windows)
                intervals.extend(part.intervals)
                aims.extend(targets(src, labels[i]))
                edges.extend(day_edges(src, labels[i], windows, length))
                alternatives.extend(
                    Alternative(
                        label=alt.label,
                        intervals=[Span(start=a, end=b) for a, b in starts(src, alt, length)],
                    )
                    for alt in src.alternatives
                )
        modifies = ids.get(label.modifies) if label.modifies is not None else None
        confs = interpreted.label_confidence
        constraints.append(
            Constraint(
                id=names[n - 1],
                text=message[span[0] : span[1]],
                span=span,
                kind=label.kind,
                strength=label.strength,
                weight=float(max(weights[i] for i in group)),
                intervals=sorted(intervals, key=lambda s: (s.start, s.end)),
                resources=resources,
                source="message",
                rule="+".join(dict.fromkeys(rules)) if len(group) > 1 else rules[0],
                label=_describe(sources, group),
                modifies=modifies if modifies != names[n - 1] else None,
                retracted=label.retracted,
                alternatives=alternatives,
                parts=parts,
                targets=sorted(aims),
                edges=sorted(edges),
                confidence=min(confs[i] for i in group) if confs else None,
            )
        )
    return constraints, duration, set_aside, urgent, booked


_EACH = re.compile(r"\s*(?:each|per\s+(?:person|head|kid|child))\b", re.IGNORECASE)


def _in_a_row(
    message: str, candidates: list[Candidate], duration: int | None, default_minutes: int
) -> int | None:
    """The length of visits booked one after the other (`back_to_back.py`): "my husband
    and myself, one after the other" is two usual visits, "3 headshots in a row, 20 min
    each" an hour; a length stated as the whole ("2 hours all up") stays."""
    n = visits_in_a_row(message)
    clocks = sum(c.type == "time" and "clock" in c.rule for c in candidates)
    if n is None or clocks >= 2:
        return duration  # "2 back to back slots 9:00 and 9:20": each start said, each its own
    if duration is None:
        return n * default_minutes
    each = any(
        c.type == "duration" and _EACH.match(message, c.span[1]) is not None for c in candidates
    )
    return n * duration if each else duration


def _service_constraint(
    message: str, request: ScheduleRequest, constraints: list[Constraint], reserved: set[str]
) -> Constraint | None:
    """The resources that do the service the message asks for, required, when it names
    no resource (`resource_services.py`): "a CV review on Thursday" is the careers
    adviser's, not a study room's."""
    implied = implied_resources(message, [(r.id, r.name) for r in request.resources])
    if implied is None:
        return None
    ids, said, span = implied
    taken = {c.id for c in constraints} | reserved
    cid = next(f"c{n}" for n in range(1, len(taken) + 2) if f"c{n}" not in taken)
    return Constraint(
        id=cid,
        text=said,
        span=span,
        kind="require",
        strength="hard",
        resources=ids,
        source="message",
        rule="resource.service",
        label=said,
    )


ANYONE_RULE = "resource.anyone"
"""The rule of a constraint that leaves the provider to the engine ("whoever is free")."""
BY_ANOTHER_BOOKING = (SAME_RULE, OTHER_RULE)
"""The rules of a provider named by another booking's ("the same stylist", "the other
girl": `extractor/resource_same.py`), which the session narrows."""


def anyone_constraints(
    said: Iterable[tuple[Candidate, CandidateLabel]],
    request: ScheduleRequest,
    constraints: list[Constraint],
    reserved: set[str],
) -> list[Constraint]:
    """A constraint for each "whoever is free", "anyone", "any of your stylists" the reader
    labels as a wish (require or prefer, not taken back): one of every resource of the
    request, with the reader's kind and strength. Every provider meets it, so it changes
    no slot; it stands in the result, the trail and a conversation as the customer's
    words, which a later named provider replaces and which replace an earlier one
    (`slotwise.conversation_revise`). "anyone but Ben" labels "anyone" an exclusion: Ben's
    constraint says it all, and none stands for "anyone". A provider named by another
    booking's ("the same stylist", "the other girl") is such a constraint too, under its
    own rule (`BY_ANOTHER_BOOKING`), which a session narrows to that booking's provider
    or the others (`slotwise.conversation_placed.provider_wishes`)."""
    every = [r.id for r in request.resources]
    taken = {c.id for c in constraints} | reserved
    out: list[Constraint] = []
    for cand, lab in said:
        if cand.type != "resource" or cand.resource_id is not None or lab.retracted:
            continue
        if lab.kind not in {"require", "prefer"} or not every:
            continue
        cid = next(f"c{n}" for n in range(1, len(taken) + 2) if f"c{n}" not in taken)
        taken.add(cid)
        out.append(
            Constraint(
                id=cid,
                text=cand.text,
                span=cand.span,
                kind=lab.kind,
                strength=lab.strength,
                resources=every,
                source="message",
                rule=cand.rule if cand.rule in BY_ANOTHER_BOOKING else ANYONE_RULE,
                label="any provider",
            )
        )
    return out


def _describe(sources: list[TimeMention | ResourceMention], group: list[int]) -> str:
    words = []
    for i in group:
        src = sources[i]
        if isinstance(src, TimeMention) and src.reading is not None:
            words.append(src.reading.label)
        else:
            words.append(src.text)
    return " or ".join(words)
