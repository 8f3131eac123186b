"""The reader's training loop, on prepared examples: torch and numpy only (no pydantic, no
grounding), so that it runs where the data was not made, on a GPU machine lent for it.

    python -m slotwise.extractor.reader.train                       # data + loop, here
    python -m slotwise.extractor.reader.train --prepare DIR         # data only: DIR/items.npz, DIR/base.safetensors
    python -m slotwise.extractor.reader.fit DIR --device cuda --out FIT   # the loop, there
    python -m slotwise.extractor.reader.train --from-fit FIT        # weights, temperature, manifest, here

`items.npz` holds the encoded examples (WordPiece ids, candidate token masks as bits,
types, facts, targets) flat with offsets; `base.safetensors` the base encoder in fp16 with
only the word-embedding rows those ids use (the rest are never read), so the pair travels
in a few tens of MB. The loop is the same function either way (`train_loop`), with the
same seeds and order of examples; a GPU gives the same model up to float rounding.

A fit on this 2-core machine outlasts a working session, so the loop writes
`FIT/checkpoint.pt` every few minutes and at each epoch's end (the trainable weights, the
optimiser, the schedule, both random generators and the epoch's place) and the same
command picks up where it stopped: the model is the one an unbroken run gives. A
checkpoint of another run (other data, seed or settings) is refused, never mixed in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from slotwise.extractor.reader.features import Featurizer
from slotwise.extractor.reader.labels import STRENGTHS, base_names
from slotwise.extractor.reader.network import ReaderConfig, ReaderNet
from tqdm import tqdm


def batch_targets(items: list[dict], device: str = "cpu") -> dict[str, torch.Tensor]:
    x = {k: torch.from_numpy(v) for k, v in Featurizer.arrays(items).items()}
    nmax = x["types"].shape[1]
    if all("hidden" in it for it in items):
        t = x["ids"].shape[1]
        hidden = torch.zeros(len(items), t, items[0]["hidden"].shape[-1], device=device)
        for i, it in enumerate(items):
            hidden[i, : it["hidden"].shape[0]] = it["hidden"]
        x["hidden"] = hidden
    y = torch.full((len(items), nmax, 5), -100, dtype=torch.long)
    for i, it in enumerate(items):
        if it["labelled"]:
            for j, row in enumerate(it["y"]):
                mod = row[4] if row[4] < len(it["y"]) else nmax  # "none" is the last column
                y[i, j] = torch.tensor([*row[:4], mod])
    x["y"] = y
    x["intent"] = torch.tensor([it["intent"] for it in items])
    return {k: v.to(device) for k, v in x.items()}


@torch.inference_mode()
def cache_frozen(net: ReaderNet, items: list[dict], device: str = "cpu", bs: int = 64) -> None:
    """The frozen layers' output for every example, computed once (they never change)."""
    net.eval()
    order = sorted(range(len(items)), key=lambda i: len(items[i]["ids"]))
    for k in tqdm(range(0, len(order), bs), desc="frozen layers", unit="batch"):
        idx = order[k : k + bs]
        x = batch_targets([items[i] for i in idx], device)
        h = net.encoder(x["ids"], x["mask"], frozen=net.frozen, stop=net.frozen)
        for j, i in enumerate(idx):
            items[i]["hidden"] = h[j, : len(items[i]["ids"])].clone()
    net.train()


