"""Where sessions live: one small interface, two real stores.

    Store                    load / save / delete a session record, and `lock(id)`
    ├── SQLiteStore          a file in WAL mode (the default; one machine, many processes)
    └── RedisStore           a Redis server (several replicas share it)

A record is a JSON object (the session's settings, its turns and its state). `save`
commits before it returns, so a turn that was answered survives a SIGKILL of the
process that answered it. `lock(id)` is held in the store itself, not in the process,
so turns sent at once to one session are applied one after the other also across
processes and replicas; a lock has a lease (`lock_ttl_s`), so a process killed while
holding it cannot block the session for longer than that.

Records expire `ttl_s` seconds after their last save (default 24 h); an expired record
reads as absent. `open_store("sqlite:///path.db" | "redis://host:6379/0")` picks one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

DEFAULT_TTL_S = 24 * 3600
DEFAULT_LOCK_TTL_S = 30.0
DEFAULT_LOCK_WAIT_S = 60.0
_POLL_S = 0.005


class StoreBusy(TimeoutError):
    """The session's lock was not free within the wait."""


class Store(Protocol):
    """What a session store offers. `ttl_s`: how long a record lives after its last save."""

    ttl_s: float
    url: str

    def load(self, session_id: str) -> dict[str, Any] | None: ...

    def save(self, session_id: str, record: dict[str, Any]) -> float:
        """Write the record (committed when this returns); the expiry, as a Unix time."""
        ...

    def delete(self, session_id: str) -> bool: ...

    def lock(self, session_id: str) -> Any:
        """A context manager: held, no other holder of this session's lock anywhere."""
        ...


def open_store(spec: str | Store | None, *, ttl_s: float = DEFAULT_TTL_S) -> Store:
    """A store from a URL (``sqlite:///path.db``, ``sqlite://`` for the default file,
    ``redis://host:port/db``), an existing store, or None (the default SQLite file)."""
    if spec is None:
        return SQLiteStore(default_path(), ttl_s=ttl_s)
    if not isinstance(spec, str):
        return spec
    if spec.startswith("sqlite://"):
        path, _, query = spec[len("sqlite://") :].partition("?")
        if path.startswith("//"):
            path = path[1:]
        options = dict(kv.split("=", 1) for kv in query.split("&") if "=" in kv)
        sync = options.get("synchronous", "normal").lower()
        return SQLiteStore(path or default_path(), ttl_s=ttl_s, synchronous=sync)
    if spec.startswith(("redis://", "rediss://", "unix://")):
        return RedisStore(spec, ttl_s=ttl_s)
    raise ValueError(f"unknown store {spec!r}; use sqlite:///PATH.db or redis://HOST:PORT/DB")


def default_path() -> Path:
    """``$SLOTWISE_STORE_DIR/sessions.db``, else ``~/.local/state/slotwise/sessions.db``."""
    base = os.environ.get("SLOTWISE_STORE_DIR") or Path.home() / ".local/state/slotwise"
    return Path(base) / "sessions.db"


