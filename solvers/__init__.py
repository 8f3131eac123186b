"""Deciding: CP-SAT models from grounded constraints and availability.

`solve` turns a request and its grounded constraints into ranked proposals or a
clarification; `to_constraints` reads a request's structured constraints in result form.
Knows nothing of text or models.
"""

from slotwise.solvers.constraints import to_constraints
from slotwise.solvers.solver import SolverResult, solve

__all__ = ["SolverResult", "solve", "to_constraints"]
