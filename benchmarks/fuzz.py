"""Fuzz the engine against the brute-force oracle (`benchmarks/oracle.py`).

    python -m benchmarks.fuzz [--requests 100000] [--seed 0] [--jobs 2]
                              [--budget 1.0] [--out docs/benchmarks/fuzz.md]
    python -m benchmarks.fuzz --case 4711 --seed 0     # one case again, verbose

Case i is drawn from ``random.Random(f"{seed}:{i}")`` alone, so any finding reruns by its
number. Three kinds of case, all through ``Engine("rules").schedule`` (the cue-rule
interpreter: fast, deterministic, and not the model under development):

- ``structured`` (about half): small random requests (1-3 resources with `open` and
  `busy` time, booking rules, sometimes a series, a bundle or an all-of need) with
  structured constraints only, in New York, London, UTC or Kolkata, often on a DST night.
- ``message``: the same plus a message from phrase templates, and caller constraint ids
  ("c1", "c2") that the message's own constraints would take if nobody minded.
- ``odd``: a valid request broken one way (empty, huge, wrong types, impossible dates,
  extreme years, unknown enums and time zones, malformed iCalendar, bad JSON), sent as
  JSON text.

What each case must show (the findings table counts every miss, by name):

- ``internal_error``: no exception but a coded `RequestError`, on any case.
- ``unnamed_field``: a `RequestError` names the field (all but whole-body codes).
- ``broken_hard``: every proposal is a grid start in the booking window, inside its
  resources' free time, and meets every hard constraint (oracle arithmetic).
- ``proposals_when_infeasible`` / ``clarification_when_feasible``: the outcome agrees
  with the oracle on whether any booking exists.
- ``not_minimal``: a conflict set conflicts, loses its conflict without any one member,
  names availability only when it takes part, and is availability alone when the free
  time alone leaves no slot.
- ``readback``: `satisfied`/`violated` agree with the oracle, every hard id satisfied.
- ``ids``: constraint ids unique, the caller's ids kept as given.
- ``wrong_count`` / ``not_best``: as many proposals as the oracle finds (up to
  `max_proposals`), the first one of the best soft weight; skipped when the result says
  the time budget ran out (`timed_out`), which is counted apart.
- ``over_budget``: wall time above budget + 1 s for one request.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from slotwise.schemas import ERROR_CODES, RequestError, ScheduleRequest, ScheduleResult

from benchmarks.fuzz_cases import draw_odd, draw_request
from benchmarks.oracle import Brute, holds, norm
from slotwise.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
WHOLE_BODY = {"invalid_json", "invalid_body", "body_too_large"}
DEFECTS = [
    "internal_error",
    "unnamed_field",
    "broken_hard",
    "proposals_when_infeasible",
    "clarification_when_feasible",
    "not_minimal",
    "readback",
    "ids",
    "wrong_count",
    "not_best",
    "over_budget",
]

# ---------------------------------------------------------------------------------------
# Checking one case


@dataclass
class Tally:
    cases: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    defects: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    codes: Counter[str] = field(default_factory=Counter)
    timed_out: int = 0
    conflicts: int = 0
    latencies: list[float] = field(default_factory=list)

    def miss(self, what: str, case: int, note: str) -> None:
        self.defects[what] += 1
        found = self.examples.setdefault(what, [])
        if len(found) < 5:
            found.append(f"case {case}: {note}"[:400])

    def add(self, other: Tally) -> None:
        self.cases += other.cases
        self.outcomes += other.outcomes
        self.defects += other.defects
        self.codes += other.codes
        self.timed_out += other.timed_out
        self.conflicts += other.conflicts
        self.latencies += other.latencies
        for k, v in other.examples.items():
            mine = self.examples.setdefault(k, [])
            mine += v[: max(0, 5 - len(mine))]


def _combo(p: Any) -> tuple[tuple[datetime, datetime, tuple[str, ...]], ...]:
    """A proposal's bookings in UTC (see `Brute.valid` on why)."""
    if p.bookings:
        spans = [(b.start, b.end, tuple(b.resources)) for b in p.bookings]
    else:
        spans = [(p.start, p.end, tuple(p.resources))]
    return tuple((s.astimezone(UTC), e.astimezone(UTC), r) for s, e, r in spans)


