"""The CP-SAT model of one booking: variables, constraints, objective, solve, read.

Data (from `candidates.Instance`):
    apps[a]             appointment a: duration, and per need the pool of resource indices
    grid.times[i]       start time of grid index i, minutes since now
    free_starts(r, d)   index ranges at which resource r is free for a d-minute booking
    rules               live constraints (`constraints.Rule`), hard and soft

Variables (each named after what it is, so a solution reads back in words):
    start[a]            grid index of appointment a's start
    use[a,n,r]          appointment a takes resource r for need n (exactly one per need)
    day[a]              local calendar day of appointment a (only for "same day" ones)
    holds[c,a]          soft rule c holds for appointment a (an enforcement literal)
    option[c,a,k]       appointment a meets pair k of rule c said as alternatives ("Sam at
                        8 or Aoife at 7"); one of them holds when rule c does
    half[c,a,k,time]    appointment a lies in the time of pair k of wished rule c, whatever
    half[c,a,k,provider] its provider (or takes pair k's provider, whatever its time): the
                        partial credit of a wished pair that cannot hold whole
    within_m_of_aim[c,a] appointment a starts within m minutes of a time approximate rule c
                        aims at ("around 4:30": 16:30), for each m of AIM_MINUTES
    assume[c]           hard rule c is on (only in "assume" mode, for infeasible cores)
    assume[availability] the resources' free time is on (likewise)

Modes: "fold" states hard rules as plain constraints (presolve folds them into the start
domains) and optimises; "assume" puts every hard rule and the availability behind an
assumption literal, with no objective, so CP-SAT can name a subset that cannot hold.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

from ortools.sat.python import cp_model
from slotwise.solvers.candidates import Instance, domain
from slotwise.solvers.constraints import Rule, first_said

AVAILABILITY = "availability"
SPLIT = 840  # lcm(1..8): a soft rule's units split evenly over up to 8 appointments
MAX_OBJECTIVE = 2**61
AIM_MINUTES = (0, 15, 30, 60, 120)
"""How near an approximate time a start lies, in steps: each one met is worth the same."""


@dataclass
class Assignment:
    """One solution: per appointment its start index and its resources (one per need)."""

    starts: list[int]
    resources: list[list[int]]
    objective: float = 0.0

    def key(self) -> tuple[tuple[int, tuple[int, ...]], ...]:
        return tuple((s, tuple(r)) for s, r in zip(self.starts, self.resources, strict=True))


DEFAULT_WORK = 1.0
"""CP-SAT deterministic time one `solve()` call may spend over all its solves (see
`Deadline`); calibrated in docs/solver.md ("The budget")."""
WORK_FLOOR = 1e-4
"""A solve is not started with less work left than this (it could find nothing)."""
StoppedBy = Literal["work", "wall"]


@dataclass
class Deadline:
    """The budgets shared by every solve of one `solve()` call.

    `work` is CP-SAT's deterministic time (`max_deterministic_time`, a count of the work
    its algorithms did, in units that are about a second on a typical machine): what
    normally ends a search, and the same on a quiet and a loaded machine, so the answer
    does not depend on how busy the machine is. `seconds` is wall-clock time from
    `started`: the caller's ceiling, a backstop so a call never hangs, which only bites
    when the machine is so slow that `work` has not run out by then. `used` is the work
    spent so far; `stopped_by` says which budget cut the search short, if one did.
    """

    seconds: float
    work: float = DEFAULT_WORK
    started: float = field(default_factory=time.perf_counter)
    used: float = 0.0
    stopped_by: StoppedBy | None = None

    def left(self) -> float:
        """Wall-clock seconds left."""
        return max(0.0, self.seconds - (time.perf_counter() - self.started))

    def work_left(self) -> float:
        return max(0.0, self.work - self.used)

    def spent(self) -> bool:
        """True (and `stopped_by` set) when no further solve may start."""
        if self.work_left() < WORK_FLOOR:
            self.stopped_by = self.stopped_by or "work"
        elif self.left() <= 0:
            self.stopped_by = self.stopped_by or "wall"
        else:
            return False
        return True

    def charge(self, solver: cp_model.CpSolver, finished: bool) -> None:
        """Count a solve's work; when it did not finish (`finished` False: no proof
        either way, or a solution not proved best), name the budget that stopped it:
        the work when it used all it was given, else the wall clock."""
        given = solver.parameters.max_deterministic_time
        self.used += solver.deterministic_time
        if not finished and self.stopped_by is None:
            self.stopped_by = "work" if solver.deterministic_time >= given else "wall"


def make_solver(deadline: Deadline) -> cp_model.CpSolver:
    """One deterministic worker, a fixed seed, and always both limits: what is left of
    the call's work budget and of its wall-clock backstop."""
    solver = cp_model.CpSolver()
    p = solver.parameters
    p.num_workers = 1
    p.random_seed = 7
    p.max_deterministic_time = deadline.work_left()
    p.max_time_in_seconds = max(0.01, deadline.left())
    # These models are a handful of integer starts over interval domains plus a few
    # literals: probing, symmetry detection, LP relaxation and repeated presolve cost
    # more than they find (measured: probing alone 40 ms -> 1.3 ms a solve; the other
    # three take a further ~30% off end to end, see docs/benchmarks/solver.md).
    p.cp_model_probing_level = 0
    p.symmetry_level = 0
    p.linearization_level = 0
    p.max_presolve_iterations = 1
    return solver


