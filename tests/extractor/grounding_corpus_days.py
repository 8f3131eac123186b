"""The days corpus: weekday abbreviations that are also words ("sat", "sun", "wed", "mon").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
Rows of DAYS: a message and the texts of its time mentions, in order.
"""

from __future__ import annotations

# A list, another day, a move from one day to another, an availability word or a
# modal after it makes a weak weekday a day.
IN_CONTEXT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("move my fri to sat", ("fri", "sat")),
    ("can we move wed to sat pls", ("wed", "sat")),
    ("switch my thurs to mon", ("thurs", "mon")),
    ("push it from tues to wed", ("tues", "wed")),
    ("any slot wed, pref before 11", ("wed", "before 11")),
    ("anything open sat", ("sat",)),
    ("got any openings sun", ("sun",)),
    ("any appts wed", ("wed",)),
    ("is there anything free mon", ("mon",)),
    ("sat, pref morning", ("sat", "morning")),
    ("I'm thinking sun might be better", ("sun",)),
    ("mon should be fine", ("mon",)),
    ("not mon not tues. wed w okafor b4 10", ("not mon", "not tues.", "wed", "b4 10")),
    ("Not tmrw, not fri. Sat w/ kofi?", ("Not tmrw", "not fri.", "Sat")),
    ("I work Tue, Wed, Thu", ("Tue", "Wed", "Thu")),
    ("Tues/Wed/Thurs", ("Tues", "Wed", "Thurs")),
    ("sat or sun", ("sat", "sun")),
    ("wed or thurs after 3:30", ("wed", "thurs", "after 3:30")),
)
# A capital inside a sentence, or a clock, a date or a part of the day after it.
CLEARLY_DAYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Running late at work Wed, can we push it", ("Wed",)),
    ("Need to push Sat's shoot back a week", ("Sat", "back a week")),
    ("can I come in Sat instead", ("Sat",)),
    ("is Lee in on Sun", ("Sun",)),
    ("I can do Mon if that helps", ("Mon",)),
    ("we're away till Sun so after that", ("till Sun", "after that")),
    ("Do you have Sat openings with Lee in January?", ("Sat", "January")),
    ("my appt is Sat but I need to change it", ("Sat",)),
    ("hi, could Mon work for a trim", ("Mon",)),
    ("how about Sun", ("Sun",)),
    ("is Wed any good", ("Wed",)),
    ("booked for Mon, can I move it", ("Mon",)),
    ("Sat 13th", ("Sat 13th",)),
    ("sun morning", ("sun morning",)),
    ("wed at 4", ("wed at 4",)),
    ("Can we do Wed at 10 with Dr Kim", ("Wed at 10",)),
    ("I'm free Wed afternoon", ("Wed afternoon",)),
)
DAYS = IN_CONTEXT + CLEARLY_DAYS

# The same spellings as words: a verb, the sun, "we'd" without its apostrophe, "mon"
# as a friendly address, a name. No day is read; counts, rooms and prices stay unread.
WORDS: tuple[str, ...] = (
    "I sat in the waiting room",
    "the sun was out",
    "wed love to come",
    "wed like to book a table for 4",
    "wed be happy with either",
    "Wed prefer a window seat",
    "cheers mon",
    "thanks mon, see you soon",
    "ya mon",
    "no problem mon",
    "hey mon",
    "sun cream",
    "Sun cream and a hat",
    "The Sun said it was a scam",
    "we went to Sun Valley",
    "we sat outside, 3 of us",
    "sat nav broke",
    "mon ami",
    "it was sunny, sat in the garden",
    "table for 4, 2 kids",
    "room 12 please",
    "it cost 40 dollars",
)
