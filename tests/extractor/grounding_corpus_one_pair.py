"""The paired "one" corpus: "one" said twice in a message ("one this week one next week",
"one on the treadmill Sat 20th, one in the pool Mon 22nd"), or beside "the other", lists
the bookings, and "either one" picks among the days said; no such "one" is 1 o'clock, whatever words come before it. A "one" said as
an hour ("at one", "one thirty", "12 to one") is no part of such a pair.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the time mentions found, in order)
PAIRED_ONES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("2 sessions pls!! one this week one next week", ("this week", "next week")),
    (
        "i'd like 2 slots: one this week for cv, one the week after for mock interview",
        ("this week", "the week after"),
    ),
    (
        "Two sessions please: one on the treadmill Sat 28th, one in the pool Mon 30th",
        ("Sat 28th", "Mon 30th"),
    ),
    ("one this week one next week with Ravi", ("this week", "next week")),
    ("Two lessons. One next Monday. One next Wednesday.", ("next Monday", "next Wednesday")),
    ("one on wed and the other on fri pls", ("wed", "fri")),
    ("one for me tomorrow, one for my son thursday", ("tomorrow", "thursday")),
    ("need 2 cuts!! one friday one saturday", ("friday", "saturday")),
    ("one this wk one next wk if poss", ("this wk", "next wk")),
    ("two visits please — one tuesday, the other one friday", ("tuesday", "friday")),
    ("One on the 1st and one on the 8th", ("on the 1st", "on the 8th")),
    ("one next tues, another one the tues after", ("next tues", "the tues after")),
)
# "Mon 26th or Tue 27th? Either one, morning": "one" after "either", "any", "whichever" is
# the pick among the days said, not 1:00. (message, the time mentions found, in order)
CHOSEN_ONES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Would Mon 30th or Tue 1st be possible? Either one, morning",
        ("Mon 30th", "Tue 1st", "morning"),
    ),
    ("the 8th, 9th or 10th after 6 pm. any one is good", ("the 8th", "9th", "10th", "after 6 pm")),
    ("wednesday, whichever one works", ("wednesday",)),
    ("either one tomorrow is fine", ("tomorrow",)),
    ("thurs or fri, either one, afternoon", ("thurs", "fri", "afternoon")),
)
# ... a "one" said as an hour stays 1:00, beside a paired one or alone.
ONE_HOUR_STAYS: tuple[tuple[str, str], ...] = (
    ("lunch is 12 to one", "12 to one"),
    ("at one tomorrow, or one thirty", "at one tomorrow"),
    ("friday at one, or around one on saturday", "friday at one"),
    ("one o'clock friday, one-ish is fine", "one o'clock friday"),
)
