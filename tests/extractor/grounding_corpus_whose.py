"""The "whose ordinal" corpus: an ordinal right after a possessive counts years (a
birthday, an anniversary: "my roommate's 25th", "for her 21st", "our 10th"), not a day of
the month; the times beside it ground as if it were not there. "the 25th", "on 25th",
"Friday 25th", "Tuesday's 25th?" and "it's 25th?" stay dates.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the ordinal's words, the time mention's text or "" for none, its first start)
ORDINAL_OF_WHOM: tuple[tuple[str, str, str, str], ...] = (
    ("it's my roommate's 25th, saturday would be ideal", "25th", "saturday", "2026-11-28 00:00"),
    ("table for 8 for my mum's 60th, friday evening", "60th", "friday evening", "2026-11-27 17:00"),
    ("her 21st is coming up, can we do thursday?", "21st", "thursday", "2026-11-26 00:00"),
    ("booking for our 10th on wednesday at 7pm", "10th", "wednesday at 7pm", "2026-11-25 19:00"),
    ("it's his 30th so something sat night pls", "30th", "sat night", "2026-11-28 17:00"),
    ("for the twins' 18th, saturday afternoon", "18th", "saturday afternoon", "2026-11-28 12:00"),
    ("Dad's 75th - lunch on Sunday if possible", "75th", "lunch on Sunday", "2026-11-29 12:00"),
    ("We're celebrating Priya's 16th. Any room tomorrow?", "16th", "tomorrow", "2026-11-24 00:00"),
    ("my 40th!! thinking next friday", "40th", "next friday", "2026-12-04 00:00"),
    ("cake for their 25th, pick up tues", "25th", "tues", "2026-11-24 00:00"),
    (
        "hair done for my sister's 30th next Saturday morning",
        "30th",
        "next Saturday morning",
        "2026-12-05 08:00",
    ),
    ("nails for your 21st? no, for MY 21st lol. wed?", "21st", "wed", "2026-11-25 00:00"),
    ("a facial before Jo's 50th, ideally Thursday", "50th", "Thursday", "2026-11-26 00:00"),
    ("party of 12 for grandma's 90th on the 5th", "90th", "on the 5th", "2026-12-05 00:00"),
    ("it's our 3rd, something romantic this weekend", "3rd", "this weekend", "2026-11-28 00:00"),
    ("my son's 13th is friday, can we book a lane", "13th", "friday", "2026-11-27 00:00"),
)

# A date stays a date: (message, mention text, first start)
ORDINAL_DAY_STAYS: tuple[tuple[str, str, str], ...] = (
    ("can I book the 25th?", "the 25th", "2026-11-25 00:00"),
    ("I'm free 30th", "30th", "2026-11-30 00:00"),
    ("it's 27th? ok then", "27th", "2026-11-27 00:00"),
    ("Friday 27th works", "Friday 27th", "2026-11-27 00:00"),
    ("Monday's appointment on 30th", "on 30th", "2026-11-30 00:00"),
    ("for her birthday on the 28th", "on the 28th", "2026-11-28 00:00"),
    ("Tuesday's 24th? then tuesday", "Tuesday's 24th", "2026-11-24 00:00"),
)
