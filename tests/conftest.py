"""Fixtures shared by every test folder."""

from __future__ import annotations

import copy
from typing import Any

import pytest

NOW = "2026-11-23T09:00:00-05:00"  # Monday
TZ = "America/New_York"


def day(
    date: str, start: str = "09:00", end: str = "17:00", offset: str = "-05:00"
) -> dict[str, str]:
    return {"start": f"{date}T{start}:00{offset}", "end": f"{date}T{end}:00{offset}"}


@pytest.fixture
def base_request() -> dict[str, Any]:
    """A valid request with two providers over the working week of 2026-11-23."""
    week = [
        "2026-11-24",
        "2026-11-25",
        "2026-11-26",
        "2026-11-27",
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
    ]
    return copy.deepcopy(
        {
            "now": NOW,
            "timezone": TZ,
            "duration_minutes": 30,
            "resources": [
                {"id": "dr-smith", "name": "Dr. Smith", "open": [day(d) for d in week]},
                {
                    "id": "dr-patel",
                    "name": "Dr. Patel",
                    "open": [day(d, "12:00", "18:00") for d in week],
                },
            ],
            "max_proposals": 3,
        }
    )


@pytest.fixture
def seed_message() -> str:
    """The message the product exists for (CONTRACT.md)."""
    return (
        "I need to see Dr. Smith next Tuesday but actually I have meetings all day so maybe "
        "Wednesday afternoon works, but not after 3pm"
    )


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A real redis-server (the Debian package) on 127.0.0.1 and a free port, for the
    session store's tests; stopped at the end. Never a fake."""
    import shutil
    import socket
    import subprocess
    import time

    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed (apt-get install -y redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(folder),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("redis-server did not start")
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def unsure_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Conversations replayed under their span labels (`tests.session_replay`) read as
    a reader would that is not sure of the turn's intent (confidence 0.6)."""
    from slotwise.extractor.interpretation import Interpreted
    from slotwise.extractor.reader import conv_data

    real = conv_data.TurnLabels.interpret

    def interpret(self: Any, message: str, candidates: Any, context: Any = None) -> Interpreted:
        out = real(self, message, candidates, context)
        return Interpreted(out.interpretation, 0.6, out.interpreter)

    monkeypatch.setattr(conv_data.TurnLabels, "interpret", interpret)


_FOUR_STAFF = {"botha": "Dr Botha", "naidoo": "Dr Naidoo", "chen": "Ms Chen", "osei": "Mr Osei"}


@pytest.fixture(scope="module")
def four_staff_week() -> Any:
    """Schedule one message with the rules interpreter against four providers open 08:00-19:00
    Tuesday to Friday of the week of 2026-12-14 (a Monday, 09:00 New York): the calendar of the
    several-visit and paired-choice tests. Returns `schedule(message) -> result`."""
    from slotwise import Engine

    engine = Engine("rules")
    tz = "-05:00"
    week = ("2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18")

    def schedule(message: str) -> Any:
        return engine.schedule(
            {
                "message": message,
                "now": f"2026-12-14T09:00:00{tz}",
                "timezone": "America/New_York",
                "duration_minutes": 30,
                "resources": [
                    {
                        "id": rid,
                        "name": name,
                        "open": [
                            {"start": f"{d}T08:00:00{tz}", "end": f"{d}T19:00:00{tz}"} for d in week
                        ],
                    }
                    for rid, name in _FOUR_STAFF.items()
                ],
            }
        )

    schedule.staff = dict(_FOUR_STAFF)  # type: ignore[attr-defined]
    return schedule
