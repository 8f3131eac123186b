"""The G13b corpus: a work shift named with its hours ("my shift is 7 to 3"), clocks in
Zulu time ("Wednesday 1500Z"), and a part of a named day as the latest time wished
("tomorrow morning at the latest").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "My shift is 7 to 3", "I'm on shift 6am to 2pm": "shift" there is a work shift, not a
# move of the booking ("shift my 9 to 10"), so "7 to 3" is a range of hours. Each row:
# the message, the mention's words, and the last window's start and end ("HH:MM").
WORK_SHIFT_RANGES: tuple[tuple[str, str, str, str], ...] = (
    ("my shift is 7 to 3 every day, so afternoons", "7 to 3 every day", "07:00", "15:00"),
    ("I'm on shift 6am to 2pm all week", "6am to 2pm", "06:00", "14:00"),
    ("on the late shift Monday, 2 to 10, so not then", "Monday, 2 to 10", "14:00", "22:00"),
    ("my shift runs 8-4 on weekdays", "8-4 on weekdays", "08:00", "16:00"),
    ("Our shift pattern is 9 till 5", "9 till 5", "09:00", "17:00"),
    ("he's on day shift 8 until 4 tomorrow", "8 until 4 tomorrow", "08:00", "16:00"),
    ("I'm on a 7-3 shift that day", "7-3", "07:00", "15:00"),
    ("new shift times 10 to 6 from next week", "10 to 6", "10:00", "18:00"),
    ("my work shift is 9:30 to 5:30", "9:30 to 5:30", "09:30", "17:30"),
    ("my weekend shift is 8am - 4pm", "8am - 4pm", "08:00", "16:00"),
    ("Mon-Wed I'm on shift 7 till 3", "7 till 3", "07:00", "15:00"),
    ("her shift's 9 to 5 on weekdays", "9 to 5 on weekdays", "09:00", "17:00"),
    ("evening shift 4 to 11 all week", "4 to 11", "16:00", "23:00"),
    (
        "My shift changes next week so I'm only free mornings, 7 to 11",
        "mornings, 7 to 11",
        "07:00",
        "11:00",
    ),
    ("the night shift is 7pm to 11pm on fridays", "7pm to 11pm on fridays", "19:00", "23:00"),
    ("our shift starts 8:30 to 4:30 most days", "8:30 to 4:30", "08:30", "16:30"),
)

# ... while "shift" as a verb still moves a booking: "A to B" there is the old time and
# the new one, two mentions. Each row: the message and the two mentions' words.
SHIFT_STILL_MOVES: tuple[tuple[str, tuple[str, str]], ...] = (
    ("can we shift my 3pm to 4pm", ("3pm", "4pm")),
    ("shift it from 9 to 11 please", ("9", "11")),
    ("Shift my Tues 7am to Wed 7am pls", ("Tues 7am", "Wed 7am")),
    ("could you shift friday to monday", ("friday", "monday")),
    ("I need to shift the 10:30 to 2", ("10:30", "2")),
    ("please shift our 9am to 10am", ("9am", "10am")),
)

# "Wednesday 1500Z", "1500 Zulu on friday": aviation and military time, in UTC. Each row:
# the message, the mention's words, and its first start in New York ("MM-DD HH:MM").
ZULU_CLOCKS: tuple[tuple[str, str, str], ...] = (
    ("Wednesday 1500Z with whoever", "Wednesday 1500Z", "11-25 10:00"),
    ("tomorrow 1400Z please", "tomorrow 1400Z", "11-24 09:00"),
    ("can do 1800Z on the 27th", "1800Z on the 27th", "11-27 13:00"),
    ("thurs 16:30Z", "thurs 16:30Z", "11-26 11:30"),
    ("1500 Zulu on friday", "1500 Zulu on friday", "11-27 10:00"),
    ("friday at 2000 zulu", "friday at 2000 zulu", "11-27 15:00"),
    ("Saturday 1300 Zulu time", "Saturday 1300 Zulu time", "11-28 08:00"),
    ("how about 1730Z tomorrow", "1730Z tomorrow", "11-24 12:30"),
    ("0930Z on Dec 3", "0930Z on Dec 3", "12-03 04:30"),
    ("Dec 2nd, 2100Z", "Dec 2nd, 2100Z", "12-02 16:00"),
    ("1645Z next tuesday", "1645Z next tuesday", "12-01 11:45"),
    ("I'll call in at 1900Z tuesday", "at 1900Z tuesday", "11-24 14:00"),
    ("Tuesday 14:00 Zulu", "Tuesday 14:00 Zulu", "11-24 09:00"),
    ("wed 2215Z", "wed 2215Z", "11-25 17:15"),
    ("still think in zulu: thursday 1200Z", "thursday 1200Z", "11-26 07:00"),
)

# ... and no Zulu clock where a "Z" or a number is something else. Each row: a message
# in which no mention is in UTC.
NOT_ZULU: tuple[str, ...] = (
    "Gen Z customers at 3",
    "model 1500Z arrives tuesday",
    "we need 1500 guests",
    "A to Z at 4pm",
    "sunday 1600z",
    "order #1430Z, pick up friday",
)

# "tomorrow morning at the latest", "Thursday afternoon or earlier": the whole of that
# part of that day is in, and every time before it from now. Each row: the message, the
# mention's words, and the one window's start and end ("MM-DD HH:MM").
DEADLINE_PARTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "tomorrow morning at the latest",
        "tomorrow morning at the latest",
        "11-23 09:00",
        "11-24 12:00",
    ),
    (
        "Wednesday evening at the latest please",
        "Wednesday evening at the latest",
        "11-23 09:00",
        "11-25 21:00",
    ),
    (
        "friday lunchtime at the latest",
        "friday lunchtime at the latest",
        "11-23 09:00",
        "11-27 14:00",
    ),
    ("tuesday morning latest", "tuesday morning latest", "11-23 09:00", "11-24 12:00"),
    (
        "Thursday afternoon or earlier works",
        "Thursday afternoon or earlier",
        "11-23 09:00",
        "11-26 17:00",
    ),
    ("needs doing wed afternoon latest", "wed afternoon latest", "11-23 09:00", "11-25 17:00"),
    (
        "the 1st in the morning at the latest",
        "the 1st in the morning at the latest",
        "11-23 09:00",
        "12-01 12:00",
    ),
    ("tmrw arvo at the latest", "tmrw arvo at the latest", "11-23 09:00", "11-24 17:00"),
    (
        "saturday morning at the latest, we're away after",
        "saturday morning at the latest",
        "11-23 09:00",
        "11-28 12:00",
    ),
    (
        "monday evening at the very latest",
        "monday evening at the very latest",
        "11-23 09:00",
        "11-23 21:00",
    ),
    ("Friday am at the latest", "Friday am at the latest", "11-23 09:00", "11-27 12:00"),
    ("tomorrow night at the latest", "tomorrow night at the latest", "11-23 09:00", "11-24 23:00"),
    (
        "Dec 4 in the afternoon at the latest",
        "Dec 4 in the afternoon at the latest",
        "11-23 09:00",
        "12-04 17:00",
    ),
    (
        "leak's getting worse, thursday morning at the very latest",
        "thursday morning at the very latest",
        "11-23 09:00",
        "11-26 12:00",
    ),
    (
        "can u fit me in thurs evening at the latest?",
        "thurs evening at the latest",
        "11-23 09:00",
        "11-26 21:00",
    ),
)

# With no day said, the end of that part of each day: "lunchtime at the latest". Each
# row: the message, the mention's words, and the end ("HH:MM") of each day's window.
DEADLINE_PART_EACH_DAY: tuple[tuple[str, str, str], ...] = (
    ("lunchtime at the latest", "lunchtime at the latest", "14:00"),
    ("morning at the latest is fine", "morning at the latest", "12:00"),
    ("afternoon at the very latest", "afternoon at the very latest", "17:00"),
)

# ... while a bound before a part ("till lunch on friday") or of a clock ("tomorrow 3pm
# at the latest": that day, before 3) keeps its reading. Each row: the message, the
# mention's words, and the first window's start and end ("MM-DD HH:MM").
BOUNDS_KEPT: tuple[tuple[str, str, str, str], ...] = (
    ("till lunch on friday", "till lunch on friday", "11-27 00:00", "11-27 12:00"),
    ("tomorrow 3pm at the latest", "tomorrow 3pm at the latest", "11-24 00:00", "11-24 15:00"),
    ("by 3pm friday", "by 3pm friday", "11-27 00:00", "11-27 15:00"),
    ("friday at the latest", "friday at the latest", "11-23 09:00", "11-28 00:00"),
    # G14b: with its part, "before friday afternoon" runs from now to Friday noon
    ("before friday afternoon", "before friday afternoon", "11-23 09:00", "11-27 12:00"),
)

# "next sat, 1 for each kid", "2 apiece for the boys": a number before "for each", "for
# every" or "apiece" counts visits, it is no clock. Each row: the message and every
# mention it gives, in order.
ONE_FOR_EACH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("need 2 appts next sat, 1 for each kid, 30 min each", ("next sat", "30 min")),
    ("tuesday, 1 for each of the girls", ("tuesday",)),
    ("two slots friday, one for each twin", ("friday",)),
    ("thursday 2 for each dog please", ("thursday",)),
    ("wed morning, 1 for each of us", ("wed morning",)),
    ("can we get 2 for each kid on saturday", ("saturday",)),
    ("saturday, 1 for each child, back to back", ("saturday",)),
    ("next friday, 2 apiece for the boys", ("next friday",)),
    ("sunday 1 apiece", ("sunday",)),
    ("monday afternoon, one for each of them", ("monday afternoon",)),
    ("the 3rd, 1 for each kid", ("the 3rd",)),
    ("tmrw, 1 for each of my sons", ("tmrw",)),
    ("dec 5, two for each family", ("dec 5",)),
    ("this weekend, 1 for every pup", ("this weekend",)),
    ("fri, 1 for each car, 45 mins each", ("fri", "45 mins")),
)

# ... while a clock said as one ("at 1", "at 3 each day", "at 4 for the kids") stays one.
# Each row: the message, the mention's words, and its clock as in the symbolic form.
CLOCK_BEFORE_EACH: tuple[tuple[str, str, str], ...] = (
    ("friday at 1, each kid gets 30 min", "friday at 1", "clock=1:00"),
    ("at 3 each day", "at 3", "clock=3:00"),
    ("thursday at 4 for the kids", "thursday at 4", "clock=4:00"),
)

# "6.30 tomorrow? If not 5.30", "7.15 friday, otherwise 6.45": a dotted clock after a
# fallback word ("if not", "if so", "otherwise", "failing that", "else"), with a clock
# said before it, is a clock on the day of that one. Each row: the message, the mention's
# words, and its first start ("MM-DD HH:MM").
FALLBACK_DOT_CLOCKS: tuple[tuple[str, str, str], ...] = (
    ("Is 6.30 tomorrow too late for a lesson? If so 5.30", "5.30", "11-24 17:30"),
    ("6.30 tomorrow? if not 5.30", "5.30", "11-24 17:30"),
    ("can we do 7.15 friday, otherwise 6.45", "6.45", "11-27 18:45"),
    ("10.30 on the 4th, failing that 11.15", "11.15", "12-04 11:15"),
    ("at 2 if poss, if not 3.30", "3.30", "11-23 15:30"),
    ("4pm thursday or else 4.45", "4.45", "11-26 16:45"),
    ("try 9.30 monday, if not then 10.15", "10.15", "11-23 10:15"),
    ("9am tuesday? otherwise, 9.45", "9.45", "11-24 09:45"),
    ("at 12.30 if you can, if not 1.15", "1.15", "11-23 13:15"),
    ("I'd like 3:15 wednesday - if not, 3.45", "3.45", "11-25 15:45"),
    ("8.15 on friday, else 8.45", "8.45", "11-27 08:45"),
    ("the 12th at 11am, failing that, 11.30", "11.30", "12-12 11:30"),
    ("at 4 on the 9th? If not 4.30", "4.30", "12-09 16:30"),
    ("sat 10am. otherwise 10.45", "10.45", "11-28 10:45"),
    ("tomorrow at 7? if not then 7.30", "7.30", "11-24 07:30"),
)

# ... and no clock where no clock came before, or money is talked of. Each row: the
# message and the number that must stay in no mention.
NO_FALLBACK_CLOCK: tuple[tuple[str, str], ...] = (
    ("pay 5.30 now, if not 6.50 later", "6.50"),
    ("if not 5.30", "5.30"),
    ("it's 2.5 miles, otherwise 3.75", "3.75"),
    ("the fee is $40 at 10, otherwise 12.50", "12.50"),
)
