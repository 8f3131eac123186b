"""The "one" corpus: the word "one" after a verb of getting or wanting is the thing wanted
("could I get one Saturday morning"), not 1 o'clock; "at one", "one o'clock", "one thirty"
stay times.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the time mention's text, its first start "YYYY-MM-DD HH:MM")
ONE_IS_WANTED: tuple[tuple[str, str, str], ...] = (
    ("lovely. could I get one Saturday morning with Ella?", "Saturday morning", "2026-11-28 08:00"),
    ("ok can i get one next week, afternoons only", "afternoons", "2026-11-30 12:00"),
    ("and can i get one wed morning", "wed morning", "2026-11-25 08:00"),
    ("I'd love one friday, the earlier the better", "friday", "2026-11-27 00:00"),
    ("book one in for tuesday at 3", "tuesday at 3", "2026-11-24 15:00"),
    ("I need one thursday", "thursday", "2026-11-26 00:00"),
    ("can you book me one tuesday afternoon", "tuesday afternoon", "2026-11-24 12:00"),
    ("want one wed after 2", "wed after 2", "2026-11-25 14:00"),
    ("Could you fit me one in on Friday at 10?", "Friday at 10", "2026-11-27 10:00"),
    ("I'll take one thursday evening if there's space", "thursday evening", "2026-11-26 17:00"),
    ("can we squeeze one in tomorrow morning", "tomorrow morning", "2026-11-24 08:00"),
    ("grab me one sat morning pls", "sat morning", "2026-11-28 08:00"),
    ("I'd like to schedule one for Wednesday", "Wednesday", "2026-11-25 00:00"),
    ("pls reserve one thurs at 4", "thurs at 4", "2026-11-26 16:00"),
    ("Can I have one on Friday afternoon?", "Friday afternoon", "2026-11-27 12:00"),
    ("need another one next tuesday morning", "next tuesday morning", "2026-12-01 08:00"),
)

# "one" that is a time stays one: (message, mention text, first start)
ONE_IS_A_TIME: tuple[tuple[str, str, str], ...] = (
    ("can I get in at one on friday", "at one on friday", "2026-11-27 13:00"),
    ("I'd like one o'clock friday", "one o'clock friday", "2026-11-27 13:00"),
    ("I need one thirty on thursday", "one thirty on thursday", "2026-11-26 13:30"),
    ("friday at one please", "friday at one", "2026-11-27 13:00"),
    ("any time after one on wednesday", "after one on wednesday", "2026-11-25 13:00"),
)
