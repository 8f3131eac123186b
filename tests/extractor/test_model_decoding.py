"""Constrained decoding: the grammar, not the network, decides what can come out."""

from __future__ import annotations

import json
import random

import pytest
import torch
from pydantic import ValidationError
from slotwise.extractor.interpretation import Interpretation
from slotwise.extractor.model.decoding import Grammar, constrained_decode, schema_for
from slotwise.extractor.model.network import current_candidate
from slotwise.extractor.model.tokenizer import OutputVocab

VOCAB = OutputVocab.default()
GRAMMAR = Grammar(VOCAB)


def _fixed_step(prefer: list[str] | None = None, seed: int | None = None):
    """A fake network: random logits, plus a huge bonus for the pieces in `prefer`."""
    rng = torch.Generator().manual_seed(seed or 0)

    def step(pieces: list[int], curs: list[int]) -> torch.Tensor:
        logits = torch.randn(VOCAB.size, generator=rng)
        for p in prefer or []:
            logits[VOCAB.size - 1 if p == "<eos>" else VOCAB.id(p)] += 100.0
        return logits

    return step


def _decode(n: int, step, constrained: bool = True):
    return constrained_decode(
        step, GRAMMAR, n, lambda pre: current_candidate(pre, VOCAB, n), constrained=constrained
    )


@pytest.mark.parametrize("n", [0, 1, 2, 3, 5, 11, 33])
def test_model_decoding_label_count_equals_candidates(n: int) -> None:
    for seed in range(15):
        out = _decode(n, _fixed_step(seed=seed))
        assert len(out.interpretation.labels) == n
        Interpretation.model_validate_json(out.raw)
        for j, lab in enumerate(out.interpretation.labels):
            assert lab.modifies is None or (0 <= lab.modifies < n and lab.modifies != j)


def test_model_decoding_mask_overrides_a_network_that_prefers_invalid_pieces() -> None:
    # This network wants to close the list at once (0 labels for 2 candidates), then stop.
    step = _fixed_step(prefer=["]}", "<eos>", ',"modifies":7'])
    out = _decode(2, step)
    assert len(out.interpretation.labels) == 2
    assert all(lab.modifies in (None, 0, 1) for lab in out.interpretation.labels)
    # Without the mask the same network's output is not a valid instance for 2 candidates.
    with pytest.raises((ValidationError, ValueError, IndexError)):
        bad = _decode(2, step, constrained=False)
        assert len(bad.interpretation.labels) == 2


def test_model_decoding_mask_blocks_self_and_out_of_range_pointers() -> None:
    step = _fixed_step(prefer=[',"modifies":0', ',"modifies":9'])
    out = _decode(1, step)  # one candidate: it can modify nothing
    assert out.interpretation.labels[0].modifies is None


def test_model_decoding_grammar_built_from_pydantic_schema_per_count() -> None:
    s = schema_for(3)
    assert s["properties"]["labels"]["minItems"] == s["properties"]["labels"]["maxItems"] == 3
    assert set(s["$defs"]["CandidateLabel"]["properties"]) == set(
        Interpretation.model_json_schema()["$defs"]["CandidateLabel"]["properties"]
    )
    assert GRAMMAR.index(3) is GRAMMAR.index(3)  # built once, cached
    assert GRAMMAR.regex(2) != GRAMMAR.regex(3)


def test_model_decoding_every_gold_sequence_is_in_the_grammar() -> None:
    rng = random.Random(0)
    for _ in range(50):
        n = rng.randint(0, 6)
        gold = {
            "intent": rng.choice(["book", "other", "cancel"]),
            "labels": [
                {
                    "kind": rng.choice(["require", "prefer", "exclude"]),
                    "strength": rng.choice(["hard", "soft"]),
                    "retracted": rng.random() < 0.3,
                    "modifies": rng.choice([None] + [k for k in range(n) if k != j]),
                }
                for j in range(n)
            ],
        }
        ids = VOCAB.encode(gold)
        allowed = GRAMMAR.allowed_per_step(n, ids)
        assert all(t in a for t, a in zip(ids, allowed, strict=True))
        assert json.loads(VOCAB.decode(ids)) == gold
