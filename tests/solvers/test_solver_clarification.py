"""Infeasible requests: a minimal conflict, availability named when it takes part, relaxations."""

from __future__ import annotations

from slotwise.solvers import solve

from tests.solvers.helpers import WEEK, con, request, resource, span

SATURDAY = span("2026-11-28", "08:00", "12:00")


def lee_and_patel():  # type: ignore[no-untyped-def]
    return request(
        resources=[
            resource("dr-lee", "Dr. Lee", days=WEEK),
            resource("dr-patel", "Dr. Patel", days=["2026-11-28"], start="08:00", end="12:00"),
        ]
    )


def test_solver_clarification_names_availability_and_offers_both_ways_out() -> None:
    cons = [
        con("c1", "require", resources=["dr-lee"], text="Dr. Lee"),
        con("c2", "require", spans=[SATURDAY], text="Saturday morning"),
    ]
    result = solve(lee_and_patel(), cons)
    assert result.outcome == "clarification" and result.proposals == []
    clar = result.clarification
    assert {c.id for c in clar.conflicts} == {"c1", "c2", "availability"}
    texts = {c.id: c.text for c in clar.conflicts}
    assert texts["availability"] == "Dr. Lee's open hours"
    assert texts["c2"] == "Saturday morning"
    drops = {r.drop[0]: r.proposals for r in clar.relaxations}
    assert set(drops) == {"c1", "c2"}
    assert drops["c2"][0].resource == "dr-lee" and drops["c2"][0].start.weekday() < 5
    assert drops["c1"][0].resource == "dr-patel" and drops["c1"][0].start.weekday() == 5
    assert clar.question.startswith('Dr. Lee has no open time that fits "Saturday morning".')
    assert "with Dr. Patel" in clar.question and "with Dr. Lee" in clar.question
    assert clar.question.endswith("work?")
    assert result.detail["core_after"] == ["availability", "c1", "c2"]


def test_solver_clarification_constraints_that_contradict_need_no_calendar() -> None:
    days = ["2026-11-24", "2026-11-25"]
    cons = [
        con("early", "require", spans=[span(d, "07:00", "09:00") for d in days], text="before 9am"),
        con("late", "require", spans=[span(d, "17:00", "20:00") for d in days], text="after 5pm"),
        con("dr", "require", resources=["dr-smith"], text="Dr. Smith"),
    ]
    clar = solve(request(), cons).clarification
    assert clar is not None
    assert [c.id for c in clar.conflicts] == ["early", "late"]
    assert clar.question.startswith('"before 9am" and "after 5pm" cannot all hold together.')
    # Dropping either still meets Dr. Smith's hours? Only "before 9am" can't: nothing is open.
    drops = {r.drop[0]: r.proposals for r in clar.relaxations}
    assert drops["early"] == [] and drops["late"] == []


def test_solver_clarification_core_is_minimal_among_many_hard_rules() -> None:
    cons = [
        con("dr", "require", resources=["dr-smith"], text="Dr. Smith"),
        con("week", "require", spans=[span(d, "08:00", "18:00") for d in WEEK], text="this week"),
        con("not-mon", "exclude", spans=[span("2026-11-23", "00:00", "23:59")], text="Monday"),
        con("sun", "require", spans=[span("2026-11-29", "09:00", "12:00")], text="Sunday"),
    ]
    result = solve(request(), cons)
    ids = [c.id for c in result.clarification.conflicts]
    assert ids == ["week", "sun"]
    assert set(result.detail["core_after"]) <= set(result.detail["core_before"])


def test_solver_clarification_when_no_one_has_time() -> None:
    result = solve(request(resources=[{"id": "x", "name": "Dr. X", "open": []}]), [])
    assert result.outcome == "clarification"
    assert [c.id for c in result.clarification.conflicts] == ["availability"]
    assert result.clarification.relaxations == []
    assert "Dr. X has no open time in the next 28 days" in result.clarification.question


def test_solver_clarification_when_no_resource_is_listed() -> None:
    result = solve(request(resources=[]), [])
    assert result.outcome == "clarification"
    assert [c.id for c in result.clarification.conflicts] == ["availability"]


def test_solver_clarification_empty_hard_require_conflicts_on_its_own() -> None:
    cons = [con("c1", "require", text="on the 31st"), con("c2", "prefer", "soft", text="soon")]
    result = solve(request(), cons)
    assert [c.id for c in result.clarification.conflicts] == ["c1"]
    assert result.clarification.relaxations[0].proposals
    assert any("c2" in n for n in result.detail["notes"])


def test_solver_clarification_booking_rules_alone_admit_nothing() -> None:
    req = request(rules={"min_notice_minutes": 40 * 1440, "horizon_days": 28})
    clar = solve(req, []).clarification
    assert clar is not None and [c.id for c in clar.conflicts] == ["booking_rules"]
    assert "booking window" in clar.conflicts[0].text


def test_solver_clarification_relaxation_proposals_keep_other_hard_rules() -> None:
    cons = [
        con("pm", "require", spans=[span(d, "13:00", "17:00") for d in WEEK], text="afternoon"),
        con("sat", "require", spans=[SATURDAY], text="Saturday morning"),
        con("soft", "prefer", "soft", spans=[span("2026-11-26", "15:00", "16:00")]),
    ]
    clar = solve(request(), cons).clarification
    assert {c.id for c in clar.conflicts} == {"pm", "sat"}
    drop_sat = next(r for r in clar.relaxations if r.drop == ["sat"])
    assert len(drop_sat.proposals) == 3
    assert drop_sat.proposals[0].start.isoformat() == "2026-11-26T15:00:00-05:00"
    for p in drop_sat.proposals:
        assert p.start.hour >= 13 and "sat" not in p.satisfied + p.violated
    assert next(r for r in clar.relaxations if r.drop == ["pm"]).proposals == []


def test_solver_clarification_availability_alone_is_the_whole_conflict() -> None:
    # Dr. Smith is open only on Saturday 2026-11-28 at 3 am, before the notice allows;
    # two hard rules also contradict each other, but dropping either would give nothing,
    # so the conflict names the open hours alone.
    req = request(
        resources=[
            resource("dr-smith", "Dr. Smith", days=["2026-11-23"], start="08:00", end="09:00")
        ]
    )
    cons = [
        con("tue", "require", spans=[span("2026-11-24", "09:00", "12:00")], text="Tuesday"),
        con("wed", "require", spans=[span("2026-11-25", "09:00", "12:00")], text="Wednesday"),
    ]
    result = solve(req, cons)
    clar = result.clarification
    assert clar is not None
    assert [c.id for c in clar.conflicts] == ["availability"]
    assert clar.relaxations == []
    assert result.detail["core_after"] == ["availability"]
