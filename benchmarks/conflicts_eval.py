"""End-to-end scheduling outcomes on conflict messages, model vs cue rules.

Two sets of messages written the way customers write, each with what a careful human
scheduler would do against `samples/messages/calendar.json`: the outcome (proposals, or
a question only when the firm wishes cannot be met), and checks on the top proposal or
on all of them (day, provider, time window, length).

| set | file | role |
| --- | --- | --- |
| samples | `samples/messages/conflicts.jsonl` | written by the team; read while building (dev) |
| blind, dev half | `benchmarks/data/conflicts_test.jsonl` (`half(.., "dev")`) | written by someone who never saw the model, its data or the product's answers; scored once whole, then this half was read to fix the pipeline |
| blind, test half | the other half | only ever scored |

    python benchmarks/conflicts_eval.py [--interpreters model,rules] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "messages"
BLIND = ROOT / "benchmarks" / "data" / "conflicts_test.jsonl"
# name -> (file, which half of it: None for all; see `half`)
SETS: dict[str, tuple[Path, str | None]] = {
    "samples": (SAMPLES / "conflicts.jsonl", None),
    "blind, dev half": (BLIND, "dev"),
    "blind, test half": (BLIND, "test"),
}


def half(cases: list[dict[str, Any]], which: str | None) -> list[dict[str, Any]]:
    """A fixed half of the blind set by case id ("dev" is read, "test" only scored)."""
    from slotwise.extractor.model.data.handwritten import blind_half

    return cases if which is None else blind_half(cases, which, key="id")


WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def load(
    path: Path = SAMPLES / "conflicts.jsonl", which: str | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    calendar = json.loads((SAMPLES / "calendar.json").read_text())
    with path.open() as fh:
        cases = [json.loads(line) for line in fh if line.strip()]
    return calendar, half(cases, which)


def _hm(text: str) -> tuple[int, int]:
    h, m = text.split(":")
    return int(h), int(m)


def check_proposal(p: dict[str, Any], rules: dict[str, Any], tz: ZoneInfo) -> list[str]:
    """The rules a proposal breaks, in words (empty: it passes)."""
    start = datetime.fromisoformat(p["start"]).astimezone(tz)
    end = datetime.fromisoformat(p["end"]).astimezone(tz)
    day, weekday = start.date().isoformat(), WEEKDAYS[start.weekday()]
    broken = []
    checks = {
        "date": lambda v: day in v,
        "not_date": lambda v: day not in v,
        "date_from": lambda v: day >= v,
        "date_to": lambda v: day <= v,
        "weekday": lambda v: weekday in v,
        "not_weekday": lambda v: weekday not in v,
        "resource": lambda v: p["resource"] in v,
        "not_resource": lambda v: p["resource"] not in v,
        "start_after": lambda v: (start.hour, start.minute) >= _hm(v),
        "end_by": lambda v: end.date() == start.date() and (end.hour, end.minute) <= _hm(v),
        "start_at": lambda v: (start.hour, start.minute) == _hm(v),
        "minutes": lambda v: (end - start).total_seconds() == v * 60,
        "avoid": lambda v: (
            not ((start.hour, start.minute) < _hm(v[1]) and _hm(v[0]) < (end.hour, end.minute))
        ),
    }
    for key, value in rules.items():
        if not checks[key](value):
            broken.append(
                f"{key}={value} but got {p['resource']} {start:%a %Y-%m-%d %H:%M}-{end:%H:%M}"
            )
    return broken


def check(result: dict[str, Any], expect: dict[str, Any], tz: ZoneInfo) -> list[str]:
    problems = []
    if "intent" in expect and result["intent"]["name"] != expect["intent"]:
        problems.append(f"intent {result['intent']['name']} != {expect['intent']}")
    if "outcome" in expect and result.get("outcome") != expect["outcome"]:
        problems.append(f"outcome {result.get('outcome')} != {expect['outcome']}")
        return problems
    proposals = result.get("proposals") or []
    if ("top" in expect or "all" in expect) and not proposals:
        return [*problems, "no proposals"]
    if "top" in expect:
        problems += check_proposal(proposals[0], expect["top"], tz)
    for p in proposals if "all" in expect else []:
        problems += check_proposal(p, expect["all"], tz)
    return problems


def evaluate(interpreter: str, set_name: str = "samples", verbose: bool = False) -> dict[str, Any]:
    from slotwise import Engine

    engine = Engine(interpreter=interpreter)
    calendar, cases = load(*SETS[set_name])
    tz = ZoneInfo(calendar["timezone"])
    passed, failures = 0, []
    for case in cases:
        result = engine.schedule({**calendar, "message": case["message"]}).model_dump(mode="json")
        problems = check(result, case["expect"], tz)
        passed += not problems
        if problems:
            failures.append({"id": case["id"], "problems": problems[:3]})
            if verbose:
                print(f"  [{interpreter}] {case['id']}: {'; '.join(problems[:3])}")
    return {"interpreter": interpreter, "cases": len(cases), "passed": passed, "failures": failures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interpreters", default="model,rules")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks" / "conflicts.md"))
    args = parser.parse_args(argv)
    rows = []
    for set_name, (path, _) in SETS.items():
        if not path.exists():
            continue
        for name in args.interpreters.split(","):
            row = evaluate(name, set_name, args.verbose)
            row["set"] = set_name
            rows.append(row)
            print(
                f"{set_name} / {name}: {row['passed']}/{row['cases']} cases handled as a "
                "careful scheduler would"
            )
    names = {"model": "embedded intent model", "rules": "cue rules (ablation)"}
    lines = [
        "# End-to-end outcomes on the conflict messages",
        "",
        "Measured by `python benchmarks/conflicts_eval.py`. Each message was written the way "
        "customers write, with what a careful human scheduler would do against "
        "`samples/messages/calendar.json`: the outcome (a question only when the firm wishes "
        "cannot be met) and checks on the top proposal or all of them (day, provider, time "
        "window, length). A case passes when every check holds. The same pipeline runs with "
        "each interpreter.",
        "",
        "- **samples** (`samples/messages/conflicts.jsonl`): written by the team and read "
        "while building the pipeline; a dev set.",
        "- **blind** (`benchmarks/data/conflicts_test.jsonl`, 91 cases): written by a helper "
        "session that never saw the model, its training data, the samples or the product's "
        "answers (see `benchmarks/data/README.md`). It was scored once whole with "
        "`slotwise-intent-0.2` before anything was changed because of it: model 45/91, "
        "rules 45/91. It was then split in two fixed halves by the SHA-256 of the case id: "
        "the **dev half** was read to find what the pipeline gets wrong; the **test half** "
        "is only ever scored.",
        "",
        "| set | interpreter | cases passed | failed cases |",
        "| --- | --- | ---: | --- |",
    ]
    for row in rows:
        failed = ", ".join(f["id"] for f in row["failures"]) or "none"
        lines.append(
            f"| {row['set']} | {names.get(row['interpreter'], row['interpreter'])} | "
            f"{row['passed']}/{row['cases']} | {failed} |"
        )
    Path(args.out).write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
