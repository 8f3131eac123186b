"""Reader v2 on the blind sets: end to end, needless questions, roles, intent, calibration.

The blind sets (`benchmarks/data/blind_v2/b*.jsonl`) were written by writers who wrote
no training data, each against their own business calendar, with the expected answer
(`expect`: where the first proposal should lie, what every proposal must respect, or a
question, or no slot at all). They are split once by `slotwise.extractor.reader.blind`;
the test half is only ever scored, here.

Per interpreter, side by side in one run (reader v2, the 0.2 intent model, the cue rules):

- **end to end**: the engine's answer meets the writer's `expect` (proposal 1 inside the
  acceptable windows and every proposal inside the hard ones; or a clarification when
  nothing fits; or outcome "none" for a cancellation or a non-booking);
- **needless clarifications** per 100 messages: a question where the writer found a slot;
- **role accuracy**: kind + strength + retracted per candidate, against the writer's
  labels carried onto the grounding's candidates (`reader.data.align`);
- **intent accuracy** and expected calibration error (10 bins) of the intent confidence.

"valid" rows keep only the messages whose own labels, given to the engine in place of
an interpreter, produce the writer's answer (the training data's gate): what remains
there is the interpreter's doing; the "all" rows include grounding's misses and any
writer's slip. "calendar" rows drop only the slips the writer's own calendar proves
(proposals expected where no open interval of an allowed resource holds the visit:
`reader.data.fits_calendar`, no labels, no grounding): every other miss still counts.

    python benchmarks/reader_eval.py [--half test|dev] [--interpreters reader,model,rules]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "benchmarks" / "data" / "blind_v2"
OUT = ROOT / "docs" / "benchmarks"


def load(half: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    from slotwise.extractor.reader.blind import split
    from slotwise.extractor.reader.data import load_jsonl

    rows = []
    for f in sorted(BLIND.glob("b*.jsonl")):
        cal = json.loads((BLIND / f"cal_{f.stem}.json").read_text())
        rows += [(ex, cal) for ex in load_jsonl(f) if split(ex["message"]) == half]
    return rows


def ece(conf: list[float], right: list[bool], bins: int = 10) -> float:
    total = 0.0
    n = len(conf)
    for k in range(bins):
        idx = [i for i, c in enumerate(conf) if k / bins < c <= (k + 1) / bins]
        if idx:
            acc = sum(right[i] for i in idx) / len(idx)
            avg = sum(conf[i] for i in idx) / len(idx)
            total += len(idx) / n * abs(acc - avg)
    return total


ROWS = ("all", "calendar", "valid")


def run(
    name: str, rows: list[tuple[dict, dict]], valid: list[bool], relax: float | None = None
) -> dict[str, Any]:
    from slotwise.extractor.candidate_finding import find_candidates
    from slotwise.extractor.reader.data import align, check, fits_calendar, request_for

    from slotwise import Engine

    engine = Engine(name) if relax is None else Engine(name, relax_below=relax)
    out: dict[str, Any] = {"interpreter": name if relax is None else f"{name} relax<{relax}"}
    per: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for (ex, cal), ok in zip(rows, valid, strict=True):
        req = request_for(cal, ex["message"])
        result = engine.schedule(req)
        errs = check(ex, result, ZoneInfo(cal["timezone"]))
        cands, _, _ = find_candidates(req)
        gold = align(ex, cands).labels
        step = next(s for s in result.trace if s.step == "interpret")
        got = step.detail["output"]["labels"]
        roles = [
            (g.kind, g.strength, g.retracted) == (p["kind"], p["strength"], p["retracted"])
            for g, p in zip(gold, got, strict=False)
        ]
        per.append(
            {
                "id": ex.get("id"),
                "right": not errs,
                "needless": ex["expect"]["outcome"] == "proposals"
                and result.outcome == "clarification",
                "intent_right": result.intent.name == ex["intent"],
                "conf": result.intent.confidence,
                "roles": roles,
                "valid": ok,
                "calendar": fits_calendar(ex, cal),
                "errors": errs,
            }
        )
    out["ms_per_message"] = round((time.perf_counter() - t0) * 1000 / max(len(rows), 1), 1)
    for label in ROWS:
        sub = [r for r in per if label == "all" or r[label]]
        roles = [x for r in sub for x in r["roles"]]
        out[label] = {
            "messages": len(sub),
            "end_to_end": sum(r["right"] for r in sub),
            "end_to_end_rate": round(sum(r["right"] for r in sub) / max(len(sub), 1), 3),
            "needless_per_100": round(100 * sum(r["needless"] for r in sub) / max(len(sub), 1), 1),
            "role_acc": round(sum(roles) / max(len(roles), 1), 3),
            "roles": len(roles),
            "intent_acc": round(sum(r["intent_right"] for r in sub) / max(len(sub), 1), 3),
            "intent_ece": round(ece([r["conf"] for r in sub], [r["intent_right"] for r in sub]), 3),
        }
    out["misses"] = [r for r in per if not r["right"]]
    return out


def valid_under_own_labels(rows: list[tuple[dict, dict]]) -> list[bool]:
    from slotwise.extractor.reader.data import validate

    from slotwise import Engine

    engine = Engine("rules")
    flags = []
    for ex, cal in rows:
        try:
            rec, _ = validate(ex, cal, engine)
        except (ValueError, KeyError):
            rec = None
        flags.append(rec is not None)
    return flags


def table(results: list[dict[str, Any]], half: str, n: int) -> str:
    lines = [
        f"# Reader v2 on the blind set ({half} half, {n} messages)",
        "",
        "`python benchmarks/reader_eval.py --half " + half + "`; written by writers who wrote no",
        "training data; see the script's docstring for each column.",
        "",
        "| interpreter | rows | messages | end to end | needless clarifications /100 | role acc | intent acc | intent ECE | ms/msg |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        for label in ROWS:
            s = r[label]
            lines.append(
                f"| {r['interpreter']} | {label} | {s['messages']} | {s['end_to_end']} "
                f"({s['end_to_end_rate']:.1%}) | {s['needless_per_100']} | {s['role_acc']:.3f} "
                f"({s['roles']}) | {s['intent_acc']:.3f} | {s['intent_ece']:.3f} | {r['ms_per_message']} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["test", "dev"], default="test")
    ap.add_argument("--interpreters", default="reader,model,rules")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument(
        "--relax", default="", help="comma-separated relax_below values to compare (dev only)"
    )
    args = ap.parse_args(argv)
    rows = load(args.half)
    valid = valid_under_own_labels(rows)
    if args.relax:
        if args.half == "test":
            ap.error("--relax tunes a threshold: use it on the dev half only")
        results = [run("reader", rows, valid, float(x)) for x in args.relax.split(",")]
    else:
        results = [run(name, rows, valid) for name in args.interpreters.split(",")]
    text = table(results, args.half, len(rows))
    print(text)
    if args.verbose:
        for r in results:
            for m in r["misses"]:
                print(r["interpreter"], m["id"], m["errors"])
    if not args.no_write:
        (OUT / f"reader_{args.half}.md").write_text(text)
        (OUT / f"reader_{args.half}.json").write_text(
            json.dumps([{k: v for k, v in r.items() if k != "misses"} for r in results], indent=1)
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
