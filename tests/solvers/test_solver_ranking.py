"""Objective and ranking: preferences dominate tie-breakers, top-k is distinct and ordered."""

from __future__ import annotations

from slotwise.schemas import Constraint
from slotwise.solvers import solve
from slotwise.solvers.candidates import Instance
from slotwise.solvers.constraints import read_rules
from slotwise.solvers.model import Assignment
from slotwise.solvers.rank import proposal

from tests.solvers.helpers import WEEK, con, request, resource, span

SLOW = 30.0  # a budget no loaded machine runs out of: the tests below count exact answers


def starts(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.start.isoformat() for p in result.proposals]


def test_solver_ranking_tiny_preference_beats_earliness() -> None:
    req = request()
    late = con("late", "prefer", "soft", spans=[span("2026-11-27", "16:00", "17:00")], weight=0.1)
    result = solve(req, [late])
    assert result.proposals[0].start.isoformat() == "2026-11-27T16:00:00-05:00"
    assert result.proposals[0].satisfied == ["late"]


def test_solver_ranking_tiny_resource_preference_beats_resource_order_and_time() -> None:
    req = request(
        resources=[
            resource("dr-smith", "Dr. Smith"),
            resource("dr-patel", "Dr. Patel", days=["2026-11-27"]),
        ]
    )
    result = solve(req, [con("p", "prefer", "soft", resources=["dr-patel"], weight=0.1)])
    assert result.proposals[0].resource == "dr-patel"
    assert result.proposals[0].start.isoformat().startswith("2026-11-27T09:00")


def test_solver_ranking_heavier_preference_wins_and_scores_fall() -> None:
    req = request(max_proposals=5)
    cons = [
        con("wed", "prefer", "soft", spans=[span("2026-11-25", "09:00", "10:00")], weight=1),
        con("thu", "prefer", "soft", spans=[span("2026-11-26", "14:00", "14:30")], weight=3),
    ]
    result = solve(req, cons)
    assert result.proposals[0].start.isoformat() == "2026-11-26T14:00:00-05:00"
    assert result.proposals[0].score == 0.75
    scores = [p.score for p in result.proposals]
    assert scores == sorted(scores, reverse=True)
    assert scores[1] == 0.25  # then the lighter preference
    assert len({(p.resource, p.start) for p in result.proposals}) == 5
    assert [p.rank for p in result.proposals] == [1, 2, 3, 4, 5]


def test_solver_ranking_equal_scores_spread_over_days() -> None:
    result = solve(request(), [])
    assert starts(result) == [f"{d}T09:00:00-05:00" for d in WEEK[:3]]


def test_solver_ranking_preference_keeps_picks_on_its_day() -> None:
    wed = con("wed", "prefer", "soft", spans=[span("2026-11-25", "12:00", "17:00")])
    result = solve(request(), [wed])
    # on the preferred day, equal options spread out rather than crowd 12:00/12:15/12:30
    assert starts(result) == [
        "2026-11-25T12:00:00-05:00",
        "2026-11-25T13:00:00-05:00",
        "2026-11-25T14:00:00-05:00",
    ]


def test_solver_ranking_violated_preference_is_reported_and_given_up() -> None:
    sat = con(
        "sat",
        "prefer",
        "soft",
        spans=[span("2026-11-28", "09:00", "12:00")],
        text="Saturday morning",
    )
    result = solve(request(max_proposals=1), [sat])
    p = result.proposals[0]
    assert p.violated == ["sat"] and p.satisfied == [] and p.score == 0.0
    assert "gives up Saturday morning" in p.explanation


def test_solver_ranking_is_deterministic() -> None:
    req = request(
        resources=[resource("a", "A"), resource("b", "B"), resource("c", "C", start="12:00")],
        max_proposals=6,
    )
    cons = [con("pm", "prefer", "soft", spans=[span(d, "12:00", "17:00") for d in WEEK])]
    first = [p.model_dump() for p in solve(req, cons).proposals]
    for _ in range(3):
        assert [p.model_dump() for p in solve(req, cons).proposals] == first


