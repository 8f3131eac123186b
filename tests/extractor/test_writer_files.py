"""The writers' files: stored compressed and reproducibly, read by one reader, hashed by
their rows, and added by the kit only once they pass the format check."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import pytest
from slotwise.extractor.model.data.writers import kit
from slotwise.extractor.model.data.writers.files import (
    CONVERSATIONS,
    WRITERS,
    compress,
    raw,
    rows,
    sha256,
    writer_files,
    writer_id,
)

# the shipped reader's manifest, or each member's when it is an ensemble
WEIGHTS_MANIFESTS = sorted(
    (Path(kit.__file__).parents[3] / "reader" / "weights").glob("**/manifest.json")
)


@pytest.mark.parametrize(("folder", "prefix"), [(WRITERS, "w"), (CONVERSATIONS, "c")])
def test_writer_files_are_stored_compressed_and_reproducibly(folder: Path, prefix: str) -> None:
    found = writer_files(folder, prefix)
    assert len(found) >= 30
    assert not list(folder.glob(f"{prefix}*.jsonl"))  # no writer's file kept uncompressed
    for f in found:
        data = f.read_bytes()
        assert f.name.endswith(".jsonl.gz"), f
        assert data == compress(raw(f)), f"{f.name} is not written as `compress` writes it"
        assert data[3] == 0 and data[4:8] == b"\0\0\0\0"  # no file name, mtime 0


def test_writer_files_hashes_in_the_manifests_are_of_the_stored_rows() -> None:
    on_disk = json.loads((WRITERS / "manifest.json").read_text())
    for wid, entry in on_disk.items():
        assert sha256(WRITERS / f"{wid}.jsonl.gz") == entry["sha256"], wid
    assert WEIGHTS_MANIFESTS
    for manifest in WEIGHTS_MANIFESTS:
        trained = json.loads(manifest.read_text())
        for wid, entry in trained["writers"].items():
            assert sha256(WRITERS / f"{wid}.jsonl.gz") == entry["sha256"], (manifest, wid)
        for wid, entry in trained["conversations"].items():
            assert sha256(CONVERSATIONS / f"{wid}.jsonl.gz") == entry["sha256"], (manifest, wid)


def test_writer_files_read_plain_and_compressed_alike(tmp_path: Path) -> None:
    written = '{"id": 1, "message": "tmrw 3pm"}\n\n{not json\n{"id": 2, "message": "x"}\n'
    (tmp_path / "w01.jsonl").write_text(written)
    (tmp_path / "w02.jsonl.gz").write_bytes(compress(written.encode()))
    plain, stored = writer_files(tmp_path, "w")
    assert [writer_id(plain), writer_id(stored)] == ["w01", "w02"]
    assert (
        rows(plain) == rows(stored) == [{"id": 1, "message": "tmrw 3pm"}, {"id": 2, "message": "x"}]
    )
    assert sha256(plain) == sha256(stored)
    assert gzip.decompress(stored.read_bytes()) == written.encode()


def test_writer_files_refuse_one_writer_in_both_forms(tmp_path: Path) -> None:
    (tmp_path / "c03.jsonl").write_text("")
    (tmp_path / "c03.jsonl.gz").write_bytes(compress(b""))
    with pytest.raises(ValueError, match="c03 twice"):
        writer_files(tmp_path, "c")


def _kit_folder(tmp_path: Path, source: Path, wid: str) -> tuple[Path, str]:
    """A folder with the calendar of `source`'s writer under the id `wid`, and the first
    two rows of `source` as text."""
    folder = tmp_path / "repo"
    folder.mkdir()
    cal = source.parent / f"cal_{writer_id(source)}.json"
    (folder / f"cal_{wid}.json").write_text(cal.read_text())
    return folder, "".join(json.dumps(r) + "\n" for r in rows(source)[:2])


def test_kit_add_stores_a_checked_file_and_never_overwrites_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, written = _kit_folder(tmp_path, WRITERS / "w01.jsonl.gz", "w99")
    new = tmp_path / "w99.jsonl"
    new.write_text(written)
    assert kit.add(new, conversations=False, folder=folder) == 0
    target = folder / "w99.jsonl.gz"
    assert target.read_bytes() == compress(written.encode())
    assert kit.add(new, conversations=False, folder=folder) == 0  # the same rows again
    new.write_text(written.splitlines()[0] + "\n")
    assert kit.add(new, conversations=False, folder=folder) == 1
    assert "differs: not replaced" in capsys.readouterr().out
    assert rows(target) == [json.loads(x) for x in written.splitlines()]
    assert kit.add(new, conversations=False, folder=folder, replace=True) == 0
    assert len(rows(target)) == 1


def test_kit_add_refuses_a_file_with_problems_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, written = _kit_folder(tmp_path, WRITERS / "w01.jsonl.gz", "w98")
    bad = json.loads(written.splitlines()[1])
    bad["intent"] = "booking"
    new = tmp_path / "w98.jsonl"
    new.write_text(written.splitlines()[0] + "\n" + json.dumps(bad) + "\n{oops\n")
    assert kit.add(new, conversations=False, folder=folder) == 1
    out = capsys.readouterr().out
    assert "line 2: intent must be one of" in out and "line 3: not JSON" in out
    assert not list(folder.glob("w98*"))


def test_kit_add_conv_checks_conversations_and_wants_their_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, written = _kit_folder(tmp_path, CONVERSATIONS / "c01.jsonl.gz", "c97")
    new = tmp_path / "c97.jsonl"
    new.write_text(written)
    assert kit.add(new, conversations=False, folder=folder) == 2  # not a wNN file
    assert kit.add(new, conversations=True, folder=folder) == 0
    assert rows(folder / "c97.jsonl.gz") == rows(new)
    orphan = tmp_path / "c96.jsonl"
    orphan.write_text(written)
    assert kit.add(orphan, conversations=True, folder=folder) == 2
    assert "no calendar" in capsys.readouterr().out


def test_kit_add_takes_a_new_writers_calendar_and_stores_it_beside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "repo"
    folder.mkdir()
    monkeypatch.setattr(kit, "WRITERS", folder)
    cal = tmp_path / "cal_w95.json"
    cal.write_text((WRITERS / "cal_w01.json").read_text())
    new = tmp_path / "w95.jsonl"
    new.write_text("".join(json.dumps(r) + "\n" for r in rows(WRITERS / "w01.jsonl.gz")[:3]))
    assert kit.main(["add", str(new)]) == 2  # no calendar in the folder, none given
    assert kit.main(["add", str(new), "--cal", str(cal)]) == 0
    assert (folder / "cal_w95.json").read_text() == cal.read_text()
    assert rows(folder / "w95.jsonl.gz") == rows(new)
    other = tmp_path / "other.json"
    other.write_text((WRITERS / "cal_w02.json").read_text())
    assert kit.main(["add", str(new), "--cal", str(other), "--replace"]) == 1
    assert "is not the calendar" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("days", "open_weekdays"),
    [
        ("mon-fri", {0, 1, 2, 3, 4}),
        ("tue,thu,sat", {1, 3, 5}),
        ("sun-thu", {6, 0, 1, 2, 3}),  # a week that starts on Sunday wraps the range
        ("fri-mon", {4, 5, 6, 0}),
    ],
)
def test_kit_calendar_opens_on_the_days_of_the_range(days: str, open_weekdays: set[int]) -> None:
    spec = {
        "business": "a clinic",
        "now": "2027-03-15T07:00",
        "timezone": "UTC",
        "duration_minutes": 30,
        "resources": [{"id": "r", "name": "R", "days": days, "hours": "9-17"}],
    }
    cal = kit.make_calendar(spec, 1)
    opened = {datetime.fromisoformat(o["start"]).weekday() for o in cal["resources"][0]["open"]}
    assert opened == open_weekdays


def test_kit_calendar_names_an_unknown_day() -> None:
    spec = {
        "business": "a clinic",
        "now": "2027-03-15T07:00",
        "timezone": "UTC",
        "duration_minutes": 30,
        "resources": [{"id": "r", "name": "R", "days": "mon,thurs", "hours": "9-17"}],
    }
    with pytest.raises(ValueError, match="thurs"):
        kit.make_calendar(spec, 1)
