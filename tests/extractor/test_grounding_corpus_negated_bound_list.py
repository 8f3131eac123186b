"""The negated-list corpus is the test: a negation before the first item of an "or" list
is every item's, bounds included ("can't come before 10 or after 2")."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_negated_bound_list as corpus
from tests.extractor.grounding_corpus import NY, REF


def _mention(text: str, said: str) -> tuple[bool, str]:
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    return found[said].negated, found[said].bound


@pytest.mark.parametrize("case", corpus.RULED_OUT, ids=[c[0] for c in corpus.RULED_OUT])
def test_a_bound_in_a_negated_or_list_is_negated(case: tuple[str, str]) -> None:
    text, said = case
    negated, bound = _mention(text, said)
    assert negated, text
    assert bound == "after", "the interval stays the one the words name"


@pytest.mark.parametrize("case", corpus.KEPT, ids=[c[0] for c in corpus.KEPT])
def test_a_bound_outside_a_negated_or_list_keeps_its_reading(case: tuple[str, str]) -> None:
    text, said = case
    negated, _ = _mention(text, said)
    assert not negated, text
