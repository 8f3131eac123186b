"""Where clauses join (`extractor/grounding/clauses.py`): joins that add more of the same,
joins that offer a choice, and the words that say one thing of several will do."""

from __future__ import annotations

import pytest
from slotwise.extractor.grounding.clauses import choice_said, clause_joins

# (message, the joins' words, which offer a choice)
JOINS = [
    ("court 1 Monday 17th 7pm, and court 2 Wednesday 19th 7pm", [", and"], [False]),
    ("chen 3:30 + osei 3:45 wed nov 3", ["+"], [False]),
    ("the van Wednesday AND a tip slot Wednesday afternoon", ["AND"], [False]),
    ("9:00 for the dog with Dr Botha and 9:30 for the cat", ["and"], [False]),
    ("Quick one — court 1 7am Friday, court 2 7am Saturday pls", [" —", ","], [False, False]),
    ("studio A sunday 2-6 for drums, and then studio B tuesday", [", and then"], [False]),
    ("Sam at 8 or Aoife at 7", ["or"], [True]),
    ("quarter to 3 on monday with Garcia, or quarter to 3 on tuesday", [", or"], [True]),
    (
        "van 20th or 22nd, not fussed. also want a tip slot",
        ["or", ",", ". also"],
        [True, False, False],
    ),
]


@pytest.mark.parametrize(("message", "words", "choices"), JOINS)
def test_clauses_joins_and_choices(message: str, words: list[str], choices: list[bool]) -> None:
    joins = clause_joins(message)
    assert [j.text for j in joins] == words
    assert [j.choice for j in joins] == choices
    assert all(message[j.span[0] : j.span[1]] == j.text for j in joins)


CHOICE = [
    "Sam at 8 or Aoife at 7, Wednesday the 16th, whichever is free",
    "nurse lee after 4, dr osei before noon, whichever",
    "Either Ms Chan on Wednesday 17th, Mr Wong on Thursday 18th",
    "Garcia at 3 on monday, failing that Chen at 3 on tuesday",
    "Rosa at 2 tomorrow, if not Dwayne at 3",
    "one or the other: Lena Wednesday, Noor Thursday",
]
NOT_CHOICE = [
    "court 1 Monday 17th 7pm, and court 2 Wednesday 19th 7pm",
    "me at 2 with Sam, my daughter at 3 with whoever's free",
    "9:00 for the dog with Dr Botha and 9:30 for the cat with Dr Naidoo",
    "physics with Anand sir evening and chem with Divya ma'am morning",
]


@pytest.mark.parametrize("message", CHOICE)
def test_clauses_choice_said(message: str) -> None:
    assert choice_said(message)


@pytest.mark.parametrize("message", NOT_CHOICE)
def test_clauses_no_choice_said(message: str) -> None:
    assert not choice_said(message)
