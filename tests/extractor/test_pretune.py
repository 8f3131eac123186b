"""The router's pre-tuning tool: a LoRA adapter merged into the weights answers exactly
as the adapter beside them, and the encoder side imports without pydantic (the training
machine has only torch)."""

from __future__ import annotations

import subprocess
import sys

import torch
from slotwise.extractor.reader.network import MiniLM, ReaderConfig
from slotwise.extractor.routing.pretune import (
    LINEARS,
    _sgd_label,
    adapter_state,
    add_lora,
    merge_adapter,
)


def _tiny() -> MiniLM:
    torch.manual_seed(0)
    return MiniLM(ReaderConfig(hidden=48, heads=4, ff=96, vocab=50, layers=2, dropout=0.0))


def test_merged_adapter_equals_the_adapter_beside_the_weights() -> None:
    ids = torch.randint(0, 50, (3, 7))
    mask = torch.ones_like(ids)
    lora_net = _tiny()
    add_lora(lora_net, rank=4, alpha=8.0, dropout=0.0)
    with torch.no_grad():  # a trained adapter: B no longer zero
        for layer in lora_net.layers:
            for name in LINEARS:
                getattr(layer, name).b.normal_(0, 0.05)
    lora_net.eval()
    want = lora_net(ids, mask)
    plain = _tiny()
    plain.eval()
    before = plain(ids, mask)
    merge_adapter(plain, {k: v.numpy() for k, v in adapter_state(lora_net).items()})
    got = plain(ids, mask)
    assert not torch.allclose(before, want, atol=1e-3)  # the adapter changes the answer
    assert torch.allclose(got, want, atol=1e-5)


def test_lora_starts_at_the_base_and_trains_only_the_adapter() -> None:
    ids = torch.randint(0, 50, (2, 5))
    mask = torch.ones_like(ids)
    base = _tiny().eval()
    net = _tiny()
    params = add_lora(net, rank=2, alpha=4.0, dropout=0.0)
    net.eval()
    assert torch.allclose(base(ids, mask), net(ids, mask), atol=1e-6)
    trainable = [p for p in net.parameters() if p.requires_grad]
    assert len(trainable) == len(params) == 2 * len(LINEARS) * 2


def test_sgd_turns_are_labelled_by_their_first_act() -> None:
    turn = {
        "user_actions": [{"act": "INFORM_INTENT", "slot": "intent", "values": ["BookAppointment"]}]
    }
    assert _sgd_label(turn) == "INFORM_INTENT:BookAppointment"
    assert _sgd_label({"user_actions": [{"act": "REQUEST", "slot": "address", "values": []}]}) == (
        "REQUEST:address"
    )
    assert _sgd_label({"user_actions": [{"act": "THANK_YOU", "values": []}]}) == "THANK_YOU"
    assert _sgd_label({"user_actions": []}) is None


def test_encoder_side_imports_without_pydantic() -> None:
    code = (
        "import sys\n"
        "import slotwise.extractor.routing.pretune, slotwise.extractor.routing.head\n"
        "import slotwise.extractor.reader.network\n"
        "assert 'pydantic' not in sys.modules, sorted(m for m in sys.modules if 'pydantic' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