def check_result(tally: Tally, case: int, body: dict[str, Any], result: ScheduleResult) -> None:
    """Hold one answered, well-formed request to the oracle."""
    req = ScheduleRequest.model_validate(body)
    ids = [c.id for c in result.constraints]
    given = {c.id: c for c in req.constraints}
    echoed = {c.id: c for c in result.constraints if c.source == "request"}
    if len(set(ids)) < len(ids) or set(echoed) != set(given):
        tally.miss("ids", case, f"ids {ids}, caller's {sorted(given)}")
    brute = Brute(req, result.constraints, result.duration_minutes)
    hard = {c.id for c in brute.hard()}
    soft = {c.id: c for c in brute.soft()}
    timed_out = result.timed_out
    tally.timed_out += timed_out
    tally.outcomes[result.outcome] += 1
    feasible = brute.feasible()
    if result.outcome == "clarification":
        tally.conflicts += 1
        if feasible:
            tally.miss("clarification_when_feasible", case, "the oracle finds a booking")
        elif not timed_out:
            _check_conflict(tally, case, brute, result)
        return
    if result.proposals and not feasible:
        tally.miss("proposals_when_infeasible", case, f"{len(result.proposals)} proposals")
    pos = {a.id: i for i, a in enumerate(brute.apps)}
    weights = []
    for p in result.proposals:
        combo = _combo(p)
        wrong = brute.valid(combo)
        if wrong:
            tally.miss("broken_hard", case, f"rank {p.rank} {p.start}: {wrong}")
        if not hard <= set(p.satisfied) or hard & set(p.violated):
            tally.miss("readback", case, f"rank {p.rank}: hard {sorted(hard)} vs {p.satisfied}")
        for cid, c in soft.items():
            met = all(holds(c, *combo[pos[a]]) for a in brute.scope(c) if a in pos)
            if met != (cid in p.satisfied) or met == (cid in p.violated):
                tally.miss("readback", case, f"rank {p.rank}: soft {cid} holds={met}")
        weights.append(brute.soft_weight(combo))
    if timed_out or not feasible:
        return
    k = req.max_proposals
    count = sum(1 for _ in zip(range(k), brute.solutions(), strict=False))
    if len(result.proposals) != count or len({norm(_combo(p)) for p in result.proposals}) != count:
        tally.miss("wrong_count", case, f"{len(result.proposals)} distinct, oracle {count}")
    best = brute.best()
    if weights and best is not None and abs(weights[0] - best) > 1e-9:
        tally.miss("not_best", case, f"first proposal weighs {weights[0]}, best {best}")


def _check_conflict(tally: Tally, case: int, brute: Brute, result: ScheduleResult) -> None:
    clar = result.clarification
    ids = [c.id for c in clar.conflicts] if clar else []
    if not ids:
        tally.miss("not_minimal", case, "a clarification without a conflict")
        return
    if not brute.feasible(set(), calendar=True):  # the free time alone leaves nothing
        if ids not in (["availability"], ["booking_rules"]):
            tally.miss("not_minimal", case, f"{ids} although availability alone leaves no slot")
        return
    calendar = "availability" in ids
    members = {i for i in ids if i not in ("availability", "booking_rules")}
    if brute.feasible(members, calendar=calendar):
        tally.miss("not_minimal", case, f"{ids} do not conflict")
        return
    for m in ids:
        if m == "availability":
            ok = brute.feasible(members, calendar=False)
        elif m == "booking_rules":
            ok = False
        else:
            ok = brute.feasible(members - {m}, calendar=calendar)
        if not ok:
            tally.miss("not_minimal", case, f"{ids} still conflict without {m}")
            return


_ENGINE: Engine | None = None


def _engine(budget: float) -> Engine:
    global _ENGINE
    if _ENGINE is None or _ENGINE.time_limit_s != budget:
        _ENGINE = Engine("rules", time_limit_s=budget)
    return _ENGINE


def run_case(
    seed: int,
    case: int,
    budget: float,
    tally: Tally,
    verbose: bool = False,
    odd: int | None = None,
) -> None:
    """Case `case` of `seed`; `odd` forces an odd input, broken the `odd`-th way."""
    rng = random.Random(f"{seed}:{case}")
    roll = rng.random()
    kind = "structured" if roll < 0.5 else "message" if roll < 0.8 else "odd"
    if odd is not None:
        kind = "odd"
    engine = _engine(budget)
    tally.cases[kind] += 1
    payload: Any
    if kind == "odd":
        what, payload = draw_odd(rng, odd)
    else:
        what, payload = kind, draw_request(rng, kind)
    if verbose:
        shown = payload if isinstance(payload, str) else json.dumps(payload, indent=1)
        print(f"case {case} ({what}):\n{shown[:4000]}")
    t0 = time.perf_counter()
    try:
        result = engine.schedule(payload)
    except RequestError as exc:
        tally.latencies.append(time.perf_counter() - t0)
        tally.codes[exc.code] += 1
        if exc.code not in ERROR_CODES or (not exc.field and exc.code not in WHOLE_BODY):
            tally.miss("unnamed_field", case, f"{what}: {exc.code} {exc.message}")
        if kind != "odd":
            tally.miss("internal_error", case, f"a well-formed request refused: {exc}")
        if verbose:
            print(json.dumps(exc.to_dict(), indent=1))
        return
    except Exception as exc:
        tally.latencies.append(time.perf_counter() - t0)
        note = f"{what}: {type(exc).__name__}: {exc}"
        if verbose:
            traceback.print_exc()
        tally.miss("internal_error", case, note)
        return
    elapsed = time.perf_counter() - t0
    tally.latencies.append(elapsed)
    if elapsed > budget + 1.0:
        tally.miss("over_budget", case, f"{what}: {elapsed:.2f} s")
    if verbose:
        print(result.model_dump_json(indent=1, exclude={"trace"})[:6000])
    if kind == "odd":
        tally.outcomes[result.outcome] += 1
        tally.timed_out += result.timed_out
        return
    assert isinstance(payload, dict)
    try:
        check_result(tally, case, payload, result)
    except Exception as exc:  # the oracle itself failing is a finding too, not a crash
        tally.miss("internal_error", case, f"oracle: {type(exc).__name__}: {exc}")


