"""A small seeded slice of the fuzz run (benchmarks/fuzz.py): every finding is a failure."""

from __future__ import annotations

import pytest

# `benchmarks/` is a folder of the repository, not part of the installed package.
from benchmarks.fuzz import Tally, run, run_case
from benchmarks.fuzz_cases import ODD_KINDS


def test_fuzz_seeded_slice_has_no_findings() -> None:
    tally = run(seed=12, count=200, jobs=1, budget=10.0)  # loaded CI: no budget cut-offs
    assert sum(tally.cases.values()) == 200
    assert set(tally.cases) == {"structured", "message", "odd"}
    assert tally.conflicts > 0 and tally.outcomes["proposals"] > 0
    assert not tally.defects, tally.examples


@pytest.mark.parametrize("seed", [0, 1])
def test_fuzz_every_odd_input_gets_a_coded_error_or_an_answer(seed: int) -> None:
    # Empty, huge, wrong types, impossible dates, extreme years, unknown enums and time
    # zones, malformed iCalendar: each broken way once, on two random requests.
    assert ODD_KINDS > 60
    tally = Tally()
    for which in range(ODD_KINDS):
        run_case(seed, which, 10.0, tally, odd=which)
    assert tally.cases["odd"] == ODD_KINDS
    assert not tally.defects, tally.examples
    assert sum(tally.codes.values()) > ODD_KINDS / 2  # most are refused, each with a code
