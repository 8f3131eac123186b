"""The C49 corpus is the test: the day's edge of the resource the message names
(`candidate_finding.day_hours`); "nowt" and "owt" in a negated bound (`lexicon_cues`)."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.grounding import TimeMention, ground
from slotwise.schemas import ScheduleRequest

from tests.extractor import grounding_corpus_c49 as c49
from tests.extractor.grounding_corpus import NY, REF


def _open(first: int, last: int) -> list[dict[str, str]]:
    day = date(2026, 11, 23)
    return [
        {
            "start": f"{day + timedelta(days=k)}T{first:02d}:00:00-05:00",
            "end": f"{day + timedelta(days=k)}T{last:02d}:00:00-05:00",
        }
        for k in range(14)
    ]


def _request(message: str) -> ScheduleRequest:
    return ScheduleRequest.model_validate(
        {
            "message": message,
            "now": REF.isoformat(),
            "timezone": NY,
            "duration_minutes": 30,
            "resources": [
                {"id": "dr-kaur", "name": "Dr Kaur", "open": _open(8, 17)},
                {"id": "dr-obrien", "name": "Dr O'Brien", "open": _open(6, 14)},
                {"id": "tayla", "name": "Tayla", "open": _open(10, 19)},
            ],
        }
    )


def _window(text: str, said: str) -> str:
    _, mentions, _ = find_candidates(_request(text))
    found = {m.text: m for m in mentions if isinstance(m, TimeMention)}
    assert said in found, list(found)
    reading = found[said].reading
    assert reading is not None and reading.intervals
    a, b = (t.astimezone(ZoneInfo(NY)) for t in reading.intervals[0])
    return f"{a:%m-%d %H:%M}-{b:%H:%M}"


@pytest.mark.parametrize("case", c49.NAMED_EDGE, ids=[m for m, *_ in c49.NAMED_EDGE])
def test_c49_the_edge_is_the_named_resources(case: tuple[str, str, str]) -> None:
    text, said, window = case
    assert _window(text, said) == window


@pytest.mark.parametrize("case", c49.BUSINESS_EDGE, ids=[m for m, *_ in c49.BUSINESS_EDGE])
def test_c49_with_no_resource_named_the_edge_is_the_business(case: tuple[str, str, str]) -> None:
    text, said, window = case
    assert _window(text, said) == window


@pytest.mark.parametrize("case", c49.NOWT, ids=[m for m, *_ in c49.NOWT])
def test_c49_nowt_and_owt_negate_the_bound(case: tuple[str, str, str, str]) -> None:
    text, said, bound, edge = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    m = found[said]
    assert m.bound == bound and m.reading is not None
    a, b = m.reading.intervals[0]
    assert (b if bound == "before" else a).astimezone(ZoneInfo(NY)).strftime("%H:%M") == edge
