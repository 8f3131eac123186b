"""Support routing: a caller's taxonomy learned at registration, messages routed with
calibrated confidence, an ambiguity flag, urgency and evidence spans.

`Router` (router.py) is the entry; `head.py` holds what is learned over sentence
vectors, `encoder.py` the frozen MiniLM encoder, `urgency.py` the urgency model.
"""

from slotwise.extractor.routing.encoder import Encoder, shared_encoder
from slotwise.extractor.routing.head import Head, HeadConfig, fit_head
from slotwise.extractor.routing.router import Router, RouterCache, RouterConfig, phrases

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
