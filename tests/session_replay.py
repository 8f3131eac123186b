"""Turns of a conversation, with their writers' span labels, through a real session; and
the pieces the session tests build turns and held constraints from (`span_label`, `turn`,
`constraint`)."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from typing import Any

from slotwise.schemas import Constraint, Span

TZ = "-06:00"


def replayed(
    turns: list[tuple[str, str, list[dict[str, Any]]]],
    days: int = 12,
    close: int = 17,
    resources: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Turns (message, intent, span labels) through a session under those labels, against
    `resources` or else Dr. Ames, open 08:00 to `close` every day for `days` days from
    Monday 2027-01-18."""
    from slotwise.extractor.reader.conv_data import replay

    from slotwise.engine import Engine

    dates = [(date(2027, 1, 18) + timedelta(days=d)).isoformat() for d in range(days)]
    cal = {
        "now": f"2027-01-18T08:00:00{TZ}",
        "timezone": "America/Chicago",
        "duration_minutes": 30,
        "resources": resources
        or [
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


def open_hours(rid: str, name: str, opens: str = "08:00", days: int = 12) -> dict[str, Any]:
    """A resource open from `opens` to 17:00 every day for `days` days from Monday
    2027-01-18 (the calendar `replayed` uses by default)."""
    dates = [(date(2027, 1, 18) + timedelta(days=d)).isoformat() for d in range(days)]
    hours = [{"start": f"{d}T{opens}:00{TZ}", "end": f"{d}T17:00:00{TZ}"} for d in dates]
    return {"id": rid, "name": name, "open": hours}


def span_label(
    text: str, kind: str = "require", strength: str = "hard", **kw: Any
) -> dict[str, Any]:
    """A writer's span label, a time unless `type` says otherwise."""
    return {"text": text, "type": kw.pop("type", "time"), "kind": kind, "strength": strength, **kw}


def turn(message: str, intent: str, spans: list[dict[str, Any]], **expect: Any) -> dict[str, Any]:
    """A conversation writer's turn: the message, its span labels and what the writer
    expects after it (no goal shift, no reference, nothing held unless `expect` says)."""
    return {
        "message": message,
        "minutes_later": 1,
        "spans": spans,
        "expect": {
            "intent": intent,
            "goal_shift": expect.pop("goal_shift", False),
            "outcome": expect.pop(
                "outcome", "none" if intent in {"cancel", "other"} else "proposals"
            ),
            "refers_to": expect.pop("refers_to", None),
            "cancels": expect.pop("cancels", None),
            "holds": expect.pop("holds", []),
            "dropped": expect.pop("dropped", []),
            **expect,
        },
    }


def constraint(text: str, intervals: list[Span], **kw: Any) -> Constraint:
    """A constraint of a turn: id "c1", require/hard, spanning its whole `text`, unless
    `kw` says otherwise."""
    kw.setdefault("id", "c1")
    kw.setdefault("span", (0, len(text)))
    kw.setdefault("kind", "require")
    kw.setdefault("strength", "hard")
    return Constraint(text=text, intervals=intervals, **kw)


def shown_options(
    *starts: str, resource: str = "dr-smith", tz: str = "-05:00"
) -> list[dict[str, Any]]:
    """Options shown to the customer, 30 minutes each from `starts` ("2026-12-04T09:00"),
    ranked in the order given, as a turn's `shown`."""
    return [
        {
            "rank": n,
            "resource": resource,
            "start": f"{s}:00{tz}",
            "end": (datetime.fromisoformat(f"{s}:00{tz}") + timedelta(minutes=30)).isoformat(),
        }
        for n, s in enumerate(starts, 1)
    ]


def unread_spans(message: str) -> list[tuple[str, tuple[int, int], str]]:
    """What grounding leaves unread in `message`, as a session reads it after options
    were shown: with the bare numbers that only accept a time ("ok 3 then": `unframed`)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from slotwise.extractor.grounding import framed_numbers, ground
    from slotwise.extractor.grounding.aside import unread

    now = datetime(2026, 12, 3, 9, tzinfo=ZoneInfo("America/New_York"))
    framed = [
        (m.text, m.span, "needs_context")
        for m in ground(message, now, "America/New_York")
        if framed_numbers.WISH in m.rule.split("+")
    ]
    return [*((u.text, u.span, u.reason) for u in unread(message)), *framed]
