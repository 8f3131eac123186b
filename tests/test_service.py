"""The HTTP service, driven over real HTTP against a real uvicorn on loopback."""

from __future__ import annotations

import asyncio
import copy
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from slotwise.schemas import ERROR_CODES

from slotwise import Engine
from slotwise.service import create_app
from slotwise.service_config import ServiceConfig

ROOT = Path(__file__).resolve().parents[1]
MAX_BODY = 256 * 1024
INTERPRETER = os.environ.get("SLOTWISE_INTERPRETER", "auto")

# The contract's request, verbatim (CONTRACT.md, "Request").
CONTRACT_REQUEST: dict[str, Any] = {
    "message": "I need to see Dr. Smith next Tuesday but actually I have meetings all day so maybe Wednesday afternoon works, but not after 3pm",
    "now": "2026-11-23T09:00:00-05:00",
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [
        {
            "id": "dr-smith",
            "name": "Dr. Smith",
            "open": [{"start": "2026-11-24T09:00:00-05:00", "end": "2026-11-24T17:00:00-05:00"}],
        },
        {"id": "dr-patel", "name": "Dr. Patel", "open": []},
    ],
    "max_proposals": 3,
}
STRUCTURED = [
    {"id": "f1", "kind": "require", "strength": "hard", "resources": ["dr-smith", "dr-patel"]},
    {
        "id": "f2",
        "kind": "exclude",
        "strength": "hard",
        "intervals": [{"start": "2026-11-24T00:00:00-05:00", "end": "2026-11-25T00:00:00-05:00"}],
    },
    {
        "id": "f3",
        "kind": "prefer",
        "strength": "soft",
        "weight": 2,
        "intervals": [{"start": "2026-11-25T12:00:00-05:00", "end": "2026-11-25T17:00:00-05:00"}],
    },
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def audit_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("service") / "audit.jsonl"


@pytest.fixture(scope="module")
def server(audit_file: Path) -> Iterator[str]:
    """`python -m slotwise.service` configured by the environment, on a free port."""
    port = _free_port()
    env = {
        **os.environ,
        "SLOTWISE_HOST": "127.0.0.1",
        "SLOTWISE_PORT": str(port),
        "SLOTWISE_MAX_BODY_BYTES": str(MAX_BODY),
        "SLOTWISE_AUDIT_LOG": str(audit_file),
        "SLOTWISE_INTERPRETER": INTERPRETER,
        "SLOTWISE_LOG_LEVEL": "warning",
        # Room for the 24 concurrent requests below, however slow the machine is today:
        # shedding has its own tests.
        "SLOTWISE_QUEUE": "32",
        "SLOTWISE_MAX_WAIT": "600",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "slotwise.service"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"the server exited: {proc.stdout.read() if proc.stdout else ''}")
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not become healthy in 120 s")
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            log = proc.stdout.read()
            proc.stdout.close()
            assert "Traceback" not in log, log


@pytest.fixture(scope="module")
def engine() -> Engine:
    """The same engine in-process, to check that each answer is its own request's."""
    return Engine(INTERPRETER)


def _without_timings(result: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(result)
    result.pop("trace", None)
    return result


def _post(url: str, path: str, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"content-type": "application/json", **(headers or {})}
    return httpx.post(f"{url}{path}", content=content, headers=headers, timeout=30)


def _assert_error(resp: httpx.Response, status: int, code: str, field: str | None = None) -> None:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if field is not None:
        assert body["error"]["field"] == field
    assert "Traceback" not in resp.text


# --- answers ----------------------------------------------------------------------------


def test_service_contract_seed_request(server: str, engine: Engine) -> None:
    resp = _post(server, "/v1/schedule", CONTRACT_REQUEST)
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.headers["x-request-id"]
    result = resp.json()
    assert result["outcome"] in {"proposals", "clarification"}
    message = CONTRACT_REQUEST["message"]
    for c in result["constraints"]:
        if c.get("span"):
            assert message[c["span"][0] : c["span"][1]] == c["text"]
    expected = engine.schedule(copy.deepcopy(CONTRACT_REQUEST)).model_dump(mode="json")
    assert _without_timings(result) == _without_timings(expected)


def test_service_structured_only_request(server: str, base_request: dict[str, Any]) -> None:
    base_request["constraints"] = STRUCTURED
    resp = _post(server, "/v1/schedule", base_request)
    assert resp.status_code == 200, resp.text
    result = resp.json()
    assert result["outcome"] == "proposals"
    assert [c["id"] for c in result["constraints"]] == ["f1", "f2", "f3"]
    for p in result["proposals"]:
        assert p["resource"] in {"dr-smith", "dr-patel"}
        assert not p["start"].startswith("2026-11-24")
    assert result["proposals"][0]["start"].startswith("2026-11-25T1")


def test_service_interpret_gives_intent_and_constraints(server: str) -> None:
    request = {**CONTRACT_REQUEST, "resources": []}
    resp = _post(server, "/v1/interpret", request)
    assert resp.status_code == 200, resp.text
    result = resp.json()
    assert result["intent"]["name"] == "book"
    assert result["constraints"]
    assert "proposals" not in result and "outcome" not in result


def test_service_request_id_is_echoed(server: str, base_request: dict[str, Any]) -> None:
    resp = _post(server, "/v1/schedule", base_request, headers={"x-request-id": "abc-123"})
    assert resp.headers["x-request-id"] == "abc-123"


# --- errors -----------------------------------------------------------------------------


def test_service_bad_timezone_names_timezone(server: str, base_request: dict[str, Any]) -> None:
    base_request["timezone"] = "Mars/Olympus_Mons"
    _assert_error(_post(server, "/v1/schedule", base_request), 422, "invalid_timezone", "timezone")


def test_service_reversed_interval_names_its_path(
    server: str, base_request: dict[str, Any]
) -> None:
    iv = base_request["resources"][1]["open"][2]
    iv["start"], iv["end"] = iv["end"], iv["start"]
    _assert_error(
        _post(server, "/v1/schedule", base_request),
        422,
        "interval_reversed",
        "resources[1].open[2]",
    )


def test_service_unknown_field(server: str, base_request: dict[str, Any]) -> None:
    base_request["resources"][0]["colour"] = "blue"
    _assert_error(
        _post(server, "/v1/schedule", base_request), 422, "unknown_field", "resources[0].colour"
    )


def test_service_invalid_json_is_400(server: str) -> None:
    _assert_error(_post(server, "/v1/schedule", b'{"now": '), 400, "invalid_json", "")
    _assert_error(_post(server, "/v1/interpret", b"[1, 2]"), 400, "invalid_body", "")


def test_service_oversized_body_is_413(server: str, base_request: dict[str, Any]) -> None:
    base_request["message"] = "x" * (MAX_BODY + 1)
    # By the Content-Length header ...
    _assert_error(_post(server, "/v1/schedule", base_request), 413, "body_too_large")

    # ... and by counting, when the body comes chunked with no length.
    def chunks() -> Iterator[bytes]:
        data = json.dumps(base_request).encode()
        for i in range(0, len(data), 16384):
            yield data[i : i + 16384]

    resp = httpx.post(f"{server}/v1/schedule", content=chunks(), timeout=30)
    _assert_error(resp, 413, "body_too_large")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"null",
        b"\xff\xfe\x00garbage",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"now": 1e999999}',
        b'"text"',
    ],
    ids=["empty", "null", "binary", "deep", "huge-number", "string"],
)
def test_service_malformed_input_is_never_a_500(server: str, body: bytes) -> None:
    resp = _post(server, "/v1/schedule", body)
    assert 400 <= resp.status_code < 500, resp.text
    code = resp.json()["error"]["code"]
    assert code in ERROR_CODES and code != "internal_error"


