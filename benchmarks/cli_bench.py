"""`slotwise schedule` from a cold process: wall time, peak memory, answer size.

One request (the contract's example) answered by a fresh CLI process, five times each
(the median is reported), side by side with what bounds it from below:

- `python -c "import slotwise"`: the interpreter and the package alone;
- dateparser's CLI-equivalent: a fresh process that imports dateparser and parses the
  message's times (`search_dates`, grounding only: it finds dates, it books nothing);
- the CLI with the reader on torch (`--interpreter reader-torch`) against the default
  (onnxruntime), and with the cue rules (no model at all).

Then the size of the JSON answer with and without the trace.

    python benchmarks/cli_bench.py [--repeat 5] [--out docs/benchmarks/cli.md]

Each process's peak resident memory comes from `os.wait4`. On a shared machine run it
under `nice` and read the numbers as an upper bound.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUEST = {
    "message": "I need to see Dr. Smith next Tuesday but actually I have meetings all day "
    "so maybe Wednesday afternoon works, but not after 3pm",
    "now": "2026-11-23T09:00:00-05:00",
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [
        {
            "id": "dr-smith",
            "name": "Dr. Smith",
            "open": [
                {"start": f"2026-11-{d}T09:00:00-05:00", "end": f"2026-11-{d}T17:00:00-05:00"}
                for d in (24, 25, 26, 27)
            ],
        },
        {
            "id": "dr-patel",
            "name": "Dr. Patel",
            "open": [
                {"start": f"2026-11-{d}T12:00:00-05:00", "end": f"2026-11-{d}T18:00:00-05:00"}
                for d in (24, 25, 26, 27)
            ],
        },
    ],
    "max_proposals": 3,
}
DATEPARSER = (
    "import sys, json, datetime; from dateparser.search import search_dates; "
    "r = json.load(open(sys.argv[1])); "
    "now = datetime.datetime.fromisoformat(r['now']).replace(tzinfo=None); "
    "print(search_dates(r['message'], settings={'RELATIVE_BASE': now, "
    "'PREFER_DATES_FROM': 'future'}))"
)


def run_once(argv: list[str]) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (user + system), peak RSS in MB, and the exit code of
    one fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def measure(argv: list[str], repeat: int) -> dict[str, float]:
    runs = [run_once(argv) for _ in range(repeat)]
    bad = [code for *_, code in runs if code != 0]
    if bad:
        raise SystemExit(f"{' '.join(argv)} exited {bad[0]}")
    walls = [r[0] for r in runs]
    return {
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "max_s": max(walls),
        "cpu_s": statistics.median(r[1] for r in runs),
        "rss_mb": max(r[2] for r in runs),
    }


def sizes(path: Path) -> tuple[int, int]:
    """Bytes of the answer with the trace and without it (in-process, same engine)."""
    from slotwise import Engine

    engine = Engine()
    body = json.loads(path.read_text())
    full = engine.schedule(body).model_dump_json()
    lean = engine.schedule({**body, "trace": False}).model_dump_json()
    return len(full.encode()), len(lean.encode())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default=None, help="write the markdown table here too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "request.json"
        path.write_text(json.dumps(REQUEST))
        cli = [sys.executable, "-m", "slotwise.cli", "schedule", str(path)]
        rows = [
            ('python -c "import slotwise"', [sys.executable, "-c", "import slotwise"]),
            ("dateparser: import + search_dates", [sys.executable, "-c", DATEPARSER, str(path)]),
            ("slotwise schedule (default: reader on onnxruntime)", cli),
            ("slotwise schedule --no-trace", [*cli, "--no-trace"]),
            (
                "slotwise schedule --interpreter reader-torch",
                [*cli, "--interpreter", "reader-torch"],
            ),
            ("slotwise schedule --interpreter rules (no model)", [*cli, "--interpreter", "rules"]),
        ]
        results = [(name, measure(cmd, args.repeat)) for name, cmd in rows]
        full, lean = sizes(path)
    lines = [
        f"# `slotwise schedule`, one request, cold process ({args.repeat} runs each)",
        "",
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} at the end; `python benchmarks/cli_bench.py`. "
        "CPU is user + system time of the process: on a busy machine the wall time grows "
        "with the load, the CPU time much less.",
        "",
        "| command | median wall (s) | min–max wall (s) | median CPU (s) | peak RSS (MB) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, r in results:
        lines.append(
            f"| {name} | {r['median_s']:.2f} | {r['min_s']:.2f}–{r['max_s']:.2f} | "
            f"{r['cpu_s']:.2f} | {r['rss_mb']:.0f} |"
        )
    lines += [
        "",
        "| answer | bytes |",
        "| --- | ---: |",
        f"| with the trace | {full} |",
        f'| without (`"trace": false`, `--no-trace`) | {lean} ({lean / full:.0%}) |',
        "",
        "Where a cold process's CPU goes (measured apart, [install](install.md)): imports "
        "(pydantic and the contract, the grounding rules, OR-Tools; the CLI keeps out the "
        "pandas that OR-Tools would load, 0.56 s of CPU, see `slotwise.cli._import_solver`); "
        "the reader's load (weights and session, about 0.5 s); the decision itself (tens "
        "of milliseconds). The rules row is the floor without a model. The CLI loads the "
        "model in a thread while OR-Tools imports.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
