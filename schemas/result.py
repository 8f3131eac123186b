"""What the engine answers: `ScheduleResult`, `InterpretResult` and their parts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from slotwise.schemas.types import ConstraintKind, ConstraintSource, IntentName, Outcome, Strength


class _Output(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Output):
    """An absolute interval in a result, ISO 8601 with offset."""

    start: datetime
    end: datetime


class Intent(_Output):
    name: IntentName
    confidence: float = Field(ge=0, le=1)


class Alternative(_Output):
    """Another reading of a constraint's text, kept so the ambiguity stays visible."""

    label: str
    intervals: list[Span] = []


class Part(_Output):
    """One item of a list said as one constraint ("Thursday 10th or Friday 11th"): its
    own words and what they ground to. Any one item will do; a later turn can take one
    back ("Thursday is not possible after all") and keep the rest."""

    text: str
    span: tuple[int, int]
    intervals: list[Span] = []
    resources: list[str] = []


class Constraint(_Output):
    """A constraint as the engine understood it: from the message (with its span) or
    from the request (echoing its id, no span)."""

    id: str
    text: str | None = None
    span: tuple[int, int] | None = None
    kind: ConstraintKind
    strength: Strength
    weight: float = 1.0
    intervals: list[Span] = []
    resources: list[str] = []
    source: ConstraintSource = "message"
    label: str | None = None
    rule: str | None = None
    modifies: str | None = None
    retracted: bool = False
    retracted_by: str | None = None
    alternatives: list[Alternative] = []
    parts: list[Part] = []
    """For a list ("tmrw or wed", "Dr. Lee or Dr. Patel"): each item; empty otherwise."""
    targets: list[datetime] = []
    """For an approximate time ("around 4:30", "3ish"): the time asked for, on each day
    it may fall. The start may lie anywhere in `intervals`; the solver offers the starts
    nearest a target first. Empty otherwise."""
    edges: list[datetime] = []
    """For a day's edge ("first thing", "end of the day", not a bound): where the visit
    starts on each day it may fall, at the opening or so that it ends at the closing.
    The solver offers the starts nearest an edge first, and alternatives that move off
    the edge are left out when the first proposal keeps to it. Empty otherwise."""
    appointments: list[str] | None = None
    turn: int | None = None
    """For a constraint carried over from `history`: which earlier message (0 = oldest)."""
    confidence: float | None = None
    """For a constraint read from the message: the reader's probability of its role
    (kind, strength, retraction), calibrated on dev; None for rules and callers' ones."""
    relaxed: bool = False
    """True when the engine read a low-confidence "must" as a wish rather than ask."""


class Booking(_Output):
    """One appointment of a proposal that books several."""

    appointment: str
    resources: list[str]
    start: datetime
    end: datetime


class Proposal(_Output):
    rank: int = Field(ge=1)
    resource: str
    start: datetime
    end: datetime
    score: float = Field(ge=0, le=1)
    satisfied: list[str] = []
    violated: list[str] = []
    explanation: str = ""
    resources: list[str] = []
    bookings: list[Booking] = []


class Conflict(_Output):
    id: str
    text: str


class Relaxation(_Output):
    drop: list[str]
    proposals: list[Proposal] = []


class Clarification(_Output):
    question: str
    conflicts: list[Conflict]
    relaxations: list[Relaxation] = []


class TraceStep(_Output):
    """One step of the interpretation trail: what it is, how long it took, what it saw."""

    step: str
    ms: float
    detail: dict[str, Any] = {}


class Mention(_Output):
    """Something the message names that is not a wish about the booking: the slot a
    cancellation is about, a past visit, the day of an event the question is about."""

    text: str
    span: tuple[int, int]
    type: str  # "time", "resource" or "duration"
    label: str | None = None  # the grounded reading, for a time
    intervals: list[Span] = []
    resource: str | None = None  # for a resource, the id it names
    alternatives: list[Alternative] = []
    """For a time, its other readings, as a constraint keeps them ("7 o'clock": also 7pm):
    a conversation matches a pick by time against the options shown with them."""


class InterpretResult(_Output):
    intent: Intent
    constraints: list[Constraint] = []
    mentions: list[Mention] = []
    """What the message names but asks nothing of (a cancellation's target, say)."""
    duration_minutes: int | None = None
    urgent: bool = False
    """The message asks for the earliest slot ("asap", "right now", "first available"):
    the earliest open slots are ranked first, and no constraint stands for the words."""
    warnings: list[str] = []
    trace: list[TraceStep] = []
    """Each step with its time and what it saw; empty when the request said
    ``"trace": false`` (the steps are still kept for the audit log and metrics, `steps`)."""

    _steps: list[TraceStep] = PrivateAttr(default_factory=list)

    @property
    def steps(self) -> list[TraceStep]:
        """The trace as the engine recorded it, whether or not the answer carries it."""
        return self.trace or self._steps

    def without_trace(self) -> None:
        """Drop the trace from the answer, keeping it in `steps` (``"trace": false``)."""
        if self.trace:
            self._steps, self.trace = self.trace, []


class ScheduleResult(InterpretResult):
    outcome: Outcome
    proposals: list[Proposal] = []
    clarification: Clarification | None = None
    timed_out: bool = False
    """True when the time budget ran out before the search finished: `proposals` are
    the best found so far (perhaps fewer than asked, perhaps not the best), and a
    clarification's conflict may not be minimal. `warnings` says so in words too."""
    understood: str | None = None
    """For outcome "none": what the message is, what it names and what it asks, in one
    line for a caller to route it ("a cancellation of 'Tuesday' (Tue 24 Nov)")."""


class ErrorItem(_Output):
    code: str
    field: str
    message: str


class ErrorDetail(ErrorItem):
    others: list[ErrorItem] = []
    """Further problems of the same input, when there are several (the first leads)."""


class ErrorBody(_Output):
    error: ErrorDetail
