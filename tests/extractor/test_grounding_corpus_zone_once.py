"""The zone-said-once corpus is the test: a message that names one zone reads its other clocks
in it, unless it names the business's side, contrasts the clock, or names two zones."""

from __future__ import annotations

import pytest

from tests.extractor import grounding_corpus_zone_once as zc
from tests.extractor.grounding_corpus import NY
from tests.extractor.grounding_found import found as _found


@pytest.mark.parametrize("case", zc.ZONE_CARRIED, ids=[m for m, *_ in zc.ZONE_CARRIED])
def test_zone_once_lends_its_zone_to_other_clocks(case: tuple[str, str, str]) -> None:
    text, said, zone = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].zone == zone


@pytest.mark.parametrize("case", zc.ZONE_NOT_CARRIED, ids=[m for m, _ in zc.ZONE_NOT_CARRIED])
def test_zone_once_keeps_the_business_side(case: tuple[str, str]) -> None:
    text, said = case
    found = _found(text)
    assert said in found, list(found)
    assert found[said].zone == NY
