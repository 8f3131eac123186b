"""'Now' is a start: a message sent at 11:20 can be booked at 11:20, not only at 11:30.

The step grid keeps its quarter hours everywhere else; only the moment the booking
window opens (the request's `now`, when there is no minimum notice) joins it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from slotwise.solvers import solve
from slotwise.solvers.candidates import Grid

from benchmarks.oracle import grid_starts
from tests.solvers.helpers import at, con, request, resource, span

TUESDAY = "2026-11-24"


def _local(dt: datetime) -> str:
    return dt.astimezone(datetime.fromisoformat(at(TUESDAY, "00:00")).tzinfo).strftime("%H:%M")


@pytest.mark.parametrize("clock", ["11:20", "09:05", "14:52"])
def test_solver_now_off_the_grid_is_the_first_start(clock: str) -> None:
    req = request(now=at(TUESDAY, clock), resources=[resource("desk", days=[TUESDAY])])
    result = solve(req, [])
    assert result.outcome == "proposals"
    assert _local(result.proposals[0].start) == clock
    # the alternatives stay on the quarter hour
    assert all(p.start.minute % 15 == 0 for p in result.proposals[1:])


def test_solver_now_with_seconds_starts_at_the_next_minute() -> None:
    now = f"{TUESDAY}T11:20:30-05:00"
    req = request(now=now, resources=[resource("desk", days=[TUESDAY])])
    assert _local(solve(req, []).proposals[0].start) == "11:21"


def test_solver_now_is_no_start_under_a_minimum_notice() -> None:
    # with notice the window opens at 11:50: that is no moment anyone named
    req = request(
        now=at(TUESDAY, "11:20"),
        rules={"min_notice_minutes": 30},
        resources=[resource("desk", days=[TUESDAY])],
    )
    assert _local(solve(req, []).proposals[0].start) == "12:00"


def test_solver_now_is_no_start_when_nobody_is_free_then() -> None:
    req = request(
        now=at(TUESDAY, "11:20"),
        resources=[resource("desk", days=[TUESDAY], start="13:00")],
    )
    assert _local(solve(req, []).proposals[0].start) == "13:00"


def test_solver_now_on_the_grid_adds_nothing() -> None:
    req = request(now=at(TUESDAY, "11:15"))
    grid = Grid.build(req)
    assert grid.uniform
    assert all(t % 15 == 0 for t in grid.times)


def test_solver_now_off_the_grid_is_one_extra_point() -> None:
    on = Grid.build(request(now=at(TUESDAY, "11:15")))
    off = Grid.build(request(now=at(TUESDAY, "11:20")))
    assert off.times[0] == 0 and not off.uniform
    assert off.times[1] == 10  # 11:30, the next quarter hour
    # the window moved by 5 minutes: 11:15 today went, 11:15 four weeks on came in;
    # 11:20 itself is the one point more
    assert len(off) == len(on) + 1


def test_solver_now_a_wish_for_later_still_wins() -> None:
    # "this afternoon": the start at now is there, but a stated wish outweighs earliness
    req = request(now=at(TUESDAY, "11:20"), resources=[resource("desk", days=[TUESDAY])])
    wish = con("c1", "prefer", "soft", spans=[span(TUESDAY, "13:00", "17:00")])
    assert _local(solve(req, [wish]).proposals[0].start) == "13:00"


def test_solver_now_the_oracle_lists_it_too() -> None:
    req = request(now=at(TUESDAY, "11:20"))
    starts = grid_starts(req)
    assert starts[0] == datetime.fromisoformat(at(TUESDAY, "11:20"))
    assert all(s.minute % 15 == 0 for s in starts[1:])


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("can I come in right now?", "11:20"),
        ("asap please", "11:20"),
        ("this afternoon please", "12:00"),  # a wish for later is no "now"
    ],
)
def test_solver_now_through_the_engine(message: str, first: str) -> None:
    from slotwise import Engine

    body = request(
        message=message, now=at(TUESDAY, "11:20"), resources=[resource("desk", days=[TUESDAY])]
    )
    result = Engine(interpreter="rules").schedule(body)
    assert _local(result.proposals[0].start) == first
