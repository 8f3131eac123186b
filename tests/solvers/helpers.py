"""Small builders for solver tests: requests around Monday 2026-11-23 09:00 New York."""

from __future__ import annotations

from typing import Any

from slotwise.schemas import Constraint, ScheduleRequest, Span

NOW = "2026-11-23T09:00:00-05:00"  # a Monday
WEEK = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]  # Tue..Fri


def at(date: str, clock: str, offset: str = "-05:00") -> str:
    return f"{date}T{clock}:00{offset}"


def window(date: str, start: str = "09:00", end: str = "17:00") -> dict[str, str]:
    return {"start": at(date, start), "end": at(date, end)}


def resource(
    rid: str,
    name: str | None = None,
    days: list[str] | None = None,
    start: str = "09:00",
    end: str = "17:00",
) -> dict[str, Any]:
    return {
        "id": rid,
        "name": name or rid,
        "open": [window(d, start, end) for d in (WEEK if days is None else days)],
    }


def request(**fields: Any) -> ScheduleRequest:
    body: dict[str, Any] = {
        "now": NOW,
        "timezone": "America/New_York",
        "duration_minutes": 30,
        "resources": [resource("dr-smith", "Dr. Smith")],
        "max_proposals": 3,
    }
    body.update(fields)
    return ScheduleRequest.model_validate(body)


def span(date: str, start: str, end: str) -> Span:
    return Span.model_validate({"start": at(date, start), "end": at(date, end)})


def con(
    cid: str,
    kind: str,
    strength: str = "hard",
    *,
    spans: list[Span] | None = None,
    resources: list[str] | None = None,
    weight: float = 1.0,
    text: str | None = None,
    appointments: list[str] | None = None,
) -> Constraint:
    return Constraint(
        id=cid,
        kind=kind,
        strength=strength,
        weight=weight,  # type: ignore[arg-type]
        intervals=spans or [],
        resources=resources or [],
        text=text,
        appointments=appointments,
    )
