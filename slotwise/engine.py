"""`Engine`: one object that reads a request and answers it.

ground -> interpret -> solve -> explain. The engine holds only read-only state (the
loaded model and compiled rules), so one instance serves concurrent callers.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from slotwise.alternatives import worth_showing
from slotwise.extractor.cues import CueRules
from slotwise.extractor.interpretation import Interpreter
from slotwise.extractor.pipeline import MessageReading, read_message
from slotwise.schemas import (
    Intent,
    InternalError,
    InterpretResult,
    Mention,
    RequestError,
    ScheduleRequest,
    ScheduleResult,
    SlotwiseError,
    Taxonomy,
    TraceStep,
    from_validation_error,
)
from slotwise.solvers.constraints import to_constraints

if TYPE_CHECKING:
    from slotwise.extractor.routing import Router

_CAUSAL_LM = "causal-lm:"
# Before asking, a "must" read from the message with a role confidence under this is read
# as a wish instead (one at a time, least sure first), as long as that leaves a slot.
# Chosen on the blind sets' dev half (docs/model_card.md); 0 turns it off.
RELAX_BELOW = 0.95
# Intents that ask for no slot: the result has outcome "none" and no proposals.
NOT_BOOKING = frozenset({"cancel", "other"})
# ... when the interpreter is at least this sure of it (below, the engine schedules:
# proposals offered in doubt cost less than a booking request left unanswered).
NONE_AT = 0.6
DEFAULT_TIME_BUDGET_S = 10.0
"""Wall-clock seconds one request may spend reading and solving before the best found so
far is returned (`ScheduleResult.timed_out`): a ceiling, the backstop behind the solver's
work budget (`solvers.model.DEFAULT_WORK`), which is what normally ends a long search."""
DEFAULT_WORK = 1.0
"""The solver's work budget per solve, in CP-SAT's deterministic time: the value of
`solvers.model.DEFAULT_WORK`, said again here so that OR-Tools loads only with the first
solve (a test keeps the two equal)."""
MIN_SOLVE_SHARE = 0.2
"""The solver gets at least this share of the budget, however long reading took."""


def _with_visits(req: ScheduleRequest, reading: MessageReading) -> ScheduleRequest:
    """The request with the visits the message books together (`extractor/visits.py`)
    as its appointments; a caller's own appointments or series win."""
    visits = reading.visits
    if visits is None or req.appointments or req.series or req.gaps or req.together:
        return req
    return req.model_copy(
        update={
            "appointments": visits.appointments(),
            "gaps": visits.gaps(),
            "together": visits.together(),
        }
    )


def _asks_nothing(reading: MessageReading) -> bool:
    """The message gave the solver nothing of its own: no constraint, no length, no
    "earliest" or "latest" ("yes", "ok" alone). A cancellation or non-booking that says
    nothing to schedule from is answered "none" at any confidence (under `NONE_AT` too):
    proposals there would be slots nobody asked for."""
    return not (reading.constraints or reading.duration_minutes or reading.urgent or reading.latest)


def _json_int(text: str) -> int:
    """An integer of JSON text. One too long for Python to convert (over
    ``sys.get_int_max_str_digits()`` digits) becomes a number of the same sign and
    number of digits, so validation reports it on its field as out of range instead of
    the whole parse failing."""
    limit = sys.get_int_max_str_digits()
    digits = len(text) - text.startswith("-")
    if not limit or digits <= limit:
        return int(text)
    magnitude = 10 ** (digits - 1)
    return -magnitude if text.startswith("-") else magnitude


