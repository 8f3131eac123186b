"""Slotwise: turns what people write into bookings.

The public surface is small: ``Engine`` and the contract's schemas. Everything else
lives in ``slotwise.extractor`` (reading), ``slotwise.solvers`` (deciding) and
``slotwise.schemas`` (the contract).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Engine",
    "ScheduleRequest",
    "ScheduleResult",
    "SlotwiseError",
    "__version__",
]

if TYPE_CHECKING:
    from slotwise.engine import Engine
    from slotwise.schemas import ScheduleRequest, ScheduleResult, SlotwiseError


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import slotwise.schemas` does not pull in OR-Tools.
    if name == "Engine":
        from slotwise.engine import Engine

        return Engine
    if name in {"ScheduleRequest", "ScheduleResult", "SlotwiseError"}:
        from slotwise import schemas

        return getattr(schemas, name)
    raise AttributeError(f"module 'slotwise' has no attribute {name!r}")
