"""The training writers' messages that fail validation, with why: grounding's to-do list.

For each training writer's message (`extractor/model/data/writers/w*.jsonl.gz`; never the
blind sets), the writer's own labels are given to the engine in place of an interpreter
(`reader.data.validate`). A message fails when a writer span has no candidate
(`missed`), when one candidate covers several writer spans (`merged`), or when the
labels are all carried but the engine's answer is not the writer's (`wrong`: grounding
read a value differently, or the writer slipped).

    python scripts/writer_misses.py [--writers w01,w02] [--out misses.jsonl]

Prints counts by category and writes one JSON object per failing message.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    from slotwise.extractor.candidate_finding import find_candidates
    from slotwise.extractor.model.data.writers.files import WRITERS, rows, writer_files, writer_id
    from slotwise.extractor.reader.data import request_for, validate

    from slotwise import Engine

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--writers", default="", help="comma-separated writer ids (default: all)")
    ap.add_argument("--out", default="writer_misses.jsonl")
    args = ap.parse_args(argv)
    wanted = set(filter(None, args.writers.split(",")))
    engine = Engine("rules")
    counts: collections.Counter[str] = collections.Counter()
    failing: list[dict[str, Any]] = []
    for f in writer_files(WRITERS, "w"):
        wid = writer_id(f)
        if wanted and wid not in wanted:
            continue
        cal = json.loads((WRITERS / f"cal_{wid}.json").read_text())
        for ex in rows(f):
            try:
                rec, rep = validate(ex, cal, engine)
            except (ValueError, KeyError) as e:
                counts["format"] += 1
                failing.append(
                    {"writer": wid, "id": ex.get("id"), "category": "format", "error": str(e)}
                )
                continue
            if rec is not None:
                counts["ok"] += 1
                continue
            cat = "missed" if rep["missed"] else "merged" if rep["merged"] else "wrong"
            counts[cat] += 1
            cands, _, _ = find_candidates(request_for(cal, ex["message"]))
            failing.append(
                {
                    "writer": wid,
                    "id": ex.get("id"),
                    "category": cat,
                    "message": ex["message"],
                    "intent": ex["intent"],
                    "spans": ex.get("spans", []),
                    "expect": ex.get("expect"),
                    "now": cal["now"],
                    "timezone": cal["timezone"],
                    "missed": rep["missed"],
                    "errors": rep["errors"],
                    "candidates": [
                        {"text": c.text, "type": c.type, "rule": c.rule, "bound": c.bound}
                        for c in cands
                    ],
                }
            )
    Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in failing))
    total = sum(counts.values())
    print(f"{total} messages: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print(f"wrote {len(failing)} failing messages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
