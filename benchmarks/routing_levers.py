"""The few-shot levers of the routing pass of issue 16, measured on CLINC150 *dev*
(never Banking77): the 10-shot taxonomy of `routing_bench.py` (10 examples per intent
and 10 out-of-scope ones, label names as descriptions), several seeds of the shot
sampling, the router's own head (logistic regression, C = 10, temperature fitted on
out-of-fold logits of the examples, descriptions as examples) and its out-of-scope
gate (cosine 0.25 to the nearest in-scope example, on the last layer's vector).

    variant                 what the head reads
    layers=N                the mean-pooled states of the last N layers, concatenated
    max                     ... plus the last layer's max-pooled states
    lex=word|char|both, w   + w x the logits of a TF-IDF logistic regression (word
                            1-2-grams / char_wb 2-5-grams, sublinear tf, C = 10) fitted
                            on the same folds; the temperature is fitted on the sum
    aug=drop|span|swap|mix  + N copies of each example, edited (word dropout 0.15, one
                            1-3-word span deleted, two neighbours swapped), re-encoded;
                            a copy is held out with its example

    nice -n 10 python benchmarks/routing_levers.py --seeds 5 'layers=1' 'layers=3' \\
        'layers=3 lex=word w=0.5' 'layers=3 aug=mix n=2'

Prints one line per variant: the mean and spread over seeds of in-scope accuracy,
out-of-scope recall and ECE (15 bins), and the per-seed in-scope accuracies.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.routing_bench import clinc_scores, clinc_taxonomy  # noqa: E402
from benchmarks.routing_data import CACHE, rows  # noqa: E402

GATE, WIDTH, FOLDS = 0.25, 0.03, 5
DEPTH = 4  # layers pooled once and cached; a variant reads the first N of them


def features(texts: list[str]) -> dict[str, np.ndarray]:
    """``mean``: (N, 384 * DEPTH), the last layers' mean-pooled blocks, last first;
    ``max``: (N, 384), the last layer's max-pooled states, normalised. Cached."""
    key = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"levers-{key}.npz"
    if path.exists():
        with np.load(path) as d:
            return {k: d[k] for k in d.files}
    import torch
    from slotwise.extractor.routing.encoder import shared_encoder

    enc = shared_encoder()
    mean = np.zeros((len(texts), enc.dim * DEPTH), dtype=np.float32)
    mx = np.zeros((len(texts), enc.dim), dtype=np.float32)
    ids = enc._encode_ids(texts)
    for s in range(0, len(texts), 32):  # one pass gives both poolings
        h, mask = enc._forward([x for x, _ in ids[s : s + 32]], DEPTH)
        m = mask.unsqueeze(-1).float()
        mean[s : s + 32] = enc._pool(h, m).numpy()
        last = h[..., : enc.dim].masked_fill(m == 0, -1e4).max(1).values
        mx[s : s + 32] = torch.nn.functional.normalize(last, dim=-1).numpy()
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(path, mean=mean, max=mx)
    return {"mean": mean, "max": mx}


