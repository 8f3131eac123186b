"""The negation-scope corpus is the test: a negated list of days ends at a sentence's
end, at an item without the "not" every earlier item said, and after its "or" item."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground

from tests.extractor import grounding_corpus_negation_scope as corpus
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", corpus.OUTSIDE, ids=[f"{c[0]}|{c[1]}" for c in corpus.OUTSIDE])
def test_where_a_negated_list_ends(case: tuple[str, str, bool]) -> None:
    text, said, negated = case
    found = {m.text: m for m in ground(text, REF, NY)}
    assert said in found, list(found)
    assert found[said].negated is negated, text
