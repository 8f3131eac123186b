"""Conversations on the blind set: turn-level and check-level accuracy, per-turn latency.

The conversations (`benchmarks/data/conversations/cv*.jsonl`, format in FORMAT.md) were
written by independent writers who wrote no training data, each against a calendar
(`cal_cvN.json`). They are split once, by the parity of the SHA-256 of the conversation
id (even: dev, read and tuned on; odd: test, only ever scored here, and only as totals).

Each conversation runs as a session of the shipped engine on a real store (SQLite in a
temporary folder by default, ``--store redis://...`` for Redis), one `send` per turn
with `now` = the calendar's `now` plus the minutes the writer gives, `shown` left to the
engine (its own last proposals). Per turn, the checks are those the writer gave, read
as `slotwise.conversation_checks` says (its docstring lists them: goal, shift, outcome,
references, cancels, what holds and was dropped, where proposal 1 lies).

A turn is fully right when all of its checks pass. Latency: wall time of `send`
(read, revise, solve, commit to the store), p50 and p90 over all turns of the half.

    python benchmarks/conversations_eval.py [--half test|dev] [--store URL] [--show]

`--show` prints every dev turn with what failed; it refuses the test half.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from slotwise.conversation_checks import check_turn

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "conversations"
OUT = ROOT / "docs" / "benchmarks"


def half_of(conversation_id: str) -> str:
    """The one split: even last byte of SHA-256(id) -> dev, odd -> test."""
    return "dev" if hashlib.sha256(conversation_id.encode()).digest()[-1] % 2 == 0 else "test"


def load(half: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    rows = []
    for f in sorted(DATA.glob("cv*.jsonl")):
        cal = json.loads((DATA / f"cal_{f.stem}.json").read_text())
        for line in f.read_text().splitlines():
            if line.strip():
                conv = json.loads(line)
                if half_of(conv["id"]) == half:
                    rows.append((conv, cal))
    return rows


def run(half: str, store: str | None, show: bool) -> dict[str, Any]:
    from slotwise.engine import Engine

    rows = load(half)
    tmp = tempfile.mkdtemp(prefix="slotwise-cv-")
    engine = Engine(store=store or f"sqlite:///{tmp}/sessions.db")
    turns_right = turns = checks_right = checks = 0
    per_check: dict[str, list[int]] = {}
    latency: list[float] = []
    for conv, cal in rows:
        tz = ZoneInfo(cal["timezone"])
        session = engine.session(
            timezone=cal["timezone"],
            duration_minutes=cal.get("duration_minutes", 30),
            resources=cal["resources"],
        )
        now = datetime.fromisoformat(cal["now"])
        msgs: dict[int, str] = {}
        for n, turn in enumerate(conv["turns"], start=1):
            now += timedelta(minutes=turn.get("minutes_later", 0))
            msgs[n] = turn["message"]
            t0 = time.perf_counter()
            result = session.send(turn["message"], now=now).model_dump(mode="json")
            latency.append((time.perf_counter() - t0) * 1000)
            got = check_turn(turn["expect"], result, msgs, tz)
            for name, ok in got.items():
                per_check.setdefault(name, [0, 0])
                per_check[name][0] += ok
                per_check[name][1] += 1
            turns += 1
            turns_right += all(got.values())
            checks += len(got)
            checks_right += sum(got.values())
            if show and half == "dev":
                bad = [k for k, v in got.items() if not v]
                mark = "ok " if not bad else "BAD"
                print(f"{mark} {conv['id']} T{n}: {turn['message']}")
                if bad:
                    print(f"    failed: {bad}")
                    print(f"    expect: {json.dumps({k: turn['expect'].get(k) for k in bad})}")
                    print(
                        "    got:    "
                        + json.dumps(
                            {
                                "intent": result["goal"],
                                "reader": result["intent"],
                                "goal_shift": result["goal_shift"],
                                "outcome": result["outcome"],
                                "refers_to": [
                                    {
                                        k: v
                                        for k, v in r.items()
                                        if k != "proposal" and v is not None
                                    }
                                    for r in result["refers_to"]
                                ],
                                "cancels": result["cancels"]
                                and {k: result["cancels"][k] for k in ("turn", "text")},
                                "holds": [
                                    (c.get("turn"), c.get("text"), c["kind"], c["strength"])
                                    for c in result["constraints"]
                                ],
                                "dropped": [(d["turn"], d["text"]) for d in result["dropped"]],
                                "top": result["proposals"][0]["start"]
                                if result["proposals"]
                                else None,
                                "mentions": [m["text"] for m in result["mentions"]],
                            }
                        )
                    )
    return {
        "half": half,
        "conversations": len(rows),
        "turns": turns,
        "turns_fully_right": round(turns_right / max(1, turns), 4),
        "checks": checks,
        "checks_right": round(checks_right / max(1, checks), 4),
        "per_check": {k: round(v[0] / v[1], 4) for k, v in sorted(per_check.items())},
        "latency_ms_p50": round(statistics.median(latency), 1) if latency else None,
        "latency_ms_p90": round(statistics.quantiles(latency, n=10)[-1], 1)
        if len(latency) > 1
        else None,
        "store": engine.store.url.split("://")[0],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=["dev", "test"], default="test")
    ap.add_argument("--store", default=None, help="sqlite:///PATH.db or redis://HOST:PORT/DB")
    ap.add_argument("--show", action="store_true", help="every dev turn with what failed")
    ap.add_argument("--write", action="store_true", help="write docs/benchmarks/conversations.json")
    args = ap.parse_args(argv)
    if args.show and args.half == "test":
        ap.error("--show reads the test half's messages; it is for the dev half only")
    report = run(args.half, args.store, args.show)
    print(json.dumps(report, indent=1))
    if args.write:
        (OUT / f"conversations_{args.half}.json").write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
