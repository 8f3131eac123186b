"""Visits each with their own time (`extractor/visits.py`, `own_times`): two providers
named in clauses joined as more of the same, each clause with a time of its own, are
two visits, each held to its own time; a time said once for all holds for both. Where
the clauses are choices ("or", "whichever") or a clause has no time of its own, the
message stays one visit, as before."""

from __future__ import annotations

from typing import Any

import pytest


def _visits(result: Any) -> list[tuple[str, str]]:
    """The first proposal's visits: (resource, local start)."""
    p = result.proposals[0]
    return [(b.resources[0], f"{b.start:%a %H:%M}") for b in p.bookings or [p]]


OWN_TIMES = [
    (
        "Can I book 2 slots for Wednesday: 9:00 for the dog with Dr Botha and 9:30 for the cat "
        "with Dr Naidoo",
        [("botha", "Wed 09:00"), ("naidoo", "Wed 09:30")],
    ),
    ("chen 3:30 + osei 3:45 thurs", [("chen", "Thu 15:30"), ("osei", "Thu 15:45")]),
    (
        "Dr Botha on Tuesday at 10, and Dr Naidoo on Friday at 2",
        [("botha", "Tue 10:00"), ("naidoo", "Fri 14:00")],
    ),
    (
        "Ms Chen Wednesday morning and Mr Osei Thursday afternoon please",
        [("chen", "Wed 08:00"), ("osei", "Thu 12:00")],
    ),
]


@pytest.mark.parametrize(("message", "want"), OWN_TIMES)
def test_engine_visits_own_times_each_visit_keeps_its_time(
    four_staff_week: Any, message: str, want: list[tuple[str, str]]
) -> None:
    result = four_staff_week(message)
    assert result.outcome == "proposals"
    assert _visits(result) == want


CHOICES = [
    "Dr Botha at 9 or Dr Naidoo at 10, Wednesday",
    "Ms Chen on Wednesday, Mr Osei on Thursday, whichever is earlier",
    "Dr Botha at 9 on Tuesday, or failing that Dr Naidoo at 10 on Wednesday",
]


@pytest.mark.parametrize("message", CHOICES)
def test_engine_visits_own_times_choices_stay_one_visit(four_staff_week: Any, message: str) -> None:
    result = four_staff_week(message)
    assert all(not p.bookings for p in result.proposals)
    assert not any(c.appointments for c in result.constraints)


def test_engine_visits_own_times_unclear_binding_keeps_every_time_on_every_visit(
    four_staff_week: Any,
) -> None:
    """A relation said, and one provider's clause with no time of its own: each time
    holds for both visits, as before ("at the same time")."""
    result = four_staff_week(
        "Dr Botha for me and Dr Naidoo for my son at the same time, Thursday at 11"
    )
    assert result.outcome == "proposals"
    times = [c for c in result.constraints if c.intervals]
    assert times and all(c.appointments is None for c in times)
    assert _visits(result) == [("botha", "Thu 11:00"), ("naidoo", "Thu 11:00")]
