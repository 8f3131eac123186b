"""The same-time-but corpus: "same time but Friday" keeps the time said before and
takes the day said after "but", "just" or "only".

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# Each row: the message, the words of the joined mention, its first start (MM-DD HH:MM).
SAME_TIME_BUT_DAY: tuple[tuple[str, str, str], ...] = (
    (
        "I'm down for Wednesday at 9:30am. can we do same time but Friday",
        "same time but Friday",
        "11-27 09:30",
    ),
    ("booked thurs 4pm, same time but monday?", "same time but monday", "11-23 16:00"),
    (
        "Tuesday at 2 doesn't work now. Same time but Thursday?",
        "Same time but Thursday",
        "11-26 14:00",
    ),
    ("had wed 11am, could it be same time but on fri", "same time but on fri", "11-27 11:00"),
    (
        "My slot is Friday at 10:15. Same time, but the Tuesday after?",
        "Same time, but the Tuesday after",
        "12-01 10:15",
    ),
    ("thursday 3pm is bad, same time just friday instead", "same time just friday", "11-27 15:00"),
    (
        "the 25th at 1pm won't work, same time only on the 26th",
        "same time only on the 26th",
        "11-26 13:00",
    ),
    (
        "Wed 10am no longer suits. the same time but on Thursday please",
        "the same time but on Thursday",
        "11-26 10:00",
    ),
    (
        "Appointment is Tues 8:45. Same time but Wednesday if poss",
        "Same time but Wednesday",
        "11-25 08:45",
    ),
    ("got 5:30 on thursday, same time but sat?", "same time but sat", "11-28 17:30"),
    (
        "My booking's Wednesday 12pm. Same time - but Friday - would be better",
        "Same time - but Friday",
        "11-27 12:00",
    ),
    ("at 9 on Tuesday currently, same time but the 27th", "same time but the 27th", "11-27 09:00"),
    (
        "I have Monday 30th at 3. Same time but Tuesday 1st?",
        "Same time but Tuesday 1st",
        "12-01 15:00",
    ),
    (
        "Thursday at 6pm is booked. Could we do same time but Wednesday?",
        "same time but Wednesday",
        "11-25 18:00",
    ),
    ("friday 7:15am... same time but thurs pls", "same time but thurs", "11-26 07:15"),
)

# Must not change: "but" before something that is not a plain day, or a negated day.
NOT_JOINED: tuple[tuple[str, str], ...] = (
    ("Wednesday at 9:30am, same time but not Friday", "same time"),
    ("Thursday at 2, same time but after lunch would be better", "same time"),
    ("booked Tuesday at 4, same time but maybe 5 is easier", "same time"),
)
