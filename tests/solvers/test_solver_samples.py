"""Every structured sample runs: proposals for each feature, a clarification for the infeasible one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from slotwise.schemas import ScheduleRequest
from slotwise.solvers import solve, to_constraints

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples" / "structured").glob("*.json"))


def test_solver_samples_cover_every_feature() -> None:
    names = {p.stem for p in SAMPLES}
    assert {
        "hard_intervals",
        "resources",
        "soft_preferences",
        "booking_rules",
        "series",
        "bundle",
        "all_of_doctor_and_room",
        "any_of",
        "infeasible_clarification",
    } <= names


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_solver_samples_run(path: Path) -> None:
    req = ScheduleRequest.model_validate(json.loads(path.read_text()))
    assert req.message is None
    cons = to_constraints(req)
    result = solve(req, cons)
    if path.stem.startswith("infeasible"):
        assert result.outcome == "clarification" and result.clarification is not None
        assert result.clarification.relaxations
        return
    assert result.outcome == "proposals" and result.proposals
    hard = {c.id for c in cons if c.strength == "hard"}
    for p in result.proposals:
        assert hard <= set(p.satisfied)
        assert p.explanation
