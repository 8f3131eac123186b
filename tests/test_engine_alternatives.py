"""Which proposals are shown beside the first (`slotwise.alternatives`).

A series said with its start ("every Wednesday at 5 starting this week") shows no later
week; a session said with its start and length ("Saturday from 10, 2 hours") shows no
alternative that drifts off the start when the first keeps it. The rules read typed
constraints only: the unit tests build them by hand; the engine tests run messages
through grounding under fixed labels.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
from slotwise.schemas import Constraint, Proposal, Span

from slotwise import Engine
from slotwise.alternatives import series_starts, stated_start, stated_starts, worth_showing

NY = "-05:00"


def _dt(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}:00{NY}")


def _span(day: str, a: str, b: str, day_b: str | None = None) -> Span:
    return Span(start=_dt(day, a), end=_dt(day_b or day, b))


def _con(cid: str, rule: str, spans: list[Span], **extra: Any) -> Constraint:
    return Constraint(id=cid, kind="require", strength="hard", rule=rule, intervals=spans, **extra)


def _prop(rank: int, day: str, clock: str, resource: str = "r1") -> Proposal:
    start = _dt(day, clock)
    return Proposal(
        rank=rank, resource=resource, start=start, end=start + timedelta(minutes=60), score=1.0
    )


def _clocks(proposals: list[Proposal]) -> list[str]:
    return [p.start.strftime("%m-%d %H:%M") for p in proposals]


# -- series --------------------------------------------------------------------------

WEDNESDAYS = [_span(d, "17:00", "18:00") for d in ("2026-12-16", "2026-12-23", "2026-12-30")]
STARTING = _con(
    "c2",
    "bound_prefix+week",
    [_span("2026-12-14", "00:00", "21:00", "2027-01-11")],
    label="from Mon 14 Dec",
)


def test_alternatives_series_start_drops_the_later_weeks() -> None:
    every = _con("c1", "weekday_set+clock_at_bare", WEDNESDAYS)
    props = [
        _prop(1, "2026-12-16", "17:00"),
        _prop(2, "2026-12-23", "17:00"),
        _prop(3, "2026-12-30", "17:00"),
    ]
    kept = series_starts([every, STARTING], props)
    assert _clocks(kept) == ["12-16 17:00"]
    assert [p.rank for p in kept] == [1]


def test_alternatives_series_keeps_the_first_weeks_other_days() -> None:
    # "every Tuesday and Thursday evening from this week": Thursday too, not next Tuesday
    days = _con(
        "c1",
        "weekday_set+weekday",
        [
            _span(d, "00:00", "00:00", e)
            for d, e in (("2027-09-28", "2027-09-29"), ("2027-09-30", "2027-10-01"))
        ],
    )
    start = _con(
        "c4",
        "between+week",
        [_span("2027-09-27", "00:00", "21:00", "2027-10-25")],
        label="from Mon 27 Sep",
    )
    props = [
        _prop(1, "2027-09-28", "17:00"),
        _prop(2, "2027-09-30", "17:00"),
        _prop(3, "2027-10-05", "17:00"),
    ]
    assert _clocks(series_starts([days, start], props)) == ["09-28 17:00", "09-30 17:00"]


def test_alternatives_series_needs_its_stated_start() -> None:
    # "every Wednesday at 5" alone: later Wednesdays are still offered
    every = _con("c1", "weekday_set+clock_at_bare", WEDNESDAYS)
    props = [_prop(1, "2026-12-16", "17:00"), _prop(2, "2026-12-23", "17:00")]
    assert series_starts([every], props) == props


def test_alternatives_an_upper_bound_is_no_series_start() -> None:
    every = _con("c1", "weekday_set", WEDNESDAYS)
    before = _con(
        "c2",
        "bound_prefix+ordinal_day",
        [_span("2026-12-14", "18:05", "00:00", "2026-12-25")],
        label="before Fri 25 Dec",
    )
    props = [_prop(1, "2026-12-16", "17:00"), _prop(2, "2026-12-23", "17:00")]
    assert series_starts([every, before], props) == props


def test_alternatives_a_start_without_a_recurring_wish_drops_nothing() -> None:
    # "any day from next week": alternatives on later weeks are real choices
    any_day = _con("c1", "week", [_span("2026-12-14", "00:00", "00:00", "2026-12-21")])
    props = [_prop(1, "2026-12-14", "09:00"), _prop(2, "2026-12-22", "09:00")]
    assert series_starts([any_day, STARTING], props) == props


# -- stated starts --------------------------------------------------------------------

SATURDAY_FROM_10 = _con(
    "c2",
    "weekday_day_number+between+bare_number",
    [_span("2027-03-13", "10:00", "00:00", "2027-03-14")],
)


@pytest.mark.parametrize(
    ("rule", "length", "clock"),
    [
        ("weekday_day_number+between+bare_number", True, time(10)),  # "Sat the 13th from 10", 2h
        ("weekday_day_number+between+bare_number", False, None),  # "from 10": a window
        ("bound_prefix+clock_exact", False, time(10)),  # "starting 10am sharp"
        ("weekday_day_number+bound_prefix+bare_number", True, None),  # "after 10", 2h: a bound
        ("weekday_day_number", True, None),  # a day is no start
    ],
)
def test_alternatives_stated_start_of_a_constraint(
    rule: str, length: bool, clock: time | None
) -> None:
    c = SATURDAY_FROM_10.model_copy(update={"rule": rule})
    assert stated_start(c, length) == clock


def test_alternatives_a_range_is_no_stated_start() -> None:
    # "from 2 to 4", 1 hour: the range is a window, its first clock no start
    c = _con("c1", "between+bare_number+bare_number", [_span("2027-03-13", "14:00", "16:00")])
    assert stated_start(c, True) is None


def test_alternatives_an_upper_bound_is_no_stated_start() -> None:
    c = _con("c1", "weekday+bound_prefix+bare_number", [_span("2027-03-13", "00:00", "10:00")])
    assert stated_start(c, True) is None


def test_alternatives_stated_start_drops_those_that_drift() -> None:
    props = [
        _prop(1, "2027-03-13", "10:00"),
        _prop(2, "2027-03-13", "11:00"),
        _prop(3, "2027-03-13", "10:00", "r2"),
    ]
    kept = stated_starts([SATURDAY_FROM_10], props, stated_length=True)
    assert [(p.rank, p.resource) for p in kept] == [(1, "r1"), (2, "r2")]
    assert _clocks(kept) == ["03-13 10:00", "03-13 10:00"]


def test_alternatives_stated_start_keeps_all_when_the_first_drifted() -> None:
    # 10:00 was taken: the first proposal is 10:30, and the others stay as they are
    props = [_prop(1, "2027-03-13", "10:30"), _prop(2, "2027-03-13", "11:30")]
    assert stated_starts([SATURDAY_FROM_10], props, stated_length=True) == props


def test_alternatives_stated_start_reads_clocks_in_the_proposals_zone() -> None:
    utc = [
        Proposal(
            rank=1,
            resource="r1",
            start=_dt("2027-03-13", "10:00").astimezone(
                datetime.fromisoformat("2027-03-13T00:00:00+00:00").tzinfo
            ),
            end=_dt("2027-03-13", "12:00"),
            score=1.0,
        ),
        _prop(2, "2027-03-13", "10:15"),
    ]
    # the constraint said 10:00 New York; the first proposal is 15:00 UTC, the same instant
    assert len(stated_starts([SATURDAY_FROM_10], utc, stated_length=True)) == 1


def test_alternatives_worth_showing_leaves_a_plain_request_alone() -> None:
    day = _con("c1", "weekday", [_span("2027-03-13", "00:00", "00:00", "2027-03-14")])
    props = [_prop(1, "2027-03-13", "09:00"), _prop(2, "2027-03-13", "10:00")]
    assert worth_showing([day], props, stated_length=True) == props


# -- through the engine ------------------------------------------------------------------


class _Labels:
    """Labels every candidate require/hard, as a writer would for these messages."""

    name = "all-required"

    def interpret(self, message: str, candidates: list[Any]) -> Any:
        from slotwise.extractor.interpretation import (
            CandidateLabel,
            Interpretation,
            Interpreted,
        )

        labels = [CandidateLabel(kind="require", strength="hard") for _ in candidates]
        return Interpreted(Interpretation(intent="book", labels=labels), 1.0, self.name)


def _request(message: str, days: list[str], now: str = "2026-12-14T08:05:00-05:00") -> Any:
    return {
        "message": message,
        "now": now,
        "timezone": "America/New_York",
        "duration_minutes": 60,
        "resources": [
            {
                "id": "coach",
                "name": "Coach Ana",
                "open": [
                    {"start": f"{d}T09:00:00-05:00", "end": f"{d}T20:00:00-05:00"} for d in days
                ],
            }
        ],
        "max_proposals": 3,
    }


WEEKS = [(datetime(2026, 12, 14) + timedelta(days=n)).strftime("%Y-%m-%d") for n in range(28)]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(interpreter=_Labels())


def test_engine_alternatives_series_from_this_week(engine: Engine) -> None:
    result = engine.schedule(_request("every Wednesday at 5 starting this week", WEEKS))
    assert _clocks(result.proposals) == ["12-16 17:00"]


def test_engine_alternatives_series_without_a_start_offers_later_weeks(engine: Engine) -> None:
    result = engine.schedule(_request("every Wednesday at 5", WEEKS))
    assert len(result.proposals) == 3
    assert len({p.start.date() for p in result.proposals}) == 3


def test_engine_alternatives_session_from_10_for_2_hours(engine: Engine) -> None:
    result = engine.schedule(_request("Saturday the 19th from 10 for 2 hours", WEEKS))
    assert _clocks(result.proposals) == ["12-19 10:00"]
    assert result.proposals[0].end - result.proposals[0].start == timedelta(hours=2)


def test_engine_alternatives_from_10_without_a_length_is_a_window(engine: Engine) -> None:
    result = engine.schedule(_request("Saturday the 19th from 10", WEEKS))
    assert len(result.proposals) == 3
    assert _clocks(result.proposals)[0] == "12-19 10:00"
    assert len({p.start for p in result.proposals}) == 3
