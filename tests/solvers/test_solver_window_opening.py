"""The booking window opens at now (plus the notice), on the step or not: "right now" at
15:40 is offered at 15:40, not at 15:45; the rest of the day stays on the grid."""

from __future__ import annotations

import pytest
from slotwise.solvers import solve
from slotwise.solvers.candidates import Grid

from tests.solvers.helpers import request, resource

TODAY = "2026-11-23"  # a Monday; the resource is open 09:00-17:00 today and tomorrow


def _request(now: str, **fields: object):  # type: ignore[no-untyped-def]
    return request(
        now=f"{TODAY}T{now}-05:00",
        resources=[resource("dr-smith", "Dr. Smith", days=[TODAY, "2026-11-24"])],
        **fields,
    )


def _clocks(now: str, **fields: object) -> list[str]:
    result = solve(_request(now, **fields), [])
    return [p.start.strftime("%m-%d %H:%M") for p in result.proposals]


# now (HH:MM:SS), the first start offered: now itself when it is off the step
OPENINGS: tuple[tuple[str, str], ...] = (
    ("10:20:00", "11-23 10:20"),
    ("15:40:00", "11-23 15:40"),
    ("09:05:00", "11-23 09:05"),
    ("12:50:00", "11-23 12:50"),
    ("16:10:00", "11-23 16:10"),
    ("11:01:00", "11-23 11:01"),
    ("13:59:00", "11-23 13:59"),
    ("10:20:30", "11-23 10:21"),  # seconds past the minute: the next whole minute
    ("14:00:00", "11-23 14:00"),  # on the step: as before
    ("10:15:00", "11-23 10:15"),
    ("08:55:00", "11-23 09:00"),  # before opening hours: the first opening start
    ("08:10:00", "11-23 09:00"),
    ("16:40:00", "11-24 09:00"),  # too late for a 30-minute visit today
    ("16:25:00", "11-23 16:25"),  # 16:25-16:55 still fits
)


@pytest.mark.parametrize("case", OPENINGS, ids=[n for n, _ in OPENINGS])
def test_solver_window_opening_is_the_first_start(case: tuple[str, str]) -> None:
    now, first = case
    assert _clocks(now)[0] == first


def test_solver_window_opening_then_the_grid() -> None:
    # after the opening the starts are on the quarter hour again
    result = solve(_request("10:20:00", max_proposals=3), [])
    assert result.proposals[0].start.strftime("%H:%M") == "10:20"
    assert all(p.start.minute % 15 == 0 for p in result.proposals[1:])


def test_solver_window_opening_adds_the_notice() -> None:
    # with 30 minutes' notice the window opens at 10:50
    req = _request("10:20:00")
    req = req.model_copy(update={"rules": req.rules.model_copy(update={"min_notice_minutes": 30})})
    assert solve(req, []).proposals[0].start.strftime("%H:%M") == "10:50"


def test_solver_window_opening_is_one_point_of_the_grid() -> None:
    on_step = Grid.build(_request("10:15:00"))
    off_step = Grid.build(_request("10:20:00"))
    assert on_step.uniform and on_step.times[0] == 0
    assert off_step.times[:2] == [0, 10] and not off_step.uniform  # 10:20, then 10:30
