"""Lever 4 of issue 16's routing pass, measured on CLINC150 *dev* (never Banking77):
a short supervised fine-tune of the encoder's top layers at registration.

The 10-shot taxonomy and scoring of `routing_levers.py` (10 examples per intent, 10
out-of-scope ones, label names as descriptions, out-of-scope gate 0.25 on the *frozen*
last layer's vector, so the gate keeps its meaning). The bottom layers are frozen and
their token states computed once; the top `top` layers and a linear head on the
normalised mean-pooled last layer (x `scale`) are trained with cross-entropy on the
examples + descriptions (AdamW, `epochs` epochs, batch 32). Two heads on the result:

    ft      the fine-tuned linear head itself, temperature fitted on out-of-fold logits
    ft+lr   the router's head (LR, C = 10, last 3 layers concatenated) on the adapted
            vectors, temperature fitted on out-of-fold logits

The folds are honest: each of the 5 folds fine-tunes its own copy on the other 4/5
(descriptions always in), so the temperature never sees vectors adapted on the
examples it scores. Registration therefore costs 6 fine-tunes; the time printed
covers the bottom layers' pass over the examples, the fine-tunes and the heads.

    nice -n 10 python benchmarks/routing_adapt.py --seeds 1 'top=1 epochs=3'
    nice -n 10 python benchmarks/routing_adapt.py --seeds 3 'top=1 epochs=3 folds=0' \\
        'top=2 epochs=5 lr=1e-4 folds=0'

folds=0 skips the folds (temperature 1): in-scope accuracy and OOS recall only, 6x cheaper.
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.routing_bench import clinc_scores, clinc_taxonomy  # noqa: E402
from benchmarks.routing_data import rows  # noqa: E402
from benchmarks.routing_levers import features  # noqa: E402

GATE, WIDTH, FOLDS, BATCH = 0.25, 0.03, 5, 32


class Bottom:
    """Token states after the frozen bottom layers, batched by length, kept in memory."""

    def __init__(self, enc: Any, texts: list[str], top: int, keep: int = 3) -> None:
        import torch

        n = len(enc.net.layers)
        ids = [x for x, _ in enc._encode_ids(texts)]
        self.order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        self.batches = []
        with torch.inference_mode():
            for s in range(0, len(texts), BATCH):
                idx = self.order[s : s + BATCH]
                t = max(len(ids[i]) for i in idx)
                tid = torch.zeros(len(idx), t, dtype=torch.long)
                mask = torch.zeros(len(idx), t, dtype=torch.long)
                for j, i in enumerate(idx):
                    tid[j, : len(ids[i])] = torch.tensor(ids[i])
                    mask[j, : len(ids[i])] = 1
                extra = max(keep - top - 1, 0)  # frozen blocks below the top's input
                h = enc.net(tid, mask, stop=n - top - extra)
                m = mask.unsqueeze(-1).float()
                frozen = []
                for k in range(n - top - extra, n - top):
                    frozen.append(enc._pool(h, m))
                    h = enc.net(tid, mask, start=k, hidden=h, stop=k + 1)
                below = torch.cat(frozen[::-1], -1) if frozen else torch.zeros(len(idx), 0)
                self.batches.append((np.array(idx), h.clone(), mask, below))


def pooled(layers: Any, h: Any, mask: Any, keep: int, below: Any = None) -> Any:
    """The last `keep` layers' mean-pooled blocks (last first), each normalised, from
    the top layers applied to cached bottom states `h` (the input counts as a layer)."""
    import torch

    bias = (1.0 - mask[:, None, None, :].float()) * -1e4
    outs = [h]
    for layer in layers:
        h = layer(h, bias)
        outs.append(h)
    m = mask.unsqueeze(-1).float()
    blocks = [
        torch.nn.functional.normalize((o * m).sum(1) / m.sum(1).clamp(min=1.0), dim=-1)
        for o in outs[::-1][:keep]
    ]
    if below is not None and len(blocks) < keep:
        blocks.append(below[:, : 384 * (keep - len(blocks))])
    return torch.cat(blocks, dim=-1)


def finetune(enc: Any, bottom: Bottom, rows_: np.ndarray, y: np.ndarray, k: int, v: dict) -> Any:
    """Trains copies of the top layers + a linear head on bottom rows `rows_` (labels y)."""
    import torch

    torch.manual_seed(int(v.get("seed", 0)))
    top = int(v.get("top", 1))
    layers = copy.deepcopy(enc.net.layers[len(enc.net.layers) - top :])
    layers.train()  # dropout is 0 in the router's config; train() for form
    head = torch.nn.Linear(384, k)
    torch.nn.init.zeros_(head.weight)
    torch.nn.init.zeros_(head.bias)
    scale = float(v.get("scale", 20.0))
    opt = torch.optim.AdamW(
        [
            {"params": layers.parameters(), "lr": float(v.get("lr", 5e-5))},
            {"params": head.parameters(), "lr": float(v.get("hlr", 1e-2))},
        ],
        weight_decay=0.01,
    )
    label = np.full(max(bottom.order) + 1, -1)
    label[rows_] = y
    rng = np.random.default_rng(int(v.get("seed", 0)))
    for _ in range(int(v.get("epochs", 3))):
        for b in rng.permutation(len(bottom.batches)):
            idx, h, mask, _ = bottom.batches[b]
            sel = np.flatnonzero(label[idx] >= 0)
            if len(sel) == 0:
                continue
            s = torch.from_numpy(sel)
            z = head(pooled(layers, h[s], mask[s], 1)) * scale
            loss = torch.nn.functional.cross_entropy(z, torch.from_numpy(label[idx[sel]]))
            opt.zero_grad()
            loss.backward()
            opt.step()
    layers.eval()
    return layers, head, scale


def apply(model: Any, bottom: Bottom, keep: int) -> tuple[np.ndarray, np.ndarray]:
    """(N, 384 * keep) adapted vectors (unit length overall) and the FT head's logits."""
    import torch

    layers, head, scale = model
    n = len(bottom.order)
    x = np.zeros((n, 384 * keep), dtype=np.float32)
    z = np.zeros((n, head.out_features), dtype=np.float32)
    with torch.inference_mode():
        for idx, h, mask, below in bottom.batches:
            p = pooled(layers, h, mask, keep, below)
            x[idx] = p.numpy() / np.sqrt(keep)
            z[idx] = (head(p[:, :384]) * scale).numpy()
    return x, z


