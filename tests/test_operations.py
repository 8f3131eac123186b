"""Operators' side of the service: /metrics, structured logs, settings (issue 14)."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest

from slotwise import Engine
from slotwise.logs import JsonFormatter
from slotwise.service import ServiceConfig, create_app


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(interpreter="rules")


def _calls(app: Any, calls: list[tuple[str, str, Any]]) -> list[httpx.Response]:
    async def go() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            out = []
            for method, path, body in calls:
                out.append(await client.request(method, path, json=body))
            return out

    return asyncio.run(go())


def _sample(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        if all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_operations_metrics_count_outcomes_errors_and_times(
    engine: Engine, base_request: dict[str, Any]
) -> None:
    app = create_app(engine=engine)
    ok = {**base_request, "message": "Wednesday afternoon with Dr. Smith"}
    *_, metrics = _calls(
        app,
        [
            ("POST", "/v1/schedule", ok),
            ("POST", "/v1/schedule", {**ok, "trace": False}),
            ("POST", "/v1/schedule", {**ok, "timezone": "Mars/Base"}),
            ("GET", "/nope", None),
            ("GET", "/metrics", None),
        ],
    )
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert _sample(text, "slotwise_requests_total", outcome="proposals") == 2
    assert _sample(text, "slotwise_requests_total", outcome="error", code="invalid_timezone") == 1
    assert _sample(text, "slotwise_requests_total", outcome="error", code="not_found") == 1
    assert _sample(text, "slotwise_request_seconds_count", endpoint="schedule") == 3
    # model and solver time come from the steps, with or without the trace in the answer
    assert _sample(text, "slotwise_model_seconds_count") == 2
    assert _sample(text, "slotwise_solver_seconds_count") == 2
    assert _sample(text, "slotwise_queue_depth") == 0
    assert _sample(text, "slotwise_engine_loaded") == 1


def test_operations_each_answer_is_one_json_log_line_with_the_request_id(
    engine: Engine, base_request: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(engine=engine)
    with caplog.at_level(logging.INFO, logger="slotwise.service"):
        (resp,) = _calls(app, [("POST", "/v1/schedule", base_request)])
    records = [r for r in caplog.records if r.getMessage() == "answered"]
    assert len(records) == 1
    line = json.loads(JsonFormatter().format(records[0]))
    assert line["request_id"] == resp.headers["x-request-id"]
    assert (line["endpoint"], line["outcome"], line["level"]) == ("schedule", "proposals", "info")
    assert line["ms"] > 0


def test_operations_settings_from_environment_and_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLOTWISE_MIN_NOTICE_MINUTES", "120")
    monkeypatch.setenv("SLOTWISE_LOG_FORMAT", "text")
    config = ServiceConfig.from_env(log_format="json")
    assert config.min_notice_minutes == 120 and config.log_format == "json"
    monkeypatch.setenv("SLOTWISE_MIN_NOTICE_MINUTES", "-5")
    with pytest.raises(ValueError, match=r"SLOTWISE_MIN_NOTICE_MINUTES \(--min-notice-minutes\)"):
        ServiceConfig.from_env()


def test_operations_service_minimum_notice_applies_to_requests_without_their_own(
    base_request: dict[str, Any],
) -> None:
    base_request["now"] = "2026-11-24T09:00:00-05:00"  # Tuesday 09:00, Dr. Smith open 9-17
    base_request["constraints"] = [
        {"id": "f1", "kind": "require", "strength": "hard", "resources": ["dr-smith"]}
    ]
    base_request["max_proposals"] = 1
    app = create_app(interpreter="rules", min_notice_minutes=180)

    async def go() -> list[dict[str, Any]]:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                a = await client.post("/v1/schedule", json=base_request)
                own = {**base_request, "rules": {"min_notice_minutes": 0}}
                b = await client.post("/v1/schedule", json=own)
                return [a.json(), b.json()]

    settled, own = asyncio.run(go())
    assert settled["proposals"][0]["start"] == "2026-11-24T12:00:00-05:00"
    assert own["proposals"][0]["start"] == "2026-11-24T09:00:00-05:00"


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [("GET", "/v1/scheduel", 404, "not_found"), ("GET", "/v1/schedule", 405, "method_not_allowed")],
)
def test_operations_unknown_routes_and_methods_answer_with_our_error_object(
    engine: Engine, method: str, path: str, status: int, code: str
) -> None:
    (resp,) = _calls(create_app(engine=engine), [(method, path, None)])
    assert resp.status_code == status
    assert resp.json()["error"]["code"] == code and "detail" not in resp.json()
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "errors.md").read_text()
    assert f"| `{code}` | {status} |" in doc
