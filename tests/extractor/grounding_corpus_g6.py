"""The G6 corpus: hours said as a list after a day or a part of the day, and counts
that look like hours.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the text of the second hour's mention, its start "HH:MM" on the first day):
# the second hour of "7 or 8" after an evening or a pm clock is in the same half of the
# day as the first, and a "please" between the day and the hours does not split them.
SECOND_HOUR: tuple[tuple[str, str, str], ...] = (
    ("tmrw evening, 7 or 8", "8", "20:00"),
    ("tomorrow evening pls, 7 or 8", "8", "20:00"),
    ("friday night, 8 or 9?", "9", "21:00"),
    ("fri 8pm or 9", "9", "21:00"),
    ("saturday at 7pm or 8 if that's easier", "8", "20:00"),
    ("tomorrow morning please, 9 or 10", "10", "10:00"),
    ("wed morning, 8 or 9", "9", "09:00"),
    ("thursday afternoon, 2 or 3", "3", "15:00"),
    ("Friday afternoon please, 3 or 4", "4", "16:00"),
    ("tomorrow at 11 or 12", "12", "12:00"),
    ("this evening, 6 or 7 works", "7", "19:00"),
    ("tues eve, 5 or 6", "6", "18:00"),
    ("sunday morning pls, 10 or 11", "11", "11:00"),
    ("monday 6pm or 7", "7", "19:00"),
    ("next friday evening, 7 or 8 please", "8", "20:00"),
)
# A count's second number is no hour: "a table for 2 or 3", "we're 4 or 5".
COUNTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("table for 2 or 3 tomorrow evening", ("tomorrow evening",)),
    ("a table for 4 or 5 saturday night", ("saturday night",)),
    ("we're 4 or 5, saturday at 7", ("saturday at 7",)),
    ("party of 6-8 friday 7pm", ("friday 7pm",)),
    ("booking for 2 or 3 friday evening please", ("friday evening",)),
    ("friday please, 3 of us", ("friday",)),
    ("there'll be 5 or 6 of us on sunday", ("sunday",)),
)
# "sat", "sun", "wed", "mon" are words too; a name after "w"/"with" or a booking word
# after them makes them days: (message, the mention texts).
WEAK_DAYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("not mon not tues. wed w okafor b4 10", ("not mon", "not tues.", "wed", "b4 10")),
    ("Not tmrw, not fri. Sat w/ kofi?", ("Not tmrw", "not fri.", "Sat")),
    ("sat with okafor pls", ("sat",)),
    ("wed with dr lee?", ("wed",)),
    ("mon w jonah if poss", ("mon",)),
    ("sun w/ priya", ("sun",)),
    ("Do you have Sat openings with Lee in January?", ("Sat", "January")),
    ("have you got any sun slots", ("any sun",)),
    ("any wed availability next week?", ("any wed", "next week")),
    ("are there mon appointments?", ("mon",)),
    # ... and words they stay
    ("I sat with my mum", ()),
    ("we sat with him for ages", ()),
    ("I have sat here for hours", ()),
    ("the sun with its rays", ()),
    ("sun w the kids is fine", ()),
)
