"""Several visits from one message: two people at the same time with different providers
(a named one where one is named for the visit, else whoever else is free), a visit right
after another with a different provider, two providers on the same day
(`extractor/together.py`, `extractor/visits.py`). Near misses stay one visit."""

from __future__ import annotations

from typing import Any

import pytest

from slotwise import Engine

TZ = "-05:00"
WEEK = ("2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18")  # Tue..Fri
STAFF = {
    "rivera": ("Rivera", WEEK),
    "castillo": ("Castillo", WEEK),
    "priya": ("Priya", (*WEEK, "2026-12-20")),  # the one who works Sunday
    "marites": ("Marites", WEEK),
}


def _res(rid: str) -> dict[str, Any]:
    name, days = STAFF[rid]
    return {
        "id": rid,
        "name": name,
        "open": [{"start": f"{d}T09:00:00{TZ}", "end": f"{d}T19:00:00{TZ}"} for d in days],
    }


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine("rules")


def _run(engine: Engine, message: str, staff: tuple[str, ...] = tuple(STAFF)) -> Any:
    return engine.schedule(
        {
            "message": message,
            "now": f"2026-12-14T09:00:00{TZ}",  # a Monday
            "timezone": "America/New_York",
            "duration_minutes": 45,
            "resources": [_res(r) for r in staff],
        }
    )


def _visits(result: Any) -> list[tuple[str, str, str]]:
    """The first proposal's visits: (resource, local start, local end)."""
    p = result.proposals[0]
    slots = p.bookings or [p]
    return [
        (b.resources[0] if b is not p else p.resource, f"{b.start:%a %H:%M}", f"{b.end:%H:%M}")
        for b in slots
    ]


AT_ONCE = [
    (
        "can I get botox with Rivera and my friend with Castillo at the same time? wed at 11",
        [("rivera", "Wed 11:00", "11:45"), ("castillo", "Wed 11:00", "11:45")],
    ),
    (
        "Can I book 4pm Thursday with Marites and my friend with Priya at the same time?",
        [("marites", "Thu 16:00", "16:45"), ("priya", "Thu 16:00", "16:45")],
    ),
    (
        "My sis wants lashes w Priya & I want nails w Marites, can we come together friday at 2",
        [("priya", "Fri 14:00", "14:45"), ("marites", "Fri 14:00", "14:45")],
    ),
    (
        "Castillo for me and Rivera for my husband please, simultaneously, Tuesday 10am",
        [("castillo", "Tue 10:00", "10:45"), ("rivera", "Tue 10:00", "10:45")],
    ),
]


@pytest.mark.parametrize(("message", "want"), AT_ONCE)
def test_engine_visits_together_named_providers_start_at_once(
    engine: Engine, message: str, want: list[tuple[str, str, str]]
) -> None:
    result = _run(engine, message)
    assert result.outcome == "proposals"
    assert _visits(result) == want


ANYONE_AT_ONCE = [
    "me and my friend want gel manis wednesday at 3, both at once if you can",
    "Book Thursday 3pm. Mani. For 2 ppl same time pls",
    "could the two of us come in side by side on Friday at 1?",
]


@pytest.mark.parametrize("message", ANYONE_AT_ONCE)
def test_engine_visits_together_people_counted_take_different_providers(
    engine: Engine, message: str
) -> None:
    result = _run(engine, message)
    assert result.outcome == "proposals"
    visits = _visits(result)
    assert len(visits) == 2
    assert visits[0][1] == visits[1][1]  # one start
    assert visits[0][0] != visits[1][0]  # two providers


def test_engine_visits_together_one_provider_that_day_asks(engine: Engine) -> None:
    """Only Priya works Sunday: two at once cannot be, and the question names the day."""
    result = _run(engine, "Book Sunday 3pm. Mani. For 2 ppl same time pls")
    assert result.outcome == "clarification"
    texts = [c.text for c in result.clarification.conflicts]
    assert "Sunday 3pm" in texts


RIGHT_AFTER = [
    (
        "Can I do Friday at 10 with Castillo and then right after do laser with Rivera?",
        [("castillo", "Fri 10:00", "10:45"), ("rivera", "Fri 10:45", "11:30")],
    ),
    (
        "Rivera on Wednesday at 2, then straight after with Priya",
        [("rivera", "Wed 14:00", "14:45"), ("priya", "Wed 14:45", "15:30")],
    ),
]


@pytest.mark.parametrize(("message", "want"), RIGHT_AFTER)
def test_engine_visits_together_right_after_with_another_provider(
    engine: Engine, message: str, want: list[tuple[str, str, str]]
) -> None:
    result = _run(engine, message)
    assert result.outcome == "proposals"
    assert _visits(result) == want


def test_engine_visits_together_same_day_pair(engine: Engine) -> None:
    staff = ("rivera", "castillo")
    STAFF_DAYS = {"rivera": ("2026-12-15", "2026-12-17"), "castillo": ("2026-12-16", "2026-12-17")}
    result = Engine("rules").schedule(
        {
            "message": "Need Rivera for the peel and Castillo for the fillers, same day if you can",
            "now": f"2026-12-14T09:00:00{TZ}",
            "timezone": "America/New_York",
            "duration_minutes": 45,
            "resources": [
                {
                    "id": r,
                    "name": STAFF[r][0],
                    "open": [
                        {"start": f"{d}T09:00:00{TZ}", "end": f"{d}T19:00:00{TZ}"}
                        for d in STAFF_DAYS[r]
                    ],
                }
                for r in staff
            ],
        }
    )
    assert result.outcome == "proposals"
    for p in result.proposals:
        first, second = p.bookings
        assert first.resources == ["rivera"] and second.resources == ["castillo"]
        assert first.start.date() == second.start.date() == p.start.date()
        assert f"{p.start:%a}" == "Thu"


ONE_VISIT = [
    "table for 4 at the same time as last week, thursday",  # a clock, and one booking
    "Could we move my Thursday 1pm with Rivera to Friday, same time?",  # a reschedule's clock
    "Rivera at 10 on Wednesday, right after work is no good",  # a bound, not a visit
    "I need Rivera and Castillo together in the same meeting on Tuesday",  # one joint visit
    "we can't be seen the same day, Rivera on Tuesday please",
]


@pytest.mark.parametrize("message", ONE_VISIT)
def test_engine_visits_together_near_misses_stay_one_visit(engine: Engine, message: str) -> None:
    result = _run(engine, message)
    assert all(not p.bookings for p in result.proposals)
    assert not any(c.appointments for c in result.constraints)
