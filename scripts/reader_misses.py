"""The training writers' messages that the shipped reader gets wrong, end to end.

Each message of the named writers (`extractor/model/data/writers/w*.jsonl.gz`; never the
blind sets) goes through `Engine()` as it ships (grounding, the reader, the solver), and
its answer is checked against the writer's `expect` windows with the same check as
`scripts/writer_misses.py` (`reader.data.check`: outcome, top proposal, every proposal,
length). Where `writer_misses.py` gives the engine the writer's labels, this one lets the
reader label: on writers the reader never trained on (w130-w143 for slotwise-reader-2.6)
it says how a change to the candidates reads through a reader that never saw it.

    python scripts/reader_misses.py --writers w130,w131 [--out reader_misses.jsonl]

Prints messages fully right, the top proposal alone right, and writes one JSON object per
failing message.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    from zoneinfo import ZoneInfo

    from slotwise.extractor.model.data.writers.files import WRITERS, rows, writer_files, writer_id
    from slotwise.extractor.reader.data import check, request_for

    from slotwise import Engine

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--writers", required=True, help="comma-separated writer ids")
    ap.add_argument("--out", default="reader_misses.jsonl")
    args = ap.parse_args(argv)
    wanted = set(filter(None, args.writers.split(",")))
    engine = Engine()
    counts: collections.Counter[str] = collections.Counter()
    failing: list[dict[str, Any]] = []
    for f in writer_files(WRITERS, "w"):
        wid = writer_id(f)
        if wid not in wanted:
            continue
        cal = json.loads((WRITERS / f"cal_{wid}.json").read_text())
        zone = ZoneInfo(cal["timezone"])
        for ex in rows(f):
            counts["messages"] += 1
            result = engine.schedule(request_for(cal, ex["message"]))
            errors = check(ex, result, zone)
            top_ok = not any(e.startswith(("outcome", "top")) for e in errors)
            counts["top_right"] += top_ok
            if not errors:
                counts["right"] += 1
                continue
            failing.append(
                {
                    "writer": wid,
                    "id": ex.get("id"),
                    "message": ex["message"],
                    "expect": ex.get("expect"),
                    "errors": errors,
                    "got": result.model_dump(mode="json", include={"outcome", "constraints"}),
                }
            )
    Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in failing))
    n = max(1, counts["messages"])
    print(
        json.dumps(
            {
                "messages": counts["messages"],
                "fully_right": counts["right"],
                "fully_right_share": round(counts["right"] / n, 4),
                "top_right": counts["top_right"],
                "top_right_share": round(counts["top_right"] / n, 4),
            }
        )
    )
    print(f"wrote {len(failing)} failing messages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