def loss_of(net: ReaderNet, b: dict[str, torch.Tensor]) -> torch.Tensor:
    out = net(b["ids"], b["mask"], b["spans"], b["types"], b["fact"], b["cmask"], b.get("hidden"))

    def ce(logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        # in float32 also when the forward ran under bfloat16 autocast (`train_loop(bf16=)`)
        return torch.nn.functional.cross_entropy(logits.float(), target)

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
def evaluate(net: ReaderNet, items: list[dict], device: str = "cpu", bs: int = 64) -> dict:
    net.eval()
    logits, gold, role_ok, role_n = [], [], 0, 0
    for i in range(0, len(items), bs):
        b = batch_targets(items[i : i + bs], device)
        out = net(
            b["ids"], b["mask"], b["spans"], b["types"], b["fact"], b["cmask"], b.get("hidden")
        )
        logits.append(out.intent.float().cpu())
        gold.append(b["intent"].cpu())
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


def train_loop(
    tr: list[dict],
    dv: list[dict],
    cfg: ReaderConfig,
    *,
    epochs: int,
    batch: int,
    lr: float,
    head_lr: float,
    seed: int,
    device: str = "cpu",
    base: Path | None = None,
    checkpoint: Path | None = None,
    every_s: float = 600.0,
    stop_after: int | None = None,
    run_key: str = "",
    bf16: bool = False,
) -> tuple[dict[str, torch.Tensor], dict[str, Any], list[dict[str, Any]]]:
    """Fine-tune the top `cfg.tuned` encoder layers and the heads; the epoch with the best
    dev intent + role accuracy is kept. Returns (its trainable state on the CPU, its dev
    evaluation, the history).

    With `checkpoint`, the loop's whole state goes there every `every_s` seconds and at
    each epoch's end, and a checkpoint already there (of this run: same settings, sizes
    and `run_key`) is resumed. `stop_after` batches (counted in this call) writes the
    checkpoint and raises `FitPaused`.

    `bf16`: each training step's forward runs under bfloat16 autocast (the weights, their
    gradients, the optimiser and the losses stay float32); on a CPU with AVX-512 BF16
    (this project's AMD EPYC) a step takes about half the time. The dev evaluation that
    picks the epoch runs in float32 either way."""
    key = json.dumps(
        [run_key, cfg.to_dict(), epochs, batch, lr, head_lr, seed, len(tr), len(dv)]
        + (["bf16"] if bf16 else [])
    )
    torch.manual_seed(seed)
    net = ReaderNet(cfg)
    if base is not None and base.suffix == ".safetensors":
        load_base_subset(net, base)
    else:
        net.encoder.load_base(base)
    net.to(device)
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
    cache_frozen(net, tr + dv, device)
    opt = torch.optim.AdamW(
        [{"params": enc_params, "lr": lr}, {"params": head_params, "lr": head_lr}],
        weight_decay=0.01,
    )
    steps = epochs * math.ceil(len(tr) / batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=[lr, head_lr], total_steps=steps, pct_start=0.1
    )
    rng = random.Random(seed)
    best: tuple[float, dict[str, torch.Tensor], dict] | None = None
    history: list[dict[str, Any]] = []
    start_epoch, start_pos, spent = 0, 0, 0.0
    if checkpoint is not None and checkpoint.exists():
        ck = torch.load(checkpoint, map_location="cpu", weights_only=False)
        if ck["key"] != key:
            raise ValueError(
                f"{checkpoint} is a checkpoint of another run (other data, seed or settings);"
                " move it away or pick another --out"
            )
        net.load_state_dict(ck["net"], strict=False)
        opt.load_state_dict(ck["opt"])
        sched.load_state_dict(ck["sched"])
        rng.setstate(ck["rng_epoch"])
        torch.set_rng_state(ck["torch_rng"])
        if device.startswith("cuda") and ck.get("cuda_rng") is not None:
            torch.cuda.set_rng_state_all(ck["cuda_rng"])
        best, history = ck["best"], ck["history"]
        start_epoch, start_pos, spent = ck["epoch"], ck["pos"], ck["spent"]
        print(f"resuming {checkpoint}: epoch {start_epoch + 1}, batch {start_pos}", flush=True)
    done_here, last_save = 0, time.monotonic()
    began = time.monotonic()  # the loop's seconds so far: `spent` before this call, plus these

    def save(epoch: int, pos: int, rng_epoch: Any) -> None:
        assert checkpoint is not None
        ck = {
            "key": key,
            "epoch": epoch,
            "pos": pos,
            "rng_epoch": rng_epoch,
            "torch_rng": torch.get_rng_state(),
            "cuda_rng": torch.cuda.get_rng_state_all() if device.startswith("cuda") else None,
            "net": net.trainable_state(),
            "opt": opt.state_dict(),
            "sched": sched.state_dict(),
            "best": best,
            "history": history,
            "spent": spent + time.monotonic() - began,
        }
        tmp = checkpoint.with_suffix(".tmp")
        torch.save(ck, tmp)
        os.replace(tmp, checkpoint)

    net.train()
    for epoch in range(start_epoch, epochs):
        rng_epoch = rng.getstate()
        order = list(range(len(tr)))
        rng.shuffle(order)
        # batches of similar length: less padding, same examples per epoch
        chunks = [order[i : i + batch * 20] for i in range(0, len(order), batch * 20)]
        batches = []
        for ch in chunks:
            ch.sort(key=lambda i: len(tr[i]["ids"]))
            batches += [ch[i : i + batch] for i in range(0, len(ch), batch)]
        rng.shuffle(batches)
        pos = start_pos if epoch == start_epoch else 0
        bar = tqdm(
            batches[pos:],
            desc=f"epoch {epoch + 1}/{epochs}",
            unit="batch",
            initial=pos,
            total=len(batches),
        )
        for idx in bar:
            if checkpoint is not None and (
                done_here == stop_after or time.monotonic() - last_save >= every_s
            ):
                save(epoch, pos, rng_epoch)
                last_save = time.monotonic()
                if done_here == stop_after:
                    bar.close()
                    raise FitPaused(f"paused at epoch {epoch + 1}, batch {pos}")
            b = batch_targets([tr[i] for i in idx], device)
            with torch.autocast(device.split(":")[0], dtype=torch.bfloat16, enabled=bf16):
                loss = loss_of(net, b)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            pos, done_here = pos + 1, done_here + 1
            bar.set_postfix(loss=f"{float(loss.detach()):.3f}")
        ev = evaluate(net, dv, device)
        score = ev["intent_acc"] + ev["role_acc"]
        row = {
            "epoch": epoch + 1,
            "dev_intent": ev["intent_acc"],
            "dev_role": ev["role_acc"],
            "loop_minutes": round((spent + time.monotonic() - began) / 60, 2),
        }
        history.append(row)
        print(row, flush=True)
        if best is None or score > best[0]:
            state = {k: v.detach().float().cpu().clone() for k, v in net.trainable_state().items()}
            best = (score, state, ev)
        if checkpoint is not None:
            save(epoch + 1, 0, rng.getstate())
            last_save = time.monotonic()
    assert best is not None
    return best[1], best[2], history


class FitPaused(Exception):
    """`train_loop` stopped on purpose; its checkpoint resumes it."""


def file_digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


# -- prepared examples and the base, to travel ------------------------------------
_ROW = ("types", "intent", "labelled")


def save_items(path: Path, groups: dict[str, list[dict]]) -> None:
    """Encoded examples (`train.encode`) of each group, flat with offsets, compressed."""
    arrays: dict[str, np.ndarray] = {}
    for name, items in groups.items():
        ids = [np.asarray(x["ids"], dtype=np.int32) for x in items]
        n_c = [len(x["types"]) for x in items]
        bits = [np.packbits(np.asarray(x["spans"], dtype=bool).reshape(-1)) for x in items]
        arrays[f"{name}.ids"] = np.concatenate(ids) if ids else np.zeros(0, np.int32)
        arrays[f"{name}.n_tok"] = np.asarray([len(a) for a in ids], dtype=np.int32)
        arrays[f"{name}.n_cand"] = np.asarray(n_c, dtype=np.int32)
        arrays[f"{name}.span_bits"] = np.concatenate(bits) if bits else np.zeros(0, np.uint8)
        arrays[f"{name}.n_bits"] = np.asarray([len(b) for b in bits], dtype=np.int32)
        arrays[f"{name}.types"] = np.asarray([t for x in items for t in x["types"]], np.int8)
        arrays[f"{name}.facts"] = np.asarray(
            [f for x in items for f in x["facts"]], dtype=np.float32
        ).reshape(-1, len(items[0]["facts"][0]) if any(n_c) else 0)
        arrays[f"{name}.y"] = np.asarray(
            [row for x in items for row in x["y"]], dtype=np.int32
        ).reshape(-1, 5)
        arrays[f"{name}.intent"] = np.asarray([x["intent"] for x in items], dtype=np.int8)
        arrays[f"{name}.labelled"] = np.asarray([x["labelled"] for x in items], dtype=bool)
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]


