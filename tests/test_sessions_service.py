"""The /v1/sessions endpoints on real service processes and real stores: a session
created on one process and continued on another (shared Redis), 20 turns at once come
out in order, a process killed with SIGKILL between turns loses none (SQLite, Redis),
and unknown or expired ids are 404 `session_not_found`."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SETTINGS, *TURNS = [
    json.loads(line)
    for line in (ROOT / "samples" / "conversations" / "booking.jsonl").read_text().splitlines()
    if line
]
NOW = TURNS[0]["now"]

pytestmark = pytest.mark.slow


@contextmanager
def service(store: str, ttl: int | None = None) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "SLOTWISE_PORT": str(port),
        "SLOTWISE_STORE": store,
        "SLOTWISE_LOG_LEVEL": "warning",
        "SLOTWISE_THREADS": "24",
    }
    if ttl is not None:
        env["SLOTWISE_SESSION_TTL"] = str(ttl)
    proc = subprocess.Popen(
        [sys.executable, "-m", "slotwise.service"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
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
                pytest.fail("the server did not become healthy in 180 s")
            time.sleep(0.1)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _create(url: str) -> str:
    r = httpx.post(f"{url}/v1/sessions", json=SETTINGS, timeout=30)
    assert r.status_code == 201, r.text
    assert r.json()["expires_at"]
    sid: str = r.json()["session_id"]
    return sid


def _turn(url: str, sid: str, message: str, now: str = NOW) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/sessions/{sid}/turns", json={"message": message, "now": now}, timeout=120
    )


def test_sessions_service_replicas_share_a_session_through_redis(redis_url: str) -> None:
    with service(redis_url) as (a, _), service(redis_url) as (b, _):
        sid = _create(a)
        r1 = _turn(a, sid, TURNS[0]["message"], TURNS[0]["now"])
        r2 = _turn(b, sid, TURNS[1]["message"], TURNS[1]["now"])
        assert r1.status_code == r2.status_code == 200, r2.text
        assert r2.json()["turn"] == 2
        assert [c["turn"] for c in r2.json()["constraints"]] == [1, 1, 2]  # b saw turn 1's two
        view = httpx.get(f"{a}/v1/sessions/{sid}", timeout=30).json()
        assert [t["turn"] for t in view["turns"]] == [1, 2]
        # 20 turns at once, spread over both replicas: applied one after the other
        messages = [f"with Dr. Smith, try {n}" for n in range(20)]
        with ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(lambda n: _turn((a, b)[n % 2], sid, messages[n]), range(20)))
        assert all(r.status_code == 200 for r in answers), [r.text for r in answers][:2]
        numbers = sorted(r.json()["turn"] for r in answers)
        assert numbers == list(range(3, 23))
        turns = httpx.get(f"{b}/v1/sessions/{sid}", timeout=30).json()["turns"]
        assert [t["turn"] for t in turns] == list(range(1, 23))
        by_turn = {r.json()["turn"]: r.json() for r in answers}
        for t in turns[2:]:  # the stored order is the order they were answered in
            assert by_turn[t["turn"]]["turn"] == t["result"]["turn"]
            assert t["message"] in messages
        assert httpx.delete(f"{b}/v1/sessions/{sid}", timeout=30).status_code == 204
        gone = httpx.get(f"{a}/v1/sessions/{sid}", timeout=30)
        assert gone.status_code == 404 and gone.json()["error"]["code"] == "session_not_found"


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
def test_sessions_service_sigkill_between_turns_loses_nothing(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    store = (
        f"sqlite:///{tmp_path}/s.db" if kind == "sqlite" else request.getfixturevalue("redis_url")
    )
    with service(store) as (a, proc):
        sid = _create(a)
        first = _turn(a, sid, TURNS[0]["message"], TURNS[0]["now"])
        assert first.status_code == 200
        os.kill(proc.pid, signal.SIGKILL)  # right after the answer: no clean shutdown
        proc.wait()
    with service(store) as (b, _):
        view = httpx.get(f"{b}/v1/sessions/{sid}", timeout=30)
        assert view.status_code == 200
        assert [t["result"] for t in view.json()["turns"]] == [
            {k: v for k, v in first.json().items() if k != "trace"}
        ]
        second = _turn(b, sid, TURNS[1]["message"], TURNS[1]["now"])
        assert second.json()["turn"] == 2


def test_sessions_service_unknown_and_expired_are_404(tmp_path: Path) -> None:
    with service(f"sqlite:///{tmp_path}/s.db", ttl=1) as (url, _):
        for r in (
            _turn(url, "s_unknown", "hi"),
            httpx.get(f"{url}/v1/sessions/s_unknown", timeout=30),
            httpx.delete(f"{url}/v1/sessions/s_unknown", timeout=30),
        ):
            assert r.status_code == 404
            assert r.json()["error"]["code"] == "session_not_found"
        sid = _create(url)
        time.sleep(1.5)
        late = _turn(url, sid, TURNS[0]["message"])
        assert late.status_code == 404 and late.json()["error"]["code"] == "session_not_found"
        bad = httpx.post(f"{url}/v1/sessions", json={"timezone": "Nowhere/Land"}, timeout=30)
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_timezone"
