"""The `ground` and `resources` steps of reading a message: what it names, with spans.

`find_candidates` grounds the message's time words (`slotwise.extractor.grounding`) and
finds the resources it names (`resources.py`), then turns both into the interpreter's
`Candidate`s in the order they are said, each with the typed facts grounding knows
(negated, bound, approximate, has a date, linked, coordinated, grain). The hours the
request's resources keep (`open_hours`, `day_hours`) and where open-ended phrases stop
(`horizon_end`) are read from the request for grounding.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from slotwise.extractor.grounding import TimeMention, ground
from slotwise.extractor.grounding.aside import unread
from slotwise.extractor.grounding.booked_span import hired_by_name, hired_in
from slotwise.extractor.grounding.coordination import LIST_WORD, alternatives, coordinated
from slotwise.extractor.grounding.lexicon_cues import FALLBACK
from slotwise.extractor.grounding.mention import DATED_TYPES
from slotwise.extractor.interpretation import Candidate, CandidateType
from slotwise.extractor.resources import (
    ResourceMention,
    find_resources,
    without_numbered_names,
)
from slotwise.extractor.windows import overlaps
from slotwise.schemas import ScheduleRequest, TraceStep


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


def day_hours(
    request: ScheduleRequest, named: frozenset[str] = frozenset()
) -> dict[date, list[tuple[int, int]]]:
    """The hours each resource keeps, per local date (minutes of the day: opening,
    closing), from their open intervals; dates no interval covers are left out. With
    `named` (the ids of the resources the message names), the hours of those alone when
    they keep any: "first thing Friday with Dr Kaur" is Dr Kaur's opening, "the end of
    the day with Megan" Megan's closing, not the business's (`day_edges`)."""
    if named:
        kept = [r for r in request.resources if r.id in named]
        own = day_hours(request.model_copy(update={"resources": kept}))
        if own:
            return own
    tz = request.tz
    out: dict[date, list[tuple[int, int]]] = {}
    for r in request.resources:
        for iv in r.open:
            a, b = iv.start.astimezone(tz), iv.end.astimezone(tz)
            if b.date() != a.date():
                continue  # across midnight: `open_hours` says none for the whole request
            out.setdefault(a.date(), []).append((a.hour * 60 + a.minute, b.hour * 60 + b.minute))
    return out


# Words right before a resource that rule it out: "not with JT", "Not Bay 1", "anyone
# but Raj", "not the sailing one". Its hours then say nothing of the day's edges.
_RULED_OUT_BEFORE = re.compile(
    r"\b(?:not|no|never|except|but\s+not|anyone\s+but|anybody\s+but|other\s+than|apart\s+from)"
    r"(?:\s+(?:with|w/?|by|the))*\s*$",
    re.I,
)


# A clause that offers its resource as a fallback: "if it's raining we'll take the sim
# instead", "otherwise Bella" (not "Can Dr Kaur do Friday first thing instead?").
_FALLBACK_CLAUSE = re.compile(rf"(?:^|[.!?,;])\s*(?:if|{FALLBACK})\b", re.I)
_CLAUSE_EDGE = re.compile(r"[.!?,;\n]")


def _edge_resources(message: str, named: list[ResourceMention]) -> frozenset[str]:
    """The resources whose hours give the day's edges: those the message names as wished,
    not ruled out ("not with JT") nor offered as a fallback ("the sim instead"); none when
    it also leaves the choice open ("Sam or whoever"): the business's edges then."""
    if any(r.resource_id is None for r in named):
        return frozenset()
    return frozenset(
        r.resource_id
        for r in named
        if r.resource_id and not _ruled_out(message, r) and not _fallback(message, r)
    )


def _ruled_out(message: str, r: ResourceMention) -> bool:
    """ "the 22nd, first thing, just not with JT": the words before `r` rule it out."""
    return _RULED_OUT_BEFORE.search(message, max(0, r.span[0] - 24), r.span[0]) is not None


def _fallback(message: str, r: ResourceMention) -> bool:
    """ "if it's chucking it down we'll take the sim instead": `r`'s clause (to the next
    stop, from the last stop or comma before it) offers it as a fallback."""
    starts = [m.end() for m in _CLAUSE_EDGE.finditer(message, 0, r.span[0])]
    start = max(0, starts[-1] - 1) if starts else 0
    stop = _CLAUSE_EDGE.search(message, r.span[1])
    end = stop.start() if stop else len(message)
    return _FALLBACK_CLAUSE.search(message[start:end]) is not None


