"""The writers' check on messages that book visits with their own times: the first visit
against `expect.top`, every visit against `expect.all` (`reader.data.check`)."""

from __future__ import annotations

from typing import Any

import pytest
from slotwise.extractor.model.data.writers.kit import make_calendar
from slotwise.extractor.reader.data import validate

from slotwise import Engine

DAYS = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]
SPEC = {
    "business": "vet",
    "now": "2026-11-23T09:00",  # a Monday
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [
        {"id": "dr-botha", "name": "Dr Botha", "days": "mon-fri", "hours": "8-17"},
        {"id": "dr-naidoo", "name": "Dr Naidoo", "days": "mon-fri", "hours": "8-17"},
    ],
}


@pytest.fixture(scope="module")
def cal() -> dict[str, Any]:
    c = make_calendar(SPEC, seed=1)
    for r in c["resources"]:  # no random closures
        r["open"] = [{"start": f"{d}T08:00:00-05:00", "end": f"{d}T17:00:00-05:00"} for d in DAYS]
        r.pop("busy", None)
    return c


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine("rules")


def _time(text: str) -> dict[str, str]:
    return {"text": text, "type": "time", "kind": "require", "strength": "hard"}


def _who(text: str) -> dict[str, str]:
    return {"text": text, "type": "resource", "kind": "require", "strength": "hard"}


def _win(date: str, start: str, end: str, rid: str) -> dict[str, Any]:
    return {"date": date, "from": start, "to": end, "resources": [rid]}


# (message, writer spans, the first visit's window, the second's)
GROUP = [
    (
        "Can I book 2 slots for Wednesday: 9:00 for the dog with Dr Botha and 9:30 for the cat "
        "with Dr Naidoo",
        [_time("Wednesday"), _time("9:00"), _who("Dr Botha"), _time("9:30"), _who("Dr Naidoo")],
        _win("2026-11-25", "09:00", "09:30", "dr-botha"),
        _win("2026-11-25", "09:30", "10:00", "dr-naidoo"),
    ),
    (
        "Dr Botha Tuesday at 10, and Dr Naidoo Friday at 2",
        [_who("Dr Botha"), _time("Tuesday at 10"), _who("Dr Naidoo"), _time("Friday at 2")],
        _win("2026-11-24", "10:00", "10:30", "dr-botha"),
        _win("2026-11-27", "14:00", "14:30", "dr-naidoo"),
    ),
    (
        "botha 3:30 + naidoo 3:45 thurs",
        [_who("botha"), _time("3:30"), _who("naidoo"), _time("3:45"), _time("thurs")],
        _win("2026-11-26", "15:30", "16:00", "dr-botha"),
        _win("2026-11-26", "15:45", "16:15", "dr-naidoo"),
    ),
]


@pytest.mark.parametrize(("message", "spans", "first", "second"), GROUP)
def test_reader_data_visits_own_times_pass_the_writers_check(
    cal: dict[str, Any],
    engine: Engine,
    message: str,
    spans: list[dict[str, str]],
    first: dict[str, Any],
    second: dict[str, Any],
) -> None:
    ex = {
        "id": "t-1",
        "message": message,
        "intent": "book",
        "spans": spans,
        "expect": {"outcome": "proposals", "top": [first], "all": [first, second]},
    }
    rec, rep = validate(ex, cal, engine)
    assert rec is not None, rep


def test_reader_data_visits_second_visit_outside_all_fails(
    cal: dict[str, Any], engine: Engine
) -> None:
    message, spans, first, _ = GROUP[0]
    elsewhere = _win("2026-11-25", "11:00", "11:30", "dr-naidoo")
    ex = {
        "id": "t-1",
        "message": message,
        "intent": "book",
        "spans": spans,
        "expect": {"outcome": "proposals", "top": [first], "all": [first, elsewhere]},
    }
    rec, rep = validate(ex, cal, engine)
    assert rec is None and rep["errors"]
