"""Support routing: taxonomy validation, the learned router, calibration pieces."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from slotwise.extractor.routing import Router, fit_head, phrases
from slotwise.extractor.routing.head import HeadConfig, fit_temperature
from slotwise.schemas import RequestError, Taxonomy

from slotwise import Engine

SUPPORT = Path(__file__).parents[2] / "samples" / "support"


def small() -> dict[str, Any]:
    return {
        "categories": [
            {
                "id": "billing_dispute",
                "description": "A charge the customer says is wrong.",
                "examples": ["I was charged twice", "There is a charge I don't recognise"],
            },
            {
                "id": "technical_issue",
                "description": "Something in the product does not work.",
                "examples": ["The app crashes on start", "I get an error when saving"],
            },
            {
                "id": "out_of_scope",
                "description": "Anything that is not about our product.",
                "examples": ["Are you hiring?", "What's the weather tomorrow?"],
            },
        ],
        "urgency": ["low", "normal", "high"],
    }


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(interpreter="rules")


@pytest.fixture(scope="module")
def support_router(engine: Engine) -> Router:
    return engine.router(json.loads((SUPPORT / "taxonomy.json").read_text()))


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        (
            lambda t: t["categories"][1].update(examples=[]),
            "empty_examples",
            "categories[1].examples",
        ),
        (lambda t: t["categories"][1].pop("examples"), "empty_examples", "categories[1].examples"),
        (
            lambda t: t["categories"][0].update(description=" "),
            "empty_description",
            "categories[0].description",
        ),
        (
            lambda t: t["categories"][0].pop("description"),
            "empty_description",
            "categories[0].description",
        ),
        (
            lambda t: t["categories"][1].update(id="billing_dispute"),
            "duplicate_id",
            "categories[1].id",
        ),
        (lambda t: t.update(urgency=[]), "empty_urgency", "urgency"),
        (lambda t: t.update(urgency=["low", "low"]), "duplicate_id", "urgency[1].level"),
        (
            lambda t: t["categories"][0].update(colour="red"),
            "unknown_field",
            "categories[0].colour",
        ),
    ],
)
def test_routing_bad_taxonomy_is_a_coded_error_naming_the_field(
    change: Any, code: str, field: str
) -> None:
    taxonomy = small()
    change(taxonomy)
    with pytest.raises(RequestError) as info:
        Engine.parse_taxonomy(taxonomy)
    assert (info.value.code, info.value.field) == (code, field)


def test_routing_taxonomy_defaults_and_fingerprint() -> None:
    t = small()
    t.pop("urgency")
    tax = Taxonomy.model_validate(t)
    assert [u.level for u in tax.urgency] == ["low", "normal", "high", "urgent"]
    assert tax.fingerprint() == Taxonomy.model_validate(t).fingerprint()
    t["categories"][0]["examples"].append("Wrong amount on my invoice")
    assert tax.fingerprint() != Taxonomy.model_validate(t).fingerprint()
    # out_of_scope alone may come without examples
    t["categories"][2].pop("examples")
    Taxonomy.model_validate(t)


def test_routing_result_follows_the_contract(support_router: Router) -> None:
    text = "You charged my card twice this month. Fix it."
    out = support_router.route(text)
    body = out.model_dump(mode="json")
    assert body["category"] == body["ranking"][0]
    assert out.category.id == "billing_dispute"
    assert {r.id for r in out.ranking} == set(support_router.ids)
    assert sum(r.confidence for r in out.ranking) == pytest.approx(1.0, abs=1e-3)
    assert out.urgency.level in {"low", "normal", "high", "urgent"}
    assert out.interpretation
    for ev in out.interpretation:
        assert text[ev.span[0] : ev.span[1]] == ev.text
        assert ev.supports in support_router.ids


def test_routing_ambiguous_names_evidence_for_both_readings(support_router: Router) -> None:
    out = support_router.route("I got billed twice this month, can you refund the extra charge?")
    assert out.ambiguous
    assert {e.supports for e in out.interpretation} == {out.category.id, out.runner_up}


def test_routing_clear_message_is_not_ambiguous(support_router: Router) -> None:
    out = support_router.route("My two-factor code is rejected every time and I can't log in")
    assert out.category.id == "account_access"
    assert not out.ambiguous


def test_routing_unrelated_message_goes_out_of_scope(support_router: Router) -> None:
    out = support_router.route("Congratulations, you won a cruise! Click here to claim it")
    assert out.category.id == "out_of_scope"
    assert out.out_of_scope
    assert not out.ambiguous


def test_routing_router_is_cached_by_fingerprint(engine: Engine) -> None:
    a = engine.router(small())
    assert engine.router(Taxonomy.model_validate(small())) is a


def test_routing_phrases_are_clauses_and_windows() -> None:
    text = "I was billed twice, and the app crashes."
    found = phrases(text)
    clauses = [text[a:b] for a, b, c in found if c]
    assert "I was billed twice" in clauses
    assert "and the app crashes" in clauses
    assert all(0 <= a < b <= len(text) for a, b, _ in found)


def test_routing_temperature_fits_overconfident_logits() -> None:
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 3, size=400)
    logits = rng.normal(size=(400, 3))
    logits[np.arange(400), labels] += 1.0
    t = fit_temperature(logits * 10, labels)  # ten times too sharp
    assert 5 < t < 20


def test_routing_head_learns_separable_classes() -> None:
    rng = np.random.default_rng(1)
    centres = np.eye(4, 16, dtype=np.float32)
    y = np.repeat(np.arange(4), 6)
    x = centres[y] + rng.normal(0, 0.1, size=(24, 16)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    head = fit_head(x, y, 4, HeadConfig())
    assert (head.proba(x).argmax(1) == y).all()
    assert np.allclose(head.proba(x).sum(1), 1.0)


@pytest.mark.parametrize("layers", [2, 3])
def test_routing_encoder_pools_the_last_layers_in_one_pass(layers: int) -> None:
    from slotwise.extractor.routing import shared_encoder

    enc = shared_encoder()
    texts = ["I was charged twice", "The app crashes on start, please help"]
    one = enc.encode(texts)
    many = enc.encode(texts, layers=layers)
    assert many.shape == (2, enc.dim * layers)
    # block 0 is the plain sentence vector; every block has unit length
    assert np.allclose(many[:, : enc.dim], one, atol=1e-5)
    blocks = many.reshape(2, layers, enc.dim)
    assert np.allclose(np.linalg.norm(blocks, axis=2), 1.0, atol=1e-5)
    # the earlier layers are not copies of the last
    assert (np.abs(blocks[:, 1] - blocks[:, 0]).max(axis=1) > 0.05).all()
    vector, states, offsets = enc.states(texts[1], layers=layers)
    assert np.allclose(vector, many[1], atol=1e-5)
    assert states.shape == (len(offsets), enc.dim * layers)


def test_routing_router_reads_the_configured_layers() -> None:
    from slotwise.extractor.routing import RouterConfig, shared_encoder

    tax = Taxonomy.model_validate(small())
    router = Router(tax, config=RouterConfig(layers=3))
    assert router.head.w.shape == (len(router.ids), 3 * router.dim)
    # the gate and the evidence keep the last layer's vectors
    assert router.example_vectors.shape[1] == router.dim
    one = shared_encoder().encode(["I was charged twice"])
    with pytest.raises(ValueError, match="3 layers"):
        router.probabilities(one)
    out = router.route("You charged my card twice this month")
    assert out.category.id == "billing_dispute"
    assert all(e.supports in router.ids for e in out.interpretation)


def test_routing_one_layer_router_still_routes() -> None:
    from slotwise.extractor.routing import RouterConfig

    router = Router(Taxonomy.model_validate(small()), config=RouterConfig(layers=1))
    assert router.head.w.shape[1] == router.dim
    assert router.route("The app crashes when I open it").category.id == "technical_issue"
