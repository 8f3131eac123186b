"""The service's settings: `ServiceConfig`, each field with its environment variable
(read by pydantic-settings, `slotwise.settings`), and the checks run before it starts."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024
QUEUE_PER_THREAD = 8
"""Default `queue`: this many waiting requests per worker thread."""


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity), at least 1."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# ServiceConfig field -> the environment variable that sets it.
ENV_VARS: dict[str, str] = {
    "host": "SLOTWISE_HOST",
    "port": "SLOTWISE_PORT",
    "audit_path": "SLOTWISE_AUDIT_LOG",
    "redact": "SLOTWISE_REDACT",
    "audit_fsync": "SLOTWISE_AUDIT_FSYNC",
    "max_body_bytes": "SLOTWISE_MAX_BODY_BYTES",
    "workers": "SLOTWISE_WORKERS",
    "threads": "SLOTWISE_THREADS",
    "queue": "SLOTWISE_QUEUE",
    "max_wait_s": "SLOTWISE_MAX_WAIT",
    "time_limit_s": "SLOTWISE_TIME_LIMIT",
    "work_limit": "SLOTWISE_WORK_LIMIT",
    "interpreter": "SLOTWISE_INTERPRETER",
    "log_level": "SLOTWISE_LOG_LEVEL",
    "store": "SLOTWISE_STORE",
    "session_ttl_s": "SLOTWISE_SESSION_TTL",
    "log_format": "SLOTWISE_LOG_FORMAT",
    "min_notice_minutes": "SLOTWISE_MIN_NOTICE_MINUTES",
}


@dataclass(frozen=True)
class ServiceConfig:
    """What the service can be told; each field has an environment variable."""

    host: str = "127.0.0.1"  # SLOTWISE_HOST
    port: int = 8000  # SLOTWISE_PORT
    audit_path: str | None = None  # SLOTWISE_AUDIT_LOG
    redact: bool = False  # SLOTWISE_REDACT
    audit_fsync: str = "never"  # SLOTWISE_AUDIT_FSYNC: never | always
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES  # SLOTWISE_MAX_BODY_BYTES
    workers: int = 1  # SLOTWISE_WORKERS: server processes, one engine each
    threads: int = 0  # SLOTWISE_THREADS: worker threads per process; 0: one per core
    queue: int = -1  # SLOTWISE_QUEUE: requests that may wait for one; -1: 8 per thread
    max_wait_s: float = 0.5  # SLOTWISE_MAX_WAIT: longest expected wait for a worker taken
    time_limit_s: float = 10.0  # SLOTWISE_TIME_LIMIT: wall-clock ceiling of a request
    work_limit: float = 1.0  # SLOTWISE_WORK_LIMIT: the solver's deterministic-time budget
    interpreter: str = "auto"  # SLOTWISE_INTERPRETER: auto | model | rules | causal-lm:PATH
    log_level: str = "info"  # SLOTWISE_LOG_LEVEL
    store: str | None = None  # SLOTWISE_STORE: sqlite:///PATH.db | redis://HOST:PORT/DB
    session_ttl_s: int | None = None  # SLOTWISE_SESSION_TTL: seconds (default 24 h)
    log_format: str = "json"  # SLOTWISE_LOG_FORMAT: json | text
    min_notice_minutes: int = 0  # SLOTWISE_MIN_NOTICE_MINUTES: the default minimum notice
    extra: dict[str, Any] = field(default_factory=dict)  # passed on to uvicorn.run

    @classmethod
    def from_env(cls, **overrides: Any) -> ServiceConfig:
        """Defaults, then the environment, then `overrides` that are not None
        (pydantic-settings, `slotwise.settings`)."""
        from slotwise.settings import read_settings

        known = {f.name for f in fields(cls)}
        extra = {k: v for k, v in overrides.items() if k not in known and v is not None}
        settings = read_settings(**{k: v for k, v in overrides.items() if k in known})
        values = {k: v for k, v in settings.model_dump().items() if k in known}
        config = cls(**values)
        if extra:
            config = replace(config, extra={**config.extra, **extra})
        config.check()
        return config

    def check(self) -> None:
        if not 0 < self.port < 65536:
            raise ValueError(f"port {self.port} is not between 1 and 65535")
        if self.max_body_bytes < 1024:
            raise ValueError(f"max_body_bytes {self.max_body_bytes} is below 1024")
        if self.workers < 1 or self.threads < 0:
            raise ValueError("workers must be at least 1, threads at least 0 (0: one per core)")
        if self.queue < -1:
            raise ValueError(f"queue {self.queue} is below 0 (-1: {QUEUE_PER_THREAD} per thread)")
        if not 0 < self.max_wait_s <= 600:
            raise ValueError(f"max wait {self.max_wait_s} s is not in (0, 600]")
        if not 0 < self.time_limit_s <= 600:
            raise ValueError(f"time limit {self.time_limit_s} s is not in (0, 600]")
        if not 0 < self.work_limit <= 600:
            raise ValueError(f"work limit {self.work_limit} is not in (0, 600]")
        if self.audit_fsync not in {"never", "always"}:
            raise ValueError(f"audit fsync {self.audit_fsync!r}: use 'never' or 'always'")
        check_interpreter(self.interpreter)


def check_interpreter(spec: str) -> None:
    """A `ValueError` naming the setting when ``interpreter`` cannot be loaded: an
    unknown name, or a ``causal-lm:PATH`` whose PATH is not there. Checked before the
    server starts, since the engine loads in the background and would only log it."""
    from slotwise.engine import parse_interpreter

    setting = f"interpreter {spec!r} (SLOTWISE_INTERPRETER, --interpreter)"
    try:
        kind, path = parse_interpreter(spec)
    except ValueError as exc:
        raise ValueError(f"{setting}: {exc}") from None
    if kind == "causal-lm" and path is not None and not path.exists():
        raise ValueError(f"{setting}: {str(path)!r} does not exist")
