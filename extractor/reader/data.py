"""Writers' examples -> validated training records.

A writer labels *their own* spans; the reader labels the *grounding layer's*
candidates. `align` carries each writer label onto the candidates that overlap it
(a candidate no writer span covers is `context`: grounding saw a time that is not
one). `validate` then asks the real engine, with the aligned labels in place of an
interpreter, and keeps the example only when the answer lies inside the writer's own
windows (`expect`). Nothing here is a model: it is the data's quality gate.

A record: `message`, `request` (the writer's calendar), `candidates` (as found by
`find_candidates`, with their typed grounding facts), `labels` (one per candidate),
`intent`, `writer`, `id`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from slotwise.extractor.candidate_finding import find_candidates
from slotwise.extractor.interpretation import (
    Candidate,
    CandidateLabel,
    Interpretation,
    Interpreted,
)
from slotwise.extractor.model.data.writers.files import rows
from slotwise.schemas import ScheduleRequest, ScheduleResult

NOT_BOOKING = {"cancel", "other"}


@dataclass
class Aligned:
    candidates: list[Candidate]
    labels: list[CandidateLabel]
    missed: list[str] = field(default_factory=list)  # writer spans no candidate overlaps
    merged: int = 0  # candidates that overlap more than one writer span


def request_for(cal: dict[str, Any], message: str) -> ScheduleRequest:
    return ScheduleRequest.model_validate(
        {
            "message": message,
            "now": cal["now"],
            "timezone": cal["timezone"],
            "duration_minutes": cal["duration_minutes"],
            "resources": [
                {"id": r["id"], "name": r["name"], "open": r["open"]} for r in cal["resources"]
            ],
            "max_proposals": 3,
        }
    )


def writer_spans(ex: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """(start, end, span) for each writer span, found as the nth exact occurrence."""
    msg = ex["message"]
    out = []
    for sp in ex.get("spans", []):
        pos = -1
        for _ in range(int(sp.get("nth", 1))):
            pos = msg.find(sp["text"], pos + 1)
            if pos < 0:
                raise ValueError(f"span {sp['text']!r} not found in the message")
        out.append((pos, pos + len(sp["text"]), sp))
    return out


def _family(t: str) -> str:
    return "resource" if t == "resource" else "time"


def _kind_of(sp: dict[str, Any], start: int, c: Candidate) -> str:
    """The writer's kind for one candidate of the span. A writer who wants what a whole
    negated list says ("nothing before 11 or after 3": require) wants each later item of
    it ruled out: that item's candidate carries the list's negation as a fact (`negated`,
    its interval the one its own words name, "after 3"), so its label is `exclude`. The
    head folds its negation into its reading ("nothing before 11" is "after 11") and keeps
    the writer's kind. A writer who rules out an event inside a bound's words ("before my
    8am shift": "my 8am shift" exclude) wants the side of it the bound names: the bound's
    candidate ("before my 8am shift", before 8:00) is `require`."""
    shared = c.negated and start < c.span[0] and not sp.get("retracted", False)
    if shared and sp["kind"] == "require":
        return "exclude"
    event = c.bound and "event_clock" in c.rule
    if event and sp["kind"] == "exclude" and start > c.span[0] and not sp.get("retracted"):
        return "require"  # "before my 8am shift" with "my 8am shift" ruled out: before it
    return str(sp["kind"])


def align(ex: dict[str, Any], candidates: list[Candidate]) -> Aligned:
    spans = writer_spans(ex)
    owner: list[int | None] = []
    merged = 0
    for c in candidates:
        best: int | None = None
        best_ov, hits = 0, 0
        for n, (a, b, sp) in enumerate(spans):
            ov = min(b, c.span[1]) - max(a, c.span[0])
            if ov > 0 and _family(sp["type"]) == _family(c.type):
                hits += 1
                if ov > best_ov:
                    best, best_ov = n, ov
        merged += hits > 1
        owner.append(best)
    labels: list[CandidateLabel] = []
    first_of: dict[int, int] = {}
    for i, own in enumerate(owner):
        if own is not None:
            first_of.setdefault(own, i)
    for i, (c, k) in enumerate(zip(candidates, owner, strict=True)):
        if k is None:
            labels.append(CandidateLabel(kind="context", strength="hard"))
            continue
        sp = spans[k][2]
        modifies = None
        target = sp.get("modifies")
        if target is not None:
            tk = next((j for j, s in enumerate(spans) if s[2]["text"] == target), None)
            if tk is not None and tk in first_of and first_of[tk] != i:
                modifies = first_of[tk]
        if modifies is None and first_of[k] != i and c.linked is not None and c.linked != i:
            modifies = c.linked  # one writer span grounded as a day and its narrower
        labels.append(
            CandidateLabel(
                kind=_kind_of(sp, spans[k][0], c),
                strength=sp["strength"],
                retracted=bool(sp.get("retracted", False)),
                modifies=modifies,
                choice=sp.get("choice"),
            )
        )
    if ex["intent"] in NOT_BOOKING:  # no booking, so nothing is a wish: all context
        labels = [CandidateLabel(kind="context", strength="hard") for _ in labels]
    missed = [spans[k][2]["text"] for k in range(len(spans)) if k not in first_of]
    return Aligned(candidates, labels, missed, merged)


class FixedInterpreter:
    """Says what it is told: the writer's labels in place of a model (validation only)."""

    name = "writer-labels"

    def __init__(self, intent: str, labels: list[CandidateLabel]) -> None:
        self._out = Interpretation(intent=intent, labels=labels)

    def interpret(self, message: str, candidates: list[Candidate]) -> Interpreted:
        return Interpreted(self._out, 1.0, self.name)


def _hm(v: str) -> time:
    return time(23, 59, 59) if v == "24:00" else time.fromisoformat(v)


def _window(w: dict[str, Any], zone: Any) -> tuple[datetime, datetime]:
    """A writer's window ({"date", "from", "to"}) as two aware datetimes in `zone`."""
    d = date.fromisoformat(w["date"])
    return (
        datetime.combine(d, _hm(w.get("from", "00:00")), zone),
        datetime.combine(d, _hm(w.get("to", "24:00")), zone),
    )


def inside(p: Any, windows: list[dict[str, Any]], zone: Any) -> bool:
    """Whether the slot `p` (a proposal or one of its bookings) lies in one of `windows`."""
    start = p.start.astimezone(zone)
    end = p.end.astimezone(zone)
    for w in windows:
        lo, hi = _window(w, zone)
        if w.get("to", "24:00") == "24:00":
            hi = hi.replace(second=59, microsecond=999999)
        if lo <= start and end <= hi and (not w.get("resources") or _uses(p) in w["resources"]):
            return True
    return False


def _uses(p: Any) -> str:
    return p.resource if hasattr(p, "resource") else p.resources[0]


def _slots(p: Any) -> list[Any]:
    """What a writer's windows describe of proposal `p`: the visit itself or, for a
    proposal that books several, each booking (writers list the first visit in `top`,
    one window per visit or provider in `all`, and give `minutes` per visit)."""
    return list(p.bookings) or [p]


def fits_calendar(ex: dict[str, Any], cal: dict[str, Any]) -> bool:
    """False when the writer expects proposals where their own calendar has no room: no
    window of `expect.top` (or `expect.all` without a top) holds a visit of the expected
    length inside an open interval of a resource it allows. A writer's slip (a closed
    day, hours misread), told apart from the engine by the calendar alone, without any
    labels or grounding. Other outcomes are not judged here (True)."""
    from zoneinfo import ZoneInfo

    exp = ex["expect"]
    windows = exp.get("top") or exp.get("all") or []
    if exp["outcome"] != "proposals" or not windows:
        return True
    zone = ZoneInfo(cal["timezone"])
    length = timedelta(minutes=int(exp.get("minutes") or cal["duration_minutes"]))
    opens = {
        r["id"]: [
            (datetime.fromisoformat(o["start"]), datetime.fromisoformat(o["end"]))
            for o in r["open"]
        ]
        for r in cal["resources"]
    }
    for w in windows:
        lo, hi = _window(w, zone)
        for rid in w.get("resources") or list(opens):
            for a, b in opens.get(rid, []):
                if max(a, lo) + length <= min(b, hi):
                    return True
    return False


def check(ex: dict[str, Any], result: ScheduleResult, zone: Any) -> list[str]:
    """What in `result` disagrees with the writer's `expect` ([] when nothing)."""
    exp = ex["expect"]
    want = exp["outcome"]
    if want == "none":
        return [] if result.outcome == "none" else [f"outcome {result.outcome}, expected none"]
    if result.outcome != want:
        return [f"outcome {result.outcome}, expected {want}"]
    if want != "proposals":
        return []
    if not result.proposals:  # the solver's time ran out before it found one
        return ["outcome proposals with none (the solver's time ran out)"]
    errs = []
    top = result.proposals[0]
    first = _slots(top)[0]
    if not inside(first, exp["top"], zone):
        errs.append(f"top {top.start.isoformat()} {top.resource} outside expect.top")
    if exp.get("all"):
        errs.extend(
            f"proposal {p.rank} outside expect.all"
            for p in result.proposals
            if not all(inside(s, exp["all"], zone) for s in _slots(p))
        )
    if exp.get("minutes"):
        got = int((first.end - first.start).total_seconds() // 60)
        if got != exp["minutes"]:
            errs.append(f"length {got} min, expected {exp['minutes']}")
    return errs


def validate(ex: dict[str, Any], cal: dict[str, Any], engine: Any) -> tuple[dict | None, dict]:
    """(record or None, report). `engine` is a `slotwise.Engine`; its interpreter is
    replaced per call by the writer's labels."""
    from zoneinfo import ZoneInfo

    req = request_for(cal, ex["message"])
    cands, _, _ = find_candidates(req)
    al = align(ex, cands)
    report: dict[str, Any] = {"id": ex.get("id"), "missed": al.missed, "merged": al.merged}
    fixed = FixedInterpreter(ex["intent"], al.labels)
    saved = engine.interpreter
    engine.interpreter = fixed
    try:
        result = engine.schedule(req)
    finally:
        engine.interpreter = saved
    errs = check(ex, result, ZoneInfo(cal["timezone"]))
    report["errors"] = errs
    if errs:
        return None, report
    record = {
        "id": ex.get("id"),
        "message": ex["message"],
        "intent": ex["intent"],
        "candidates": [asdict(c) for c in cands],
        "labels": [lab.model_dump() for lab in al.labels],
        "phenomena": ex.get("phenomena", []),
    }
    return record, report


# the one reader of the writers' files (`.jsonl.gz` or plain `.jsonl`), kept under its old
# name here for the callers that import it from this module
load_jsonl = rows
