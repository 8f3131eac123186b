"""Train the embedded intent model: `python -m slotwise.extractor.train [--quick]`.

Reproducible: fixed seeds, and a data manifest (sources, file hashes, row counts,
generator seed) written next to the weights. Data: SGD booking services, SNIPS,
CLINC150 (../shared/datasets) plus the generated corpus (`model/data/generator.py`);
the hand-written dev set is never read here.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from slotwise.extractor.model import WEIGHTS_DIR
from slotwise.extractor.model.data import generator, handwritten, sources
from slotwise.extractor.model.decoding import Grammar
from slotwise.extractor.model.network import (
    PRIOR_PROBE,
    PROBE_ROWS,
    IntentNet,
    NetConfig,
    current_candidate,
    lexical_prior,
)
from slotwise.extractor.model.tokenizer import InputTokenizer, OutputVocab, wordpiece_path

DATA_DIR = Path(__file__).parent / "model" / "data"

FULL = {
    "sgd": 10000,
    "snips_book": 1973,
    "snips_other": 1500,
    "clinc_mapped": 1000,
    "clinc_other": 3000,
    "generated": 18000,
    "dev_sgd": 1000,
    "dev_clinc": 600,
    "dev_generated": 1000,
}
QUICK = {
    "sgd": 150,
    "snips_book": 50,
    "snips_other": 50,
    "clinc_mapped": 50,
    "clinc_other": 50,
    "generated": 300,
    "dev_sgd": 40,
    "dev_clinc": 40,
    "dev_generated": 60,
}


def build_corpus(seed: int, sizes: dict[str, int]) -> tuple[list[dict], list[dict], dict[str, Any]]:
    root = sources.datasets_root()
    sgd_train = sources.sgd("train", root)
    snips_train = sources.snips("train", root)
    clinc_train = sources.clinc("train", root)
    sgd_dev = sources.sgd("dev", root)
    clinc_dev = sources.clinc("dev", root)
    train = (
        sources.sample(sgd_train, sizes["sgd"], seed)
        + sources.sample(
            [r for r in snips_train if r["intent"] == "book"], sizes["snips_book"], seed
        )
        + sources.sample(
            [r for r in snips_train if r["intent"] != "book"], sizes["snips_other"], seed
        )
        + sources.sample(
            [r for r in clinc_train if r["intent"] != "other"], sizes["clinc_mapped"], seed
        )
        + sources.sample(
            [r for r in clinc_train if r["intent"] == "other"], sizes["clinc_other"], seed
        )
        + generator.generate(sizes["generated"], seed=seed, heldout=False)
    )
    dev = (
        sources.sample(sgd_dev, sizes["dev_sgd"], seed)
        + sources.sample(clinc_dev, sizes["dev_clinc"], seed)
        + generator.generate(sizes["dev_generated"], seed=seed + 1, heldout=False)
    )
    files = [p for p in sources.source_files(root) if p.name != "test.jsonl"]
    manifest = {
        "seed": seed,
        "sources": [
            {
                "path": str(p.relative_to(root.parent)),
                "sha256": sources.sha256(p),
                "rows_in_file": sum(1 for _ in p.open(encoding="utf-8")),
            }
            for p in files
        ],
        "rows_used": {k: v for k, v in _count(train, dev).items()},
        "generator": {
            "module": "slotwise.extractor.model.data.generator",
            "train_seed": seed,
            "dev_seed": seed + 1,
            "train_rows": sizes["generated"],
            "dev_rows": sizes["dev_generated"],
            "heldout_templates": "never used in train/dev",
            # the generator is several modules (generator.py and generator_*.py): each one's
            "sha256": {
                f.name: sources.sha256(f)
                for f in sorted(Path(generator.__file__).parent.glob("generator*.py"))
            },
        },
        "sizes": sizes,
        "not_trained_on": [
            "extractor/model/data/dev_handwritten.jsonl (checkpoint selection only)",
            "benchmarks/data/*.jsonl (blind test sets)",
            "*/test.jsonl",
            "generated held-out phrasing families",
        ],
    }
    return train, dev, manifest


def _count(train: list[dict], dev: list[dict]) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, rows in (("train", train), ("dev", dev)):
        for r in rows:
            key = f"{name}:{r['source'].split('/')[0]}"
            out[key] = out.get(key, 0) + 1
    return out


# ----------------------------------------------------------------------------- features


def featurize(
    rows: list[dict], tok: InputTokenizer, vocab: OutputVocab, grammar: Grammar
) -> list[dict[str, Any]]:
    feats = []
    for r in rows:
        n = len(r["candidates"])
        ids, slots, ctype = tok.encode(
            r["message"],
            [tuple(c["span"]) for c in r["candidates"]],
            [c["type"] for c in r["candidates"]],
        )
        out = vocab.encode({"intent": r["intent"], "labels": r["labels"]})
        allowed = grammar.allowed_per_step(n, out)
        dec_in = [-1, *out[:-1]]  # -1 -> BOS
        cur = [current_candidate(out[:i], vocab, n) for i in range(len(out))]
        feats.append(
            {
                "ids": ids,
                "slots": slots,
                "ctype": ctype,
                "n": n,
                "dec_in": dec_in,
                "target": out,
                "cur": cur,
                "allowed": allowed,
                "intent": r["intent"],
            }
        )
    return feats


def collate(batch: list[dict[str, Any]], bos: int, vsize: int) -> dict[str, torch.Tensor]:
    b = len(batch)
    ti = max(len(f["ids"]) for f in batch)
    to = max(len(f["target"]) for f in batch)
    n = max(f["n"] for f in batch)
    ids = torch.zeros(b, ti, dtype=torch.long)
    slots = torch.zeros(b, ti, dtype=torch.long)
    ctype = torch.zeros(b, ti, dtype=torch.long)
    dec_in = torch.full((b, to), bos, dtype=torch.long)
    target = torch.full((b, to), -100, dtype=torch.long)
    cur = torch.full((b, to), -1, dtype=torch.long)
    allowed = torch.zeros(b, to, vsize, dtype=torch.bool)
    for i, f in enumerate(batch):
        ids[i, : len(f["ids"])] = torch.tensor(f["ids"])
        slots[i, : len(f["ids"])] = torch.tensor(f["slots"])
        ctype[i, : len(f["ids"])] = torch.tensor(f["ctype"])
        L = len(f["target"])
        dec_in[i, :L] = torch.tensor([bos if t < 0 else t for t in f["dec_in"]])
        target[i, :L] = torch.tensor(f["target"])
        cur[i, :L] = torch.tensor(f["cur"])
        for p, al in enumerate(f["allowed"]):
            allowed[i, p, al] = True
    allowed[target == -100] = True
    return {
        "ids": ids,
        "slots": slots,
        "ctype": ctype,
        "dec_in": dec_in,
        "target": target,
        "cur": cur,
        "allowed": allowed,
        "n": torch.tensor(n),
    }


_UNK, _FIRST_WORD = 100, 104  # WordPiece [UNK]; ids below 104 are [PAD], [CLS], ... and unused


def _drop_words(batch: dict[str, torch.Tensor], p: float) -> dict[str, torch.Tensor]:
    """Word dropout: each piece outside a candidate becomes [UNK] with probability `p`,
    so no single cue word carries a decision alone (the candidates stay intact)."""
    ids = batch["ids"]
    drop = (torch.rand(ids.shape) < p) & (batch["slots"] == 0) & (ids >= _FIRST_WORD)
    return {**batch, "ids": ids.masked_fill(drop, _UNK)}


def forward_logits(net: IntentNet, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    n = int(batch["n"])
    mem, pad, cand = net.encode(batch["ids"], batch["slots"], batch["ctype"], n)
    logits, _ = net.decode(batch["dec_in"], batch["cur"], 0, cand, net.memory_kv(mem), pad)
    return logits.masked_fill(~batch["allowed"], float("-inf"))


def batches(feats: list[dict], size: int, rng: random.Random | None) -> list[list[dict]]:
    order = sorted(range(len(feats)), key=lambda i: (len(feats[i]["ids"]) // 8, feats[i]["n"]))
    chunks = [[feats[i] for i in order[j : j + size]] for j in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(chunks)
    return chunks


@torch.inference_mode()
def evaluate(net: IntentNet, feats: list[dict], vocab: OutputVocab) -> dict[str, Any]:
    """Teacher-forced: intent accuracy, per-decision accuracy, intent logits for calibration."""
    net.eval()
    intent_ids = [
        vocab.id(f'{{"intent":"{i}"')
        for i in ("book", "reschedule", "cancel", "availability", "other")
    ]
    ok_intent = total = ok_dec = n_dec = 0
    all_logits, all_gold = [], []
    for chunk in batches(feats, 128, None):
        batch = collate(chunk, net.bos, vocab.size)
        logits = forward_logits(net, batch)
        tgt = batch["target"]
        decision = (batch["allowed"].sum(-1) > 1) & (tgt != -100)
        pred = logits.argmax(-1)
        ok_dec += int(((pred == tgt) & decision).sum())
        n_dec += int(decision.sum())
        il = logits[:, 0, intent_ids]
        gold = torch.tensor([intent_ids.index(int(t)) for t in tgt[:, 0]])
        ok_intent += int((il.argmax(-1) == gold).sum())
        total += len(chunk)
        all_logits.append(il)
        all_gold.append(gold)
    net.train()
    return {
        "intent_acc": ok_intent / max(total, 1),
        "decision_acc": ok_dec / max(n_dec, 1),
        "intent_logits": torch.cat(all_logits),
        "intent_gold": torch.cat(all_gold),
    }


def fit_temperature(logits: torch.Tensor, gold: torch.Tensor) -> float:
    """Temperature scaling (Guo et al. 2017): one scalar minimising dev NLL."""
    best, best_t = float("inf"), 1.0
    for t in [x / 20 for x in range(6, 81)]:
        nll = float(F.cross_entropy(logits / t, gold))
        if nll < best:
            best, best_t = nll, t
    return best_t


# ----------------------------------------------------------------------------- main


def train(args: argparse.Namespace) -> dict[str, Any]:
    from tqdm import tqdm

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = QUICK if args.quick else FULL
    t_start = time.time()
    train_rows, dev_rows, manifest = build_corpus(args.seed, sizes)

    vocab = OutputVocab.default()
    grammar = Grammar(vocab)
    tok = InputTokenizer(wordpiece_path())
    cfg = NetConfig(
        d=args.d,
        enc_layers=args.enc_layers,
        dec_layers=args.dec_layers,
        ff=args.d * 3,
        sentence_windows=args.sentence_windows,
    )
    net = IntentNet(cfg, vocab)
    net.word_emb.copy_(lexical_prior(cfg.emb_dim))
    train_f = featurize(train_rows, tok, vocab, grammar)
    dev_f = featurize(dev_rows, tok, vocab, grammar)
    hand_f = [] if args.quick else featurize(handwritten.load(), tok, vocab, grammar)
    print(
        f"train {len(train_f)} dev {len(dev_f)} params "
        f"{sum(p.numel() for p in net.parameters()):,} (+ frozen embeddings)",
        file=sys.stderr,
    )

    opt = torch.optim.AdamW(
        [p for p in net.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01
    )
    rng = random.Random(args.seed)
    steps_per_epoch = math.ceil(
        len(train_f) / args.batch
    )  # batches are fixed, their order shuffled
    total = steps_per_epoch * args.epochs
    warm = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt,
        lambda s: min(1.0, (s + 1) / warm) * 0.5 * (1 + math.cos(math.pi * min(s, total) / total)),
    )
    best, best_state, history = -1.0, None, []
    net.train()
    collated = [collate(chunk, net.bos, vocab.size) for chunk in batches(train_f, args.batch, None)]
    for epoch in range(args.epochs):
        rng.shuffle(collated)
        bar = tqdm(
            collated,
            desc=f"epoch {epoch + 1}/{args.epochs}",
            file=sys.stderr,
            disable=args.no_progress,
            mininterval=0.1 if sys.stderr.isatty() else 30,
        )
        run = 0.0
        for i, batch in enumerate(bar):
            if args.word_dropout > 0:
                batch = _drop_words(batch, args.word_dropout)
            logits = forward_logits(net, batch)
            tgt = batch["target"]
            decision = (batch["allowed"].sum(-1) > 1) & (tgt != -100)
            loss = F.cross_entropy(logits[decision], tgt[decision])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            lv = float(loss.detach())
            run = 0.98 * run + 0.02 * lv if i else lv
            bar.set_postfix(loss=f"{run:.3f}")
        ev = evaluate(net, dev_f, vocab)
        hw = evaluate(net, hand_f, vocab) if hand_f else None
        # The checkpoint is chosen on both dev sets: the generated one (in distribution)
        # and the hand-written one (the way customers write). Neither is trained on.
        score = ev["intent_acc"] + ev["decision_acc"]
        if hw is not None:
            score += hw["intent_acc"] + hw["decision_acc"]
        history.append(
            {
                "epoch": epoch + 1,
                "loss": round(run, 4),
                "dev_intent_acc": round(ev["intent_acc"], 4),
                "dev_decision_acc": round(ev["decision_acc"], 4),
                **(
                    {
                        "handwritten_dev_intent_acc": round(hw["intent_acc"], 4),
                        "handwritten_dev_decision_acc": round(hw["decision_acc"], 4),
                    }
                    if hw is not None
                    else {}
                ),
                "minutes": round((time.time() - t_start) / 60, 2),
            }
        )
        print(json.dumps(history[-1]), file=sys.stderr)
        if score > best:
            best = score
            best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
    assert best_state is not None
    net.load_state_dict(best_state)
    ev = evaluate(net, dev_f, vocab)
    temperature = fit_temperature(ev["intent_logits"], ev["intent_gold"])
    wall = time.time() - t_start
    save(net, out_dir, vocab, cfg, temperature, manifest, history, wall, args)
    return {"history": history, "temperature": temperature, "wall_s": wall}


def save(
    net: IntentNet,
    out_dir: Path,
    vocab: OutputVocab,
    cfg: NetConfig,
    temperature: float,
    manifest: dict[str, Any],
    history: list[dict[str, Any]],
    wall: float,
    args: argparse.Namespace,
) -> None:
    from safetensors.torch import save_file

    state = {k: v.contiguous() for k, v in net.state_dict().items()}
    # the frozen lexical prior is derived from the base package at load: keep a probe only
    state[PRIOR_PROBE] = state.pop("word_emb")[:PROBE_ROWS].clone()
    save_file(state, str(out_dir / "model.safetensors"))
    meta = {
        "name": "slotwise-intent-0.2",
        "net": cfg.to_dict(),
        "output_pieces": list(vocab.pieces),
        "temperature": temperature,
        "training": {
            "epochs": args.epochs,
            "seed": args.seed,
            "batch": args.batch,
            "lr": args.lr,
            "word_dropout": args.word_dropout,
            "quick": args.quick,
            "wall_s": round(wall, 1),
            "history": history,
            "torch": torch.__version__,
        },
    }
    (out_dir / "config.json").write_text(json.dumps(meta, indent=1))
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=1))
    if out_dir.resolve() == WEIGHTS_DIR.resolve():
        (DATA_DIR / "manifest.json").write_text(json.dumps(manifest, indent=1))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m slotwise.extractor.train",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--out", default=str(WEIGHTS_DIR), help="output folder (default: the packaged weights)"
    )
    p.add_argument("--epochs", type=int, default=12)
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--batch", type=int, default=96)
    p.add_argument("--lr", type=float, default=1.5e-3)
    p.add_argument("--d", type=int, default=128)
    p.add_argument("--enc-layers", type=int, default=3)
    p.add_argument("--dec-layers", type=int, default=2)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument(
        "--word-dropout",
        type=float,
        default=0.1,
        help="probability that a piece outside the candidates is replaced by [UNK]",
    )
    p.add_argument(
        "--sentence-windows",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="also pool each candidate's context window within its own sentence",
    )
    p.add_argument("--quick", action="store_true", help="a tiny corpus and run, for tests")
    p.add_argument("--no-progress", action="store_true")
    args = p.parse_args(argv)
    result = train(args)
    print(
        json.dumps(
            {
                "temperature": result["temperature"],
                "wall_s": round(result["wall_s"], 1),
                "last": result["history"][-1],
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
