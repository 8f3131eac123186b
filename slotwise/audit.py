"""The audit trail: one JSON line per request, and a summary of a log.

Opt-in: ``slotwise serve --audit-log FILE`` (or ``SLOTWISE_AUDIT_LOG=FILE``), or
`AuditLog` from Python. Each record says which request (an id and a timestamp), how
long each stage took (from the result's trace), how the message was read (the trace),
and what came out: the outcome with a summary of the proposals or the clarification,
or the error with its code.

Durability: a record is one complete line handed to one ``os.write`` on a file opened
with ``O_APPEND``, under a lock for the threads of the process and an exclusive
``flock`` for other processes appending to the same file, so records never interleave.
One more hazard is real: Linux cuts a multi-page write short when the writer is killed
(SIGKILL) inside it, leaving a torn last line. So, under the lock, every append first
checks that the file ends with a newline and, if not, truncates the torn fragment (a
record that was never wholly written) before writing its own line: a torn line can
only ever be the last one, and only until the next append or `AuditLog` open.
`summarise` skips and counts lines that do not parse (a torn tail, a foreign writer).
``fsync="always"`` also survives a power cut (one disk flush per request); the default
``"never"`` survives any crash of the process and leaves the last records to the
kernel's write-back.

Redaction (``redact=True``, ``SLOTWISE_REDACT=1``) replaces the message, every
constraint's text and label, explanations, the clarification's question and conflict
texts, and every string in the trace that quotes the message (or sits under a text key)
with a marker ``"[redacted 42 chars h=1f2e3d4c5b6a]"``: the length and a keyed hash
(HMAC-SHA256, key from ``SLOTWISE_AUDIT_KEY`` or random per process), so equal texts
can be matched within a log without the text being recoverable.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import re
import secrets
import sys
import threading
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # not POSIX: threads are still serialised by the lock
    fcntl = None  # type: ignore[assignment]

from slotwise.schemas import (
    InterpretResult,
    ScheduleRequest,
    ScheduleResult,
    SlotwiseError,
)

RECORD_VERSION = 1
FSYNC_POLICIES = ("never", "always")

# Keys of trace details whose values are text taken from (or about) the message.
_TEXT_KEYS = frozenset(
    {
        "text",
        "message",
        "explanation",
        "question",
        "label",
        "labels_text",
        "cues",
        "cue",
        "intent_cue",
        "surface",
        "token",
        "tokens",
        "words",
        "phrase",
        "match",
        "prompt",
        "raw",
        "input",
    }
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def new_request_id() -> str:
    """A fresh request id (32 hex digits)."""
    return uuid.uuid4().hex


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Redactor:
    """Replaces text with a length-and-keyed-hash marker; knows the message's words."""

    def __init__(self, key: bytes, message: str | None) -> None:
        self.key = key
        words = {w.lower() for w in _WORD.findall(message or "")}
        self.quotes = (
            re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b", re.I)
            if words
            else None
        )

    def mark(self, text: str) -> str:
        digest = hmac.new(self.key, text.encode(), hashlib.sha256).hexdigest()[:12]
        return f"[redacted {len(text)} chars h={digest}]"

    def maybe(self, text: Any) -> Any:
        """`text` marked if it quotes the message; anything else unchanged."""
        if isinstance(text, str) and self.quotes is not None and self.quotes.search(text):
            return self.mark(text)
        return text

    def all_text(self, value: Any) -> Any:
        """Every string inside `value` marked."""
        if isinstance(value, str):
            return self.mark(value)
        if isinstance(value, list):
            return [self.all_text(v) for v in value]
        if isinstance(value, dict):
            return {k: self.all_text(v) for k, v in value.items()}
        return value

    def tree(self, value: Any) -> Any:
        """Strings under text keys marked, other strings marked if they quote the message."""
        if isinstance(value, dict):
            return {
                k: self.all_text(v) if k in _TEXT_KEYS else self.tree(v) for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.tree(v) for v in value]
        return self.maybe(value)


def _request_summary(request: ScheduleRequest | None) -> dict[str, Any] | None:
    if request is None:
        return None
    return {
        "message": request.message,
        "now": request.now.isoformat(),
        "timezone": request.timezone,
        "duration_minutes": request.duration_minutes,
        "resources": len(request.resources),
        "constraints": len(request.constraints),
        "max_proposals": request.max_proposals,
    }


def _stage_ms(result: InterpretResult | None, total_ms: float | None) -> dict[str, float]:
    ms: dict[str, float] = defaultdict(float)
    for step in result.steps if result is not None else []:
        ms[step.step] += step.ms
    if total_ms is not None:
        ms["total"] = total_ms
    return {k: round(v, 3) for k, v in ms.items()}


