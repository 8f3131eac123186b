"""G17b corpus: a time of the day said apart from its day, with a hedge or a firmness of
its own after it ("next Wednesday, in the morning if possible"), is its own mention on
that day (`grounding.hedged_part`), so the day can stay firm while the time is a wish.
Reference time: `grounding_corpus.REF` (Mon 23 Nov 2026, 09:00 New York)."""

from __future__ import annotations

# A comma, a spaced dash or a bracket, then the time and its hedge. Each row: the
# message, the day's words, the time's words, the day ("MM-DD") and the time's first
# start ("MM-DD HH:MM").
HEDGED_APART: tuple[tuple[str, str, str, str, str], ...] = (
    ("could we do next Wednesday, in the morning if possible?", "next Wednesday", "morning",
     "12-02", "12-02 08:00"),
    ("thurs, arvo if poss", "thurs", "arvo", "11-26", "11-26 12:00"),
    ("Fri 4th, first thing ideally", "Fri 4th", "first thing", "12-04", "12-04 06:00"),
    ("tomorrow (after lunch if you can)", "tomorrow", "after lunch", "11-24", "11-24 13:00"),
    ("Saturday - mornings are best for us", "Saturday", "mornings", "11-28", "11-28 08:00"),
    ("the 10th, late afternoon would be perfect", "the 10th", "late afternoon", "12-10",
     "12-10 15:00"),
    ("monday, 2:30 preferably", "monday", "2:30", "11-23", "11-23 14:30"),
    ("Dec 8, evening if at all possible", "Dec 8", "evening", "12-08", "12-08 17:00"),
    ("wed 2nd, around 4 if he's free", "wed 2nd", "around 4", "12-02", "12-02 15:30"),
    ("the day after tomorrow, noon ideally", "the day after tomorrow", "noon", "11-25",
     "11-25 12:00"),
    ("Tuesday the 1st, early morning if there's room", "Tuesday the 1st", "early morning",
     "12-01", "12-01 06:00"),
    ("this friday, lunchtime pref", "this friday", "lunchtime", "11-27", "11-27 12:00"),
    ("on the 30th, half ten if you can", "on the 30th", "half ten", "11-30", "11-30 10:30"),
    ("next Saturday, 11am IST if possible", "next Saturday", "11am IST", "12-05", "12-05 11:00"),
    ("thursday, 5ish ideally", "thursday", "5ish", "11-26", "11-26 16:30"),
    ("the 9th, 4pm if that works", "the 9th", "4pm", "12-09", "12-09 16:00"),
    ("any day next week, 9-10am is best", "any day next week", "9-10am", "11-30", "11-30 09:00"),
    ("sat, lunch if poss", "sat", "lunch", "11-28", "11-28 12:00"),
)  # fmt: skip

# ... and with a firmness of its own: the time insisted on, the day as said.
FIRM_APART: tuple[tuple[str, str, str, str, str], ...] = (
    ("friday, mornings only", "friday", "mornings", "11-27", "11-27 08:00"),
    ("Tues 8th, evening only", "Tues 8th", "evening", "12-08", "12-08 17:00"),
    ("the 27th, 8am strictly", "the 27th", "8am", "11-27", "11-27 08:00"),
)

# After a list of days the hedged time is said of the whole list (as a time after a list
# always is): the message, the time's words, how many days it is read on.
HEDGED_AFTER_LIST: tuple[tuple[str, str, int], ...] = (
    ("sat or sun, night is best", "night", 2),
    ("weds or thurs, evening if poss", "evening", 2),
)

# Must not change: nothing between the day and its time (one wish said softly), no hedge
# after the time, a bare number, a hedge that starts a clause said of what follows, a
# hyphen that joins ("Friday-morning"), "maybe" (a fallback as often as a hedge), a day
# said back ("that day"), and a hedge said between the two (already two mentions). Each
# row: the message and every mention's words.
ONE_OR_AS_BEFORE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Wednesday morning ideally", ("Wednesday morning",)),
    ("thurs 2pm if poss", ("thurs 2pm",)),
    ("friday afternoon would be great", ("friday afternoon",)),
    ("the 22nd, morning", ("the 22nd, morning",)),
    ("Friday, 3pm", ("Friday, 3pm",)),
    ("Monday, 10 ideally", ("Monday, 10",)),
    ("Thursday, late morning, ideally this week?", ("Thursday, late morning", "this week")),
    ("Friday-morning if possible", ("Friday-morning",)),
    ("mon, lunch maybe", ("mon, lunch",)),
    ("Thursday, ideally afternoon", ("Thursday", "afternoon")),
    ("Tuesday, preferably before lunch", ("Tuesday", "before lunch")),
    ("sat or sun, night", ("sat", "sun")),
    ("not friday, mornings if possible", ("not friday", "mornings")),
    ("tomorrow at 9 if possible", ("tomorrow at 9",)),
    ("on 12 April, it must be that day, at the evening if possible",
     ("12 April", "that day, at the evening")),
)  # fmt: skip
