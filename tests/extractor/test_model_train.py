"""`python -m slotwise.extractor.train --quick` runs end to end and its output loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from slotwise.extractor.interpretation import Candidate
from slotwise.extractor.model import IntentModel
from slotwise.extractor.model.data import generator, sources
from slotwise.extractor.model.decoding import Grammar
from slotwise.extractor.model.tokenizer import OutputVocab


def test_model_generator_is_reproducible_and_spans_are_exact() -> None:
    a = generator.generate(200, seed=5)
    assert a == generator.generate(200, seed=5)
    for ex in a:
        assert len(ex["labels"]) == len(ex["candidates"])
        for c in ex["candidates"]:
            assert ex["message"][c["span"][0] : c["span"][1]] == c["text"]
    assert not any(ex["heldout_family"] for ex in a)
    held = generator.generate(50, seed=5, heldout=True)
    assert all(ex["heldout_family"] for ex in held)


HANDWRITTEN_TEST = (
    Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "handwritten_test.jsonl"
)


@pytest.mark.parametrize("which", ["dev", "test"])
def test_model_handwritten_sets_are_consistent(which: str) -> None:
    """Spans are exact and every gold answer is a string of the decoding grammar (a label
    the grammar cannot produce, such as `modifies` pointing at itself, is a typo)."""
    from slotwise.extractor.model.data import handwritten

    rows = handwritten.load(None if which == "dev" else HANDWRITTEN_TEST)
    assert len(rows) >= 150
    vocab = OutputVocab.default()
    grammar = Grammar(vocab)
    for r in rows:
        for c in r["candidates"]:
            assert r["message"][c["span"][0] : c["span"][1]] == c["text"]
        ids = vocab.encode({"intent": r["intent"], "labels": r["labels"]})
        grammar.allowed_per_step(len(r["candidates"]), ids)  # raises off the grammar


@pytest.mark.slow
def test_model_train_quick_end_to_end(tmp_path) -> None:
    try:
        sources.datasets_root()
    except FileNotFoundError:
        pytest.skip("shared datasets not available")
    from slotwise.extractor.train import main

    assert main(["--quick", "--epochs", "1", "--out", str(tmp_path), "--no-progress"]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["seed"] == 13 and all(len(s["sha256"]) == 64 for s in manifest["sources"])
    model = IntentModel.load(tmp_path)
    out = model.interpret("book me thursday", [Candidate(0, "time", "thursday", (8, 16), "t")])
    assert len(out.interpretation.labels) == 1
