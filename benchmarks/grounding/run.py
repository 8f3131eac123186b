"""Run Slotwise's grounding and the peer parsers on the same sets, score them the same way.

    .venv-peers/bin/python benchmarks/grounding/run.py [--split test|dev] [--limit N]

Writes docs/benchmarks/grounding.md (the table) and grounding.json (the raw numbers).
Every parser runs in this one process, one set at a time, so timings sit side by side.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import platform
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.grounding.peers import Parser, load_parsers
from benchmarks.grounding.report import render_markdown
from benchmarks.grounding.scoring import (
    Found,
    SetScore,
    count_extra,
    latency_summary,
    score_item,
)
from benchmarks.grounding.sets import (
    REPO,
    BenchSet,
    choose_sgd_reference,
    load_corpus,
    load_recognizers,
    load_sgd,
    sample,
)

DOC = REPO / "docs" / "benchmarks" / "grounding.md"
MISSES_KEPT = 40  # per parser and set, for whoever fixes them
# Only our own corpus's misses go into the committed JSON: SGD is CC BY-SA (share-alike)
# and the Recognizers-Text spec MIT; their misses go to --misses-out, outside the repo.
MISSES_IN_DOC = ("corpus",)


def run_set(bench: BenchSet, parser: Parser, keep: int = MISSES_KEPT) -> dict[str, Any]:
    """Parse every message once, time it, score its gold mentions."""
    score, ms, extra, errors = SetScore(), [], 0, 0
    empty, flagged = 0, 0  # messages with no time mention at all; those given one anyway
    misses: list[dict[str, Any]] = []
    first = bench.messages[0]
    with contextlib.suppress(Exception):  # warm-up: lazy tables are not charged to message 1
        parser.parse(first.text, first.now, first.tz)
    for message in bench.messages:
        started = time.perf_counter()
        try:
            found: Sequence[Found] = parser.parse(message.text, message.now, message.tz)
        except Exception as exc:  # a peer that crashes on a message gets nothing for it
            found, errors = [], errors + 1
            if errors <= 3:
                print(f"  {parser.name}: {type(exc).__name__}: {exc} on {message.text!r}")
        ms.append((time.perf_counter() - started) * 1000)
        for gold in message.golds:
            if gold.kind == "excluded":
                continue
            result = score_item(gold, found)
            score.add(gold.kind, result)
            if not result.right and len(misses) < keep:
                misses.append(_miss(message.text, gold, found))
        if bench.exhaustive:
            extra += count_extra(message.golds, found)
            if not message.golds:
                empty += 1
                flagged += bool(found)
    return {
        "n": score.n,
        "found": score.found,
        "right": score.right,
        "extra": extra if bench.exhaustive else None,
        "no_time_messages": empty if bench.exhaustive else None,
        "no_time_flagged": flagged if bench.exhaustive else None,
        "errors": errors,
        "messages": len(ms),
        **latency_summary(ms),
        "by_kind": {
            k: dict(zip(("n", "found", "right"), v, strict=True))
            for k, v in sorted(score.by_kind.items())
        },
        "misses": misses,
    }


def _miss(text: str, gold: Any, found: Sequence[Found]) -> dict[str, Any]:
    return {
        "text": text,
        "gold": [gold.text, [[v.start, v.end] for v in gold.values]],
        "got": [[f.text, _iso(f.start), _iso(f.end)] for f in found],
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(sep=" ") if value is not None else None


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments(argv)
    parsers, skipped = load_parsers(args.parsers)
    if not parsers:
        print("no parser loads here:", skipped)
        return 1
    for name, why in skipped.items():
        print(f"skipped {name}: {why}")

    reference, evidence = choose_sgd_reference("dev")
    print(f"SGD reference today (from dev): {reference} {evidence['agreement']}")
    sets = [load_corpus(), load_sgd(args.split, reference), load_recognizers(args.split)]
    for bench in sets:
        bench.messages = sample(bench.messages, args.limit)
        if args.limit is not None:
            bench.notes.append(f"--limit {args.limit}: a fixed-seed sample of messages")

    load_before = _load_average()
    results: dict[str, Any] = {}
    for bench in sets:
        print(f"{bench.title}: {len(bench.messages)} messages")
        results[bench.key] = {}
        for parser in parsers:
            started = time.perf_counter()
            row = run_set(bench, parser, args.keep_misses)
            results[bench.key][parser.name] = row
            print(
                f"  {parser.name:18} found {row['found']:4}/{row['n']}  right {row['right']:4}/{row['n']}"
                f"  median {row['median_ms']:.2f} ms  ({time.perf_counter() - started:.0f} s)"
            )

    report = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join(
            ["benchmarks/grounding/run.py", *(argv if argv is not None else sys.argv[1:])]
        ),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": _cpus(),
            "load_average_1m": {"start": load_before, "end": _load_average()},
        },
        "split": args.split,
        "limit": args.limit,
        "parsers": {p.name: p.version for p in parsers},
        "load_s": {p.name: round(getattr(p, "load_s", float("nan")), 2) for p in parsers},
        "skipped": skipped,
        "sgd_reference": {"today": reference.isoformat(), "now": f"{reference}T00:00", **evidence},
        "sets": {
            b.key: {
                "title": b.title,
                "messages": len(b.messages),
                "notes": b.notes,
                "stats": b.stats,
            }
            for b in sets
        },
        "results": results,
    }
    if args.misses_out is not None:
        misses = {k: {p: r["misses"] for p, r in rows.items()} for k, rows in results.items()}
        args.misses_out.write_text(json.dumps(misses, indent=1) + "\n", encoding="utf-8")
    for key, rows in results.items():
        if key not in MISSES_IN_DOC:
            for row in rows.values():
                row.pop("misses")
    if args.dry_run:
        return 0
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.with_suffix(".json").write_text(
        json.dumps(report, indent=1, default=str) + "\n", encoding="utf-8"
    )
    DOC.write_text(render_markdown(report, sets), encoding="utf-8")
    print(f"wrote {DOC.relative_to(REPO)} and {DOC.with_suffix('.json').relative_to(REPO)}")
    return 0


def _load_average() -> float | None:
    import os

    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("test", "dev"),
        default="test",
        help="SGD split, and the half of the Recognizers-Text spec (blocks of 20 rows)",
    )
    parser.add_argument("--limit", type=int, default=None, help="messages per set (fixed seed)")
    parser.add_argument("--parsers", nargs="*", default=None, help="only these parsers, by name")
    parser.add_argument(
        "--misses-out", type=Path, default=None, help="write every set's misses here"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print only; leave docs/benchmarks as they are"
    )
    parser.add_argument("--keep-misses", type=int, default=MISSES_KEPT, help="misses kept per set")
    return parser.parse_args(argv)


if __name__ == "__main__":
    raise SystemExit(main())