class SQLiteStore:
    """Sessions in one SQLite file in WAL mode. Safe for many threads and processes on
    one machine.

    `synchronous`: ``"normal"`` (the default) makes a committed turn survive a killed
    process (SIGKILL, OOM) - SQLite's WAL is written before the commit returns - but
    not necessarily a power loss; ``"full"`` (``sqlite:///path.db?synchronous=full``)
    also fsyncs each commit, about 10 ms a turn on this machine. Locks live in their
    own table on a connection that never fsyncs: a lock lost in a crash is free anyway.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        ttl_s: float = DEFAULT_TTL_S,
        lock_ttl_s: float = DEFAULT_LOCK_TTL_S,
        lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
        synchronous: str = "normal",
    ) -> None:
        if synchronous not in {"normal", "full"}:
            raise ValueError(f"synchronous={synchronous!r}: use 'normal' or 'full'")
        self.synchronous = synchronous
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.url = f"sqlite:///{self.path}" + ("?synchronous=full" if synchronous == "full" else "")
        self.ttl_s = ttl_s
        self.lock_ttl_s = lock_ttl_s
        self.lock_wait_s = lock_wait_s
        self._local = threading.local()
        with self._db() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS sessions "
                "(id TEXT PRIMARY KEY, record TEXT NOT NULL, expires REAL NOT NULL)"
            )
            db.execute("CREATE INDEX IF NOT EXISTS sessions_expires ON sessions (expires)")
            db.execute(
                "CREATE TABLE IF NOT EXISTS locks "
                "(id TEXT PRIMARY KEY, owner TEXT NOT NULL, until REAL NOT NULL)"
            )

    def _conn(self, kind: str = "records") -> sqlite3.Connection:
        """This thread's connection: "records" (synchronous as configured) or "locks"
        (synchronous=OFF)."""
        conn: sqlite3.Connection | None = getattr(self._local, kind, None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            sync = "OFF" if kind == "locks" else self.synchronous.upper()
            conn.execute(f"PRAGMA synchronous={sync}")
            conn.execute("PRAGMA busy_timeout=30000")
            setattr(self._local, kind, conn)
        return conn

    @contextmanager
    def _db(self, kind: str = "records") -> Iterator[sqlite3.Connection]:
        """One transaction, taken for writing at once (BEGIN IMMEDIATE), committed on exit."""
        conn = self._conn(kind)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def load(self, session_id: str) -> dict[str, Any] | None:
        row = (
            self._conn()
            .execute("SELECT record, expires FROM sessions WHERE id = ?", (session_id,))
            .fetchone()
        )
        if row is None or row[1] <= time.time():
            return None
        record: dict[str, Any] = json.loads(row[0])
        return record

    def save(self, session_id: str, record: dict[str, Any]) -> float:
        expires = time.time() + self.ttl_s
        with self._db() as db:
            db.execute(
                "INSERT INTO sessions (id, record, expires) VALUES (?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET record = excluded.record, expires = excluded.expires",
                (session_id, json.dumps(record), expires),
            )
            db.execute("DELETE FROM sessions WHERE expires <= ?", (time.time(),))
        return expires

    def delete(self, session_id: str) -> bool:
        with self._db() as db:
            cur = db.execute(
                "DELETE FROM sessions WHERE id = ? AND expires > ?", (session_id, time.time())
            )
            return cur.rowcount > 0

    @contextmanager
    def lock(self, session_id: str) -> Iterator[None]:
        owner = uuid.uuid4().hex
        deadline = time.monotonic() + self.lock_wait_s
        while True:
            now = time.time()
            with self._db("locks") as db:
                cur = db.execute(
                    "INSERT INTO locks (id, owner, until) VALUES (?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET owner = excluded.owner, until = excluded.until "
                    "WHERE locks.until <= ?",
                    (session_id, owner, now + self.lock_ttl_s, now),
                )
                got = cur.rowcount > 0
            if got:
                break
            if time.monotonic() > deadline:
                raise StoreBusy(f"session {session_id!r} stayed locked for {self.lock_wait_s} s")
            time.sleep(_POLL_S)
        try:
            yield
        finally:
            with self._db("locks") as db:
                db.execute("DELETE FROM locks WHERE id = ? AND owner = ?", (session_id, owner))


# Release only a lock we hold (compare-and-delete, atomic in Redis).
_UNLOCK = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


class RedisStore:
    """Sessions in Redis (redis-py): ``slotwise:session:{id}`` with a TTL, and a lock
    ``slotwise:lock:{id}`` taken with SET NX PX and released by compare-and-delete."""

    def __init__(
        self,
        url: str,
        *,
        ttl_s: float = DEFAULT_TTL_S,
        lock_ttl_s: float = DEFAULT_LOCK_TTL_S,
        lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
        prefix: str = "slotwise:",
    ) -> None:
        import redis

        self.url = url
        self.ttl_s = ttl_s
        self.lock_ttl_s = lock_ttl_s
        self.lock_wait_s = lock_wait_s
        self.prefix = prefix
        self.client = redis.Redis.from_url(url)
        self._unlock = self.client.register_script(_UNLOCK)

    def _key(self, kind: str, session_id: str) -> str:
        return f"{self.prefix}{kind}:{session_id}"

    def load(self, session_id: str) -> dict[str, Any] | None:
        raw = self.client.get(self._key("session", session_id))
        if raw is None:
            return None
        record: dict[str, Any] = json.loads(raw)
        return record

    def save(self, session_id: str, record: dict[str, Any]) -> float:
        ms = max(1, int(self.ttl_s * 1000))
        self.client.set(self._key("session", session_id), json.dumps(record), px=ms)
        return time.time() + self.ttl_s

    def delete(self, session_id: str) -> bool:
        return bool(self.client.delete(self._key("session", session_id)))

    @contextmanager
    def lock(self, session_id: str) -> Iterator[None]:
        key = self._key("lock", session_id)
        owner = uuid.uuid4().hex
        deadline = time.monotonic() + self.lock_wait_s
        ms = int(self.lock_ttl_s * 1000)
        while not self.client.set(key, owner, nx=True, px=ms):
            if time.monotonic() > deadline:
                raise StoreBusy(f"session {session_id!r} stayed locked for {self.lock_wait_s} s")
            time.sleep(_POLL_S)
        try:
            yield
        finally:
            self._unlock(keys=[key], args=[owner])
