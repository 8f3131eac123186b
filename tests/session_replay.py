"""Turns of a conversation, with their writers' span labels, through a real session."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from typing import Any

TZ = "-06:00"


def replayed(
    turns: list[tuple[str, str, list[dict[str, Any]]]], days: int = 12, close: int = 17
) -> list[dict[str, Any]]:
    """Turns (message, intent, span labels) through a session under those labels, against
    Dr. Ames, open 08:00 to `close` every day for `days` days from Monday 2027-01-18."""
    from slotwise.extractor.reader.conv_data import replay

    from slotwise.engine import Engine

    dates = [(date(2027, 1, 18) + timedelta(days=d)).isoformat() for d in range(days)]
    cal = {
        "now": f"2027-01-18T08:00:00{TZ}",
        "timezone": "America/Chicago",
        "duration_minutes": 30,
        "resources": [
            {
                "id": "dr-ames",
                "name": "Dr. Ames",
                "open": [
                    {"start": f"{d}T08:00:00{TZ}", "end": f"{d}T{close}:00:00{TZ}"} for d in dates
                ],
            }
        ],
    }
    conversation = {
        "id": "t-001",
        "turns": [
            {
                "message": m,
                "minutes_later": 1,
                "spans": spans,
                "expect": {"intent": intent, "goal_shift": False, "outcome": "none"},
            }
            for m, intent, spans in turns
        ],
    }
    engine = Engine("rules", store=f"sqlite:///{tempfile.mkdtemp()}/t.db")
    return [result for _, result, _ in replay(conversation, cal, engine)]
