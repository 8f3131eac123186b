"""The public intent sets for `routing_bench.py`, and their sentence vectors cached
on disk (under $SLOTWISE_CACHE or /tmp/slotwise-routing-cache, never in the repo) so
that a second run does not re-encode 40k texts."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

DATA = Path(os.environ.get("SLOTWISE_DATASETS", Path(__file__).parents[2] / "shared" / "datasets"))
if not DATA.exists():
    DATA = Path("/work/shared/datasets")
CACHE = Path(os.environ.get("SLOTWISE_CACHE", "/tmp/slotwise-routing-cache"))


def rows(name: str) -> list[dict[str, Any]]:
    """``rows("banking77/train")``: the JSONL file's objects, in file order."""
    with open(DATA / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def embed_file(name: str, layers: int = 1) -> np.ndarray:
    """Frozen-MiniLM vectors of every row's text, in file order, cached by content
    (``layers``: the last layers' pooled blocks, as `Encoder.encode` gives them)."""
    raw = (DATA / f"{name}.jsonl").read_bytes()
    key = hashlib.sha256(raw).hexdigest()[:16]
    tail = "" if layers == 1 else f"-L{layers}"
    path = CACHE / f"{name.replace('/', '-')}-{key}{tail}.npy"
    if path.exists():
        return np.load(path)
    from slotwise.extractor.routing.encoder import shared_encoder

    vectors = shared_encoder().encode([r["text"] for r in rows(name)], layers=layers)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors
