"""The G7 corpus: "same sort of time", "a similar kind of time", "same-ish time": the
time of day said before, held loosely (half an hour either side of a clock time).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the text of the back-reference's mention, its first start "YYYY-MM-DD HH:MM")
SAME_TIME_ROUGHLY: tuple[tuple[str, str, str], ...] = (
    (
        "I'm booked Thursday at 11am. Can we move it to the Tuesday before? Same sort of time",
        "Same sort of time",
        "2026-11-24 10:30",
    ),
    (
        "thurs 4pm is out now. friday same sort of time?",
        "friday same sort of time",
        "2026-11-27 15:30",
    ),
    (
        "wed at 10 doesn't work anymore, thursday a similar kind of time?",
        "thursday a similar kind of time",
        "2026-11-26 09:30",
    ),
    ("can't do 2pm tmrw. wednesday same-ish time?", "wednesday same-ish time", "2026-11-25 13:30"),
    ("Friday at 3 is out, Monday same time ish?", "Monday same time ish", "2026-11-23 14:30"),
    (
        "my appt is tues at 9. could i come wed, same kind of time",
        "same kind of time",
        "2026-11-25 08:30",
    ),
    (
        "Thursday at 1:30 won't work. Friday at a similar sort of time would",
        "Friday at a similar sort of time",
        "2026-11-27 13:00",
    ),
    (
        "had 5pm on sat, any chance of sunday same sorta time",
        "sunday same sorta time",
        "2026-11-29 16:30",
    ),
    (
        "need to move the 10am on friday to the monday after, same kinda time",
        "same kinda time",
        "2026-11-30 09:30",
    ),
    (
        "11:30 thursday clashes with a meeting, Friday same-ish time please",
        "Friday same-ish time",
        "2026-11-27 11:00",
    ),
    (
        "Was due Wed at 4:15. Can I do Thu, same sort of time?",
        "same sort of time",
        "2026-11-26 15:45",
    ),
    (
        "tues 8am is too early now, wed similar time-ish?",
        "wed similar time-ish",
        "2026-11-25 07:30",
    ),
    (
        "my 6pm friday has to move. saturday at the same sort of time?",
        "saturday at the same sort of time",
        "2026-11-28 17:30",
    ),
    (
        "thursday at noon no longer works, friday around the same sort of time",
        "friday around the same sort of time",
        "2026-11-27 11:30",
    ),
    ("Could we push Tuesday 3pm to Thursday? Same-ish time", "Same-ish time", "2026-11-26 14:30"),
)
