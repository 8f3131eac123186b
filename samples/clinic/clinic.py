"""A small clinic backend that books with Slotwise: appointments live in SQLite.

    python samples/clinic/clinic.py [--db clinic.sqlite]

The clinic keeps providers (with weekly working hours in their own time zone) and booked
appointments in SQLite. To book from a patient's message it builds a Slotwise request
from the database: each provider's `weekly_hours`, and the provider's booked
appointments as `busy` time. It looks at the intent first: only a booking is booked; a
cancellation, a move or a question goes to the front desk with what the engine
understood (the day it names, the question). A booking takes the top proposal inside a
transaction that checks again that the slot is still free (another booking may have
taken it meanwhile), or passes the engine's question back to the patient.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from slotwise import Engine

SCHEMA = """
CREATE TABLE IF NOT EXISTS providers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    timezone TEXT NOT NULL,
    weekly_hours TEXT NOT NULL          -- JSON: [{"day": "mon", "start": "09:00", "end": "17:00"}, ...]
);
CREATE TABLE IF NOT EXISTS appointments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider_id TEXT NOT NULL REFERENCES providers(id),
    patient TEXT NOT NULL,
    start_utc TEXT NOT NULL,            -- ISO 8601 in UTC, so text order is time order
    end_utc TEXT NOT NULL,
    note TEXT
);
CREATE INDEX IF NOT EXISTS appointments_by_provider ON appointments(provider_id, start_utc);
"""

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")


def connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)  # explicit transactions below
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)
    return conn


def seed(conn: sqlite3.Connection) -> None:
    """Two providers and a few appointments already on the books."""
    hours_smith = [{"day": d, "start": "09:00", "end": "17:00"} for d in WEEKDAYS]
    hours_patel = [{"day": d, "start": "12:00", "end": "18:00"} for d in ("tue", "wed", "thu")]
    conn.executemany(
        "INSERT OR REPLACE INTO providers VALUES (?, ?, ?, ?)",
        [
            ("dr-smith", "Dr. Smith", "America/New_York", json.dumps(hours_smith)),
            ("dr-patel", "Dr. Patel", "America/New_York", json.dumps(hours_patel)),
        ],
    )
    booked = [  # Wednesday 2 December: Dr. Smith is busy 13:00-14:30 and 15:00-16:00 New York time
        ("dr-smith", "A. Jones", "2026-12-02T18:00:00+00:00", "2026-12-02T19:30:00+00:00"),
        ("dr-smith", "B. Wu", "2026-12-02T20:00:00+00:00", "2026-12-02T21:00:00+00:00"),
        ("dr-patel", "C. Diaz", "2026-12-02T17:00:00+00:00", "2026-12-02T23:00:00+00:00"),
    ]
    conn.executemany(
        "INSERT INTO appointments (provider_id, patient, start_utc, end_utc) VALUES (?, ?, ?, ?)",
        booked,
    )


def resources(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each provider as a Slotwise resource: weekly hours minus booked appointments."""
    out = []
    for p in conn.execute("SELECT * FROM providers ORDER BY id"):
        busy = [
            {"start": a["start_utc"], "end": a["end_utc"]}
            for a in conn.execute(
                "SELECT start_utc, end_utc FROM appointments WHERE provider_id = ? ORDER BY start_utc",
                (p["id"],),
            )
        ]
        out.append(
            {
                "id": p["id"],
                "name": p["name"],
                "timezone": p["timezone"],
                "weekly_hours": json.loads(p["weekly_hours"]),
                "busy": busy,
            }
        )
    return out


@dataclass
class Outcome:
    booked: dict[str, Any] | None  # the appointment row, when one was booked
    question: str | None  # the engine's question, when nothing could be booked
    routed: str | None = None  # not a booking: who should handle it, and what it is about


