"""The reader's weight file: int8 packing round-trips within a row's step; fp16 reads as is."""

from __future__ import annotations

import numpy as np
from slotwise.extractor.reader.packing import SCALE, pack, unpack


def test_reader_packing_int8_round_trip_is_within_half_a_step() -> None:
    rng = np.random.default_rng(0)
    state = {"w": rng.normal(size=(64, 128)).astype(np.float32), "b": np.ones(64, np.float32)}
    stored = pack(state)
    assert stored["w"].dtype == np.int8 and ("w" + SCALE) in stored
    assert stored["b"].dtype == np.float16  # small or 1-D: fp16
    back = unpack(stored)
    step = np.abs(state["w"]).max(axis=1, keepdims=True) / 127.0
    assert np.all(np.abs(back["w"] - state["w"]) <= step * 0.51 + 1e-3)


def test_reader_packing_plain_fp16_file_reads_as_float32() -> None:
    back = unpack({"w": np.ones((2, 2), np.float16)})
    assert back["w"].dtype == np.float32 and np.all(back["w"] == 1.0)
