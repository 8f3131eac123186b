"""Evaluate the intent model (and the cue-rule baseline) on held-out data.

    python -m benchmarks.intent_eval            # writes docs/benchmarks/intent.md and .json
    python -m benchmarks.intent_eval --quick    # small samples, for a smoke run

Sets (none of them trained on; only the hand-written dev set was looked at while building):

| set | what it measures |
| --- | --- |
| SGD test (booking services, partial test split) | intent; plain time mentions (require, hard) |
| CLINC150 test (mapped: book_*/restaurant_reservation -> book, cancel_reservation -> cancel, ...) | intent, incl. out-of-scope -> other |
| SNIPS test (BookRestaurant -> book, others -> other) | intent |
| generated, held-out phrasing families (templates and cue words never in training) | roles |
| hand-written dev set (`extractor/model/data/dev_handwritten.jsonl`; guided the generator and picks the training checkpoint) | intent and roles |
| hand-written blind set (`benchmarks/data/handwritten_test.jsonl`; written by someone who never saw the generator, the dev set or the model), in two fixed halves: `blind_dev` may be read, `blind_test` is only scored | intent and roles |

Both interpreters get the gold candidate spans (the grounding layer's job is measured in
docs/benchmarks/grounding.md); `negated` is set as a grounding layer would (a negation
word right before the span), which only the cue rules read.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import time
from pathlib import Path
from typing import Any

import torch
from slotwise.extractor.interpretation import Candidate, Interpreter
from slotwise.extractor.model.data import generator, handwritten, sources

ROOT = Path(__file__).resolve().parent.parent
OUT_MD = ROOT / "docs" / "benchmarks" / "intent.md"
OUT_JSON = ROOT / "docs" / "benchmarks" / "intent.json"
HANDWRITTEN_TEST = ROOT / "benchmarks" / "data" / "handwritten_test.jsonl"
INTENTS = ["book", "reschedule", "cancel", "availability", "other"]
_NEG = re.compile(
    r"\b(?:not|no|except|excluding|apart from|other than|anything but|anyone but)\s+"
    r"(?:on\s+|at\s+|with\s+)?$",
    re.IGNORECASE,
)


def candidates(ex: dict[str, Any]) -> list[Candidate]:
    out = []
    msg = ex["message"]
    for i, c in enumerate(ex["candidates"]):
        a, b = c["span"]
        left = msg[max(0, a - 20) : a]
        negated = bool(_NEG.search(left)) or c["text"].lower().startswith("not ")
        bound = None
        m = re.match(r"(?:not\s+)?(before|after|by|until|till)\b", c["text"], re.IGNORECASE)
        if m:
            bound = "before" if m.group(1).lower() in {"before", "by", "until", "till"} else "after"
        out.append(Candidate(i, c["type"], msg[a:b], (a, b), "gold", negated=negated, bound=bound))
    return out


def ece(conf: list[float], correct: list[bool], bins: int = 15) -> float:
    total, err = len(conf), 0.0
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        idx = [i for i, c in enumerate(conf) if lo < c <= hi or (k == 0 and c == 0)]
        if idx:
            acc = sum(correct[i] for i in idx) / len(idx)
            avg = sum(conf[i] for i in idx) / len(idx)
            err += len(idx) / total * abs(acc - avg)
    return err


def run(interp: Interpreter, rows: list[dict[str, Any]], roles: bool) -> dict[str, Any]:
    conf, ok, times = [], [], []
    k_ok = s_ok = r_ok = m_ok = full_ok = n_lab = exact = 0
    per_family: dict[str, list[int]] = {}
    confusion: dict[str, dict[str, int]] = {g: dict.fromkeys(INTENTS, 0) for g in INTENTS}
    for ex in rows:
        cands = candidates(ex)
        t0 = time.perf_counter()
        out = interp.interpret(ex["message"], cands)
        times.append((time.perf_counter() - t0) * 1000)
        pred = out.interpretation
        conf.append(float(out.intent_confidence))
        ok.append(pred.intent == ex["intent"])
        confusion[ex["intent"]][pred.intent] += 1
        if not roles:
            continue
        all_ok = True
        for lab, gold in zip(pred.labels, ex["labels"], strict=True):
            k = lab.kind == gold["kind"]
            s = lab.strength == gold["strength"]
            r = lab.retracted == bool(gold.get("retracted"))
            m = lab.modifies == gold.get("modifies")
            k_ok += k
            s_ok += s
            r_ok += r
            m_ok += m
            full_ok += k and s and r
            n_lab += 1
            all_ok &= k and s and r
            key = (
                f"{gold['kind']}/{gold['strength']}{'/retracted' if gold.get('retracted') else ''}"
            )
            per_family.setdefault(key, [0, 0])
            per_family[key][0] += k and s and r
            per_family[key][1] += 1
        exact += all_ok and pred.intent == ex["intent"]
    res: dict[str, Any] = {
        "n": len(rows),
        "intent_acc": _r(sum(ok) / max(len(ok), 1)),
        "intent_ece": _r(ece(conf, ok)),
        "ms_p50": _r(statistics.median(times)),
        "ms_p99": _r(_pct(times, 99)),
        "confusion": confusion,
    }
    if roles:
        res.update(
            {
                "labels": n_lab,
                "kind_acc": _r(k_ok / max(n_lab, 1)),
                "strength_acc": _r(s_ok / max(n_lab, 1)),
                "retracted_acc": _r(r_ok / max(n_lab, 1)),
                "modifies_acc": _r(m_ok / max(n_lab, 1)),
                "role_acc": _r(full_ok / max(n_lab, 1)),
                "message_exact": _r(exact / max(len(rows), 1)),
                "by_gold_role": {
                    k: {"acc": _r(v[0] / v[1]), "n": v[1]} for k, v in sorted(per_family.items())
                },
            }
        )
    return res


def _r(x: float) -> float:
    return round(float(x), 4)


def _pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def test_sets(quick: bool, seed: int = 2024) -> dict[str, tuple[list[dict[str, Any]], bool]]:
    k = 60 if quick else 1
    sgd_test = sources.sample(sources.sgd("test"), 1500 // k, seed)
    clinc_test = sources.clinc("test")
    clinc = sources.sample(
        [r for r in clinc_test if r["intent"] != "other"], 300 // k, seed
    ) + sources.sample([r for r in clinc_test if r["intent"] == "other"], 1200 // k, seed)
    snips = sources.sample(sources.snips("test"), 700 // k, seed)
    return {
        "sgd_test": (sgd_test, True),
        "clinc150_test": (clinc, False),
        "snips_test": (snips, False),
        "generated_heldout_families": (
            generator.generate(1000 // k, seed=seed, heldout=True),
            True,
        ),
        "handwritten_dev": (handwritten.load(), True),
        **(
            {
                "handwritten_blind_dev": (
                    handwritten.blind_half(handwritten.load(HANDWRITTEN_TEST), "dev"),
                    True,
                ),
                "handwritten_blind_test": (
                    handwritten.blind_half(handwritten.load(HANDWRITTEN_TEST), "test"),
                    True,
                ),
            }
            if HANDWRITTEN_TEST.exists()
            else {}
        ),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--weights", default=None, help="model folder (default: packaged weights)")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--no-write", action="store_true")
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)

    from slotwise.extractor.model import IntentModel

    t0 = time.perf_counter()
    model = IntentModel.load(args.weights)
    load_ms = (time.perf_counter() - t0) * 1000
    interpreters: dict[str, Interpreter] = {"model": model}
    try:
        from slotwise.extractor.cues import CueRules

        interpreters["rules"] = CueRules()
    except ImportError:  # the ablation hook: evaluated when the cue rules exist
        pass

    sets = test_sets(args.quick)
    results: dict[str, Any] = {"sets": {}, "load_ms": round(load_ms, 1)}
    for name, (rows, roles) in sets.items():
        results["sets"][name] = {}
        for iname, interp in interpreters.items():
            results["sets"][name][iname] = run(interp, rows, roles)
            print(
                name,
                iname,
                {
                    k: v
                    for k, v in results["sets"][name][iname].items()
                    if k not in ("confusion", "by_gold_role")
                },
                flush=True,
            )
    weights = (
        Path(args.weights)
        if args.weights
        else Path(__import__("slotwise.extractor.model", fromlist=["WEIGHTS_DIR"]).WEIGHTS_DIR)
    )
    meta = json.loads((weights / "config.json").read_text())
    results["model"] = {
        "name": meta.get("name"),
        "temperature": meta.get("temperature"),
        "weights_bytes": sum(f.stat().st_size for f in weights.iterdir() if f.is_file()),
        "training": meta.get("training"),
        "params": sum(p.numel() for p in model.net.parameters()),
    }
    results["machine"] = {
        "cpu": platform.processor() or platform.machine(),
        "torch_threads": args.threads,
        "torch": torch.__version__,
    }
    if not args.no_write:
        OUT_JSON.parent.mkdir(parents=True, exist_ok=True)
        OUT_JSON.write_text(json.dumps(results, indent=1))
        OUT_MD.write_text(render(results))
    return 0


def render(res: dict[str, Any]) -> str:
    names = list(next(iter(res["sets"].values())).keys())
    lines = [
        "# Intent model: held-out evaluation",
        "",
        "Generated by `python -m benchmarks.intent_eval` (do not edit by hand). None of these",
        "sets was trained on. `handwritten_dev` guided the generator and picks the training",
        "checkpoint, so read it as a dev set. `handwritten_blind_*` come from a set written",
        "by a session that never saw the generator, the dev set or the model (see",
        "`benchmarks/data/README.md`), split in two fixed halves by the SHA-256 of the",
        "message: the dev half may be read while building, the test half is only scored.",
        "Both interpreters get the gold candidate spans.",
        "`role` = kind, strength and retracted all right for a candidate.",
        "",
        "## Intent",
        "",
        "| set | n | " + " | ".join(f"{n} acc | {n} ECE" for n in names) + " |",
        "| --- | --- | " + " | ".join("--- | ---" for _ in names) + " |",
    ]
    for set_name, by in res["sets"].items():
        lines.append(
            f"| {set_name} | {by[names[0]]['n']} | "
            + " | ".join(f"{by[n]['intent_acc']:.3f} | {by[n]['intent_ece']:.3f}" for n in names)
            + " |"
        )
    lines += [
        "",
        "## Roles (per candidate)",
        "",
        "| set | labels | "
        + " | ".join(
            f"{n} kind | {n} strength | {n} retracted | {n} role | {n} modifies" for n in names
        )
        + " |",
        "| --- | --- | " + " | ".join("--- | --- | --- | --- | ---" for _ in names) + " |",
    ]
    for set_name, by in res["sets"].items():
        if "labels" not in by[names[0]]:
            continue
        lines.append(
            f"| {set_name} | {by[names[0]]['labels']} | "
            + " | ".join(
                f"{by[n]['kind_acc']:.3f} | {by[n]['strength_acc']:.3f} | {by[n]['retracted_acc']:.3f} | "
                f"{by[n]['role_acc']:.3f} | {by[n]['modifies_acc']:.3f}"
                for n in names
            )
            + " |"
        )
    for set_name in (
        "generated_heldout_families",
        "handwritten_dev",
        "handwritten_blind_dev",
        "handwritten_blind_test",
    ):
        by = res["sets"].get(set_name)
        if not by:
            continue
        lines += [
            "",
            f"### {set_name}: role accuracy by gold role",
            "",
            "| gold role | n | " + " | ".join(names) + " |",
            "| --- | --- | " + " | ".join("---" for _ in names) + " |",
        ]
        for role, v in by[names[0]]["by_gold_role"].items():
            lines.append(
                f"| {role} | {v['n']} | "
                + " | ".join(
                    f"{by[n]['by_gold_role'].get(role, {}).get('acc', 0):.3f}" for n in names
                )
                + " |"
            )
    lines += [
        "",
        "## Latency of `interpret` (ms per message, this 2-core CPU, shared)",
        "",
        "| set | " + " | ".join(f"{n} p50 | {n} p99" for n in names) + " |",
        "| --- | " + " | ".join("--- | ---" for _ in names) + " |",
    ]
    for set_name, by in res["sets"].items():
        lines.append(
            f"| {set_name} | "
            + " | ".join(f"{by[n]['ms_p50']:.1f} | {by[n]['ms_p99']:.1f}" for n in names)
            + " |"
        )
    m = res["model"]
    lines += [
        "",
        "## Model",
        "",
        f"- {m['name']}: {m['params']:,} trainable parameters; weights folder "
        f"{m['weights_bytes'] / 1e6:.1f} MB; load {res['load_ms']:.0f} ms; intent temperature "
        f"{m['temperature']}",
        f"- training wall time {m['training'].get('wall_s')} s, {m['training'].get('epochs')} epochs, "
        f"seed {m['training'].get('seed')}",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
