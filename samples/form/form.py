"""A booking form: structured fields and a free-text comment, solved together.

    python samples/form/form.py

A web form has a few fields a backend already understands (which provider, a date range,
days that suit, a time of day) and one free-text "anything else?" box. The fields become
structured `constraints` (with the form's own ids, so the answer can say which field a
proposal satisfies); the comment goes in as the `message`. The engine grounds the comment,
solves both together, and each constraint in the result says where it came from
(`source`: "request" for a field, "message" for the comment).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from slotwise import Engine

TZ = "America/New_York"
PROVIDERS = [
    {
        "id": "dr-smith",
        "name": "Dr. Smith",
        "weekly_hours": [
            {"day": d, "start": "09:00", "end": "17:00"}
            for d in ("mon", "tue", "wed", "thu", "fri")
        ],
    },
    {
        "id": "dr-patel",
        "name": "Dr. Patel",
        "weekly_hours": [
            {"day": d, "start": "12:00", "end": "18:00"} for d in ("tue", "wed", "thu")
        ],
    },
]
PARTS_OF_DAY = {"morning": (time(8), time(12)), "afternoon": (time(12), time(17))}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _at(day: date, t: time) -> str:
    return datetime.combine(day, t, ZoneInfo(TZ)).isoformat()


def request_from_form(form: dict[str, Any], now: str) -> dict[str, Any]:
    """The form's fields as structured constraints, its comment as the message."""
    first, last = date.fromisoformat(form["from_date"]), date.fromisoformat(form["to_date"])
    days = [first + timedelta(n) for n in range((last - first).days + 1)]
    constraints: list[dict[str, Any]] = [
        {
            "id": "field:date_range",
            "kind": "require",
            "strength": "hard",
            "label": "dates on the form",
            "intervals": [{"start": _at(first, time(0)), "end": _at(last + timedelta(1), time(0))}],
        },
    ]
    if form.get("provider"):
        constraints.append(
            {
                "id": "field:provider",
                "kind": "require",
                "strength": "hard",
                "label": "provider on the form",
                "resources": [form["provider"]],
            }
        )
    if form.get("days"):
        constraints.append(
            {
                "id": "field:days",
                "kind": "prefer",
                "strength": "soft",
                "weight": 2,
                "label": "days ticked on the form",
                "intervals": [
                    {"start": _at(d, time(0)), "end": _at(d + timedelta(1), time(0))}
                    for d in days
                    if DAYS[d.weekday()] in form["days"]
                ],
            }
        )
    if form.get("time_of_day") in PARTS_OF_DAY:
        lo, hi = PARTS_OF_DAY[form["time_of_day"]]
        constraints.append(
            {
                "id": "field:time_of_day",
                "kind": "prefer",
                "strength": "soft",
                "label": f"{form['time_of_day']} on the form",
                "intervals": [{"start": _at(d, lo), "end": _at(d, hi)} for d in days],
            }
        )
    return {
        "message": form.get("comment") or None,
        "now": now,
        "timezone": TZ,
        "duration_minutes": form.get("duration_minutes", 30),
        "resources": PROVIDERS,
        "constraints": constraints,
        "max_proposals": 3,
    }


FORM = {
    "provider": "dr-smith",
    "from_date": "2026-11-30",
    "to_date": "2026-12-04",
    "days": ["tue", "wed", "thu"],
    "time_of_day": "afternoon",
    "duration_minutes": 30,
    "comment": "I can't do Wednesday at all, and nothing after 4pm please",
}


def main() -> int:
    request = request_from_form(FORM, now="2026-11-27T10:00:00-05:00")
    result = Engine().schedule(request)
    print("constraints:")
    for c in result.constraints:
        where = "form field" if c.source == "request" else f"comment {c.text!r}"
        print(f"  {c.id:<18} {c.kind:<8} {c.strength:<5} from {where}")
    print(f"outcome: {result.outcome}")
    for p in result.proposals:
        print(
            f"  {p.rank}. {p.resource} {p.start:%a %d %b %H:%M}  satisfied={p.satisfied} violated={p.violated}"
        )
    if result.clarification:
        print(f"  question: {result.clarification.question}")
    print(
        json.dumps(
            {"top": result.proposals[0].model_dump(mode="json") if result.proposals else None}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
