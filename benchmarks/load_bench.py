"""Load benchmark of the HTTP service: requests/s and latency at 1, 8, 32 and 64 clients.

    python benchmarks/load_bench.py [--requests 300] [--duration 20] [--concurrency 1,8,32,64]
                                    [--threads 0] [--queue -1] [--workers 1] [--audit]
                                    [--out docs/benchmarks/load.md]

Starts `slotwise serve` (as ``python -m slotwise.cli serve``) on a free loopback port,
waits for /healthz, then for each concurrency level runs that many httpx.AsyncClient
workers that POST a rotation of real requests (samples/seed.json and the structured
samples) to /v1/schedule until `--requests` answers or `--duration` seconds, whichever
comes first. Latency is measured per request at the client (send to full body read);
requests/s is answered (200) requests over the level's wall time. Every answer must be
a 200 with an outcome or a 503 ``overloaded`` with a ``Retry-After`` header (the server
sheds what its queue cannot hold), or the run fails. A refused client does what a
well-behaved one does: waits ``Retry-After`` seconds, then sends its next request.
Latency percentiles are of the answered requests; refusals are counted apart, with
their own latency (how fast the refusal came). Results go to docs/benchmarks/load.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _requests() -> list[bytes]:
    """The request mix: the contract's seed and every structured sample."""
    paths = [
        ROOT / "samples" / "seed.json",
        *sorted((ROOT / "samples" / "structured").glob("*.json")),
    ]
    bodies = []
    for p in paths:
        data = json.loads(p.read_text())
        if isinstance(data, dict) and "now" in data:
            bodies.append(json.dumps(data).encode())
    return bodies


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


