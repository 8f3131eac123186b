"""A range said of a thing hired by the hour is the booking itself: "court 2 from 6 to 8"
books 18:00-20:00, not a visit of the default length inside it (grounding's
`BookedSpan`, taken as the visit's length by the pipeline's `_booked_range`). A range
of availability ("any time from 10 to 2"), one said of a service, or a length stated
beside it ("for 2 hours from 7") keeps the default reading."""

from __future__ import annotations

from typing import Any

import pytest

from slotwise import Engine

TZ = "-05:00"
DAYS = ("2026-12-15", "2026-12-16", "2026-12-17")


def _res(rid: str, name: str) -> dict[str, Any]:
    return {
        "id": rid,
        "name": name,
        "open": [{"start": f"{d}T08:00:00{TZ}", "end": f"{d}T22:00:00{TZ}"} for d in DAYS],
    }


def _run(message: str, *resources: tuple[str, str]) -> Any:
    engine = Engine("rules")
    return engine.schedule(
        {
            "message": message,
            "now": f"2026-12-14T09:00:00{TZ}",  # a Monday
            "timezone": "America/New_York",
            "duration_minutes": 30,
            "resources": [_res(rid, name) for rid, name in resources],
        }
    )


def _top(result: Any) -> tuple[str, str, str]:
    p = result.proposals[0]
    return p.resource, p.start.strftime("%d %H:%M"), p.end.strftime("%H:%M")


COURTS = (("court-2", "Court 2"), ("court-3", "Court 3"))


@pytest.mark.parametrize(
    ("message", "top"),
    [
        ("court 2 from 6 to 8 tomorrow", ("court-2", "15 18:00", "20:00")),
        ("can we get court 3 wed 7-10pm?", ("court-3", "16 19:00", "22:00")),
        ("Court 2, Thursday, 9:30 till 11", ("court-2", "17 09:30", "11:00")),
        # a part of the day said beside it is loose: the evening holds 7-10pm
        ("court 3 wednesday evening, 7-10pm", ("court-3", "16 19:00", "22:00")),
    ],
)
def test_engine_booked_span_books_the_whole_range(message: str, top: tuple[str, str, str]) -> None:
    result = _run(message, *COURTS)
    assert _top(result) == top
    (step,) = [t for t in result.trace if t.step == "constrain"]
    said = step.detail["duration_from"]
    assert said["readings"] == ["booking", "window"]
    assert "court" in said["hired"].lower()  # the noun, or the resource said by name
    assert said["otherwise"].startswith("a 30-minute visit inside")


def test_engine_booked_span_by_a_resource_name_without_the_noun() -> None:
    # "elbe" names the Elbe room: the room is hired by the hour, so the range is booked
    result = _run(
        "elbe tomorrow 2-4pm pls", ("room-elbe", "Elbe room"), ("room-spree", "Spree room")
    )
    assert _top(result) == ("room-elbe", "15 14:00", "16:00")


@pytest.mark.parametrize(
    ("message", "top"),
    [
        # words of availability: a window, the default visit inside it
        ("court 2, any time from 6 to 8 tomorrow", ("court-2", "15 18:00", "18:30")),
        ("court 2 tomorrow between 6 and 8", ("court-2", "15 18:00", "18:30")),
        # a stated length wins over the range's
        ("court 2 tomorrow for 1 hour, 6 to 8", ("court-2", "15 18:00", "19:00")),
    ],
)
def test_engine_booked_span_keeps_a_window(message: str, top: tuple[str, str, str]) -> None:
    result = _run(message, *COURTS)
    assert _top(result) == top
    (step,) = [t for t in result.trace if t.step == "constrain"]
    assert "duration_from" not in step.detail


def test_engine_booked_span_a_service_keeps_the_window_first() -> None:
    # a tutor is no thing hired by the hour: the range is a window, the booking only
    # the other reading, which grounding keeps on the mention
    result = _run("Ms Rao tomorrow 4-6 please", ("rao", "Ms Rao"))
    assert _top(result) == ("rao", "15 16:00", "16:30")
    (ground,) = [t for t in result.trace if t.step == "ground"]
    (m,) = [m for m in ground.detail["mentions"] if "booked_span" in m]
    assert m["booked_span"]["readings"] == ["window", "booking"]


def test_engine_booked_span_holds_in_a_session_while_its_range_does(tmp_path: Any) -> None:
    engine = Engine("rules", store=f"sqlite:///{tmp_path}/sessions.db")
    session = engine.session(
        timezone="America/New_York",
        duration_minutes=30,
        resources=[_res("court-2", "Court 2"), _res("coach", "Coach Dana")],
    )
    now = f"2026-12-14T09:00:00{TZ}"

    def send(message: str) -> Any:
        return session.send(message, now=now)

    assert _top(send("court 2 from 6 to 8 tomorrow")) == ("court-2", "15 18:00", "20:00")
    assert send("do you rent rackets?").duration_minutes == 120  # a question in between
    assert _top(send("ok book it")) == ("court-2", "15 18:00", "20:00")
    # a new booking drops the range, and its length with it
    lesson = send("also a lesson with Coach Dana on thursday morning")
    assert lesson.duration_minutes is None
    assert _top(lesson) == ("coach", "17 08:00", "08:30")
