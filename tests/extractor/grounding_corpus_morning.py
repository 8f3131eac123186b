"""The early-morning corpus: where the business opens before 08:00 (and from 06:00),
"morning" starts at its opening; otherwise at 08:00.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# Each row: the message, the mention's words, the business's opening (minutes of the
# day), and where that morning starts (HH:MM).
MORNING_FROM_OPENING: tuple[tuple[str, str, int, str], ...] = (
    ("can you fit the car in tuesday morning", "tuesday morning", 7 * 60, "07:00"),
    ("Wednesday morning works for the oil change", "Wednesday morning", 7 * 60, "07:00"),
    ("any slots thurs morn?", "thurs morn", 7 * 60, "07:00"),
    ("friday morning before work if poss", "friday morning", 6 * 60 + 30, "06:30"),
    ("I'd like a morning appointment on the 27th", "morning", 7 * 60, "07:00"),
    ("tomorrow morning would be ideal", "tomorrow morning", 7 * 60 + 30, "07:30"),
    ("mornings are best for me", "mornings", 7 * 60, "07:00"),
    ("Sat morning? I work afternoons", "Sat morning", 6 * 60, "06:00"),
    ("could I drop in monday morning", "monday morning", 7 * 60, "07:00"),
    ("a morning next week please", "morning next week", 7 * 60, "07:00"),
    ("in the morning on the 1st", "morning on the 1st", 7 * 60, "07:00"),
    ("thursday in the morning, any time", "thursday in the morning", 6 * 60 + 45, "06:45"),
    ("any morning this week", "any morning this week", 7 * 60, "07:00"),
    ("tues am please", "tues am", 7 * 60, "07:00"),
    ("Friday morning for the service, cheers", "Friday morning", 7 * 60, "07:00"),
    # must not change: a usual or late opening keeps the 08:00 morning
    ("can you fit the car in tuesday morning", "tuesday morning", 8 * 60, "08:00"),
    ("tomorrow morning would be ideal", "tomorrow morning", 9 * 60, "08:00"),
    # ... and so does an opening before 06:00 (a bakery's 04:00 is not its customers' morning)
    ("Wednesday morning works", "Wednesday morning", 4 * 60, "08:00"),
    # ... and the other parts of the day
    ("tuesday afternoon", "tuesday afternoon", 7 * 60, "12:00"),
)
