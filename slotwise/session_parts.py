"""Small pieces of a session's turn (`slotwise.sessions`): what the next turn picks from,
the turn request from the caller's arguments, constraint ids kept unique across the
session, a picked slot as a proposal, and a booked range's length carried to a move."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from slotwise import conversation as conv
from slotwise.conversation_rules import leaves_provider_open
from slotwise.schemas import Constraint, Proposal, ScheduleRequest, from_validation_error
from slotwise.schemas.session import TurnRequest

if TYPE_CHECKING:
    from slotwise.extractor.pipeline import MessageReading

NO_SLOT = frozenset({"cancel", "other"})


def shown_next(
    proposals: list[Proposal], clarification: Any, shown: list[dict[str, Any]], goal: str
) -> list[dict[str, Any]]:
    """What the next turn's "the second one" picks from: this turn's proposals; after a
    question, the options it offered (the relaxations' proposals, in order); after a
    turn with no slot (a question about price), still the last ones shown; after a
    cancellation, nothing."""
    if goal == "cancel":
        return []
    if not proposals and clarification is not None:
        proposals = [p for r in clarification.relaxations for p in r.proposals]
    if not proposals and goal in NO_SLOT:
        return shown
    keep = {"rank", "resource", "start", "end"}
    return [
        {**p.model_dump(mode="json", include=keep), "rank": n}
        for n, p in enumerate(proposals, start=1)
    ]


def utc(ts: float | None) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC) if ts else None


def turn_request(
    message: str | TurnRequest | dict[str, Any],
    now: datetime | str | None,
    shown: list[dict[str, Any]] | None,
    resources: list[dict[str, Any]] | None,
    constraints: list[dict[str, Any]] | None,
) -> TurnRequest:
    if isinstance(message, TurnRequest):
        return message
    data: dict[str, Any] = dict(message) if isinstance(message, dict) else {"message": message}
    for key, value in (
        ("now", now),
        ("shown", shown),
        ("resources", resources),
        ("constraints", constraints),
    ):
        if value is not None:
            data[key] = value
    try:
        return TurnRequest.model_validate(data)
    except ValidationError as exc:
        raise from_validation_error(exc, input=data) from None


def renumber(
    new: list[Constraint], held: list[conv.Held], req: ScheduleRequest
) -> list[Constraint]:
    """Ids unique across the session and apart from the caller's own."""
    taken = {h.constraint.id for h in held} | {c.id for c in req.constraints}
    out = []
    n = 1
    mapping: dict[str, str] = {}
    for c in new:
        while f"c{n}" in taken:
            n += 1
        mapping[c.id] = f"c{n}"
        taken.add(f"c{n}")
        out.append(c)
    return [
        c.model_copy(
            update={
                "id": mapping[c.id],
                "modifies": mapping.get(c.modifies) if c.modifies else None,
            }
        )
        for c in out
    ]


def of_every_resource(held: list[conv.Held], req: ScheduleRequest) -> list[conv.Held]:
    """What holds, with each "whoever is free" (`leaves_provider_open`) standing for every
    resource of this turn's request: a turn may bring fresh availability, and a provider
    new to it is one of "whoever"."""
    every = [r.id for r in req.resources]
    return [
        conv.Held(h.constraint.model_copy(update={"resources": every}), h.turn)
        if leaves_provider_open(h.constraint) and every and h.constraint.resources != every
        else h
        for h in held
    ]


def as_proposal(p: conv.Pick) -> dict[str, Any]:
    shown = p.proposal
    return {
        "rank": 1,
        "resource": shown["resource"],
        "start": shown["start"],
        "end": shown["end"],
        "score": 1.0,
        "explanation": f"the slot you picked (option {p.rank} as shown)"
        if p.shown
        else "the slot you named",
    }


def still_open(proposal: dict[str, Any], req: ScheduleRequest) -> bool:
    start = datetime.fromisoformat(str(proposal["start"]))
    end = datetime.fromisoformat(str(proposal["end"]))
    for r in req.resources:
        if r.id != proposal["resource"]:
            continue
        if not r.open and not r.weekly_hours and not r.ical:
            return True
        if any(iv.start <= start and end <= iv.end for iv in r.open):
            return not any(b.start < end and start < b.end for b in r.busy)
    return False


def range_length(
    state: dict[str, Any], held: list[conv.Held], reading: MessageReading
) -> int | None:
    """The length an earlier turn read from a range that is the booking itself ("court 2
    from 6 to 8": 120), while that range still holds and this turn says no range of its
    own ("can we shift it to 5 to 7"); a new booking that drops the range drops its
    length too."""
    said = state.get("range_length")
    if not said or reading.ranges:
        return None
    a, b = said["span"]
    for h in held:
        span = h.constraint.span
        if h.turn == said["turn"] and span is not None and span[0] <= a and b <= span[1]:
            return int(said["minutes"])
    return None
