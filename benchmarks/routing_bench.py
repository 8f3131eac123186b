"""Support routing on the public intent sets, side by side with TF-IDF + logistic
regression, in one run.

- **Banking77 10-shot**: 10 examples per label drawn from the training set (5 seeds),
  each label's name as its description; accuracy on the 3,080 test messages, and the
  expected calibration error (15 bins) of the top confidence.
- **Banking77 full**: the whole training set.
- **CLINC150 10-shot**: 10 per intent plus an `out_of_scope` category (10 of the
  training set's out-of-scope messages); in-scope accuracy (an in-scope message sent
  to out_of_scope counts as wrong) and out-of-scope recall on the test set.
- **latency**: `Router.route` per message, p50 and p95, one thread, once registered
  (on the Banking77 10-shot taxonomy, evidence and urgency included);
  **register**: building that router from text, encoder included.
- `--levers`: the levers measured on CLINC150 *dev* (never Banking77): C, descriptions
  as examples, prototype blend, embedding-space augmentation, the out-of-scope gate.

Sentence vectors are cached under /tmp (benchmarks/routing_data.py), so a second run
is quick. Run under `nice` on a shared machine:

    nice -n 19 python benchmarks/routing_bench.py [--seeds 5] [--levers] [--write]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.routing_data import embed_file, rows  # noqa: E402

OUT = ROOT / "docs" / "benchmarks"


def default_layers() -> int:
    """How many encoder layers the default router pools (the cached vectors' width)."""
    from slotwise.extractor.routing import RouterConfig

    return RouterConfig().layers


class CachedEncoder:
    """The router's encoder, reading the datasets' cached vectors (pooled over
    `layers` layers) where it can (the same numbers the encoder would produce) and
    encoding the rest."""

    def __init__(self, real: Any, table: dict[str, np.ndarray], layers: int = 1) -> None:
        self.real, self.table, self.dim, self.layers = real, table, real.dim, layers

    def encode(self, texts: list[str], batch: int = 32, layers: int = 1) -> np.ndarray:
        if layers != self.layers:
            return self.real.encode(texts, batch, layers)
        out = np.zeros((len(texts), self.dim * layers), dtype=np.float32)
        missing = [i for i, t in enumerate(texts) if t not in self.table]
        for i, t in enumerate(texts):
            if t in self.table:
                out[i] = self.table[t]
        if missing:
            out[missing] = self.real.encode([texts[i] for i in missing], batch, layers)
        return out

    def states(self, text: str, layers: int = 1) -> Any:
        return self.real.states(text, layers)


def ece(confidence: np.ndarray, correct: np.ndarray, bins: int = 15) -> float:
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in itertools.pairwise(edges):
        m = (confidence > lo) & (confidence <= hi)
        if m.any():
            total += m.mean() * abs(confidence[m].mean() - correct[m].mean())
    return float(total)


def shots(labels: list[str], k: int | None, seed: int) -> list[int]:
    """Row indices: `k` per label (all when k is None), seeded."""
    rng = np.random.default_rng(seed)
    by: dict[str, list[int]] = {}
    for i, y in enumerate(labels):
        by.setdefault(y, []).append(i)
    out: list[int] = []
    for y in sorted(by):
        idx = by[y]
        out += (
            idx
            if k is None
            else [int(i) for i in rng.choice(idx, size=min(k, len(idx)), replace=False)]
        )
    return out


def taxonomy(texts: list[str], labels: list[str], describe: dict[str, str]) -> dict[str, Any]:
    cats: dict[str, list[str]] = {}
    for t, y in zip(texts, labels, strict=True):
        cats.setdefault(y, []).append(t)
    return {
        "categories": [
            {"id": y, "description": describe[y], "examples": list(dict.fromkeys(ex))}
            for y, ex in cats.items()
        ]
    }


def tfidf_lr(train: list[str], y: list[str], test: list[str]) -> tuple[list[str], np.ndarray]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    lr = LogisticRegression(C=10, max_iter=1000).fit(vec.fit_transform(train), y)
    p = lr.predict_proba(vec.transform(test))
    return [str(lr.classes_[i]) for i in p.argmax(1)], p.max(1)


def run_router(
    tax: dict[str, Any], encoder: Any, test_vectors: np.ndarray, config: Any = None
) -> tuple[list[str], np.ndarray, Any]:
    from slotwise.extractor.routing import Router
    from slotwise.schemas import Taxonomy

    router = Router(Taxonomy.model_validate(tax), encoder, config)
    p, _ = router.probabilities(test_vectors)
    return [router.ids[i] for i in p.argmax(1)], p.max(1), router


def safe(label: str) -> str:
    """A category id from a dataset label ('reverted_card_payment?' has a '?')."""
    return re.sub(r"[^A-Za-z0-9_.:@/+-]", "", label)


def banking(encoder: Any, seeds: int) -> dict[str, Any]:
    train, test = rows("banking77/train"), rows("banking77/test")
    for r in train + test:
        r["label"] = safe(r["label"])
    tv = embed_file("banking77/test", default_layers())
    gold = np.array([r["label"] for r in test])
    describe = {r["label"]: r["label"].replace("_", " ") for r in train}
    res: dict[str, Any] = {"router": {}, "tfidf": {}}
    for name, k, seed_list in (("10-shot", 10, range(seeds)), ("full", None, [0])):
        accs, eces, taccs, teces = [], [], [], []
        for seed in seed_list:
            idx = shots([r["label"] for r in train], k, seed)
            texts, labels = [train[i]["text"] for i in idx], [train[i]["label"] for i in idx]
            pred, conf, _ = run_router(taxonomy(texts, labels, describe), encoder, tv)
            ok = np.array(pred) == gold
            accs.append(ok.mean())
            eces.append(ece(conf, ok))
            tpred, tconf = tfidf_lr(texts, labels, [r["text"] for r in test])
            tok = np.array(tpred) == gold
            taccs.append(tok.mean())
            teces.append(ece(tconf, tok))
            print(
                f"banking77 {name} seed {seed}: router {accs[-1]:.3f} (ECE {eces[-1]:.3f}), tfidf {taccs[-1]:.3f}",
                flush=True,
            )
        res["router"][name] = {"acc": accs, "ece": eces}
        res["tfidf"][name] = {"acc": taccs, "ece": teces}
    return res


def clinc_split(split: str) -> tuple[list[dict[str, Any]], np.ndarray]:
    return rows(f"clinc150/{split}"), embed_file(f"clinc150/{split}", default_layers())


def clinc_taxonomy(train: list[dict[str, Any]], seed: int, k: int = 10) -> dict[str, Any]:
    labels = [r["intent"] if not r["is_oos"] else "out_of_scope" for r in train]
    idx = shots(labels, k, seed)
    describe = {y: y.replace("_", " ") for y in set(labels)}
    describe["out_of_scope"] = "a request that none of the intents covers"
    return taxonomy([train[i]["text"] for i in idx], [labels[i] for i in idx], describe)


def clinc_scores(pred: list[str], conf: np.ndarray, test: list[dict[str, Any]]) -> dict[str, float]:
    gold = np.array([r["intent"] if not r["is_oos"] else "out_of_scope" for r in test])
    oos = gold == "out_of_scope"
    ok = np.array(pred) == gold
    return {
        "in_scope_acc": float(ok[~oos].mean()),
        "oos_recall": float(ok[oos].mean()),
        "ece": ece(conf, ok),
    }


def clinc(encoder: Any, seeds: int, split: str = "test", config: Any = None) -> dict[str, Any]:
    train, _ = clinc_split("train")
    test, tv = clinc_split(split)
    out: dict[str, Any] = {"router": [], "tfidf": []}
    for seed in range(seeds):
        tax = clinc_taxonomy(train, seed)
        pred, conf, _ = run_router(tax, encoder, tv, config)
        out["router"].append(clinc_scores(pred, conf, test))
        if config is None:
            texts = [e for c in tax["categories"] for e in c["examples"]]
            labels = [c["id"] for c in tax["categories"] for _ in c["examples"]]
            tpred, tconf = tfidf_lr(texts, labels, [r["text"] for r in test])
            out["tfidf"].append(clinc_scores(tpred, tconf, test))
        print(f"clinc150 {split} seed {seed}: {out['router'][-1]}", flush=True)
    return out


# The router before issue 16's routing pass (one layer pooled, the old clause rule):
# timed side by side with the default, message by message, under the same load.
PREVIOUS = {"layers": 1, "clause_min": 0.6, "clause_floor": 0.05}


def speed(encoder_factory: Any) -> dict[str, Any]:
    """Register the Banking77 10-shot taxonomy from text (fresh encoder), once with the
    default config and once with `PREVIOUS`, then route 200 test messages one at a
    time through both, alternating which goes first."""
    import torch
    from slotwise.extractor.routing import Router, RouterConfig
    from slotwise.schemas import Taxonomy

    torch.set_num_threads(1)
    train, test = rows("banking77/train"), rows("banking77/test")
    idx = shots([r["label"] for r in train], 10, 0)
    describe = {safe(r["label"]): r["label"].replace("_", " ") for r in train}
    tax = Taxonomy.model_validate(
        taxonomy([train[i]["text"] for i in idx], [safe(train[i]["label"]) for i in idx], describe)
    )
    t0 = time.perf_counter()
    encoder = encoder_factory()
    load = time.perf_counter() - t0
    routers, register = {}, {}
    for name, config in (("previous", RouterConfig(**PREVIOUS)), ("default", RouterConfig())):
        t0 = time.perf_counter()
        routers[name] = Router(tax, encoder, config)
        register[name] = time.perf_counter() - t0
    for r in test[:10]:
        for router in routers.values():
            router.route(r["text"])
    times: dict[str, list[float]] = {name: [] for name in routers}
    for j, r in enumerate(test[::15][:200]):
        for name in list(routers)[:: 1 if j % 2 else -1]:
            t = time.perf_counter()
            routers[name].route(r["text"])
            times[name].append((time.perf_counter() - t) * 1000)

    def summary(name: str) -> dict[str, float]:
        ts = sorted(times[name])
        return {
            "register_s": register[name],
            "p50_ms": statistics.median(ts),
            "p95_ms": ts[int(0.95 * len(ts))],
        }

    return {"encoder_load_s": load, **summary("default"), "previous": summary("previous")}


GATES = (0.2, 0.25, 0.3, 0.35, 0.4)


def levers(encoder: Any, seeds: int) -> list[dict[str, Any]]:
    """Each head variant fitted once per seed on CLINC150 dev's 10-shot taxonomy; the
    out-of-scope gate and the temperature are varied after the fit (they only change
    how the fitted head's numbers are read)."""
    from slotwise.extractor.routing import Router, RouterConfig
    from slotwise.schemas import Taxonomy

    base = RouterConfig()
    h = base.head
    variants = {
        "C=100, descriptions as examples": replace(h, C=100.0),
        "C=10, descriptions as examples (default)": replace(h, C=10.0),
        "C=100, no descriptions": replace(h, C=100.0, descriptions=False),
        "C=100 + prototype blend 0.5": replace(h, C=100.0, proto=0.5),
        "C=10 + prototype blend 0.5": replace(h, C=10.0, proto=0.5),
        "C=100 + augment x4 (mixup in embedding space)": replace(h, C=100.0, augment=4),
    }
    train, _ = clinc_split("train")
    dev, dv = clinc_split("dev")
    scores: dict[tuple[str, float, bool], list[dict[str, float]]] = {}
    for name, head in variants.items():
        for seed in range(seeds):
            tax = Taxonomy.model_validate(clinc_taxonomy(train, seed))
            router = Router(tax, encoder, replace(base, head=head))
            fitted_t = router.head.temperature
            for gate in GATES:
                for calibrated in (True, False):
                    router.config = replace(base, head=head, oos_similarity=gate)
                    router.head.temperature = fitted_t if calibrated else 1.0
                    p, _ = router.probabilities(dv)
                    pred = [router.ids[i] for i in p.argmax(1)]
                    scores.setdefault((name, gate, calibrated), []).append(
                        clinc_scores(pred, p.max(1), dev)
                    )
        for gate in GATES:
            r = scores[(name, gate, True)]
            print(
                name,
                gate,
                {k: round(float(np.mean([x[k] for x in r])), 4) for k in r[0]},
                flush=True,
            )
    out = []
    for (name, gate, calibrated), r in scores.items():
        row = {"variant": name, "oos_gate": gate, "temperature": calibrated}
        row.update({k: float(np.mean([x[k] for x in r])) for k in r[0]})
        out.append(row)
    return out


def levers_table(rows_: list[dict[str, Any]]) -> str:
    lines = [
        "| head variant | out-of-scope gate (cosine) | in-scope acc | OOS recall | ECE | ECE without temperature |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    raw = {(r["variant"], r["oos_gate"]): r for r in rows_ if not r["temperature"]}
    for r in rows_:
        if r["temperature"]:
            u = raw[(r["variant"], r["oos_gate"])]
            lines.append(
                f"| {r['variant']} | {r['oos_gate']} | {r['in_scope_acc']:.3f} | {r['oos_recall']:.3f} | {r['ece']:.3f} | {u['ece']:.3f} |"
            )
    return "\n".join(lines)


def mean_sd(xs: list[float]) -> str:
    return f"{np.mean(xs):.3f} ± {np.std(xs):.3f}" if len(xs) > 1 else f"{xs[0]:.3f}"


def table(res: dict[str, Any]) -> str:
    b, c, s = res["banking77"], res["clinc150"], res["speed"]
    lines = [
        "| measure | target | router (frozen MiniLM, 3 layers + calibrated LR head) | TF-IDF + LR |",
        "| --- | --- | --- | --- |",
        f"| Banking77 10-shot accuracy ({len(b['router']['10-shot']['acc'])} seeds) | ≥ 0.90 | {mean_sd(b['router']['10-shot']['acc'])} | {mean_sd(b['tfidf']['10-shot']['acc'])} |",
        f"| Banking77 10-shot ECE (15 bins) | ≤ 0.05 | {mean_sd(b['router']['10-shot']['ece'])} | {mean_sd(b['tfidf']['10-shot']['ece'])} |",
        f"| Banking77 full training set accuracy | ≥ 0.93 | {mean_sd(b['router']['full']['acc'])} | {mean_sd(b['tfidf']['full']['acc'])} |",
        f"| Banking77 full ECE | ≤ 0.05 | {mean_sd(b['router']['full']['ece'])} | {mean_sd(b['tfidf']['full']['ece'])} |",
    ]
    for key, label in (
        ("in_scope_acc", "in-scope accuracy"),
        ("oos_recall", "out-of-scope recall"),
        ("ece", "ECE"),
    ):
        lines.append(
            f"| CLINC150 10-shot {label} ({len(c['router'])} seeds) | | {mean_sd([x[key] for x in c['router']])} | {mean_sd([x[key] for x in c['tfidf']])} |"
        )
    lines += [
        f"| latency per message once registered, p50 (p95), 1 thread | ≤ 15 ms | {s['p50_ms']:.1f} ms ({s['p95_ms']:.1f}) | |",
        f"| time to register Banking77 10-shot (77 categories, 770 examples) | seconds | {s['register_s']:.1f} s (+ encoder load {s['encoder_load_s']:.1f} s) | |",
    ]
    if "previous" in s:
        p = s["previous"]
        lines.append(
            f"| the same two, previous head (1 layer), side by side | | {p['p50_ms']:.1f} ms ({p['p95_ms']:.1f}); {p['register_s']:.1f} s | |"
        )
    return "\n".join(lines)


def write_page(res: dict[str, Any]) -> None:
    """docs/benchmarks/routing.md: the main table, then the levers (if measured)."""
    import os

    load = os.getloadavg()[0]
    parts = [
        "# Support routing",
        "",
        "Generated by `nice -n 19 python benchmarks/routing_bench.py --write` (levers:",
        "`--levers --write`, on CLINC150 dev). Router: frozen all-MiniLM-L6-v2, the",
        "mean-pooled states of its last 3 layers concatenated (one pass), logistic",
        "regression (C = 10) over the examples and the descriptions, temperature fitted on",
        "out-of-fold predictions of the given examples, out-of-scope gate at cosine 0.25 to",
        "the nearest example (last layer). Baseline: TF-IDF (word 1-2-grams) + logistic regression",
        "(C = 10) on the same examples. Banking77 descriptions are the label names; the",
        "router never sees Banking77 beyond the sampled shots. ECE: 15 bins, top label.",
        "",
        table(res),
        "",
        f"Machine: 2 cores shared with a training job and other sessions (load average "
        f"{load:.1f} at the end of the run), torch on 1 thread; latency and registration "
        "times are what this contention gave, not a quiet machine's.",
    ]
    lever_file = OUT / "routing_levers.json"
    if lever_file.exists():
        parts += [
            "",
            "## Levers, on CLINC150 dev (10-shot + 10 out-of-scope examples, 2 seeds; "
            "measured with the one-layer head, before issue 16's routing pass)",
            "",
            levers_table(json.loads(lever_file.read_text())),
        ]
    notes = ROOT / "benchmarks" / "routing_notes.md"
    if notes.exists():
        parts += ["", notes.read_text().strip()]
    (OUT / "routing.md").write_text("\n".join(parts) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--clinc-seeds", type=int, default=3)
    ap.add_argument("--levers", action="store_true", help="only the levers on CLINC150 dev")
    ap.add_argument("--write", action="store_true", help="write docs/benchmarks/routing.{md,json}")
    ap.add_argument(
        "--page", action="store_true", help="only rewrite routing.md from the saved JSON"
    )
    ap.add_argument("--speed", action="store_true", help="only re-measure latency and registration")
    args = ap.parse_args(argv)
    if args.page:
        write_page(json.loads((OUT / "routing.json").read_text()))
        return 0
    if args.speed:  # re-measure latency and registration only, into the saved results
        saved = json.loads((OUT / "routing.json").read_text())
        from slotwise.extractor.routing import Encoder as _Encoder

        saved["speed"] = speed(_Encoder)
        print(saved["speed"])
        if args.write:
            (OUT / "routing.json").write_text(json.dumps(saved, indent=1, default=float) + "\n")
            write_page(saved)
        return 0
    import torch
    from slotwise.extractor.routing import Encoder

    torch.set_num_threads(1)
    real = Encoder()
    table_rows: dict[str, np.ndarray] = {}
    # the files whose every row is encoded (and cached); CLINC150's sampled shots are
    # encoded as they come
    files = (
        ("clinc150/dev",) if args.levers else ("banking77/train", "banking77/test", "clinc150/test")
    )
    for name in files:
        for r, v in zip(rows(name), embed_file(name, default_layers()), strict=True):
            table_rows[r["text"]] = v
    encoder = CachedEncoder(real, table_rows, default_layers())
    if args.levers:
        out = levers(encoder, args.clinc_seeds)
        print(levers_table(out))
        if args.write:
            (OUT / "routing_levers.json").write_text(json.dumps(out, indent=1) + "\n")
        return 0
    res = {
        "banking77": banking(encoder, args.seeds),
        "clinc150": clinc(encoder, args.clinc_seeds),
        "speed": speed(Encoder),
    }
    print(table(res))
    if args.write:
        (OUT / "routing.json").write_text(json.dumps(res, indent=1, default=float) + "\n")
        write_page(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
