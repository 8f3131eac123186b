"""The router's sentence encoder: all-MiniLM-L6-v2 (the reader's base, from its PyPI
package), frozen, mean-pooled over tokens and normalised, as sentence-transformers
does, without importing transformers.

    text -> WordPiece (<= 128 tokens) -> MiniLM-L6 -> token states (T x 384)
         -> mean over real tokens -> L2 normalise -> sentence vector (384)

`states` also returns the token states and their character offsets, so that the
router can pool a phrase of the message (evidence spans) from the same forward pass.

`layers=L` (both methods) pools the last L layers' token states as well, from the same
pass: the result is L blocks of 384, the last layer's first, each block mean-pooled and
normalised on its own. Block 0 is always the plain sentence vector above.
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
    def _forward(self, ids: list[list[int]], layers: int = 1) -> tuple[torch.Tensor, torch.Tensor]:
        """Token states (B x T x 384 * layers: the last layer's, then the one before...)
        and the padding mask."""
        t = max(len(x) for x in ids)
        tid = torch.zeros(len(ids), t, dtype=torch.long)
        mask = torch.zeros(len(ids), t, dtype=torch.long)
        for i, x in enumerate(ids):
            tid[i, : len(x)] = torch.tensor(x)
            mask[i, : len(x)] = 1
        n = len(self.net.layers)
        if not 1 <= layers <= n:
            raise ValueError(f"layers must be 1..{n}, not {layers}")
        h = self.net(tid, mask, stop=n - layers + 1)
        blocks = [h]
        for k in range(n - layers + 1, n):  # resume layer by layer, keeping each output
            h = self.net(tid, mask, start=k, hidden=h, stop=k + 1)
            blocks.append(h)
        return torch.cat(blocks[::-1], dim=-1), mask

    def _pool(self, h: torch.Tensor, m: torch.Tensor) -> torch.Tensor:
        """Masked mean over tokens (h: B x T x 384 * L, m: B x T x 1), each 384-block
        normalised on its own."""
        v = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        v = torch.nn.functional.normalize(v.view(len(v), -1, self.dim), dim=-1)
        return v.reshape(len(v), -1)

    def encode(self, texts: list[str], batch: int = BATCH, layers: int = 1) -> np.ndarray:
        """(len(texts), 384 * layers) float32, each 384-block of unit length."""
        out = np.zeros((len(texts), self.dim * layers), dtype=np.float32)
        if not texts:
            return out
        enc = self._encode_ids(texts)
        order = sorted(range(len(texts)), key=lambda i: len(enc[i][0]))  # less padding
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            h, mask = self._forward([enc[i][0] for i in idx], layers)
            out[idx] = self._pool(h, mask.unsqueeze(-1).float()).numpy()
        return out

    def states(
        self, text: str, layers: int = 1
    ) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int]]]:
        """The sentence vector (384 * layers), the token states (T x 384 * layers,
        special tokens included) and each token's character offsets in `text` ((0, 0)
        for [CLS] and [SEP])."""
        ids, offsets = self._encode_ids([text])[0]
        h, mask = self._forward([ids], layers)
        v = self._pool(h, mask.unsqueeze(-1).float())[0]
        return v.numpy(), h[0].numpy(), list(offsets)


@lru_cache(maxsize=1)
def shared_encoder() -> Encoder:
    """The process's one encoder (load ~0.3 s, ~90 MB)."""
    import os

    from slotwise.extractor.routing.pretune import ADAPTER

    chosen = os.environ.get("SLOTWISE_ROUTER_ADAPTER", "")
    if chosen.lower() == "none":
        return Encoder()
    return Encoder(adapter=Path(chosen) if chosen else ADAPTER)