def _chunk(args: tuple[int, Iterable[int], float]) -> Tally:
    seed, cases, budget = args
    tally = Tally()
    for case in cases:
        run_case(seed, case, budget, tally)
    return tally


def run(seed: int, count: int, *, jobs: int = 1, budget: float = 1.0, start: int = 0) -> Tally:
    """Cases ``start .. start + count - 1`` of `seed`, on `jobs` processes."""
    chunks = [
        (seed, range(i, min(i + 500, start + count)), budget)
        for i in range(start, start + count, 500)
    ]
    total = Tally()
    if jobs <= 1:
        for c in chunks:
            total.add(_chunk(c))
        return total
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        for i, part in enumerate(pool.imap_unordered(_chunk, chunks), start=1):
            total.add(part)
            for what, found in part.examples.items():  # as they come, not only at the end
                print(f"  finding {what}: {found}", flush=True)
            if i % 10 == 0:
                print(
                    f"  {sum(total.cases.values())} cases, {sum(total.defects.values())} findings",
                    flush=True,
                )
    return total


# ---------------------------------------------------------------------------------------
# Report


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round((len(ordered) - 1) * q / 100))] if ordered else 0.0


def report(tally: Tally, args: argparse.Namespace, wall: float) -> str:
    n = sum(tally.cases.values())
    lat = tally.latencies
    lines = [
        "# Fuzz against the brute-force oracle",
        "",
        f"`python -m benchmarks.fuzz --requests {args.requests} --seed {args.seed} "
        f"--jobs {args.jobs} --budget {args.budget:g}`: {n} requests through "
        '`Engine("rules").schedule`, each held to `benchmarks/oracle.py` (what is checked: '
        "the docstring of `benchmarks/fuzz.py`).",
        "",
        f"- Run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {wall / 60:.1f} min wall on {args.jobs} "
        "process(es) of a shared 2-core machine.",
        "- Cases: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.cases.items())) + ".",
        "- Outcomes of answered requests: "
        + ", ".join(f"{k} {v}" for k, v in sorted(tally.outcomes.items()))
        + f"; {tally.conflicts} conflict sets checked for minimality; "
        f"{tally.timed_out} results said the time budget ran out.",
        "- Odd inputs refused with codes: "
        + ", ".join(f"`{k}` {v}" for k, v in tally.codes.most_common())
        + ".",
        f"- Latency per request (engine, in process): p50 {_pct(lat, 50) * 1000:.1f} ms, "
        f"p99 {_pct(lat, 99) * 1000:.1f} ms, max {max(lat, default=0) * 1000:.0f} ms; "
        f"{sum(1 for x in lat if x > 5)} over 5 s.",
        "",
        "| finding | count |",
        "| --- | ---: |",
        *[f"| `{d}` | {tally.defects.get(d, 0)} |" for d in DEFECTS],
        "",
    ]
    if tally.examples:
        lines += ["First examples (rerun one with `--case N`):", ""]
        for k, v in tally.examples.items():
            lines += [f"- `{k}`: " + "; ".join(v)]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first case number")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--budget", type=float, default=1.0, help="the engine's time budget, s")
    parser.add_argument("--case", type=int, default=None, help="run one case, verbose")
    parser.add_argument("--out", type=Path, default=None, help="write the report here too")
    args = parser.parse_args(argv)
    if args.case is not None:
        tally = Tally()
        run_case(args.seed, args.case, args.budget, tally, verbose=True)
        print(dict(tally.defects), tally.examples)
        return 1 if tally.defects else 0
    t0 = time.perf_counter()
    tally = run(args.seed, args.requests, jobs=args.jobs, budget=args.budget, start=args.start)
    text = report(tally, args, time.perf_counter() - t0)
    print(text)
    if args.out:
        args.out.write_text(text)
    return 1 if tally.defects else 0


if __name__ == "__main__":
    sys.exit(main())
