"""The contract: pydantic models of requests, constraints, proposals and results.

Knows nothing of torch or OR-Tools; everything else in Slotwise speaks these types.
"""

from slotwise.schemas.errors import (
    ERROR_CODES,
    InternalError,
    RequestError,
    SlotwiseError,
    from_validation_error,
)
from slotwise.schemas.request import (
    Appointment,
    BookingRules,
    Gap,
    Interval,
    Resource,
    ResourceNeed,
    ScheduleRequest,
    Series,
    StructuredConstraint,
    WeeklyHours,
)
from slotwise.schemas.result import (
    Alternative,
    Booking,
    Clarification,
    Conflict,
    Constraint,
    ErrorBody,
    Intent,
    InterpretResult,
    Mention,
    Proposal,
    Relaxation,
    ScheduleResult,
    Span,
    TraceStep,
)

__all__ = [
    "ERROR_CODES",
    "Alternative",
    "Appointment",
    "Booking",
    "BookingRules",
    "Clarification",
    "Conflict",
    "Constraint",
    "ErrorBody",
    "Gap",
    "Intent",
    "InternalError",
    "InterpretResult",
    "Interval",
    "Mention",
    "Proposal",
    "Relaxation",
    "RequestError",
    "Resource",
    "ResourceNeed",
    "ScheduleRequest",
    "ScheduleResult",
    "Series",
    "SlotwiseError",
    "Span",
    "StructuredConstraint",
    "TraceStep",
    "WeeklyHours",
    "from_validation_error",
]
