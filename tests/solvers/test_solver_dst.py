"""Clock changes: no proposal at a wall time that does not exist, every duration real
(elapsed time, not wall-clock difference), the repeated hour offered at both instants.

Spring forward and fall back in America/New_York (02:00) and Europe/London (01:00 /
02:00), with availability given both as weekly hours (wall clock, expanded by the
solver) and as absolute `open` intervals.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from slotwise.schemas import ScheduleRequest
from slotwise.solvers import solve, to_constraints

from slotwise import Engine

# zone, the night of the change, the hour that is skipped or repeated (local wall clock)
CHANGES = [
    ("America/New_York", date(2026, 3, 8), "spring", 2),
    ("America/New_York", date(2026, 11, 1), "fall", 1),
    ("Europe/London", date(2026, 3, 29), "spring", 1),
    ("Europe/London", date(2026, 10, 25), "fall", 1),
]
IDS = [f"{zone}-{kind}" for zone, _, kind, _ in CHANGES]
SLOW = 30.0  # a budget no loaded CI machine runs out of: these tests count exact answers


def _exists(when: datetime, tz: ZoneInfo) -> bool:
    wall = when.astimezone(tz).replace(tzinfo=None)
    back = wall.replace(tzinfo=tz, fold=when.astimezone(tz).fold)
    return back.astimezone(UTC) == when.astimezone(UTC)


def _request(zone: str, night: date, availability: str, **extra: Any) -> dict[str, Any]:
    tz = ZoneInfo(zone)
    day_before = night - timedelta(days=1)
    now = datetime(day_before.year, day_before.month, day_before.day, 20, 0, tzinfo=tz)
    start = datetime(night.year, night.month, night.day, tzinfo=tz)
    resource: dict[str, Any] = {"id": "desk", "name": "The desk"}
    if availability == "weekly":
        day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][night.weekday()]
        resource["weekly_hours"] = [{"day": day, "start": "00:00", "end": "06:00"}]
    else:  # absolute: local midnight to 06:00 that day, by elapsed time through UTC
        end = (start.astimezone(UTC) + timedelta(hours=7)).astimezone(tz)
        end = end.replace(hour=6, minute=0) if end.hour >= 6 else end
        resource["open"] = [{"start": start.isoformat(), "end": end.isoformat()}]
    body = {
        "now": now.isoformat(),
        "timezone": zone,
        "duration_minutes": 60,
        "max_proposals": 50,
        "rules": {"slot_step_minutes": 30, "horizon_days": 2},
        "resources": [resource],
        "constraints": [
            {
                "id": "night",
                "kind": "require",
                "intervals": [
                    {
                        "start": start.isoformat(),
                        "end": (start.astimezone(UTC) + timedelta(hours=8))
                        .astimezone(tz)
                        .isoformat(),
                    }
                ],
            }
        ],
    }
    body.update(extra)
    return body


@pytest.mark.parametrize(("zone", "night", "kind", "hour"), CHANGES, ids=IDS)
@pytest.mark.parametrize("availability", ["weekly", "open"])
def test_solver_dst_no_proposal_at_a_time_that_does_not_exist(
    zone: str, night: date, kind: str, hour: int, availability: str
) -> None:
    tz = ZoneInfo(zone)
    req = ScheduleRequest.model_validate(_request(zone, night, availability))
    result = solve(req, to_constraints(req), time_limit_s=SLOW)
    assert result.outcome == "proposals" and result.proposals
    starts = [p.start for p in result.proposals]
    for p in result.proposals:
        assert _exists(p.start, tz) and _exists(p.end, tz), p.start
        assert p.end.astimezone(UTC) - p.start.astimezone(UTC) == timedelta(minutes=60)
        assert p.start.astimezone(tz).minute in (0, 30)  # the grid stays on the half hour
        assert p.start.astimezone(tz).date() == night
    instants = sorted(s.astimezone(UTC) for s in starts)
    assert len(set(instants)) == len(instants)
    local = [s.astimezone(tz) for s in instants]
    if kind == "spring":  # the skipped hour is never offered, the hour after it is
        assert all(t.hour != hour for t in local)
        assert any(t.hour == hour + 1 for t in local)
    else:  # the repeated hour is offered at both of its instants
        repeated = [t for t in local if t.hour == hour and t.minute == 0]
        assert len(repeated) == 2
        assert repeated[1].astimezone(UTC) - repeated[0].astimezone(UTC) == timedelta(hours=1)
        assert {t.utcoffset() for t in repeated} == {
            repeated[0].utcoffset(),
            repeated[1].utcoffset(),
        } and repeated[0].utcoffset() != repeated[1].utcoffset()


@pytest.mark.parametrize(("zone", "night", "kind", "hour"), CHANGES, ids=IDS)
def test_solver_dst_open_hours_last_as_long_as_the_clock_says(
    zone: str, night: date, kind: str, hour: int
) -> None:
    # Weekly hours 00:00-06:00 on the night of the change: 5 real hours in spring, 7 in
    # the fall. With a 60-minute appointment every 30 minutes that is 9 or 13 starts.
    req = ScheduleRequest.model_validate(_request(zone, night, "weekly"))
    result = solve(req, to_constraints(req), time_limit_s=SLOW)
    assert len(result.proposals) == (9 if kind == "spring" else 13)


@pytest.mark.parametrize(("zone", "night", "kind", "hour"), CHANGES, ids=IDS)
def test_solver_dst_through_the_engine_durations_are_real(
    zone: str, night: date, kind: str, hour: int
) -> None:
    body = _request(zone, night, "weekly", duration_minutes=90, max_proposals=20)
    result = Engine(interpreter="rules", time_limit_s=SLOW).schedule(body)
    assert result.proposals
    tz = ZoneInfo(zone)
    for p in result.proposals:
        assert _exists(p.start, tz)
        assert p.end.astimezone(UTC) - p.start.astimezone(UTC) == timedelta(minutes=90)


@pytest.mark.parametrize(("zone", "night", "kind", "hour"), CHANGES, ids=IDS)
def test_solver_dst_latest_is_each_days_last_wall_clock_slot(
    zone: str, night: date, kind: str, hour: int
) -> None:
    # "as late as possible" for 20 minutes over the days around a clock change: the start
    # that ends at the 17:00 closing is 16:40 on the wall clock, off the grid, whichever
    # side of the change the day lies
    tz = ZoneInfo(zone)
    days = [night - timedelta(days=1), night + timedelta(days=1)]
    for day in days:
        req = ScheduleRequest.model_validate(
            {
                "now": datetime.combine(night - timedelta(days=2), datetime.min.time(), tz),
                "timezone": zone,
                "duration_minutes": 20,
                "resources": [
                    {
                        "id": "r",
                        "open": [
                            {
                                "start": datetime(day.year, day.month, day.day, 9, tzinfo=tz),
                                "end": datetime(day.year, day.month, day.day, 17, tzinfo=tz),
                            }
                        ],
                    }
                ],
            }
        )
        result = solve(req, [], latest=True, time_limit_s=SLOW)
        got = [p.start.astimezone(tz).strftime("%d %H:%M") for p in result.proposals]
        assert got == [f"{day:%d} {clock}" for clock in ("16:40", "16:30", "16:15")]
