"""Provider-and-time pairs said as alternatives: one booking, any one pair will do.

"Sam at 8 or Aoife at 7", "nurse lee after 4 or dr osei before noon, whichever",
"fri at 8 with Bea or sat at 8 with Dario", "Can I get Irena on 1/16? Or Marcus on 1/15
if she's booked" book one visit, with Sam at 8 or with Aoife at 7, never Sam at 7. Read
apart, the two providers both required could never hold together, and each time would
hold for either provider.

Two or more providers named with the same kind and strength (each alone, no time of
their own words; "anyone" after a provider named is one of every resource: "Dr Moreau
if she's in on Wednesday, otherwise Friday with anyone"), whose clauses are offered as choices (grounding's
`clauses.clause_joins` says "or" between them, or `choice_said` says one will do and no
"and" joins them), each with a time said in its own clause (`visits.own_times` with
`choice`), become one constraint: each pair a `Part` with the provider's resource and
the intersection of the pair's own times, kind and strength those of the pair. The solver
reads such parts as alternatives (`solvers.constraints.Rule.options`). Times said of
every pair ("Wednesday the 16th", "after 2 either way") stay as they were. When a
provider has no time of its own ("Sam or Aoife at 7"), nothing changes. Where the
providers are said firmly and their times as wishes ("Dr Botha at 9, or failing that Dr
Naidoo at 10" read with the times soft), or the other way round, the pairs are a wish and
the firm side stays firm for every pair: one of the providers (or one of the times) is
required.
"""

from __future__ import annotations

from slotwise.extractor.visits import own_times, split_by_clause
from slotwise.schemas import Constraint, Part, Span
from slotwise.schemas.intervals import meet

PAIRS_RULE = "choice.pairs"
"""The rule of a constraint made of (provider, time) pairs said as alternatives."""


ANYONE_RULE = "resource.anyone"
"""`pipeline.ANYONE_RULE`: "whoever is free", one of every resource."""


def _providers(constraints: list[Constraint]) -> list[Constraint]:
    """The providers named alone (one resource, no time), first said first; "anyone"
    ("otherwise Friday with anyone") after a provider named is one too."""
    seen: set[str] = set()
    out = []
    for c in sorted(constraints, key=lambda c: c.span or (0, 0)):
        if (
            c.source == "message"
            and c.span
            and c.kind in {"require", "prefer"}
            and not c.retracted
            and not c.intervals
            and not c.parts
        ):
            if len(c.resources) == 1 and c.resources[0] not in seen:
                seen.add(c.resources[0])
                out.append(c)
            elif c.rule == ANYONE_RULE and out and out[-1].rule != ANYONE_RULE:
                out.append(c)
    return out


def paired_choices(message: str, intent: str, constraints: list[Constraint]) -> list[Constraint]:
    """`constraints` with (provider, time) pairs said as alternatives made one constraint
    (rule `PAIRS_RULE`); `constraints` unchanged when the message says no such pairs."""
    if intent == "cancel":
        return constraints
    named = _providers(constraints)
    if len(named) < 2 or len({(c.kind, c.strength) for c in named}) > 1:
        return constraints
    bound = own_times(message, named, constraints, choice=True)
    if bound is None:
        return constraints
    own, clauses = bound
    split = split_by_clause(constraints, clauses)
    by_id = {c.id: c for c in split}
    times = [by_id[t] for t in own]
    if len({(t.kind, t.strength) for t in times}) > 1:
        return constraints
    parts = []
    for n, p in enumerate(named):
        mine = sorted((t for t in times if own[t.id] == n), key=lambda t: t.span or (0, 0))
        said = mine[0].intervals
        for t in mine[1:]:
            said = [
                Span(start=a, end=b)
                for a, b in meet(
                    [(x.start, x.end) for x in said], [(y.start, y.end) for y in t.intervals]
                )
            ]
        if not said:
            return constraints  # a pair whose own times never meet: not read as a pair
        words = sorted([p, *mine], key=lambda c: c.span or (0, 0))
        spans = [c.span for c in words if c.span]
        lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
        parts.append(
            Part(
                text=message[lo:hi],
                span=(lo, hi),
                intervals=said,
                resources=list(p.resources),
            )
        )
    used = {c.id for c in named} | set(own)
    first, when = named[0], times[0]
    weaker = first if first.strength == "soft" or when.strength == "hard" else when
    pairs = weaker.model_copy(
        update={
            "id": first.id,
            "text": " or ".join(p.text for p in parts),
            "span": (min(p.span[0] for p in parts), max(p.span[1] for p in parts)),
            "intervals": sorted((s for p in parts for s in p.intervals), key=lambda s: s.start),
            "resources": list(dict.fromkeys(r for p in parts for r in p.resources)),
            "parts": parts,
            "rule": PAIRS_RULE,
            "label": " or ".join(p.text for p in parts),
            "modifies": None,
        }
    )
    made = [pairs]
    if first.strength != when.strength:  # the side said firmly stays firm, for either pair
        firm = first if first.strength == "hard" else when
        items = [
            p.model_copy(update={"intervals": []} if firm is first else {"resources": []})
            for p in parts
        ]
        made.append(
            firm.model_copy(
                update={
                    "id": when.id if firm is when else f"{first.id}.1",
                    "text": " or ".join(c.text or "" for c in (named if firm is first else times)),
                    "intervals": [] if firm is first else pairs.intervals,
                    "resources": pairs.resources if firm is first else [],
                    "parts": items,
                    "modifies": None,
                }
            )
        )
    out: list[Constraint] = []
    for c in split:
        if c.id == first.id:
            out += made
        elif c.id not in used:
            out.append(c)
    return out