# Intents this backend books; the others go to the front desk (a cancellation needs the
# patient's record, a move both the old and the new slot, a question a person).
BOOKS = {"book"}
MIN_CONFIDENCE = 0.6  # below this the reading is a guess: a person looks first


def book(
    conn: sqlite3.Connection,
    engine: Engine,
    patient: str,
    message: str,
    now: str,
    timezone: str = "America/New_York",
    duration_minutes: int = 30,
) -> Outcome:
    request = {
        "message": message,
        "now": now,
        "timezone": timezone,
        "duration_minutes": duration_minutes,
        "resources": resources(conn),
        "max_proposals": 3,
    }
    result = engine.schedule({**request, "trace": False})
    intent = result.intent
    if intent.name not in BOOKS or intent.confidence < MIN_CONFIDENCE:
        about = ", ".join(
            f"{m.text!r} ({m.label or m.resource or m.type})" for m in result.mentions
        )
        return Outcome(
            None,
            None,
            routed=f"front desk: {intent.name} ({intent.confidence:.0%})"
            + (f", about {about}" if about else ""),
        )
    if result.outcome != "proposals":
        return Outcome(None, result.clarification.question if result.clarification else None)
    for proposal in result.proposals:  # best first; fall through if one was taken meanwhile
        start = proposal.start.astimezone(UTC).isoformat()
        end = proposal.end.astimezone(UTC).isoformat()
        conn.execute("BEGIN IMMEDIATE")  # one writer at a time: check and insert together
        try:
            clash = conn.execute(
                "SELECT 1 FROM appointments WHERE provider_id = ? AND start_utc < ? AND end_utc > ?",
                (proposal.resource, end, start),
            ).fetchone()
            if clash:
                conn.execute("ROLLBACK")
                continue
            cur = conn.execute(
                "INSERT INTO appointments (provider_id, patient, start_utc, end_utc, note) "
                "VALUES (?, ?, ?, ?, ?)",
                (proposal.resource, patient, start, end, proposal.explanation),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        row = conn.execute("SELECT * FROM appointments WHERE id = ?", (cur.lastrowid,)).fetchone()
        return Outcome(dict(row), None)
    return Outcome(None, "Those times were just taken; could you suggest another?")


def _show(patient: str, message: str, outcome: Outcome, conn: sqlite3.Connection) -> None:
    print(f"{patient}: {message!r}")
    if outcome.booked:
        a = outcome.booked
        tz = conn.execute(
            "SELECT name, timezone FROM providers WHERE id = ?", (a["provider_id"],)
        ).fetchone()
        from zoneinfo import ZoneInfo

        local = datetime.fromisoformat(a["start_utc"]).astimezone(ZoneInfo(tz["timezone"]))
        print(f"  booked #{a['id']}: {tz['name']}, {local:%a %d %b %H:%M} ({a['note']})")
    elif outcome.routed:
        print(f"  not booked; routed to the {outcome.routed}")
    else:
        print(f"  not booked; ask: {outcome.question}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="SQLite file (default: a fresh temporary one)")
    args = parser.parse_args(argv)
    db = args.db or str(Path(tempfile.mkdtemp()) / "clinic.sqlite")
    conn = connect(db)
    if conn.execute("SELECT COUNT(*) FROM providers").fetchone()[0] == 0:
        seed(conn)
    engine = Engine()
    now = "2026-11-30T09:00:00-05:00"  # Monday 30 November
    patients = [
        ("E. Kim", "Can I see Dr. Smith on Wednesday afternoon? Not before 2pm please."),
        ("F. Ross", "Dr. Smith Wednesday afternoon, after 2pm if you can"),
        ("G. Hale", "Please book me in with any doctor Thursday morning"),
        ("E. Kim", "Sorry, please cancel my appointment on Wednesday"),
    ]
    for patient, message in patients:
        _show(patient, message, book(conn, engine, patient, message, now), conn)
    print(
        f"appointments on the books: {conn.execute('SELECT COUNT(*) FROM appointments').fetchone()[0]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