def test_solver_ranking_seed_message_example() -> None:
    """The contract's message, with its constraints built by hand."""
    req = request(
        resources=[
            resource("dr-smith", "Dr. Smith", days=WEEK[:3]),
            {"id": "dr-patel", "name": "Dr. Patel", "open": []},
        ]
    )
    days = ["2026-11-23", *WEEK, "2026-11-28", "2026-11-29", "2026-11-30"]
    cons = [
        con("c1", "exclude", spans=[span("2026-11-24", "00:00", "23:59")], text="next Tuesday"),
        con(
            "c2",
            "prefer",
            "soft",
            spans=[span("2026-11-25", "12:00", "17:00")],
            text="Wednesday afternoon",
        ),
        con("c3", "require", spans=[span(d, "00:00", "15:00") for d in days], text="not after 3pm"),
    ]
    result = solve(req, cons)
    assert result.outcome == "proposals"
    top = result.proposals[0]
    assert top.resource == "dr-smith"
    assert top.start.isoformat() == "2026-11-25T12:00:00-05:00"
    assert top.end.isoformat() == "2026-11-25T12:30:00-05:00"
    assert top.score == 1.0 and top.violated == []
    assert set(top.satisfied) == {"c1", "c2", "c3"}
    assert top.explanation == (
        "Wednesday afternoon, not after 3pm, not next Tuesday, with Dr. Smith"
    )
    for p in result.proposals:
        assert p.start.date().isoformat() == "2026-11-25"
        assert p.end.hour * 60 + p.end.minute <= 15 * 60
    assert result.detail["hard"] == ["c1", "c3"] and result.detail["soft"] == ["c2"]
    assert result.detail["status"] == "OPTIMAL"


def test_solver_ranking_reads_back_hard_rules_so_a_broken_one_shows_as_violated() -> None:
    # A solution the model should never produce: Tuesday 9:00 although Tuesday is
    # excluded. The read-back is arithmetic, not an echo of the model, so it says so.
    req = request()
    cons = [
        con("no-tue", "exclude", spans=[span("2026-11-24", "00:00", "23:59")], text="not Tuesday"),
        con("dr", "require", resources=["dr-smith"]),
        con("wed", "prefer", "soft", spans=[span("2026-11-25", "09:00", "12:00")]),
    ]
    inst = Instance.build(req)
    rules, _ = read_rules(cons, req, inst.grid.t0)
    tuesday_nine = next(
        i
        for i in range(len(inst.grid))
        if inst.grid.at(i).isoformat() == "2026-11-24T09:00:00-05:00"
    )
    p = proposal(inst, rules, Assignment([tuesday_nine], [[0]]), 1)
    assert p.violated == ["no-tue", "wed"]
    assert p.satisfied == ["dr"]
    assert "gives up not Tuesday" in p.explanation


def test_solver_ranking_every_hard_rule_is_read_back_as_satisfied() -> None:
    cons = [
        con("no-tue", "exclude", spans=[span("2026-11-24", "00:00", "23:59")]),
        con("dr", "require", resources=["dr-smith"]),
    ]
    result = solve(request(), cons)
    assert result.detail["broken_hard"] == []
    for p in result.proposals:
        assert p.satisfied == ["no-tue", "dr"] and p.violated == []


def test_solver_ranking_latest_first_within_what_the_constraints_allow() -> None:
    """ "as late as possible": the latest open starts come first, preferences still rule."""
    wed = con("wed", "require", "hard", spans=[span("2026-11-25", "09:00", "17:00")])
    result = solve(request(), [wed], latest=True)
    got = starts(result)
    assert got == sorted(got, reverse=True)
    assert got[0] == "2026-11-25T16:30:00-05:00"  # the visit still ends by 17:00
    assert result.detail["latest_first"] is True
    early = con("am", "prefer", "soft", spans=[span("2026-11-25", "09:00", "11:00")])
    result = solve(request(), [wed, early], latest=True)
    assert starts(result)[0] == "2026-11-25T10:30:00-05:00"  # the latest that meets the wish
    both = solve(request(), [wed], earliest=True, latest=True)  # "asap" wins
    assert starts(both)[0] == "2026-11-25T09:00:00-05:00"


def _around(cid: str, date: str, start: str, end: str, aim: str, **kw) -> Constraint:  # type: ignore[no-untyped-def]
    c = con(cid, "require", spans=[span(date, start, end)], **kw)
    return c.model_copy(update={"targets": [span(date, aim, aim).start]})


def test_solver_ranking_approximate_time_nearest_first() -> None:
    # "Friday around 4:30" for 30 minutes: starts 16:00-17:00 (visit may run to 17:30)
    req = request(resources=[resource("dr-smith", "Dr. Smith", end="18:00")])
    around = _around("c1", "2026-11-27", "16:00", "17:30", "16:30")
    assert [s[11:16] for s in starts(solve(req, [around]))] == ["16:30", "16:15", "16:45"]
    # without the target the same window is read earliest first
    plain = con("c1", "require", spans=[span("2026-11-27", "16:00", "17:30")])
    assert [s[11:16] for s in starts(solve(req, [plain]))] == ["16:00", "17:00", "16:15"]


def test_solver_ranking_approximate_time_off_the_grid_and_over_days() -> None:
    # "around 10:20" each day: 10:20 joins the 15-minute grid, and days still spread
    req = request()
    aims = [span(d, "10:20", "10:20").start for d in WEEK[:3]]
    c = con("c1", "require", spans=[span(d, "09:50", "11:20") for d in WEEK[:3]])
    c = c.model_copy(update={"targets": aims})
    assert starts(solve(req, [c])) == [f"{d}T10:20:00-05:00" for d in WEEK[:3]]


