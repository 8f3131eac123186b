"""The router's sentence encoder: all-MiniLM-L6-v2 (the reader's base, from its PyPI
package), frozen, mean-pooled over tokens and normalised, as sentence-transformers
does, without importing transformers.

    text -> WordPiece (<= 128 tokens) -> MiniLM-L6 -> token states (T x 384)
         -> mean over real tokens -> L2 normalise -> sentence vector (384)

`states` also returns the token states and their character offsets, so that the
router can pool a phrase of the message (evidence spans) from the same forward pass.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch

MAX_TOKENS = 128
BATCH = 32


class Encoder:
    """Frozen MiniLM-L6 sentence vectors. One instance serves concurrent callers."""

    def __init__(self, path: Path | None = None, adapter: Path | None = None) -> None:
        from slotwise.extractor.reader.network import MiniLM, ReaderConfig, base_path
        from slotwise.extractor.routing.pretune import load_adapter, merge_adapter
        from tokenizers import Tokenizer

        folder = path or base_path()
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(MAX_TOKENS)
        self.net = MiniLM(ReaderConfig(dropout=0.0))
        self.net.load_base(folder)
        state = load_adapter(adapter) if adapter is not None else None
        if state is not None:  # the pre-tuned adapter (pretune.py), merged into the weights
            merge_adapter(self.net, state)
        self.adapter = adapter if state is not None else None
        self.net.eval()
        self.dim = 384
        self._lock = threading.Lock()  # tokenizers' truncation state is per instance

    def _encode_ids(self, texts: list[str]) -> list[tuple[list[int], list[tuple[int, int]]]]:
        with self._lock:
            encs = self.tok.encode_batch(texts)
        return [(e.ids, e.offsets) for e in encs]

    @torch.inference_mode()
    def _forward(self, ids: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        t = max(len(x) for x in ids)
        tid = torch.zeros(len(ids), t, dtype=torch.long)
        mask = torch.zeros(len(ids), t, dtype=torch.long)
        for i, x in enumerate(ids):
            tid[i, : len(x)] = torch.tensor(x)
            mask[i, : len(x)] = 1
        return self.net(tid, mask), mask

    def encode(self, texts: list[str], batch: int = BATCH) -> np.ndarray:
        """(len(texts), 384) float32, each row of unit length."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        enc = self._encode_ids(texts)
        order = sorted(range(len(texts)), key=lambda i: len(enc[i][0]))  # less padding
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            h, mask = self._forward([enc[i][0] for i in idx])
            m = mask.unsqueeze(-1).float()
            v = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
            v = torch.nn.functional.normalize(v, dim=-1)
            out[idx] = v.numpy()
        return out

    def states(self, text: str) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
        """The sentence vector, the token states (T x 384, special tokens included) and
        each token's character offsets in `text` ((0, 0) for [CLS] and [SEP])."""
        ids, offsets = self._encode_ids([text])[0]
        h, _ = self._forward([ids])
        states = h[0]
        v = torch.nn.functional.normalize(states.mean(0), dim=-1)
        return v.numpy(), states.numpy(), list(offsets)


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    """The process's one encoder (load ~0.3 s, ~90 MB)."""
    import os

    from slotwise.extractor.routing.pretune import ADAPTER

    chosen = os.environ.get("SLOTWISE_ROUTER_ADAPTER", "")
    if chosen.lower() == "none":
        return Encoder()
    return Encoder(adapter=Path(chosen) if chosen else ADAPTER)
