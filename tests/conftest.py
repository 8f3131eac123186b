"""Fixtures shared by every test folder."""

from __future__ import annotations

import copy
from typing import Any

import pytest

NOW = "2026-11-23T09:00:00-05:00"  # Monday
TZ = "America/New_York"


def day(
    date: str, start: str = "09:00", end: str = "17:00", offset: str = "-05:00"
) -> dict[str, str]:
    return {"start": f"{date}T{start}:00{offset}", "end": f"{date}T{end}:00{offset}"}


@pytest.fixture
def base_request() -> dict[str, Any]:
    """A valid request with two providers over the working week of 2026-11-23."""
    week = [
        "2026-11-24",
        "2026-11-25",
        "2026-11-26",
        "2026-11-27",
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
    ]
    return copy.deepcopy(
        {
            "now": NOW,
            "timezone": TZ,
            "duration_minutes": 30,
            "resources": [
                {"id": "dr-smith", "name": "Dr. Smith", "open": [day(d) for d in week]},
                {
                    "id": "dr-patel",
                    "name": "Dr. Patel",
                    "open": [day(d, "12:00", "18:00") for d in week],
                },
            ],
            "max_proposals": 3,
        }
    )


@pytest.fixture
def seed_message() -> str:
    """The message the product exists for (CONTRACT.md)."""
    return (
        "I need to see Dr. Smith next Tuesday but actually I have meetings all day so maybe "
        "Wednesday afternoon works, but not after 3pm"
    )
