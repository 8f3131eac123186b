"""Where a message's clauses join, and whether as more of the same or as a choice.

A grounding fact read once from the words: each `Join` is the punctuation and
coordinating words between two clauses ("court 1 Monday 7pm, and court 2 Wednesday
7pm", "chen 3:30 + osei 3:45", "the van Wednesday AND a tip slot Wednesday afternoon",
"9:00 for the dog with Dr Botha and 9:30 for the cat"), with `choice` set where the
words offer the clauses as alternatives ("Sam at 8 or Aoife at 7", ", or else").
`choice_said` is true when the message says that one thing of several will do
("whichever is free", "either", "failing that", "if not"): its clauses are choices
however they are joined.

Constraint building reads these with the reader's spans (`visits.own_times`): which
times were said in the clause of which provider. The joins inside a time's own words
("between 10 and 12") are the time's, and it sets them aside by the spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slotwise.extractor.grounding.lexicon import FALLBACK_CONJUNCTION, FALLBACK_NOT_ELSE

# Punctuation that closes a clause ("," ";" ":" "." "!" "?" a dash), then maybe a
# coordinating word; or the word alone; or "+" / "&" between spaces.
_PUNCT = r"(?:[,;!?]|:(?!\d)|\.(?=\s|$)|\s[-–—]+(?=\s))"  # not the colon of "9:30"
_WORD = (
    r"(?:and(?:\s+(?:then|also))?|n|or(?:\s+(?:else|maybe|perhaps))?|also|plus|then|"
    rf"{FALLBACK_CONJUNCTION}|aswell|as\s+well)"
)
_JOIN = re.compile(
    rf"{_PUNCT}+(?:\s*\b{_WORD}\b)?|\b(?:and|AND|or|OR|plus)\b(?:\s+(?:then|also|else))?"
    r"|(?<=\s)[+&](?=\s)|(?<=\w)\+(?=\w)",
    re.IGNORECASE,
)
_CHOICE_WORD = re.compile(rf"\b(?:or|{FALLBACK_CONJUNCTION})\b", re.IGNORECASE)
# Words that offer what is said as choices, one of which will do.
_CHOICE_SAID = re.compile(
    rf"\b(?:whichever|either|one\s+or\s+the\s+other|{FALLBACK_NOT_ELSE}|"
    r"if\s+(?:\w+\s+){0,3}(?:is|are|'s)\s+(?:full|booked|busy|not\s+free))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Join:
    """Words between two clauses: their span, and whether they offer a choice ("or")."""

    text: str
    span: tuple[int, int]
    choice: bool

    @property
    def has_word(self) -> bool:
        """Joined by a word or sign ("and", "+", ", or"), not by punctuation alone."""
        return bool(re.search(r"[A-Za-z+&]", self.text))


def clause_joins(message: str) -> tuple[Join, ...]:
    """Every place the clauses of `message` join, in order."""
    return tuple(
        Join(m.group(0), (m.start(), m.end()), bool(_CHOICE_WORD.search(m.group(0))))
        for m in _JOIN.finditer(message)
    )


def choice_said(message: str) -> bool:
    """Whether `message` says one of the things it names will do ("whichever is free")."""
    return _CHOICE_SAID.search(message) is not None
