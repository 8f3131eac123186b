"""A brute-force reference for the solver, written from the contract, not from the solver.

It lists every start time on the step grid (wall clock 00:00 + k * step of each local
day, both readings of a repeated hour, none of a skipped one; `now` itself when there is
no minimum notice; and where a wish of the message begins off the step: "at 10:20" is a
start), every resource choice per
need, and checks each booking against availability (`open` minus `busy`, with the
buffers), the booking window and the constraints with plain datetime arithmetic. It is
slow on purpose: nothing here shares code with `slotwise.solvers`.

Used by the property tests (tests/solvers/test_solver_properties.py) and the fuzz
script (benchmarks/fuzz.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from slotwise.schemas import Constraint, ScheduleRequest

Option = tuple[datetime, datetime, tuple[str, ...]]  # start, end, resources (one per need)


def grid_starts(req: ScheduleRequest, constraints: Sequence[Constraint] = ()) -> list[datetime]:
    """The step grid, plus `now` (to the next whole minute) when no notice is asked, plus
    where a wish from the message begins off it (a start it names, or the time an
    approximate one aims at)."""
    tz = req.tz
    lo = req.now + timedelta(minutes=req.rules.min_notice_minutes)
    hi = req.now + timedelta(days=req.rules.horizon_days)
    out: set[datetime] = set()
    day = req.now.astimezone(tz).date() - timedelta(days=1)
    while day <= hi.astimezone(tz).date():
        for minute in range(0, 1440, req.rules.slot_step_minutes):
            wall = datetime(day.year, day.month, day.day) + timedelta(minutes=minute)
            for fold in (0, 1):
                aware = wall.replace(tzinfo=tz, fold=fold)
                back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
                if back == wall and lo <= aware < hi:
                    out.add(aware.astimezone(UTC))
        day += timedelta(days=1)
    first = req.now.astimezone(UTC)
    if first.second or first.microsecond:
        first = first.replace(second=0, microsecond=0) + timedelta(minutes=1)
    if req.rules.min_notice_minutes == 0 and first < hi:
        out.add(first)  # "now" is a start: the customer can come in at once
    for c in constraints:
        if c.source == "message" and c.kind in ("require", "prefer") and not c.retracted:
            for when in [*(iv.start for iv in c.intervals), *c.targets]:
                named = when.astimezone(UTC).replace(second=0, microsecond=0)
                if when > req.now and lo <= named < hi:
                    out.add(named)
    return sorted(out)


def is_free(req: ScheduleRequest, rid: str, start: datetime, end: datetime) -> bool:
    """Inside one `open` interval and clear of every `busy` one, buffers included."""
    res = next(r for r in req.resources if r.id == rid)
    lo = start - timedelta(minutes=req.rules.buffer_before_minutes)
    hi = end + timedelta(minutes=req.rules.buffer_after_minutes)
    if any(b.start < hi and lo < b.end for b in res.busy):
        return False
    return any(iv.start <= lo and hi <= iv.end for iv in res.open)


def norm(combo: tuple[Option, ...]) -> tuple[tuple[float, float, tuple[str, ...]], ...]:
    """A booking by instants: datetimes of one zone compare by wall clock, ignoring `fold`."""
    return tuple((s.timestamp(), e.timestamp(), tuple(r)) for s, e, r in combo)


def empty(c: Constraint) -> bool:
    return not c.intervals and not c.resources


def holds(c: Constraint, start: datetime, end: datetime, used: tuple[str, ...]) -> bool:
    """`require`/`prefer`: inside one interval and using one resource (of those given);
    `exclude`: not both overlapping an interval and using a listed resource. A
    constraint with neither target: a require can never hold, an exclude always does."""
    if empty(c):
        return c.kind == "exclude"
    in_time = not c.intervals or any(s.start <= start and end <= s.end for s in c.intervals)
    in_res = not c.resources or bool(set(c.resources) & set(used))
    if c.kind == "exclude":
        hits_time = not c.intervals or any(s.start < end and start < s.end for s in c.intervals)
        return not (hits_time and in_res)
    return in_time and in_res


def live(constraints: list[Constraint]) -> list[Constraint]:
    """The constraints that bear on the booking: not retracted; an empty soft one is
    ignored (docs/solver.md)."""
    return [
        c
        for c in constraints
        if not c.retracted and not (empty(c) and (c.strength == "soft" or c.kind == "exclude"))
    ]


@dataclass
class Brute:
    req: ScheduleRequest
    constraints: list[Constraint]
    duration: int | None = None

    def __post_init__(self) -> None:
        self.constraints = live(self.constraints)
        self.grid = grid_starts(self.req, self.constraints)
        self.apps = self.req.appointment_specs()
        self.everyone = [r.id for r in self.req.resources]
        self._options: dict[tuple[int, bool, tuple[str, ...]], list[Option]] = {}

    def hard(self) -> list[Constraint]:
        return [c for c in self.constraints if c.strength == "hard"]

    def soft(self) -> list[Constraint]:
        return [c for c in self.constraints if c.strength == "soft"]

    def scope(self, c: Constraint) -> list[str]:
        return c.appointments or [a.id for a in self.apps]

    def minutes(self, pos: int) -> int:
        return self.apps[pos].duration_minutes or self.duration or self.req.duration_minutes

    def options(self, pos: int, calendar: bool, hard: list[Constraint]) -> list[Option]:
        key = (pos, calendar, tuple(c.id for c in hard))
        if key not in self._options:
            self._options[key] = self._enumerate(pos, calendar, hard)
        return self._options[key]

    def _enumerate(self, pos: int, calendar: bool, hard: list[Constraint]) -> list[Option]:
        app = self.apps[pos]
        minutes = self.minutes(pos)
        pools = [n.any_of for n in app.needs] if app.needs else [self.everyone]
        out: list[Option] = []
        for start in self.grid:
            end = start + timedelta(minutes=minutes)
            for combo in itertools.product(*pools):
                if len(set(combo)) < len(combo):
                    continue
                if calendar and not all(is_free(self.req, r, start, end) for r in combo):
                    continue
                mine = [c for c in hard if app.id in self.scope(c)]
                if all(holds(c, start, end, combo) for c in mine):
                    out.append((start, end, combo))
        return out

    def solutions(
        self, hard_ids: set[str] | None = None, calendar: bool = True
    ) -> Iterator[tuple[Option, ...]]:
        """Every booking meeting the hard constraints named (all by default)."""
        hard = [c for c in self.hard() if hard_ids is None or c.id in hard_ids]
        per_app = [self.options(i, calendar, hard) for i in range(len(self.apps))]
        pos = {a.id: i for i, a in enumerate(self.apps)}
        gaps = self.req.appointment_gaps()
        same = bool(self.req.series and self.req.series.same_resource)
        for combo in itertools.product(*per_app):
            ok = True
            for g in gaps:
                first, then = combo[pos[g.first]], combo[pos[g.then]]
                gap = (then[0] - first[1]).total_seconds() / 60
                if gap < g.min_minutes or (g.max_minutes is not None and gap > g.max_minutes):
                    ok = False
            for a, b in itertools.combinations(combo, 2):
                if set(a[2]) & set(b[2]) and a[0] < b[1] and b[0] < a[1]:
                    ok = False
            if same and len({o[2] for o in combo}) > 1:
                ok = False
            if ok:
                yield combo

    def feasible(self, hard_ids: set[str] | None = None, calendar: bool = True) -> bool:
        return next(self.solutions(hard_ids, calendar), None) is not None

    def valid(self, combo: tuple[Option, ...]) -> list[str]:
        """What is wrong with one proposed booking: '' for each broken hard constraint id,
        'availability', 'grid' (not a start the booking window allows), 'structure'."""
        wrong: list[str] = []
        # In UTC: arithmetic and comparison of two datetimes of one ZoneInfo go by the
        # wall clock, an hour off across a clock change.
        combo = tuple((s.astimezone(UTC), e.astimezone(UTC), r) for s, e, r in combo)
        grid = set(self.grid)
        pos = {a.id: i for i, a in enumerate(self.apps)}
        for i, (start, end, used) in enumerate(combo):
            if start not in grid or end - start != timedelta(minutes=self.minutes(i)):
                wrong.append("grid")
            if not all(is_free(self.req, r, start, end) for r in used):
                wrong.append("availability")
        for c in self.hard():
            if not all(holds(c, *combo[pos[a]]) for a in self.scope(c) if a in pos):
                wrong.append(c.id)
        if not wrong and len(combo) > 1 and norm(combo) not in {norm(o) for o in self.solutions()}:
            wrong.append("structure")  # gaps, double booking, one provider for a series
        return sorted(set(wrong))

    def soft_weight(self, combo: tuple[Option, ...]) -> float:
        """Soft weight met, a rule over several appointments counting the share it holds for."""
        pos = {a.id: i for i, a in enumerate(self.apps)}
        total = 0.0
        for c in self.soft():
            ids = self.scope(c)
            met = sum(holds(c, *combo[pos[a]]) for a in ids)
            total += c.weight * met / len(ids)
        return total

    def best(self) -> float | None:
        weights = [self.soft_weight(s) for s in self.solutions()]
        return max(weights) if weights else None
