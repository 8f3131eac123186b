"""Reader v2 on onnxruntime: the same decisions as torch, a graph without weights,
and an engine that answers without importing torch."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.model.data.writers.files import WRITERS, text
from slotwise.extractor.reader import WEIGHTS_DIR, load
from slotwise.extractor.reader.onnx_reader import GRAPH, available
from slotwise.schemas import ScheduleRequest

BASE = {
    "now": "2026-11-23T09:00:00-05:00",
    "timezone": "America/New_York",
    "resources": [{"id": "dr-smith", "name": "Dr. Smith"}, {"id": "dr-patel", "name": "Dr. Patel"}],
}

pytestmark = pytest.mark.skipif(not available(), reason="onnxruntime is not installed")


def test_reader_onnx_graph_ships_without_weights() -> None:
    assert (WEIGHTS_DIR / GRAPH).stat().st_size < 1_000_000  # the weights are 98 MB


@pytest.mark.slow
def test_reader_onnx_decides_as_torch_does() -> None:
    fast, ref = load("onnx"), load("torch")
    lines = text(WRITERS / "w02.jsonl.gz").splitlines()[:60]
    for line in lines:  # messages of every length, 0 to many candidates
        message = json.loads(line)["message"]
        request = ScheduleRequest.model_validate({**BASE, "message": message})
        candidates, _, _ = find_candidates(request)
        a, b = fast.interpret(message, candidates), ref.interpret(message, candidates)
        assert a.interpretation == b.interpretation, message
        assert abs(a.intent_confidence - b.intent_confidence) <= 2e-4
        for p, q in zip(a.label_confidence, b.label_confidence, strict=True):
            assert abs(p - q) <= 2e-4


def test_reader_onnx_engine_answers_without_torch() -> None:
    code = (
        "import sys, json; from slotwise import Engine; "
        "r = Engine().schedule({'message': 'Thursday afternoon with Dr. Smith please', "
        f"**json.loads({json.dumps(json.dumps(BASE))})}}); "
        "assert r.intent.name == 'book', r.intent; "
        "assert 'torch' not in sys.modules, 'torch was imported'; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
