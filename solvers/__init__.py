"""Deciding: CP-SAT models from grounded constraints and availability.

`solve` turns a request and its grounded constraints into ranked proposals or a
clarification; `to_constraints` reads a request's structured constraints in result form.
Knows nothing of text or models.
"""

from typing import TYPE_CHECKING, Any

from slotwise.solvers.constraints import to_constraints

__all__ = ["SolverResult", "solve", "to_constraints"]

if TYPE_CHECKING:
    from slotwise.solvers.solver import SolverResult, solve


def __getattr__(name: str) -> Any:
    # OR-Tools (and the pandas it imports, about a second cold) only when solving:
    # `slotwise interpret` and `to_constraints` never need it.
    if name in {"solve", "SolverResult"}:
        from slotwise.solvers import solver

        return getattr(solver, name)
    raise AttributeError(f"module 'slotwise.solvers' has no attribute {name!r}")
