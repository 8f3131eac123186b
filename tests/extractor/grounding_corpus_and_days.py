"""Two days of a month joined by "and" ("Dec 14 and 16", "the 3rd and 5th of May") and an
ordinal after a month's day in a list ("may 3rd or 5th"): each is its own day of that
month. "and" makes a range only after "between".

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "Dec 14 and 16": two days, not the 14th to the 16th. Each row: the message and, per
# day, the mention's words and its date ("MM-DD").
AND_DAYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("could do Dec 14 and 16", (("Dec 14", "12-14"), ("16", "12-16"))),
    ("free jan 5 and 7 if that helps", (("jan 5", "01-05"), ("7", "01-07"))),
    ("Dec 1 & 3 work for me", (("Dec 1", "12-01"), ("3", "12-03"))),
    ("im around december 9 and 11", (("december 9", "12-09"), ("11", "12-11"))),
    ("the 3rd and 5th of May", (("the 3rd", "05-03"), ("5th of May", "05-05"))),
    ("either the 8th and 10th of dec", (("the 8th", "12-08"), ("10th of dec", "12-10"))),
    ("Feb 2 and 4 are my days off", (("Feb 2", "02-02"), ("4", "02-04"))),
    ("Would Jan 12 and 14 be possible?", (("Jan 12", "01-12"), ("14", "01-14"))),
    ("dec 21 and 23 only", (("dec 21", "12-21"), ("23", "12-23"))),
    ("can do march 3 and 6", (("march 3", "03-03"), ("6", "03-06"))),
    ("I'm off Dec 14 and the 16th", (("Dec 14", "12-14"), ("the 16th", "12-16"))),
    ("april 7th and 9th pls", (("april 7th", "04-07"), ("9th", "04-09"))),
    ("the 1st and 4th of december", (("the 1st", "12-01"), ("4th of december", "12-04"))),
    ("Either Jan 20 and 22 suits", (("Jan 20", "01-20"), ("22", "01-22"))),
    ("Dec 2 and 9, both mornings", (("Dec 2", "12-02"), ("9", "12-09"))),
    ("jan 15th and 17th are good", (("jan 15th", "01-15"), ("17th", "01-17"))),
)

# "may 3rd or 5th": an ordinal after a month's day in a list is that month's too (was the
# next 5th, maybe another month's). Each row: the message, the ordinal's words, its date.
LISTED_ORDINALS: tuple[tuple[str, str, str], ...] = (
    ("may 3rd or 5th", "5th", "05-05"),
    ("Jan 4th or 6th please", "6th", "01-06"),
    ("march 2nd, 3rd or 4th", "4th", "03-04"),
    ("feb 10th or the 12th", "the 12th", "02-12"),
    ("april 1st or 3rd works", "3rd", "04-03"),
    ("Dec 14 or the 16th", "the 16th", "12-16"),
    ("june 2nd, 3rd or 4th", "3rd", "06-03"),
    ("jan 20th n 22nd", "22nd", "01-22"),
    ("Feb 6 or 8th, whichever", "8th", "02-08"),
    ("march 9th & 11th", "11th", "03-11"),
    ("Jan 2nd, 3rd, or 5th", "5th", "01-05"),
    ("may 3rd and 4th", "4th", "05-04"),
    ("Dec 7 or the 9th at 2", "the 9th", "12-09"),
    ("april 20th or 21st pls", "21st", "04-21"),
    ("jun 1st and 2nd", "2nd", "06-02"),
)

# Ranges keep their reading: "between ... and ...", "to", "through", a dash. Each row: the
# message, the mention's words, its first and last day ("MM-DD").
RANGES_KEPT: tuple[tuple[str, str, str, str], ...] = (
    ("between Dec 14 and 16", "between Dec 14 and 16", "12-14", "12-16"),
    ("between 3 and 12 of Sept", "between 3 and 12 of Sept", "09-03", "09-12"),
    ("Dec 14 to 16", "Dec 14 to 16", "12-14", "12-16"),
    ("jan 5-7", "jan 5-7", "01-05", "01-07"),
    ("from the 3rd to the 5th of May", "from the 3rd to the 5th of May", "05-03", "05-05"),
    ("Dec 1 through 4", "Dec 1 through 4", "12-01", "12-04"),
)

# An ordinal with nothing before it stays the next such day.
NOT_LISTED: tuple[tuple[str, str, str], ...] = (
    ("on the 5th", "on the 5th", "12-05"),
    ("the 3rd please", "the 3rd", "12-03"),
)

# A range of hours after a month's day stays the hours of that day. Each row: the message,
# the mention's words, its first window ("MM-DD HH:MM", "HH:MM").
HOURS_KEPT: tuple[tuple[str, str, str, str], ...] = (
    ("sat may 1, 3 till 9", "sat may 1, 3 till 9", "05-01 15:00", "21:00"),
    ("Jan 9, 5 in the evening", "Jan 9, 5 in the evening", "01-09 17:00", "18:00"),
    ("dec 3 and 4pm", "4pm", "12-03 16:00", "17:00"),
)
