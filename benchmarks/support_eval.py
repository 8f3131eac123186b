"""The support router on tickets written by independent writers (a blind set).

`benchmarks/data/support_blind/t*.jsonl` holds tickets written by helper sessions that
saw only `samples/support/taxonomy.json` (never the router, its examples' results or
each other's files): the category a support lead would pick (`expect`), for the truly
ambiguous ones the other fair reading (`also`, `"ambiguous": true`), and the urgency.
They are split once by the parity of the SHA-256 of the text (as the reader's blind
sets, `slotwise.extractor.reader.blind.split`): dev is for reading, test is only scored.

Per half: routed right (the expected category, or either fair reading of an ambiguous
ticket), ambiguous tickets flagged, false flags (a clear ticket flagged), urgency right,
and the router's p50 per ticket once the taxonomy is registered.

    python benchmarks/support_eval.py [--half test|dev] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "support_blind"
TAXONOMY = ROOT / "samples" / "support" / "taxonomy.json"
OUT = ROOT / "docs" / "benchmarks" / "support_blind.md"


def load(half: str) -> list[dict[str, Any]]:
    from slotwise.extractor.reader.blind import split

    rows = []
    for f in sorted(DATA.glob("t*.jsonl")):
        for line in f.read_text().splitlines():
            if line.strip():
                t = json.loads(line)
                if split(t["text"]) == half:
                    rows.append(t)
    return rows


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    from slotwise import Engine

    t0 = time.perf_counter()
    router = Engine("rules").router(TAXONOMY.read_text())
    register_s = time.perf_counter() - t0
    right = caught = false_flags = urgency = 0
    ms: list[float] = []
    misses = []
    for t in rows:
        t1 = time.perf_counter()
        r = router.route(t["text"])
        ms.append((time.perf_counter() - t1) * 1000)
        ok = r.category.id in {t["expect"], t.get("also")}
        right += ok
        amb = bool(t.get("ambiguous"))
        caught += r.ambiguous and amb
        false_flags += r.ambiguous and not amb
        urgency += r.urgency.level == t.get("urgency")
        if not ok:
            misses.append({"id": t.get("id"), "expect": t["expect"], "got": r.category.id})
    n = len(rows)
    return {
        "tickets": n,
        "ambiguous": sum(bool(t.get("ambiguous")) for t in rows),
        "right": right,
        "caught": caught,
        "false_flags": false_flags,
        "urgency_right": urgency,
        "p50_ms": round(statistics.median(ms), 1) if ms else None,
        "register_s": round(register_s, 2),
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["test", "dev"], default="test")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    rows = load(args.half)
    if not rows:
        print(f"no tickets in {DATA}", file=sys.stderr)
        return 1
    s = score(rows)
    table = (
        f"# Support routing on independent writers' tickets ({args.half} half)\n\n"
        f"`python benchmarks/support_eval.py --half {args.half}`: tickets written by "
        "writers who saw only `samples/support/taxonomy.json`; see the script's docstring.\n\n"
        "| tickets | ambiguous | routed right | ambiguous flagged | false flags "
        "| urgency right | p50 ms / ticket | register s |\n"
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"
        f"| {s['tickets']} | {s['ambiguous']} | {s['right']} ({s['right'] / s['tickets']:.1%}) "
        f"| {s['caught']} of {s['ambiguous']} | {s['false_flags']} "
        f"| {s['urgency_right']} | {s['p50_ms']} | {s['register_s']} |\n"
    )
    print(table)
    if args.half == "dev":
        for m in s["misses"]:
            print(m)
    if not args.no_write and args.half == "test":
        OUT.write_text(table)
        OUT.with_suffix(".json").write_text(json.dumps(s, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
