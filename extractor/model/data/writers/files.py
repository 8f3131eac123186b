"""The writers' files: where they live, how they are stored, and the one reader of them.

Each training writer's messages (`writers/wNN.jsonl.gz`) and each conversation writer's
conversations (`conversations/cNN.jsonl.gz`) is the JSON Lines file the writer wrote,
compressed with gzip the same way every time (`compress`: level 9, mtime 0, no file
name in the header), so the same rows give the same bytes. The kit's `add` / `add-conv`
store a new writer's file (`kit.py`); everything that reads them goes through `rows`.

A plain `.jsonl` file is read the same way (the blind sets under `benchmarks/data/`,
files in a test's temporary folder); a folder holding both forms of one writer is an
error, never a silent choice.

Hashes (`sha256`, recorded in `writers/manifest.json` and in the reader's training
manifest) are of the uncompressed text, the bytes the writer wrote: they do not depend on
how the file is stored, and equal the hashes of the `.jsonl` files from before
compression.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from pathlib import Path
from typing import Any

WRITERS = Path(__file__).parent
CONVERSATIONS = WRITERS.parent / "conversations"
STORED = ".jsonl.gz"  # how a writer's file is kept in the repository
PLAIN = ".jsonl"


def writer_id(path: Path) -> str:
    """`w01` of `.../w01.jsonl.gz` or `.../w01.jsonl`."""
    for suffix in (STORED, PLAIN):
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)]
    raise ValueError(f"not a writer's file (.jsonl or .jsonl.gz): {path}")


def writer_files(folder: Path, prefix: str) -> list[Path]:
    """The writers' files in `folder` whose id starts with `prefix` ("w", "c", "b"),
    ordered by id; `.jsonl.gz` or plain `.jsonl`, never both for one writer."""
    found: dict[str, Path] = {}
    for suffix in (STORED, PLAIN):
        for f in folder.glob(f"{prefix}*{suffix}"):
            wid = writer_id(f)
            if wid in found:
                raise ValueError(f"{folder} holds writer {wid} twice: {found[wid].name}, {f.name}")
            found[wid] = f
    return [found[wid] for wid in sorted(found)]


def text(path: Path) -> str:
    """The writer's file as they wrote it (uncompressed when stored `.jsonl.gz`)."""
    return raw(path).decode("utf-8")


def raw(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def rows(path: Path) -> list[dict[str, Any]]:
    """The objects of a writer's file, one per non-blank line; a line that is not JSON is
    skipped (the kit's `check` names such lines, `add` refuses the file)."""
    out = []
    for line in text(path).splitlines():
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return out


def sha256(path: Path) -> str:
    """SHA-256 of the uncompressed text (see the module's docstring)."""
    return hashlib.sha256(raw(path)).hexdigest()


def compress(data: bytes) -> bytes:
    """`data` gzip-compressed reproducibly: level 9, mtime 0, empty file name. (Not
    `gzip.compress`, whose header names the OS in some Python versions and not others.)"""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()
