"""The one split of the blind sets (`benchmarks/data/blind_v2`): dev half and test half.

Fixed once, by the parity of the SHA-256 of the message: even -> "dev" (read, tuned
on: checkpoint choice and the temperature), odd -> "test" (only ever scored, in
`benchmarks/reader_eval.py`). Tests never read either half.
"""

from __future__ import annotations

import hashlib


def split(message: str) -> str:
    return "dev" if int(hashlib.sha256(message.encode()).hexdigest(), 16) % 2 == 0 else "test"
