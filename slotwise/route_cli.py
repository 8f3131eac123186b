"""`slotwise route FILE.jsonl --taxonomy TAXONOMY.json`: one ``{"text": ...}`` a line in,
one routing result a line out, in order, written as each is routed (a progress bar on
stderr only when stderr is a terminal). A bad line gets ``{"error": {...}}`` on its own
line and the rest go on; an ``"id"`` on a line is echoed on its result. A bad taxonomy
is one error object on stderr and exit 2, before any line is read.
"""

from __future__ import annotations

import argparse
import json
from typing import IO, Any

from slotwise.schemas import InternalError, RequestError, SlotwiseError

EXIT_OK, EXIT_FAULT, EXIT_INVALID = 0, 1, 2


def add_parser(sub: Any) -> None:
    p = sub.add_parser("route", help="route support messages into a taxonomy (JSON Lines)")
    p.add_argument("file", metavar="FILE", help='JSON Lines, one {"text": ...} a line, or -')
    p.add_argument("--taxonomy", required=True, metavar="TAXONOMY", help="the taxonomy (JSON)")
    p.add_argument("--pretty", action="store_true", help="indent each result (not JSONL then)")


def _line(router: Any, raw: str, n: int) -> tuple[int, dict[str, Any]]:
    try:
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RequestError("invalid_json", f"line {n}: not valid JSON: {exc}") from None
        if not isinstance(item, dict):
            raise RequestError("invalid_body", f'line {n}: expected {{"text": ...}}')
        text = item.get("text")
        if not isinstance(text, str):
            code = "missing_field" if text is None else "invalid_type"
            raise RequestError(code, f"line {n}: 'text' must be a string", "text")
        out = router.route(text).model_dump(mode="json")
        if "id" in item:
            out = {"id": item["id"], **out}
        return EXIT_OK, out
    except SlotwiseError as exc:
        return exc.exit_code, exc.to_dict()
    except Exception as exc:  # a fault of ours: the line says so, the rest go on
        return EXIT_FAULT, InternalError(f"{type(exc).__name__}: {exc}").to_dict()


def route_command(
    args: argparse.Namespace, stdout: IO[str], stderr: IO[str], stdin: IO[str]
) -> int:
    from slotwise.engine import Engine

    try:
        with open(args.taxonomy, encoding="utf-8") as f:
            raw_taxonomy = f.read()
    except OSError as exc:
        stderr.write(
            json.dumps(RequestError("invalid_body", str(exc), "taxonomy").to_dict()) + "\n"
        )
        return EXIT_INVALID
    try:
        taxonomy = Engine.parse_taxonomy(raw_taxonomy)
        router = Engine(interpreter="rules").router(taxonomy)  # routing needs no reader
    except SlotwiseError as exc:
        stderr.write(json.dumps(exc.to_dict()) + "\n")
        return exc.exit_code
    if args.file == "-":
        lines: Any = stdin
        total = None
    else:
        try:
            lines = open(args.file, encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            stderr.write(json.dumps(RequestError("invalid_body", str(exc)).to_dict()) + "\n")
            return EXIT_INVALID
        with open(args.file, encoding="utf-8") as f:
            total = sum(1 for line in f if line.strip())
    from tqdm import tqdm

    worst = EXIT_OK
    bar = tqdm(total=total, file=stderr, unit="msg", disable=not _isatty(stderr))
    try:
        for n, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            code, out = _line(router, raw, n)
            worst = max(worst, code, key=lambda c: {EXIT_OK: 0, EXIT_INVALID: 1, EXIT_FAULT: 2}[c])
            stdout.write(json.dumps(out, indent=2 if args.pretty else None) + "\n")
            stdout.flush()
            bar.update(1)
    finally:
        bar.close()
        if lines is not stdin:
            lines.close()
    return worst


def _isatty(stream: IO[str]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
