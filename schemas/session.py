"""Conversations: what a session is created with, what a turn sends, what it answers.

A session's settings are a request without `message`/`now` (`SessionSettings`); a turn
sends a message, its `now` and what the customer was shown (`TurnRequest`); the answer
is a result plus what changed (`TurnResult`). See CONTRACT.md, "Conversations".
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field
from slotwise.schemas.request import (
    MAX_CONSTRAINTS,
    MAX_MESSAGE_CHARS,
    MAX_RESOURCES,
    Resource,
    ScheduleRequest,
    StructuredConstraint,
)
from slotwise.schemas.result import Constraint, Proposal, ScheduleResult

# Every field of a request except the per-turn ones (message, now, history).
TURN_FIELDS = frozenset({"message", "now", "history"})
SESSION_FIELDS = frozenset(ScheduleRequest.model_fields) - TURN_FIELDS
MAX_SHOWN = 50


class ShownProposal(BaseModel):
    """A proposal the customer was shown (`rank`, `resource`, `start`, `end`)."""

    model_config = ConfigDict(extra="ignore")

    rank: int = Field(ge=1)
    resource: str
    start: datetime
    end: datetime


class TurnRequest(BaseModel):
    """One customer turn. `resources` and `constraints` (optional) replace the session's
    availability and add structured constraints from this turn on."""

    model_config = ConfigDict(extra="forbid")

    message: Annotated[str, Field(max_length=MAX_MESSAGE_CHARS)]
    now: datetime | None = None
    shown: Annotated[list[ShownProposal], Field(max_length=MAX_SHOWN)] | None = None
    resources: Annotated[list[Resource], Field(max_length=MAX_RESOURCES)] | None = None
    constraints: Annotated[list[StructuredConstraint], Field(max_length=MAX_CONSTRAINTS)] | None = (
        None
    )


class TurnRef(BaseModel):
    """What a back-reference resolves to: an earlier turn's span, or a shown proposal."""

    model_config = ConfigDict(extra="forbid")

    turn: int | None = None
    text: str | None = None
    span: tuple[int, int] | None = None
    shown_rank: int | None = None
    proposal: Proposal | None = None


class HeldConstraint(Constraint):
    """A constraint that holds after a turn; `turn` is the turn (from 1) whose message
    `text`/`span` refer to."""


class DroppedConstraint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    turn: int | None
    text: str | None
    by_turn: int


class TurnResult(ScheduleResult):
    """A result plus what this turn changed in the conversation."""

    session_id: str
    turn: int
    goal: str
    goal_shift: bool
    refers_to: list[TurnRef] = Field(default_factory=list)
    cancels: TurnRef | None = None
    dropped: list[DroppedConstraint] = Field(default_factory=list)


class SessionCreated(BaseModel):
    session_id: str
    expires_at: datetime


class SessionView(BaseModel):
    """`GET /v1/sessions/{id}`: the settings and every turn with its result."""

    session_id: str
    expires_at: datetime | None = None
    settings: dict[str, Any]
    turns: list[dict[str, Any]]
