"""Every message sample runs end to end; the outcome checker of the conflicts benchmark
judges proposals correctly."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest

from slotwise import Engine

ROOT = Path(__file__).resolve().parents[1]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "conflicts_eval", ROOT / "benchmarks" / "conflicts_eval.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
CALENDAR, CASES = BENCH.load()
# the blind set runs through the same structural checks (never through tuning)
CASES = CASES + BENCH.load(BENCH.BLIND)[1]
CHECK_KEYS = {
    "date", "not_date", "date_from", "date_to", "weekday", "not_weekday", "resource",
    "not_resource", "start_after", "end_by", "start_at", "minutes", "avoid",
}  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_samples_case_uses_only_known_checks(case: dict) -> None:
    expect = case["expect"]
    assert set(expect) <= {"outcome", "intent", "top", "all"}
    assert expect.get("outcome") in {None, "proposals", "clarification"}
    for part in ("top", "all"):
        assert set(expect.get(part, {})) <= CHECK_KEYS


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(interpreter="rules")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_samples_message_answers_with_spans_inside_the_message(engine: Engine, case: dict) -> None:
    result = engine.schedule({**CALENDAR, "message": case["message"]})
    # a cancellation or a non-booking asks for no slot: outcome "none", no proposals
    booking = result.intent.name not in {"cancel", "other"}
    assert result.outcome in ({"proposals", "clarification"} if booking else {"none"})
    assert booking or not result.proposals
    for c in result.constraints:
        assert c.span is not None and case["message"][c.span[0] : c.span[1]] == c.text
    for p in result.proposals:
        opens = next(r["open"] for r in CALENDAR["resources"] if r["id"] == p.resource)
        assert any(
            iv["start"] <= p.start.isoformat() and p.end.isoformat() <= iv["end"] for iv in opens
        )


def test_samples_blind_halves_split_the_set() -> None:
    everything = BENCH.load(BENCH.BLIND)[1]
    dev, test = BENCH.load(BENCH.BLIND, "dev")[1], BENCH.load(BENCH.BLIND, "test")[1]
    assert dev and test and len(dev) + len(test) == len(everything)
    assert not {c["id"] for c in dev} & {c["id"] for c in test}


def test_samples_checker_accepts_and_rejects() -> None:
    tz = ZoneInfo("America/New_York")
    p = {
        "resource": "dr-lee",
        "start": "2026-11-25T08:00:00-05:00",
        "end": "2026-11-25T08:30:00-05:00",
    }
    assert (
        BENCH.check_proposal(p, {"date": ["2026-11-25"], "weekday": ["wed"], "end_by": "10:00"}, tz)
        == []
    )
    assert BENCH.check_proposal(p, {"start_after": "09:00"}, tz)
    assert BENCH.check_proposal(p, {"not_resource": ["dr-lee"]}, tz)
    assert BENCH.check_proposal(p, {"avoid": ["08:15", "09:00"]}, tz)
    assert BENCH.check_proposal(p, {"avoid": ["08:30", "09:00"]}, tz) == []
    result = {"intent": {"name": "book"}, "outcome": "clarification", "proposals": []}
    assert BENCH.check(result, {"outcome": "proposals"}, tz)
    assert BENCH.check(result, {"outcome": "clarification"}, tz) == []
    assert json.dumps(CASES)  # the samples are plain JSON
