"""Several appointments in one model: series, bundles, all-of and any-of needs."""

from __future__ import annotations

from datetime import timedelta

from slotwise.solvers import solve

from tests.solvers.helpers import con, request, resource, span

NEXT_WEEK = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]
TWO_WEEKS = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", *NEXT_WEEK]


def test_solver_appointments_series_keeps_its_gaps() -> None:
    req = request(
        resources=[resource("physio", "Physio Pat", days=TWO_WEEKS)],
        series={"count": 3, "min_gap_minutes": 2 * 1440},
    )
    result = solve(req, [])
    assert result.outcome == "proposals" and len(result.proposals) == 3
    for p in result.proposals:
        assert [b.appointment for b in p.bookings] == ["s1", "s2", "s3"]
        for a, b in zip(p.bookings, p.bookings[1:], strict=False):
            assert b.start - a.end >= timedelta(days=2)
        assert p.start == p.bookings[0].start and p.end == p.bookings[-1].end
    first = result.proposals[0].bookings
    assert [b.start.isoformat() for b in first] == [
        "2026-11-24T09:00:00-05:00",
        "2026-11-26T09:30:00-05:00",
        "2026-11-30T09:00:00-05:00",
    ]
    assert result.proposals[0].explanation.startswith("3 appointments, Tuesday, November 24")


def test_solver_appointments_bundle_back_to_back() -> None:
    req = request(
        resources=[resource("ana", "Ana"), resource("ben", "Ben", start="13:00")],
        appointments=[
            {"id": "cut", "duration_minutes": 45, "label": "haircut"},
            {"id": "colour", "duration_minutes": 90, "label": "colour"},
        ],
        gaps=[{"first": "cut", "then": "colour", "min_minutes": 0, "max_minutes": 0}],
        max_proposals=3,
    )
    cons = [con("ben", "require", resources=["ben"], appointments=["colour"], text="Ben")]
    result = solve(req, cons)
    for p in result.proposals:
        cut, colour = p.bookings
        assert colour.start == cut.end
        assert colour.resources == ["ben"]
        assert colour.start.hour >= 13


def test_solver_appointments_all_of_doctor_and_room() -> None:
    req = request(
        resources=[
            resource("dr-a", "Dr. A"),
            resource("dr-b", "Dr. B"),
            resource("room-1", "Room 1", start="14:00"),
            resource("room-2", "Room 2", days=["2026-11-26"]),
        ],
        needs=[{"any_of": ["dr-a", "dr-b"]}, {"any_of": ["room-1", "room-2"]}],
        max_proposals=4,
    )
    result = solve(req, [con("no-a", "exclude", resources=["dr-a"], text="Dr. A")])
    assert result.proposals
    for p in result.proposals:
        assert p.resource == "dr-b" and len(p.resources) == 2
        assert p.resources[1] in {"room-1", "room-2"}
        if p.resources[1] == "room-1":
            assert p.start.hour >= 14
    assert result.proposals[0].start.isoformat() == "2026-11-24T14:00:00-05:00"
    assert result.proposals[0].explanation.endswith("with Dr. B and Room 1")


def test_solver_appointments_any_of_takes_whoever_is_free() -> None:
    req = request(
        resources=[
            resource("dr-smith", "Dr. Smith", days=["2026-11-26"]),
            resource("dr-patel", "Dr. Patel", days=["2026-11-24"]),
        ],
        max_proposals=1,
    )
    p = solve(req, []).proposals[0]
    assert p.resource == "dr-patel" and p.resources == ["dr-patel"]
    assert p.start.isoformat() == "2026-11-24T09:00:00-05:00"


def test_solver_appointments_same_resource_keeps_one_provider() -> None:
    res = [
        resource("dr-smith", "Dr. Smith", days=["2026-11-24"]),
        resource("dr-patel", "Dr. Patel", days=["2026-11-24", "2026-11-26"]),
    ]
    mixed = solve(request(resources=res, series={"count": 2, "min_gap_minutes": 1440}), [])
    assert mixed.proposals[0].resources == ["dr-smith", "dr-patel"]
    same = solve(
        request(resources=res, series={"count": 2, "min_gap_minutes": 1440, "same_resource": True}),
        [],
    )
    assert same.proposals and all(p.resources == ["dr-patel"] for p in same.proposals)


def test_solver_appointments_never_double_book_a_resource() -> None:
    req = request(
        resources=[resource("r", days=["2026-11-24"], start="09:00", end="10:00")],
        appointments=[{"id": "one"}, {"id": "two"}],
        max_proposals=5,
    )
    result = solve(req, [])
    assert len(result.proposals) == 2  # (9:00, 9:30) and (9:30, 9:00)
    for p in result.proposals:
        a, b = p.bookings
        assert a.end <= b.start or b.end <= a.start


def test_solver_appointments_soft_rule_on_one_appointment_counts_its_share() -> None:
    req = request(
        resources=[resource("r", days=["2026-11-24", "2026-11-25"])],
        series={"count": 2, "min_gap_minutes": 0},
        max_proposals=1,
    )
    pm = con("pm", "prefer", "soft", spans=[span("2026-11-25", "13:00", "17:00")])
    p = solve(req, [pm]).proposals[0]
    assert all(b.start.isoformat() >= "2026-11-25T13:00" for b in p.bookings)
    assert p.score == 1.0
    only_first = con(
        "pm", "prefer", "soft", spans=[span("2026-11-24", "13:00", "17:00")], appointments=["s2"]
    )
    p = solve(req, [only_first]).proposals[0]
    assert p.bookings[1].start.isoformat() == "2026-11-24T13:00:00-05:00"
