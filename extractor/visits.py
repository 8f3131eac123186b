"""Several visits from one message: grounding's `VisitsSaidTogether` fact + the reader's
labels.

A message that books two people at once or two services one after the other is read
as several appointments, not as one visit that needs every provider named:

- the words that relate the visits come from grounding (`together.visits_together`);
- the visits come from the constraints built on the reader's labels: one visit per
  provider labelled a hard require (one resource each, in the order said), each such
  constraint scoped to its visit; with no provider named, "at the same time" (not
  "together") makes as many visits as the people counted ("for 2 ppl", "me and my
  friend"), each with whoever is free and different from the others. "Can we come
  together ... w patel" is one visit for both with Patel, as writers label it.

Each visit may have its own time (`own_times`): "9:00 for the dog with Dr Botha and
9:30 for the cat with Dr Naidoo", "court 1 Monday 17th 7pm, and court 2 Wednesday 19th
7pm", "chen 3:30 + osei 3:45 wed nov 3". Two or more providers named in clauses joined
as more of the same (grounding's `clauses.clause_joins`, not "or", and no "whichever"
said) are as many visits even with no relation said, when each provider's clause holds
a time of its own. A time is a visit's own when it lies in its provider's clause with
no clause break between the two, or when the reader says it `modifies` one that is;
any other time ("Can I book 2 slots for Tuesday 21st: ...", the day said once after
the last clause: "osei 3:45 wed nov 3" where Chen's clause names no day) holds for every
visit. Where the binding is unclear (a clause with no time of its own, providers with
no break between them), every time holds for every visit, as before.

The solver gets a typed request (`Appointment`s with their own resource sets, and a
`Gap` of 0 minutes or a `Together` relation); every other constraint applies to every
visit. A relation said with one visit only ("Saturday, same time") makes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from slotwise.extractor.back_to_back import visits_counted, visits_in_a_row
from slotwise.extractor.grounding.clauses import Join, choice_said, clause_joins
from slotwise.extractor.together import VisitRelation, visits_together
from slotwise.extractor.windows import overlaps
from slotwise.schemas import Appointment, Constraint, Gap, Part, Together

MAX_VISITS = 6
"""More people than this at once is a group booking (a table, a class), not visits."""

# A move or a cancellation is about a slot already held: "same time" there is its clock.
_NOT_NEW = frozenset({"cancel", "reschedule"})


@dataclass(frozen=True)
class Visits:
    """The visits a message books together and how they relate."""

    relation: VisitRelation | None  # None: visits apart, each with its own time
    text: str  # the words that say so, and where ("" when no relation is said)
    span: tuple[int, int]
    ids: tuple[str, ...]  # appointment ids, in the order said
    providers: tuple[str | None, ...]  # per visit, the constraint naming its provider
    times: tuple[tuple[str, str], ...] = ()
    """(time constraint id, appointment id): the times said of one visit only."""
    clauses: Clauses | None = None
    """Where each visit's clause lies, when its times are its own (`own_times`)."""

    def appointments(self) -> list[Appointment]:
        return [Appointment(id=a) for a in self.ids]

    def gaps(self) -> list[Gap]:
        if self.relation != "back_to_back":
            return []
        return [
            Gap(first=a, then=b, min_minutes=0, max_minutes=0)
            for a, b in zip(self.ids, self.ids[1:], strict=False)
        ]

    def together(self) -> list[Together]:
        if self.relation is None or self.relation == "back_to_back":
            return []
        return [Together(appointments=list(self.ids), relation=self.relation)]


def _named(constraints: list[Constraint]) -> list[Constraint]:
    """The providers the message asks for, one a constraint, first said first."""
    seen: set[str] = set()
    out = []
    for c in sorted(constraints, key=lambda c: c.span or (0, 0)):
        if (
            c.source == "message"
            and c.kind == "require"
            and c.strength == "hard"
            and not c.retracted
            and not c.intervals
            and not c.parts
            and len(c.resources) == 1
            and c.resources[0] not in seen
        ):
            seen.add(c.resources[0])
            out.append(c)
    return out


def _said(c: Constraint) -> list[tuple[int, int]]:
    """The words a constraint was said in: each item of a list, else its span."""
    return [p.span for p in c.parts] or ([c.span] if c.span else [])


def _meets(a: Constraint, b: Constraint) -> bool:
    """Some time of `a` is a time of `b` too: both can hold for one visit."""
    return any(x.start < y.end and y.start < x.end for x in a.intervals for y in b.intervals)


