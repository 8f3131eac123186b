"""The `slotwise` command line.

    slotwise schedule FILE.json | -          one request in, one result out (JSON)
    slotwise schedule --batch FILE.jsonl     one request a line, one result a line
    slotwise interpret FILE.json | -         intent and grounded constraints, no solving
    slotwise route FILE.jsonl --taxonomy T   support messages routed into a taxonomy
    slotwise schema [request|result]         the JSON Schema of the contract
    slotwise serve [--host H] [--port P]     the HTTP service
    slotwise converse FILE.jsonl             replay a conversation: settings, then turns
    slotwise audit FILE.jsonl                summary of an audit log
    slotwise train [...]                     train the embedded intent model

Exit codes: 0 answered (proposals or a clarification alike), 2 the input is invalid
(a JSON error object naming the field and the problem on stderr), 1 an internal fault.
In batch mode every line is answered, a bad one by ``{"error": {...}}`` on its own
line, and the exit code is the worst of the lines (1 over 2 over 0).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from slotwise.schemas import (
    InternalError,
    InterpretResult,
    RequestError,
    ScheduleRequest,
    ScheduleResult,
    SlotwiseError,
)

EXIT_OK, EXIT_FAULT, EXIT_INVALID = 0, 1, 2


def _dump(obj: Any, pretty: bool) -> str:
    return json.dumps(obj, indent=2 if pretty else None, ensure_ascii=False)


def _read_input(path: str, stdin: IO[str]) -> str:
    if path == "-":
        return stdin.read()
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except OSError as exc:
        raise RequestError(
            "invalid_body", f"cannot read {path}: {exc.strerror}", field="FILE"
        ) from None


def _lines(path: str, stdin: IO[str]) -> Iterator[tuple[int, str]]:
    if path == "-":
        yield from enumerate(stdin, start=1)
        return
    try:
        fh = open(path, encoding="utf-8")  # noqa: SIM115 - closed below, streamed line by line
    except OSError as exc:
        raise RequestError(
            "invalid_body", f"cannot read {path}: {exc.strerror}", field="FILE"
        ) from None
    with fh:
        yield from enumerate(fh, start=1)


def _answer(
    engine: Any, command: str, text: str, pretty: bool, options: argparse.Namespace | None = None
) -> tuple[int, str]:
    try:
        request: ScheduleRequest = engine.parse(text)
        if command == "schedule":
            if request.message:
                engine.preload()  # the model loads while the solver is imported
            _import_solver()
        if options is not None and options.no_trace:
            request = request.model_copy(update={"trace": False})
        result: InterpretResult | ScheduleResult
        result = engine.interpret(request) if command == "interpret" else engine.schedule(request)
        if options is not None and options.format == "text":
            return EXIT_OK, _text(result, request, options)
        return EXIT_OK, _dump(result.model_dump(mode="json"), pretty)
    except RequestError as exc:
        return EXIT_INVALID, _dump(exc.to_dict(), pretty)
    except SlotwiseError as exc:
        return EXIT_FAULT, _dump(exc.to_dict(), pretty)
    except Exception as exc:  # never a traceback on the user's terminal
        return EXIT_FAULT, _dump(InternalError(f"{type(exc).__name__}: {exc}").to_dict(), pretty)


def _import_solver() -> None:
    """Import the solver for this process. OR-Tools' `cp_model` imports pandas (about
    0.5 s of CPU, a third of a cold `slotwise schedule`) for its `*_series` helpers
    alone, which Slotwise never calls, and names only `pd.Index` and `pd.Series` while
    it loads. In the CLI's own process (never when Slotwise is imported as a library)
    it is imported against a stand-in with those two names, which is then taken out
    of `sys.modules`, so a later `import pandas` gets the real one. Anything unexpected
    and it is imported the ordinary way."""
    import sys
    import types

    if "ortools.sat.python.cp_model" not in sys.modules and "pandas" not in sys.modules:
        stand_in = types.ModuleType("pandas", "a stand-in while OR-Tools loads (slotwise.cli)")
        stand_in.Index = type("Index", (), {})  # type: ignore[attr-defined]
        stand_in.Series = type("Series", (), {})  # type: ignore[attr-defined]
        sys.modules["pandas"] = stand_in
        try:
            import ortools.sat.python.cp_model  # noqa: F401
        except Exception:
            for name in [m for m in sys.modules if m.startswith("ortools.sat")]:
                del sys.modules[name]
        finally:
            if sys.modules.get("pandas") is stand_in:
                del sys.modules["pandas"]
    import slotwise.solvers.solver  # noqa: F401


def _text(
    result: InterpretResult | ScheduleResult, request: ScheduleRequest, options: argparse.Namespace
) -> str:
    """``--format text``: rich tables when stdout is a terminal, plain lines otherwise."""
    from slotwise.render import render_rich, render_text

    stdout = options.stdout
    if not (hasattr(stdout, "isatty") and stdout.isatty()):
        return render_text(result, request)
    import shutil

    from rich.console import Console

    width = shutil.get_terminal_size().columns
    console = Console(record=True, file=io.StringIO(), force_terminal=True, width=width)
    render_rich(result, request, console)
    return console.export_text(styles=True).rstrip("\n")


def _solve_command(
    args: argparse.Namespace, stdout: IO[str], stderr: IO[str], stdin: IO[str]
) -> int:
    from slotwise.engine import Engine

    try:
        # lazy: a request with no message (structured constraints only) never loads the
        # shipped model; a model named by path loads now, so a wrong path fails at once
        lazy = args.interpreter in {"auto", "reader", "reader-onnx", "reader-torch", "rules"}
        engine = Engine(interpreter=args.interpreter, lazy=lazy)
    except Exception as exc:
        stderr.write(_dump(InternalError(f"engine failed to load: {exc}").to_dict(), False) + "\n")
        return EXIT_FAULT
    if not args.batch:
        try:
            text = _read_input(args.file, stdin)
        except RequestError as exc:
            stderr.write(_dump(exc.to_dict(), args.pretty) + "\n")
            return EXIT_INVALID
        args.stdout = stdout
        code, out = _answer(engine, args.command, text, args.pretty, args)
        (stdout if code == EXIT_OK else stderr).write(out + "\n")
        return code
    worst = EXIT_OK
    args.stdout = stdout
    try:
        for lineno, line in _lines(args.file, stdin):
            if not line.strip():
                continue
            code, out = _answer(engine, args.command, line, False, args)
            if code != EXIT_OK:
                err = json.loads(out)
                err["error"]["line"] = lineno
                out = _dump(err, False)
            stdout.write(out + "\n")
            stdout.flush()
            worst = code if (code == EXIT_FAULT or worst == EXIT_OK) else worst
    except RequestError as exc:
        stderr.write(_dump(exc.to_dict(), False) + "\n")
        return EXIT_INVALID
    return worst


def _schema_command(args: argparse.Namespace, stdout: IO[str]) -> int:
    schemas = {
        "request": ScheduleRequest.model_json_schema(),
        "result": ScheduleResult.model_json_schema(mode="serialization"),
    }
    out = schemas if args.which == "all" else schemas[args.which]
    stdout.write(_dump(out, True) + "\n")
    return EXIT_OK


def _interpreter(value: str) -> str:
    """argparse type of ``--interpreter``: the form only (the engine finds PATH)."""
    from slotwise.engine import parse_interpreter

    try:
        parse_interpreter(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="slotwise", description="Turns what people write into bookings."
    )
    parser.add_argument("--version", action="version", version=f"slotwise {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("schedule", "answer a request with proposals or a question"),
        ("interpret", "the intent and grounded constraints, without solving"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("file", metavar="FILE", help="a request as JSON, or - for stdin")
        p.add_argument(
            "--batch", action="store_true", help="FILE is JSON Lines: one request a line"
        )
        p.add_argument(
            "--interpreter",
            default="auto",
            type=_interpreter,
            metavar="NAME",
            help="who labels the message's candidates: auto, model, rules or "
            "causal-lm:PATH (a transformers model directory or .gguf file; default: auto)",
        )
        p.add_argument("--pretty", action="store_true", help="indent the JSON output")
        p.add_argument(
            "--no-trace",
            action="store_true",
            help='leave the trace out of the answer (as "trace": false in the request)',
        )
        p.add_argument(
            "--format",
            choices=["json", "text"],
            default="json",
            help="json (the contract, default) or text: an answer a person can read, "
            "as tables when stdout is a terminal",
        )
    from slotwise.route_cli import add_parser as add_route_parser

    add_route_parser(sub)
    p = sub.add_parser("schema", help="print the JSON Schema of the request and result")
    p.add_argument("which", nargs="?", default="all", choices=["all", "request", "result"])
    p = sub.add_parser("serve", help="serve the engine over HTTP")
    p.add_argument(
        "--host", default=None, help="bind address (env SLOTWISE_HOST, default 127.0.0.1)"
    )
    p.add_argument("--port", type=int, default=None, help="port (env SLOTWISE_PORT, default 8000)")
    p.add_argument(
        "--audit-log", dest="audit_path", default=None, help="append one JSON line per request here"
    )
    p.add_argument(
        "--redact", action="store_true", default=None, help="keep message text out of the audit log"
    )
    p.add_argument(
        "--audit-fsync",
        choices=["never", "always"],
        default=None,
        help="fsync after every audit record (env SLOTWISE_AUDIT_FSYNC, default never)",
    )
    p.add_argument(
        "--max-body-bytes",
        type=int,
        default=None,
        help="refuse larger request bodies with 413 (env SLOTWISE_MAX_BODY_BYTES)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="server processes, one engine each (env SLOTWISE_WORKERS, default 1)",
    )
    p.add_argument(
        "--threads",
        type=int,
        default=None,
        help="worker threads per process (env SLOTWISE_THREADS, default 0: one per core)",
    )
    p.add_argument(
        "--queue",
        type=int,
        default=None,
        help="requests that may wait for a worker; more get 503 with Retry-After "
        "(env SLOTWISE_QUEUE, default -1: 8 per thread)",
    )
    p.add_argument(
        "--max-wait",
        dest="max_wait_s",
        type=float,
        default=None,
        metavar="SECONDS",
        help="refuse (503) a request whose expected wait for a worker is longer "
        "(env SLOTWISE_MAX_WAIT, default 0.5)",
    )
    p.add_argument(
        "--time-limit",
        dest="time_limit_s",
        type=float,
        default=None,
        metavar="SECONDS",
        help="wall-clock ceiling of one request, a backstop behind the solver's "
        "work budget; then the best found so far (env SLOTWISE_TIME_LIMIT, default 10.0)",
    )
    p.add_argument(
        "--work-limit",
        dest="work_limit",
        type=float,
        default=None,
        metavar="UNITS",
        help="the solver's budget per request in CP-SAT deterministic time, the same "
        "under any load (env SLOTWISE_WORK_LIMIT, default 1.0)",
    )
    p.add_argument(
        "--interpreter",
        default=None,
        type=_interpreter,
        metavar="NAME",
        help="auto, model, rules or causal-lm:PATH (env SLOTWISE_INTERPRETER)",
    )
    p.add_argument("--log-level", default=None, help="uvicorn log level (env SLOTWISE_LOG_LEVEL)")
    p.add_argument(
        "--store",
        default=None,
        metavar="URL",
        help="where sessions live: sqlite:///PATH.db or redis://HOST:PORT/DB (env SLOTWISE_STORE)",
    )
    p.add_argument(
        "--session-ttl",
        dest="session_ttl_s",
        type=int,
        default=None,
        metavar="SECONDS",
        help="sessions expire this long after their last turn (env SLOTWISE_SESSION_TTL, 86400)",
    )
    p.add_argument(
        "--log-format",
        choices=["json", "text"],
        default=None,
        help="json lines with the request id, or text (env SLOTWISE_LOG_FORMAT, default json)",
    )
    p.add_argument(
        "--min-notice-minutes",
        type=int,
        default=None,
        help="no proposal starts before now plus this, unless a request sets "
        "rules.min_notice_minutes (env SLOTWISE_MIN_NOTICE_MINUTES, default 0)",
    )
    p = sub.add_parser("converse", help="replay a conversation from JSONL, one turn a line")
    p.add_argument("file", metavar="FILE", help="JSONL: a settings line, then one turn a line")
    p.add_argument("--store", default=None, metavar="URL", help="sqlite:///PATH.db or redis://...")
    p = sub.add_parser("audit", help="summarise an audit log")
    p.add_argument("file", metavar="FILE")
    sub.add_parser("train", help="train the embedded intent model (see --help)", add_help=False)
    return parser


def _version() -> str:
    from slotwise import __version__

    return __version__


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[str] | None = None,
) -> int:
    """Run the CLI in-process; returns the exit code (tests call this directly)."""
    stdout, stderr, stdin = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:
        from slotwise.extractor.train import main as train_main

        return int(train_main(argv[1:]) or 0)
    args = build_parser().parse_args(argv)
    if args.command in {"schedule", "interpret"}:
        return _solve_command(args, stdout, stderr, stdin)
    if args.command == "route":
        from slotwise.route_cli import route_command

        return route_command(args, stdout, stderr, stdin)
    if args.command == "schema":
        return _schema_command(args, stdout)
    if args.command == "serve":
        from slotwise.service import run
        from slotwise.service_config import ServiceConfig

        names = (
            "host",
            "port",
            "audit_path",
            "redact",
            "audit_fsync",
            "max_body_bytes",
            "workers",
            "threads",
            "queue",
            "max_wait_s",
            "time_limit_s",
            "work_limit",
            "interpreter",
            "log_level",
            "store",
            "session_ttl_s",
            "log_format",
            "min_notice_minutes",
        )
        kwargs = {k: getattr(args, k) for k in names if getattr(args, k) is not None}
        try:  # a bad setting (flag or environment) is named on stderr, not a traceback
            ServiceConfig.from_env(**kwargs)
        except ValueError as exc:
            stderr.write(f"slotwise serve: {exc}\n")
            return EXIT_INVALID
        run(**kwargs)
        return EXIT_OK
    if args.command == "converse":
        from slotwise.converse import converse

        return converse(args.file, args.store, stdout, stderr, stdin)
    if args.command == "audit":
        from slotwise.audit import main_summary

        return int(main_summary(args.file))
    return EXIT_INVALID


if __name__ == "__main__":
    sys.exit(main())
