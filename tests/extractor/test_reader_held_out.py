"""The conversation writers held out from the reader's training stay out of it."""

from __future__ import annotations

from pathlib import Path

from slotwise.extractor.model.data.writers.files import writer_id
from slotwise.extractor.reader.train import HELD_OUT, conversation_files


def test_reader_train_leaves_held_out_writers_out(tmp_path: Path) -> None:
    for stem in ["c01", "c24", *sorted(HELD_OUT)]:
        (tmp_path / f"{stem}.jsonl").write_text("")
    (tmp_path / "cal_c01.json").write_text("{}")
    got = [writer_id(f) for f in conversation_files(tmp_path)]
    assert got == ["c01", "c24"]


def test_reader_train_reads_every_other_conversation_writer() -> None:
    got = {writer_id(f) for f in conversation_files()}
    assert {"c01", "c24"} <= got
    assert not got & HELD_OUT
