"""Answers a person and an operator can use (issue 14): no slots for non-bookings,
the earliest slot for "asap"/"right now", a minimum notice, no trace on request, and a
text answer for a receptionist. These run the shipped reader, as a new user would."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from slotwise import Engine
from slotwise.cli import main

NY = "America/New_York"


@pytest.fixture(scope="module")
def reader_engine() -> Engine:
    return Engine()


def _request(message: str, now: str, *opens: tuple[str, str], **extra: Any) -> dict[str, Any]:
    return {
        "message": message,
        "now": now,
        "timezone": NY,
        "duration_minutes": 30,
        "resources": [
            {
                "id": "dr-lee",
                "name": "Dr. Lee",
                "open": [{"start": a, "end": b} for a, b in opens],
            }
        ],
        **extra,
    }


MORNING = ("2026-11-24T09:00:00-05:00", "2026-11-24T12:00:00-05:00")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("Please cancel my appointment on Tuesday", "cancel"),
        ("How much is an eye exam without insurance?", "other"),
        ("purple monkey dishwasher banana!!", "other"),
    ],
)
def test_answers_non_bookings_get_no_proposals(
    reader_engine: Engine, message: str, intent: str
) -> None:
    result = reader_engine.schedule(_request(message, "2026-11-23T09:00:00-05:00", MORNING))
    assert (result.intent.name, result.outcome, result.proposals) == (intent, "none", [])
    if intent == "cancel":  # what it is about, for the caller to route
        assert [m.text for m in result.mentions] == ["Tuesday"]
        assert result.understood == "a cancellation of 'Tuesday' (Tue 24 Nov)"
    elif "?" in message:
        assert result.understood == f"not a booking; asks: {message}"
    else:
        assert result.understood == "not a booking"


URGENT = ["right now if you can", "asap", "first available", "whenever is soonest"]


@pytest.mark.parametrize("message", URGENT)
@pytest.mark.parametrize(
    ("now", "opens", "first"),
    [
        (
            "2026-11-23T09:07:00-05:00",
            ("2026-11-23T09:15:00-05:00", "2026-11-23T12:00:00-05:00"),
            "2026-11-23T09:15:00-05:00",
        ),
        ("2026-11-23T16:50:00-05:00", MORNING, "2026-11-24T09:00:00-05:00"),
    ],
)
def test_answers_urgency_ranks_the_earliest_open_slots_first(
    reader_engine: Engine, message: str, now: str, opens: tuple[str, str], first: str
) -> None:
    result = reader_engine.schedule(_request(message, now, opens))
    assert result.outcome == "proposals", result.clarification
    assert result.urgent
    starts = [p.start.isoformat() for p in result.proposals]
    assert starts[0] == first
    # the next earliest, not spread over the day: 09:15, 09:30, 09:45
    assert starts == sorted(starts)
    assert len({s[:13] for s in starts}) < len(starts)
    assert not any(c.text and "now" in c.text for c in result.constraints)


def test_answers_right_now_is_not_the_next_hour(reader_engine: Engine) -> None:
    result = reader_engine.schedule(
        _request("I need an appointment right now", "2026-11-23T16:50:00-05:00", MORNING)
    )
    assert result.outcome == "proposals"
    assert result.proposals[0].start.isoformat() == "2026-11-24T09:00:00-05:00"


def test_answers_minimum_notice_in_the_request_and_the_engine(reader_engine: Engine) -> None:
    opens = ("2026-11-23T09:15:00-05:00", "2026-11-23T12:00:00-05:00")
    body = _request("asap", "2026-11-23T09:07:00-05:00", opens)
    body["rules"] = {"min_notice_minutes": 60}
    first = reader_engine.schedule(body).proposals[0].start.isoformat()
    assert first == "2026-11-23T10:15:00-05:00"  # 09:07 + 60 min, on the 15-minute grid

    strict = Engine(reader_engine.interpreter, min_notice_minutes=120)
    del body["rules"]
    assert strict.schedule(body).proposals[0].start.isoformat() == "2026-11-23T11:15:00-05:00"
    body["rules"] = {"min_notice_minutes": 0}  # the request's own setting wins
    assert strict.schedule(body).proposals[0].start.isoformat() == "2026-11-23T09:15:00-05:00"


def test_answers_trace_false_drops_the_trace_but_keeps_the_steps(reader_engine: Engine) -> None:
    body = _request("Tuesday morning please", "2026-11-23T09:00:00-05:00", MORNING)
    full = reader_engine.schedule(body)
    lean = reader_engine.schedule({**body, "trace": False})
    assert full.trace and not lean.trace
    assert [s.step for s in lean.steps] == [s.step for s in full.trace]
    assert len(lean.model_dump_json()) < len(full.model_dump_json()) / 2
    assert reader_engine.interpret({**body, "trace": False}).trace == []


def _cli(argv: list[str], stdin: str, tty: bool = False) -> tuple[int, str, str]:
    class Out(io.StringIO):
        def isatty(self) -> bool:
            return tty

    out, err = Out(), io.StringIO()
    code = main(argv, stdout=out, stderr=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


def test_answers_cli_no_trace(base_request: dict[str, Any]) -> None:
    base_request["message"] = "Wednesday afternoon with Dr. Smith"
    code, out, _ = _cli(["schedule", "-", "--no-trace"], json.dumps(base_request))
    assert code == 0
    assert json.loads(out)["trace"] == []
    code, out, _ = _cli(["schedule", "-"], json.dumps(base_request))
    assert json.loads(out)["trace"]


WISH = "Dr. Smith on Wednesday please, afternoon if possible, but not after 3pm"


def test_answers_cli_text_for_proposals(base_request: dict[str, Any]) -> None:
    base_request["message"] = WISH
    code, out, _ = _cli(["schedule", "-", "--format", "text"], json.dumps(base_request))
    assert code == 0, out
    assert "Understood: a booking" in out
    assert "1. Wed 25 Nov 1" in out  # Wednesday afternoon, in the customer's zone
    assert "with Dr. Smith" in out and "meets:" in out
    assert "“not after 3pm”" in out
    assert "{" not in out  # not JSON


def test_answers_cli_text_on_a_terminal_is_a_table(base_request: dict[str, Any]) -> None:
    base_request["message"] = WISH
    code, out, _ = _cli(["schedule", "-", "--format", "text"], json.dumps(base_request), tty=True)
    assert code == 0
    assert "Proposals" in out and "gives up" in out
    assert "│" in out or "┃" in out  # rich's box drawing


def test_answers_cli_text_for_a_clarification(base_request: dict[str, Any]) -> None:
    base_request["message"] = "Saturday morning with Dr. Smith"
    code, out, _ = _cli(["schedule", "-", "--format", "text"], json.dumps(base_request))
    assert code == 0
    assert "Ask:" in out and "Conflict:" in out and "Without" in out


def test_answers_cli_text_for_outcome_none(base_request: dict[str, Any]) -> None:
    base_request["message"] = "Please cancel my appointment on Tuesday"
    code, out, _ = _cli(["schedule", "-", "--format", "text"], json.dumps(base_request))
    assert code == 0
    assert "Understood: a cancellation" in out
    assert "mentions “Tuesday”" in out
    assert "No slot asked for" in out


def test_answers_http_trace_false(reader_engine: Engine) -> None:
    import asyncio

    import httpx

    from slotwise.service import create_app

    body = _request("first available please", "2026-11-23T16:50:00-05:00", MORNING)

    async def post(payload: dict[str, Any]) -> dict[str, Any]:
        transport = httpx.ASGITransport(app=create_app(engine=reader_engine))
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            resp = await client.post("/v1/schedule", json=payload)
            assert resp.status_code == 200, resp.text
            return dict(resp.json())

    full = asyncio.run(post(body))
    lean = asyncio.run(post({**body, "trace": False}))
    assert full["trace"] and lean["trace"] == []
    assert lean["urgent"] and lean["proposals"][0]["start"] == "2026-11-24T09:00:00-05:00"


def test_answers_cli_process_imports_neither_torch_nor_pandas(
    tmp_path: Any, reader_engine: Engine
) -> None:
    import subprocess
    import sys

    body = _request("Tuesday morning please", "2026-11-23T09:00:00-05:00", MORNING)
    path = tmp_path / "request.json"
    path.write_text(json.dumps(body))
    code = (
        "import io, json, sys; from slotwise.cli import main; out = io.StringIO(); "
        f"rc = main(['schedule', {str(path)!r}, '--no-trace'], stdout=out); "
        "assert rc == 0; assert 'torch' not in sys.modules; assert 'pandas' not in sys.modules; "
        "import pandas; assert hasattr(pandas, 'DataFrame'); print(out.getvalue())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    expected = reader_engine.schedule({**body, "trace": False}).model_dump(mode="json")
    assert answer == expected


def test_answers_as_late_as_possible_ranks_the_latest_open_slots_first(
    reader_engine: Engine,
) -> None:
    body = _request("Tuesday, as late as possible please", "2026-11-23T09:00:00-05:00", MORNING)
    result = reader_engine.schedule(body)
    starts = [p.start.isoformat() for p in result.proposals]
    assert starts[0] == "2026-11-24T11:30:00-05:00"  # the visit still ends by 12:00
    assert starts == sorted(starts, reverse=True)
    assert any("latest open slot" in w for w in result.warnings)
    early = reader_engine.schedule({**body, "message": "Tuesday please"})
    assert early.proposals[0].start.isoformat() == "2026-11-24T09:00:00-05:00"
