"""The data gate: writer spans carried onto grounding candidates, validated by the engine."""

from __future__ import annotations

import pytest
from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.model.data.writers.kit import check_line, make_calendar
from slotwise.extractor.reader.data import align, fits_calendar, request_for, validate

from slotwise import Engine

SPEC = {
    "business": "clinic",
    "now": "2026-11-23T09:00",  # a Monday
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [{"id": "dr-kim", "name": "Dr. Kim", "days": "mon-fri", "hours": "9-17"}],
}


@pytest.fixture(scope="module")
def cal():
    c = make_calendar(SPEC, seed=1)
    days = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]  # no random closures
    c["resources"][0]["open"] = [
        {"start": f"{d}T09:00:00-05:00", "end": f"{d}T17:00:00-05:00"} for d in days
    ]
    return c


@pytest.fixture(scope="module")
def engine():
    return Engine("rules")


def _ex(message, spans, expect, intent="book"):
    return {"id": "t-1", "message": message, "intent": intent, "spans": spans, "expect": expect}


def test_reader_data_align_carries_labels_and_marks_uncovered_times_as_context(cal) -> None:
    ex = _ex(
        "Good morning! Wednesday afternoon with Dr. Kim please",
        [
            {"text": "Wednesday afternoon", "type": "time", "kind": "prefer", "strength": "soft"},
            {"text": "Dr. Kim", "type": "resource", "kind": "require", "strength": "hard"},
        ],
        {"outcome": "proposals", "top": [{"date": "2026-11-25", "from": "12:00", "to": "17:00"}]},
    )
    cands, _, _ = find_candidates(request_for(cal, ex["message"]))
    al = align(ex, cands)
    kinds = {c.text: lab.kind for c, lab in zip(cands, al.labels, strict=True)}
    assert kinds.get("Dr. Kim") == "require"
    assert any(k == "prefer" for t, k in kinds.items() if "Wednesday" in t or "afternoon" in t)
    assert al.missed == []


def test_reader_data_non_booking_labels_everything_context(cal) -> None:
    ex = _ex(
        "please cancel my Tuesday 3pm with Dr. Kim",
        [
            {"text": "Tuesday 3pm", "type": "time", "kind": "exclude", "strength": "hard"},
            {"text": "Dr. Kim", "type": "resource", "kind": "require", "strength": "hard"},
        ],
        {"outcome": "none"},
        intent="cancel",
    )
    cands, _, _ = find_candidates(request_for(cal, ex["message"]))
    assert {lab.kind for lab in align(ex, cands).labels} == {"context"}


def test_reader_data_validate_keeps_an_answer_inside_the_writers_window(cal, engine) -> None:
    ex = _ex(
        "Wednesday afternoon please, not after 3pm",
        [
            {"text": "Wednesday afternoon", "type": "time", "kind": "require", "strength": "hard"},
            {"text": "not after 3pm", "type": "time", "kind": "require", "strength": "hard"},
        ],
        {"outcome": "proposals", "top": [{"date": "2026-11-25", "from": "12:00", "to": "15:00"}]},
    )
    rec, rep = validate(ex, cal, engine)
    assert rec is not None, rep
    assert len(rec["labels"]) == len(rec["candidates"])


def test_reader_data_validate_drops_an_answer_outside_the_writers_window(cal, engine) -> None:
    ex = _ex(
        "Wednesday afternoon please",
        [{"text": "Wednesday afternoon", "type": "time", "kind": "require", "strength": "hard"}],
        {"outcome": "proposals", "top": [{"date": "2026-11-26", "from": "09:00", "to": "12:00"}]},
    )
    rec, rep = validate(ex, cal, engine)
    assert rec is None and rep["errors"]


def test_reader_data_kit_check_names_the_problem(cal) -> None:
    bad = _ex(
        "Friday at 3",
        [{"text": "friday", "type": "time", "kind": "maybe", "strength": "hard"}],
        {"outcome": "proposals", "top": []},
    )
    errs = check_line(bad, cal)
    assert any("spans[0].text" in e for e in errs)
    assert any("spans[0].kind" in e for e in errs)
    assert any("expect.top" in e for e in errs)