def load_items(path: Path) -> dict[str, list[dict]]:
    data = np.load(path)
    names = sorted({k.split(".")[0] for k in data.files})
    out: dict[str, list[dict]] = {}
    for name in names:
        n_tok, n_cand = data[f"{name}.n_tok"], data[f"{name}.n_cand"]
        n_bits = data[f"{name}.n_bits"]
        ids, bits = data[f"{name}.ids"], data[f"{name}.span_bits"]
        types, facts, y = data[f"{name}.types"], data[f"{name}.facts"], data[f"{name}.y"]
        items = []
        a = b = c = 0
        for i in range(len(n_tok)):
            t, n, nb = int(n_tok[i]), int(n_cand[i]), int(n_bits[i])
            spans = np.unpackbits(bits[b : b + nb])[: n * t].reshape(n, t).astype(np.float32)
            items.append(
                {
                    "ids": ids[a : a + t].tolist(),
                    "spans": spans.tolist(),
                    "types": types[c : c + n].tolist(),
                    "facts": facts[c : c + n].tolist(),
                    "y": y[c : c + n].tolist(),
                    "intent": int(data[f"{name}.intent"][i]),
                    "labelled": bool(data[f"{name}.labelled"][i]),
                }
            )
            a, b, c = a + t, b + nb, c + n
        out[name] = items
    return out


