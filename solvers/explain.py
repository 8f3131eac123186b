"""When nothing fits: a smallest conflicting set, a question, and what dropping each part gives.

The conflict is found on an "assume"-mode model (`model.SlotModel`): every hard rule and
the resources' free time ("availability") sit behind an assumption literal. When the
free time alone leaves no slot, that is the whole conflict and no rule is named. CP-SAT,
on one worker and with no objective, returns a sufficient set of assumptions for the
infeasibility; deletion then shrinks it to a *minimal* one: each member in turn is left
out and, if the rest still cannot hold, it goes (and the solver's new, smaller core is
taken as the set). The hard rules are first tried without the availability: if they
conflict on an unrestricted calendar (any grid time inside the booking window, with any
resource) the set is found among them alone. Otherwise availability is assumed too and
tried first in the deletion; so it is named only when it takes part, when the other
members could all hold on an unrestricted calendar but not on the real one.

What stays on in every check (the *background*): the booking window (notice, horizon),
the step grid, durations, needs, gaps between appointments and no double booking. If
the background alone admits nothing, the conflict is named "booking_rules".
"""

from __future__ import annotations

from dataclasses import dataclass

from slotwise.schemas import Clarification, Conflict, Proposal, Relaxation
from slotwise.solvers.candidates import Instance
from slotwise.solvers.constraints import Rule
from slotwise.solvers.model import AVAILABILITY, Deadline, SlotModel
from slotwise.solvers.rank import top_k
from slotwise.solvers.words import join_words, phrase, when_words

BOOKING_RULES = "booking_rules"


@dataclass
class Core:
    members: list[str]  # minimal: rule ids, and AVAILABILITY when it takes part
    before: list[str]  # the solver's first core, before minimisation
    checks: int  # solves spent
    complete: bool  # False when the time ran out or a check came back unknown


def minimal_conflict(inst: Instance, rules: list[Rule], deadline: Deadline) -> Core | None:
    """A minimal set of hard rules (and availability) that cannot hold together.

    None when the assume-mode model is not proved infeasible (out of time).
    """
    sm = SlotModel(inst, [r for r in rules if r.hard], "assume")
    name_of = {lit.index: name for name, lit in sm.assume.items()}

    def check(subset: list[str]) -> tuple[str, list[str]]:
        if deadline.spent():
            return "OUT_OF_TIME", []
        sm.model.clear_assumptions()
        sm.model.add_assumptions([sm.assume[n] for n in subset])
        status, _found, solver = sm.solve(deadline)
        if status != "INFEASIBLE":
            return status, []
        got = {name_of[i] for i in solver.sufficient_assumptions_for_infeasibility()}
        return status, [n for n in subset if n in got]

    # The free time alone first: when it leaves no slot at all, no hard rule takes part
    # (naming one would offer a relaxation that gives nothing), so the conflict is the
    # availability, or the booking rules when even an unrestricted calendar has no slot.
    status, core = check([AVAILABILITY])
    if status == "INFEASIBLE":
        return Core(members=core, before=list(core), checks=sm.solves, complete=True)

    # The user's own words first: if the hard rules conflict on an unrestricted calendar,
    # the conflict is among them and availability need not be named at all.
    words_only = [n for n in sm.assume if n != AVAILABILITY]
    status, core = check(words_only)
    if status != "INFEASIBLE":
        status, core = check(list(sm.assume))
    if status != "INFEASIBLE":
        return None
    before, complete = list(core), True
    for member in list(core):
        if member not in core:
            continue
        if deadline.spent():
            complete = False
            break
        trial = [n for n in core if n != member]
        status, smaller = check(trial)
        if status == "INFEASIBLE":
            core = smaller if set(smaller) <= set(trial) else trial
        elif status not in ("OPTIMAL", "FEASIBLE"):
            complete = False  # unknown: keep the member, the set is still conflicting
    return Core(members=core, before=before, checks=sm.solves, complete=complete)


