"""A day's edge ("first thing", "end of the day") as where the visit starts.

The pipeline gives such a wish its `edges` (the opening, or the start that ends the visit
at the closing), the solver offers the starts nearest them first, and
`alternatives.at_day_edges` leaves out alternatives that move off the edge when the first
proposal keeps to it. The unit tests build constraints by hand; the engine tests run
messages through grounding under fixed labels.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Proposal, Span

from slotwise import Engine
from slotwise.alternatives import at_day_edges, last_slots, worth_showing

NY = "-05:00"


def _dt(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}:00{NY}")


def _edge(
    cid: str, windows: list[tuple[str, str, str]], edges: list[tuple[str, str]], **extra: Any
) -> Constraint:
    fields: dict[str, Any] = {"kind": "require", "strength": "hard", **extra}
    return Constraint(
        id=cid,
        rule="part_of_day+weekday",
        intervals=[Span(start=_dt(d, a), end=_dt(d, b)) for d, a, b in windows],
        edges=[_dt(d, t) for d, t in edges],
        **fields,
    )


def _prop(rank: int, day: str, clock: str, resource: str = "r1", minutes: int = 30) -> Proposal:
    start = _dt(day, clock)
    return Proposal(
        rank=rank,
        resource=resource,
        start=start,
        end=start + timedelta(minutes=minutes),
        score=1.0,
    )


def _shown(proposals: list[Proposal]) -> list[tuple[int, str, str]]:
    return [(p.rank, p.resource, p.start.strftime("%m-%d %H:%M")) for p in proposals]


SAT = "2026-12-05"
MON = "2026-12-07"
# "first thing Saturday": r1 opens at 09:00, r2 at 10:00
FIRST_THING = _edge("c1", [(SAT, "09:00", "10:30"), (SAT, "10:00", "11:00")], [(SAT, "09:00")])


def test_day_edges_drop_a_start_that_drifts_off_the_opening() -> None:
    props = [_prop(1, SAT, "09:00"), _prop(2, SAT, "09:15"), _prop(3, SAT, "09:30")]
    assert _shown(at_day_edges([FIRST_THING], props)) == [(1, "r1", "12-05 09:00")]


def test_day_edges_keep_another_resource_or_day_at_its_edge() -> None:
    both = _edge(
        "c1",
        [(SAT, "09:00", "10:30"), (SAT, "10:00", "11:00"), (MON, "09:00", "10:30")],
        [(SAT, "09:00"), (SAT, "10:00"), (MON, "09:00")],
    )
    props = [
        _prop(1, SAT, "09:00"),
        _prop(2, SAT, "10:00", "r2"),
        _prop(3, SAT, "09:15"),
        _prop(4, MON, "09:00"),
    ]
    assert _shown(at_day_edges([both], props)) == [
        (1, "r1", "12-05 09:00"),
        (2, "r2", "12-05 10:00"),
        (3, "r1", "12-07 09:00"),
    ]


def test_day_edges_one_opening_per_resource_and_day() -> None:
    # 10:00 is r2's opening; for r1, already shown at 09:00, it is no first thing
    both = _edge(
        "c1", [(SAT, "09:00", "10:30"), (SAT, "10:00", "11:00")], [(SAT, "09:00"), (SAT, "10:00")]
    )
    props = [_prop(1, SAT, "09:00"), _prop(2, SAT, "10:00"), _prop(3, SAT, "10:00", "r2")]
    assert _shown(at_day_edges([both], props)) == [
        (1, "r1", "12-05 09:00"),
        (2, "r2", "12-05 10:00"),
    ]


def test_day_edges_first_thing_and_last_thing_of_one_day_both_stay() -> None:
    # "first thing or last thing on the 21st": the opening and the start that ends at 18:00
    either = _edge(
        "c1", [(MON, "08:00", "09:30"), (MON, "17:00", "18:00")], [(MON, "08:00"), (MON, "17:30")]
    )
    props = [_prop(1, MON, "08:00"), _prop(2, MON, "17:30"), _prop(3, MON, "08:15")]
    assert _shown(at_day_edges([either], props)) == [
        (1, "r1", "12-07 08:00"),
        (2, "r1", "12-07 17:30"),
    ]


def test_day_edges_keep_the_other_option_said_with_the_edge() -> None:
    # "first thing or after lunch": any start after lunch answers too
    or_after_lunch = _edge(
        "c1", [(SAT, "09:00", "10:30"), (SAT, "13:00", "17:00")], [(SAT, "09:00")]
    )
    props = [_prop(1, SAT, "09:00"), _prop(2, SAT, "09:15"), _prop(3, SAT, "14:00")]
    assert _shown(at_day_edges([or_after_lunch], props)) == [
        (1, "r1", "12-05 09:00"),
        (2, "r1", "12-05 14:00"),
    ]


def test_day_edges_leave_all_when_the_first_is_off_the_edge() -> None:
    props = [_prop(1, SAT, "09:15"), _prop(2, SAT, "09:30")]
    assert at_day_edges([FIRST_THING], props) == props


def test_day_edges_a_soft_edge_drops_an_alternative_that_gives_it_up() -> None:
    wish = FIRST_THING.model_copy(update={"kind": "prefer", "strength": "soft"})
    props = [_prop(1, SAT, "09:00"), _prop(2, MON, "14:00")]
    assert _shown(at_day_edges([wish], props)) == [(1, "r1", "12-05 09:00")]
    # an exclusion or a retracted edge says nothing about where the visit is
    for dead in (
        FIRST_THING.model_copy(update={"kind": "exclude"}),
        FIRST_THING.model_copy(update={"retracted": True}),
    ):
        assert at_day_edges([dead], props) == props


def test_day_edges_run_last_in_worth_showing() -> None:
    props = [_prop(1, SAT, "09:00"), _prop(2, SAT, "09:15")]
    assert _shown(worth_showing([FIRST_THING], props)) == [(1, "r1", "12-05 09:00")]


# -- through the engine ------------------------------------------------------------------


class _Labels:
    """Labels every candidate alike, as a writer would for these messages."""

    name = "fixed"

    def __init__(self, kind: str = "require", strength: str = "hard") -> None:
        self.kind, self.strength = kind, strength

    def interpret(self, message: str, candidates: list[Any]) -> Any:
        from slotwise.extractor.interpretation import (
            CandidateLabel,
            Interpretation,
            Interpreted,
        )

        labels = [
            CandidateLabel(kind=self.kind, strength=self.strength)  # type: ignore[arg-type]
            for _ in candidates
        ]
        return Interpreted(Interpretation(intent="book", labels=labels), 1.0, self.name)


DAYS = ["2026-12-16", "2026-12-17", "2026-12-18", "2026-12-19"]


def _request(message: str, minutes: int = 30) -> dict[str, Any]:
    def res(rid: str, a: str, b: str) -> dict[str, Any]:
        return {
            "id": rid,
            "name": rid,
            "open": [{"start": f"{d}T{a}:00{NY}", "end": f"{d}T{b}:00{NY}"} for d in DAYS],
        }

    return {
        "message": message,
        "now": f"2026-12-14T08:05:00{NY}",
        "timezone": "America/New_York",
        "duration_minutes": minutes,
        "resources": [res("ana", "09:00", "17:00"), res("bo", "10:00", "18:00")],
        "max_proposals": 3,
    }


def _run(message: str, kind: str = "require", minutes: int = 30) -> Any:
    engine = Engine(
        interpreter=_Labels(kind, "hard" if kind == "require" else "soft"), time_limit_s=30.0
    )
    return engine.schedule(_request(message, minutes))


@pytest.mark.parametrize("kind", ["require", "prefer"])
def test_engine_day_edges_first_thing_shows_each_resources_opening(kind: str) -> None:
    result = _run("first thing Thursday", kind)
    (c,) = result.constraints
    assert [e.strftime("%d %H:%M") for e in c.edges] == ["17 09:00", "17 10:00"]
    got = [(p.resource, p.start.strftime("%d %H:%M")) for p in result.proposals]
    assert got == [("ana", "17 09:00"), ("bo", "17 10:00")]


def test_engine_day_edges_end_of_the_day_ends_at_the_closing() -> None:
    result = _run("end of the day on Thursday or Friday")
    edged = [c for c in result.constraints if c.edges]
    assert [e.strftime("%d %H:%M") for e in edged[0].edges] == ["17 17:30", "18 17:30"]
    got = [(p.resource, p.start.strftime("%d %H:%M")) for p in result.proposals]
    assert got == [("bo", "17 17:30"), ("bo", "18 17:30")]


def test_engine_day_edges_none_for_a_bound_or_a_plain_day() -> None:
    for message in ("Thursday afternoon", "before end of day Thursday", "Thursday at 3"):
        assert all(not c.edges for c in _run(message).constraints), message


# -- the last slot ------------------------------------------------------------------------


def test_engine_day_edges_as_late_as_possible_ends_at_the_closing() -> None:
    # 20 minutes before bo's 18:00 closing: 17:40, and not the same slot moved earlier
    result = _run("Thursday with bo, as late as possible", minutes=20)
    assert any("late" in w for w in result.warnings)
    got = [(p.resource, p.start.strftime("%d %H:%M")) for p in result.proposals]
    assert got == [("bo", "17 17:40")]
    # either resource: bo's last slot; 17:30 and 17:15 with bo are that slot moved
    either = _run("Thursday, as late as possible", minutes=20)
    got = [(p.resource, p.start.strftime("%d %H:%M")) for p in either.proposals]
    assert got == [("bo", "17 17:40")]


def test_day_edges_last_slots_keep_each_resources_latest_of_a_day() -> None:
    props = [
        _prop(1, SAT, "16:30"),
        _prop(2, SAT, "16:30", "r2"),
        _prop(3, SAT, "16:15"),
        _prop(4, MON, "16:30"),
    ]
    kept = worth_showing([], props, latest=True)
    assert _shown(kept) == [
        (1, "r1", "12-05 16:30"),
        (2, "r2", "12-05 16:30"),
        (3, "r1", "12-07 16:30"),
    ]
    assert _shown(last_slots(props[:1])) == [(1, "r1", "12-05 16:30")]
    # not asked for the latest: the solver's order and picks stand
    assert worth_showing([], props) == props
