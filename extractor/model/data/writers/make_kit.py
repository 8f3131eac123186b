"""Writes each writer's calendar (cal_<id>.json) and the briefs (briefs.json), reproducibly.

Training writers are w01..; blind writers are b01.. (their calendars go to
benchmarks/data/blind_v2/); conversation writers (training) are c01.. (calendars and
briefs in extractor/model/data/conversations/). Run: python -m slotwise.extractor.model.data.writers.make_kit

The writers themselves are tables: message_writers.py (w.., b..) and conversation_writers.py
(c..), both re-exported here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from slotwise.extractor.model.data.writers.conversation_writers import CONV_WRITERS
from slotwise.extractor.model.data.writers.kit import make_calendar
from slotwise.extractor.model.data.writers.message_writers import (  # noqa: F401
    BLIND_WRITERS,
    MORE_WRITERS,
    WRITERS,
    R,
)

HERE = Path(__file__).parent
BLIND = HERE.parents[3] / "benchmarks" / "data" / "blind_v2"
CONV = HERE.parents[0] / "conversations"


def _kit(rows: list, seed0: int, folder_of: Callable[[str], Path]) -> dict[str, dict]:
    """Each writer's calendar written to its folder; their briefs, by writer id."""
    briefs = {}
    for seed, (wid, business, now, tz, minutes, res, voice, focus) in enumerate(rows, start=seed0):
        spec = {
            "business": business,
            "now": now,
            "timezone": tz,
            "duration_minutes": minutes,
            "resources": res,
        }
        folder = folder_of(wid)
        folder.mkdir(parents=True, exist_ok=True)
        cal = folder / f"cal_{wid}.json"
        cal.write_text(json.dumps(make_calendar(spec, seed), indent=1) + "\n")
        briefs[wid] = {
            "business": business,
            "voice": voice,
            "phenomena": focus,
            "calendar": str(cal.relative_to(HERE.parents[3])),
            "group": "blind" if wid.startswith("b") else "train",
        }
    return briefs


def main() -> None:
    briefs = _kit(
        WRITERS + BLIND_WRITERS + MORE_WRITERS,
        101,
        lambda wid: BLIND if wid.startswith("b") else HERE,
    )
    (HERE / "briefs.json").write_text(json.dumps(briefs, indent=1) + "\n")
    conv_briefs = _kit(CONV_WRITERS, 301, lambda wid: CONV)
    (CONV / "briefs.json").write_text(json.dumps(conv_briefs, indent=1) + "\n")


if __name__ == "__main__":
    main()
