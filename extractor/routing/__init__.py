"""Support routing: a caller's taxonomy learned at registration, messages routed with
calibrated confidence, an ambiguity flag, urgency and evidence spans.

`Router` (router.py) is the entry; `head.py` holds what is learned over sentence
vectors, `encoder.py` the MiniLM encoder (with the pre-tuned adapter of `pretune.py`),
`urgency.py` the urgency model. Names are imported lazily, so that `encoder`, `head`
and `pretune` load without pydantic (the training machine has only torch).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slotwise.extractor.routing.encoder import Encoder, shared_encoder
    from slotwise.extractor.routing.head import Head, HeadConfig, fit_head
    from slotwise.extractor.routing.router import Router, RouterCache, RouterConfig, phrases

_WHERE = {
    "Encoder": "encoder",
    "shared_encoder": "encoder",
    "Head": "head",
    "HeadConfig": "head",
    "fit_head": "head",
    "Router": "router",
    "RouterCache": "router",
    "RouterConfig": "router",
    "phrases": "router",
}

__all__ = [
    "Encoder",
    "Head",
    "HeadConfig",
    "Router",
    "RouterCache",
    "RouterConfig",
    "fit_head",
    "phrases",
    "shared_encoder",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
