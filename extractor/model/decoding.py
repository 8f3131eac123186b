"""Constrained decoding: the output is always a valid `Interpretation` for *these* candidates.

The grammar is built per call from the pydantic schema:

1. `Interpretation.model_json_schema()`, with `labels` given `minItems = maxItems = n`
   (n = the number of candidates) and one `prefixItems` entry per position whose
   `modifies` is an `enum` of the *other* candidates' indices (or null) - so a label can
   only point at a candidate that exists, and never at itself. (outlines_core ignores
   `minimum`/`maximum` on integers, so an enum is the way to bound it.)
2. `outlines_core.json_schema.build_regex_from_schema(schema, whitespace_pattern="")`.
3. `outlines_core.Index(regex, Vocabulary(eos, pieces))` over the model's JSON pieces;
   cached per n (a few ms to build; 0.04 s for 40 candidates).

Each decoding step asks a `Guide` for the allowed pieces and masks everything else to
-inf before the argmax. A step with one allowed piece is forced: it is not a decision,
so the loop appends it and feeds it to the decoder together with the next decision's
input, in one forward pass. There is no retry and no repair: whatever the network
prefers, the mask makes the only possible outputs the grammar's strings, and the
result goes through `Interpretation.model_validate_json` as the final check.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch
from outlines_core import Guide, Index, Vocabulary
from outlines_core.json_schema import build_regex_from_schema
from slotwise.extractor.interpretation import Interpretation
from slotwise.extractor.model.tokenizer import OutputVocab


def schema_for(n: int) -> dict[str, Any]:
    """The `Interpretation` JSON schema narrowed to exactly `n` labels."""
    schema = Interpretation.model_json_schema()
    labels = schema["properties"]["labels"]
    labels["minItems"] = labels["maxItems"] = n
    if n:
        base = schema["$defs"]["CandidateLabel"]
        items = []
        for j in range(n):
            item = json.loads(json.dumps(base))
            others = [k for k in range(n) if k != j]
            item["properties"]["modifies"] = (
                {"anyOf": [{"enum": others}, {"type": "null"}], "default": None}
                if others
                else {"type": "null", "default": None}
            )
            items.append(item)
        labels["prefixItems"] = items
        labels["items"] = False
    return schema


def regex_for(n: int) -> str:
    """The grammar for `n` candidates as a regular expression (no whitespace allowed)."""
    return build_regex_from_schema(json.dumps(schema_for(n)), whitespace_pattern="")


class IndexCache:
    """The grammar's `Index` for each number of candidates over one vocabulary, built on
    first use and kept (the embedded model's pieces, or a causal LM's tokens)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._indexes: dict[int, Index] = {}
        self._lock = threading.Lock()

    def __call__(self, n: int) -> Index:
        idx = self._indexes.get(n)
        if idx is None:
            with self._lock:
                idx = self._indexes.get(n)
                if idx is None:
                    idx = self._indexes[n] = Index(regex_for(n), self.vocabulary)
        return idx


class Grammar:
    """Indexes of the per-n grammars over one output vocabulary, built once and cached."""

    def __init__(self, vocab: OutputVocab) -> None:
        self.vocab = vocab
        self._vocabulary = Vocabulary(vocab.eos, {p: [i] for i, p in enumerate(vocab.pieces)})
        self._cache = IndexCache(self._vocabulary)

    def regex(self, n: int) -> str:
        return regex_for(n)

    def index(self, n: int) -> Index:
        return self._cache(n)

    def guide(self, n: int) -> Guide:
        return Guide(self.index(n))

    def allowed_per_step(self, n: int, ids: list[int]) -> list[list[int]]:
        """The allowed pieces before each piece of `ids` (training masks)."""
        g = self.guide(n)
        out = []
        for t in ids:
            out.append(list(g.get_tokens()))
            if t != self.vocab.eos:
                g.advance(t)
        return out


# A step function: (pieces to feed, candidate index per fed piece) -> logits of the last one.
StepFn = Callable[[list[int], list[int]], torch.Tensor]


@dataclass
class Decoded:
    ids: list[int]
    raw: str
    interpretation: Interpretation
    decisions: list[dict[str, Any]] = field(default_factory=list)  # one per non-forced step
    intent_probs: dict[str, float] = field(default_factory=dict)


def constrained_decode(
    step: StepFn,
    grammar: Grammar,
    n: int,
    cur_fn: Callable[[list[int]], int],
    temperature_intent: float = 1.0,
    constrained: bool = True,
    max_steps: int = 4096,
) -> Decoded:
    """Greedy decoding under the grammar for `n` candidates.

    `constrained=False` exists only so tests can show what the mask prevents: the loop
    then takes the raw argmax, and the result may not parse (it raises).
    """
    vocab = grammar.vocab
    guide = grammar.guide(n)
    out: list[int] = []
    pending: list[int] = []  # pieces to feed at the next forward pass (BOS first)
    pending_cur: list[int] = []
    decisions: list[dict[str, Any]] = []
    intent_probs: dict[str, float] = {}
    first = True
    for _ in range(max_steps):
        allowed = list(guide.get_tokens()) if constrained else list(range(vocab.size))
        if constrained and len(allowed) == 1 and not first:
            tok = allowed[0]
        else:
            logits = step(pending, pending_cur)
            pending, pending_cur = [], []
            scale = temperature_intent if first else 1.0
            if constrained:
                mask = torch.full_like(logits, float("-inf"))
                mask[allowed] = 0.0
                logits = logits + mask
            probs = torch.softmax(logits / scale, dim=-1)
            tok = int(torch.argmax(probs))
            decisions.append(
                {
                    "token": vocab.pieces[tok] if tok < vocab.eos else "<eos>",
                    "p": round(float(probs[tok]), 4),
                }
            )
            if first:
                intent_probs = {
                    vocab.pieces[i].split('"')[-2]: float(probs[i])
                    for i in range(len(vocab.pieces))
                    if vocab.pieces[i].startswith('{"intent"')
                }
            first = False
        if tok == vocab.eos:
            break
        out.append(tok)
        if constrained:
            guide.advance(tok)
        pending.append(tok)
        pending_cur.append(cur_fn(out))
        if constrained and guide.is_finished() and guide.get_tokens() == [vocab.eos]:
            break
    raw = vocab.decode(out)
    return Decoded(out, raw, Interpretation.model_validate_json(raw), decisions, intent_probs)
