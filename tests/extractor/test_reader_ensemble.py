"""Several readers as one: the mean of their distributions, loaded from one folder."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from slotwise.extractor import reader as reader_pkg
from slotwise.extractor.reader.decoding import Scores
from slotwise.extractor.reader.ensemble import Ensemble, _mix, members
from slotwise.extractor.reader.onnx_reader import GRAPH, available

from tests.extractor.helpers import MESSAGES
from tests.extractor.helpers import cands as _cands

MEMBERS = reader_pkg.WEIGHTS_DIR
SINGLE = next(
    (p for p in [MEMBERS, *sorted(MEMBERS.iterdir())] if (p / "reader.safetensors").is_file()),
    None,
)
needs_onnx = pytest.mark.skipif(
    SINGLE is None or not available(), reason="no packaged reader weights or no onnxruntime"
)


def _folder(tmp_path: Path, names: list[str]) -> Path:
    """An ensemble folder whose members are all the one packaged reader."""
    assert SINGLE is not None
    for n in names:
        (tmp_path / n).mkdir()
        for f in ("config.json", "reader.safetensors"):
            (tmp_path / n / f).symlink_to(SINGLE / f)
    (tmp_path / GRAPH).symlink_to(MEMBERS / GRAPH)
    meta = {"name": "ens", "members": names, "reads_context": True}
    (tmp_path / "config.json").write_text(json.dumps(meta))
    return tmp_path


def test_reader_ensemble_mix_is_the_log_of_the_mean_probability() -> None:
    a, b = [math.log(0.9), math.log(0.1)], [math.log(0.5), math.log(0.5)]
    mixed = _mix([a, b])
    assert [round(math.exp(v), 6) for v in mixed] == [0.7, 0.3]
    same = _mix([[[math.log(0.25)] * 4], [[math.log(0.25)] * 4]])
    assert [round(math.exp(v), 6) for v in same[0]] == [0.25] * 4
    assert _mix([[-math.inf], [-math.inf]]) == [-math.inf]


@pytest.mark.parametrize(
    ("meta", "problem"),
    [
        ({"members": []}, "non-empty list"),
        ({"members": "a"}, "non-empty list"),
        ({"members": ["absent"]}, "member 'absent' has no reader.safetensors"),
    ],
)
def test_reader_ensemble_folder_errors_name_the_problem(tmp_path, meta, problem) -> None:
    (tmp_path / "config.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match=problem):
        members(tmp_path)


def test_reader_ensemble_single_reader_folder_names_no_members(tmp_path) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"net": {}}))
    assert members(tmp_path) is None


@needs_onnx
def test_reader_ensemble_of_copies_decides_as_its_member(tmp_path) -> None:
    from slotwise.extractor.reader.onnx_reader import OnnxReader

    folder = _folder(tmp_path, ["one", "two"])
    ens = reader_pkg.load(path=folder)
    assert isinstance(ens, Ensemble) and len(ens.parts) == 2
    one = OnnxReader.load(SINGLE, graph=MEMBERS / GRAPH)
    for message, items in MESSAGES[:8]:
        cs = _cands(message, items)
        a, b = ens.interpret(message, cs), one.interpret(message, cs)
        assert a.interpretation == b.interpretation, message
        assert abs(a.intent_confidence - b.intent_confidence) <= 1e-6


@needs_onnx
def test_reader_ensemble_sits_between_its_members(tmp_path) -> None:
    folder = _folder(tmp_path, ["one", "two"])
    ens = reader_pkg.load(path=folder)
    assert isinstance(ens, Ensemble)

    class Sure(type(ens.parts[0])):  # type: ignore[misc]
        """The member with its intent made certain of 'other'."""

        def scores(self, message, candidates, context=None) -> Scores:
            s = super().scores(message, candidates, context)
            s.intent = [-1e9, -1e9, -1e9, -1e9, 0.0]
            return s

    ens.parts[1].__class__ = Sure
    message, items = MESSAGES[0]
    cs = _cands(message, items)
    mixed = ens.scores(message, cs)
    alone = ens.parts[0].scores(message, cs)
    for i, v in enumerate(mixed.intent):
        p, q = math.exp(alone.intent[i]), (1.0 if i == 4 else 0.0)
        assert math.exp(v) == pytest.approx((p + q) / 2, abs=1e-9)
