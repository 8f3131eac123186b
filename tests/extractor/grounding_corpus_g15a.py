"""The G15a corpus: a time said after a day that is only context ("I'm in court on the
30th. Morning only please.") is a time of every day, not of that day.

Grounding narrows a time to the day said before it ("Morning" -> the morning of the
30th). When the interpreter labels that day context (an event of the writer's, not a
wish about the booking), the narrowing goes with it and the time reads on every day,
as it already does when the day is ruled out (`pipeline._off_context_days`).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`); one
resource open 08:00-20:00 every day, 30-minute visits.
"""

from __future__ import annotations

# The message, the context day's words (the start of its candidate), the time's words
# (its candidate), the first proposal ("MM-DD HH:MM") once the day is context.
TIME_AFTER_CONTEXT_DAY: tuple[tuple[str, str, str, str], ...] = (
    ("I'm in court on the 30th. Morning only please.", "on the 30th", "Morning", "11-23 09:00"),
    (
        "My sister's wedding is on Saturday the 5th so it has to be before then, after 2pm.",
        "Saturday the 5th",
        "after 2pm",
        "11-23 14:00",
    ),
    (
        "Our flight leaves on December 4th. We'd like something after 3pm.",
        "December 4th",
        "after 3pm",
        "11-23 15:00",
    ),
    (
        "The kids break up on the 18th. Evening would suit me best.",
        "on the 18th",
        "Evening",
        "11-23 17:00",
    ),
    (
        "My passport expires on the 15th, so I need to come in no later than the 10th. "
        "After 11 works.",
        "on the 15th",
        "After 11",
        "11-23 11:00",
    ),
    (
        "We have a family dinner on Friday. Something in the morning, please.",
        "dinner on Friday",
        "morning",
        "11-23 09:00",
    ),
    (
        "The office party is on the 11th; ideally after lunch.",
        "on the 11th",
        "after lunch",
        "11-23 13:00",
    ),
    (
        "I start my new job on Monday the 7th. Before 10am would be best.",
        "Monday the 7th",
        "Before 10am",
        "11-23 09:00",
    ),
    (
        "The deadline is Thursday. We'd want to meet at 4pm.",
        "Thursday",
        "at 4pm",
        "11-23 16:00",
    ),
    (
        "my exam is on the 3rd, so the afternoon would be good",
        "on the 3rd",
        "afternoon",
        "11-23 12:00",
    ),
    (
        "I fly out on Sunday the 6th. I'm free from 1pm.",
        "Sunday the 6th",
        "from 1pm",
        "11-23 13:00",
    ),
    (
        "Grandma arrives on the 28th. Not before 10 please.",
        "on the 28th",
        "Not before 10",
        "11-23 10:00",
    ),
    (
        "He's back from his trip on the 9th; anything after 5pm.",
        "on the 9th",
        "after 5pm",
        "11-23 17:00",
    ),
    (
        "My surgery is on the 14th. Early morning is best.",
        "on the 14th",
        "Early morning",
        "11-24 08:00",
    ),
    ("The school concert is on the 2nd. Could we do 11am?", "on the 2nd", "11am", "11-23 11:00"),
)

# Must not change: the same words with the day a wish (labelled require) keep the time
# on that day. Each row: message, day words, time words, first proposal.
TIME_ON_A_WISHED_DAY: tuple[tuple[str, str, str, str], ...] = (
    ("I'm free on the 30th. Morning only please.", "on the 30th", "Morning", "11-30 08:00"),
    (
        "Could we do Saturday the 5th? After 2pm ideally.",
        "Saturday the 5th",
        "After 2pm",
        "12-05 14:00",
    ),
    ("Thursday suits. We'd want to meet at 4pm.", "Thursday", "at 4pm", "11-26 16:00"),
    ("my day off is the 3rd. the afternoon would be good", "the 3rd", "afternoon", "12-03 12:00"),
    ("The 9th works for me; anything after 5pm.", "The 9th", "after 5pm", "12-09 17:00"),
    ("Book me on the 2nd. Could we do 11am?", "on the 2nd", "11am", "12-02 11:00"),
)