# --- concurrency --------------------------------------------------------------------------


def _variant(base: dict[str, Any], i: int) -> dict[str, Any]:
    req = copy.deepcopy(base)
    req["duration_minutes"] = 15 + 5 * (i % 8)
    req["max_proposals"] = 1 + i % 4
    req["now"] = (datetime.fromisoformat(req["now"]) + timedelta(hours=i)).isoformat()
    if i % 3 == 0:
        req["message"] = ["Tuesday morning please", "any time Wednesday afternoon", "not Monday"][
            i % 9 // 3
        ]
    if i % 3 == 1:
        req["constraints"] = STRUCTURED
    return req


def test_service_24_concurrent_requests_get_their_own_answers(
    server: str, base_request: dict[str, Any], engine: Engine, audit_file: Path
) -> None:
    requests = [_variant(base_request, i) for i in range(24)]

    async def fire() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=server, timeout=60) as client:
            return await asyncio.gather(
                *(
                    client.post("/v1/schedule", json=req, headers={"x-request-id": f"conc-{i}"})
                    for i, req in enumerate(requests)
                )
            )

    responses = asyncio.run(fire())
    for i, (req, resp) in enumerate(zip(requests, responses, strict=True)):
        assert resp.status_code == 200, resp.text
        assert resp.headers["x-request-id"] == f"conc-{i}"
        result = resp.json()
        assert len(result["proposals"]) <= req["max_proposals"]
        for p in result["proposals"]:
            length = datetime.fromisoformat(p["end"]) - datetime.fromisoformat(p["start"])
            assert length == timedelta(minutes=req["duration_minutes"])
        assert _without_timings(result) == _without_timings(
            engine.schedule(copy.deepcopy(req)).model_dump(mode="json")
        )
    records = [json.loads(line) for line in audit_file.read_text().splitlines()]
    logged = {r["id"]: r for r in records}
    for i in range(24):
        assert logged[f"conc-{i}"]["outcome"] == responses[i].json()["outcome"]
        assert logged[f"conc-{i}"]["ms"]["total"] > 0