def _json_object(data: Any, what: str) -> dict[str, Any]:
    """`data` as a JSON object (parsed when text), or a coded `RequestError`."""
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data, parse_int=_json_int)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise RequestError("invalid_json", f"not valid JSON: {exc}") from None
        except RecursionError:
            raise RequestError("invalid_json", "JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise RequestError("invalid_body", f"{what} is a JSON object, not {type(data).__name__}")
    return data


def parse_interpreter(spec: str) -> tuple[str, Path | None]:
    """``("rules", None)`` for ``"rules"``, ``("causal-lm", Path(...))`` for
    ``"causal-lm:PATH"``; a `ValueError` naming the choices for anything else. Only the
    form is checked here: whether PATH exists is for `load_interpreter` to find out."""
    if spec in {"auto", "reader", "reader-onnx", "reader-torch", "model", "rules"}:
        return spec, None
    if spec.startswith(_CAUSAL_LM) and spec[len(_CAUSAL_LM) :].strip():
        return "causal-lm", Path(spec[len(_CAUSAL_LM) :].strip()).expanduser()
    raise ValueError(
        f"unknown interpreter {spec!r}; use 'auto', 'reader', 'reader-onnx', 'reader-torch', "
        "'model', 'rules' or 'causal-lm:PATH' "
        "(a transformers model directory, or a .gguf file)"
    )


def load_interpreter(name: str = "auto") -> Interpreter:
    """`"reader"` (and `"auto"`): reader v2, the fine-tuned MiniLM shipped in the package,
    on onnxruntime when it is installed (no torch at run time), else on torch
    (`"reader-onnx"`, `"reader-torch"` ask for one);
    `"model"`: the 0.2 intent model and `"rules"`: the cue rules, both kept as baselines
    for the benchmarks; `"causal-lm:PATH"`: a
    transformers causal LM directory, or a GGUF file (``PATH`` ending in ``.gguf``),
    behind `CausalLMInterpreter` (docs/backends.md)."""
    kind, path = parse_interpreter(name)
    if kind == "rules":
        return CueRules()
    if kind == "causal-lm" and path is not None:
        from slotwise.extractor.model.causal_lm import CausalLMInterpreter

        if path.suffix.lower() == ".gguf":
            if not path.is_file():
                raise FileNotFoundError(f"GGUF file {str(path)!r} does not exist")
            return CausalLMInterpreter.load(path.parent, gguf_file=path.name)
        return CausalLMInterpreter.load(path)
    if kind == "model":  # the 0.2 intent model: a baseline in benchmarks
        from slotwise.extractor.model import IntentModel

        return IntentModel.load()
    from slotwise.extractor import reader

    backend = {"reader-onnx": "onnx", "reader-torch": "torch"}.get(kind, "auto")
    return reader.load(backend)


def understood(intent: str, mentions: list[Mention], message: str | None) -> str:
    """One line for a caller to route a message that asks for no slot: what it is (by
    the intent), what it names, and its question when it asks one."""
    what = {"cancel": "a cancellation", "other": "not a booking"}.get(intent, intent)
    about = ", ".join(f"{m.text!r} ({m.label or m.resource or m.type})" for m in mentions)
    line = what + (f" of {about}" if about else "")
    asked = [q.strip() for q in re.findall(r"[^.!?\n]*\?", message or "") if q.strip()]
    if asked:
        line += "; asks: " + " ".join(asked)
    return line


class Engine:
    """Reads booking requests and answers them with ranked proposals or a question.

    `interpreter` picks who labels the message's candidates: ``"auto"`` (the embedded
    model if packaged, else the cue rules), ``"model"``, ``"rules"``,
    ``"causal-lm:PATH"`` (a larger local model, docs/backends.md), or any object
    meeting the `Interpreter` protocol. `work_limit` is the solver's budget per solve,
    in CP-SAT's deterministic time (`solvers.model.DEFAULT_WORK` by default): it ends
    a long search at the same point however busy the machine, so the same request gets
    the same answer. `time_limit_s` is the wall-clock ceiling of one request, reading
    and solving (10 s by default), a backstop for a machine too slow for `work_limit`.
    When either runs out the result holds the best proposals found so far and
    `ScheduleResult.timed_out` says so.
    """

    def __init__(
        self,
        interpreter: str | Interpreter = "auto",
        *,
        time_limit_s: float = DEFAULT_TIME_BUDGET_S,
        work_limit: float = DEFAULT_WORK,
        relax_below: float = RELAX_BELOW,
        store: Any = None,
        session_ttl_s: float | None = None,
        min_notice_minutes: int = 0,
        lazy: bool = False,
    ) -> None:
        if not time_limit_s > 0:
            raise ValueError(f"time_limit_s must be positive, got {time_limit_s!r}")
        if not work_limit > 0:
            raise ValueError(f"work_limit must be positive, got {work_limit!r}")
        t0 = time.perf_counter()
        self._store_spec = store
        self._session_ttl_s = session_ttl_s
        self._store: Any = None
        # The default of a request's `rules.min_notice_minutes` (Cal.com's "minimum
        # booking notice"): no proposal starts before now plus it. A request that sets
        # its own keeps it.
        self.min_notice_minutes = min_notice_minutes
        self.relax_below = relax_below
        self._loading = threading.Lock()
        self._spec = interpreter if isinstance(interpreter, str) else None
        self._interpreter: Interpreter | None = (
            None if isinstance(interpreter, str) else interpreter
        )
        self.time_limit_s = time_limit_s
        self.work_limit = work_limit
        self.load_ms = 0.0
        if not lazy:  # `lazy`: the model loads with the first message that needs it
            _ = self.interpreter
        self.load_ms = (time.perf_counter() - t0) * 1000
        self._routers: Any = None  # a RouterCache, made on the first `router` call

    @staticmethod
    def parse_taxonomy(data: Taxonomy | dict[str, Any] | str | bytes) -> Taxonomy:
        """A validated taxonomy, or a `RequestError` naming the field and the problem."""
        if isinstance(data, Taxonomy):
            return data
        data = _json_object(data, "a taxonomy")
        try:
            return Taxonomy.model_validate(data)
        except ValidationError as exc:
            raise from_validation_error(exc, input=data) from None

    def router(self, taxonomy: Taxonomy | dict[str, Any] | str | bytes) -> Router:
        """The taxonomy, learned (seconds for tens of categories; cached by its hash):
        ``engine.router(taxonomy).route("You charged my card twice")`` (docs/routing.md)."""
        from slotwise.extractor.routing import RouterCache

        tax = self.parse_taxonomy(taxonomy)
        if self._routers is None:
            self._routers = RouterCache()
        try:
            router: Router = self._routers.get(tax)
        except SlotwiseError:
            raise
        except Exception as exc:
            raise InternalError(f"{type(exc).__name__}: {exc}") from exc
        return router

    @property
    def store(self) -> Any:
        """Where sessions live (`slotwise.stores`): the `store` given, a URL of one
        (``sqlite:///path.db``, ``redis://host:6379/0``), or the default SQLite file;
        opened on first use."""
        if self._store is None:
            from slotwise.stores import DEFAULT_TTL_S, open_store

            self._store = open_store(self._store_spec, ttl_s=self._session_ttl_s or DEFAULT_TTL_S)
        return self._store

    def session(self, session_id: str | None = None, /, **settings: Any) -> Any:
        """A conversation (`slotwise.sessions.Session`): ``session(**request_fields)``
        creates one (every request field but `message` and `now`); ``session(id)``
        resumes one from the store, or raises `session_not_found`."""
        from slotwise.sessions import Session

        if session_id is not None and not isinstance(session_id, str):
            raise TypeError(
                f"session(): the session id is a string, got {type(session_id).__name__}; "
                "create a session with session(**fields), e.g. session(timezone=...)"
            )
        if session_id is not None:
            return Session.resume(self, self.store, session_id)
        return Session.create(self, self.store, settings)

    @property
    def interpreter(self) -> Interpreter:
        """The interpreter, loaded on first use when the engine was made `lazy`."""
        if self._interpreter is None:
            with self._loading:
                if self._interpreter is None:
                    assert self._spec is not None
                    self._interpreter = load_interpreter(self._spec)
        return self._interpreter

    @interpreter.setter
    def interpreter(self, value: Interpreter) -> None:
        self._interpreter = value

    def preload(self) -> None:
        """Start loading the interpreter in a thread, so that it loads while the caller
        does something else (the CLI imports the solver meanwhile); a load error
        surfaces at first use."""
        if self._interpreter is not None:
            return

        def load() -> None:
            with contextlib.suppress(Exception):  # raised again at first use
                _ = self.interpreter

        threading.Thread(target=load, name="slotwise-preload", daemon=True).start()

    @staticmethod
    def parse(data: ScheduleRequest | dict[str, Any] | str | bytes) -> ScheduleRequest:
        """A validated request, or a `RequestError` naming the field and the problem."""
        if isinstance(data, ScheduleRequest):
            return data
        data = _json_object(data, "a request")
        try:
            return ScheduleRequest.model_validate(data)
        except ValidationError as exc:
            raise from_validation_error(exc, input=data) from None
        except RecursionError:
            raise RequestError("invalid_body", "the request is nested too deeply") from None

    def interpret(self, request: ScheduleRequest | dict[str, Any] | str | bytes) -> InterpretResult:
        """The intent and the grounded constraints, without solving."""
        req = self.parse(request)
        reading = self._read(req)
        result = InterpretResult(
            intent=reading.intent,
            constraints=reading.constraints + to_constraints(req),
            mentions=reading.mentions,
            duration_minutes=reading.duration_minutes,
            urgent=reading.urgent,
            warnings=req.warnings + reading.warnings,
            trace=reading.trace,
        )
        if not req.trace:
            result.without_trace()
        return result

    def schedule(self, request: ScheduleRequest | dict[str, Any] | str | bytes) -> ScheduleResult:
        """Ranked proposals, or a clarification when the hard constraints admit no slot."""
        req = self._with_defaults(self.parse(request))
        result = self._schedule(req)
        if not req.trace:
            result.without_trace()
        return result

    def _schedule(self, req: ScheduleRequest) -> ScheduleResult:
        from slotwise.solvers import solve  # OR-Tools loads with the first solve

        try:
            started = time.perf_counter()
            reading = self._read(req)
            constraints = reading.constraints + to_constraints(req)
            ids = [c.id for c in constraints]
            if len(set(ids)) < len(ids):  # the contract: ids are unique in a result
                raise RuntimeError(f"constraint ids collide: {ids}")
            if (
                reading.intent.name in NOT_BOOKING
                and (reading.intent.confidence >= NONE_AT or _asks_nothing(reading))
                and (req.message or "").strip()
                and not req.constraints
            ):
                # "cancel my Tuesday appointment", "how much is a cleaning?", "thanks!":
                # nothing to schedule; the caller routes it by the intent. A caller that
                # sends structured constraints wants a schedule whatever the words say.
                return ScheduleResult(
                    outcome="none",
                    intent=reading.intent,
                    constraints=constraints,
                    mentions=reading.mentions,
                    duration_minutes=reading.duration_minutes,
                    urgent=reading.urgent,
                    understood=understood(reading.intent.name, reading.mentions, req.message),
                    warnings=req.warnings + reading.warnings,
                    trace=reading.trace,
                )
            t0 = time.perf_counter()
            budget = self.time_limit_s
            req = _with_visits(req, reading)
            solved = solve(
                req,
                constraints,
                duration_minutes=reading.duration_minutes,
                time_limit_s=max(budget - (t0 - started), budget * MIN_SOLVE_SHARE),
                work_limit=self.work_limit,
                earliest=reading.urgent,
                latest=reading.latest,
            )
            relaxed: list[str] = []
            while solved.outcome == "clarification" and solved.clarification is not None:
                core = {c.id for c in solved.clarification.conflicts}
                weak = [
                    (c.confidence, n)
                    for n, c in enumerate(constraints)
                    if c.id in core
                    and c.source == "message"
                    and c.strength == "hard"
                    and c.confidence is not None
                    and c.confidence < self.relax_below
                ]
                if not weak:
                    break
                _, n = min(weak)
                c = constraints[n]
                kind = "prefer" if c.kind == "require" else c.kind
                constraints[n] = c.model_copy(
                    update={"kind": kind, "strength": "soft", "relaxed": True}
                )
                relaxed.append(c.id)
                reading.warnings.append(
                    f"read {c.text!r} as a wish, not a must (role confidence "
                    f"{c.confidence:.2f}): as a must it left no slot"
                )
                solved = solve(
                    req,
                    constraints,
                    duration_minutes=reading.duration_minutes,
                    time_limit_s=max(
                        budget - (time.perf_counter() - started), budget * MIN_SOLVE_SHARE
                    ),
                    work_limit=self.work_limit,
                    earliest=reading.urgent,
                    latest=reading.latest,
                )
            warnings = req.warnings + reading.warnings
            if solved.timed_out:
                spent = (
                    f"the work budget of {self.work_limit:g} (solver's deterministic time)"
                    if solved.detail.get("stopped_by") == "work"
                    else f"the time budget of {budget:g} s"
                )
                warnings.append(
                    f"{spent} ran out: these are the best proposals found so far, "
                    "not necessarily all or the best there are"
                )
            trace = [
                *reading.trace,
                TraceStep(
                    step="solve",
                    ms=round((time.perf_counter() - t0) * 1000, 3),
                    detail={
                        "constraints": [
                            c.model_dump(
                                mode="json",
                                include={"id", "kind", "strength", "weight", "retracted"},
                            )
                            for c in constraints
                        ],
                        **solved.detail,
                        "relaxed": relaxed,
                    },
                ),
            ]
            return ScheduleResult(
                outcome=solved.outcome,
                intent=reading.intent,
                constraints=constraints,
                mentions=reading.mentions,
                proposals=worth_showing(
                    constraints,
                    solved.proposals,
                    reading.duration_minutes is not None,
                    latest=reading.latest and not reading.urgent,
                ),
                clarification=solved.clarification,
                duration_minutes=reading.duration_minutes,
                urgent=reading.urgent,
                warnings=warnings,
                trace=trace,
                timed_out=solved.timed_out,
            )
        except SlotwiseError:
            raise
        except Exception as exc:  # a fault of ours: coded, with the cause chained for logs
            raise InternalError(f"{type(exc).__name__}: {exc}") from exc

    def _with_defaults(self, req: ScheduleRequest) -> ScheduleRequest:
        """The engine's settings for what the request leaves unset (minimum notice)."""
        if self.min_notice_minutes and "min_notice_minutes" not in req.rules.model_fields_set:
            rules = req.rules.model_copy(update={"min_notice_minutes": self.min_notice_minutes})
            req = req.model_copy(update={"rules": rules})
        return req

    def _read(self, req: ScheduleRequest) -> MessageReading:
        message = req.message or ""
        if not message.strip() and not req.history:
            return MessageReading(Intent(name="book", confidence=1.0), [], None)
        if not req.history:
            return read_message(req, self.interpreter)
        return self._read_conversation(req)

    def _read_conversation(self, req: ScheduleRequest) -> MessageReading:
        """Earlier turns are read with the new message, as one text, so that "actually,
        Thursday instead" retracts what an earlier turn asked for. Constraints from the
        earlier turns come back with `source="context"`, their `turn`, and no span."""
        turns = [*req.history, req.message or ""]
        joined = "\n".join(turns)
        starts, pos = [], 0
        for turn in turns:
            starts.append(pos)
            pos += len(turn) + 1
        reading = read_message(req.model_copy(update={"message": joined}), self.interpreter)
        current = starts[-1]
        constraints = []
        for c in reading.constraints:
            if c.span is None:
                constraints.append(c)
            elif c.span[0] >= current:
                span = (c.span[0] - current, c.span[1] - current)
                constraints.append(c.model_copy(update={"span": span}))
            else:
                index = max(i for i, s in enumerate(starts) if s <= c.span[0])
                constraints.append(
                    c.model_copy(update={"span": None, "source": "context", "turn": index})
                )
        reading.constraints = constraints
        return reading
