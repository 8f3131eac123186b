"""A session's state before a turn, in words: the reader's second segment.

A turn read alone cannot say whether "the first one please" books or moves a slot, or
whether "actually not Tuesday" takes back a day asked for earlier. The reader (trained
on conversation turns with this text beside them, `reader.conv_data`) reads the turn
with what the session holds: the goal so far, the slot booked or the options shown,
the wishes in force, and the customer's previous turn. The same function writes it in
training (the writers' conversations replayed) and in service, so the two agree.

    goal book. booked Thursday 14 January 10:30am. holds Tuesday; after 5. before: can i do tuesday after 5?
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from slotwise.conversation import Held
from slotwise.solvers.words import clock_said

# at most this many words of the previous turn, and this many wishes (the latest)
LAST_TURN_WORDS = 24
MAX_HOLDS = 6


def _slot(start: str, tz: ZoneInfo) -> str:
    t = datetime.fromisoformat(start).astimezone(tz)
    return f"{t:%A} {t.day} {t:%B} {clock_said(t)}"


def reader_state(
    state: dict[str, Any], held: list[Held], turns: list[dict[str, Any]], timezone: str
) -> str | None:
    """The words for the reader; None before the first turn (a message read alone)."""
    if not turns:
        return None
    tz = ZoneInfo(timezone)
    parts = []
    if state.get("goal"):
        parts.append(f"goal {state['goal']}.")
    if state.get("booked") and state.get("booked_start"):
        parts.append(f"booked {_slot(str(state['booked_start']), tz)}.")
    elif state.get("shown"):
        shown = state["shown"]
        first = shown[0].get("start")
        where = f" from {_slot(str(first), tz)}" if first else ""
        parts.append(f"shown {len(shown)} options{where}.")
    texts = [h.constraint.text for h in held if h.constraint.text][-MAX_HOLDS:]
    if texts:
        parts.append("holds " + "; ".join(texts) + ".")
    words = str(turns[-1].get("message", "")).split()
    if words:
        cut = " ".join(words[:LAST_TURN_WORDS]) + (" ..." if len(words) > LAST_TURN_WORDS else "")
        parts.append(f"before: {cut}")
    return " ".join(parts) or None
