"""Public datasets -> training examples in the generator's format.

Each example: `message`, `candidates` ([{span, type, text}]), `labels` (one per
candidate), `intent`, `source`. Public data give intent signal and plain time mentions
(require, hard); the generator supplies the rest.

| dataset | our intent | candidates |
| --- | --- | --- |
| SGD booking services | Book*/Reserve*/Buy*/AddEvent -> book; Find*/Search*/Get* -> availability; NONE -> other | date/time slot spans, provider names -> require, hard |
| SNIPS | BookRestaurant -> book; the other six -> other | `timeRange` spans -> require, hard |
| CLINC150 | see `CLINC_MAP`; everything else (and OOS) -> other | none |
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SGD_INTENT = {
    "BookAppointment": "book",
    "ReserveRestaurant": "book",
    "BuyEventTickets": "book",
    "ReserveHotel": "book",
    "BookHouse": "book",
    "BuyMovieTickets": "book",
    "AddEvent": "book",
    "FindProvider": "availability",
    "FindRestaurants": "availability",
    "FindEvents": "availability",
    "SearchHotel": "availability",
    "SearchHouse": "availability",
    "FindMovies": "availability",
    "GetTimesForMovie": "availability",
    "GetAvailableTime": "availability",
    "GetEvents": "availability",
    "NONE": "other",
}
SGD_TIME_SLOTS = {
    "date",
    "time",
    "appointment_date",
    "appointment_time",
    "event_date",
    "event_time",
    "check_in_date",
    "check_out_date",
    "show_date",
    "show_time",
    "available_start_time",
    "available_end_time",
}
SGD_RESOURCE_SLOTS = {"stylist_name", "doctor_name", "dentist_name", "therapist_name"}

CLINC_MAP = {
    "book_flight": "book",
    "book_hotel": "book",
    "restaurant_reservation": "book",
    "schedule_meeting": "book",
    "schedule_maintenance": "book",
    "calendar_update": "book",
    "car_rental": "book",
    "cancel_reservation": "cancel",
    "calendar": "availability",
    "meeting_schedule": "availability",
}

# SGD turns with a hedge are plain mentions there, a soft preference here: drop them rather
# than teach the model both readings of "would be perfect".
_HEDGED = re.compile(
    r"\b(?:would be|maybe|perhaps|prefer\w*|ideally|possibly|if possible|hopefully|"
    r"rather|might|could work|ish)\b",
    re.IGNORECASE,
)

REQ = {"kind": "require", "strength": "hard", "retracted": False, "modifies": None}


def datasets_root() -> Path:
    """../shared/datasets relative to the repository (override with SLOTWISE_DATASETS)."""
    import os

    env = os.environ.get("SLOTWISE_DATASETS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared" / "datasets"
        if cand.is_dir():
            return cand
    raise FileNotFoundError("shared/datasets not found; set SLOTWISE_DATASETS")


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _example(
    message: str, spans: list[tuple[int, int, str]], intent: str, source: str
) -> dict[str, Any]:
    spans = sorted(set(spans))
    kept: list[tuple[int, int, str]] = []
    for s in spans:  # drop overlapping duplicates
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    return {
        "message": message,
        "candidates": [{"span": [a, b], "type": t, "text": message[a:b]} for a, b, t in kept],
        "labels": [dict(REQ) for _ in kept],
        "intent": intent,
        "source": source,
    }


def sgd(split: str, root: Path | None = None) -> list[dict[str, Any]]:
    """User turns that state an intent or a time/provider; other act-only turns are dropped
    (a bare "yes please" says nothing about intent out of its dialogue)."""
    root = root or datasets_root()
    out = []
    for r in _rows(root / "sgd_booking" / f"{split}.jsonl"):
        intent = SGD_INTENT.get(r["active_intent"])
        if intent is None:
            continue
        spans = [
            (s["start"], s["end"], "time" if s["slot"] in SGD_TIME_SLOTS else "resource")
            for s in r["spans"]
            if s["slot"] in SGD_TIME_SLOTS | SGD_RESOURCE_SLOTS
        ]
        if spans and _HEDGED.search(r["utterance"]):
            continue
        acts = {a["act"] for a in (r.get("user_actions") or [])}
        if intent == "other":
            if not acts & {"THANK_YOU", "GOODBYE"} or spans:
                continue
        elif not spans and "INFORM_INTENT" not in acts:
            continue
        out.append(_example(r["utterance"], spans, intent, f"sgd/{split}"))
    return out


def snips(split: str, root: Path | None = None) -> list[dict[str, Any]]:
    root = root or datasets_root()
    out = []
    for r in _rows(root / "snips_nlu_benchmark" / f"{split}.jsonl"):
        intent = "book" if r["intent"] == "BookRestaurant" else "other"
        spans = [(s["start"], s["end"], "time") for s in r["slots"] if s["entity"] == "timeRange"]
        out.append(_example(r["text"], spans, intent, f"snips/{split}"))
    return out


def clinc(split: str, root: Path | None = None) -> list[dict[str, Any]]:
    root = root or datasets_root()
    return [
        _example(r["text"], [], CLINC_MAP.get(r["intent"], "other"), f"clinc/{split}")
        for r in _rows(root / "clinc150" / f"{split}.jsonl")
    ]


def sample(rows: list[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    if len(rows) <= n:
        return list(rows)
    return random.Random(seed).sample(rows, n)


def source_files(root: Path | None = None) -> list[Path]:
    root = root or datasets_root()
    return (
        [root / "sgd_booking" / f for f in ("train.jsonl", "dev.jsonl", "test.jsonl")]
        + [root / "snips_nlu_benchmark" / f for f in ("train.jsonl", "test.jsonl")]
        + [root / "clinc150" / f for f in ("train.jsonl", "dev.jsonl", "test.jsonl")]
    )
