"""Several visits from one message: grounding's `Together` fact + the reader's labels.

A message that books two people at once or two services one after the other is read
as several appointments, not as one visit that needs every provider named:

- the words that relate the visits come from grounding (`together.visits_together`);
- the visits come from the constraints built on the reader's labels: one visit per
  provider labelled a hard require (one resource each, in the order said), each such
  constraint scoped to its visit; with no provider named, "at the same time" (not
  "together") makes as many visits as the people counted ("for 2 ppl", "me and my
  friend"), each with whoever is free and different from the others. "Can we come
  together ... w patel" is one visit for both with Patel, as writers label it.

The solver gets a typed request (`Appointment`s with their own resource sets, and a
`Gap` of 0 minutes or a `Together` relation); every other constraint applies to every
visit. A relation said with one visit only ("Saturday, same time") makes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from slotwise.extractor.back_to_back import visits_counted, visits_in_a_row
from slotwise.extractor.together import VisitRelation, visits_together
from slotwise.schemas import Appointment, Constraint, Gap, Together

MAX_VISITS = 6
"""More people than this at once is a group booking (a table, a class), not visits."""

# A move or a cancellation is about a slot already held: "same time" there is its clock.
_NOT_NEW = frozenset({"cancel", "reschedule"})


@dataclass(frozen=True)
class Visits:
    """The visits a message books together and how they relate."""

    relation: VisitRelation
    text: str  # the words that say so, and where
    span: tuple[int, int]
    ids: tuple[str, ...]  # appointment ids, in the order said
    providers: tuple[str | None, ...]  # per visit, the constraint naming its provider

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
        if self.relation == "back_to_back":
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


def read_visits(message: str, intent: str, constraints: list[Constraint]) -> Visits | None:
    """The visits `message` books together, or None when it books one visit."""
    if intent in _NOT_NEW:
        return None
    said = visits_together(message)  # most messages say no relation: the cheap test first
    if said is None or visits_in_a_row(message) is not None:
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
    return Visits(said.relation, said.text, said.span, ids, providers)


def scoped(constraints: list[Constraint], visits: Visits) -> list[Constraint]:
    """`constraints` with each provider's constraint applying to its own visit only.
    Visits one right after the other are one stay: the times it is wished for ("Friday
    the 19th at 10 with Castillo and then right after ...") say when the first begins,
    while a time ruled out holds for every visit."""
    own = {cid: aid for aid, cid in zip(visits.ids, visits.providers, strict=True) if cid}
    first = visits.ids[0]
    out = []
    for c in constraints:
        if c.id in own:
            c = c.model_copy(update={"appointments": [own[c.id]]})
        elif visits.relation == "back_to_back" and c.intervals and c.kind != "exclude":
            c = c.model_copy(update={"appointments": [first]})
        out.append(c)
    return out
