"""The solver's one entry point: `solve(request, constraints) -> SolverResult`.

ground -> interpret -> **solve** -> explain: this step gets constraints already grounded
to absolute intervals and resource ids, and knows nothing of text or models. It

1. lays the step grid over the booking window and reads each resource's free time
   (`candidates`), and the live constraints (`constraints`);
2. solves one CP-SAT model for all appointments, up to `max_proposals` times, each time
   forbidding the previous picks (`model`, `rank`);
3. when the hard constraints and availability admit nothing, finds a minimal conflicting
   set, asks a question and shows what dropping each member would give (`explain`).

Every solve runs on one worker with a fixed seed and shares one work budget, counted in
CP-SAT's deterministic time, not in seconds, so the same input gives the same output on a
quiet or a busy machine, even when the budget runs out. A wall-clock ceiling
(`time_limit_s`) stays behind it as a backstop so that no call hangs. When either runs
out the result holds the best proposals found so far, `SolverResult.timed_out` says so
and ``detail["stopped_by"]`` says which ("work" or "wall"). `detail` carries what the
audit trail needs.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from slotwise.schemas import Clarification, Conflict, Constraint, Proposal, ScheduleRequest
from slotwise.solvers.candidates import Instance
from slotwise.solvers.constraints import read_rules
from slotwise.solvers.explain import clarify, providers
from slotwise.solvers.model import AVAILABILITY, DEFAULT_WORK, Deadline
from slotwise.solvers.rank import top_k
from slotwise.solvers.words import join_words


@dataclass
class SolverResult:
    outcome: Literal["proposals", "clarification"]
    proposals: list[Proposal] = field(default_factory=list)
    clarification: Clarification | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    timed_out: bool = False
    """The time budget ran out before the search finished: the proposals are the best
    found so far (possibly fewer, possibly not the best), a conflict may not be minimal."""


def solve(
    request: ScheduleRequest,
    constraints: list[Constraint],
    *,
    duration_minutes: int | None = None,
    time_limit_s: float = 10.0,
    work_limit: float = DEFAULT_WORK,
    earliest: bool = False,
    latest: bool = False,
) -> SolverResult:
    """Ranked proposals meeting every hard constraint, or a clarification when none can.

    `duration_minutes` overrides `request.duration_minutes` for appointments that do
    not set their own. `work_limit` is the budget of the whole search, in CP-SAT's
    deterministic time, shared by every solve of the call (top-k picks, the conflict
    search, the relaxations): what normally ends a long search, the same on any load.
    `time_limit_s` is the caller's wall-clock ceiling for the whole call, building the
    model included: a backstop that only bites on a machine too slow for `work_limit`.
    When either runs out the search stops with what it has found (`timed_out`,
    ``detail["stopped_by"]``). If nothing was found by then the outcome is "proposals"
    with none, and ``detail["status"]`` says "UNKNOWN" or "OUT_OF_TIME" (feasibility not
    decided; not a conflict).
    `earliest` (the message said "asap"): among equally preferred options, the earliest
    come first, not spread over days. `latest` ("as late as possible"): the latest come
    first, the starts that end a visit at a closing among them ("asap" wins when a
    message says both).
    """
    clock = time.perf_counter()
    deadline = Deadline(time_limit_s, work_limit, started=clock)
    inst = Instance.build(
        request,
        duration_minutes,
        named_starts(request, constraints),
        closings=latest and not earliest,
    )
    rules, notes = read_rules(constraints, request, inst.grid.t0)
    detail: dict[str, Any] = {
        "hard": [r.id for r in rules if r.hard],
        "soft": [r.id for r in rules if not r.hard],
        "notes": notes,
        "appointments": [a.id for a in inst.apps],
        "grid": {
            "points": len(inst.grid),
            "step_minutes": inst.grid.step,
            "uniform": inst.grid.uniform,
        },
        "time_limit_s": time_limit_s,
        "work_limit": work_limit,
        "earliest_first": earliest,
        "latest_first": latest and not earliest,
    }
    k = request.max_proposals

    def done(result: SolverResult) -> SolverResult:
        result.detail["wall_ms"] = round((time.perf_counter() - clock) * 1000, 3)
        result.detail["timed_out"] = result.timed_out
        result.detail["work_used"] = round(deadline.used, 6)
        result.detail["stopped_by"] = deadline.stopped_by
        return result

    if any(not pool for app in inst.apps for pool in app.needs):
        detail.update(status="INFEASIBLE", core_after=[AVAILABILITY])
        return done(SolverResult("clarification", [], _nobody(inst), detail))

    proposals, info = top_k(inst, rules, k, deadline, earliest=earliest, latest=latest)
    detail.update(info)
    timed_out = not info["complete"]
    if proposals:
        return done(SolverResult("proposals", proposals, None, detail, timed_out))
    if info["status"] != "INFEASIBLE":
        return done(SolverResult("proposals", [], None, detail, True))
    clarification, core_info = clarify(inst, rules, k, deadline)
    detail.update(core_info)
    timed_out = not core_info["complete"]
    return done(SolverResult("clarification", [], clarification, detail, timed_out))


def named_starts(request: ScheduleRequest, constraints: list[Constraint]) -> list[datetime]:
    """Where the message's wishes begin ("at 10:20", "twenty to four", "10:50 to 11:10")
    and the times its approximate ones and its day's edges aim at ("around 4:20", the
    start that ends a visit at the closing): starts the grid offers
    even off its step. Not `now` itself, where a wish cut to the booking window begins."""
    return [
        when
        for c in constraints
        if c.source == "message" and c.kind in {"require", "prefer"} and not c.retracted
        for when in [*(iv.start for iv in c.intervals), *c.targets, *c.edges]
        if when > request.now
    ]


def _nobody(inst: Instance) -> Clarification:
    """No resource to book at all: availability is the whole conflict."""
    names = providers(inst, [], {})
    text = (
        f"the open hours of {join_words(names)}" if names else "open hours (no resource is listed)"
    )
    return Clarification(
        question="There is no one to book: the request lists no resource with open time. "
        "Which provider or room should it be with?",
        conflicts=[Conflict(id=AVAILABILITY, text=text)],
        relaxations=[],
    )
