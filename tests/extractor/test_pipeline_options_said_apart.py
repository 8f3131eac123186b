"""The options-said-apart corpus is the test: musts said apart that share no moment
are either-or, and a bare weekday beside a dated day of that weekday is that day."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.interpretation import CandidateLabel
from slotwise.extractor.reader.data import FixedInterpreter
from slotwise.schemas import ScheduleRequest, ScheduleResult

from slotwise import Engine
from tests.extractor import grounding_corpus_options_apart as g
from tests.extractor.grounding_corpus import NY, REF

Row = tuple[str, dict[str, str], tuple[str, ...] | None]


def _open_days() -> list[dict[str, str]]:
    first = date(2026, 11, 23)
    days = (first + timedelta(days=k) for k in range(28))
    return [
        {"start": f"{d}T08:00:00-05:00", "end": f"{d}T20:00:00-05:00"}
        for d in days
        if d.weekday() != 6  # closed on Sundays
    ]


@pytest.fixture(scope="module")
def engine() -> Engine:
    # a roomy budget: these rows test the answer, not the solver's speed on a loaded machine
    return Engine("rules", time_limit_s=10.0)


def _label(how: str | None) -> CandidateLabel:
    if how is None:
        return CandidateLabel(kind="require", strength="hard")
    if how in {"exclude", "context"}:
        return CandidateLabel(kind=how, strength="hard")
    if how == "retracted":
        return CandidateLabel(kind="require", strength="hard", retracted=True)
    if how.startswith("choice"):
        return CandidateLabel(kind="prefer", strength="soft", choice=int(how[-1]))  # type: ignore[arg-type]
    return CandidateLabel(kind="prefer", strength="soft")


def _schedule(engine: Engine, text: str, labels: dict[str, str]) -> ScheduleResult:
    req = ScheduleRequest.model_validate(
        {
            "message": text,
            "now": REF.isoformat(),
            "timezone": NY,
            "duration_minutes": 30,
            "resources": [{"id": "adv-lee", "name": "Lee", "open": _open_days()}],
        }
    )
    cands, _, _ = find_candidates(req)
    said = [next((v for k, v in labels.items() if k in c.text), None) for c in cands]
    out = []
    for how in said:  # "modifies:the 2nd": a hard require narrowing that candidate
        if how is not None and how.startswith("modifies:"):
            target = next(c.index for c in cands if how[len("modifies:") :] in c.text)
            out.append(CandidateLabel(kind="require", strength="hard", modifies=target))
        else:
            out.append(_label(how))
    saved = engine.interpreter
    engine.interpreter = FixedInterpreter("book", out)
    try:
        return engine.schedule(req)
    finally:
        engine.interpreter = saved


def _check(engine: Engine, row: Row) -> None:
    text, labels, days = row
    result = _schedule(engine, text, labels)
    if days is None:
        assert result.outcome == "clarification", [p.start for p in result.proposals]
        return
    assert result.outcome == "proposals", result.clarification
    # ranked options are wishes: the first proposal keeps to the first choice
    shown = (
        result.proposals[:1] if any("choice" in v for v in labels.values()) else result.proposals
    )
    got = {p.start.astimezone(ZoneInfo(NY)).strftime("%m-%d") for p in shown}
    assert got <= set(days), (got, [c.text for c in result.constraints])


@pytest.mark.parametrize("row", g.SAID_APART, ids=[r[0] for r in g.SAID_APART])
def test_pipeline_options_said_apart_are_either(engine: Engine, row: Row) -> None:
    _check(engine, row)


@pytest.mark.parametrize("row", g.NOT_OPTIONS, ids=[r[0] for r in g.NOT_OPTIONS])
def test_pipeline_options_said_apart_near_misses(engine: Engine, row: Row) -> None:
    _check(engine, row)


@pytest.mark.parametrize("row", g.DATED_DAY, ids=[r[0] for r in g.DATED_DAY])
def test_pipeline_bare_weekday_is_the_dated_day(engine: Engine, row: Row) -> None:
    _check(engine, row)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Tuesday 1st works any time. Wednesday 2nd after 2 works too", {}),
        (
            "the 1st is fine. the 2nd is fine too, but after 2 that day",
            {"after 2": "modifies:the 2nd"},
        ),
    ],
)
def test_pipeline_bound_narrows_only_its_option(
    engine: Engine, text: str, labels: dict[str, str]
) -> None:
    """A bound said of one option narrows that option's day only: the other day stays
    whole ("if it's the Wednesday, after 2")."""
    result = _schedule(engine, text, labels)
    assert result.outcome == "proposals", result.clarification
    starts = [p.start.astimezone(ZoneInfo(NY)) for p in result.proposals]
    assert {s.strftime("%m-%d") for s in starts} <= {"12-01", "12-02"}
    assert any(s.day == 1 for s in starts)
    assert all(s.hour >= 14 for s in starts if s.day == 2)
