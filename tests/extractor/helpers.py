"""Shared helpers for the interpreter tests."""

from __future__ import annotations

from slotwise.extractor.interpretation import Candidate


def cands(message: str, items: list[tuple[str, str]]) -> list[Candidate]:
    """Candidates for (type, text) items found left to right in `message`."""
    out, pos = [], 0
    for i, (kind, text) in enumerate(items):
        a = message.index(text, pos)
        out.append(Candidate(i, kind, text, (a, a + len(text)), "test"))  # type: ignore[arg-type]
        pos = a + len(text)
    return out
