"""The integration samples run, and do what they say: the clinic books into SQLite
without double-booking, the form mixes its fields with the comment."""

from __future__ import annotations

import importlib.util
import itertools
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

import pytest

from slotwise import Engine

ROOT = Path(__file__).resolve().parents[1]
NY = ZoneInfo("America/New_York")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"sample_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(os.environ.get("SLOTWISE_INTERPRETER", "auto"))


@pytest.mark.parametrize("script", ["samples/clinic/clinic.py", "samples/form/form.py"])
def test_samples_integrations_run(script: str, tmp_path: Path) -> None:
    args = ["--db", str(tmp_path / "clinic.sqlite")] if "clinic" in script else []
    done = subprocess.run(
        [sys.executable, script, *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    if "clinic" in script:
        assert done.stdout.count("booked #") == 3
        assert "appointments on the books: 6" in done.stdout
        # the cancellation is not booked: it goes to the front desk with its day
        assert "routed to the front desk: cancel" in done.stdout
        assert "'Wednesday'" in done.stdout
    else:
        assert "from form field" in done.stdout and "from comment" in done.stdout
        assert "outcome: proposals" in done.stdout


def test_samples_clinic_looks_at_the_intent_before_booking(tmp_path: Path, engine: Engine) -> None:
    clinic = _load(ROOT / "samples" / "clinic" / "clinic.py")
    conn = clinic.connect(tmp_path / "clinic.sqlite")
    clinic.seed(conn)
    now = "2026-11-30T09:00:00-05:00"
    for message in (
        "Please cancel my appointment on Wednesday",
        "How much is an eye exam without insurance?",
    ):
        outcome = clinic.book(conn, engine, "P9", message, now)
        assert outcome.booked is None and outcome.routed, message
    assert conn.execute("SELECT COUNT(*) FROM appointments").fetchone()[0] == 3


def _overlaps(rows: list[sqlite3.Row]) -> list[tuple[int, int]]:
    out = []
    for a, b in itertools.combinations(rows, 2):
        if (
            a["provider_id"] == b["provider_id"]
            and a["start_utc"] < b["end_utc"]
            and b["start_utc"] < a["end_utc"]
        ):
            out.append((a["id"], b["id"]))
    return out


def test_samples_clinic_books_inside_hours_without_double_booking(
    tmp_path: Path, engine: Engine
) -> None:
    clinic = _load(ROOT / "samples" / "clinic" / "clinic.py")
    conn = clinic.connect(tmp_path / "clinic.sqlite")
    clinic.seed(conn)
    now = "2026-11-30T09:00:00-05:00"
    booked = []
    for patient in ("P1", "P2", "P3", "P4"):
        outcome = clinic.book(conn, engine, patient, "Dr. Smith on Wednesday afternoon please", now)
        assert outcome.booked is not None, outcome.question
        booked.append(outcome.booked)
    rows = conn.execute("SELECT * FROM appointments").fetchall()
    assert len(rows) == 3 + 4
    assert _overlaps(rows) == []  # the busy time came from the database, booking by booking
    for a in booked:
        assert a["provider_id"] == "dr-smith"
        start = datetime.fromisoformat(a["start_utc"]).astimezone(NY)
        end = datetime.fromisoformat(a["end_utc"]).astimezone(NY)
        assert start.weekday() < 5 and start.hour >= 9 and (end.hour, end.minute) <= (17, 0)
        assert (end - start).total_seconds() == 30 * 60
    # what the engine saw for Dr. Smith: weekly hours, and every booking as busy time
    smith = next(r for r in clinic.resources(conn) if r["id"] == "dr-smith")
    assert smith["weekly_hours"][0] == {"day": "mon", "start": "09:00", "end": "17:00"}
    assert len(smith["busy"]) == 2 + 4


def test_samples_form_mixes_fields_and_comment(engine: Engine) -> None:
    form = _load(ROOT / "samples" / "form" / "form.py")
    request = form.request_from_form(form.FORM, now="2026-11-27T10:00:00-05:00")
    assert request["message"] == form.FORM["comment"]
    result = engine.schedule(request)
    sources = {c.id: c.source for c in result.constraints}
    assert {k for k, v in sources.items() if v == "request"} == {
        "field:date_range",
        "field:provider",
        "field:days",
        "field:time_of_day",
    }
    assert any(v == "message" for v in sources.values())
    for c in result.constraints:
        if c.source == "message" and c.span:
            assert form.FORM["comment"][c.span[0] : c.span[1]] == c.text
    assert result.outcome == "proposals"
    for p in result.proposals:
        assert p.resource == "dr-smith"
        assert "2026-11-30" <= p.start.astimezone(NY).date().isoformat() <= "2026-12-04"
        assert {"field:provider", "field:date_range"} <= set(p.satisfied)
