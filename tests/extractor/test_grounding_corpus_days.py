"""The days corpus is the test: weak weekday abbreviations read as days only in context."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.grounding.aside import unread

from tests.extractor import grounding_corpus_days as days
from tests.extractor.grounding_corpus import NY, REF


@pytest.mark.parametrize("case", days.DAYS, ids=[m for m, _ in days.DAYS])
def test_grounding_days_weak_weekday_in_context(case: tuple[str, tuple[str, ...]]) -> None:
    text, want = case
    assert tuple(m.text for m in ground(text, REF, NY)) == want


@pytest.mark.parametrize("text", days.WORDS)
def test_grounding_days_weak_weekday_as_a_word(text: str) -> None:
    assert ground(text, REF, NY) == []


@pytest.mark.parametrize("text", [t for t in days.WORDS if t.split()[0].lower() == "wed"])
def test_grounding_days_weak_weekday_as_a_word_is_set_aside(text: str) -> None:
    """ "wed love to come": the word is left unread for want of context, not dropped."""
    assert [u.reason for u in unread(text)] == ["needs_context"]
