"""Wishes for one resource or another said apart ("Nadia ideally but Gary works"): the
one said first is the first choice (`constraints.first_said`), one objective unit above
the others, below any stated preference and above every tie-break."""

from __future__ import annotations

from slotwise.schemas import Constraint, ScheduleRequest
from slotwise.solvers import solve
from slotwise.solvers.constraints import first_said, read_rules
from slotwise.solvers.solver import SolverResult

from tests.solvers.helpers import con, request, resource, span

WED = "2026-11-25"
SLOW = 30.0  # a budget no loaded machine runs out of


def _req() -> ScheduleRequest:
    # Dr. Smith (listed first) is free from 9, Dr. Patel only from 14
    return request(resources=[resource("dr-smith"), resource("dr-patel", start="14:00")])


def _firsts(result: SolverResult) -> list[tuple[str, str]]:
    return [(p.resource, p.start.isoformat()[11:16]) for p in result.proposals]


def test_solver_first_choice_wins_over_earliness_and_resource_order() -> None:
    wed = con("day", "require", spans=[span(WED, "09:00", "17:00")])
    patel = con("c1", "prefer", "soft", resources=["dr-patel"])
    smith = con("c2", "prefer", "soft", resources=["dr-smith"])
    got = _firsts(solve(_req(), [wed, patel, smith], time_limit_s=SLOW))
    assert got[0] == ("dr-patel", "14:00")
    # said the other way round, Dr. Smith at 9 comes first
    got = _firsts(solve(_req(), [wed, smith, patel], time_limit_s=SLOW))
    assert got[0] == ("dr-smith", "09:00")


def test_solver_first_choice_never_outweighs_a_stated_preference() -> None:
    wed = con("day", "require", spans=[span(WED, "09:00", "17:00")])
    patel = con("c1", "prefer", "soft", resources=["dr-patel"])
    smith = con("c2", "prefer", "soft", resources=["dr-smith"])
    morning = con("c3", "prefer", "soft", spans=[span(WED, "09:00", "12:00")], weight=0.2)
    got = _firsts(solve(_req(), [wed, patel, smith, morning], time_limit_s=SLOW))
    assert got[0] == ("dr-smith", "09:00")
    # a heavier wish is the first choice whatever the order
    heavy = smith.model_copy(update={"weight": 2.0})
    got = _firsts(solve(_req(), [wed, patel, heavy], time_limit_s=SLOW))
    assert got[0] == ("dr-smith", "09:00")


def test_solver_first_choice_only_between_resource_wishes_said_apart() -> None:
    req = _req()
    t0 = req.now
    patel = con("c1", "prefer", "soft", resources=["dr-patel"])
    smith = con("c2", "prefer", "soft", resources=["dr-smith"])
    either = con("c3", "prefer", "soft", resources=["dr-smith", "dr-patel"])
    must = con("c4", "require", resources=["dr-patel"])
    morning = con("c5", "prefer", "soft", spans=[span(WED, "09:00", "12:00")])

    def first(*cs: Constraint) -> str | None:
        rules, _ = read_rules(list(cs), req, t0)
        r = first_said(rules)
        return r.id if r else None

    assert first(patel, smith) == "c1"
    assert first(smith, patel, morning) == "c2"  # a time wish is no rival
    assert first(patel) is None
    assert first(patel, must) is None  # a must is no wish
    assert first(patel, either) is None  # Dr. Patel wished for twice
    assert first(patel, smith.model_copy(update={"weight": 2.0})) is None