def _cuts(named: list[Constraint], joins: list[Join], choice: bool = False) -> list[Join] | None:
    """Where the clause of each provider ends and the next begins: the last join between
    the two that has a word ("and", "+", ", and then"), else the last comma; None when
    two providers have no join between them, or when the join offers a choice ("or") and
    `choice` is false, or offers none (it is "and" or "+") and `choice` is true."""
    cuts = []
    for a, b in pairwise(named):
        assert a.span and b.span
        between = [j for j in joins if a.span[1] <= j.span[0] and j.span[1] <= b.span[0]]
        worded = [j for j in between if j.has_word] or between
        if not worded or (worded[-1].choice != choice and (not choice or worded[-1].has_word)):
            return None
        cuts.append(worded[-1])
    return cuts


@dataclass(frozen=True)
class Clauses:
    """The clause of each visit's provider: visit n's words lie in `[starts[n], ends[n])`."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def of(self, span: tuple[int, int]) -> int | None:
        """The visit whose clause holds `span`, or None (it crosses a clause break)."""
        return next(
            (
                n
                for n, (lo, hi) in enumerate(zip(self.starts, self.ends, strict=True))
                if lo <= span[0] and span[1] <= hi
            ),
            None,
        )


def _wished(constraints: list[Constraint]) -> list[Constraint]:
    """The times the message wishes for, in the order said."""
    return sorted(
        (
            c
            for c in constraints
            if c.source == "message"
            and c.span
            and c.intervals
            and c.kind != "exclude"
            and not c.retracted
            and not c.resources
        ),
        key=lambda c: c.span or (0, 0),
    )


def split_by_clause(constraints: list[Constraint], clauses: Clauses) -> list[Constraint]:
    """`constraints` with each list of times said across visits' clauses cut into one
    constraint per clause: grounding joins "court 1 Monday 17th 7pm, and court 2
    Wednesday 19th 7pm" into one list of two days (either will do), while each day is
    one visit's. A piece keeps the list's id with its number ("c2.1", "c2.2")."""
    wished = {c.id for c in _wished(constraints)}
    out = []
    for c in constraints:
        by: dict[int | None, list[Part]] = {}
        for p in c.parts if c.id in wished else []:
            by.setdefault(clauses.of(p.span), []).append(p)
        if len(by) < 2 or None in by:
            out.append(c)
            continue
        for k, parts in enumerate(by.values(), start=1):
            said = [iv for p in parts for iv in p.intervals]
            span = (parts[0].span[0], parts[-1].span[1])
            update = {
                "id": f"{c.id}.{k}",
                "text": " ... ".join(p.text for p in parts),
                "span": span,
                "intervals": said,
                "parts": parts if len(parts) > 1 else [],
                "targets": [t for t in c.targets if any(iv.start <= t < iv.end for iv in said)],
                "edges": [t for t in c.edges if any(iv.start <= t <= iv.end for iv in said)],
            }
            out.append(c.model_copy(update=update))
    return out


def own_times(
    message: str, named: list[Constraint], constraints: list[Constraint], choice: bool = False
) -> tuple[dict[str, int], Clauses] | None:
    """Per time said of one visit only, that visit (its place in `named`, the providers in
    the order said), and the visits' clauses; None when some visit has no time of its
    own or the clauses are offered as choices. Times said of every visit are not in the
    answer. Ids are those of `split_by_clause(constraints, clauses)`.
    With `choice`, the clauses must be offered as choices instead ("Sam at 8 or Aoife at
    7", "Irena on 1/16? If not, Marcus on 1/15"): each is then one alternative of a
    single visit (`paired_choices.py`); a clause joined by punctuation alone is a choice
    when the message says one will do ("whichever is free", "if not")."""
    if len(named) < 2 or (not choice and choice_said(message)):
        return None  # "Sam at 8 or Aoife at 7, whichever is free": one visit
    said = [s for c in constraints for s in _said(c)]
    joins = [j for j in clause_joins(message) if not any(overlaps(j.span, s) for s in said)]
    offered = joins
    if choice and not choice_said(message):
        offered = [j for j in joins if j.has_word]  # a comma alone offers no choice
    cuts = _cuts(named, offered, choice)
    if cuts is None:
        return None
    clauses = Clauses((0, *(c.span[1] for c in cuts)), (*(c.span[0] for c in cuts), len(message)))
    times = _wished(split_by_clause(constraints, clauses))
    own: dict[str, int] = {}
    for t in times:
        assert t.span
        n = clauses.of(t.span)
        if n is None:
            continue
        p = named[n].span
        assert p
        gap = (t.span[1], p[0]) if t.span[1] <= p[0] else (p[1], t.span[0])
        if not any(gap[0] <= j.span[0] and j.span[1] <= gap[1] for j in joins):
            own[t.id] = n  # no clause break between the time and its provider
    for t in times:  # what narrows a visit's own time is its own too ("ideally the afternoon")
        if t.id not in own and t.modifies in own:
            own[t.id] = own[t.modifies]
    _said_once(own, times, len(named))
    if set(own.values()) != set(range(len(named))):
        return None  # a visit with no time of its own: unclear, every time holds for all
    return own, clauses


def _said_once(own: dict[str, int], times: list[Constraint], count: int) -> None:
    """A time said at the very edge of the first or the last clause, beyond that visit's
    other own times and able to hold for every other visit, is said of all: "chen 3:30 +
    osei 3:45 wed nov 3" (the day of both), not "court 1 7am Friday, court 2 7am
    Saturday" (Saturday is no time of court 1's visit)."""
    heads = {
        n: [t for t in times if own.get(t.id) == n and t.modifies not in own] for n in range(count)
    }
    for n, edge in ((count - 1, -1), (0, 0)):
        if len(heads[n]) < 2 or any(len(heads[m]) >= len(heads[n]) for m in heads if m != n):
            continue
        said = heads[n][edge]
        if said is not times[edge]:
            continue
        others = [t for t in times if t.id in own and own[t.id] != n]
        if others and all(_meets(said, o) for o in others):
            del own[said.id]
            for t in times:
                if t.modifies == said.id:
                    own.pop(t.id, None)


def read_visits(message: str, intent: str, constraints: list[Constraint]) -> Visits | None:
    """The visits `message` books together, or None when it books one visit."""
    if intent in _NOT_NEW:
        return None
    said = visits_together(message)  # most messages say no relation: the cheap test first
    if said is None:
        return _apart(message, constraints)
    if visits_in_a_row(message) is not None:
        return None  # "back to back" with no provider said is one long visit (`back_to_back`)
    named = _named(constraints)
    if len(named) >= 2:
        count = len(named)
        providers: tuple[str | None, ...] = tuple(c.id for c in named)
    elif said.relation == "same_start" and not named and said.strong:
        count = visits_counted(message, people_only=True) or 0
        providers = (None,) * count
    else:
        return None
    if not 2 <= count <= MAX_VISITS:
        return None
    ids = tuple(f"v{n + 1}" for n in range(count))
    bound = None  # visits right after each other keep one stay's times (`scoped`)
    if said.relation != "back_to_back" and len(named) >= 2:
        bound = own_times(message, named, constraints)
    if bound is None:
        return Visits(said.relation, said.text, said.span, ids, providers)
    own, clauses = bound
    times = tuple((t, ids[n]) for t, n in own.items())
    return Visits(said.relation, said.text, said.span, ids, providers, times, clauses)


def _apart(message: str, constraints: list[Constraint]) -> Visits | None:
    """Visits with no relation said, each provider with a time of its own: "court 1
    Monday 17th 7pm, and court 2 Wednesday 19th 7pm"."""
    named = _named(constraints)
    if not 2 <= len(named) <= MAX_VISITS:
        return None
    bound = own_times(message, named, constraints)
    if bound is None:
        return None
    own, clauses = bound
    ids = tuple(f"v{n + 1}" for n in range(len(named)))
    times = tuple((t, ids[n]) for t, n in own.items())
    return Visits(None, "", (0, 0), ids, tuple(c.id for c in named), times, clauses)


def scoped(constraints: list[Constraint], visits: Visits) -> list[Constraint]:
    """`constraints` with each provider's constraint applying to its own visit only, and
    each time said of one visit (`own_times`) to that visit.
    Visits one right after the other are one stay: the times it is wished for ("Friday
    the 19th at 10 with Castillo and then right after ...") say when the first begins,
    while a time ruled out holds for every visit."""
    if visits.clauses is not None:
        constraints = split_by_clause(constraints, visits.clauses)
    own = {cid: aid for aid, cid in zip(visits.ids, visits.providers, strict=True) if cid}
    own.update(visits.times)
    first = visits.ids[0]
    out = []
    for c in constraints:
        if c.id in own:
            c = c.model_copy(update={"appointments": [own[c.id]]})
        elif visits.relation == "back_to_back" and c.intervals and c.kind != "exclude":
            c = c.model_copy(update={"appointments": [first]})
        out.append(c)
    return out
