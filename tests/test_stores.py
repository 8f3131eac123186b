"""The session stores, real ones: SQLite (a file, WAL) and Redis (a redis-server)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from slotwise.stores import RedisStore, SQLiteStore, Store, open_store


@pytest.fixture(params=["sqlite", "redis"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/s.db"
    url: str = request.getfixturevalue("redis_url")
    return url


def test_stores_open_by_url(tmp_path: Path, redis_url: str) -> None:
    assert isinstance(open_store(f"sqlite:///{tmp_path}/a.db"), SQLiteStore)
    assert isinstance(open_store(redis_url), RedisStore)
    with pytest.raises(ValueError, match="unknown store"):
        open_store("postgres://x")


def test_stores_save_load_delete(store_url: str) -> None:
    store: Store = open_store(store_url)
    assert store.load("nope") is None
    expires = store.save("s1", {"turns": [1, 2]})
    assert expires > time.time() + 3600
    assert store.load("s1") == {"turns": [1, 2]}
    assert store.delete("s1") is True
    assert store.load("s1") is None
    assert store.delete("s1") is False


def test_stores_records_expire(store_url: str) -> None:
    store = open_store(store_url, ttl_s=0.3)
    store.save("short", {"a": 1})
    assert store.load("short") == {"a": 1}
    time.sleep(0.5)
    assert store.load("short") is None


def test_stores_lock_keeps_holders_apart(store_url: str) -> None:
    """Read-modify-write under the lock from many threads (each its own connection):
    no update is lost, so no two holders overlapped."""
    store = open_store(store_url)
    store.save("counter", {"n": 0})
    errors: list[BaseException] = []

    def bump() -> None:
        try:
            mine = open_store(store_url)
            for _ in range(5):
                with mine.lock("counter"):
                    record: Any = mine.load("counter")
                    time.sleep(0.002)
                    mine.save("counter", {"n": record["n"] + 1})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert store.load("counter") == {"n": 40}


def test_stores_lock_lease_frees_a_dead_holder(store_url: str) -> None:
    """A holder that never releases (a killed process) blocks for at most the lease."""
    store = open_store(store_url)
    store.lock_ttl_s = 0.3  # type: ignore[attr-defined]
    held = store.lock("s")
    held.__enter__()  # never exited: as if the process died holding it
    t0 = time.monotonic()
    with store.lock("s"):
        pass
    assert 0.1 < time.monotonic() - t0 < 5


def _bump_in_process(url: str, times: int) -> None:
    store = open_store(url)
    for _ in range(times):
        with store.lock("shared"):
            record: Any = store.load("shared")
            time.sleep(0.001)
            store.save("shared", {"n": record["n"] + 1})


def test_stores_lock_holds_across_processes(store_url: str) -> None:
    """The lock lives in the store, so separate processes never overlap either."""
    import multiprocessing

    store = open_store(store_url)
    store.save("shared", {"n": 0})
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_bump_in_process, args=(store_url, 10)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert store.load("shared") == {"n": 30}