def head_input(f: dict[str, np.ndarray], v: dict[str, Any]) -> np.ndarray:
    blocks = [f["mean"][:, : 384 * int(v.get("layers", 1))]]
    if v.get("max"):
        blocks.append(f["max"])
    x = np.hstack(blocks)
    return x / np.sqrt(x.shape[1] // 384)  # unit length whatever the width


def vectorizer(kind: str) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    return {"word": word, "char": char, "both": FeatureUnion([("w", word), ("c", char)])}[kind]


def augment(texts: list[str], kind: str, n: int, seed: int) -> list[list[str]]:
    """`n` edited copies of each text (texts of under 3 words are copied as they are)."""
    rng = np.random.default_rng(1000 + seed)
    out = []
    for t in texts:
        w, copies = t.split(), []
        for j in range(n):
            op = kind if kind != "mix" else ("drop", "span", "swap")[j % 3]
            if len(w) < 3:
                v = w
            elif op == "drop":
                keep = rng.random(len(w)) > 0.15
                if keep.all():
                    keep[rng.integers(len(w))] = False
                v = [x for x, k in zip(w, keep, strict=True) if k]
            elif op == "span":
                n_words = int(rng.integers(1, min(3, len(w) - 1) + 1))
                s = int(rng.integers(0, len(w) - n_words + 1))
                v = w[:s] + w[s + n_words :]
            else:
                s = int(rng.integers(0, len(w) - 1))
                v = [*w[:s], w[s + 1], w[s], *w[s + 2 :]]
            copies.append(" ".join(v))
        out.append(copies)
    return out


def run(
    v: dict[str, Any],
    seed: int,
    train: list[dict[str, Any]],
    dev: list[dict[str, Any]],
    dev_f: dict[str, np.ndarray],
) -> dict[str, float]:
    from slotwise.extractor.routing.head import _fit_lr, fit_temperature, softmax

    tax = clinc_taxonomy(train, seed)
    ids = [c["id"] for c in tax["categories"]]
    oos = ids.index("out_of_scope")
    texts = [e for c in tax["categories"] for e in c["examples"]]
    y = np.array([k for k, c in enumerate(tax["categories"]) for _ in c["examples"]])
    desc = [c["description"] for c in tax["categories"]]
    f = features(texts + desc)
    x_all, y_all = head_input(f, v), np.concatenate([y, np.arange(len(ids))])
    t_all, group = texts + desc, np.concatenate([np.arange(len(y)), np.full(len(ids), -1)])
    if v.get("aug"):
        copies = augment(texts, v["aug"], int(v.get("n", 2)), seed)
        flat = [c for cs in copies for c in cs]
        x_all = np.vstack([x_all, head_input(features(flat), v)])
        y_all = np.concatenate([y_all, np.repeat(y, len(copies[0]))])
        group = np.concatenate([group, np.repeat(np.arange(len(y)), len(copies[0]))])
        t_all = t_all + flat
    rng = np.random.default_rng(0)  # folds over the examples, as head.fit_head draws them
    fold_of = np.full(len(y), -1)
    for k in np.unique(y):
        idx = rng.permutation(np.flatnonzero(y == k))
        if len(idx) >= 2:
            fold_of[idx] = np.arange(len(idx)) % FOLDS
    fold = np.where(group >= 0, fold_of[np.maximum(group, 0)], -1)

    def fit(train_idx: np.ndarray) -> Any:
        w, b = _fit_lr(x_all[train_idx], y_all[train_idx], len(ids), float(v.get("C", 10.0)))
        lex = None
        if v.get("lex"):
            vec = vectorizer(v["lex"])
            s = vec.fit_transform([t_all[i] for i in train_idx])
            lex = (vec, *_fit_lr(s, y_all[train_idx], len(ids), 10.0))

        def logits(x: np.ndarray, t: list[str]) -> np.ndarray:
            z = x @ w.T + b
            if lex is not None:
                z = z + float(v.get("w", 0.5)) * (
                    np.asarray(lex[0].transform(t) @ lex[1].T) + lex[2]
                )
            return z

        return logits

    oof_z, oof_y = [], []
    for k in range(FOLDS):
        held = (fold == k) & (np.arange(len(y_all)) < len(y))  # originals are scored
        if held.any():
            logits = fit(np.flatnonzero(fold != k))
            oof_z.append(logits(x_all[held], [t_all[i] for i in np.flatnonzero(held)]))
            oof_y.append(y_all[held])
    temperature = fit_temperature(np.vstack(oof_z), np.concatenate(oof_y))
    p = softmax(
        fit(np.arange(len(y_all)))(head_input(dev_f, v), [r["text"] for r in dev]) / temperature
    )
    inscope = f["mean"][: len(y)][y != oos, :384]
    nearest = (dev_f["mean"][:, :384] @ inscope.T).max(1)
    gate = 1 / (1 + np.exp((nearest - GATE) / WIDTH))
    p = p * (1 - gate[:, None])
    p[:, oos] += gate
    return clinc_scores([ids[i] for i in p.argmax(1)], p.max(1), dev)


def parse(spec: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in spec.split():
        k, _, val = part.partition("=")
        out[k] = val if k in ("lex", "aug") else float(val) if val else True
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("variants", nargs="+")
    args = ap.parse_args(argv)
    import torch

    torch.set_num_threads(1)
    train, dev = rows("clinc150/train"), rows("clinc150/dev")
    dev_f = features([r["text"] for r in dev])
    for spec in args.variants:
        t0 = time.perf_counter()
        res = [run(parse(spec), s, train, dev, dev_f) for s in range(args.seeds)]
        agg = {
            k: f"{np.mean([r[k] for r in res]):.4f} ± {np.std([r[k] for r in res]):.4f}"
            for k in res[0]
        }
        per = [round(r["in_scope_acc"], 4) for r in res]
        print(
            f"{spec}: {agg} in-scope per seed {per} ({time.perf_counter() - t0:.0f} s)", flush=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