# --- health and the document ------------------------------------------------------------


def test_service_healthz(server: str) -> None:
    resp = httpx.get(f"{server}/healthz")
    assert resp.status_code == 200
    assert resp.json() == {"status": "ok"}


def test_service_openapi_lists_paths_and_bodies(server: str) -> None:
    doc = httpx.get(f"{server}/openapi.json").json()
    assert {"/v1/schedule", "/v1/interpret", "/healthz"} <= set(doc["paths"])
    op = doc["paths"]["/v1/schedule"]["post"]
    body_ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert body_ref.endswith("/ScheduleRequest")
    assert op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/ScheduleResult"
    )
    for status in ("400", "413", "422", "500"):
        assert op["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith(
            "/ErrorBody"
        )
    schemas = doc["components"]["schemas"]
    assert {
        "ScheduleRequest",
        "ScheduleResult",
        "InterpretResult",
        "ErrorBody",
        "Resource",
        "Interval",
    } <= set(schemas)
    # every $ref points at a schema the document has
    refs = {r.rsplit("/", 1)[1] for r in _refs(doc)}
    assert refs <= set(schemas)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref":
                yield v
            else:
                yield from _refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _refs(v)


# --- in-process checks of states a live server passes too quickly -----------------------


def test_service_healthz_is_503_until_the_engine_is_loaded(base_request: dict[str, Any]) -> None:
    app = create_app(interpreter=INTERPRETER)  # no lifespan here: nothing loads until asked

    async def go() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            before = await client.get("/healthz")
            assert before.status_code == 503 and before.json() == {"status": "loading"}
            answer = await client.post("/v1/schedule", json=base_request)  # waits for the load
            assert answer.status_code == 200, answer.text
            after = await client.get("/healthz")
            assert after.status_code == 200 and after.json() == {"status": "ok"}

    asyncio.run(go())


class _FaultyEngine:
    """An engine with a bug in it, to see how a fault of ours is answered."""

    def parse(self, data: Any) -> Any:
        raise ZeroDivisionError("a bug")