def test_reader_data_fits_calendar_tells_a_closed_day_from_an_open_one(cal) -> None:
    want = {"date": "2026-11-25", "from": "09:00", "to": "10:00", "resources": ["dr-kim"]}
    open_day = _ex("Wednesday at 9", [], {"outcome": "proposals", "top": [want]})
    assert fits_calendar(open_day, cal)
    # Monday the 23rd is not open in the calendar: expecting a slot there is the writer's slip
    closed = _ex(
        "Monday at 9", [], {"outcome": "proposals", "top": [{**want, "date": "2026-11-23"}]}
    )
    assert not fits_calendar(closed, cal)
    # open, but the window is shorter than the visit the writer asked for
    short = {**want, "from": "16:45", "to": "17:30"}
    assert fits_calendar(_ex("at 4:45", [], {"outcome": "proposals", "top": [short]}), cal) is False
    half_hour = {"outcome": "proposals", "top": [{**want, "from": "16:30", "to": "18:00"}]}
    assert fits_calendar(_ex("at 4:30", [], half_hour), cal)
    assert not fits_calendar(
        _ex(
            "an hour at 4:30",
            [],
            {
                "outcome": "proposals",
                "top": [{**want, "from": "16:30", "to": "18:00"}],
                "minutes": 60,
            },
        ),
        cal,
    )
    # another resource than the calendar's own is never open
    other = _ex("Dr. Lee", [], {"outcome": "proposals", "top": [{**want, "resources": ["dr-lee"]}]})
    assert not fits_calendar(other, cal)
    # only expected proposals are judged
    assert fits_calendar(_ex("Monday at 9", [], {"outcome": "clarification", "top": []}), cal)


def test_reader_data_align_rules_out_a_later_item_of_a_negated_list_the_writer_requires(
    cal, engine
) -> None:
    ex = _ex(
        "Tuesday or Wednesday, nothing before 11 or after 3 please",
        [
            {"text": "Tuesday", "type": "time", "kind": "require", "strength": "hard"},
            {"text": "Wednesday", "type": "time", "kind": "require", "strength": "hard"},
            {
                "text": "nothing before 11 or after 3",
                "type": "time",
                "kind": "require",
                "strength": "hard",
            },
        ],
        {
            "outcome": "proposals",
            "top": [{"date": "2026-11-24", "from": "11:00", "to": "15:00"}],
            "all": [
                {"date": "2026-11-24", "from": "11:00", "to": "15:00"},
                {"date": "2026-11-25", "from": "11:00", "to": "15:00"},
            ],
        },
    )
    cands, _, _ = find_candidates(request_for(cal, ex["message"]))
    kinds = {c.text: lab.kind for c, lab in zip(cands, align(ex, cands).labels, strict=True)}
    assert kinds["nothing before 11"] == "require"  # folded: after 11
    assert kinds["after 3"] == "exclude"  # the list's negation: not after 3
    rec, rep = validate(ex, cal, engine)
    assert rec is not None, rep


def test_reader_data_align_reads_an_event_ruled_out_inside_a_bound_as_the_bounds_side(
    cal, engine
) -> None:
    ex = _ex(
        "Wednesday please, anytime before my 2pm meeting",
        [
            {"text": "Wednesday", "type": "time", "kind": "require", "strength": "hard"},
            {"text": "my 2pm meeting", "type": "time", "kind": "exclude", "strength": "hard"},
        ],
        {
            "outcome": "proposals",
            "top": [{"date": "2026-11-25", "from": "09:00", "to": "14:00"}],
            "all": [{"date": "2026-11-25", "from": "09:00", "to": "14:00"}],
        },
    )
    cands, _, _ = find_candidates(request_for(cal, ex["message"]))
    kinds = {c.text: lab.kind for c, lab in zip(cands, align(ex, cands).labels, strict=True)}
    assert kinds["before my 2pm meeting"] == "require"  # the meeting is out: before it
    rec, rep = validate(ex, cal, engine)
    assert rec is not None, rep
