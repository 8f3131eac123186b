"""Type aliases shared by the contract models."""

from __future__ import annotations

from typing import Literal

ConstraintKind = Literal["require", "prefer", "exclude"]
"""`require`: the appointment must lie inside one of the intervals (or use one of the
resources); `prefer`: it should; `exclude`: it must not overlap any interval (or use
any of the resources)."""

Strength = Literal["hard", "soft"]
Outcome = Literal["proposals", "clarification", "none"]
IntentName = Literal["book", "reschedule", "cancel", "availability", "other"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
ConstraintSource = Literal["message", "request", "context"]

WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
