"""The audit trail: whole lines through crashes, redaction, and the summary's numbers."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from slotwise.schemas import RequestError

from slotwise import Engine
from slotwise.audit import AuditLog, build_record, main_summary, percentile, summarise

SEED = Path(__file__).resolve().parents[1] / "samples" / "seed.json"
MESSAGE_WORDS = ["Tuesday", "Wednesday", "meetings", "afternoon", "actually", "3pm"]


@pytest.fixture(scope="module")
def engine() -> Engine:
    # The service's own setting picks the interpreter (default: the embedded model).
    return Engine(os.environ.get("SLOTWISE_INTERPRETER", "auto"))


def _lines(path: Path) -> list[str]:
    data = path.read_bytes()
    assert data.endswith(b"\n"), "the log ends inside a line"
    return data.decode().splitlines()


WRITER = textwrap.dedent(
    """
    import sys, threading
    from slotwise.audit import AuditLog

    log = AuditLog(sys.argv[1])
    tag = sys.argv[2]

    def work(t):
        n = 0
        while True:
            n += 1
            # 100 B to ~12 KB: many records span pages, so a torn write would show.
            log.write({"id": f"{tag}-{t}-{n}", "outcome": "proposals", "ms": {"total": n},
                       "pad": "x" * ((n * 997) % 12000)})
            if n == 1 and t == 0:
                print("ready", flush=True)

    for t in range(4):
        threading.Thread(target=work, args=(t,), daemon=True).start()
    threading.Event().wait()
    """
)


def test_audit_sigkill_mid_run_leaves_only_whole_lines(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), tag],
            stdout=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")  # two processes appending to one file, four threads each
    ]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        time.sleep(0.5)
    finally:
        for p in procs:
            os.kill(p.pid, signal.SIGKILL)
            p.wait(timeout=10)
            if p.stdout is not None:
                p.stdout.close()
    assert all(p.returncode == -signal.SIGKILL for p in procs)
    # Linux may cut the one write a killed process was inside (a multi-page line); that
    # can only be the last line, because every append first drops a torn tail.
    raw = path.read_bytes().decode()
    *whole, tail = raw.split("\n")
    records = [json.loads(line) for line in whole]  # every whole line parses
    assert tail == "" or summarise(path)["skipped_lines"] == 1
    AuditLog(path).close()  # what the next writer does on opening: drop a torn tail
    lines = _lines(path)
    assert [json.loads(line) for line in lines] == records  # now every line parses
    assert len(records) > 50
    assert {r["id"].split("-")[0] for r in records} == {"a", "b"}
    assert len({r["id"] for r in records}) == len(records)
    summary = summarise(path)
    assert summary["skipped_lines"] == 0
    assert summary["records"] == len(records)


def test_audit_threads_append_whole_distinct_lines(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    with AuditLog(path) as log:

        def work(t: int) -> None:
            for n in range(200):
                log.write({"id": f"{t}-{n}", "outcome": "proposals", "pad": "y" * (n * 37)})

        threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    records = [json.loads(line) for line in _lines(path)]
    assert len(records) == 1600 == len({r["id"] for r in records})


def test_audit_torn_tail_is_skipped_then_dropped_by_the_next_writer(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    path.write_bytes(b'{"id":"x","outcome":"proposals","ms":{"total":1}}\n{"id":"torn","outc')
    assert summarise(path)["skipped_lines"] == 1
    with AuditLog(path) as log:  # the torn fragment is a record never wholly written
        log.write({"id": "y", "outcome": "clarification", "ms": {"total": 2}})
    assert [json.loads(line)["id"] for line in _lines(path)] == ["x", "y"]
    summary = summarise(path)
    assert summary["records"] == 2
    assert summary["skipped_lines"] == 0
    assert summary["by_outcome"] == {"clarification": 1, "proposals": 1}


def test_audit_record_carries_trace_timings_and_outcome(tmp_path: Path, engine: Engine) -> None:
    request = engine.parse(SEED.read_bytes())
    result = engine.schedule(request)
    path = tmp_path / "audit.jsonl"
    with AuditLog(path) as log:
        log.log(endpoint="schedule", request=request, result=result, total_ms=12.5, request_id="r1")
    (record,) = [json.loads(line) for line in _lines(path)]
    assert record["id"] == "r1" and record["endpoint"] == "schedule"
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", record["ts"])
    assert record["outcome"] == result.outcome
    assert record["ms"]["total"] == 12.5
    assert {s.step for s in result.trace} <= set(record["ms"])
    assert [s["step"] for s in record["trace"]] == [s.step for s in result.trace]
    assert len(record["proposals"]) == len(result.proposals)
    assert record["request"]["message"] == request.message
    assert any("Wednesday" in line for line in _lines(path))


def test_audit_redaction_removes_the_message_text(tmp_path: Path, engine: Engine) -> None:
    request = engine.parse(SEED.read_bytes())
    result = engine.schedule(request)
    interpreted = engine.interpret(request)
    path = tmp_path / "audit.jsonl"
    with AuditLog(path, redact=True, key=b"k") as log:
        log.log(endpoint="schedule", request=request, result=result, total_ms=3.0)
        log.log(endpoint="interpret", request=request, result=interpreted, total_ms=1.0)
        log.log(
            endpoint="schedule",
            request=request,
            error=RequestError("invalid_value", "cannot book 'Wednesday afternoon'", "message"),
        )
    text = path.read_text()
    for word in MESSAGE_WORDS:
        assert word.lower() not in text.lower(), f"{word!r} leaked into the redacted log"
    records = [json.loads(line) for line in text.splitlines()]
    assert all(r["redacted"] for r in records)
    message = records[0]["request"]["message"]
    assert message.startswith(f"[redacted {len(request.message or '')} chars h=")
    assert message == records[1]["request"]["message"]  # same text, same marker
    texts = [c["text"] for c in records[0]["constraints"] if c.get("text")]
    assert texts and all(t.startswith("[redacted ") for t in texts)
    # What is not text survives: outcome, ids, kinds, timings, the error code.
    assert records[0]["outcome"] == result.outcome
    assert [c["kind"] for c in records[0]["constraints"]] == [c.kind for c in result.constraints]
    assert records[2]["error"]["code"] == "invalid_value"


def _synthetic(path: Path) -> None:
    with AuditLog(path) as log:
        outcomes = ["proposals"] * 6 + ["clarification"] * 2
        for i, outcome in enumerate(outcomes, start=1):
            log.write(
                {
                    "id": str(i),
                    "ts": f"2026-11-23T10:00:{i:02d}.000Z",
                    "endpoint": "schedule",
                    "outcome": outcome,
                    "ms": {"ground": i / 10, "solve": float(i), "total": float(i)},
                }
            )
        for i, code in ((9, "invalid_json"), (10, "invalid_timezone")):
            err = RequestError(code, "bad", "timezone")
            log.write(
                build_record(endpoint="schedule", error=err, total_ms=float(i), request_id=str(i))
            )
    with open(path, "ab") as f:
        f.write(b'{"id":"11","outcome":"propo')  # a foreign writer's torn last line


def test_audit_summary_numbers(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _synthetic(path)
    s = summarise(path)
    assert s["records"] == 10
    assert s["skipped_lines"] == 1
    assert s["by_outcome"] == {"clarification": 2, "error": 2, "proposals": 6}
    assert s["clarification_rate"] == 0.25
    assert s["errors_by_code"] == {"invalid_json": 1, "invalid_timezone": 1}
    total = s["latency_ms"]["total"]
    assert total["n"] == 10
    assert total["p50"] == 5.5 and total["p95"] == 9.55 and total["p99"] == 9.91
    assert total["max"] == 10
    assert s["latency_ms"]["solve"]["n"] == 8 and s["latency_ms"]["solve"]["p50"] == 4.5
    assert s["latency_ms"]["ground"]["p99"] == pytest.approx(0.793)
    assert s["first"] == "2026-11-23T10:00:01.000Z"


def test_audit_percentile_interpolates() -> None:
    assert percentile([3.0], 99) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5
    assert percentile(list(map(float, range(1, 101))), 95) == pytest.approx(95.05)


def test_audit_main_summary_prints_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "audit.jsonl"
    _synthetic(path)
    assert main_summary(path) == 0
    out = capsys.readouterr().out
    assert "records: 10  (skipped lines: 1)" in out
    assert "clarification rate: 25.0%" in out
    assert re.search(r"invalid_timezone\s+1", out)
    assert re.search(r"total\s+10\s+5\.50\s+9\.55\s+9\.91", out)
    assert main_summary(tmp_path / "missing.jsonl") == 2
    err: dict[str, Any] = json.loads(capsys.readouterr().err)
    assert err["error"]["field"] == "path"
