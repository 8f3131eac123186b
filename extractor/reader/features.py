"""Message + candidates -> the network's inputs (WordPiece ids, candidate masks), as
numpy arrays: shared by the torch reader (training, `torch_reader.py`) and the
onnxruntime reader (inference without torch, `onnx_reader.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from slotwise.extractor.reader.labels import MAX_CANDIDATES, N_FACTS, TYPES, base_path, facts

if TYPE_CHECKING:  # training on a torch-only machine imports this module; no pydantic
    from slotwise.extractor.interpretation import Candidate

MAX_TOKENS = 128


class Featurizer:
    """Message + candidates -> the network's inputs (WordPiece ids, candidate masks)."""

    def __init__(self, path: Path | None = None) -> None:
        from tokenizers import Tokenizer

        self.tok = Tokenizer.from_file(str((path or base_path()) / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(MAX_TOKENS)

    def one(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> dict[str, Any]:
        """The inputs for one message. `context` (what a conversation's session holds
        before the turn, in words: `slotwise.reader_state`) is a second segment after
        the message's [SEP]; candidates point only at the message's own tokens."""
        enc = self.tok.encode(message, context) if context else self.tok.encode(message)
        offsets = enc.offsets
        own = [s == 0 for s in enc.sequence_ids]
        sep = own.index(False, 1) if False in own[1:] else len(own) - 1  # the message's [SEP]
        spans = []
        for c in candidates[:MAX_CANDIDATES]:
            row = [
                1.0 if (mine and a < c.span[1] and c.span[0] < b and b > a) else 0.0
                for (a, b), mine in zip(offsets, own, strict=True)
            ]
            if not any(row):  # cut off by truncation: point at the message's [SEP]
                row[sep] = 1.0
            spans.append(row)
        return {
            "ids": enc.ids,
            "spans": spans,
            "types": [TYPES.index(c.type) for c in candidates[:MAX_CANDIDATES]],
            "facts": [facts(c) for c in candidates[:MAX_CANDIDATES]],
        }

    @staticmethod
    def arrays(items: list[dict[str, Any]]) -> dict[str, np.ndarray]:
        """A padded batch: ids/mask (B, T), spans (B, N, T), types/cmask (B, N), fact
        (B, N, N_FACTS); int64 and float32 as the network takes them."""
        b = len(items)
        t = max(len(x["ids"]) for x in items)
        n = max(1, max(len(x["types"]) for x in items))
        ids = np.zeros((b, t), dtype=np.int64)
        mask = np.zeros((b, t), dtype=np.int64)
        spans = np.zeros((b, n, t), dtype=np.float32)
        types = np.zeros((b, n), dtype=np.int64)
        fact = np.zeros((b, n, N_FACTS), dtype=np.float32)
        cmask = np.zeros((b, n), dtype=np.int64)
        for i, x in enumerate(items):
            k = len(x["ids"])
            ids[i, :k] = x["ids"]
            mask[i, :k] = 1
            for j, row in enumerate(x["spans"]):
                spans[i, j, : len(row)] = row
                types[i, j] = x["types"][j]
                fact[i, j] = x["facts"][j]
                cmask[i, j] = 1
        return {
            "ids": ids,
            "mask": mask,
            "spans": spans,
            "types": types,
            "fact": fact,
            "cmask": cmask,
        }
