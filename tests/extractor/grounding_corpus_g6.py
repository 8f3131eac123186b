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
# A bare hour that is a clause of its own, asked or offered as a fallback, an hour or two
# from the clock said before, is a time in that clock's half of the day: (message, the
# hour's text, its start "HH:MM").
FALLBACK_HOURS: tuple[tuple[str, str, str], ...] = (
    ("more or less at 8 in the night, tuesday? if too late, 7", "7", "19:00"),
    ("thurs 9am obrien pls. oh wait i have a lab then. 10?", "10", "10:00"),
    ("Mon at 6:30am? if that's too early, 7.", "7", "07:00"),
    ("friday 7pm. 8?", "8", "20:00"),
    ("sat 10am. 11?", "11", "11:00"),
    ("tomorrow 4pm? if not, 5", "5", "17:00"),
    ("wed at 2pm. otherwise 3", "3", "15:00"),
    ("thursday 9am please. failing that, 10", "10", "10:00"),
    ("tues 11am? if that's taken, 12", "12", "12:00"),
    ("fri at 5pm if poss. if too late, 4.", "4", "16:00"),
    ("monday 8am... 9?", "9", "09:00"),
    ("sunday 10am. or else 11", "11", "11:00"),
    ("tomorrow at 3pm? 4?", "4", "16:00"),
    ("next tuesday 1pm. 2?", "2", "14:00"),
    ("sat 9am! if that's gone, 10", "10", "10:00"),
)
# ... not a count said after a clock, nor an hour far from it.
NOT_FALLBACK_HOURS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("table for 3 at 7pm. 4?", ("at 7pm",)),
    ("at 7pm friday. 2 of us.", ("at 7pm friday",)),
    ("friday at 7pm. 5 people", ("friday at 7pm",)),
    ("see you at 3pm. 2 kids coming", ("at 3pm",)),
)
# A dotted clock listed after a clock with "or" is a time ("11? or 11.30?"), and the
# first digits of a longer number are never an hour of their own.
DOTTED_IN_LISTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Tomorrow 11? or 11.30? or 12?", ("Tomorrow 11", "11.30", "12")),
    ("tomorrow 11 or 11.30", ("tomorrow 11", "11.30")),
    ("tomorrow at 10 or maybe 10.30", ("tomorrow at 10", "10.30")),
    ("friday 2pm or 2.30", ("friday 2pm", "2.30")),
    ("sat 9 or 9.15 with jonah", ("sat 9", "9.15")),
    ("version 2 or 2.5", ()),
    ("the 3.5 or 4.5 litre engine, tomorrow", ("tomorrow",)),
)
# "the Monday before Christmas": the last such weekday before the day (the first after
# it with "after"); (message, mention text, its first day "YYYY-MM-DD"). Reference Mon
# 23 Nov 2026.
WEEKDAY_FROM_DAY: tuple[tuple[str, str, str], ...] = (
    ("the monday before christmas", "the monday before christmas", "2026-12-21"),
    ("could I come the friday before christmas?", "the friday before christmas", "2026-12-18"),
    ("the friday before the 18th", "the friday before the 18th", "2026-12-11"),
    ("the monday after the 7th please", "the monday after the 7th", "2026-12-14"),
    ("the tuesday after thanksgiving", "the tuesday after thanksgiving", "2026-12-01"),
    ("the saturday after christmas", "the saturday after christmas", "2026-12-26"),
    (
        "the wednesday before the 16th, morning",
        "the wednesday before the 16th, morning",
        "2026-12-09",
    ),
    ("the thursday after the 30th", "the thursday after the 30th", "2026-12-03"),
    ("the sunday before new year's eve", "the sunday before new year's eve", "2026-12-27"),
    ("the friday after dec 2", "the friday after dec 2", "2026-12-04"),
)