def test_service_internal_fault_is_500_without_traceback(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(engine=_FaultyEngine())

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return await client.post("/v1/schedule", content=b"{}")

    resp = asyncio.run(go())
    _assert_error(resp, 500, "internal_error", "")
    assert "ZeroDivisionError" not in resp.text and "a bug" not in resp.text
    assert resp.headers["x-request-id"] in resp.json()["error"]["message"]
    assert "ZeroDivisionError" in caplog.text  # logged server-side


class _Gate:
    """The cue rules behind a gate that the test opens: a request whose message is
    "hold" keeps its worker busy until then, so the queue's edge can be reached on
    purpose rather than by timing."""

    name = "gated-rules"

    def __init__(self) -> None:
        import threading

        from slotwise.extractor.cues import CueRules

        self.rules = CueRules()
        self.open = threading.Event()

    def interpret(self, message: str, candidates: Any) -> Any:
        if message == "hold":
            assert self.open.wait(30)
        return self.rules.interpret(message, candidates)


def test_service_full_queue_is_refused_with_503_and_retry_after(
    base_request: dict[str, Any],
) -> None:
    gate = _Gate()
    app = create_app(engine=Engine(interpreter=gate), threads=1, queue=1)
    held = {**base_request, "message": "hold"}

    async def go() -> tuple[list[httpx.Response], httpx.Response, httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            running = asyncio.ensure_future(client.post("/v1/schedule", json=held))
            waiting = asyncio.ensure_future(client.post("/v1/schedule", json=held))
            while app.state.admission.inside < 2:
                await asyncio.sleep(0.01)
            refused = await client.post("/v1/schedule", json=base_request)
            health = await client.get("/healthz")  # never queued
            gate.open.set()
            return list(await asyncio.gather(running, waiting)), refused, health

    answered, refused, health = asyncio.run(go())
    assert [r.status_code for r in answered] == [200, 200]
    _assert_error(refused, 503, "overloaded", "")
    assert int(refused.headers["retry-after"]) >= 1
    assert health.status_code == 200
    assert app.state.admission.inside == 0 and app.state.admission.refused == 1


def test_service_admission_refuses_what_would_wait_too_long() -> None:
    from slotwise.admission import Admission

    admission = Admission(threads=2, queue=100, max_wait_s=0.5)
    admission.service_s = 0.2  # each request holds a worker 0.2 s
    taken = 0
    while admission.enter():
        taken += 1
    assert taken == 7  # 2 running, 5 waiting: the 5th waits 5 * 0.2 / 2 = 0.5 s
    assert admission.refused == 1 and admission.retry_after() == 1
    admission.leave()
    assert admission.enter()
    admission.served(2.2)  # slower now: the mean follows, and so does Retry-After
    assert admission.service_s == pytest.approx(0.4)
    assert not admission.enter() and admission.retry_after() == 2


def test_service_worker_pool_is_sized_to_the_cores() -> None:
    from slotwise.service_config import QUEUE_PER_THREAD, usable_cores

    app = create_app(engine=Engine(interpreter="rules"))
    cores = usable_cores()
    assert app.state.admission.threads == cores
    assert app.state.admission.capacity == cores + QUEUE_PER_THREAD * cores
    assert ServiceConfig().threads == 0 and ServiceConfig().time_limit_s == 10.0


def test_service_config_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLOTWISE_PORT", "9123")
    monkeypatch.setenv("SLOTWISE_REDACT", "yes")
    monkeypatch.setenv("SLOTWISE_MAX_BODY_BYTES", "65536")
    config = ServiceConfig.from_env(port=9000, timeout_keep_alive=3)
    assert config.port == 9000  # an argument beats the environment
    assert config.redact is True and config.max_body_bytes == 65536
    assert config.extra == {"timeout_keep_alive": 3}
    monkeypatch.setenv("SLOTWISE_QUEUE", "5")
    monkeypatch.setenv("SLOTWISE_TIME_LIMIT", "0.5")
    config = ServiceConfig.from_env()
    assert (config.queue, config.time_limit_s) == (5, 0.5)
    monkeypatch.setenv("SLOTWISE_TIME_LIMIT", "soon")
    with pytest.raises(ValueError, match="SLOTWISE_TIME_LIMIT"):
        ServiceConfig.from_env()
    monkeypatch.setenv("SLOTWISE_TIME_LIMIT", "1")
    monkeypatch.setenv("SLOTWISE_WORK_LIMIT", "0.25")
    assert ServiceConfig.from_env().work_limit == 0.25
    monkeypatch.setenv("SLOTWISE_WORK_LIMIT", "-1")
    with pytest.raises(ValueError, match="SLOTWISE_WORK_LIMIT"):
        ServiceConfig.from_env()
    monkeypatch.setenv("SLOTWISE_WORK_LIMIT", "1")
    monkeypatch.setenv("SLOTWISE_PORT", "eighty")
    with pytest.raises(ValueError, match="SLOTWISE_PORT"):
        ServiceConfig.from_env()


@pytest.mark.parametrize(
    ("value", "problem"),
    [("gpt", "causal-lm:PATH"), ("causal-lm:/no/such/model", "/no/such/model")],
)
def test_service_config_bad_interpreter_names_the_setting(
    monkeypatch: pytest.MonkeyPatch, value: str, problem: str
) -> None:
    monkeypatch.setenv("SLOTWISE_INTERPRETER", value)
    with pytest.raises(ValueError, match="SLOTWISE_INTERPRETER") as info:
        ServiceConfig.from_env()
    assert problem in str(info.value)
    with pytest.raises(ValueError, match="SLOTWISE_INTERPRETER"):
        create_app(interpreter=value)  # before the server starts, not in a log line later


# --- the curl examples ------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize(
    "script", sorted((ROOT / "samples" / "curl").glob("*.sh")), ids=lambda p: p.name
)
def test_service_curl_samples_run(server: str, script: Path) -> None:
    done = subprocess.run(
        ["bash", str(script)],
        env={**os.environ, "SLOTWISE_URL": server},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert "outcome" in body or "intent" in body or "error" in body or body.get("status") == "ok"


def _doc_curls() -> list[tuple[str, str]]:
    out = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for block in re.findall(r"^```bash\n(.*?)^```", page.read_text(), re.S | re.M):
            for line in block.splitlines():
                if line.startswith("curl ") and "http://127.0.0.1:8000" in line:
                    out.append((page.name, line))
    return out


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_service_docs_curl_examples_run(server: str) -> None:
    examples = _doc_curls()
    assert examples
    for page, line in examples:
        done = subprocess.run(
            ["bash", "-c", line.replace("http://127.0.0.1:8000", server)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, f"{page}: {line}\n{done.stderr}"
        body = json.loads(done.stdout)
        assert body.get("status") == "ok" or "outcome" in body or set(body) == {"error"}, page


def test_service_loads_its_engine_with_the_work_and_time_limits() -> None:
    app = create_app(interpreter="rules", work_limit=0.3, time_limit_s=4.0)
    engine = app.state.slot._load()  # what the worker thread loads at startup
    assert (engine.work_limit, engine.time_limit_s) == (0.3, 4.0)
