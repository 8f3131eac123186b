"""The G22 corpus: the visit's end said as the clock's job, with no "by" ("5:30 is fine
for finishing", "need to finish at 4", "a 4pm finish"), and a negation before "the" and a
weekday ("not the Monday", "can't do the tuesday").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# The visit's end: a bound before the clock (`rules_end_bound`). Each row: the message,
# the mention's words, the clock the visit ends by ("HH:MM").
END_CLOCKS: tuple[tuple[str, str, str], ...] = (
    ("thursday works, 6 is fine for finishing", "6 is fine for finishing", "18:00"),
    ("we need to finish at 4 on friday", "need to finish at 4 on friday", "16:00"),
    (
        "it has to be done at 11:30 because of school pickup",
        "has to be done at 11:30",
        "11:30",
    ),
    ("tomorrow morning, I need to be out at 10:45", "need to be out at 10:45", "10:45"),
    ("can we finish at 5:30 on the 3rd?", "can we finish at 5:30 on the 3rd", "17:30"),
    ("I'd like to be finished at 3 if possible", "like to be finished at 3", "15:00"),
    ("must finish at noon, have a lunch booked", "must finish at noon", "12:00"),
    ("saturday, needs to end at 2pm", "needs to end at 2pm", "14:00"),
    ("a 4pm finish please", "4pm finish", "16:00"),
    ("Monday, 3:30 finish if you can", "Monday, 3:30 finish", "15:30"),
    ("4:15 would be perfect to finish", "4:15 would be perfect to finish", "16:15"),
    ("finishing at 2 is fine, any day next week", "finishing at 2", "14:00"),
    ("we've gotta wrap up at 9 for the school run", "gotta wrap up at 9", "09:00"),
    ("hoping to finish up at 6pm", "hoping to finish up at 6pm", "18:00"),
    ("wed, want to be done for 5pm", "want to be done for 5pm", "17:00"),
    ("5pm is ok to finish on tuesday", "5pm is ok to finish", "17:00"),
)

# "around" ends the visit by the early edge of the clock's half hour, as "by around 5"
# does. Each row: the message, the mention's words, the latest end ("HH:MM").
END_AROUND: tuple[tuple[str, str, str], ...] = (
    ("the 12th, aiming to finish around 3", "aiming to finish around 3", "14:30"),
    ("should be done around 4:30", "should be done around 4:30", "16:00"),
)

# Not the visit's end: someone's own day ("I finish work at 4" is free after 4), others'
# ("kids finish at 3"), a plan with no modal ("I'll be done at 5"), "latest" with no end
# word. Each row: the message, the mention's words, its bound (None: a time).
END_NOT_THE_VISIT: tuple[tuple[str, str, str | None], ...] = (
    ("I finish work at 4", "I finish work at 4", "after"),
    ("kids finish at 3", "at 3", None),
    ("I'll be done at 5", "at 5", None),
    ("finishing work at 5:30", "at 5:30", None),
    ("we finish at 6 most days", "we finish at 6", "after"),
    ("what's the latest 3pm slot", "3pm", None),
    # a wish to end near a clock, not by it: the clock stays a time
    ("finishing around 5 would be ideal", "around 5", None),
)

# A weekday with "the" after a negation is left out (`neg_pod_gap.bridges`). Each row: the
# message, the mention's words, the day left out ("MM-DD").
NOT_THE_WEEKDAY: tuple[tuple[str, str, str], ...] = (
    (
        "I'm after a slot the week after next, but not the Monday as you're closed",
        "but not the Monday",
        "12-07",
    ),
    ("Please not the sunday.", "not the sunday", "11-29"),
    ("any day that week, not the friday", "not the friday", "11-27"),
    ("I can't do the tuesday, sorry", "can't do the tuesday", "11-24"),
    ("except the thurs", "except the thurs", "11-26"),
    ("not on the friday pls", "not on the friday", "11-27"),
    ("next week but not the Monday obviously", "but not the Monday", "11-30"),
    ("Not the Sunday.", "Not the Sunday", "11-29"),
    ("tuesday's fine, not the wed", "not the wed", "11-25"),
)

# ... not a fallback, a weekday with no negation, a day the rules already read whole.
# Each row: the message, the mention's words, whether it is negated.
THE_WEEKDAY_KEPT: tuple[tuple[str, str, bool], ...] = (
    ("if not the friday then monday", "friday", False),
    ("but the Friday is better", "Friday", False),
    ("not the 5th", "not the 5th", True),
    ("not the next monday", "next monday", False),
)