def clarify(
    inst: Instance, rules: list[Rule], k: int, deadline: Deadline
) -> tuple[Clarification, dict[str, object]]:
    """The clarification for an infeasible request, with what went into it."""
    core = minimal_conflict(inst, rules, deadline)
    info: dict[str, object]
    if core is None:  # not proved: name availability, the most common cause
        members, info = [AVAILABILITY], {"core_found": False}
    else:
        members = core.members or [BOOKING_RULES]
        info = {
            "core_before": core.before,
            "core_after": core.members,
            "core_checks": core.checks,
            "core_minimal": core.complete,
        }
    by_id = {r.id: r for r in rules}
    conflicts = [Conflict(id=m, text=_conflict_text(inst, m, by_id, members)) for m in members]
    relaxations: list[Relaxation] = []
    complete = core is not None and core.complete
    for m in members:
        if m in by_id:
            kept = [r for r in rules if r.id != m]
            proposals, relaxed = top_k(inst, kept, k, deadline)
            complete = complete and bool(relaxed["complete"])
            for p in proposals:
                p.violated = [v for v in p.violated if v != m]
            relaxations.append(Relaxation(drop=[m], proposals=proposals))
    question = _question(inst, members, by_id, relaxations)
    info["complete"] = complete
    return Clarification(question=question, conflicts=conflicts, relaxations=relaxations), info


def providers(inst: Instance, members: list[str], by_id: dict[str, Rule]) -> list[str]:
    """Names of the resources the conflict is about: those the set's rules point at,
    else every resource an appointment may use."""
    pointed: set[int] = set()
    for m in members:
        rule = by_id.get(m)
        if rule and rule.inside and rule.resources:
            pointed |= rule.resources
    pool = pointed or {r for app in inst.apps for need in app.needs for r in need}
    return [inst.resources[i].name for i in sorted(pool)]


def _conflict_text(inst: Instance, m: str, by_id: dict[str, Rule], members: list[str]) -> str:
    if m in by_id:
        return by_id[m].words
    if m == AVAILABILITY:
        names = providers(inst, members, by_id)
        if not names:
            return "open hours (no resource is listed)"
        if len(names) == 1:
            return f"{names[0]}'s open hours"
        return f"the open hours of {join_words(names)}"
    return _window_words(inst)


def _window_words(inst: Instance) -> str:
    rules = inst.request.rules
    text = f"the booking window (the next {rules.horizon_days} days"
    if rules.min_notice_minutes:
        text += f", at least {rules.min_notice_minutes} minutes ahead"
    text += f", on a {rules.slot_step_minutes}-minute grid)"
    if inst.gaps:
        text += f" with the spacing between the {len(inst.apps)} appointments"
    return text


def _question(
    inst: Instance, members: list[str], by_id: dict[str, Rule], relaxations: list[Relaxation]
) -> str:
    rules = [by_id[m] for m in members if m in by_id]
    horizon = inst.request.rules.horizon_days
    if BOOKING_RULES in members:
        return (
            f"Nothing can be booked within {_window_words(inst)}. "
            "Could the appointments be fewer, shorter or closer together?"
        )
    if AVAILABILITY in members:
        who = [r for r in rules if r.inside and r.resources and r.spans is None]
        what = [r for r in rules if r not in who]
        names = [r.words for r in who] or providers(inst, members, by_id)
        subject = join_words(names) if names else "No one"
        verb = "has" if len(names) <= 1 else "have"
        if not names:
            verb = "has"
        several = f" for all {len(inst.apps)} appointments" if len(inst.apps) > 1 else ""
        if what:
            lead = f"{subject} {verb} no open time{several} that fits {_and(what)}."
        else:
            lead = f"{subject} {verb} no open time{several} in the next {horizon} days."
    elif len(rules) == 1:
        lead = f"Nothing that can be booked in the next {horizon} days fits {_and(rules)}."
    else:
        lead = f"{_and(rules)} cannot all hold together."
    offers = []
    for relax in relaxations:
        if relax.proposals:
            offers.append(_offer(inst, relax.proposals[0], by_id[relax.drop[0]]))
    if offers:
        return f"{lead} Would {join_words(offers, 'or')} work?"
    if rules:
        return f"{lead} Which of {_and(rules)} could change?"
    return f"{lead} Could another time or another provider work?"


def _and(rules: list[Rule]) -> str:
    return join_words([f'"{phrase(r)}"' for r in rules])


def _offer(inst: Instance, p: Proposal, dropped: Rule) -> str:
    names = {r.id: r.name for r in inst.resources}
    who = join_words([names[r] for r in p.resources])
    return f'{when_words(p.start)} with {who} (without "{phrase(dropped)}")'
