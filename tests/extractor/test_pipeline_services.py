"""A service that names the resource doing it, and visits booked one after the other
(extractor/pipeline.py, `resource_services.py`, `back_to_back.py`): what the engine
proposes, with the rules interpreter."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.schemas import ScheduleResult

from slotwise import Engine

TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2027, 11, 8, 9, 0, tzinfo=TZ)  # a Monday


def _open(days: int) -> list[dict[str, str]]:
    out = []
    for d in (date(2027, 11, 8) + timedelta(n) for n in range(days)):
        out.append(
            {
                "start": datetime(d.year, d.month, d.day, 8, tzinfo=TZ).isoformat(),
                "end": datetime(d.year, d.month, d.day, 20, tzinfo=TZ).isoformat(),
            }
        )
    return out


def _schedule(message: str) -> ScheduleResult:
    body: dict[str, Any] = {
        "message": message,
        "now": NOW.isoformat(),
        "timezone": "Europe/Amsterdam",
        "duration_minutes": 30,
        "resources": [
            {"id": "room-3", "name": "study room 3", "open": _open(21)},
            {"id": "room-4", "name": "study room 4", "open": _open(21)},
            {"id": "adv-jansen", "name": "careers adviser Jansen", "open": _open(21)},
        ],
    }
    return Engine("rules").schedule(body)


@pytest.mark.parametrize(
    "message",
    [
        "cv review pls, thursday afternoon",
        "Could I get a careers advice appointment on Wednesday?",
        "can someone check my cover letter before friday",
    ],
)
def test_pipeline_a_service_requires_the_resource_doing_it(message: str) -> None:
    result = _schedule(message)
    assert result.outcome == "proposals" and result.proposals
    assert all(p.resources == ["adv-jansen"] for p in result.proposals)
    assert [c.resources for c in result.constraints if c.rule == "resource.service"] == [
        ["adv-jansen"]
    ]


def test_pipeline_a_resource_named_says_it_not_the_service() -> None:
    result = _schedule("room 3 on thursday to work on my cv")
    assert not [c for c in result.constraints if c.rule == "resource.service"]
    assert all(p.resources == ["room-3"] for p in result.proposals)


@pytest.mark.parametrize(
    ("message", "minutes"),
    [
        ("my husband and myself, one after the other, thursday morning", 60),
        ("Family of 3, back to back, friday afternoon", 90),
        ("3 of us in a row on friday, 20 min each", 60),
        ("me and my son back to back on friday, about 2 hours all in", 120),
        ("my husband and myself on thursday morning", 30),
    ],
)
def test_pipeline_visits_in_a_row_run_end_to_end(message: str, minutes: int) -> None:
    result = _schedule(message)
    assert result.outcome == "proposals" and result.proposals
    assert {(p.end - p.start) for p in result.proposals} == {timedelta(minutes=minutes)}
