"""Property tests: on random small instances the solver agrees with a brute-force enumerator."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from slotwise.schemas import Constraint, ScheduleRequest, Span
from slotwise.solvers import solve

from benchmarks.oracle import Brute, holds, is_free

TZ = ZoneInfo("America/New_York")
NOWS = [
    datetime(2026, 11, 23, 9, 0, tzinfo=TZ),  # a plain Monday
    datetime(2026, 10, 31, 9, 0, tzinfo=TZ),  # the night after falls back an hour
]
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _local(now: datetime, day: int, quarter: int) -> datetime:
    d = now.date() + timedelta(days=day)
    return datetime(d.year, d.month, d.day, tzinfo=TZ) + timedelta(minutes=15 * quarter)


@st.composite
def windows(
    draw: st.DrawFn, now: datetime, lo: int, hi: int, most: int, least: int = 0, longest: int = 24
) -> list[dict[str, str]]:
    """Up to `most` windows on the first three days, starting between `lo` and `hi` o'clock,
    at most `longest` quarter hours long."""
    out = []
    for _ in range(draw(st.integers(least, most))):
        day = draw(st.integers(0, 2))
        first = draw(st.integers(lo * 4, hi * 4))
        length = draw(st.integers(2, longest))
        start, end = _local(now, day, first), _local(now, day, first + length)
        out.append({"start": start.isoformat(), "end": end.isoformat()})
    return out


@st.composite
def constraints(draw: st.DrawFn, now: datetime, ids: list[str], apps: list[str]) -> list[Any]:
    out = []
    for i in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["require", "prefer", "exclude"]))
        strength = draw(st.sampled_from(["hard", "soft"]))
        body: dict[str, Any] = {
            "id": f"c{i + 1}",
            "kind": kind,
            "strength": strength,
            "weight": draw(st.integers(1, 5)),
            "text": f"rule {i + 1}",
        }
        if draw(st.booleans()):
            body["intervals"] = draw(windows(now, 6, 19, 2).filter(bool))
        else:
            body["resources"] = draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
        if len(apps) > 1 and draw(st.booleans()):
            body["appointments"] = [draw(st.sampled_from(apps))]
        out.append(Constraint.model_validate(body))
    return out


@st.composite
def single_instances(draw: st.DrawFn) -> tuple[ScheduleRequest, list[Constraint]]:
    now = draw(st.sampled_from(NOWS))
    n = draw(st.integers(1, 3))
    ids = [f"r{i}" for i in range(n)]
    request = ScheduleRequest.model_validate(
        {
            "now": now.isoformat(),
            "timezone": "America/New_York",
            "duration_minutes": draw(st.sampled_from([15, 30, 45, 60, 90])),
            "resources": [
                {"id": r, "name": f"Res {r}", "open": draw(windows(now, 0, 21, 3, 1, 32))}
                for r in ids
            ],
            "max_proposals": draw(st.integers(1, 4)),
            "rules": {
                "slot_step_minutes": draw(st.sampled_from([15, 30, 60])),
                "min_notice_minutes": draw(st.sampled_from([0, 60, 300])),
                "buffer_before_minutes": draw(st.sampled_from([0, 15])),
                "buffer_after_minutes": draw(st.sampled_from([0, 30])),
                "horizon_days": 2,
            },
        }
    )
    return request, draw(constraints(now, ids, ["a1"]))


@st.composite
def multi_instances(draw: st.DrawFn) -> tuple[ScheduleRequest, list[Constraint]]:
    now = NOWS[0]
    doctors, rooms = ["d0", "d1"], ["room0", "room1"]
    body: dict[str, Any] = {
        "now": now.isoformat(),
        "timezone": "America/New_York",
        "duration_minutes": draw(st.sampled_from([30, 60])),
        "max_proposals": draw(st.integers(1, 3)),
        "rules": {"slot_step_minutes": 60, "horizon_days": 2},
    }
    shape = draw(st.sampled_from(["series", "bundle", "all_of"]))
    if shape == "series":
        ids = doctors
        body["series"] = {
            "count": 2,
            "min_gap_minutes": draw(st.sampled_from([0, 60, 240])),
            "same_resource": draw(st.booleans()),
        }
        apps = ["s1", "s2"]
    elif shape == "bundle":
        ids = doctors
        body["appointments"] = [
            {"id": "cut", "duration_minutes": 60},
            {"id": "colour", "duration_minutes": draw(st.sampled_from([30, 60]))},
        ]
        body["gaps"] = [{"first": "cut", "then": "colour", "min_minutes": 0, "max_minutes": 0}]
        apps = ["cut", "colour"]
    else:
        ids = doctors + rooms
        body["appointments"] = [
            {"id": "visit", "needs": [{"any_of": doctors}, {"any_of": rooms}]},
            {"id": "scan", "needs": [{"any_of": rooms}]},
        ]
        if draw(st.booleans()):
            body["gaps"] = [{"first": "visit", "then": "scan", "min_minutes": 60}]
        apps = ["visit", "scan"]
    body["resources"] = [
        {"id": r, "name": f"Res {r}", "open": draw(windows(now, 6, 16, 3, 1, 40))} for r in ids
    ]
    request = ScheduleRequest.model_validate(body)
    return request, draw(constraints(now, ids, apps))


def _spans(request: ScheduleRequest, p: Any) -> list[tuple[datetime, datetime, tuple[str, ...]]]:
    if p.bookings:
        return [(b.start, b.end, tuple(b.resources)) for b in p.bookings]
    return [(p.start, p.end, tuple(p.resources))]


def check(request: ScheduleRequest, cons: list[Constraint]) -> None:
    brute = Brute(request, cons)
    result = solve(request, cons, time_limit_s=10.0)
    best = brute.best()
    total_soft = sum(c.weight for c in brute.soft())
    event(f"outcome: {result.outcome}")
    if best is None:
        event(f"conflict: {sorted(c.id for c in result.clarification.conflicts)}"[:40])
        assert result.outcome == "clarification", result.proposals
        check_conflict(brute, result)
        return
    assert result.outcome == "proposals", result.clarification
    count = sum(1 for _ in zip(range(request.max_proposals), brute.solutions(), strict=False))
    assert len(result.proposals) == count
    seen = set()
    weights = []
    ok = {_norm(o) for o in brute.solutions()}
    for p in result.proposals:
        booked = _spans(request, p)
        combo = _norm(tuple(booked))  # by instant: same-zone datetimes ignore `fold` in ==
        assert combo not in seen, "proposals must be distinct"
        seen.add(combo)
        as_options = tuple((s, e, r) for s, e, r in booked)
        assert _norm(as_options) in ok, f"not a valid booking: {booked}"
        w = brute.soft_weight(as_options)
        weights.append(w)
        expected = round(w / total_soft, 4) if total_soft else 1.0
        assert abs(p.score - expected) < 1e-3
        for c in brute.hard():  # read back, not echoed: a broken one would be violated
            assert c.id in p.satisfied and c.id not in p.violated
    assert abs(weights[0] - best) < 1e-9, f"top proposal {weights[0]} < best {best}"
    assert weights == sorted(weights, reverse=True)


def _norm(combo: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple((s.timestamp(), e.timestamp(), tuple(r)) for s, e, r in combo)


def check_conflict(brute: Brute, result: Any) -> None:
    clar = result.clarification
    ids = [c.id for c in clar.conflicts]
    assert ids, "a clarification names its conflict"
    if not brute.feasible(set(), calendar=True):  # the free time alone leaves no slot
        assert ids in (["availability"], ["booking_rules"]), ids
        assert clar.relaxations == []
        return
    uses_calendar = "availability" in ids
    members = {i for i in ids if i != "availability"}
    assert not brute.feasible(members, calendar=uses_calendar), "the set must conflict"
    for m in ids:  # minimal: without any one member it can hold
        if m == "availability":
            assert brute.feasible(members, calendar=False)
        else:
            assert brute.feasible(members - {m}, calendar=uses_calendar)
    assert {r.drop[0] for r in clar.relaxations} == members
    for relax in clar.relaxations:
        kept = {c.id for c in brute.hard()} - set(relax.drop)
        ok = {_norm(o) for o in brute.solutions(kept)}
        assert len(relax.proposals) == min(len(ok), brute.req.max_proposals)
        for p in relax.proposals:
            assert _norm(tuple(_spans(brute.req, p))) in ok
    assert clar.question.endswith("?")


@SETTINGS
@given(single_instances())
def test_solver_properties_single_appointment_matches_brute_force(
    instance: tuple[ScheduleRequest, list[Constraint]],
) -> None:
    check(*instance)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(multi_instances())
def test_solver_properties_two_appointments_match_brute_force_over_pairs(
    instance: tuple[ScheduleRequest, list[Constraint]],
) -> None:
    check(*instance)


def test_solver_properties_brute_force_helpers_agree_on_a_known_case() -> None:
    now = NOWS[0]
    req = ScheduleRequest.model_validate(
        {
            "now": now.isoformat(),
            "timezone": "America/New_York",
            "resources": [
                {
                    "id": "r0",
                    "open": [
                        {"start": "2026-11-24T09:00:00-05:00", "end": "2026-11-24T10:00:00-05:00"}
                    ],
                }
            ],
        }
    )
    s = datetime(2026, 11, 24, 9, 30, tzinfo=TZ)
    assert is_free(req, "r0", s, s + timedelta(minutes=30))
    assert not is_free(req, "r0", s, s + timedelta(minutes=45))
    c = Constraint(
        id="x",
        kind="exclude",
        strength="hard",
        intervals=[Span(start=s, end=s + timedelta(hours=1))],
    )
    assert not holds(c, s, s + timedelta(minutes=30), ("r0",))
    assert len(Brute(req, []).grid) == 28 * 24 * 4  # 28 days of quarter hours
