"""Corpus: a negation before the first item of an "or" list reaches a bound after "or"
("can't come before 10 or after 2": 2pm on is ruled out too; `grounding.negated_bound_list`).
Each row: the message and the words of the bound that is ruled out by the list's negation.
Reference time: `grounding_corpus.REF` (Mon 23 Nov 2026, 09:00 New York)."""

from __future__ import annotations

RULED_OUT: tuple[tuple[str, str], ...] = (
    ("I can't come before 10 or after 2", "after 2"),
    ("not before 9:30 or after 5 please", "after 5"),
    ("nothing before 10 or after 4, I do the school run", "after 4"),
    ("mum can't get there before 11 or after 3", "after 3"),
    ("no earlier than 8 or later than 4 pls", "later than 4"),
    ("not earlier than 9am or later than 1pm on weekdays", "later than 1pm on weekdays"),
    ("can't do before noon or after 6 tomorrow", "after 6 tomorrow"),
    ("I'm not free before 10 or past 3", "past 3"),
    ("cant come in b4 10 or after 5", "after 5"),
    ("I cannot do before 8:30 nor after 4:30", "after 4:30"),
    ("I can't do Tuesday or Wednesday after 3", "Wednesday after 3"),
    ("not Monday or Friday after 1", "Friday after 1"),
    ("we can't do the 14th or the 15th after 2pm", "the 15th after 2pm"),
    ("never before 9 or after 6 for me", "after 6 for me"),
    ("nothing earlier than 10:15 or after 3:45", "after 3:45"),
    ("can't come in before 9 nor after 12", "after 12"),
    ("no sooner than 10 or later than 2 - kids", "later than 2"),
)

# Near misses that keep their reading: a choice offered after a comma, a bound with its
# own negation, a bound after "or" with no negation before it, and "and".
KEPT: tuple[tuple[str, str], ...] = (
    ("not before 10, or after 2 if that's easier", "after 2"),
    ("nothing before 10 or nothing after 4", "nothing after 4"),
    ("any day after 3 or before 9", "before 9"),
    ("Tuesday before noon or Thursday after 2", "Thursday after 2"),
    ("not before 10 and after 2 is best", "after 2"),
    ("I'm free after 4 or before 8", "before 8"),
    ("can't do monday. after 3 on tuesday or wednesday works", "after 3"),
)
