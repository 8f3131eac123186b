"""The G2 corpus (clock phrasing, approximations, extremes, parts of the day) is the test."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_g2 as g2
from tests.extractor.grounding_corpus import Group
from tests.extractor.grounding_corpus_texting import TUE
from tests.extractor.test_grounding_corpus import check

CASES = [(g, text) for g in g2.CORPUS for text in g.texts]


@pytest.mark.parametrize("case", CASES, ids=[f"{g.name}::{t}" for g, t in CASES])
def test_grounding_corpus_g2_example(case: tuple[Group, str]) -> None:
    g, text = case
    check(g, text)


@pytest.mark.parametrize("case", g2.MESSAGES, ids=[m for m, _ in g2.MESSAGES])
def test_grounding_corpus_g2_message_mentions(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    got = tuple(m.text for m in ground(text, TUE, "America/New_York"))
    assert got == want


@pytest.mark.parametrize("text", g2.NEGATIVE)
def test_grounding_corpus_g2_negative(text: str) -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    found = ground(text, now, "America/New_York")
    assert found == [], [(m.text, m.rule) for m in found]


def test_grounding_corpus_g2_names_unique() -> None:
    from tests.extractor.grounding_corpus import CORPUS
    from tests.extractor.grounding_corpus_texting import CORPUS as TEXTING

    names = [g.name for g in (*CORPUS, *TEXTING, *g2.CORPUS)]
    assert len(names) == len(set(names))


# A bare hour takes the half of the day the business is open in: (texts, open hours in
# minutes, the start hour of the best reading).
OPEN_HALF = [
    ("table for 4 friday around 7ish?", (12 * 60, 23 * 60), 19),
    ("sat at 8 for six people", (12 * 60, 23 * 60), 20),
    ("can we do 9 on thursday", (17 * 60, 24 * 60), 21),
    ("tmrw 7ish pls", (7 * 60, 17 * 60), 7),  # a garage open at 7: the morning stays
    ("at 7 on friday", (6 * 60, 21 * 60), 7),  # both halves open: business hours first
    ("friday at 4", (8 * 60, 12 * 60), 16),  # neither half open: as without hours
]


@pytest.mark.parametrize("case", OPEN_HALF, ids=[t for t, _, _ in OPEN_HALF])
def test_grounding_bare_hour_takes_the_open_half_of_the_day(
    case: tuple[str, tuple[int, int], int],
) -> None:
    text, hours, want = case
    found = ground(text, TUE, "America/New_York", open_hours=hours)
    clocks = [m for m in found if m.reading is not None and m.reading.grain in ("hour", "minute")]
    assert clocks, [(m.text, m.symbolic) for m in found]
    start = clocks[0].reading.intervals[0][0] if clocks[0].reading else None
    assert start is not None
    approx = "~" in clocks[0].symbolic
    assert start.hour == (want - 1 if approx else want), clocks[0].reading
    assert clocks[0].alternatives, "the other half of the day stays an alternative"


def test_grounding_open_hours_from_the_request() -> None:
    from slotwise.extractor.candidate_finding import open_hours
    from slotwise.schemas import ScheduleRequest

    day = "2026-12-02"
    req = ScheduleRequest.model_validate(
        {
            "message": "around 7ish",
            "now": "2026-12-01T10:30:00-05:00",
            "timezone": "America/New_York",
            "resources": [
                {
                    "id": "patio",
                    "open": [{"start": f"{day}T12:00:00-05:00", "end": f"{day}T22:00:00-05:00"}],
                },
                {"id": "bar", "weekly_hours": [{"day": "wed", "start": "16:00", "end": "23:00"}]},
            ],
        }
    )
    assert open_hours(req) == (12 * 60, 23 * 60)


@pytest.mark.parametrize("case", g2.CORRECTIONS, ids=[m for m, _ in g2.CORRECTIONS])
def test_grounding_corrected_bare_number_is_a_time(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    found = ground(text, TUE, "America/New_York")
    assert tuple(m.text for m in found) == want
    assert found[-1].reading is not None and found[-1].reading.grain == "hour"


def test_grounding_corrected_number_needs_a_clock_before() -> None:
    found = ground("actually make that 3 of us, friday", TUE, "America/New_York")
    assert [m.text for m in found] == ["friday"]
    assert [m.text for m in ground("tuesday. 3 instead?", TUE, "America/New_York")] == ["tuesday"]