class SlotModel:
    def __init__(
        self,
        inst: Instance,
        rules: list[Rule],
        mode: Literal["fold", "assume"] = "fold",
    ) -> None:
        self.inst = inst
        self.rules = rules
        self.mode = mode
        self.model = cp_model.CpModel()
        self.assume: dict[str, cp_model.IntVar] = {}
        self.holds: dict[tuple[str, int], cp_model.IntVar] = {}
        self.first_pair: dict[tuple[str, int], cp_model.IntVar] = {}  # option[c,a,0]
        # (soft rule, appointment) -> (pair k, half[c,a,k,...]) for wished pairs
        self.halves: dict[tuple[str, int], list[tuple[int, cp_model.IntVar]]] = {}
        self.start: list[cp_model.IntVar] = []
        self.minute: list[cp_model.LinearExprT] = []
        self.use: list[list[dict[int, cp_model.IntVar]]] = []
        self.same_day: list[cp_model.IntVar] = []
        self.near: list[cp_model.IntVar] = []
        self.on_aim: list[cp_model.IntVar] = []
        self.solves = 0
        self._pref: list[tuple[int, cp_model.IntVar]] = []
        self._tie: cp_model.LinearExpr = cp_model.LinearExpr.sum([])
        self._tie_max = 0
        self._variables()
        self._availability()
        self._structure()
        for rule in rules:
            self._rule(rule)
        if mode == "fold":
            self._aims()
            self._objective_terms()

    # -- variables ---------------------------------------------------------------
    def _variables(self) -> None:
        m, inst, grid = self.model, self.inst, self.inst.grid
        if self.mode == "assume":
            self.assume[AVAILABILITY] = m.new_bool_var(f"assume[{AVAILABILITY}]")
        for app in inst.apps:
            if self.mode == "fold":
                dom = grid.full
                for pool in app.needs:
                    union = domain([])
                    for r in pool:
                        union = union.union_with(domain(inst.free_starts(r, app.duration)))
                    dom = dom.intersection_with(union)
            else:
                dom = grid.full
            if dom.is_empty():  # no start at all: say so plainly, an empty domain is invalid
                dom = cp_model.Domain(0, 0)
                m.add_bool_or([])
            start = m.new_int_var_from_domain(dom, f"start[{app.id}]")
            self.start.append(start)
            if grid.uniform and len(grid):
                self.minute.append(grid.times[0] + grid.step * start)
            elif grid.now_first:
                # `now` off the step, then the regular grid: still linear in the index,
                # with one literal for "starts now" (an element constraint is far slower
                # on a series, whose gaps are sums of minutes)
                at_now = m.new_bool_var(f"starts_now[{app.id}]")
                m.add(start == 0).only_enforce_if(at_now)
                m.add(start >= 1).only_enforce_if(at_now.Not())
                base = grid.times[1] - grid.step
                minute = m.new_int_var(grid.times[0], grid.times[-1], f"minute[{app.id}]")
                m.add(minute == base + grid.step * start + (grid.times[0] - base) * at_now)
                self.minute.append(minute)
            else:
                minute = m.new_int_var(
                    min(grid.times, default=0), max(grid.times, default=0), f"minute[{app.id}]"
                )
                if len(grid):
                    m.add_element(start, grid.times, minute)
                self.minute.append(minute)
            uses: list[dict[int, cp_model.IntVar]] = []
            for n, pool in enumerate(app.needs):
                lits = {
                    r: m.new_bool_var(f"use[{app.id},{n},{inst.resources[r].id}]") for r in pool
                }
                m.add_exactly_one(lits.values())
                uses.append(lits)
            self.use.append(uses)
            # A resource serves at most one need of the same appointment.
            shared: dict[int, list[cp_model.IntVar]] = {}
            for lits in uses:
                for r, lit in lits.items():
                    shared.setdefault(r, []).append(lit)
            for many in shared.values():
                if len(many) > 1:
                    m.add_at_most_one(many)

    def _availability(self) -> None:
        """use[a,n,r] => start[a] is a time when r is free (under assume[availability])."""
        inst = self.inst
        extra = [self.assume[AVAILABILITY]] if self.mode == "assume" else []
        for app, uses in zip(inst.apps, self.use, strict=True):
            for lits in uses:
                for r, lit in lits.items():
                    self.model.add_linear_expression_in_domain(
                        self.start[app.pos], domain(inst.free_starts(r, app.duration))
                    ).only_enforce_if([lit, *extra])

    def _structure(self) -> None:
        """Gaps between appointments, appointments placed together, one provider for a
        series, no double booking."""
        m, inst = self.model, self.inst
        for first, then, lo, hi in inst.gaps:
            end_first = self.minute[first] + inst.apps[first].duration
            m.add(self.minute[then] >= end_first + lo)
            if hi is not None:
                m.add(self.minute[then] <= end_first + hi)
        days: list[int] = []
        for positions, relation in inst.together:
            lead = positions[0]
            if relation == "same_start":
                for other in positions[1:]:
                    m.add(self.start[other] == self.start[lead])
                continue
            days = days or inst.grid.day_numbers()
            if not days:
                continue
            day = [
                m.new_int_var(min(days), max(days), f"day[{inst.apps[a].id}]") for a in positions
            ]
            for a, d in zip(positions, day, strict=True):
                m.add_element(self.start[a], days, d)
            for d in day[1:]:
                m.add(d == day[0])
        if inst.same_resource:
            for a in range(1, len(inst.apps)):
                for n, lits in enumerate(self.use[a]):
                    for r, lit in lits.items():
                        m.add(lit == self.use[a - 1][n][r])
        if len(inst.apps) > 1:
            by_resource: dict[int, list[cp_model.IntervalVar]] = {}
            for app, uses in zip(inst.apps, self.use, strict=True):
                for n, lits in enumerate(uses):
                    for r, lit in lits.items():
                        by_resource.setdefault(r, []).append(
                            m.new_optional_fixed_size_interval_var(
                                self.minute[app.pos],
                                app.duration,
                                lit,
                                f"booked[{app.id},{n},{inst.resources[r].id}]",
                            )
                        )
            for intervals in by_resource.values():
                if len(intervals) > 1:
                    m.add_no_overlap(intervals)

    # -- constraints ---------------------------------------------------------------
    def _rule(self, rule: Rule) -> None:
        m = self.model
        if rule.hard:
            guard: list[cp_model.IntVar] = []
            if self.mode == "assume":
                guard = [m.new_bool_var(f"assume[{rule.id}]")]
                self.assume[rule.id] = guard[0]
            for a in rule.scope:
                self._enforce(rule, a, guard)
            return
        if self.mode != "fold":
            return  # soft rules play no part in whether a booking exists
        for a in rule.scope:
            lit = m.new_bool_var(f"holds[{rule.id},{self.inst.apps[a].id}]")
            self.holds[(rule.id, a)] = lit
            self._enforce(rule, a, [lit])
            if rule.inside and rule.options:
                self._halves(rule, a)

    def _halves(self, rule: Rule, a: int) -> None:
        """The halves of each pair of wished `rule` for appointment `a`, each a literal that
        holds only where its half does: "Sunday the 1st with crew A, or if not Monday the
        2nd with crew B" with neither pair free still wishes for Sunday, and for crew B."""
        m, app, grid = self.model, self.inst.apps[a], self.inst.grid
        halves = self.halves.setdefault((rule.id, a), [])
        for k, option in enumerate(rule.options):
            if option.spans is not None:
                lit = m.new_bool_var(f"half[{rule.id},{app.id},{k},time]")
                inside = domain(grid.starts_inside(list(option.spans), app.duration))
                m.add_linear_expression_in_domain(self.start[a], inside).only_enforce_if(lit)
                halves.append((k, lit))
            if option.resources is not None:
                lit = m.new_bool_var(f"half[{rule.id},{app.id},{k},provider]")
                chosen = option.resources
                lits = [x for uses in self.use[a] for r, x in uses.items() if r in chosen]
                m.add_bool_or(lits).only_enforce_if(lit)
                halves.append((-1, lit))

    def _enforce(self, rule: Rule, a: int, guard: list[cp_model.IntVar]) -> None:
        """Make `rule` hold for appointment `a` whenever every literal of `guard` is true."""
        m, app, grid = self.model, self.inst.apps[a], self.inst.grid
        if rule.empty:  # a hard require with nothing to lie inside of: never holds
            m.add_bool_or([]).only_enforce_if(guard)
            return
        res_lits = [
            lit
            for lits in self.use[a]
            for r, lit in lits.items()
            if rule.resources is not None and r in rule.resources
        ]
        if rule.inside and rule.options:  # "Sam at 8 or Aoife at 7": one pair holds
            picks = []
            for k, option in enumerate(rule.options):
                pick = m.new_bool_var(f"option[{rule.id},{app.id},{k}]")
                picks.append(pick)
                if option.spans is not None:  # a pick holds only where its pair does
                    inside = domain(grid.starts_inside(list(option.spans), app.duration))
                    m.add_linear_expression_in_domain(self.start[a], inside).only_enforce_if(pick)
                if option.resources is not None:
                    chosen = option.resources
                    lits = [lit for lits in self.use[a] for r, lit in lits.items() if r in chosen]
                    m.add_bool_or(lits).only_enforce_if(pick)
            m.add_bool_or(picks).only_enforce_if(guard)
            self.first_pair[(rule.id, a)] = picks[0]
            return
        if rule.inside:
            if rule.spans is not None:
                inside = domain(grid.starts_inside(list(rule.spans), app.duration))
                m.add_linear_expression_in_domain(self.start[a], inside).only_enforce_if(guard)
            if rule.resources is not None:
                m.add_bool_or(res_lits).only_enforce_if(guard)
            return
        time_ok = None
        if rule.spans is not None:
            hits = domain(grid.starts_overlapping(list(rule.spans), app.duration))
            time_ok = grid.full.intersection_with(hits.complement())
        if rule.spans is not None and rule.resources is not None:
            apart = m.new_bool_var(f"apart_in_time[{rule.id},{app.id}]")
            m.add_linear_expression_in_domain(self.start[a], time_ok).only_enforce_if(
                [*guard, apart]
            )
            m.add_bool_and([lit.Not() for lit in res_lits]).only_enforce_if([*guard, apart.Not()])
        elif time_ok is not None:
            m.add_linear_expression_in_domain(self.start[a], time_ok).only_enforce_if(guard)
        else:
            m.add_bool_and([lit.Not() for lit in res_lits]).only_enforce_if(guard)

    # -- objective -----------------------------------------------------------------
    def _aims(self) -> None:
        """For each approximate wish ("around 4:30") and appointment, one literal per
        tolerance of AIM_MINUTES that holds only when the start lies that near one of
        the rule's targets: the more of them hold, the nearer the start."""
        m, grid = self.model, self.inst.grid
        for rule in self.rules:
            if not rule.targets:
                continue
            aims = [t // 60 for t in rule.targets]
            for a in rule.scope:
                for tol in AIM_MINUTES:
                    near = [r for t in aims if (r := grid.index_range(t - tol, t + tol))]
                    lit = m.new_bool_var(f"within_{tol}_of_aim[{rule.id},{self.inst.apps[a].id}]")
                    m.add_linear_expression_in_domain(self.start[a], domain(near)).only_enforce_if(
                        lit
                    )
                    self.on_aim.append(lit)

    def _objective_terms(self) -> None:
        """Stated preferences dominate; earliness, then resource order, only break ties.

        objective = pref * PREF - same_day * DAY + on_aim * AIM - near * NEAR - tie, where
        tie < NEAR, the whole near penalty plus tie < AIM, the whole aim term plus those
        < DAY, and the whole same-day penalty plus the rest < PREF, so no tie-break
        outweighs one preference unit, and an approximate time's nearness ("around 4:30":
        16:30, then 16:15 and 16:45) outweighs spreading within a day but not across days.
        """
        inst = self.inst
        for rule in self.rules:
            if rule.hard:
                continue
            share = rule.units * SPLIT // len(rule.scope)
            for a in rule.scope:
                self._pref.append((share, self.holds[(rule.id, a)]))
        for (rid, _a), pick in self.first_pair.items():  # "Irena on 1/16? Or Marcus on 1/15"
            rule = next(r for r in self.rules if r.id == rid)
            if not rule.hard:  # a wish's first pair is the first choice: one unit for it
                self._pref.append((SPLIT // len(rule.scope), pick))
        for (rid, _a), halves in self.halves.items():
            # Each half is worth less than 1/(2n) of the pair: a whole pair, with its own
            # halves, outweighs every half of the others; a time of an earlier pair
            # weighs one more than a later one (the first pair is the first choice).
            rule = next(r for r in self.rules if r.id == rid)
            half = rule.units * SPLIT // len(rule.scope) // (2 * len(halves) + 2)
            last = len(rule.options) - 1
            for k, lit in halves:
                self._pref.append((half + (last - k if k >= 0 else 0), lit))
        first = first_said(self.rules)
        if first is not None:  # "Nadia ideally but Gary works": one unit for Nadia
            for a in first.scope:
                self._pref.append((SPLIT // len(first.scope), self.holds[(first.id, a)]))
        n_res = max(1, len(inst.resources))
        needs = max(len(app.needs) for app in inst.apps)
        resource_scale = n_res * needs  # sum of resource indices of one appointment < this
        last = max(0, len(inst.grid) - 1)
        self._tie_max = resource_scale * (last + 1) * len(inst.apps)
        variables: list[cp_model.IntVar] = []
        coefficients: list[int] = []
        late: list[int] = []  # the same with the starts turned round: the latest first
        for start, uses in zip(self.start, self.use, strict=True):
            variables.append(start)
            coefficients.append(resource_scale)
            late.append(-resource_scale)
            for lits in uses:
                variables.extend(lits.values())
                coefficients.extend(lits.keys())
                late.extend(lits.keys())
        self._tie = cp_model.LinearExpr.weighted_sum(variables, coefficients)
        self._tie_late = cp_model.LinearExpr.weighted_sum(variables, late) + (
            resource_scale * last * len(inst.apps)
        )

    def set_objective(
        self, max_proposals: int, *, earliest: bool = False, latest: bool = False
    ) -> None:
        """Preferences first; then (unless `earliest`, for "asap", or `latest`, for "as
        late as possible") options spread over days and hours; then the earliest start
        (the latest, with `latest`) and the first-listed resource."""
        pref_total = sum(u for u, _ in self._pref)
        pref = cp_model.LinearExpr.weighted_sum(
            [lit for _, lit in self._pref], [u for u, _ in self._pref]
        )
        ordered = earliest or latest
        if ordered and pref_total * (self._tie_max + 1) <= MAX_OBJECTIVE:
            tie = self._tie_late if latest and not earliest else self._tie
            self.model.maximize((self._tie_max + 1) * pref - tie)
            return
        near_scale = self._tie_max + 1
        aim_scale = near_scale * max_proposals
        day_scale = aim_scale * (len(self.on_aim) + 1)
        pref_scale = day_scale * max_proposals
        if ordered or pref_total * pref_scale > MAX_OBJECTIVE:
            self.model.maximize(pref)  # vast instances: keep preferences exact
            return
        same_day = cp_model.LinearExpr.sum(self.same_day)
        near = cp_model.LinearExpr.sum(self.near)
        on_aim = cp_model.LinearExpr.sum(self.on_aim)
        self.model.maximize(
            pref_scale * pref
            - day_scale * same_day
            + aim_scale * on_aim
            - near_scale * near
            - self._tie
        )

    # -- top-k -----------------------------------------------------------------------
    def exclude(self, found: Assignment) -> None:
        """Forbid `found` again; any later pick on its first day pays a same-day penalty,
        and one starting within the hour of it a smaller one, so options on one day
        spread out ("12:00, 13:00, 14:00", not "12:00, 12:15, 12:30")."""
        m = self.model
        differs = []
        for a, (s, res) in enumerate(zip(found.starts, found.resources, strict=True)):
            diff = m.new_bool_var(f"differs[{self.solves},{self.inst.apps[a].id}]")
            same_res = [self.use[a][n][r] for n, r in enumerate(res)]
            m.add(self.start[a] != s).only_enforce_if([diff, *same_res])
            differs.append(diff)
        m.add_bool_or(differs)
        lo, hi = self.inst.grid.day_range(found.starts[0])
        same = m.new_bool_var(f"same_day_as[{len(self.same_day)}]")
        outside = self.inst.grid.full.intersection_with(cp_model.Domain(lo, hi).complement())
        m.add_linear_expression_in_domain(self.start[0], outside).only_enforce_if(same.Not())
        self.same_day.append(same)
        lo, hi = self.inst.grid.near_range(found.starts[0])
        near = m.new_bool_var(f"within_the_hour_of[{len(self.near)}]")
        away = self.inst.grid.full.intersection_with(cp_model.Domain(lo, hi).complement())
        m.add_linear_expression_in_domain(self.start[0], away).only_enforce_if(near.Not())
        self.near.append(near)

    def solve(self, deadline: Deadline) -> tuple[str, Assignment | None, cp_model.CpSolver]:
        """One solve within what is left of `deadline`, charged to it."""
        solver = make_solver(deadline)
        status = solver.solve(self.model)
        self.solves += 1
        name = solver.status_name(status)
        final = (cp_model.OPTIMAL, cp_model.INFEASIBLE, cp_model.MODEL_INVALID)
        # with no objective ("assume"), any solution is the answer
        finished = status in final or (self.mode == "assume" and status == cp_model.FEASIBLE)
        deadline.charge(solver, finished)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return name, None, solver
        starts = [solver.value(s) for s in self.start]
        resources = [
            [next(r for r, lit in lits.items() if solver.boolean_value(lit)) for lits in uses]
            for uses in self.use
        ]
        objective = solver.objective_value if self.mode == "fold" else 0.0
        return name, Assignment(starts, resources, objective), solver

    def stats(self) -> dict[str, int]:
        proto = self.model.proto
        return {"variables": len(proto.variables), "constraints": len(proto.constraints)}
