"""The G8CLAR corpus: wishes the engine refused though the calendar had room, as writers
text them, and what must stay as it was.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`); one
resource open 08:00-18:00 every day of that week, 20-minute appointments, the default
15-minute step grid (`test_grounding_corpus_g8clar.request`), unless a table says other.
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

# A clock said of every day of a set is a start on each of them, like a clock on one day:
# "Tuesdays at 6:30am" was a window of one minute, which no appointment fits. Each row:
# the message, the first proposal's start (20-minute appointments, as above).
CLOCK_ON_EACH_DAY: tuple[tuple[str, str], ...] = (
    ("Tuesdays at 10:20 please", "Tue 10:20"),
    ("4.15 on Mondays", "Mon 16:15"),
    ("each weekday at 12:40", "Mon 12:40"),
    ("at half eight any morning", "Tue 08:30"),
    ("every thursday at 3:40pm", "Thu 15:40"),
    ("wednesdays at 11:10", "Wed 11:10"),
    ("fridays at ten past two", "Fri 14:10"),
    ("any weekday at 9:50", "Mon 09:50"),
    ("weekly on tuesdays at 1:20pm", "Tue 13:20"),
    ("mondays at twenty to five", "Mon 16:40"),
    ("every saturday at 10:05am", "Sat 10:05"),
    ("every morning at 8:45", "Tue 08:45"),
    ("sundays at 11:20", "Sun 11:20"),
    ("weekdays at 5:10pm", "Mon 17:10"),
    ("every wednesday 9:40am", "Wed 09:40"),
    ("thursdays at half two", "Thu 14:30"),
    # ... and on the hour, as before
    ("every monday at 10", "Mon 10:00"),
)

# A short range of times in a message that leaves something with the business ("I can
# drop it off between 7 and 8") is when the thing is left: the job starts in it and
# may run past it. Each row: the message (90-minute jobs, open 07:00-18:00), the day,
# and the first and last start the range allows.
DROP_OFF: tuple[tuple[str, str, str, str], ...] = (
    ("i can drop it off between 7 and 8 tmrw", "Tue", "07:00", "08:00"),
    ("I'll drop the car between 12 and 1 on wednesday", "Wed", "12:00", "13:00"),
    ("can drop her off 8 to 8:30 thursday", "Thu", "08:00", "08:30"),
    ("dropping it off friday between 7:30 and 8", "Fri", "07:30", "08:00"),
    ("could drop the van off tomorrow 12-1", "Tue", "12:00", "13:00"),
    ("I can drop off the bike between 9 and 10 on saturday", "Sat", "09:00", "10:00"),
    ("drop it wed between 1 and 2", "Wed", "13:00", "14:00"),
    ("i'll leave the car with you thursday between 7 and 8", "Thu", "07:00", "08:00"),
    ("drop-off between 8 and 9 friday works", "Fri", "08:00", "09:00"),
    ("can drop off the laptop tmrw between 4 and 5", "Tue", "16:00", "17:00"),
    ("I could drop it in between 10 and 11 on wednesday", "Wed", "10:00", "11:00"),
    ("dropping my car wednesday 7-8am", "Wed", "07:00", "08:00"),
    ("drop off thurs 12 to 12:30", "Thu", "12:00", "12:30"),
    ("we can drop the dog off between 8 and 9 tomorrow", "Tue", "08:00", "09:00"),
    ("i can only drop it between 12 and 1 on my lunch. wed or thu", "Wed", "12:00", "13:00"),
    # ... a range long enough for the job stays a window to lie inside
    ("drop it off tomorrow between 8 and 11", "Tue", "08:00", "09:30"),
)
# ... and when the customer must be there (no drop-off, or a visit: "drop by", "drop
# in"), a range too short for the job stays a window: a conflict, for the user to settle.
NO_DROP_OFF: tuple[str, ...] = (
    "home 12 till 1 only tomorrow",
    "can you come between 12 and 1 tomorrow?",
    "can you drop by between 12 and 1 tomorrow?",
    "I can drop in between 12 and 1 tomorrow",
)

# "my time", "his time", "her time": the zone of the place the message says that person
# is in ("Hello from Sydney! ... 9pm my time", "our guy in Lagos ... 10pm his time"), not
# the business's. Each row: the message, the mention, the zone it is read in, its clock
# there. Read with `grounding_corpus.REF` (New York).
SPEAKER_ZONES: tuple[tuple[str, str, str, str], ...] = (
    (
        "Hello from Sydney! 9pm my time on Friday works",
        "9pm my time on Friday",
        "Australia/Sydney",
        "21:00",
    ),
    (
        "I am calling from California. Is 9:30 pm my time ok?",
        "9:30 pm my time",
        "America/Los_Angeles",
        "21:30",
    ),
    (
        "our best man is in LA, 8am his time is the earliest he can do",
        "8am his time",
        "America/Los_Angeles",
        "08:00",
    ),
    ("Mum in Lagos says 5pm her time works", "5pm her time", "Africa/Lagos", "17:00"),
    (
        "need to sync with our guy in Lagos, he's free 10pm-1am his time",
        "10pm-1am his time",
        "Africa/Lagos",
        "22:00",
    ),
    ("my producer in Seoul can do 8am her time", "8am her time", "Asia/Seoul", "08:00"),
    (
        "my MIL lives in Hong Kong and wants to join at 7pm her time",
        "at 7pm her time",
        "Asia/Hong_Kong",
        "19:00",
    ),
    ("I'm in London this week so 3pm my time please", "3pm my time", "Europe/London", "15:00"),
    ("hi from Tokyo! could we do 9am my time", "9am my time", "Asia/Tokyo", "09:00"),
    (
        "my brother in Berlin can only do 6pm his time",
        "6pm his time",
        "Europe/Berlin",
        "18:00",
    ),
    (
        "their office is in Singapore, so 9am their time",
        "9am their time",
        "Asia/Singapore",
        "09:00",
    ),
    ("I'm calling from Perth, is 8am my time ok", "8am my time", "Australia/Perth", "08:00"),
    ("Dad's in Madrid, he'd join at 7pm his time", "at 7pm his time", "Europe/Madrid", "19:00"),
    (
        "my sister is in Chicago, 4pm her time works for her",
        "4pm her time",
        "America/Chicago",
        "16:00",
    ),
    ("I live in Dublin and need 10am my time", "10am my time", "Europe/Dublin", "10:00"),
    (
        "I'm in London and she's in Lagos, 5pm her time?",
        "5pm her time",
        "Africa/Lagos",
        "17:00",
    ),
    # ... and the business's zone when the message names no place for that person, or
    # two for them
    ("is 3pm my time ok?", "3pm my time", "America/New_York", "15:00"),
    (
        "my daughter's in London but 3pm my time works",
        "3pm my time",
        "America/New_York",
        "15:00",
    ),
    ("can we do 4pm her time on friday", "4pm her time on friday", "America/New_York", "16:00"),
    (
        "my parents are in Perth and his are in Glasgow, 9am their time",
        "9am their time",
        "America/New_York",
        "09:00",
    ),
)

# A bound said of the start ("has to start by 9", "a table starting before 6", "no later
# than 5:30 start", "3:30 latest drop") bounds when the appointment starts; it may run
# past it. Each row: the message (90-minute jobs, open from the bound's own time, so the
# bound's edge is the only start), the opening, the first proposal's start.
START_BOUNDS: tuple[tuple[str, str, str], ...] = (
    ("has to start by 9 tomorrow", "09:00", "Tue 09:00"),
    ("a table starting before 10 on Tuesday", "10:00", "Tue 10:00"),
    ("no later than 11:30 start on friday", "11:30", "Fri 11:30"),
    ("wednesday, starting no later than 10", "10:00", "Wed 10:00"),
    ("thursday, start before 11 pls", "11:00", "Thu 11:00"),
    ("can you start by 8:30 on friday", "08:30", "Fri 08:30"),
    ("we'd arrive by 1 on wednesday", "13:00", "Wed 13:00"),
    ("saturday, 10 latest start", "10:00", "Sat 10:00"),
    ("thursday, arriving before 2", "14:00", "Thu 14:00"),
    ("can it begin by 1 on wednesday", "13:00", "Wed 13:00"),
    ("friday, needs to start before noon", "12:00", "Fri 12:00"),
    ("tmrw, start no later than 4", "16:00", "Tue 16:00"),
    ("3:30 latest drop on thursday", "15:30", "Thu 15:30"),
    ("monday the 30th, has to start by 10", "10:00", "Mon 10:00"),
    ("tomorrow, latest start 3pm", "15:00", "Tue 15:00"),
    ("the job must start by 9:30 on saturday", "09:30", "Sat 09:30"),
)
# ... and a bound of the end, or of nothing said, still ends the appointment by then:
# with the doors opening at the bound, nothing fits. Each row: the message, the opening.
END_BOUNDS: tuple[tuple[str, str], ...] = (
    ("needs to be done by 11 tomorrow", "11:00"),
    ("gotta be finished before 5 on friday", "17:00"),
    ("in bed by 7:30 so done by 3 wednesday", "15:00"),
    ("tomorrow before 10", "10:00"),
    ("wednesday, no later than 4", "16:00"),
)

# Being somewhere by a time ("I'm at my desk by 8:30", "she's in bed by 7:30pm", "gotta
# be at work by 9:15") rules out what follows, like "I start at 9": the words leave the
# time before free (`TimeMention.left_free`), so a labeller ruling them out asks for that.
# Each row: the message, the mention, the end of what it leaves free.
BE_THERE_BY: tuple[tuple[str, str, str], ...] = (
    ("I'm at my desk by 8:30 so it has to be early", "I'm at my desk by 8:30", "08:30"),
    ("gotta be at work by 9:15", "be at work by 9:15", "09:15"),
    ("she's in bed by 7:30pm", "she's in bed by 7:30pm", "19:30"),
    ("he's in bed by 8pm", "he's in bed by 8pm", "20:00"),
    ("I'm at work by 9 on weekdays", "I'm at work by 9 on weekdays", "09:00"),
    ("im at work by 8", "im at work by 8", "08:00"),
    ("we're on site by 7am", "we're on site by 7am", "07:00"),
    ("I need to be in the office by 10am", "be in the office by 10am", "10:00"),
    ("she is at school by 8:15", "she is at school by 8:15", "08:15"),
    ("I am at my desk by 9am most days", "I am at my desk by 9am", "09:00"),
    ("kids are in bed by 7pm", "are in bed by 7pm", "19:00"),
    ("he is at work by 6am", "he is at work by 6am", "06:00"),
    ("I have to be at the office by 9:30", "be at the office by 9:30", "09:30"),
    ("I'm in bed by 9pm lol", "I'm in bed by 9pm", "21:00"),
    ("must be on site by 8am tomorrow", "be on site by 8am tomorrow", "08:00"),
)
# ... and a deadline of the appointment itself stays a plain bound ("done by 7:30").
NOT_BE_THERE_BY: tuple[tuple[str, str], ...] = (
    ("done by 7:30 please", "by 7:30"),
    ("needs to finish by 4pm", "by 4pm"),
    ("can you be here by 9am", "by 9am"),
    ("has to be done by 11 tomorrow", "by 11 tomorrow"),
)

# A bare number before a day is a count (of people) when a clock for the booking is said
# after it: "2 tonight at 7", "table 4 2 thurs 7ish". Each row: the message and its time
# mentions, in order (the number in none of them).
COUNT_BEFORE_DAY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("2 tonight at 7 pls", ("tonight at 7",)),
    ("table 4 2 thurs 7ish", ("thurs 7ish",)),
    ("Table 4 two tmrw!! 7 or 7:30 whatever works", ("tmrw", "7", "7:30")),
    (
        "4 for the 23rd, we can do anytime between 5 and 7 to arrive",
        ("the 23rd", "between 5 and 7"),
    ),
    (
        "2 on the 22nd no earlier than 8 please. 8:30 if you can",
        ("on the 22nd no earlier than 8", "8:30"),
    ),
    ("6 on friday at 8pm", ("friday at 8pm",)),
    ("3 tomorrow at 6:30", ("tomorrow at 6:30",)),
    ("4 sat around 7", ("sat around 7",)),
    ("booking for 2 fri at 7:30", ("fri at 7:30",)),
    ("5 on the 28th, 6pm", ("on the 28th, 6pm",)),
    ("two tonight, 8ish", ("tonight, 8ish",)),
    ("8 saturday at 1pm for a birthday", ("saturday at 1pm",)),
    ("3 thurs 6:45", ("thurs 6:45",)),
    ("2 wed at half 7", ("wed at half 7",)),
    ("4 tomorrow night around 8", ("tomorrow night around 8",)),
    # ... and with no clock after it (or only a bound) the number stays the time
    ("can u do 3 tmrw", ("3 tmrw",)),
    ("see you 3 friday", ("3 friday",)),
    ("Would 3 on the 6th work? out by 6", ("3 on the 6th", "by 6")),
    ("2 thurs", ("2 thurs",)),
    ("3 tonight", ("3 tonight",)),
)
