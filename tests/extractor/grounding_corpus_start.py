"""The "starting around 8" corpus: a clock said of the start ("starting around 8",
"starting at 2pm", "beginning at noon") is when the appointment starts, not a bound with
no end; "starting from 10", "starting Monday", "starting the 14th" stay bounds.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the clock's mention text, its first start "HH:MM", its first end "HH:MM")
START_CLOCK: tuple[tuple[str, str, str, str], ...] = (
    ("starting around 10 on friday", "around 10 on friday", "09:30", "10:30"),
    ("3 hours on Friday the 27th, starting around 7pm", "around 7pm", "18:30", "19:30"),
    ("tuesday, starting at about 3", "at about 3", "14:30", "15:30"),
    ("starting at 10 on friday", "at 10 on friday", "10:00", "11:00"),
    ("3 hours starting at 2pm saturday", "at 2pm saturday", "14:00", "15:00"),
    ("a 2h workshop thursday, starting around 1pm", "around 1pm", "12:30", "13:30"),
    (
        "half day in studio A thursday, starting around noon",
        "around noon",
        "11:30",
        "12:30",
    ),
    ("could the session be Wednesday starting at 4pm", "at 4pm", "16:00", "17:00"),
    ("beginning at noon on Sunday if you can", "at noon on Sunday", "12:00", "13:00"),
    ("Saturday starting at around 9am please", "at around 9am", "08:30", "09:30"),
    ("a 90 min massage starting about 3pm tmrw", "about 3pm tmrw", "14:30", "15:30"),
    ("fri, starting roughly 10am", "roughly 10am", "09:30", "10:30"),
    ("monday starting approx 2pm", "approx 2pm", "13:30", "14:30"),
    (
        "Two back to back hours with Ravi on the 9th, starting around 3pm",
        "around 3pm",
        "14:30",
        "15:30",
    ),
    ("next wednesday starting at 2pm for both of us", "at 2pm", "14:00", "15:00"),
)

# bounds that stay bounds: (message, mention text, bound)
START_BOUND: tuple[tuple[str, str, str], ...] = (
    ("starting from 10 on friday", "starting from 10 on friday", "after"),
    ("any day starting monday", "starting monday", "after"),
    ("a weekly slot starting the 14th", "starting the 14th", "after"),
    ("we're free from 2 on saturday", "from 2 on saturday", "after"),
)
