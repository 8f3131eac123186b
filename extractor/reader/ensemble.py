"""Several readers trained alike (same recipe and data, different seeds) scored as one.

Each head's distribution is the members' mean in probability space (log of the mean of
the members' probabilities), so an answer one member is sure of and another doubts
comes out doubted, and the decoding under the grammar is the same as for one reader.

A weights folder holds an ensemble when its `config.json` names `members`: each a
sub-folder with its own `config.json` and `reader.safetensors`; the exported graph
(`reader.onnx`) sits once at the top, since every member has the same network:

    weights/config.json        {"name": ..., "members": ["s1", "s2"], "reads_context": true}
    weights/reader.onnx
    weights/s1/config.json     weights/s1/reader.safetensors
    weights/s2/...
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from slotwise.extractor.interpretation import Candidate
from slotwise.extractor.reader.base import ReaderBase
from slotwise.extractor.reader.decoding import Scores


def members(path: Path) -> list[str] | None:
    """The member folders the weights in `path` name, or None for a single reader."""
    meta = json.loads((path / "config.json").read_text())
    names = meta.get("members")
    if names is None:
        return None
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise ValueError(f"{path / 'config.json'}: 'members' must be a non-empty list of names")
    for n in names:
        if not (path / n / "reader.safetensors").is_file():
            raise ValueError(f"{path / 'config.json'}: member {n!r} has no reader.safetensors")
    return names


def refuse(path: Path, meta: dict[str, Any]) -> None:
    """Raise when `meta` (the config.json in `path`) is an ensemble's, for a loader of
    one reader: it names the members and how to load them."""
    if "members" in meta:
        raise ValueError(
            f"{path} holds an ensemble of readers ({', '.join(meta['members'])}): load it"
            " with slotwise.extractor.reader.load(), or one member by its folder"
        )


class Ensemble(ReaderBase):
    """The mean of `parts`' distributions, head by head (`Interpreter` protocol)."""

    def __init__(self, parts: Sequence[ReaderBase], name: str = "reader") -> None:
        if not parts:
            raise ValueError("an ensemble needs at least one member")
        self.parts = list(parts)
        super().__init__(
            parts[0].featurizer,
            temperature=1.0,  # each member scales its own intent scores
            name=name,
            reads_context=all(p.reads_context for p in parts),
        )

    @classmethod
    def load(cls, path: Path, backend: str = "onnx") -> Ensemble:
        meta: dict[str, Any] = json.loads((path / "config.json").read_text())
        names = members(path) or []
        if backend == "onnx":
            from slotwise.extractor.reader.onnx_reader import OnnxReader

            parts: list[ReaderBase] = [
                OnnxReader.load(path / n, graph=path / "reader.onnx") for n in names
            ]
        else:
            from slotwise.extractor.reader.torch_reader import Reader

            parts = [Reader.load(path / n) for n in names]
        return cls(parts, name=meta.get("name", "reader"))

    def scores(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> Scores:
        each = [p.scores(message, candidates, context) for p in self.parts]
        if len(each) == 1:
            return each[0]
        return Scores(
            intent=_mix([s.intent for s in each]),
            kind=_mix([s.kind for s in each]),
            strength=_mix([s.strength for s in each]),
            retracted=_mix([s.retracted for s in each]),
            choice=_mix([s.choice for s in each]),
            modifies=_mix([s.modifies for s in each]),
        )


def _mix(logps: list[Any]) -> Any:
    """log(mean(exp(x))) elementwise over nested lists of equal shape."""
    first = logps[0]
    if isinstance(first, list):
        return [_mix([lp[i] for lp in logps]) for i in range(len(first))]
    top = max(logps)
    if top == -math.inf:
        return top
    return top + math.log(sum(math.exp(v - top) for v in logps) / len(logps))