def test_solver_ranking_approximate_time_yields_to_preferences() -> None:
    # nearness ranks within what preferences allow, never over one
    req = request(resources=[resource("dr-smith", "Dr. Smith", end="18:00")])
    around = _around("c1", "2026-11-27", "16:00", "17:30", "16:30")
    late = con("c2", "prefer", "soft", spans=[span("2026-11-27", "16:45", "18:00")], weight=0.1)
    assert starts(solve(req, [around, late]))[0][11:16] == "16:45"


def test_solver_ranking_day_edge_end_of_the_day_ends_at_the_closing() -> None:
    # "end of the day" on two days, a 25-minute visit, open until 17:00: the edge is the
    # start that ends the visit at the closing, 16:35, off the 15-minute grid
    wins = [span(d, "16:00", "17:00") for d in WEEK[:2]]
    edges = [span(d, "16:35", "16:35").start for d in WEEK[:2]]
    c = con("c1", "require", spans=wins).model_copy(update={"edges": edges})
    got = starts(solve(request(duration_minutes=25), [c], time_limit_s=SLOW))
    assert got[:2] == [f"{d}T16:35:00-05:00" for d in WEEK[:2]]
    plain = con("c1", "require", spans=wins)
    assert (
        starts(solve(request(duration_minutes=25), [plain], time_limit_s=SLOW))[0][11:16] == "16:00"
    )


def test_solver_ranking_day_edge_first_thing_is_the_opening() -> None:
    # a soft "first thing" on Wednesday: the opening first, whatever spreading would pick
    first = con("c1", "prefer", "soft", spans=[span("2026-11-25", "09:00", "10:30")])
    first = first.model_copy(update={"edges": [span("2026-11-25", "09:00", "09:00").start]})
    assert [s[11:16] for s in starts(solve(request(), [first], time_limit_s=SLOW))] == [
        "09:00",
        "09:15",
        "09:30",
    ]
    # without the edge the same wish spreads over its hours
    plain = first.model_copy(update={"edges": []})
    assert [s[11:16] for s in starts(solve(request(), [plain], time_limit_s=SLOW))] == [
        "09:00",
        "10:00",
        "09:15",
    ]
    # an edge never outweighs a stated preference
    later = con("c2", "prefer", "soft", spans=[span("2026-11-25", "09:30", "10:30")])
    assert starts(solve(request(), [first, later], time_limit_s=SLOW))[0][11:16] == "09:30"


def test_solver_ranking_latest_ends_the_visit_at_the_closing() -> None:
    # "as late as possible" Wednesday, 20 minutes, open until 17:00: 16:40, off the grid
    wed = con("wed", "require", spans=[span("2026-11-25", "09:00", "17:00")])
    got = [
        s[11:16]
        for s in starts(solve(request(duration_minutes=20), [wed], latest=True, time_limit_s=SLOW))
    ]
    assert got == ["16:40", "16:30", "16:15"]
    # without "as late as possible" the closing is no start of its own
    plain = starts(solve(request(duration_minutes=20), [wed], time_limit_s=SLOW))
    assert all(s[11:16] != "16:40" for s in plain)
    # "asap" wins, and so does the grid
    both = starts(
        solve(request(duration_minutes=20), [wed], earliest=True, latest=True, time_limit_s=SLOW)
    )
    assert both[0][11:16] == "09:00"


def test_solver_ranking_latest_closing_of_each_free_window_and_buffer() -> None:
    # a lunch break 12:10-13:00 makes 12:10 a closing too; a buffer after moves it back
    res = {
        "id": "dr-smith",
        "name": "Dr. Smith",
        "open": [
            {"start": "2026-11-25T09:00:00-05:00", "end": "2026-11-25T12:10:00-05:00"},
            {"start": "2026-11-25T13:00:00-05:00", "end": "2026-11-25T16:50:00-05:00"},
        ],
    }
    morning = con("am", "require", spans=[span("2026-11-25", "09:00", "12:30")])
    req = request(resources=[res], duration_minutes=30)
    assert starts(solve(req, [morning], latest=True, time_limit_s=SLOW))[0][11:16] == "11:40"
    buffered = request(resources=[res], duration_minutes=30, rules={"buffer_after_minutes": 10})
    assert starts(solve(buffered, [morning], latest=True, time_limit_s=SLOW))[0][11:16] == "11:30"
    day = con("wed", "require", spans=[span("2026-11-25", "09:00", "17:00")])
    assert starts(solve(req, [day], latest=True, time_limit_s=SLOW))[0][11:16] == "16:20"
