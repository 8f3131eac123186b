"""A wish for the earliest said alone ("asap", "first available", "dès que possible") is a
candidate of its own (rule `soonest`, no window), so the reader labels it: a wish ranks
the earliest first; taken back ("asap - actually no rush") it asks for nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from slotwise.extractor.candidate_finding import SOONEST_RULE, find_candidates
from slotwise.schemas import ScheduleRequest, ScheduleResult

from tests.extractor.test_pipeline_semantics import NOW, _schedule

# message, the words of the wish
SAID: tuple[tuple[str, str], ...] = (
    ("need a cleaning asap please", "asap"),
    ("Could you fit me in as soon as possible?", "as soon as possible"),
    ("earliest you've got?", "earliest you've got"),
    ("first available with anyone", "first available"),
    ("whenever is soonest for you", "whenever is soonest"),
    ("Un rendez-vous dès que possible svp", "dès que possible"),
    ("au plus vite pour une otite", "au plus vite"),
    ("una cita lo antes posible, gracias", "lo antes posible"),
    ("lo más rápido posible por favor", "lo más rápido posible"),
    ("Termin so bald wie möglich bitte", "so bald wie möglich"),
    ("bitte baldmöglichst", "baldmöglichst"),
    ("il prima possibile, grazie", "il prima possibile"),
    ("appena possibile per favore", "appena possibile"),
    ("o mais cedo possível por favor", "o mais cedo possível"),
    ("jaldi se jaldi slot chahiye", "jaldi se jaldi"),
    (
        "We would appreciate an appointment at the earliest opportunity.",
        "at the earliest opportunity",
    ),
    ("the sooner the better tbh", "the sooner the better"),
)
# Words that are no wish for the earliest: a bound, the customer's own first visit, urgency.
NOT_SOONEST: tuple[str, ...] = (
    "the earliest I can do is 5",
    "it's my first appointment here",
    "urgent - my tooth broke",
    "First time here, any tuesday",
    "Monday at the earliest",
    "my earliest memory of the dentist",
)


def _request(message: str) -> ScheduleRequest:
    return ScheduleRequest.model_validate(
        {
            "message": message,
            "now": NOW.isoformat(),
            "timezone": "Europe/London",
            "resources": [{"id": "r1", "name": "Room"}],
        }
    )


def _soonest(message: str) -> list[str]:
    cands, _, _ = find_candidates(_request(message))
    return [c.text for c in cands if c.rule == SOONEST_RULE]


@pytest.mark.parametrize("case", SAID, ids=[t for t, _ in SAID])
def test_candidates_soonest_said_alone_is_a_candidate(case: tuple[str, str]) -> None:
    message, said = case
    assert _soonest(message) == [said]


@pytest.mark.parametrize("message", NOT_SOONEST)
def test_candidates_soonest_not_said(message: str) -> None:
    assert _soonest(message) == []


def _urgency(result: ScheduleResult) -> list[Any]:
    step = next(s for s in result.steps if s.step == "constrain")
    return list(step.detail["urgency"])


def test_candidates_soonest_wished_ranks_the_earliest_first() -> None:
    result = _schedule("next week asap please", {"asap": ("prefer", "soft")})
    assert _urgency(result) == ["asap"]
    assert any("'asap'" in w and "earliest" in w for w in result.warnings)
    starts = [p.start for p in result.proposals]
    assert starts == sorted(starts)
    assert all("asap" not in c.text for c in result.constraints)  # no window of its own


@pytest.mark.parametrize(
    "told", [("prefer", "soft", None, True), ("exclude", "hard")], ids=["retracted", "ruled out"]
)
def test_candidates_soonest_taken_back_asks_for_nothing(told: tuple[Any, ...]) -> None:
    result = _schedule("asap - actually no rush, next week is fine", {"asap": told})
    assert _urgency(result) == []
    assert not any("'asap'" in w for w in result.warnings)
    assert all("asap" not in c.text for c in result.constraints)
    assert isinstance(result.proposals[0].start, datetime)


@pytest.mark.parametrize(
    "message", ["when's Lena next free?", "When is Lena next free in the evening?"]
)
def test_candidates_soonest_that_names_a_resource_keeps_the_resource(message: str) -> None:
    request = ScheduleRequest.model_validate(
        {
            "message": message,
            "now": NOW.isoformat(),
            "timezone": "Europe/London",
            "resources": [{"id": "lena", "name": "Lena"}, {"id": "mia", "name": "Mia"}],
        }
    )
    cands, _, _ = find_candidates(request)
    assert [c.resource_id for c in cands if c.type == "resource"] == ["lena"]
    assert not [c for c in cands if c.rule == SOONEST_RULE]
