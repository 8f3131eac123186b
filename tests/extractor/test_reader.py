"""Reader v2: offline load, valid output under the grammar, the mask's role, confidences."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from slotwise.extractor.interpretation import Interpretation
from slotwise.extractor.reader import WEIGHTS_DIR, load
from slotwise.extractor.reader.base import ReaderBase
from slotwise.extractor.reader.decoding import EOS, PIECES, Grammar, Scores, decode, schema_for

from tests.extractor.helpers import MESSAGES
from tests.extractor.helpers import cands as _cands

needs_weights = pytest.mark.skipif(
    not (WEIGHTS_DIR / "config.json").exists(), reason="no packaged reader weights"
)


def _uniform(n: int) -> Scores:
    return Scores(
        intent=[-1.6] * 5,
        kind=[[-1.4] * 4 for _ in range(n)],
        strength=[[[-0.7] * 2 for _ in range(4)] for _ in range(n)],
        retracted=[[-0.7] * 2 for _ in range(n)],
        choice=[[-1.1] * 3 for _ in range(n)],
        modifies=[[0.0] * (n + 1) for _ in range(n)],  # self scores as high as anything
    )


@pytest.mark.parametrize("n", [0, 1, 2, 5, 12])
def test_reader_decoding_grammar_gives_exactly_n_labels_never_self_pointing(n) -> None:
    out = decode(Grammar(), n, _uniform(n))
    assert len(out.interpretation.labels) == n
    assert all(lab.modifies != i for i, lab in enumerate(out.interpretation.labels))
    assert Interpretation.model_validate_json(out.raw) == out.interpretation


def test_reader_decoding_without_the_mask_does_not_parse() -> None:
    # structure pieces score 0, above any log-probability: only the grammar orders them
    with pytest.raises(ValidationError):
        decode(Grammar(), 2, _uniform(2), constrained=False)


def test_reader_decoding_schema_requires_every_field() -> None:
    schema = schema_for(3)
    assert schema["$defs"]["CandidateLabel"]["required"] == [
        "kind",
        "strength",
        "retracted",
        "modifies",
        "choice",
    ]
    assert len(PIECES) == EOS


@pytest.fixture(scope="module")
def reader() -> ReaderBase:
    return load("torch")


@needs_weights
@pytest.mark.parametrize(("message", "items"), MESSAGES)
def test_reader_output_is_valid_for_the_candidates(reader, message, items) -> None:
    cs = _cands(message, items)
    out = reader.interpret(message, cs)
    assert len(out.interpretation.labels) == len(cs)
    assert Interpretation.model_validate_json(out.detail["raw"]) == out.interpretation
    assert 0.0 <= out.intent_confidence <= 1.0
    assert abs(sum(out.detail["intent_probs"].values()) - 1.0) < 0.01


@needs_weights
def test_reader_is_deterministic(reader) -> None:
    message, items = MESSAGES[0]
    a = reader.interpret(message, _cands(message, items))
    b = reader.interpret(message, _cands(message, items))
    assert a.detail["raw"] == b.detail["raw"]


@needs_weights
def test_reader_without_the_mask_fails_on_real_scores(reader) -> None:
    message, items = MESSAGES[0]
    with pytest.raises(ValidationError):
        reader.interpret(message, _cands(message, items), constrained=False)


def test_reader_features_context_is_a_second_segment_candidates_point_at_the_message() -> None:
    from slotwise.extractor.reader.features import Featurizer

    feat = Featurizer()
    msg = "not tuesday, wednesday works"
    cs = _cands(msg, [("time", "tuesday"), ("time", "wednesday")])
    alone = feat.one(msg, cs)
    paired = feat.one(msg, cs, "goal book. holds tuesday. before: tuesday at 3?")
    k = len(alone["ids"])
    assert paired["ids"][:k] == alone["ids"]  # the message's tokens and its [SEP] first
    assert len(paired["ids"]) > k
    for row_a, row_p in zip(alone["spans"], paired["spans"], strict=True):
        assert row_p[:k] == row_a and not any(row_p[k:])  # never the context's "tuesday"
    assert feat.one(msg, cs, None) == alone
