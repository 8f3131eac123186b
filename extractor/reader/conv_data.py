"""Writers' conversations -> validated turn records for the reader, and their session score.

Conversation writers (`extractor/model/data/conversations/c*.jsonl.gz`, format in
CONV_GUIDE.md there) label every customer turn: its spans (as in the message writers'
guide), its goal, and what the conversation holds after it. A conversation is replayed
as a real session of the engine (SQLite store in a temporary folder) in which the reader
is replaced, turn by turn, by the writer's labels carried onto the grounding layer's
candidates (`TurnLabels`): the candidates the reader would see in that session, with the
session's context. A turn becomes a training record when its labels carry (no writer span
missed or merged) and the session's answer under them agrees with the writer on what
the labels decide: the goal, the outcome, what holds and what was dropped, and the
first option's window, every option's windows and the visit's length when the writer
gave them (`top`, `all`, `minutes`). References and "cancel that" are the
session's own logic, scored (`conversation_score`) but not required of a record.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from slotwise.extractor.interpretation import Candidate, Interpretation, Interpreted
from slotwise.extractor.model.data.writers.files import rows, writer_id
from slotwise.extractor.reader.data import Aligned, align

from slotwise.conversation_checks import check_turn

# the checks a turn's labels decide; the rest (refers_to, cancels, goal_shift) follow
# from the session's logic and from earlier turns
LABEL_CHECKS = ("intent", "outcome", "holds", "dropped", "top", "all", "minutes")


class TurnLabels:
    """The writer's labels of one turn in place of the reader. Any other text (the
    session asks the reader about single sentences) gets the turn's goal and no labels."""

    name = "writer-labels"
    reads_context = True  # to keep the session's state in words beside the turn's record

    def __init__(self, turn: dict[str, Any]) -> None:
        self.ex = {
            "message": turn["message"],
            "intent": turn["expect"]["intent"],
            "spans": turn.get("spans", []),
        }
        self.aligned: Aligned | None = None
        self.candidates: list[Candidate] = []
        self.context: str | None = None

    def interpret(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> Interpreted:
        if message != self.ex["message"] or self.aligned is not None:
            out = Interpretation(intent=self.ex["intent"], labels=[])
            return Interpreted(out, 1.0, self.name)
        self.aligned = align(self.ex, candidates)
        self.candidates = list(candidates)
        self.context = context
        out = Interpretation(intent=self.ex["intent"], labels=self.aligned.labels)
        return Interpreted(out, 1.0, self.name)


class ReaderWatch:
    """The engine's own interpreter reading a turn (`replay(..., with_labels=False)`), with the
    candidates it was given kept beside the writer's labels, as `TurnLabels` keeps them:
    the turn is checked the same way whoever reads it."""

    def __init__(self, reader: Any, turn: dict[str, Any]) -> None:
        self.reader = reader
        self.labels = TurnLabels(turn)
        self.name = reader.name
        self.reads_context = getattr(reader, "reads_context", False)

    def interpret(
        self, message: str, candidates: list[Candidate], context: str | None = None
    ) -> Interpreted:
        watched = self.labels
        if message == watched.ex["message"] and watched.aligned is None:
            watched.aligned = align(watched.ex, candidates)
            watched.candidates = list(candidates)
        if self.reads_context:
            return cast(Interpreted, self.reader.interpret(message, candidates, context=context))
        return cast(Interpreted, self.reader.interpret(message, candidates))


Replayed = list[tuple[TurnLabels, dict[str, Any], dict[str, bool]]]


def replay(
    conv: dict[str, Any], cal: dict[str, Any], engine: Any, with_labels: bool = True
) -> Replayed:
    """Each turn of `conv` through a session of `engine` under the writer's labels
    (`with_labels=False`: read by the engine's own interpreter): (labels, turn result as
    JSON, checks) per turn."""
    tz = ZoneInfo(cal["timezone"])
    session = engine.session(
        timezone=cal["timezone"],
        duration_minutes=cal.get("duration_minutes", 30),
        resources=[{"id": r["id"], "name": r["name"], "open": r["open"]} for r in cal["resources"]],
    )
    now = datetime.fromisoformat(cal["now"])
    msgs: dict[int, str] = {}
    out = []
    unheld: set[str] = set()
    saved = engine.interpreter
    try:
        for n, turn in enumerate(conv["turns"], start=1):
            now += timedelta(minutes=turn.get("minutes_later", 0))
            msgs[n] = turn["message"]
            if with_labels:
                engine.interpreter = turn_labels = TurnLabels(turn)
            else:
                engine.interpreter = watch = ReaderWatch(saved, turn)
                turn_labels = watch.labels
            result = session.send(turn["message"], now=now).model_dump(mode="json")
            unheld |= _not_constraints(turn)
            expect = {
                **turn["expect"],
                **{
                    key: [t for t in turn["expect"].get(key, []) if t not in unheld]
                    for key in ("holds", "dropped")
                },
            }
            out.append((turn_labels, result, check_turn(expect, result, msgs, tz)))
    finally:
        engine.interpreter = saved
    return out


def _not_constraints(turn: dict[str, Any]) -> set[str]:
    """Span texts the writers hold that a session keeps outside its constraints: a length
    ("90 minutes": the session's `duration_minutes`). Left out of `holds` and `dropped`
    when checking. ("whoever is free" holds as a constraint of its own, rule
    "resource.anyone".)"""
    return {sp["text"] for sp in turn.get("spans", []) if sp.get("type") == "duration"}


def _replayed(
    files: list[Path], engine: Any | None, with_labels: bool = True
) -> Iterator[tuple[Path, dict[str, Any], Replayed | Exception]]:
    """Every conversation of `files` replayed (`replay`) on `engine` (default: the cue
    rules on a SQLite store in a temporary folder): (file, conversation, its turns, or the
    error that made it unreadable)."""
    if engine is None:
        from slotwise.engine import Engine

        engine = Engine("rules", store=f"sqlite:///{tempfile.mkdtemp()}/replay.db")
    for f in files:
        cal = json.loads((f.parent / f"cal_{writer_id(f)}.json").read_text())
        for conv in rows(f):
            try:
                yield f, conv, replay(conv, cal, engine, with_labels)
            except (ValueError, KeyError, TypeError) as exc:
                yield f, conv, exc


def conversation_records(
    files: list[Path], engine: Any | None = None
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Validated turn records of the conversation writers' files, and per-file counts."""
    records: list[dict[str, Any]] = []
    report = {
        writer_id(f): {"conversations": 0, "turns": 0, "kept_booking": 0, "kept_not_booking": 0}
        for f in files
    }
    whys: dict[str, dict[str, int]] = {writer_id(f): {} for f in files}
    for f, conv, turns in _replayed(files, engine):
        counts, why = report[writer_id(f)], whys[writer_id(f)]
        counts["conversations"] += 1
        if isinstance(turns, Exception):
            key = f"malformed: {type(turns).__name__}"
            why[key] = why.get(key, 0) + len(conv.get("turns") or [])
            counts["turns"] += len(conv.get("turns") or [])
            continue
        for n, (labels, _result, checks) in enumerate(turns, start=1):
            counts["turns"] += 1
            al = labels.aligned
            failed = [k for k in LABEL_CHECKS if k in checks and not checks[k]]
            if al is None or al.missed or al.merged:
                failed.insert(0, "spans")
            if failed:
                why[failed[0]] = why.get(failed[0], 0) + 1
                continue
            assert al is not None
            intent = labels.ex["intent"]
            records.append(
                {
                    "id": f"{conv.get('id')}-t{n}",
                    "message": labels.ex["message"],
                    "intent": intent,
                    "candidates": [asdict(c) for c in labels.candidates],
                    "labels": [lab.model_dump() for lab in al.labels],
                    "context": labels.context,
                    "writer": writer_id(f),
                }
            )
            booking = intent not in {"cancel", "other"}
            counts["kept_booking" if booking else "kept_not_booking"] += 1
    return records, {
        w: {**counts, "dropped_because": dict(sorted(whys[w].items()))}
        for w, counts in report.items()
    }


def conversation_score(
    files: list[Path], engine: Any | None = None, with_labels: bool = True
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The session's logic on the training conversations under their writers' labels
    (`with_labels=False`: read by `engine`'s own interpreter, e.g. the shipped reader on the
    held-out writers): turns fully right, per-check accuracy, and every failing turn (for
    `scripts/conversation_misses.py`)."""
    turns = right = 0
    per: dict[str, list[int]] = {}
    misses: list[dict[str, Any]] = []
    for _f, conv, replayed in _replayed(files, engine, with_labels):
        if isinstance(replayed, Exception):
            continue
        for n, (labels, result, checks) in enumerate(replayed, start=1):
            turns += 1
            right += all(checks.values())
            for k, ok in checks.items():
                per.setdefault(k, [0, 0])
                per[k][0] += ok
                per[k][1] += 1
            if not all(checks.values()):
                al = labels.aligned
                misses.append(
                    {
                        "id": f"{conv.get('id')}-t{n}",
                        "message": labels.ex["message"],
                        "failed": [k for k, ok in checks.items() if not ok],
                        "missed_spans": al.missed if al else [],
                        "expect": conv["turns"][n - 1]["expect"],
                        "got": {
                            "goal": result["goal"],
                            "goal_shift": result["goal_shift"],
                            "outcome": result["outcome"],
                            "refers_to": [
                                {k: v for k, v in r.items() if k != "proposal"}
                                for r in result["refers_to"]
                            ],
                            "cancels": result["cancels"],
                            "holds": [
                                (c.get("turn"), c.get("text"))
                                for c in result["constraints"]
                                if c.get("source") == "message"
                            ],
                            "dropped": [(d["turn"], d["text"]) for d in result["dropped"]],
                        },
                    }
                )
    summary = {
        "turns": turns,
        "turns_fully_right": round(right / max(1, turns), 4),
        "per_check": {k: round(v[0] / v[1], 4) for k, v in sorted(per.items())},
    }
    return summary, misses
