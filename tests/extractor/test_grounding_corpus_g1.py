"""The G1 corpus (back-references, reschedules, relative offsets) grounds as it says."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor.grounding_corpus_g1 import BACKREFS, LABELS, MENTIONS
from tests.extractor.grounding_corpus_texting import TUE

NY = "America/New_York"


@pytest.mark.parametrize("case", BACKREFS, ids=[f"{m}::{t}" for m, t, _, _ in BACKREFS])
def test_grounding_g1_back_reference(case: tuple[str, str, str, str]) -> None:
    text, mention, best, antecedent = case
    found = ground(text, TUE, NY)
    got = {m.text: m for m in found}
    assert mention in got, list(got)
    m = got[mention]
    assert m.reading is not None and m.reading.label == best
    assert m.refers_to is not None and found[m.refers_to].text == antecedent


@pytest.mark.parametrize("case", LABELS, ids=[f"{m}::{t}" for m, t, _ in LABELS])
def test_grounding_g1_reading(case: tuple[str, str, str]) -> None:
    text, mention, best = case
    got = {m.text: m for m in ground(text, TUE, NY)}
    assert mention in got, list(got)
    m = got[mention]
    assert m.reading is not None and m.reading.label == best


@pytest.mark.parametrize("case", MENTIONS, ids=[m for m, _ in MENTIONS])
def test_grounding_g1_mentions(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, TUE, NY)) == want
