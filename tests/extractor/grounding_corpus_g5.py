"""The G5 corpus: where one mention ends and the next begins, as writers split them.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
Each row: a message and the texts of its time mentions, in order.
"""

from __future__ import annotations

# A part of the day after a list of days is said of every day of the list, not folded
# into the last one: "thurs or fri, mornings".
PARTS_AFTER_LISTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Thursday or Friday, mornings only", ("Thursday", "Friday", "mornings")),
    ("tue or wed, mornings only", ("tue", "wed", "mornings")),
    ("mon/tue, afternoons pls", ("mon", "tue", "afternoons")),
    ("saturday and sunday, evenings", ("saturday", "sunday", "evenings")),
    # ... a single day still takes its part of the day
    ("fri mornings", ("fri mornings",)),
    ("friday, mornings if you can", ("friday", "mornings")),
)
# A time before a list of days is said of every day of the list: "between 3 and 5
# friday or saturday".
TIMES_BEFORE_LISTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("between 3 and 5 pm friday or saturday", ("between 3 and 5 pm", "friday", "saturday")),
    (
        "10 to 12 in the morning, Saturday or Sunday",
        ("10 to 12 in the morning", "Saturday", "Sunday"),
    ),
    ("between 11 and 1 on Thursday or Friday", ("between 11 and 1", "Thursday", "Friday")),
    ("at 4 on tues or wed", ("at 4", "tues", "wed")),
    # ... one day still takes it, and two sets with a bare comma stay as they were
    ("between 3 and 5 pm friday", ("between 3 and 5 pm friday",)),
    ("at 4 on wed, thanks", ("at 4 on wed",)),
)
# A full stop after a day ends its sentence: the bound, the negation or the part of the
# day of the next sentence is its own mention. A clock or a date still joins, and so
# does one part of the day in the same sentence ("tues. arvo").
SENTENCE_ENDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("3 of us, sometime thurs. not after 4 tho", ("thurs.", "not after 4")),
    ("if not wed. afternoons only", ("wed.", "afternoons")),
    ("Can't do Mon or Wed. Lunch hour best.", ("Can't do Mon", "Wed.", "Lunch hour")),
    ("not mon. any time after 1 is best", ("not mon.", "after 1")),
    (
        "any day except wed, thu and sat. mornings before 11",
        (
            "except wed",
            "thu",
            "sat.",
            "mornings",
            "before 11",
        ),
    ),
    ("fri. no earlier than 10", ("fri.", "no earlier than 10")),
    # ... and not
    ("Tue. 3pm", ("Tue. 3pm",)),
    ("looking at tues. arvo", ("tues. arvo",)),
    ("I sat. then I left", ()),
)
MENTIONS = PARTS_AFTER_LISTS + TIMES_BEFORE_LISTS + SENTENCE_ENDS

# Half a day is a length of four hours; a half day the business closes early is not.
HALF_DAYS: tuple[str, ...] = (
    "half a day either tue or wed",
    "spree, mar 2, half day, after lunch",
    "need the room half-day tomorrow",
    "book us in for half a day on friday",
    "can we have the room for half a day, starting 9?",
)
NOT_HALF_DAYS: tuple[str, ...] = (
    "thursday is a half day closing",
    "I have a half day off on friday",
    "the kids have a half day",
    "I work a half day that day so I'm free from 11",
)
# "within the fortnight", "in the next fortnight": the next 14 days, as a window.
FORTNIGHTS: tuple[tuple[str, str, str], ...] = (
    ("it has to be done within the fortnight", "within the fortnight", "11-23"),
    ("within the next fortnight please", "within the next fortnight", "11-23"),
    ("anything in the next fortnight?", "in the next fortnight", "11-23"),
    ("any day over the next fortnight, mornings", "any day over the next fortnight", "11-23"),
    ("within a fortnight", "within a fortnight", "11-23"),
)
# "same hour", "similar time" lean on the clock said before, as "same time" does:
# (message, the text of the back-reference, the clock it reads, "HH:MM").
SAME_HOUR: tuple[tuple[str, str, str], ...] = (
    ("I booked thursday 7pm, can we do monday, same hour", "same hour", "19:00"),
    ("the 11th at 2pm. oh sorry I mean the 12th, same hour", "same hour", "14:00"),
    ("friday 10am is gone, saturday at a similar time?", "saturday at a similar time", "10:00"),
    ("my 3pm tues, could it be wed, the same hour?", "the same hour", "15:00"),
)