def run(v: dict, seed: int, train: list, dev: list, dev_f: dict, enc: Any) -> dict[str, Any]:
    from slotwise.extractor.routing.head import _fit_lr, fit_temperature, softmax

    tax = clinc_taxonomy(train, seed)
    ids = [c["id"] for c in tax["categories"]]
    oos = ids.index("out_of_scope")
    texts = [e for c in tax["categories"] for e in c["examples"]]
    y = np.array([k for k, c in enumerate(tax["categories"]) for _ in c["examples"]])
    desc = [c["description"] for c in tax["categories"]]
    f = features(texts + desc)
    y_all = np.concatenate([y, np.arange(len(ids))])
    top, keep = int(v.get("top", 1)), 3
    t0 = time.perf_counter()
    bottom = Bottom(enc, texts + desc, top)
    rng = np.random.default_rng(0)  # the folds of routing_levers / head.fit_head
    fold_of = np.full(len(y), -1)
    for k in np.unique(y):
        idx = rng.permutation(np.flatnonzero(y == k))
        if len(idx) >= 2:
            fold_of[idx] = np.arange(len(idx)) % FOLDS
    fold = np.concatenate([fold_of, np.full(len(ids), -1)])
    oof = {"ft": [], "ft+lr": []}
    oof_y = []
    for k in range(FOLDS if v.get("folds", 1) else 0):  # folds=0: accuracy only, T = 1
        tr = np.flatnonzero(fold != k)
        held = np.flatnonzero(fold == k)
        model = finetune(enc, bottom, tr, y_all[tr], len(ids), {**v, "seed": seed * 10 + k})
        x, z = apply(model, bottom, keep)
        w, b = _fit_lr(x[tr], y_all[tr], len(ids), 10.0)
        oof["ft"].append(z[held])
        oof["ft+lr"].append(x[held] @ w.T + b)
        oof_y.append(y_all[held])
    temp = {
        h: fit_temperature(np.vstack(oof[h]), np.concatenate(oof_y)) if oof_y else 1.0 for h in oof
    }
    allr = np.arange(len(y_all))
    model = finetune(enc, bottom, allr, y_all, len(ids), {**v, "seed": seed * 10 + 9})
    x, _ = apply(model, bottom, keep)
    w, b = _fit_lr(x, y_all, len(ids), 10.0)
    reg_s = time.perf_counter() - t0
    xd, zd = apply(model, dev_bottom(enc, dev, top), keep)
    inscope = f["mean"][: len(y)][y != oos, :384]
    nearest = (dev_f["mean"][:, :384] @ inscope.T).max(1)
    gate = 1 / (1 + np.exp((nearest - GATE) / WIDTH))
    out: dict[str, Any] = {"registration_s": reg_s, "temperature": temp}
    for name, logits in (("ft", zd), ("ft+lr", xd @ w.T + b)):
        p = softmax(logits / temp[name]) * (1 - gate[:, None])
        p[:, oos] += gate
        out[name] = clinc_scores([ids[i] for i in p.argmax(1)], p.max(1), dev)
    return out


_DEV: dict[int, Bottom] = {}


def dev_bottom(enc: Any, dev: list, top: int) -> Bottom:
    if top not in _DEV:
        _DEV[top] = Bottom(enc, [r["text"] for r in dev], top)
    return _DEV[top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=1)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("variants", nargs="+")
    args = ap.parse_args(argv)
    import torch
    from slotwise.extractor.routing.encoder import Encoder

    torch.set_num_threads(2)
    enc = Encoder()  # the frozen base, no adapter
    train, dev = rows("clinc150/train"), rows("clinc150/dev")
    dev_f = features([r["text"] for r in dev])
    for spec in args.variants:
        v = {k: float(x) for k, _, x in (p.partition("=") for p in spec.split())}
        for s in range(args.first, args.first + args.seeds):
            r = run(v, s, train, dev, dev_f, enc)
            print(f"{spec} seed {s}: {r}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
