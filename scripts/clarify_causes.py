"""Why the engine asks where a writer expected proposals: the conflicting hard constraints.

For each training message that fails under its writer's labels with "outcome
clarification, expected proposals" (read from a `writer_misses.py` output), the engine is
run again under the labels (`reader.data.validate`'s way) and the clarification's
smallest conflicting set is written down: each member's text, rule, grounded reading and
the writer span it carries, plus whether the writer's windows fit their own calendar
(`reader.data.fits_calendar`: False is a writer's slip).

    python scripts/clarify_causes.py --misses wm.jsonl [--writers w01,w02] --out causes.jsonl
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

ASKS = "outcome clarification, expected proposals"


def main(argv: list[str] | None = None) -> int:
    from zoneinfo import ZoneInfo

    from slotwise.extractor.candidate_finding import find_candidates
    from slotwise.extractor.model.data.writers.files import WRITERS, rows, writer_files, writer_id
    from slotwise.extractor.reader.data import (
        FixedInterpreter,
        align,
        fits_calendar,
        inside,
        request_for,
        writer_spans,
    )

    from slotwise import Engine

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", required=True, help="a writer_misses.py output")
    ap.add_argument("--writers", default="")
    ap.add_argument("--out", default="clarify_causes.jsonl")
    args = ap.parse_args(argv)
    wanted = set(filter(None, args.writers.split(",")))
    asked: dict[str, set[str]] = collections.defaultdict(set)
    for line in Path(args.misses).read_text().splitlines():
        r = json.loads(line)
        wrong = r.get("category") == "wrong"  # a missed span is another failure
        if wrong and r["errors"][0] == ASKS and (not wanted or r["writer"] in wanted):
            asked[r["writer"]].add(r["id"])
    engine = Engine("rules")
    out: list[dict[str, Any]] = []
    for f in writer_files(WRITERS, "w"):
        wid = writer_id(f)
        if wid not in asked:
            continue
        cal = json.loads((WRITERS / f"cal_{wid}.json").read_text())
        for ex in rows(f):
            if ex.get("id") not in asked[wid]:
                continue
            req = request_for(cal, ex["message"])
            cands, _, _ = find_candidates(req)
            al = align(ex, cands)
            spans = writer_spans(ex)
            saved, engine.interpreter = (
                engine.interpreter,
                FixedInterpreter(ex["intent"], al.labels),
            )
            try:
                res = engine.schedule(req)
            finally:
                engine.interpreter = saved
            by_id = {c.id: c for c in res.constraints}
            zone = ZoneInfo(cal["timezone"])
            members = []
            for conf in res.clarification.conflicts if res.clarification else []:
                c = by_id.get(conf.id)
                span = None
                if c is not None and c.span is not None:
                    span = next(
                        (sp for a, b, sp in spans if min(b, c.span[1]) > max(a, c.span[0])), None
                    )
                members.append(
                    {
                        "id": conf.id,
                        "text": c.text if c else conf.text,
                        "rule": c.rule if c else None,
                        "kind": c.kind if c else None,
                        "label": c.label if c else None,
                        "intervals": [
                            [
                                i.start.astimezone(zone).isoformat(),
                                i.end.astimezone(zone).isoformat(),
                            ]
                            for i in (c.intervals if c else [])
                        ],
                        "resources": c.resources if c else [],
                        "writer_span": span,
                    }
                )
            top = ex["expect"].get("top") or ex["expect"].get("all") or []
            relax = res.clarification.relaxations if res.clarification else []
            # the drops that give the writer's answer: the members grounding read wrong
            culprits = [r.drop for r in relax if r.proposals and inside(r.proposals[0], top, zone)]
            out.append(
                {
                    "writer": wid,
                    "id": ex["id"],
                    "message": ex["message"],
                    "now": cal["now"],
                    "outcome": res.outcome,
                    "fits_calendar": fits_calendar(ex, cal),
                    "expect_top": ex["expect"].get("top"),
                    "conflict": members,
                    "culprits": culprits,
                    "minutes": res.duration_minutes,
                    "expect_minutes": ex["expect"].get("minutes"),
                }
            )
    Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in out))
    names = collections.Counter(
        "slip"
        if not r["fits_calendar"]
        else "+".join(sorted(m["rule"] or m["id"] for m in r["conflict"]))
        for r in out
    )
    print(f"{len(out)} messages; by conflict:")
    for k, v in names.most_common(40):
        print(f"  {v:4d} {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
