"""Reading constraints: to_constraints, retracted and empty ones, strength and kind."""

from __future__ import annotations

from slotwise.solvers import solve, to_constraints

from tests.solvers.helpers import con, request, resource, span


def test_solver_constraints_to_constraints_echoes_structured_ones() -> None:
    req = request(
        resources=[resource("dr-smith", "Dr. Smith"), resource("dr-patel", "Dr. Patel")],
        constraints=[
            {"id": "f1", "kind": "require", "resources": ["dr-patel"], "label": "Dr. Patel"},
            {
                "id": "f2",
                "kind": "prefer",
                "weight": 2,
                "intervals": [
                    {"start": "2026-11-25T12:00:00-05:00", "end": "2026-11-25T17:00:00-05:00"}
                ],
            },
        ],
    )
    cons = to_constraints(req)
    assert [(c.id, c.kind, c.strength, c.source, c.span) for c in cons] == [
        ("f1", "require", "hard", "request", None),
        ("f2", "prefer", "soft", "request", None),
    ]
    assert cons[0].label == "Dr. Patel" and cons[0].resources == ["dr-patel"]
    assert cons[1].weight == 2 and len(cons[1].intervals) == 1
    top = solve(req, cons).proposals[0]
    assert top.resource == "dr-patel"
    assert top.start.isoformat() == "2026-11-25T12:00:00-05:00"
    assert top.explanation == "Wednesday, November 25, 12:00 PM to 5:00 PM, Dr. Patel"


def test_solver_constraints_retracted_ones_are_ignored() -> None:
    gone = con("c1", "require", spans=[span("2026-11-28", "09:00", "10:00")])
    gone = gone.model_copy(update={"retracted": True, "retracted_by": "c2"})
    result = solve(request(), [gone])
    assert result.outcome == "proposals" and result.detail["hard"] == []


def test_solver_constraints_soft_require_and_exclude_are_weighted_preferences() -> None:
    cons = [
        con("r", "require", "soft", spans=[span("2026-11-28", "09:00", "10:00")]),
        con("x", "exclude", "soft", spans=[span("2026-11-24", "00:00", "23:59")], weight=2),
    ]
    top = solve(request(max_proposals=1), cons).proposals[0]
    assert top.start.isoformat() == "2026-11-25T09:00:00-05:00"
    assert top.satisfied == ["x"] and top.violated == ["r"]
    assert abs(top.score - 2 / 3) < 1e-3
    assert "not " in top.explanation and "gives up" in top.explanation


def test_solver_constraints_hard_prefer_acts_as_require() -> None:
    thu = con("t", "prefer", "hard", spans=[span("2026-11-26", "10:00", "11:00")])
    result = solve(request(max_proposals=5), [thu])
    assert [p.start.hour for p in result.proposals] == [10, 10, 10]


def test_solver_constraints_unknown_ids_and_empty_soft_ones_are_noted() -> None:
    cons = [
        con("u", "exclude", resources=["nobody"]),
        con("e", "exclude", "soft"),
    ]
    result = solve(request(), cons)
    assert result.outcome == "proposals"
    notes = " ".join(result.detail["notes"])
    assert "nobody" in notes and "e: no intervals" in notes
