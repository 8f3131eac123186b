"""Whole pipeline latency, message -> proposals, with the engine's load time and memory.

Each configuration runs in a fresh process (so load time and resident memory are its
own): the engine with reader v2 (the default), with the 0.2 model and with the cue rules
(baselines), and, for
scale, dateparser's `search_dates` on the same messages (grounding only: it finds
dates, it does not book). Messages: the hand-written dev set (written the way
customers write), each against three providers open three weeks.

    python benchmarks/pipeline_bench.py [--repeat 3] [--out docs/benchmarks/pipeline.md]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "extractor" / "model" / "data" / "dev_handwritten.jsonl"
NOW = "2026-11-23T09:00:00-05:00"


def messages() -> list[str]:
    with MESSAGES.open() as fh:
        return [json.loads(line)["message"] for line in fh if line.strip()]


def availability() -> list[dict[str, Any]]:
    days = [date(2026, 11, 23) + timedelta(days=i) for i in range(1, 22)]
    hours = {
        "dr-smith": ("09:00", "17:00"),
        "dr-patel": ("12:00", "19:00"),
        "dr-lee": ("08:00", "13:00"),
    }
    return [
        {
            "id": rid,
            "name": f"Dr. {rid[3:].title()}",
            "open": [
                {"start": f"{d}T{a}:00-05:00", "end": f"{d}T{b}:00-05:00"}
                for d in days
                if d.weekday() < 5 or rid == "dr-lee"
            ],
        }
        for rid, (a, b) in hours.items()
    ]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def worker(config: str, repeat: int) -> dict[str, Any]:
    texts = messages()
    t0 = time.perf_counter()
    if config == "dateparser":
        from dateparser.search import search_dates

        settings = {
            "RELATIVE_BASE": __import__("datetime").datetime(2026, 11, 23, 9),
            "PREFER_DATES_FROM": "future",
        }

        def run(text: str) -> object:
            return search_dates(text, languages=["en"], settings=settings)
    else:
        from slotwise import Engine

        engine = Engine(interpreter=config)
        resources = availability()

        def run(text: str) -> object:
            return engine.schedule(
                {
                    "message": text,
                    "now": NOW,
                    "timezone": "America/New_York",
                    "resources": resources,
                }
            )

    load_s = time.perf_counter() - t0
    run(texts[0])  # warm-up: first-call caches (regex, solver) are not the steady state
    times: list[float] = []
    outcomes: dict[str, int] = {}
    for _ in range(repeat):
        for text in texts:
            t = time.perf_counter()
            out = run(text)
            times.append((time.perf_counter() - t) * 1000)
            key = getattr(out, "outcome", "parsed")
            outcomes[key] = outcomes.get(key, 0) + 1
    return {
        "config": config,
        "messages": len(texts),
        "calls": len(times),
        "load_s": load_s,
        "p50_ms": statistics.median(times),
        "p95_ms": pct(times, 0.95),
        "p99_ms": pct(times, 0.99),
        "max_ms": max(times),
        "rss_mb": rss_mb(),
        "outcomes": outcomes,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--configs", default="reader,model,rules,dateparser")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks" / "pipeline.md"))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.repeat)))
        return 0
    rows = []
    for config in args.configs.split(","):
        proc = subprocess.run(
            [sys.executable, __file__, "--worker", config, "--repeat", str(args.repeat)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            print(f"{config}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    lines = [
        "# Pipeline latency: message -> proposals",
        "",
        f"Measured by `python benchmarks/pipeline_bench.py` on {platform.machine()}, "
        f"{__import__('os').cpu_count()} cores, Python {platform.python_version()}. "
        f"{rows[0]['messages'] if rows else 0} hand-written messages x {args.repeat} repeats, each "
        "against 3 providers open for 3 weeks (15-minute grid). Each row is a fresh process: "
        "load time and peak resident memory are its own. dateparser only finds dates (no "
        "interpretation, no solving): it is there for scale.",
        "",
        "| configuration | load s | p50 ms | p95 ms | p99 ms | max ms | peak RSS MB | outcomes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    names = {
        "reader": "Slotwise, reader v2 (the default)",
        "model": "Slotwise, 0.2 model (baseline)",
        "rules": "Slotwise, cue rules (ablation)",
        "dateparser": "dateparser `search_dates` (grounding only)",
    }
    for r in rows:
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(r["outcomes"].items()))
        lines.append(
            f"| {names.get(r['config'], r['config'])} | {r['load_s']:.2f} | {r['p50_ms']:.1f} | "
            f"{r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.1f} | {r['rss_mb']:.0f} | {outcomes} |"
        )
    lines += [
        "",
        "Targets (reader v2): p50 at most 50 ms, p99 at most 150 ms, load at most 3 s, resident memory at most 600 MB.",
        "",
    ]
    text = "\n".join(lines)
    Path(args.out).write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
