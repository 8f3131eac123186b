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

import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from slotwise.extractor.grounding import TimeMention, ground
from slotwise.extractor.grounding.aside import unread
from slotwise.extractor.grounding.coordination import coordinated
from slotwise.extractor.grounding.mention import Reading
from slotwise.extractor.interpretation import (
    Candidate,
    CandidateLabel,
    CandidateType,
    Interpreted,
    Interpreter,
)
from slotwise.extractor.resources import (
    ResourceMention,
    find_resources,
    without_numbered_names,
)
from slotwise.schemas import (
    Alternative,
    Constraint,
    Intent,
    Mention,
    ScheduleRequest,
    Span,
    TraceStep,
)

# What a caller is told of time-like words that grounding did not turn into a mention.
_UNREAD = {
    "soonest": "read as 'the earliest open slot', which is how proposals are ranked anyway",
    "latest": "read as 'the latest open slot': proposals are ranked latest first",
    "no_antecedent": "refers back to a time the message does not name; not read",
    "needs_context": "may be a time, but nothing around it says so; not read",
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


def horizon_end(request: ScheduleRequest) -> datetime:
    """Where recurring and open-ended phrases stop: the end of the given availability,
    or `rules.horizon_days` (28 by default) from `now` when there is none."""
    ends = [iv.end for r in request.resources for iv in r.open]
    if ends and max(ends) > request.now:
        return max(ends)
    return request.now + timedelta(days=request.rules.horizon_days)


def open_hours(request: ScheduleRequest) -> tuple[int, int] | None:
    """The hours of the day some resource is open, as minutes in the request's zone
    (first opening, last closing); None when unknown or round the clock."""
    tz = request.tz
    spans: list[tuple[int, int]] = []
    for r in request.resources:
        for iv in r.open:
            a, b = iv.start.astimezone(tz), iv.end.astimezone(tz)
            end = b.hour * 60 + b.minute or 24 * 60
            if b - a >= timedelta(days=1) or (b.date() != a.date() and end != 24 * 60):
                return None  # open across midnight: any hour may be meant
            spans.append((a.hour * 60 + a.minute, end))
        for w in r.weekly_hours:
            h0, m0 = w.start.split(":")
            h1, m1 = w.end.split(":")
            spans.append((int(h0) * 60 + int(m0), int(h1) * 60 + int(m1)))
    if not spans:
        return None
    return min(a for a, _ in spans), max(b for _, b in spans)


def find_candidates(
    request: ScheduleRequest, context: str | None = None
) -> tuple[list[Candidate], list[TimeMention | ResourceMention], list[TraceStep]]:
    """The `ground` and `resources` steps: what the message names, with spans.

    `context` (a conversation's earlier words, such as the slot being moved: "Thursday 14
    January at 10:30am.") is grounded before the message only when the message refers
    back to a time it does not name ("the Friday before", "same time"); what it names
    itself is never a candidate."""
    message = request.message or ""
    trace: list[TraceStep] = []
    t0 = time.perf_counter()
    named = find_resources(message, [(r.id, r.name) for r in request.resources])
    text = without_numbered_names(message, named)
    if context and not any(
        u.reason == "no_antecedent" for u in unread(message, request.date_order)
    ):
        context = None
    lead = context.rstrip() + " " if context else ""
    mentions = ground(
        lead + text,
        request.now,
        request.timezone,
        horizon_end=horizon_end(request),
        date_order=request.date_order,
        open_hours=open_hours(request),
    )
    if lead:
        mentions = _after_context(mentions, len(lead))
    detail: dict[str, Any] = {"mentions": [_mention_detail(m) for m in mentions]}
    if lead:
        detail["context"] = context
    trace.append(_step("ground", t0, detail))

    t0 = time.perf_counter()
    named = [r for r in named if not any(_overlaps(r.span, m.span) for m in mentions)]
    trace.append(
        _step(
            "resources",
            t0,
            {
                "mentions": [
                    {
                        "text": r.text,
                        "span": list(r.span),
                        "resource": r.resource_id,
                        "rule": r.rule,
                    }
                    for r in named
                ]
            },
        )
    )

    candidates, sources = _candidates(message, mentions, named)
    return candidates, sources, trace


def _after_context(mentions: list[TimeMention], offset: int) -> list[TimeMention]:
    """The mentions of the message itself, spans and links counted from its start; a link
    to the context (the antecedent of "same time") is resolved already and dropped."""
    kept = [i for i, m in enumerate(mentions) if m.span[0] >= offset]
    index: dict[int | None, int] = {old: new for new, old in enumerate(kept)}
    return [
        replace(
            mentions[i],
            span=(mentions[i].span[0] - offset, mentions[i].span[1] - offset),
            modifies=index.get(mentions[i].modifies),
            refers_to=index.get(mentions[i].refers_to),
        )
        for i in kept
    ]


def read_message(
    request: ScheduleRequest, interpreter: Interpreter, context: str | None = None
) -> MessageReading:
    message = request.message or ""
    candidates, sources, trace = find_candidates(request, context)
    t0 = time.perf_counter()
    interpreted = interpreter.interpret(message, candidates)
    trace.append(
        _step(
            "interpret",
            t0,
            {
                "interpreter": interpreted.interpreter,
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
    constraints, duration, set_aside, urgent = _constrain(
        message, candidates, sources, interpreted, window, request.duration_minutes, reserved
    )
    read = [s.span for s in sources if isinstance(s, TimeMention)]
    aside = [  # a back-reference that a conversation's context resolved is read
        u
        for u in unread(message, request.date_order)
        if not any(_overlaps(u.span, r) for r in read)
    ]
    soonest = [u for u in aside if u.reason == "soonest"]
    latest = [u for u in aside if u.reason == "latest"]
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
    trace.append(
        _step(
            "constrain",
            t0,
            {
                "constraints": [c.id for c in constraints],
                "duration_minutes": duration,
                "context": [candidates[i].index for i in set_aside],
                "urgency": [candidates[i].text for i in urgent] + [u.text for u in soonest],
                "latest": [u.text for u in latest],
            },
        )
    )
    intent = Intent(
        name=interpreted.interpretation.intent,
        confidence=round(float(interpreted.intent_confidence), 4),
    )
    mentions = [_mention(candidates[i], sources[i]) for i in set_aside]
    return MessageReading(
        intent,
        constraints,
        duration,
        trace,
        warnings,
        mentions,
        bool(urgent or soonest),
        bool(latest),
        [(candidates[i].text, candidates[i].span, "earliest") for i in urgent]
        + [(u.text, u.span, "earliest") for u in soonest]
        + [(u.text, u.span, "latest") for u in latest],
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
    )


def _step(name: str, t0: float, detail: dict[str, Any]) -> TraceStep:
    return TraceStep(step=name, ms=round((time.perf_counter() - t0) * 1000, 3), detail=detail)


def _overlaps(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    """Two half-open spans (of characters or of time) share something."""
    return a[0] < b[1] and b[0] < a[1]


def _mention_detail(m: TimeMention) -> dict[str, Any]:
    return {
        "text": m.text,
        "span": list(m.span),
        "rule": m.rule,
        "type": m.type,
        "symbolic": m.symbolic,
        "negated": m.negated,
        "bound": m.bound,
        "zone": m.zone,
        "label": m.reading.label if m.reading else None,
        "alternatives": [a.label for a in m.alternatives],
        "duration_minutes": m.duration_minutes,
        "modifies": m.modifies,
        "refers_to": m.refers_to,
    }


def _candidates(
    message: str, mentions: list[TimeMention], named: list[ResourceMention]
) -> tuple[list[Candidate], list[TimeMention | ResourceMention]]:
    items: list[TimeMention | ResourceMention] = sorted([*mentions, *named], key=lambda x: x.span)
    mention_pos = {id(m): i for i, m in enumerate(items)}
    candidates: list[Candidate] = []
    for i, item in enumerate(items):
        joined = i > 0 and coordinated(message, items[i - 1].span, item.span)
        if isinstance(item, ResourceMention):
            candidates.append(
                Candidate(
                    i,
                    "resource",
                    item.text,
                    item.span,
                    item.rule,
                    resource_id=item.resource_id,
                    coordinated=joined,
                )
            )
            continue
        kind: CandidateType = "duration" if item.type == "duration" else "time"
        linked = None
        if item.modifies is not None and 0 <= item.modifies < len(mentions):
            linked = mention_pos[id(mentions[item.modifies])]
        candidates.append(
            Candidate(
                i,
                kind,
                item.text,
                item.span,
                item.rule,
                negated=item.negated,
                bound=item.bound,
                mention_type=item.type,
                grain=item.reading.grain if item.reading else None,
                approx="~" in item.symbolic,
                has_date=item.type in {"date", "datetime", "daterange", "datetimerange", "set"},
                linked=linked if linked != i else None,
                coordinated=joined,
            )
        )
    return candidates, items


def _constrain(
    message: str,
    candidates: list[Candidate],
    sources: list[TimeMention | ResourceMention],
    interpreted: Interpreted,
    window: tuple[datetime, datetime],
    default_minutes: int,
    reserved: set[str] | frozenset[str] = frozenset(),
) -> tuple[list[Constraint], int | None, list[int], list[int]]:
    """The contract's constraints, the duration asked for, the candidates set aside as
    context, and those that only ask for the earliest slot ("right now")."""
    labels = list(interpreted.interpretation.labels)
    weights = [2.0 if lab.choice == 1 else 1.0 for lab in labels]
    for i, lab in enumerate(labels):  # a bound cannot narrow a day the user ruled out
        j = lab.modifies
        if j is not None and (j >= len(labels) or labels[j].kind == "exclude" or j == i):
            labels[i] = lab.model_copy(update={"modifies": None})
            src = sources[i]
            if isinstance(src, TimeMention) and j < len(labels) and src.alternatives:
                every_day = max(src.alternatives, key=lambda a: len(a.intervals))
                sources[i] = replace(src, reading=every_day, modifies=None)
    _avoid_excluded_readings(candidates, sources, labels)
    duration: int | None = None
    groups: list[list[int]] = []
    set_aside: list[int] = []
    urgent: list[int] = []
    for i, cand in enumerate(candidates):
        if cand.type == "duration":
            src = sources[i]
            if isinstance(src, TimeMention) and src.duration_minutes and not labels[i].retracted:
                duration = src.duration_minutes
            continue
        if cand.type == "time" and cand.rule == "now" and labels[i].kind != "exclude":
            urgent.append(i)
            continue  # "right now if you can": the earliest open slot, not the next hour
        if labels[i].kind == "context":
            set_aside.append(i)
            continue  # "I came in last Tuesday": says nothing about when to book
        if cand.type == "resource" and cand.resource_id is None:
            continue  # "anyone": the choice is the engine's
        src = sources[i]
        if (
            cand.type == "time"
            and isinstance(src, TimeMention)
            and src.reading is not None
            and all(end <= window[0] for _, end in src.reading.intervals)
        ):
            continue  # "she saw me last month": context, not a wish about the booking
        prev = groups[-1][-1] if groups else None
        if prev is not None and _joined(
            candidates[prev], cand, labels[prev], labels[i], sources[prev], src
        ):
            groups[-1].append(i)
        else:
            groups.append([i])

    length = timedelta(minutes=duration or default_minutes)
    carved = _carve_wishes_out_of_exclusions(candidates, sources, labels, window, length)
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
        for i in group:
            src = sources[i]
            rules.append(candidates[i].rule)
            if isinstance(src, ResourceMention):
                if src.resource_id and src.resource_id not in resources:
                    resources.append(src.resource_id)
            elif src.reading is not None:
                windows = carved[i] if i in carved else _windows(src, label, labels, window, length)
                intervals.extend(Span(start=a, end=b) for a, b in windows)
                alternatives.extend(
                    Alternative(
                        label=alt.label,
                        intervals=[Span(start=a, end=b) for a, b in _starts(src, alt, length)],
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
                confidence=min(confs[i] for i in group) if confs else None,
            )
        )
    return constraints, duration, set_aside, urgent


def _avoid_excluded_readings(
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


def _carve_wishes_out_of_exclusions(
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
                holes += _windows(src, labels[i], labels, window, length)
        if holes:
            carved[j] = _subtract(_windows(ex, labels[j], labels, window, length), holes)
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


def _windows(
    src: TimeMention,
    label: CandidateLabel,
    labels: list[CandidateLabel],
    window: tuple[datetime, datetime],
    length: timedelta,
) -> list[tuple[datetime, datetime]]:
    """What a time mention asks of the appointment, as windows it must lie inside (or,
    for an exclusion, must not overlap).

    - a clock time ("at 2", "Dec 5th at 2pm") is when the appointment *starts*:
      ``[t, t + length)``; an approximate one ("2ish", "around 2") lets it start
      anywhere in its window: ``[a, b + length)``;
    - a range, a part of the day, a day or a bound is a window to lie inside;
    - a bound that narrows a wish ("maybe Wednesday afternoon, but not after 3pm") only
      forbids the wished-for day outside the bound (see `_only_on_anchor_days`).
    """
    assert src.reading is not None
    windows = list(src.reading.intervals)
    if _is_start(src):
        return _starts(src, src.reading, length)
    anchor = label.modifies
    if (
        src.bound is not None
        and anchor is not None
        and label.kind == "require"
        and (labels[anchor].kind, labels[anchor].strength) != ("require", "hard")
    ):
        return _only_on_anchor_days(windows, window)
    return windows


def _starts(
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
    return _subtract([window], forbidden)


def _subtract(
    spans: list[tuple[datetime, datetime]], holes: list[tuple[datetime, datetime]]
) -> list[tuple[datetime, datetime]]:
    """`spans` with every moment of `holes` taken out (half-open intervals)."""
    out = list(spans)
    for f_start, f_end in sorted(holes):
        nxt = []
        for a, b in out:
            if f_end <= a or f_start >= b:
                nxt.append((a, b))
                continue
            if a < f_start:
                nxt.append((a, f_start))
            if f_end < b:
                nxt.append((f_end, b))
        out = nxt
    return out


def _joined(
    a: Candidate,
    b: Candidate,
    la: CandidateLabel,
    lb: CandidateLabel,
    sa: TimeMention | ResourceMention,
    sb: TimeMention | ResourceMention,
) -> bool:
    """ "Thursday or Friday", "Dr. Smith or Dr. Patel": one constraint, either will do.

    A bound is an item of such a list too ("Saturday morning or any day after 5",
    "before 10 or after 4", "Wednesday after 6 or Thursday after 6") when the two cannot
    both hold (their readings share no moment): the user means either. Otherwise a bound
    narrows what it stands beside ("Monday or Tuesday, after 3", "after 2, before 5",
    "every Monday, starting Jan 4") and stays its own constraint; so does a bound before
    a bare day, whose clock that day may share ("after 5 on the 20th or 21st")."""
    # a first choice and its fallback ("6:30, or 7:30 if that's taken") stay ranked
    same = la.model_dump(exclude={"modifies"}) == lb.model_dump(exclude={"modifies"})
    if a.type != b.type or not same or not b.coordinated:
        return False
    if a.type == "resource":
        return True
    if a.bound is None and b.bound is None:  # "Friday, 3pm" is 3pm on Friday, but
        # "tmrw 8:30 or 9", "mon 21st, 6 or 7pm" are either start (on that day)
        starts = all(isinstance(s, TimeMention) and _is_start(s) for s in (sa, sb))
        return a.has_date == b.has_date or starts
    if a.bound is not None and b.bound is None and b.mention_type == "date":
        return False
    if not isinstance(sa, TimeMention) or not isinstance(sb, TimeMention):
        return False
    if sa.reading is None or sb.reading is None:
        return False
    return not any(_overlaps(x, y) for x in sa.reading.intervals for y in sb.reading.intervals)


def _describe(sources: list[TimeMention | ResourceMention], group: list[int]) -> str:
    words = []
    for i in group:
        src = sources[i]
        if isinstance(src, TimeMention) and src.reading is not None:
            words.append(src.reading.label)
        else:
            words.append(src.text)
    return " or ".join(words)