async def _level(
    url: str, bodies: list[bytes], clients: int, count: int, duration: float
) -> dict[str, Any]:
    latencies: list[float] = []
    refusals: list[float] = []
    outcomes: dict[str, int] = {}
    failures: list[str] = []
    issued = answered = 0
    deadline = time.perf_counter() + duration

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal issued, answered
        while answered < count and time.perf_counter() < deadline:
            body = bodies[issued % len(bodies)]
            issued += 1
            t0 = time.perf_counter()
            resp = await client.post(
                "/v1/schedule", content=body, headers={"content-type": "application/json"}
            )
            data = resp.json()
            ms = (time.perf_counter() - t0) * 1000
            if resp.status_code == 503:
                retry = resp.headers.get("retry-after", "")
                if data.get("error", {}).get("code") != "overloaded" or not retry.isdigit():
                    failures.append(f"503 without overloaded + Retry-After: {resp.text[:200]}")
                    continue
                refusals.append(ms)
                await asyncio.sleep(int(retry))
                continue
            latencies.append(ms)
            if resp.status_code != 200 or "outcome" not in data:
                failures.append(f"{resp.status_code}: {resp.text[:200]}")
            else:
                answered += 1
                outcomes[data["outcome"]] = outcomes.get(data["outcome"], 0) + 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:
        for body in bodies:  # warm-up: one of each, not counted
            (await client.post("/v1/schedule", content=body)).raise_for_status()
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        wall = time.perf_counter() - t0
    if failures:
        raise SystemExit(
            f"{len(failures)} failed requests at {clients} clients; first: {failures[0]}"
        )
    return {
        "clients": clients,
        "requests": len(latencies),
        "refused": len(refusals),
        "refusal_p99_ms": round(_percentile(refusals, 99), 1) if refusals else None,
        "wall_s": round(wall, 2),
        "rps": round(len(latencies) / wall, 1),
        "p50_ms": round(_percentile(latencies, 50), 1),
        "p95_ms": round(_percentile(latencies, 95), 1),
        "p99_ms": round(_percentile(latencies, 99), 1),
        "max_ms": round(max(latencies), 1),
        "outcomes": outcomes,
    }


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} usable cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def _write(
    out: Path,
    results: list[dict[str, Any]],
    args: argparse.Namespace,
    bodies: int,
    load_s: float,
    stages: dict[str, Any] | None,
) -> None:
    lines = [
        "# Load benchmark",
        "",
        "`POST /v1/schedule` over loopback against `slotwise serve`, driven by "
        "`httpx.AsyncClient` workers (`benchmarks/load_bench.py`). Each level runs until "
        f"{args.requests} answers or {args.duration:g} s; a rotation of {bodies} real requests "
        "(`samples/seed.json` and `samples/structured/*.json`); latency measured at the client.",
        "",
        f"- Run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {_machine()}.",
        f"- Server: {args.workers} process(es), worker threads {args.threads or 'one per core'}, "
        f"queue {'8 per thread' if args.queue < 0 else args.queue}, interpreter "
        f"`{args.interpreter}`, audit log {'on' if args.audit else 'off'}; engine loaded in {load_s:.1f} s.",
        "- The client runs on the same machine, so it takes CPU from the server too.",
        *([f"- Conditions: {args.note}"] if args.note else []),
        "",
        "| clients | answered | refused (503) | wall s | answered/s | p50 ms | p95 ms | p99 ms | max ms | refusal p99 ms |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        refusal = "" if r["refusal_p99_ms"] is None else r["refusal_p99_ms"]
        lines.append(
            f"| {r['clients']} | {r['requests']} | {r['refused']} | {r['wall_s']} | {r['rps']} | "
            f"{r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | {r['max_ms']} | {refusal} |"
        )
    if len(results) > 1 and results[0]["clients"] == 1:
        base = results[0]["rps"]
        lines += [
            "",
            "Answered/s relative to 1 client: "
            + ", ".join(f"{r['clients']} clients {r['rps'] / base:.2f}" for r in results[1:])
            + ".",
        ]
    if stages:
        lines += [
            "",
            "Where the time goes, per stage, over every level (server-side, from the audit "
            "log's `ms`; `slotwise audit FILE`):",
            "",
            "| stage | n | p50 ms | p95 ms | p99 ms | max ms |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, st in stages.items():
            lines.append(
                f"| {name} | {st['n']} | {st['p50']:.1f} | {st['p95']:.1f} | {st['p99']:.1f} | {st['max']:.1f} |"
            )
    lines += [
        "",
        "Every answer was a 200 with an outcome ("
        + ", ".join(f"{k}: {v}" for k, v in sorted(_sum_outcomes(results).items()))
        + ") or a 503 `overloaded` with `Retry-After`, after which that client waited as told. "
        "Solving is CPU-bound (CP-SAT), so answered/s levels off at the cores the server has; "
        "the worker pool is sized to them and the queue is bounded, so more clients get "
        "refusals rather than slower answers. For more throughput run more server processes "
        "(`SLOTWISE_WORKERS`) on more cores; see [the service](../service.md).",
        "",
        "Reproduce:",
        "",
        "```bash",
        "python benchmarks/load_bench.py --requests "
        f"{args.requests} --duration {args.duration:g} --concurrency {args.concurrency}"
        + (f" --interpreter {args.interpreter}" if args.interpreter != "auto" else "")
        + (" --audit" if args.audit else ""),
        "```",
        "",
    ]
    out.write_text("\n".join(lines))


def _sum_outcomes(results: list[dict[str, Any]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for r in results:
        for k, v in r["outcomes"].items():
            total[k] = total.get(k, 0) + v
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="answers per level, at most")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per level, at most")
    parser.add_argument("--concurrency", default="1,8,32,64", help="client counts, comma-separated")
    parser.add_argument(
        "--threads", type=int, default=0, help="SLOTWISE_THREADS of the server (0: per core)"
    )
    parser.add_argument("--queue", type=int, default=-1, help="SLOTWISE_QUEUE of the server")
    parser.add_argument("--workers", type=int, default=1, help="SLOTWISE_WORKERS of the server")
    parser.add_argument("--interpreter", default="auto", help="SLOTWISE_INTERPRETER of the server")
    parser.add_argument("--audit", action="store_true", help="write an audit log (a temp file)")
    parser.add_argument("--note", default="", help="a line about the conditions, for the report")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "load.md")
    args = parser.parse_args(argv)
    levels = [int(c) for c in args.concurrency.split(",")]
    port = _free_port()
    env = {
        **os.environ,
        "SLOTWISE_THREADS": str(args.threads),
        "SLOTWISE_QUEUE": str(args.queue),
        "SLOTWISE_WORKERS": str(args.workers),
        "SLOTWISE_INTERPRETER": args.interpreter,
        "SLOTWISE_LOG_LEVEL": "warning",
    }
    if args.audit:
        env["SLOTWISE_AUDIT_LOG"] = str(Path(tempfile.mkdtemp()) / "audit.jsonl")
    cmd = [
        sys.executable,
        "-m",
        "slotwise.cli",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    server = subprocess.Popen(cmd, env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        t0 = time.perf_counter()
        while True:
            if server.poll() is not None:
                raise SystemExit("the server exited before it was healthy")
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.perf_counter() - t0 > 120:
                raise SystemExit("the server was not healthy after 120 s")
            time.sleep(0.05)
        load_s = time.perf_counter() - t0
        bodies = _requests()
        results = []
        for clients in levels:
            r = asyncio.run(_level(url, bodies, clients, args.requests, args.duration))
            print(
                f"{clients:>3} clients: {r['requests']} answered, {r['refused']} refused, "
                f"{r['rps']} answered/s, p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, "
                f"p99 {r['p99_ms']} ms",
                flush=True,
            )
            results.append(r)
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
    stages = None
    if args.audit:
        from slotwise.audit import summarise

        stages = summarise(env["SLOTWISE_AUDIT_LOG"])["latency_ms"]
    _write(args.out, results, args, len(bodies), load_s, stages)
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
