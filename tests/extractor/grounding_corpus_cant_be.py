"""The can't-be corpus: "it can't be before 7", "mustn't be after 5" negate the bound or
day that follows, like "can't do".

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# Each row: the message, the mention's words, and the bound it reads as ("after" 7:00 for
# "can't be before 7"), at that clock (HH:MM).
CANT_BE_BOUND: tuple[tuple[str, str, str, str], ...] = (
    ("ok and it cant be before 7, she's got school", "cant be before 7", "after", "07:00"),
    ("it can't be before 10am sorry", "can't be before 10am", "after", "10:00"),
    ("Thursday works but it cannot be before 2pm", "cannot be before 2pm", "after", "14:00"),
    ("it can't be after 5, the kids finish then", "can't be after 5", "before", "17:00"),
    ("any day, just can't be later than 4", "can't be later than 4", "before", "16:00"),
    ("it mustn't be after 3 as I collect my son", "mustn't be after 3", "before", "15:00"),
    ("Appointment must not be before 9:30 please.", "must not be before 9:30", "after", "09:30"),
    ("it shouldn't be after 6pm ideally", "shouldn't be after 6pm", "before", "18:00"),
    ("cant be earlier than 11, i sleep in", "cant be earlier than 11", "after", "11:00"),
    (
        "it can not be before 8:15 because of the school run",
        "can not be before 8:15",
        "after",
        "08:15",
    ),
    ("sorry it couldn't be after 12 could it?", "couldn't be after 12", "before", "12:00"),
    ("wednesday, but it can't be before noon", "can't be before noon", "after", "12:00"),
    ("It should not be later than 5:30pm.", "should not be later than 5:30pm", "before", "17:30"),
    ("friday? can't be any earlier than 1", "can't be any earlier than 1", "after", "13:00"),
    ("it cannot be after 7pm on a weeknight", "cannot be after 7pm", "before", "19:00"),
)

# A day after "can't be" is ruled out ("it can't be Tuesday").
CANT_BE_DAY: tuple[tuple[str, str, str], ...] = (
    ("it can't be tuesday, i work", "can't be tuesday", "11-24"),
    ("It cannot be Friday the 27th.", "cannot be Friday the 27th", "11-27"),
    ("cant be wednesday sorry", "cant be wednesday", "11-25"),
)

# Must not change: "can't be" before words that are no time.
NOT_A_TIME: tuple[str, ...] = (
    "it can't be long, i have a meeting",
    "it can't be helped",
    "it shouldn't be painful should it?",
)
