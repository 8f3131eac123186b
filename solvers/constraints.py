"""What a constraint means to the solver: `Rule`, read from the contract's `Constraint`.

A `Constraint` says a direction (`kind`) and a force (`strength`). The solver reads the
pair as one of four rules over an appointment ``[start, end)`` and its resources:

=============  ==============================  ===================================
kind           hard                            soft (with weight)
=============  ==============================  ===================================
require        must lie inside / use one of    should lie inside / use one of
prefer         must lie inside / use one of    should lie inside / use one of
exclude        must not overlap / use any of   should not overlap / use any of
=============  ==============================  ===================================

With both intervals and resources a require holds when both do ("Dr. Smith on
Wednesday"), an exclude when not both do ("not Dr. Smith on Tuesday"). A require whose
`parts` pair a provider with a time ("Sam at 8 or Aoife at 7": one part each) holds when
one part holds, both its time and its provider (`Rule.options`). A constraint
with neither is empty: a hard require (or prefer) can never hold and is reported as a
conflict on its own; any other empty one is ignored with a note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from slotwise.schemas import Constraint, ScheduleRequest, Span

WEIGHT_RESOLUTION = 10
"""Soft weights are counted in tenths: weight 2.5 is 25 units in the objective."""


def aims(c: Constraint, t0: datetime) -> tuple[int, ...]:
    """The starts a wish aims at, seconds since `t0`: an approximate time's targets
    ("around 4:30") and a day edge's ("first thing": the opening; "end of the day": the
    start that ends the visit at the closing)."""
    return tuple(int((t - t0).total_seconds()) for t in [*c.targets, *c.edges])


@dataclass(frozen=True)
class Option:
    """One alternative of a require: a time (seconds since t0) and a set of resources,
    either of which may be None (no target)."""

    spans: tuple[tuple[int, int], ...] | None
    resources: frozenset[int] | None

    def holds(self, start_s: int, end_s: int, used: set[int]) -> bool:
        in_time = self.spans is None or any(a <= start_s and end_s <= b for a, b in self.spans)
        return in_time and (self.resources is None or bool(self.resources & used))


@dataclass(frozen=True)
class Rule:
    """One live constraint as the model sees it."""

    id: str
    words: str  # how to name it to a person: text, label or id
    hard: bool
    inside: bool  # True: require/prefer (lie inside, use one of); False: exclude
    weight: float
    spans: tuple[tuple[int, int], ...] | None  # seconds since t0; None: no interval target
    resources: frozenset[int] | None  # resource indices; None: no resource target
    scope: tuple[int, ...]  # appointment positions it applies to
    source: Constraint
    targets: tuple[int, ...] = ()  # an approximate time's or a day edge's aims, s since t0
    options: tuple[Option, ...] = ()
    """For a require of (provider, time) pairs said as alternatives: each pair; the rule
    holds when one does. `spans` and `resources` are then their unions. Empty otherwise."""

    @property
    def empty(self) -> bool:
        return self.spans is None and self.resources is None

    @property
    def units(self) -> int:
        """Integer objective units of a soft rule (at least 1)."""
        return max(1, round(self.weight * WEIGHT_RESOLUTION))

    def holds(self, start_s: int, end_s: int, used: set[int]) -> bool:
        """Whether one appointment ``[start_s, end_s)`` (seconds) using `used` meets the rule."""
        if self.empty:  # nothing to lie inside of (never holds); nothing to avoid (always)
            return not self.inside
        if self.inside and self.options:
            return any(o.holds(start_s, end_s, used) for o in self.options)
        if self.inside:
            in_time = self.spans is None or any(a <= start_s and end_s <= b for a, b in self.spans)
            in_res = self.resources is None or bool(self.resources & used)
            return in_time and in_res
        hits_time = self.spans is None or any(a < end_s and start_s < b for a, b in self.spans)
        hits_res = self.resources is None or bool(self.resources & used)
        return not (hits_time and hits_res)


def read_rules(
    constraints: list[Constraint], request: ScheduleRequest, t0: datetime
) -> tuple[list[Rule], list[str]]:
    """The live rules and notes on what was left out (retracted, empty, unknown ids)."""
    from slotwise.solvers.words import describe  # words builds on Rule

    res_index = {r.id: i for i, r in enumerate(request.resources)}
    names = {r.id: r.name or r.id for r in request.resources}
    app_pos = {a.id: i for i, a in enumerate(request.appointment_specs())}
    rules: list[Rule] = []
    notes: list[str] = []
    seen: set[str] = set()
    for c in constraints:
        if c.retracted:
            continue
        if c.id in seen:
            notes.append(f"{c.id}: a second constraint with this id is ignored")
            continue
        seen.add(c.id)
        spans = (
            tuple(
                (int((s.start - t0).total_seconds()), int((s.end - t0).total_seconds()))
                for s in c.intervals
                if s.end > s.start
            )
            if c.intervals
            else None
        )
        resources = None
        if c.resources:
            unknown = [r for r in c.resources if r not in res_index]
            if unknown:
                notes.append(f"{c.id}: unknown resource ids {unknown} match nothing")
            resources = frozenset(res_index[r] for r in c.resources if r in res_index)
        if c.appointments is None:
            scope = tuple(range(len(app_pos)))
        else:
            unknown = [a for a in c.appointments if a not in app_pos]
            if unknown:
                notes.append(f"{c.id}: unknown appointment ids {unknown} are ignored")
            scope = tuple(sorted({app_pos[a] for a in c.appointments if a in app_pos}))
        hard = c.strength == "hard"
        inside = c.kind != "exclude"
        options = _options(c, t0, res_index) if inside else ()
        rule = Rule(
            id=c.id,
            words=describe(c, names, request.tz),
            hard=hard,
            inside=inside,
            weight=c.weight,
            spans=spans,
            resources=resources,
            scope=scope,
            source=c,
            targets=aims(c, t0) if inside else (),
            options=options,
        )
        if not scope:
            notes.append(f"{c.id}: applies to no appointment; ignored")
            continue
        if rule.empty and not (hard and inside):
            notes.append(f"{c.id}: no intervals and no resources; ignored")
            continue
        if not hard and c.weight <= 0:
            notes.append(f"{c.id}: soft with weight {c.weight}; ignored")
            continue
        rules.append(rule)
    return rules, notes


def _seconds(spans: list[Span], t0: datetime) -> tuple[tuple[int, int], ...]:
    return tuple(
        (int((s.start - t0).total_seconds()), int((s.end - t0).total_seconds()))
        for s in spans
        if s.end > s.start
    )


def _options(c: Constraint, t0: datetime, res_index: dict[str, int]) -> tuple[Option, ...]:
    """The (time, provider) pairs of a require said as alternatives: its parts, when
    some part names both a time and a resource; none otherwise (a plain list, "tmrw or
    wed", is its union)."""
    if not any(p.intervals and p.resources for p in c.parts):
        return ()
    return tuple(
        Option(
            _seconds(p.intervals, t0) if p.intervals else None,
            frozenset(res_index[r] for r in p.resources if r in res_index) if p.resources else None,
        )
        for p in c.parts
    )


def to_constraints(request: ScheduleRequest) -> list[Constraint]:
    """The request's structured constraints in result form (source "request", no span)."""
    out: list[Constraint] = []
    for sc in request.constraints:
        out.append(
            Constraint(
                id=sc.id,
                kind=sc.kind,
                strength=sc.strength or ("soft" if sc.kind == "prefer" else "hard"),
                weight=sc.weight,
                intervals=[Span(start=iv.start, end=iv.end) for iv in sc.intervals or []],
                resources=list(sc.resources or []),
                source="request",
                label=sc.label,
                appointments=list(sc.appointments) if sc.appointments else None,
            )
        )
    return out


def first_said(rules: list[Rule]) -> Rule | None:
    """Of wishes for one resource or another said apart and equal in weight ("I'd prefer
    Dr. Lindqvist if she has time, although Dr. Okafor is fine", "Nadia ideally but Gary
    works"), the one said first: the customer's first choice, which the objective gives
    one unit more than the others (below any stated preference, above every tie-break).
    None when there are not two such wishes, or their weights already differ."""
    wishes = [
        r
        for r in rules
        if not r.hard
        and r.inside
        and r.spans is None
        and r.resources
        and r.source.source == "message"
    ]
    if len(wishes) < 2 or len({r.weight for r in wishes}) > 1:
        return None
    named = [r.resources for r in wishes if r.resources is not None]
    if any(a & b for i, a in enumerate(named) for b in named[i + 1 :]):
        return None  # the same resource wished for twice: no choice between them
    return wishes[0]
