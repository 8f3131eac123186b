"""The G14a corpus: corrections inside one message, where the writer takes back a time
they just wrote and gives another with a repairing "no" ("thursday 10 no 11", "I mean
actually no the 9th", "3pm London – no, New York!").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A clock, a repairing "no", a bare number: the number is the new clock, on the old
# clock's day and half of the day. Each row: the message, the new mention's words, its
# first start ("MM-DD HH:MM").
CLOCK_REPAIRS: tuple[tuple[str, str, str], ...] = (
    ("thursday 10 no 11", "11", "11-26 11:00"),
    ("can i come friday at 3, no, 4", "4", "11-27 16:00"),
    ("Wed 9am... no 10", "10", "11-25 10:00"),
    ("tmrw at 2 no 3 sorry", "3", "11-24 15:00"),
    ("book me monday 9 wait no 10 pls", "10", "11-23 10:00"),
    ("saturday 11 nope 12", "12", "11-28 12:00"),
    ("the 4th at 8 no 9 works better", "9", "12-04 09:00"),
    ("ok 2:30 no 3", "3", "11-23 15:00"),
    ("at 5pm no 6 please", "6", "11-23 18:00"),
    ("friday @ 1 nah 2", "2", "11-27 14:00"),
    ("tues 4 - no, 5 with kim", "5", "11-24 17:00"),
    ("Thursday at 7 no wait 8", "8", "11-26 08:00"),
    ("ok 9 a.m. no 10.", "10", "11-23 10:00"),
    ("um thursday 10 no 11 no 10 sorry", "11", "11-26 11:00"),
    ("lets say noon no 1 tomorrow", "1 tomorrow", "11-24 13:00"),
)

# A date, a retracting word and "no", another date: the new date is a plain mention, no
# exclusion. Each row: the message, the new mention's words, its first start.
DAY_REPAIRS: tuple[tuple[str, str, str], ...] = (
    ("the 11th I mean actually no the 9th", "the 9th", "12-09 00:00"),
    ("friday, actually no the 4th", "the 4th", "12-04 00:00"),
    ("the 3rd, wait no the 2nd", "the 2nd", "12-02 00:00"),
    ("tuesday no wednesday", "wednesday", "11-25 00:00"),
    ("see you the 10th... sorry no the 12th", "the 12th", "12-12 00:00"),
)

# A zoned clock, a repair, another zone alone: the same clock in the new zone. Each row:
# the message, the new mention's words, its zone.
ZONE_REPAIRS: tuple[tuple[str, str, str], ...] = (
    ("3pm London – no, New York!", "New York", "America/New_York"),
    ("at 9am London, no, Paris", "Paris", "Europe/Paris"),
    ("4pm Sydney no wait Tokyo time", "Tokyo time", "Asia/Tokyo"),
    ("11am Berlin – no, London", "London", "Europe/London"),
    ("10am EST no sorry, Denver", "Denver", "America/Denver"),
    ("6pm Paris sorry I mean Madrid", "Madrid", "Europe/Madrid"),
    ("at 2pm Paris time no wait, Berlin time", "Berlin time", "Europe/Berlin"),
)

# Must not change: "no" that negates or bounds, or a "No." that numbers. Each row: the
# message, the mention's words, whether it is negated.
KEEP_NEGATION: tuple[tuple[str, str, bool], ...] = (
    ("tuesday, no mornings", "no mornings", True),
    ("10am, no weekends", "no weekends", True),
    ("any day no mondays", "no mondays", True),
    ("friday at 3, no earlier", "friday at 3", False),
    ("wait no the 3rd at 2", "no the 3rd at 2", True),
)
# ... and no number becomes a time: the message, the words that must be no mention.
NOT_A_REPAIR: tuple[tuple[str, str], ...] = (
    ("room no 11 at 3pm", "11"),
    ("table no 4, at 7pm", "4"),
    ("no 5 is my house, come at 6pm", "5"),
)

# A move said again as its own repair, without its verb: "from A to B" is still an old
# day and a new one, two mentions, not a range. Each row: the message, the words of the
# repair's two mentions.
MOVE_REPAIRS: tuple[tuple[str, str, str], ...] = (
    (
        "Please move it from Thursday to Friday. Sorry, I mean from Friday to Thursday!",
        "Friday",
        "Thursday",
    ),
    (
        "pls shift it from the 3rd to the 5th... actually from the 3rd to the 6th",
        "the 3rd",
        "the 6th",
    ),
    (
        "Can you move me from Monday to Tuesday? I meant from Tuesday to Monday.",
        "Tuesday",
        "Monday",
    ),
    (
        "reschedule from the 9th to the 10th. Sorry! I mean from the 10th to the 9th.",
        "the 10th",
        "the 9th",
    ),
)
# ... while a range repaired with no move before it stays a range.
RANGE_REPAIRS: tuple[tuple[str, str], ...] = (
    ("the shop is open from 9 to 5, sorry, I mean from 10 to 6", "from 10 to 6"),
    (
        "I'm around from Monday to Wednesday. Actually from Tuesday to Thursday",
        "from Tuesday to Thursday",
    ),
    ("free from 2 to 4. sorry, I mean from 3 to 5", "from 3 to 5"),
)
