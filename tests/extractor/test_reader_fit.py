"""The reader's loop on prepared data: what travels to a GPU machine comes back the same."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.reader.data import request_for
from slotwise.extractor.reader.fit import (
    FitPaused,
    load_base_subset,
    load_items,
    save_items,
    train_loop,
    write_base_subset,
)
from slotwise.extractor.reader.network import ReaderConfig, ReaderNet
from slotwise.extractor.reader.torch_reader import Featurizer

CAL = {
    "now": "2026-11-23T09:00:00-05:00",
    "timezone": "America/New_York",
    "duration_minutes": 30,
    "resources": [],
}
MESSAGES = [
    ("thursday maybe? not friday", "book"),
    ("can you do tues after 3, or wed morning if not", "book"),
    ("how much is a cleaning", "other"),
    ("cancel my monday 10am please", "cancel"),
]


def _items() -> list[dict]:
    feat = Featurizer()
    out = []
    for message, intent in MESSAGES:
        cands, _, _ = find_candidates(request_for(CAL, message))
        x = feat.one(message, cands)
        x["intent"] = ["book", "reschedule", "cancel", "availability", "other"].index(intent)
        x["labelled"] = intent == "book"
        x["y"] = [[k % 4, k % 2, 0, 0, len(cands)] for k in range(len(cands))]
        out.append(x)
    return out


def test_reader_fit_items_survive_the_compact_file(tmp_path) -> None:
    items = _items()
    assert any(len(x["types"]) >= 2 for x in items)
    save_items(tmp_path / "items.npz", {"train": items, "dev": items[:1]})
    back = load_items(tmp_path / "items.npz")
    assert len(back["train"]) == 4 and len(back["dev"]) == 1
    for a, b in zip(items, back["train"], strict=True):
        for key in ("ids", "types", "y", "intent", "labelled"):
            assert a[key] == b[key], key
        assert np.array_equal(np.asarray(a["spans"]), np.asarray(b["spans"]))
        assert np.allclose(np.asarray(a["facts"]), np.asarray(b["facts"]))


def test_reader_fit_base_subset_reads_the_used_ids_as_the_base_does(tmp_path) -> None:
    items = _items()
    used = {i for x in items for i in x["ids"]}
    write_base_subset(tmp_path / "base.safetensors", used)
    full, cut = ReaderNet(ReaderConfig()).eval(), ReaderNet(ReaderConfig()).eval()
    full.encoder.load_base()
    load_base_subset(cut, tmp_path / "base.safetensors")
    x = Featurizer.batch(items)
    with torch.inference_mode():
        a = full.encoder(x["ids"], x["mask"])
        b = cut.encoder(x["ids"], x["mask"])
    assert torch.allclose(a, b, atol=2e-2)  # fp16 weights: close, not equal
    unused = next(i for i in range(1000, 30000) if i not in used)
    assert float(cut.encoder.word.weight[unused].abs().sum()) == 0.0


def test_reader_fit_loop_returns_what_ships(tmp_path) -> None:
    items = _items()
    cfg = ReaderConfig(tuned=1)
    state, ev, history = train_loop(
        items, items, cfg, epochs=1, batch=2, lr=1e-4, head_lr=1e-3, seed=1
    )
    assert set(state) == set(ReaderNet(cfg).trainable_state())
    assert len(history) == 1 and 0.0 <= ev["intent_acc"] <= 1.0
    assert ev["logits"].shape == (4, 5)


def _loop(items: list[dict], **kw):
    return train_loop(
        items, items, ReaderConfig(tuned=1), epochs=2, batch=1, lr=1e-4, head_lr=1e-3, **kw
    )


def test_reader_fit_paused_and_resumed_gives_the_unbroken_runs_model(tmp_path) -> None:
    items = _items()
    whole, _, whole_history = _loop(items, seed=3)
    ck = tmp_path / "checkpoint.pt"
    # paused mid-epoch, then again just before the second epoch's last batch
    for stop in (3, 3):
        with pytest.raises(FitPaused):
            _loop(items, seed=3, checkpoint=ck, stop_after=stop)
    # the rest, saving before every batch on the way
    state, _, history = _loop(items, seed=3, checkpoint=ck, every_s=0.0)
    assert set(state) == set(whole)
    for k in whole:
        assert torch.equal(state[k], whole[k]), k
    strip = [{k: v for k, v in r.items() if k != "loop_minutes"} for r in history]
    assert strip == [{k: v for k, v in r.items() if k != "loop_minutes"} for r in whole_history]
    assert len(history) == 2
    # a finished run's checkpoint gives the same model again without training
    again, _, _ = _loop(items, seed=3, checkpoint=ck, stop_after=0)
    assert all(torch.equal(again[k], whole[k]) for k in whole)


def test_reader_fit_refuses_another_runs_checkpoint(tmp_path) -> None:
    items = _items()
    ck = tmp_path / "checkpoint.pt"
    with pytest.raises(FitPaused):
        _loop(items, seed=3, checkpoint=ck, stop_after=2)
    with pytest.raises(ValueError, match="another run"):
        _loop(items, seed=4, checkpoint=ck)


def test_reader_fit_bf16_steps_learn_in_float32_and_differ_from_float32_steps(tmp_path) -> None:
    items = _items()
    plain, _, _ = _loop(items, seed=3)
    half, ev, history = _loop(items, seed=3, bf16=True)
    assert set(half) == set(plain) and len(history) == 2
    assert all(v.dtype == torch.float32 for v in half.values())  # what ships is float32
    # the steps ran in bfloat16: the weights moved, and not exactly as float32 moves them
    assert any(not torch.equal(half[k], plain[k]) for k in plain)
    assert all(torch.allclose(half[k], plain[k], atol=5e-2) for k in plain)
    assert 0.0 <= ev["intent_acc"] <= 1.0


def test_reader_fit_bf16_checkpoint_is_another_run(tmp_path) -> None:
    items = _items()
    ck = tmp_path / "checkpoint.pt"
    with pytest.raises(FitPaused):
        _loop(items, seed=3, checkpoint=ck, stop_after=2, bf16=True)
    with pytest.raises(ValueError, match="another run"):
        _loop(items, seed=3, checkpoint=ck)


def test_reader_train_takes_the_network_from_the_prepared_folder(tmp_path) -> None:
    import json

    from slotwise.extractor.reader.network import ReaderConfig
    from slotwise.extractor.reader.train import net_config

    net = {**ReaderConfig().to_dict(), "tuned": 4}
    (tmp_path / "prepared.json").write_text(json.dumps({"net": net, "loop": {}}))
    # a loop that ran elsewhere trained 4 layers: the shipped config must say 4, not the default
    assert net_config(3, tmp_path).tuned == 4
    assert net_config(2).tuned == 2
