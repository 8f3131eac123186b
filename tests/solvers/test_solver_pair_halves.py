"""A wished (provider, time) pair said as alternatives that cannot hold whole keeps its
halves (`SlotModel._halves`): "Sunday the 1st with crew A, or if not Monday the 2nd with
crew B" with neither pair free still wishes for Sunday, and for crew B. A whole pair,
with its own halves, outweighs every mix of the others' halves."""

from __future__ import annotations

from slotwise.schemas import Constraint, Part
from slotwise.solvers import solve
from slotwise.solvers.solver import SolverResult

from tests.solvers.helpers import con, request, resource, span

TUE, WED, THU = "2026-11-24", "2026-11-25", "2026-11-26"
SLOW = 30.0  # a budget no loaded machine runs out of


def _pairs(strength: str = "soft") -> Constraint:
    """ "Dr Botha on Wednesday, or if not Dr Naidoo on Thursday", as one wish."""
    wed, thu = span(WED, "00:00", "23:59"), span(THU, "00:00", "23:59")
    parts = [
        Part(text="Dr Botha on Wednesday", span=(0, 21), intervals=[wed], resources=["botha"]),
        Part(text="Dr Naidoo on Thursday", span=(33, 54), intervals=[thu], resources=["naidoo"]),
    ]
    c = con("c1", "prefer", strength, spans=[wed, thu], resources=["botha", "naidoo"])
    return c.model_copy(update={"parts": parts, "rule": "choice.pairs"})


def _first(botha: list[str], naidoo: list[str]) -> tuple[str, str]:
    req = request(resources=[resource("botha", days=botha), resource("naidoo", days=naidoo)])
    result: SolverResult = solve(req, [_pairs()], time_limit_s=SLOW)
    top = result.proposals[0]
    return top.resource, top.start.date().isoformat()


def test_solver_pair_halves_kept_when_no_pair_holds() -> None:
    # Botha works Tuesday and Thursday, Naidoo Tuesday and Wednesday: neither pair holds,
    # and Tuesday (the earliest) keeps no half; Wednesday with Naidoo keeps two, the
    # first pair's day among them
    assert _first([TUE, THU], [TUE, WED]) == ("naidoo", WED)


def test_solver_pair_halves_never_outweigh_a_whole_pair() -> None:
    # Naidoo on Thursday holds the second pair whole; Wednesday with Naidoo keeps a half
    # of each pair
    assert _first([TUE], [TUE, WED, THU]) == ("naidoo", THU)