def write_base_subset(path: Path, used: set[int], base: Path | None = None) -> None:
    """The base encoder in fp16, its word embeddings cut to the rows `used` (and [PAD],
    [UNK], [CLS], [SEP], which every batch holds)."""
    from safetensors.torch import load_file, save_file
    from slotwise.extractor.reader.labels import base_path

    src = load_file(str((base or base_path()) / "model.safetensors"))
    word = "embeddings.word_embeddings.weight"
    keep = torch.tensor(sorted(set(used) | {0, 100, 101, 102}), dtype=torch.int64)  # + specials
    out = {k: v.half().contiguous() for k, v in src.items() if k != word}
    out["word_rows"] = src[word][keep].half().contiguous()
    out["word_ids"] = keep.to(torch.int32)
    out["word_shape"] = torch.tensor(list(src[word].shape), dtype=torch.int64)
    save_file(out, str(path))


def load_base_subset(net: ReaderNet, path: Path) -> None:
    from safetensors.torch import load_file

    src = load_file(str(path))
    word = torch.zeros(*src.pop("word_shape").tolist())
    word[src.pop("word_ids").long()] = src.pop("word_rows").float()
    src = {k: v.float() for k, v in src.items()}
    src["embeddings.word_embeddings.weight"] = word
    names = base_names(len(net.encoder.layers))
    net.encoder.load_state_dict({k: src[v] for k, v in names.items()}, strict=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="the reader's training loop on prepared data")
    ap.add_argument("prepared", type=Path, help="a folder written by train --prepare")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--base", type=Path, default=None, help="default: PREPARED/base.safetensors")
    ap.add_argument("--seed", type=int, default=None, help="default: the prepared seed")
    ap.add_argument(
        "--checkpoint-minutes",
        type=float,
        default=10.0,
        help="write OUT/checkpoint.pt this often (and at each epoch's end); the same"
        " command resumes from it (0: no checkpoint)",
    )
    ap.add_argument(
        "--stop-after",
        type=int,
        default=None,
        help="pause after this many batches (a checkpoint; run again to go on)",
    )
    ap.add_argument(
        "--bf16",
        action="store_true",
        help="each step's forward under bfloat16 autocast (weights and optimiser float32):"
        " about twice as fast on a CPU with AVX-512 BF16 or a recent GPU",
    )
    args = ap.parse_args(argv)
    t0 = time.time()
    meta = json.loads((args.prepared / "prepared.json").read_text())
    groups = load_items(args.prepared / "items.npz")
    cfg = ReaderConfig(**meta["net"])
    if args.seed is not None:
        meta["loop"]["seed"] = args.seed
    base = args.base or args.prepared / "base.safetensors"
    args.out.mkdir(parents=True, exist_ok=True)
    checkpoint = args.out / "checkpoint.pt" if args.checkpoint_minutes > 0 else None
    try:
        state, ev, history = train_loop(
            groups["train"],
            groups["dev"],
            cfg,
            device=args.device,
            base=base,
            checkpoint=checkpoint,
            every_s=args.checkpoint_minutes * 60,
            stop_after=args.stop_after,
            run_key=file_digest(args.prepared / "items.npz", base),
            bf16=args.bf16,
            **meta["loop"],
        )
    except FitPaused as paused:
        print(f"{paused}; the same command resumes from {checkpoint}", flush=True)
        return 0
    except ValueError as bad:
        print(f"error: {bad}", flush=True)
        return 2
    from safetensors.torch import save_file

    save_file(
        {
            **{k: v.half().contiguous() for k, v in state.items()},  # fp16, as shipped
            "__dev_logits": ev["logits"],
            "__dev_gold": ev["gold"],
        },
        str(args.out / "trained.safetensors"),
    )
    (args.out / "fit.json").write_text(
        json.dumps(
            {
                "device": args.device
                + (f" ({torch.cuda.get_device_name()})" if args.device == "cuda" else ""),
                "seed": meta["loop"]["seed"],
                "bf16": args.bf16,
                "history": history,
                "intent_acc": ev["intent_acc"],
                "role_acc": ev["role_acc"],
                "minutes": round((time.time() - t0) / 60, 2),  # this call's
                "loop_minutes": history[-1].get("loop_minutes"),  # every call's loop
            },
            indent=1,
        )
        + "\n"
    )
    print(json.dumps({"intent_acc": ev["intent_acc"], "role_acc": ev["role_acc"]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
