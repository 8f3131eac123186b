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


# Messages and their candidates that every interpreter test runs on.
MESSAGES = [
    (
        "I need to see Dr. Smith next Tuesday but actually maybe Wednesday afternoon",
        [("resource", "Dr. Smith"), ("time", "next Tuesday"), ("time", "Wednesday afternoon")],
    ),
    ("cancel my 3pm tomorrow", [("time", "3pm"), ("time", "tomorrow")]),
    ("what are your opening hours?", []),
    (
        "move my friday appt to monday, not before 10",
        [("time", "friday"), ("time", "monday"), ("time", "not before 10")],
    ),
    (
        "an hour with whoever is free, ideally thursday",
        [("duration", "an hour"), ("resource", "whoever is free"), ("time", "thursday")],
    ),
]
