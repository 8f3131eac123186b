"""The neg-verb corpus is the test: a negation reaches its bound across a verb, its object
or a subject ("do not book before 2"), not across words that say it is of something
else ("I don't mind before 2")."""

from __future__ import annotations

import pytest

from tests.extractor import grounding_corpus_neg_verb as g
from tests.extractor.grounding_found import mention


@pytest.mark.parametrize("case", g.TURNED, ids=[m for m, *_ in g.TURNED])
def test_negation_across_a_verb_turns_the_bound(case: tuple[str, str, str, str]) -> None:
    text, said, bound, clock = case
    m = mention(text, said)
    assert m.bound == bound and not m.negated and m.reading is not None
    edges = {(b if bound == "before" else a).strftime("%H:%M") for a, b in m.reading.intervals}
    assert clock in edges, edges


@pytest.mark.parametrize("case", g.KEPT, ids=[m for m, *_ in g.KEPT])
def test_negation_of_something_else_leaves_the_bound(case: tuple[str, str, str]) -> None:
    text, said, bound = case
    assert mention(text, said).bound == bound
