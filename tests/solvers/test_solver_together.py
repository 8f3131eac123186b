"""Appointments placed together: the same start with distinct providers, the same day."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from slotwise.solvers import solve

from tests.solvers.helpers import con, request, resource, span

TWO = [{"id": "a1"}, {"id": "a2"}]


def test_solver_together_same_start_gives_each_its_own_provider() -> None:
    req = request(
        resources=[resource("rivera", "Rivera"), resource("castillo", "Castillo", start="11:00")],
        appointments=TWO,
        together=[{"appointments": ["a1", "a2"], "relation": "same_start"}],
    )
    cons = [
        con("c1", "require", resources=["rivera"], appointments=["a1"], text="Rivera"),
        con("c2", "require", resources=["castillo"], appointments=["a2"], text="Castillo"),
    ]
    result = solve(req, cons)
    assert result.outcome == "proposals"
    for p in result.proposals:
        first, second = p.bookings
        assert first.start == second.start and first.end == second.end
        assert (first.resources, second.resources) == (["rivera"], ["castillo"])
        assert first.start.hour >= 11  # Castillo starts at 11
        assert p.resource == "rivera" and p.end - p.start == first.end - first.start


def test_solver_together_same_start_with_anyone_never_doubles_a_provider() -> None:
    req = request(
        resources=[resource("ana", "Ana"), resource("ben", "Ben", days=["2026-11-26"])],
        appointments=TWO,
        together=[{"appointments": ["a1", "a2"]}],
    )
    result = solve(req, [])
    assert result.outcome == "proposals"
    for p in result.proposals:
        first, second = p.bookings
        assert first.start == second.start
        assert {*first.resources, *second.resources} == {"ana", "ben"}
        assert first.start.date().isoformat() == "2026-11-26"  # the one day Ben works


def test_solver_together_same_start_with_one_provider_asks() -> None:
    """Two at once where only one provider works that day: a question naming the day."""
    req = request(
        resources=[resource("ana", "Ana"), resource("ben", "Ben", days=["2026-11-26"])],
        appointments=TWO,
        together=[{"appointments": ["a1", "a2"]}],
    )
    tuesday = con("c1", "require", spans=[span("2026-11-24", "15:00", "16:00")], text="Tue 3pm")
    result = solve(req, [tuesday])
    assert result.outcome == "clarification"
    assert result.clarification is not None
    assert "c1" in {c.id for c in result.clarification.conflicts}


def test_solver_together_same_day_keeps_one_day() -> None:
    req = request(
        resources=[
            resource("brennan", "Ms Brennan", days=["2026-11-24", "2026-11-26"]),
            resource("okafor", "Okafor", days=["2026-11-25", "2026-11-26"]),
        ],
        appointments=TWO,
        together=[{"appointments": ["a1", "a2"], "relation": "same_day"}],
    )
    cons = [
        con("c1", "require", resources=["brennan"], appointments=["a1"], text="Ms Brennan"),
        con("c2", "require", resources=["okafor"], appointments=["a2"], text="Okafor"),
    ]
    result = solve(req, cons)
    assert result.outcome == "proposals"
    for p in result.proposals:
        first, second = p.bookings
        assert first.start.date() == second.start.date()
        assert first.start.date().isoformat() == "2026-11-26"


def test_solver_together_unknown_appointment_is_refused() -> None:
    with pytest.raises(ValidationError, match="no appointment"):
        request(appointments=TWO, together=[{"appointments": ["a1", "a9"]}])


def test_solver_visits_each_with_its_own_clock() -> None:
    """Two visits apart, each held to its own required window ("9:00 with Botha and 9:30
    with Naidoo" on Wednesday): neither window binds the other visit."""
    req = request(
        resources=[resource("botha", "Dr Botha"), resource("naidoo", "Dr Naidoo")],
        appointments=TWO,
    )
    cons = [
        con("c1", "require", resources=["botha"], appointments=["a1"], text="Dr Botha"),
        con("c2", "require", spans=[span("2026-11-25", "09:00", "09:30")], appointments=["a1"]),
        con("c3", "require", resources=["naidoo"], appointments=["a2"], text="Dr Naidoo"),
        con("c4", "require", spans=[span("2026-11-25", "09:30", "10:00")], appointments=["a2"]),
    ]
    result = solve(req, cons)
    assert result.outcome == "proposals"
    first, second = result.proposals[0].bookings
    assert (first.resources, f"{first.start:%d %H:%M}") == (["botha"], "25 09:00")
    assert (second.resources, f"{second.start:%d %H:%M}") == (["naidoo"], "25 09:30")


def test_solver_visits_with_own_clocks_still_keep_the_same_day() -> None:
    """Each visit's own window, and `same_day` said as well: the days they share only."""
    req = request(
        resources=[resource("botha", "Dr Botha"), resource("naidoo", "Dr Naidoo")],
        appointments=TWO,
        together=[{"appointments": ["a1", "a2"], "relation": "same_day"}],
    )
    mornings = [span(d, "09:00", "12:00") for d in ("2026-11-24", "2026-11-26")]
    afternoons = [span(d, "13:00", "17:00") for d in ("2026-11-25", "2026-11-26")]
    cons = [
        con("c1", "require", spans=mornings, appointments=["a1"]),
        con("c2", "require", spans=afternoons, appointments=["a2"]),
    ]
    result = solve(req, cons)
    assert result.outcome == "proposals"
    for p in result.proposals:
        first, second = p.bookings
        assert first.start.date().isoformat() == second.start.date().isoformat() == "2026-11-26"
        assert first.start.hour < 12 <= second.start.hour
