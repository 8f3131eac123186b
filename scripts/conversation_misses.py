"""The training conversations' turns that the session gets wrong under their writers' labels.

Each conversation of the conversation writers (`extractor/model/data/conversations/c*.jsonl.gz`;
never the blind sets) is replayed as a session with the writer's labels in place of the
reader (`reader.conv_data`), so what fails is the session's own logic (goal, picks,
corrections, "cancel that", what holds) or grounding, not the reader. Prints turns fully
right and per-check accuracy, and writes one JSON object per failing turn.

With `--reader` the turns are read by the shipped reader instead (the session and the
checks are the same): on the held-out writers (`reader.train.HELD_OUT`: c25-c27, c40,
c41, c55, c56, never trained on) this is how the reader reads conversations it never saw, one part
of the rule that chooses a reader (docs/model_card.md).

    python scripts/conversation_misses.py [--writers c01,c02] [--out conversation_misses.jsonl]
    (no --writers: every writer but the held-out ones, which only a selection names)
    python scripts/conversation_misses.py --reader --writers c25,c26,c27,c40,c41 --out heldout.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from slotwise.extractor.model.data.writers.files import (
        CONVERSATIONS,
        writer_files,
        writer_id,
    )
    from slotwise.extractor.reader.conv_data import conversation_score
    from slotwise.extractor.reader.train import HELD_OUT

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--writers",
        default="",
        help="comma-separated writer ids (default: all but the held-out ones, train.HELD_OUT)",
    )
    ap.add_argument("--out", default="conversation_misses.jsonl")
    ap.add_argument(
        "--reader",
        action="store_true",
        help="read each turn with the shipped reader instead of the writer's labels "
        "(for the held-out writers, train.HELD_OUT: how the reader reads conversations it never saw)",
    )
    args = ap.parse_args(argv)
    wanted = set(filter(None, args.writers.split(",")))
    if wanted:
        files = [f for f in writer_files(CONVERSATIONS, "c") if writer_id(f) in wanted]
    else:  # the held-out writers only when named: they choose readers, nobody tunes on them
        files = [f for f in writer_files(CONVERSATIONS, "c") if writer_id(f) not in HELD_OUT]
    if args.reader:
        import tempfile

        from slotwise.engine import Engine

        engine = Engine(store=f"sqlite:///{tempfile.mkdtemp()}/replay.db")
        summary, misses = conversation_score(files, engine, with_labels=False)
    else:
        summary, misses = conversation_score(files)
    Path(args.out).write_text("".join(json.dumps(m) + "\n" for m in misses))
    print(json.dumps(summary))
    print(f"wrote {len(misses)} failing turns to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