def build_record(
    *,
    endpoint: str,
    request: ScheduleRequest | None = None,
    result: InterpretResult | None = None,
    error: SlotwiseError | None = None,
    total_ms: float | None = None,
    request_id: str | None = None,
    timestamp: str | None = None,
    redact: bool = False,
    key: bytes = b"",
) -> dict[str, Any]:
    """One audit record as a plain dict (what `AuditLog.log` writes)."""
    record: dict[str, Any] = {
        "v": RECORD_VERSION,
        "id": request_id or new_request_id(),
        "ts": timestamp or _utc_now(),
        "endpoint": endpoint,
        "ms": _stage_ms(result, total_ms),
        "request": _request_summary(request),
    }
    if error is not None:
        record["outcome"] = "error"
        record["error"] = {"code": error.code, "field": error.field, "message": error.message}
    elif isinstance(result, ScheduleResult):
        record["outcome"] = result.outcome
    elif result is not None:
        record["outcome"] = "interpreted"
    else:
        record["outcome"] = "unknown"
    if result is not None:
        record["intent"] = result.intent.model_dump(mode="json")
        record["constraints"] = [
            c.model_dump(
                mode="json",
                include={
                    "id",
                    "text",
                    "span",
                    "kind",
                    "strength",
                    "weight",
                    "source",
                    "label",
                    "rule",
                    "retracted",
                    "resources",
                },
            )
            | {"intervals": len(c.intervals)}
            for c in result.constraints
        ]
        record["warnings"] = list(result.warnings)
        record["trace"] = [s.model_dump(mode="json") for s in result.steps]
    if isinstance(result, ScheduleResult):
        record["proposals"] = [
            {
                "rank": p.rank,
                "resource": p.resource,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "score": p.score,
                "violated": p.violated,
                "explanation": p.explanation,
            }
            for p in result.proposals
        ]
        if result.clarification is not None:
            c = result.clarification
            record["clarification"] = {
                "question": c.question,
                "conflicts": [{"id": k.id, "text": k.text} for k in c.conflicts],
                "relaxations": [
                    {"drop": r.drop, "proposals": len(r.proposals)} for r in c.relaxations
                ],
            }
    if redact:
        _redact(record, _Redactor(key, request.message if request is not None else None))
    return record


def _redact(record: dict[str, Any], r: _Redactor) -> None:
    record["redacted"] = True
    req = record.get("request")
    if req and req.get("message") is not None:
        req["message"] = r.mark(req["message"])
    for c in record.get("constraints", []):
        for k in ("text", "label"):
            if c.get(k) is not None:
                c[k] = r.mark(c[k])
    for p in record.get("proposals", []):
        p["explanation"] = r.mark(p["explanation"]) if p["explanation"] else ""
    clar = record.get("clarification")
    if clar:
        clar["question"] = r.mark(clar["question"])
        for k in clar["conflicts"]:
            k["text"] = r.mark(k["text"])
    if "warnings" in record:
        record["warnings"] = [r.maybe(w) for w in record["warnings"]]
    if "trace" in record:
        record["trace"] = r.tree(record["trace"])
    if "error" in record:
        record["error"]["message"] = r.maybe(record["error"]["message"])


class AuditLog:
    """An append-only JSON Lines audit log, safe for the threads of one process and for
    several processes appending to one file. Use as a context manager or `close()`."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        redact: bool = False,
        fsync: str = "never",
        key: bytes | None = None,
    ) -> None:
        if fsync not in FSYNC_POLICIES:
            raise ValueError(f"fsync policy {fsync!r}; use one of {FSYNC_POLICIES}")
        self.path = Path(path)
        self.redact = redact
        self.fsync = fsync
        env_key = os.environ.get("SLOTWISE_AUDIT_KEY")
        self._key = key or (env_key.encode() if env_key else secrets.token_bytes(32))
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        self._append(b"")  # repairs a torn tail left by a killed writer

    def _append(self, data: bytes) -> None:
        with self._lock:
            fd = self._fd
            if fd is None:
                raise ValueError("the audit log is closed")
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                _drop_torn_tail(fd)
                written = os.write(fd, data) if data else 0
                while written < len(data):  # a full disk or a signal: finish the line
                    written += os.write(fd, data[written:])
                if data and self.fsync == "always":
                    os.fsync(fd)
            finally:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_UN)

    def write(self, record: dict[str, Any]) -> None:
        """Append one record as one line."""
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)
        self._append(line.encode() + b"\n")

    def log(
        self,
        *,
        endpoint: str,
        request: ScheduleRequest | None = None,
        result: InterpretResult | None = None,
        error: SlotwiseError | None = None,
        total_ms: float | None = None,
        request_id: str | None = None,
    ) -> dict[str, Any]:
        """Build a record for one request (redacted if the log says so) and append it."""
        record = build_record(
            endpoint=endpoint,
            request=request,
            result=result,
            error=error,
            total_ms=total_ms,
            request_id=request_id,
            redact=self.redact,
            key=self._key,
        )
        self.write(record)
        return record

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _drop_torn_tail(fd: int) -> None:
    """Truncate the file after its last newline if it ends inside a line."""
    size = os.fstat(fd).st_size
    if size == 0 or os.pread(fd, 1, size - 1) == b"\n":
        return
    end = size
    while end > 0:
        start = max(0, end - 65536)
        chunk = os.pread(fd, end - start, start)
        cut = chunk.rfind(b"\n")
        if cut >= 0:
            os.ftruncate(fd, start + cut + 1)
            return
        end = start
    os.ftruncate(fd, 0)


def from_env(
    path: str | os.PathLike[str] | None = None, redact: bool | None = None
) -> AuditLog | None:
    """An `AuditLog` from arguments, else ``SLOTWISE_AUDIT_LOG``/``SLOTWISE_REDACT``/
    ``SLOTWISE_AUDIT_FSYNC``; None when no path is configured."""
    path = path or os.environ.get("SLOTWISE_AUDIT_LOG") or None
    if not path:
        return None
    if redact is None:
        redact = env_flag("SLOTWISE_REDACT")
    return AuditLog(path, redact=redact, fsync=os.environ.get("SLOTWISE_AUDIT_FSYNC", "never"))


def env_flag(name: str, default: bool = False) -> bool:
    """A boolean environment variable: 1/true/yes/on are true, 0/false/no/off false."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError(f"{name}={raw!r} is not a boolean; use 1 or 0")


