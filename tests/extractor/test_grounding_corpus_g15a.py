"""The G15a corpus is the test: a time grounding narrowed to a day the interpreter
labels context reads on every day; on a wished day it stays that day's."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.interpretation import CandidateLabel
from slotwise.extractor.pipeline import find_candidates
from slotwise.extractor.reader.data import FixedInterpreter
from slotwise.schemas import ScheduleRequest

from slotwise import Engine
from tests.extractor import grounding_corpus_g15a as g
from tests.extractor.grounding_corpus import NY, REF


def _open_days() -> list[dict[str, str]]:
    first = date(2026, 11, 23)
    return [
        {
            "start": f"{first + timedelta(days=k)}T08:00:00-05:00",
            "end": f"{first + timedelta(days=k)}T20:00:00-05:00",
        }
        for k in range(29)
    ]


@pytest.fixture(scope="module")
def engine() -> Engine:
    # a roomy budget: these rows test the answer, not the solver's speed on a loaded machine
    return Engine("rules", time_limit_s=10.0)


def _first(engine: Engine, text: str, day: str, said: str, day_kind: str) -> str:
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
    texts = [c.text for c in cands]
    assert any(t.startswith(day) for t in texts) and said in texts, texts
    linked = next(c.linked for c in cands if c.text == said)
    assert linked is not None and cands[linked].text.startswith(day), texts
    labels = [  # the day as `day_kind`, everything else a plain wish that narrows nothing
        CandidateLabel(kind=day_kind if c.text.startswith(day) else "require", strength="hard")
        for c in cands
    ]
    saved = engine.interpreter
    engine.interpreter = FixedInterpreter("book", labels)
    try:
        result = engine.schedule(req)
    finally:
        engine.interpreter = saved
    assert result.outcome == "proposals", result.outcome
    return result.proposals[0].start.astimezone(ZoneInfo(NY)).strftime("%m-%d %H:%M")


@pytest.mark.parametrize(
    "case", g.TIME_AFTER_CONTEXT_DAY, ids=[m for m, *_ in g.TIME_AFTER_CONTEXT_DAY]
)
def test_g15a_time_after_a_context_day_is_every_days(
    engine: Engine, case: tuple[str, str, str, str]
) -> None:
    text, day, said, first = case
    assert _first(engine, text, day, said, "context") == first


@pytest.mark.parametrize(
    "case", g.TIME_ON_A_WISHED_DAY, ids=[m for m, *_ in g.TIME_ON_A_WISHED_DAY]
)
def test_g15a_time_on_a_wished_day_stays_that_days(
    engine: Engine, case: tuple[str, str, str, str]
) -> None:
    text, day, said, first = case
    assert _first(engine, text, day, said, "require") == first
