"""Booking rules: buffers, notice, horizon, the step grid (across a DST change), duration."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from slotwise.solvers import solve

from tests.solvers.helpers import request, resource

NY = ZoneInfo("America/New_York")


def test_solver_rules_buffers_must_fit_in_free_time() -> None:
    req = request(
        resources=[resource("r", days=["2026-11-24"], start="09:00", end="10:00")],
        rules={"buffer_before_minutes": 15, "buffer_after_minutes": 15},
    )
    result = solve(req, [])
    assert [p.start.isoformat() for p in result.proposals] == ["2026-11-24T09:15:00-05:00"]


def test_solver_rules_min_notice_pushes_the_first_start() -> None:
    req = request(
        resources=[resource("r", days=["2026-11-23"])],
        rules={"min_notice_minutes": 125},
        max_proposals=1,
    )
    assert solve(req, []).proposals[0].start.isoformat() == "2026-11-23T11:15:00-05:00"


def test_solver_rules_horizon_leaves_later_time_out() -> None:
    req = request(
        resources=[resource("r", days=["2026-11-24", "2026-12-30"])],
        rules={"horizon_days": 7},
        max_proposals=50,
    )
    result = solve(req, [])
    assert result.proposals and all(p.start.month == 11 for p in result.proposals)


def test_solver_rules_step_grid_follows_local_midnight_across_dst() -> None:
    # 2026-11-01 02:00 EDT falls back to 01:00 EST: a 45-minute grid from local midnight
    # gives 01:30 twice (EDT, then EST) and no start off the wall-clock grid.
    req = request(
        now="2026-10-31T20:00:00-04:00",
        resources=[
            {
                "id": "r",
                "open": [
                    {"start": "2026-11-01T00:00:00-04:00", "end": "2026-11-01T06:00:00-05:00"}
                ],
            }
        ],
        rules={"slot_step_minutes": 45},
        duration_minutes=15,
        max_proposals=50,
    )
    result = solve(req, [])
    local = sorted(p.start.astimezone(NY) for p in result.proposals)
    assert all((t.hour * 60 + t.minute) % 45 == 0 for t in local)
    assert [t.isoformat() for t in local[:4]] == [
        "2026-11-01T00:00:00-04:00",
        "2026-11-01T00:45:00-04:00",
        "2026-11-01T01:30:00-04:00",
        "2026-11-01T01:30:00-05:00",
    ]
    assert all(p.end - p.start == timedelta(minutes=15) for p in result.proposals)
    assert result.detail["grid"]["uniform"] is False


def test_solver_rules_quarter_hour_grid_stays_on_the_quarter_after_dst() -> None:
    req = request(
        now="2026-10-31T09:00:00-04:00",
        resources=[
            {
                "id": "r",
                "open": [
                    {"start": "2026-11-02T09:05:00-05:00", "end": "2026-11-02T12:00:00-05:00"}
                ],
            }
        ],
        max_proposals=1,
    )
    result = solve(req, [])
    assert result.proposals[0].start.isoformat() == "2026-11-02T09:15:00-05:00"
    assert result.detail["grid"]["uniform"] is True


def test_solver_rules_step_of_twenty_minutes() -> None:
    req = request(
        resources=[resource("r", days=["2026-11-24"], start="09:10")],
        rules={"slot_step_minutes": 20},
        max_proposals=50,
    )
    assert {p.start.minute for p in solve(req, []).proposals} == {0, 20, 40}


def test_solver_rules_duration_override_applies() -> None:
    p = solve(request(max_proposals=1), [], duration_minutes=60).proposals[0]
    assert p.end - p.start == timedelta(minutes=60)


def test_solver_rules_open_time_must_contain_the_whole_appointment() -> None:
    req = request(
        resources=[resource("r", days=["2026-11-24"], start="09:00", end="09:45")],
        duration_minutes=30,
        max_proposals=10,
    )
    assert [p.start.minute for p in solve(req, []).proposals] == [0, 15]