# ---------------------------------------------------------------------------------------
# Reading a log back


def read_records(path: str | os.PathLike[str]) -> tuple[list[dict[str, Any]], int]:
    """The records of a log and the number of lines skipped (torn or not JSON objects)."""
    records: list[dict[str, Any]] = []
    skipped = 0
    for line in _lines(path):
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            skipped += 1
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            skipped += 1
    return records, skipped


def _lines(path: str | os.PathLike[str]) -> Iterator[bytes]:
    with open(path, "rb") as f:
        for line in f:
            if line.strip():
                yield line


def percentile(values: list[float], q: float) -> float:
    """The `q`-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summarise(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Counts by outcome, the clarification rate, errors by code and latency percentiles
    (p50/p95/p99, ms) per stage and in total, over every readable record of a log.

    The clarification rate is clarifications over answered schedule requests
    (proposals + clarifications). Lines that do not parse are skipped and counted."""
    records, skipped = read_records(path)
    outcomes = Counter(str(r.get("outcome", "unknown")) for r in records)
    endpoints = Counter(str(r.get("endpoint", "unknown")) for r in records)
    errors = Counter(
        str((r.get("error") or {}).get("code", "unknown"))
        for r in records
        if r.get("outcome") == "error"
    )
    stages: dict[str, list[float]] = defaultdict(list)
    for r in records:
        for stage, ms in (r.get("ms") or {}).items():
            if isinstance(ms, int | float) and not isinstance(ms, bool):
                stages[stage].append(float(ms))
    answered = outcomes["proposals"] + outcomes["clarification"]
    latency = {
        stage: {
            "n": len(values),
            "p50": round(percentile(values, 50), 3),
            "p95": round(percentile(values, 95), 3),
            "p99": round(percentile(values, 99), 3),
            "max": round(max(values), 3),
        }
        for stage, values in sorted(stages.items(), key=lambda kv: (kv[0] == "total", kv[0]))
    }
    timestamps = sorted(str(r["ts"]) for r in records if "ts" in r)
    return {
        "records": len(records),
        "skipped_lines": skipped,
        "first": timestamps[0] if timestamps else None,
        "last": timestamps[-1] if timestamps else None,
        "by_outcome": dict(sorted(outcomes.items())),
        "by_endpoint": dict(sorted(endpoints.items())),
        "clarification_rate": round(outcomes["clarification"] / answered, 4) if answered else None,
        "errors_by_code": dict(errors.most_common()),
        "latency_ms": latency,
    }


def format_summary(summary: dict[str, Any]) -> str:
    """The printable report of a `summarise` result."""
    out = [
        f"records: {summary['records']}  (skipped lines: {summary['skipped_lines']})",
        f"span:    {summary['first'] or '-'} .. {summary['last'] or '-'}",
        "",
        "outcome            count",
    ]
    out += [f"  {k:<16} {v:>5}" for k, v in summary["by_outcome"].items()]
    rate = summary["clarification_rate"]
    out.append(f"clarification rate: {'-' if rate is None else f'{rate:.1%}'}")
    out += ["", "error code         count"]
    out += [f"  {k:<16} {v:>5}" for k, v in summary["errors_by_code"].items()] or ["  (none)"]
    out += ["", f"{'stage':<16} {'n':>6} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'max ms':>9}"]
    for stage, s in summary["latency_ms"].items():
        out.append(
            f"{stage:<16} {s['n']:>6} {s['p50']:>9.2f} {s['p95']:>9.2f} {s['p99']:>9.2f} "
            f"{s['max']:>9.2f}"
        )
    return "\n".join(out)


def main_summary(path: str | os.PathLike[str], *, out: Callable[[str], Any] | None = None) -> int:
    """`slotwise audit FILE`: print the report of a log; 0 if read, 2 if it cannot be."""
    write = out or print
    try:
        summary = summarise(path)
    except OSError as exc:
        print(
            json.dumps({"error": {"code": "invalid_value", "field": "path", "message": str(exc)}}),
            file=sys.stderr,
        )
        return 2
    write(format_summary(summary))
    return 0


if __name__ == "__main__":  # python -m slotwise.audit FILE
    if len(sys.argv) != 2:
        print("usage: python -m slotwise.audit FILE", file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main_summary(sys.argv[1]))
