"""`slotwise converse FILE.jsonl`: replay a conversation, one turn result a line.

The file's first line holds the session's settings (a request without `message` and
`now`: timezone, resources, duration_minutes, ...); every later line is a turn
(``{"message": "...", "now": "...", "shown": [...]}``). Each turn's result is written
as one JSON line, in order. The session lives in a temporary SQLite store unless
``--store`` names one (then it is kept, and its id is on stderr).

Exit codes as everywhere: 0 every turn answered, 2 an invalid line (its error object on
stderr, naming the line), 1 an internal fault.
"""

from __future__ import annotations

import json
import sys
import tempfile
from typing import IO

from slotwise.schemas import RequestError, SlotwiseError


def converse(
    path: str,
    store: str | None,
    stdout: IO[str],
    stderr: IO[str],
    stdin: IO[str] | None = None,
) -> int:
    from slotwise.engine import Engine

    stream = (stdin or sys.stdin) if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with stream:
        lines = [(n, line) for n, line in enumerate(stream, start=1) if line.strip()]
    with tempfile.TemporaryDirectory(prefix="slotwise-converse-") as tmp:
        engine = Engine(store=store or f"sqlite:///{tmp}/sessions.db")
        session = None
        for n, line in lines:
            try:
                try:
                    data = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise RequestError("invalid_json", f"line {n}: {exc}") from None
                if not isinstance(data, dict):
                    raise RequestError("invalid_body", f"line {n}: not a JSON object")
                if session is None:
                    session = engine.session(**data)
                    if store:
                        stderr.write(f"session {session.id}\n")
                    continue
                result = session.send(data)
                stdout.write(result.model_dump_json(exclude={"trace"}) + "\n")
            except SlotwiseError as exc:
                body = exc.to_dict()
                body["error"]["line"] = n
                stderr.write(json.dumps(body) + "\n")
                return 2 if isinstance(exc, RequestError) else 1
    return 0
