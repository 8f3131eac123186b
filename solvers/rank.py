"""From solutions to ranked `Proposal`s: score, satisfied and violated ids, one line of words.

Ranking is the solver's: the k-th proposal is the best solution left once the first k-1
are forbidden (see `model.SlotModel.exclude`). Here each solution is read back against
every rule in plain Python, hard ones included, independently of the model's literals,
so what a proposal claims about itself is checked arithmetic, not an echo of the solver:
a hard rule the model failed to enforce shows up in `violated` (and `broken_hard` in the
solver's detail), where any test that reads a proposal sees it.

score = (soft weight met) / (all soft weight), where a soft rule over several
appointments counts the share of them it holds for; 1.0 when there is no soft rule.
"""

from __future__ import annotations

from slotwise.schemas import Booking, Proposal
from slotwise.solvers.candidates import Instance
from slotwise.solvers.constraints import Rule
from slotwise.solvers.model import Assignment, Deadline, SlotModel
from slotwise.solvers.words import explain


def rule_holds(inst: Instance, rule: Rule, found: Assignment, a: int) -> bool:
    app = inst.apps[a]
    start = inst.grid.times[found.starts[a]] * 60
    return rule.holds(start, start + app.duration * 60, set(found.resources[a]))


def proposal(inst: Instance, rules: list[Rule], found: Assignment, rank: int) -> Proposal:
    """The contract's `Proposal` for one solution."""
    satisfied: list[str] = []
    violated: list[str] = []
    met = total = 0.0
    met_rules: list[Rule] = []
    missed: list[Rule] = []
    for rule in rules:
        share = [rule_holds(inst, rule, found, a) for a in rule.scope]
        if not rule.hard:
            total += rule.weight
            met += rule.weight * sum(share) / len(share)
        if all(share):
            satisfied.append(rule.id)
            met_rules.append(rule)
        else:
            violated.append(rule.id)
            missed.append(rule)
    bookings = [
        Booking(
            appointment=app.id,
            resources=[inst.resources[r].id for r in found.resources[app.pos]],
            start=inst.grid.at(found.starts[app.pos]),
            end=inst.grid.at(found.starts[app.pos], app.duration),
        )
        for app in inst.apps
    ]
    used: list[str] = []
    for b in bookings:
        used.extend(r for r in b.resources if r not in used)
    return Proposal(
        rank=rank,
        resource=bookings[0].resources[0],
        resources=used,
        start=min(b.start for b in bookings),
        end=max(b.end for b in bookings),
        score=round(met / total, 4) if total else 1.0,
        satisfied=satisfied,
        violated=violated,
        explanation=explain(inst, met_rules, missed, bookings, used),
        bookings=bookings if len(bookings) > 1 else [],
    )


def top_k(
    inst: Instance,
    rules: list[Rule],
    k: int,
    deadline: Deadline,
    *,
    earliest: bool = False,
    latest: bool = False,
) -> tuple[list[Proposal], dict[str, object]]:
    """Up to `k` distinct proposals, best first, each from one solve of the same model.

    After each pick the model forbids that (resources, start) and charges any later
    pick on the same local day a penalty smaller than one preference unit: equal-scored
    options spread over days ("9:00 Tue, 9:00 Wed") before they crowd one ("9:00, 9:15").
    With `earliest` ("asap") there is no such charge: the earliest open slots come first;
    with `latest` ("as late as possible", "the last slot of the day") the latest do.
    """
    sm = SlotModel(inst, rules, "fold")
    sm.set_objective(k, earliest=earliest, latest=latest)
    found: list[Assignment] = []
    statuses: list[str] = []
    for _ in range(k):
        if deadline.spent():
            statuses.append("OUT_OF_TIME")
            break
        status, got, _solver = sm.solve(deadline)
        statuses.append(status)
        if status == "MODEL_INVALID":  # a fault of ours, never an answer
            raise RuntimeError(f"CP-SAT model invalid: {sm.model.validate()}")
        if got is None:
            break
        found.append(got)
        sm.exclude(got)
        sm.set_objective(k, earliest=earliest, latest=latest)
    proposals = [proposal(inst, rules, a, i + 1) for i, a in enumerate(found)]
    # Each pick is optimal for what is left, so scores already fall; a pick cut short by
    # the time limit may not be, and a stable sort keeps the order honest all the same.
    proposals.sort(key=lambda p: -p.score)
    for i, p in enumerate(proposals):
        p.rank = i + 1
    hard = {r.id for r in rules if r.hard}
    info: dict[str, object] = {
        "status": statuses[0] if statuses else "OUT_OF_TIME",
        "statuses": statuses,
        "broken_hard": [[p.rank, v] for p in proposals for v in p.violated if v in hard],
        # Finished: every pick proved best (OPTIMAL) and the search stopped because k
        # were found or nothing was left (INFEASIBLE), not because the time ran out.
        "complete": all(s in ("OPTIMAL", "INFEASIBLE") for s in statuses) and bool(statuses),
        "objectives": [a.objective for a in found],
        **sm.stats(),
    }
    return proposals, info
