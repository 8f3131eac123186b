"""What the corpus tests ask of grounding, in one place: the mentions found in a text by
their words, and one of them with its reading (at `grounding_corpus.REF`, New York)."""

from __future__ import annotations

from datetime import datetime

from slotwise.extractor.grounding import TimeMention, ground

from tests.extractor.grounding_corpus import NY, REF


def found(text: str, ref: datetime = REF, zone: str = NY) -> dict[str, TimeMention]:
    """The mentions grounding finds in `text`, by their words."""
    return {m.text: m for m in ground(text, ref, zone)}


def mention(text: str, said: str, ref: datetime = REF, zone: str = NY) -> TimeMention:
    """The mention of the words `said` in `text`, which must be found and read."""
    all_found = found(text, ref, zone)
    assert said in all_found, list(all_found)
    m = all_found[said]
    assert m.reading is not None
    return m
