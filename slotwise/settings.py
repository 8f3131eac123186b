"""The service's settings, read by pydantic-settings: defaults, then the environment
(``SLOTWISE_*``), then flags (``slotwise serve --port ...``), each checked once, with
an error that names the variable and the flag.

| setting | environment | flag | default |
| --- | --- | --- | --- |
| host | SLOTWISE_HOST | --host | 127.0.0.1 |
| port | SLOTWISE_PORT | --port | 8000 |
| audit_path | SLOTWISE_AUDIT_LOG | --audit-log | none |
| redact | SLOTWISE_REDACT | --redact | false |
| audit_fsync | SLOTWISE_AUDIT_FSYNC | --audit-fsync | never |
| max_body_bytes | SLOTWISE_MAX_BODY_BYTES | --max-body-bytes | 4194304 |
| workers | SLOTWISE_WORKERS | --workers | 1 |
| threads | SLOTWISE_THREADS | --threads | 0 (one per core) |
| queue | SLOTWISE_QUEUE | --queue | -1 (8 per thread) |
| max_wait_s | SLOTWISE_MAX_WAIT | --max-wait | 0.5 |
| time_limit_s | SLOTWISE_TIME_LIMIT | --time-limit | 10.0 |
| work_limit | SLOTWISE_WORK_LIMIT | --work-limit | 1.0 |
| store | SLOTWISE_STORE | --store | none (SQLite file when sessions are used) |
| session_ttl_s | SLOTWISE_SESSION_TTL | --session-ttl | 86400 |
| interpreter | SLOTWISE_INTERPRETER | --interpreter | auto |
| log_level | SLOTWISE_LOG_LEVEL | --log-level | info |
| log_format | SLOTWISE_LOG_FORMAT | --log-format | json |
| min_notice_minutes | SLOTWISE_MIN_NOTICE_MINUTES | --min-notice-minutes | 0 |
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AliasChoices, Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024

# setting -> (environment variable, flag), for the table above and for error messages
NAMES: dict[str, tuple[str, str]] = {
    "host": ("SLOTWISE_HOST", "--host"),
    "port": ("SLOTWISE_PORT", "--port"),
    "audit_path": ("SLOTWISE_AUDIT_LOG", "--audit-log"),
    "redact": ("SLOTWISE_REDACT", "--redact"),
    "audit_fsync": ("SLOTWISE_AUDIT_FSYNC", "--audit-fsync"),
    "max_body_bytes": ("SLOTWISE_MAX_BODY_BYTES", "--max-body-bytes"),
    "workers": ("SLOTWISE_WORKERS", "--workers"),
    "threads": ("SLOTWISE_THREADS", "--threads"),
    "interpreter": ("SLOTWISE_INTERPRETER", "--interpreter"),
    "log_level": ("SLOTWISE_LOG_LEVEL", "--log-level"),
    "log_format": ("SLOTWISE_LOG_FORMAT", "--log-format"),
    "min_notice_minutes": ("SLOTWISE_MIN_NOTICE_MINUTES", "--min-notice-minutes"),
    "queue": ("SLOTWISE_QUEUE", "--queue"),
    "max_wait_s": ("SLOTWISE_MAX_WAIT", "--max-wait"),
    "time_limit_s": ("SLOTWISE_TIME_LIMIT", "--time-limit"),
    "work_limit": ("SLOTWISE_WORK_LIMIT", "--work-limit"),
    "store": ("SLOTWISE_STORE", "--store"),
    "session_ttl_s": ("SLOTWISE_SESSION_TTL", "--session-ttl"),
}


class Settings(BaseSettings):
    """Every setting of ``slotwise serve``; see the module's table."""

    model_config = SettingsConfigDict(env_prefix="SLOTWISE_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    audit_path: str | None = Field(
        None, validation_alias=AliasChoices("audit_path", "SLOTWISE_AUDIT_LOG")
    )
    redact: bool = False
    audit_fsync: Literal["never", "always"] = "never"
    max_body_bytes: int = Field(DEFAULT_MAX_BODY_BYTES, ge=1024)
    workers: int = Field(1, ge=1)
    threads: int = Field(0, ge=0)
    """Worker threads per process; 0: one per usable core."""
    queue: int = Field(-1, ge=-1)
    """Requests that may wait for a worker before the next is refused; -1: 8 per thread."""
    max_wait_s: float = Field(
        0.5, gt=0, validation_alias=AliasChoices("max_wait_s", "SLOTWISE_MAX_WAIT")
    )
    time_limit_s: float = Field(
        10.0, gt=0, validation_alias=AliasChoices("time_limit_s", "SLOTWISE_TIME_LIMIT")
    )
    work_limit: float = Field(1.0, gt=0, le=600)
    """The solver's budget per request in CP-SAT deterministic time: what ends a long
    search, at the same point on a quiet or a loaded machine (docs/solver.md)."""
    store: str | None = None
    """Where sessions live: sqlite:///PATH.db or redis://HOST:PORT/DB."""
    session_ttl_s: int | None = Field(
        None, ge=1, validation_alias=AliasChoices("session_ttl_s", "SLOTWISE_SESSION_TTL")
    )
    interpreter: str = "auto"
    log_level: Literal["critical", "error", "warning", "info", "debug", "trace"] = "info"
    log_format: Literal["json", "text"] = "json"
    """json: one JSON object a line (with the request id); text: for a person."""
    min_notice_minutes: int = Field(0, ge=0, le=60 * 24 * 90)
    """No proposal starts before now plus this, unless a request sets its own
    `rules.min_notice_minutes` (Cal.com's "minimum booking notice")."""


def read_settings(**flags: Any) -> Settings:
    """The settings from the environment, with `flags` (not None) over them; a
    `ValueError` naming the variable, the flag and the problem for a bad value."""
    given = {k: v for k, v in flags.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = str(err["loc"][0]) if err["loc"] else ""
            env, flag = NAMES.get(name, (name, name))
            problems.append(f"{env} ({flag}) = {err.get('input')!r}: {err['msg']}")
        raise ValueError("; ".join(problems)) from None
