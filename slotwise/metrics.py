"""What `/metrics` shows, in the Prometheus text format (prometheus-client).

| metric | type | labels | what |
| --- | --- | --- | --- |
| `slotwise_requests_total` | counter | endpoint, outcome, code | answers: outcome proposals / clarification / none, or error with its code |
| `slotwise_request_seconds` | histogram | endpoint | body read to answer ready |
| `slotwise_model_seconds` | histogram | | the reader's time per request (the `interpret` step) |
| `slotwise_solver_seconds` | histogram | | the solver's time per request (the `solve` step) |
| `slotwise_step_seconds` | histogram | step | every pipeline step (ground, resources, interpret, constrain, solve) |
| `slotwise_queue_depth` | gauge | | requests waiting for a worker thread |
| `slotwise_in_flight` | gauge | | requests being answered now |
| `slotwise_engine_loaded` | gauge | | 1 once the engine (the model) is loaded |

Each app has its own registry, so two apps in one process (tests) do not mix counts.
With ``workers > 1`` every process answers `/metrics` for itself.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from slotwise.schemas import InterpretResult, RequestError, ScheduleResult, SlotwiseError

# From a 20 ms decision to a cold model load.
_SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The service's counters and histograms, on their own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "slotwise_requests",
            "Requests answered, by endpoint, outcome (or error) and error code.",
            ["endpoint", "outcome", "code"],
            registry=r,
        )
        self.latency = Histogram(
            "slotwise_request_seconds",
            "Body read to answer ready.",
            ["endpoint"],
            buckets=_SECONDS,
            registry=r,
        )
        self.model = Histogram(
            "slotwise_model_seconds", "The reader's time per request.", buckets=_SECONDS, registry=r
        )
        self.solver = Histogram(
            "slotwise_solver_seconds",
            "The solver's time per request.",
            buckets=_SECONDS,
            registry=r,
        )
        self.steps = Histogram(
            "slotwise_step_seconds",
            "Time in each pipeline step.",
            ["step"],
            buckets=_SECONDS,
            registry=r,
        )
        self.queue = Gauge(
            "slotwise_queue_depth", "Requests waiting for a worker thread.", registry=r
        )
        self.in_flight = Gauge("slotwise_in_flight", "Requests being answered now.", registry=r)
        self.loaded = Gauge("slotwise_engine_loaded", "1 once the engine is loaded.", registry=r)

    def watch(
        self, waiting: Callable[[], float], busy: Callable[[], float], loaded: Callable[[], float]
    ) -> None:
        """Read the queue, the requests in flight and the engine's state when scraped."""
        self.queue.set_function(waiting)
        self.in_flight.set_function(busy)
        self.loaded.set_function(loaded)

    def observe(
        self,
        endpoint: str,
        result: InterpretResult | None,
        error: SlotwiseError | None,
        seconds: float,
    ) -> None:
        """Count one answer and its times (from the result's steps, trace or not)."""
        if error is not None:
            outcome, code = "error", error.code
        elif isinstance(result, ScheduleResult):
            outcome, code = result.outcome, ""
        else:
            outcome, code = "interpreted", ""
        self.requests.labels(endpoint, outcome, code).inc()
        self.latency.labels(endpoint).observe(seconds)
        for step in result.steps if result is not None else []:
            self.steps.labels(step.step).observe(step.ms / 1000)
            if step.step == "interpret":
                self.model.observe(step.ms / 1000)
            elif step.step == "solve":
                self.solver.observe(step.ms / 1000)

    def count_error(self, endpoint: str, error: RequestError) -> None:
        """An answer that never reached the engine (404, 405)."""
        self.requests.labels(endpoint, "error", error.code).inc()

    def render(self) -> tuple[bytes, str]:
        """The exposition and its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
