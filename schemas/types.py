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
DateOrder = Literal["MDY", "DMY"]
"""How an all-numeric date such as 03/04 reads: month first (MDY) or day first (DMY).
Exactly the orders grounding accepts (``extractor.grounding.DATE_ORDERS``); a test holds
the two together. ISO dates (2026-11-24) read year first whatever this says."""
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
ConstraintSource = Literal["message", "request", "context"]
Relation = Literal["same_start", "same_day"]
"""How appointments said together are placed: starting at the same moment, or on the
same local day."""

WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
