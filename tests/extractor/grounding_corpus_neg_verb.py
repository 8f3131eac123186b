"""Corpus: a negation kept apart from the bound it rules out by a verb, its object or a
subject (`rules_neg_verb`). The negation turns the bound, as "can't do before 2" does:
"do not book before 2" is from 2, "don't put me in after 4" is before 4.

Reference time: `grounding_corpus.REF` (Mon 23 Nov 2026, 09:00 New York).
"""

from __future__ import annotations

# (message, mention words, bound after the negation, its clock "%H:%M")
TURNED: tuple[tuple[str, str, str, str], ...] = (
    (
        "Please do not book before 2, I have a client call.",
        "do not book before 2",
        "after",
        "14:00",
    ),
    ("they work 7-3, cant leave site before 3", "cant leave site before 3", "after", "15:00"),
    (
        "I won't be home till 4:45 so anything after that",
        "won't be home till 4:45",
        "after",
        "16:45",
    ),
    ("don't put me in after 4 pls", "don't put me in after 4", "before", "16:00"),
    (
        "no way I can make it before 9, traffic's mad",
        "no way I can make it before 9",
        "after",
        "09:00",
    ),
    ("not able to come before noon, sorry", "not able to come before noon", "after", "12:00"),
    ("I don't finish till 3:30. Any chance of 4?", "don't finish till 3:30", "after", "15:30"),
    ("my ride dont get up till 8", "dont get up till 8", "after", "08:00"),
    ("she won't get there before 1", "won't get there before 1", "after", "13:00"),
    (
        "We can't get to the marina before 12 though",
        "can't get to the marina before 12",
        "after",
        "12:00",
    ),
    (
        "tenant says don't come before noon, she works overnights",
        "don't come before noon",
        "after",
        "12:00",
    ),
    ("please don't send anyone before 8", "don't send anyone before 8", "after", "08:00"),
    ("I'm on nights, can't run past 6", "can't run past 6", "before", "18:00"),
    ("the bus doesn't get in till 10:15", "doesn't get in till 10:15", "after", "10:15"),
    ("cannot attend before 10 I'm afraid", "cannot attend before 10", "after", "10:00"),
    ("i couldn't leave work before 5", "couldn't leave work before 5", "after", "17:00"),
    ("He can't stay later than 6:30pm", "can't stay later than 6:30pm", "before", "18:30"),
    (
        "I'm unable to reach the clinic before 11",
        "unable to reach the clinic before 11",
        "after",
        "11:00",
    ),
    (
        "we don't want anything before 11, and Friday is out",
        "don't want anything before 11",
        "after",
        "11:00",
    ),
    ("I never get home till 6", "never get home till 6", "after", "18:00"),
)

# The negation is of something else, or the bound is asked: the plain bound stays.
# (message, mention words, bound)
KEPT: tuple[tuple[str, str, str], ...] = (
    ("I don't mind before 2", "before 2", "before"),
    ("I don't mind, before 2 is fine", "before 2", "before"),
    ("can't wait! before 3 please", "before 3", "before"),
    ("can't you do it before 3?", "before 3", "before"),
    ("I don't have to leave till 5", "till 5", "before"),
    ("don't need it back till 4", "till 4", "before"),
    ("not long after 3 would be ideal", "after 3", "after"),
    ("I don't think before 2 is a problem", "before 2", "before"),
    ("if you can't fit me in before 3 then Friday", "before 3", "before"),
    ("no problem, after 4 works", "after 4", "after"),
    ("not sure, after 5 maybe", "after 5", "after"),
    ("not available till after 5 on weekdays", "after 5 on weekdays", "after"),
    ("I can't get there till after 1", "after 1", "after"),
)
