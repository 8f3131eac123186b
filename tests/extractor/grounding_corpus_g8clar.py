"""The G8CLAR corpus: wishes the engine refused though the calendar had room, as writers
text them, and what must stay as it was.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`); one
resource open 08:00-18:00 every day of that week, 20-minute appointments, the default
15-minute step grid (`test_grounding_corpus_g8clar.request`).
"""

from __future__ import annotations

# A start said off the step grid is offered as said: "twenty past four" starts at 16:20,
# not refused because 16:20 is no quarter hour. Each row: the message, the first
# proposal's start (weekday and wall clock).
OFF_GRID_STARTS: tuple[tuple[str, str], ...] = (
    ("Could I come in at twenty past four on Friday?", "Fri 16:20"),
    ("thursday 3:40 patel", "Thu 15:40"),
    ("wed, 12:40, whoever", "Wed 12:40"),
    ("tmrw at 11:40?", "Tue 11:40"),
    ("is 12:05 ok on friday? my class ends at noon", "Fri 12:05"),
    ("can we do 10:10 on wednesday", "Wed 10:10"),
    ("ten past nine tomorrow pls", "Tue 09:10"),
    ("um can I book for like ten past five tomorrow", "Tue 17:10"),
    ("Would Thursday at 2:50 pm work?", "Thu 14:50"),
    ("twenty to three on wednesday if poss", "Wed 14:40"),
    ("Tuesday at twenty past eleven please", "Tue 11:20"),
    ("thurs 2:40 instead?", "Thu 14:40"),
    ("friday 9:55 am", "Fri 09:55"),
    ("could I do 1:20 on the 25th", "Wed 13:20"),
    ("I can be there at 10:35 wednesday", "Wed 10:35"),
    ("sat at 8.20 in the morning", "Sat 08:20"),
    ("thurs 4:10pm w patel?", "Thu 16:10"),
    # a bound's own edge is a start too: "after 3:20" may begin at 3:20
    ("wednesday after 3:20", "Wed 15:20"),
    ("no earlier than 9:40 on friday", "Fri 09:40"),
)
# ... and what stays on the grid: starts on the quarter hour, a count beside the time,
# a time ruled out (it is no start to offer).
ON_GRID: tuple[tuple[str, str], ...] = (
    ("2 kids, wed at 10", "Wed 10:00"),
    ("table for 4 at 5 on friday", "Fri 17:00"),
    ("any time friday but not 3:20", "Fri 08:00"),
    ("3 of us thursday at 2", "Thu 14:00"),
    ("room 12, tuesday at 4:15", "Tue 16:15"),
)
