"""The solver's budgets: work (CP-SAT's deterministic time) decides, the wall clock only
backs it up, so the same request gets the same answer on a quiet and a loaded machine.

The load is real: busy processes, twice as many as there are cores, compete for the CPU
while the second solve runs; nothing is patched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from slotwise.schemas import Constraint, ScheduleRequest
from slotwise.solvers import solve
from slotwise.solvers.model import DEFAULT_WORK

from benchmarks.solver_bench import series
from slotwise.engine import DEFAULT_WORK as ENGINE_DEFAULT_WORK

pytestmark = pytest.mark.slow


@contextmanager
def busy_machine() -> Iterator[None]:
    """Every core busy twice over for as long as the block runs."""
    hogs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(2 * (os.cpu_count() or 1))
    ]
    try:
        time.sleep(0.5)  # let them take the cores
        yield
    finally:
        for hog in hogs:
            hog.kill()
        for hog in hogs:
            hog.wait()


def eight_visits() -> tuple[ScheduleRequest, list[Constraint]]:
    """A series of 8 visits a day apart on a 5-minute grid over 4 weeks, 6 proposals: a
    search of a few tenths of a second on a quiet machine (seed chosen for that)."""
    req, constraints = series(5)
    body = req.model_dump(mode="json")
    body["series"].update(count=8, min_gap_minutes=1440)
    body["rules"]["slot_step_minutes"] = 5
    body["max_proposals"] = 6
    return ScheduleRequest.model_validate(body), constraints


def answer(**limits: float) -> tuple[Any, ...]:
    req, constraints = eight_visits()
    result = solve(req, constraints, **limits)
    d = result.detail
    return (
        [(p.resource, p.start, p.score) for p in result.proposals],
        d["statuses"],
        d["work_used"],
        d["stopped_by"],
        result.timed_out,
    )


def test_solver_budget_defaults_give_the_same_answer_under_load() -> None:
    quiet = answer()
    with busy_machine():
        loaded = answer()
    assert quiet[3] is None and not quiet[4]  # finished, far inside the defaults
    assert len(quiet[0]) == 6
    assert loaded == quiet


def test_solver_budget_a_search_cut_by_work_is_cut_at_the_same_point_under_load() -> None:
    quiet = answer(work_limit=0.08, time_limit_s=60.0)
    with busy_machine():
        loaded = answer(work_limit=0.08, time_limit_s=60.0)
    assert quiet[3] == "work" and quiet[4]  # cut short, and by the work budget
    assert 0 < len(quiet[0]) < 6
    assert loaded == quiet


def test_solver_budget_wall_backstop_still_stops_a_call() -> None:
    req, constraints = eight_visits()
    t0 = time.perf_counter()
    result = solve(req, constraints, time_limit_s=0.05, work_limit=1000.0)
    assert time.perf_counter() - t0 < 5.0
    assert result.timed_out
    assert result.detail["stopped_by"] == "wall"
    assert len(result.proposals) < 6


def test_solver_budget_engine_default_is_the_solvers() -> None:
    assert ENGINE_DEFAULT_WORK == DEFAULT_WORK
