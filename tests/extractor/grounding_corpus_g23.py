"""The G23 corpus: a part of the day said from an event's day ("the evening before",
"the night before", "the morning after"), "the day before" followed by what it is for
("the day before to prepare"), and an em dash that breaks a sentence between a weekday
and a week, or after a bound's clock ("not on Tuesday — next week", "before 9 — 9:30").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# That part of the day before or after the day said first. Each row: the message, the
# mention's words, its first day ("MM-DD") and the part's first clock ("HH:MM").
PART_FROM_A_DAY: tuple[tuple[str, str, str, str], ...] = (
    (
        "I've got an exam on Friday the 4th, could I have the room the evening before?",
        "the evening before",
        "12-03",
        "17:00",
    ),
    ("gig's sat 28th so need it tuned the night before", "the night before", "11-27", "17:00"),
    (
        "match on the 29th, any chance of a court the evening before to warm up",
        "the evening before",
        "11-28",
        "17:00",
    ),
    (
        "interview Wed 2nd at 10, so maybe the afternoon before to practise?",
        "the afternoon before",
        "12-01",
        "12:00",
    ),
    (
        "we fly back thursday, the morning after would be ideal",
        "the morning after",
        "11-27",
        "08:00",
    ),
    (
        "Wedding's Saturday 5 December. Hair the morning before, pls",
        "the morning before",
        "12-04",
        "08:00",
    ),
)

# "the day before" with "to" and what it is for after it: the day before the day said.
# Each row: the message, the mention's words, the day ("MM-DD").
DAY_BEFORE_TO: tuple[tuple[str, str, str], ...] = (
    (
        "my defence is on the 26th so i want a room the day before to prepare",
        "the day before",
        "11-25",
    ),
    ("moving on the 3rd, can you come the day before to measure up?", "the day before", "12-02"),
)

# Not a part of a day moved from another: the words name something else.
NOT_FROM_A_DAY: tuple[tuple[str, str], ...] = (
    ("do I need an appointment for the morning after pill", "morning"),
    ("Wednesday evening after work?", "Wednesday evening"),
    # "that" after a part of the day: that day's part, before the time said (not the day before)
    (
        "the plumber's coming 10 to 2 thursday so can I do the morning before that, like 8?",
        "morning",
    ),
)

# An em dash with a space either side between a weekday and a week, or after a bound's
# clock: two mentions, not a range. Each row: the message, then each mention's words.
DASH_BREAKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("not on Tuesday — next week", ("not on Tuesday", "next week")),
    (
        "Can't do Thursday — next week, any afternoon?",
        ("Can't do Thursday", "next week, any afternoon"),
    ),
    ("Not Friday — next month sometime?", ("Not Friday", "next month")),
    ("i'm useless before 9 — 9:30 tuesday?", ("before 9", "9:30 tuesday")),
    ("nothing after 5 — 4:30 at the latest", ("nothing after 5", "4:30 at the latest")),
    ("not before 10 — 10:30 would be great", ("not before 10", "10:30")),
)

# ... and ranges that stay ranges: a dash between clocks, between days, from a day.
DASH_RANGES: tuple[str, ...] = (
    "Friday 6pm — Sunday noon",
    "Monday — Friday next week",
    "from 9 — 11 tuesday",
    "today — end of next week",
)

# A bare number offered by the words after it as the better time or the fallback, at the
# start of a clause or after "but" / "or", once a day or time is said. Each row: the
# message, the number's words, its clock ("HH:MM").
PREFERRED_NUMBER: tuple[tuple[str, str, str], ...] = (
    ("sat is good, anytime after 9 really but 10 would be best", "10", "10:00"),
    ("could he come thursday? before 3 works, but 1 would be ideal", "1", "13:00"),
    ("my slot on the 2nd is at 10, 11 would be better", "11", "11:00"),
    ("Tuesday at 4:15 with Sam, or 5 if that's taken", "5", "17:00"),
    ("monday 9am please. or 10 if it's already booked", "10", "10:00"),
)

# ... and not: a count, a numbered thing. (A number alone in its clause with no day or
# time before it, "2 would be best", is a turn's corrected clock: `framed_numbers`.)
NOT_A_PREFERRED_NUMBER: tuple[tuple[str, str], ...] = (
    ("table for 4 on friday, 6 would be better", "6"),
    ("friday works. option 2 would be best", "2"),
)

# A dotted clock after a correction, once a clock or a bound's hour is said. Each row: the
# message, the clock's words, its clock ("HH:MM").
CORRECTED_DOTTED: tuple[tuple[str, str, str], ...] = (
    ("thurs 2pm with Priya - actually make that 2.45, school run", "2.45", "14:45"),
    ("Fri 9am — actually no, 9.15, the train's late", "9.15", "09:15"),
    ("can I do tomorrow 11am? Sorry, 11.30, forgot the dentist", "11.30", "11:30"),
    ("she can't make it before 3 so let's say 3.15?", "3.15", "15:15"),
)