def find_candidates(
    request: ScheduleRequest, context: str | None = None
) -> tuple[list[Candidate], list[TimeMention | ResourceMention], list[TraceStep]]:
    """The `ground` and `resources` steps: what the message names, with spans.

    `context` (a conversation's earlier words, such as the slot being moved: "Thursday 14
    January at 10:30am.") is grounded before the message only when the message refers
    back to a time it does not name ("the Friday before", "same time"), or its first
    time is a day said from a day it does not name, which grounding alone counts from
    today ("the day before", "that Saturday": `leans_back`); what it names itself is
    never a candidate."""
    message = request.message or ""
    trace: list[TraceStep] = []
    t0 = time.perf_counter()
    named = find_resources(message, [(r.id, r.name) for r in request.resources])
    text = without_numbered_names(message, named)
    ids = _edge_resources(message, named)

    def grounded(lead: str) -> list[TimeMention]:
        return ground(
            lead + text,
            request.now,
            request.timezone,
            horizon_end=horizon_end(request),
            date_order=request.date_order,
            open_hours=open_hours(request),
            day_hours=day_hours(request, ids),
        )

    alone: list[TimeMention] | None = None
    if context and not any(
        u.reason == "no_antecedent" for u in unread(message, request.date_order)
    ):
        mentions = alone = grounded("")
        # "can we do the day before instead" read alone counts from today; said after
        # a day (the context), it counts from that day
        # ... and so does a slot moved "later" or "earlier" that grounding alone counts
        # from a clock said after it ("an hour earlier? got a delivery coming around
        # midday"): said after the slot (the context), it moves that slot
        if not leans_back(mentions) and not moved_from_after(text, mentions):
            context = None
    lead = context.rstrip() + " " if context else ""
    if lead or alone is None:
        mentions = grounded(lead)
    if lead:
        mentions = _after_context(mentions, len(lead))
    mentions = _hired_resources(mentions, named, {r.id: r.name or "" for r in request.resources})
    # "asap" as a candidate; not "when's Lena next free", whose words name Lena (the
    # wish stays set aside there, and still ranks the earliest first); "first available"
    # is the wish, not "anyone" (`resources`' reading of it gives way)
    taken = [m.span for m in mentions] + [r.span for r in named if r.resource_id]
    mentions = mentions + soonest_wishes(text, taken, request.date_order)
    detail: dict[str, Any] = {"mentions": [_mention_detail(m) for m in mentions]}
    if lead:
        detail["context"] = context
    trace.append(trace_step("ground", t0, detail))

    t0 = time.perf_counter()
    named = [r for r in named if not any(overlaps(r.span, m.span) for m in mentions)]
    trace.append(
        trace_step(
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

    candidates, sources = build_candidates(message, mentions, named)
    return candidates, sources, trace


# the rules of a day said from a day before it, which grounding also reads alone, from
# today ("the day after", "the following Monday")
_FROM_A_DAY = frozenset({"day_before_after", "following"})


def leans_back(mentions: list[TimeMention]) -> bool:
    """The message's first time is a day said from a day it does not name ("ohh actually
    can we do the day before instead", "the day after?", "the following monday"), or it
    says "that Saturday" with no day of its own before it ("wait, my cousin's wedding is
    that sunday afternoon", "she has dialysis that Tuesday"): in a conversation, it
    counts from the day said before (the session's context: the slot booked, else the
    days asked for, else a day named), as it would after a day said in the message."""
    first = min(mentions, key=lambda m: m.span[0], default=None)
    if first is not None and first.rule.split("+")[0] in _FROM_A_DAY:
        return True
    return any(_THAT_WEEKDAY in m.rule.split("+") and m.refers_to is None for m in mentions)


# the grounding rule of "that Saturday" (`anaphora`): the weekday of the week of a day
# said before it, the coming one when none was
_THAT_WEEKDAY = "that_weekday"


# the grounding rules of a slot moved by some time ("an hour earlier", "push it back an
# hour"); the session reads them too (`conversation_rules.shifts_slot`)
MOVE_RULES = frozenset({"units_ago", "move_by"})
# "an hour later than 2pm", "2 hours before the 3pm": the clock the words count from
_COUNTED_FROM = re.compile(r"\s*(?:than|from|after|before|on|past)\b", re.IGNORECASE)


def moved_from_after(text: str, mentions: list[TimeMention]) -> bool:
    """A slot moved by some time that grounding alone counts from a clock said after it
    in other words ("an hour earlier? got a delivery coming around midday", "half an
    hour later? the school bus drops him at 12 now"; not "an hour later than 2pm"): in a
    conversation that clock is why the slot moves, or the slot said again, and the slot
    it moves is the one said before (the session's context: the slot booked)."""
    for m in mentions:
        j = m.refers_to
        if m.rule.split("+")[0] not in MOVE_RULES or j is None or j >= len(mentions):
            continue
        if mentions[j].span[0] >= m.span[1] and not _COUNTED_FROM.match(text, m.span[1]):
            return True
    return False


# The rule of a wish for the earliest open time said alone ("asap", "first available",
# "dès que possible", "so bald wie möglich"): a candidate the reader labels, with no
# window; the pipeline serves it by ranking the earliest first (`pipeline._constrain`).
SOONEST_RULE = "soonest"
# ... and of a wish for the latest ("as late as possible", "Latoya's last opening", "the
# last lesson of the day"), served by ranking the latest first (G44).
LATEST_RULE = "latest"


def soonest_wishes(text: str, taken: list[tuple[int, int]], date_order: str) -> list[TimeMention]:
    """The words that wish for the earliest open time ("asap", "the earliest you've got",
    "au plus vite", `lexicon_cues.SOONEST`) or the latest ("as late as he goes", "what's
    your last opening", `lexicon_cues.LATEST`), which grounding sets aside as no window
    (`aside.unread`, reasons "soonest" and "latest"), as mentions of their own: the reader
    labels them (a wish, or taken back: "actually no rush, asap isn't needed"), and a wish
    is met by ranking the earliest (latest) first, which is what "soonest" means
    (docs/concepts.md). They carry no reading, so no window is built from them. Words
    overlapping a span of `taken` (a mention, a resource named) are left as they were."""
    out = []
    for u in unread(text, date_order):
        if u.reason not in (SOONEST_RULE, LATEST_RULE):
            continue
        if any(overlaps(u.span, span) for span in taken):
            continue
        out.append(
            TimeMention(
                text=u.text,
                span=u.span,
                rule=u.reason,
                type=u.reason,
                reading=None,
                alternatives=(),
                negated=False,
                bound=None,
                duration_minutes=None,
                zone="",
                symbolic=u.reason,
            )
        )
    return out


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


def _hired_resources(
    mentions: list[TimeMention], named: list[ResourceMention], names: dict[str, str]
) -> list[TimeMention]:
    """A range said in a message that names a resource hired by the hour by a name
    without the noun ("elbe 6-8pm" for the Elbe room, "book B 2-6" for Studio B) is
    the booking first, as "room 3 from 10 to 12" is (`booked_span`)."""
    hired = next(
        (
            r
            for r in named
            if r.resource_id is not None
            and hired_in(names.get(r.resource_id, ""))
            and not any(overlaps(r.span, m.span) for m in mentions)
        ),
        None,
    )
    if hired is None:
        return mentions
    return [
        replace(m, booked_span=hired_by_name(m.booked_span, hired.text, hired.span))
        if m.booked_span is not None
        else m
        for m in mentions
    ]


def trace_step(name: str, t0: float, detail: dict[str, Any]) -> TraceStep:
    return TraceStep(step=name, ms=round((time.perf_counter() - t0) * 1000, 3), detail=detail)


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
        **(
            {
                "booked_span": {
                    "minutes": m.booked_span.minutes,
                    "readings": list(m.booked_span.readings),
                    "hired": m.booked_span.hired,
                }
            }
            if m.booked_span is not None
            else {}
        ),
    }


def build_candidates(
    message: str, mentions: list[TimeMention], named: list[ResourceMention]
) -> tuple[list[Candidate], list[TimeMention | ResourceMention]]:
    items: list[TimeMention | ResourceMention] = sorted([*mentions, *named], key=lambda x: x.span)
    mention_pos = {id(m): i for i, m in enumerate(items)}
    candidates: list[Candidate] = []
    for i, item in enumerate(items):
        prev = items[i - 1] if i > 0 else None
        joined = prev is not None and (
            coordinated(message, prev.span, item.span)
            or (
                isinstance(prev, TimeMention)
                and isinstance(item, TimeMention)
                and alternatives(message, prev, item)
            )
        )
        if joined and isinstance(prev, ResourceMention) and prev.resource_id is None:
            # "anyone" is no item of the constraints (the choice is the engine's), so a
            # time after it is an item of the list of times before it only with a word
            # that makes one ("Thursday, anyone, or Friday"); a bare comma ("Mar 2, any
            # inspector, after 10", "Hoy, con quien esté libre, a las 5") joins none
            joined = LIST_WORD.search(message[prev.span[1] : item.span[0]]) is not None
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
                has_date=item.type in DATED_TYPES,
                linked=linked if linked != i else None,
                coordinated=joined,
            )
        )
    return candidates, items