# "one" after a determiner stands for a slot, never 1:00: the time after it is its own.
ONE_AS_PRONOUN: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "every friday 4-6pm through march, first one this fri",
        (
            "every friday 4-6pm",
            "through march",
            "this fri",
        ),
    ),
    ("every 2nd wednesday, first one march 3", ("every 2nd wednesday", "march 3")),
    ("the next one at 2 if you can", ("at 2",)),
    ("I prefer the later one.", ()),
    # ... and "one" as a clock still is
    ("at one on friday", ("at one on friday",)),
    ("one pm tmrw", ("one pm tmrw",)),
)
# "a Friday" is any Friday (a set), unless a period of days was said before it.
A_WEEKDAY: tuple[tuple[str, int], ...] = (
    ("Looking for a Sunday. Not this one obviously", 4),
    ("can I come on a Tuesday?", 4),
    ("a Friday instead?", 4),
    ("a Friday's fine", 4),
    ("sometime in early December, preferably a Friday", 1),
)
NOT_A_WEEKDAY: tuple[str, ...] = ("a sun hat", "I sat on a wed dress")

# Not being able to be there before / after a time is a bound the other way, negation
# included: (message, mention, "after" | "before", the clock "HH:MM").
CANT_BE_THERE: tuple[tuple[str, str, str, str], ...] = (
    ("I can't come before 1.", "can't come before 1", "after", "13:00"),
    ("I cant get there before 6:30, sorry", "cant get there before 6:30", "after", "18:30"),
    ("Jamie can't get there till 3", "can't get there till 3", "after", "15:00"),
    ("I can't do anything before 6.", "can't do anything before 6", "after", "18:00"),
    ("I cannot start any later than 8pm", "cannot start any later than 8pm", "before", "20:00"),
    ("and I can't be there past 10am", "can't be there past 10am", "before", "10:00"),
    ("we cannot make it before 10am", "cannot make it before 10am", "after", "10:00"),
)

# British "half ten" (10:30) at the end of a sentence: (message, mention, "HH:MM").
HALF_AT_SENTENCE_END: tuple[tuple[str, str, str], ...] = (
    ("Any time after half ten.", "after half ten", "10:30"),
    ("we've a cake tasting at half eleven.", "at half eleven", "11:30"),
    ("thursday, preferably at half nine.", "at half nine", "09:30"),
    ("need a slot on Monday fortnight, half ten. Ta", "Monday fortnight, half ten", "10:30"),
    ("free from half 5. cheers", "from half 5", "17:30"),
)

# "the weekend of the 5th": the Saturday and Sunday of that day's week
# (message, the Saturday "MM-DD").
WEEKEND_OF: tuple[tuple[str, str], ...] = (
    ("something the weekend of the 5th", "12-05"),
    ("Weekend of the 6th, either day", "12-05"),
    ("the weekend of Dec 12?", "12-12"),
    ("any chance the weekend of the 26th", "11-28"),
)
# British "Tuesday next": next Tuesday; "Tuesday next week" stays its own rule.
DAY_NEXT: tuple[tuple[str, str], ...] = (
    ("on Tuesday next, 2pm.", "12-01"),
    ("come back Tuesday next to finish", "12-01"),
    ("Thursday next week", "12-03"),
    ("Tuesday next to the window", "11-24"),
    ("my appt on sat. next sat ok?", "11-28"),
)

# "11 or so", "9 or so": a bare hour said roughly is a time, approximate; a count is not.
ROUGHLY: tuple[tuple[str, str], ...] = (
    ("a late morning would be ideal, 11 or so. Thursday?", "11 or so"),
    ("right after her shift, 9 or so, Friday or Monday.", "9 or so"),
    ("at 11 or so", "at 11 or so"),
    ("5:15 or so would be lovely", "5:15 or so"),
    ("thursday at 4, more or less", "thursday at 4, more or less"),
)
NOT_ROUGHLY: tuple[str, ...] = ("10 or so people", "we are 4 or so guests")
