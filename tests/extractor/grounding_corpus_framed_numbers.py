"""The framed-number corpus: a conversation's turn that corrects only the clock with a
bare number ("can we do 4 instead", "make it 11", "3 not 2", "ok 4 then") reads the
number as a clock, 1-6 the afternoon and 7-11 the morning as a bare "at 4" is; a count,
money, a length or a numbered thing stays no time.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# Each row: the message, the mention's words, the clock its reading starts at (HH:MM).
FRAMED: tuple[tuple[str, str, str], ...] = (
    ("can we do 4 instead", "4", "16:00"),
    ("could we maybe do 10 instead?", "10", "10:00"),
    ("ok 4 then", "4", "16:00"),
    ("okay, 2 then!", "2", "14:00"),
    ("3 not 2", "3", "15:00"),
    ("oops 10 not 9", "10", "10:00"),
    ("actually 5 would be better", "5", "17:00"),
    ("hmm 11 would work better for us", "11", "11:00"),
    ("4 works", "4", "16:00"),
    ("yeah 1 works for me, thanks", "1", "13:00"),
    ("does 3 work?", "3", "15:00"),
    ("is 9 ok?", "9", "09:00"),
    ("can u do 3 instead pls", "3", "15:00"),
    ("2 would be great", "2", "14:00"),
    ("lets do 6 then", "6", "18:00"),
    ("no sorry, 7 is better", "7", "07:00"),
    ("11 is fine too", "11", "11:00"),
    ("10 if possible", "10", "10:00"),
    ("4 rather than 3 pls", "4", "16:00"),
    ("maybe 9 then?", "9", "09:00"),
    ("sorry i meant 3", "3", "15:00"),
    ("ok so 5 instead of 4 then", "5", "17:00"),
    ("12 suits us better", "12", "12:00"),
)

# ... and a number that has another reading in the message, or no frame, stays no time.
NOT_A_CLOCK: tuple[str, ...] = (
    "2 kids",
    "$40",
    "$40 then",
    "40 bucks would be better",
    "room 4",
    "ok room 4 then",
    "we'll be 5 instead",
    "table for 4 would be better",
    "4 people works",
    "ok 3 of us then",
    "4",
    "we need 4",
    "I'll take 2",
    "ok gate 3 then",
    "option 2 works",
    "4 seats instead",
    "ideally 5",
    "preferably 3",
)

# What the frame says: the number corrects a clock (a correcting lead or an "instead" /
# "not 2" tail), or it may only accept one, which a conversation reads against the
# options it showed first ("4 works", "ok 3 then": `framed_numbers.WISH`).
CORRECTS: tuple[tuple[str, str, bool], ...] = (
    ("can we do 4 instead", "4", True),
    ("3 not 2", "3", True),
    ("oops 10 not 9", "10", True),
    ("actually 5 would be better", "5", True),
    ("sorry i meant 3", "3", True),
    ("4 rather than 3 pls", "4", True),
    ("ok so 5 instead of 4 then", "5", True),
    ("ok 4 then", "4", False),
    ("4 works", "4", False),
    ("yeah 1 works for me, thanks", "1", False),
    ("is 9 ok?", "9", False),
    ("2 would be great", "2", False),
    ("lets do 6 then", "6", False),
    ("11 is fine too", "11", False),
    ("10 if possible", "10", False),
)
