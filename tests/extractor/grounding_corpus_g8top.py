"""The G8TOP corpus: the day's edges ("first thing", "end of the day") read from the
business's hours, where proposal 1 landed outside the writer's window.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
The business is open 07:00-21:00 (`OPEN`); on Tuesday 24th two resources keep 08:00-17:00
and 09:00-15:00, on Friday 27th one keeps 09:00-18:00 (`DAY_HOURS`).
Each case: (message, mention, first window "Day DD HH:MM-HH:MM").
"""

from __future__ import annotations

from datetime import date

NY_ = "America/New_York"

OPEN = (7 * 60, 21 * 60)
DAY_HOURS = {
    date(2026, 11, 24): [(8 * 60, 17 * 60), (9 * 60, 15 * 60)],
    date(2026, 11, 27): [(9 * 60, 18 * 60)],
}

# "End of the day": the last half hour before that day's last closing (not 16:00-18:00;
# was the last hour, G20b).
END_OF_DAY: tuple[tuple[str, str, str], ...] = (
    ("can u squeeze me in tmrw end of the day", "tmrw end of the day", "Tue 24 16:30-17:00"),
    (
        "swap my slot to end of the day thurs, work runs late",
        "end of the day thurs",
        "Thu 26 20:30-21:00",
    ),
    ("eod friday works", "eod friday", "Fri 27 17:30-18:00"),
    (
        "at the end of the day on Wednesday if poss",
        "end of the day on Wednesday",
        "Wed 25 20:30-21:00",
    ),
    ("Thursday, end of the day?", "Thursday, end of the day", "Thu 26 20:30-21:00"),
    ("close of business tuesday", "close of business tuesday", "Tue 24 16:30-17:00"),
    ("the very end of the day on friday", "end of the day on friday", "Fri 27 17:30-18:00"),
    ("end of day weds pls", "end of day weds", "Wed 25 20:30-21:00"),
    ("end of the day tomorrow, after my shift", "end of the day tomorrow", "Tue 24 16:30-17:00"),
    ("cob thursday", "cob thursday", "Thu 26 20:30-21:00"),
    ("Sat 28th end of the day", "Sat 28th end of the day", "Sat 28 20:30-21:00"),
    ("end of the day the 1st", "end of the day the 1st", "Tue 01 20:30-21:00"),
    ("tmrw eod", "tmrw eod", "Tue 24 16:30-17:00"),
    ("end of day on the 2nd?", "end of day on the 2nd", "Wed 02 20:30-21:00"),
    (
        "can we do wednesday at the end of the day",
        "wednesday at the end of the day",
        "Wed 25 20:30-21:00",
    ),
    ("is end of day today possible", "end of day today", "Mon 23 20:30-21:00"),
    ("table for 4 at the end of the day friday", "end of the day friday", "Fri 27 17:30-18:00"),
)

# ... unless a bound said right after ends the speaker's day sooner: its last hour.
END_OF_DAY_BY_BOUND: tuple[tuple[str, str, str], ...] = (
    (
        "end of the day today, before 5:30 when we lock up",
        "end of the day today",
        "Mon 23 16:30-17:30",
    ),
    ("end of the day thurs but by 4", "end of the day thurs", "Thu 26 15:00-16:00"),
    ("eod wed, before 3", "eod wed", "Wed 25 14:00-15:00"),
)

# "First thing": the day's first opening slot (its first half hour; was an hour and a
# half, G20b), and the first half hour of a resource opening within the hour after it.
FIRST_THING: tuple[tuple[str, str, str], ...] = (
    ("first thing tmrw", "first thing tmrw", "Tue 24 08:00-08:30"),
    ("tuesday first thing", "tuesday first thing", "Tue 24 08:00-08:30"),
    ("first thing friday", "first thing friday", "Fri 27 09:00-09:30"),
    ("the 27th, first thing", "the 27th, first thing", "Fri 27 09:00-09:30"),
    ("first thing sat", "first thing sat", "Sat 28 07:00-07:30"),
    ("2 kids first thing tuesday", "first thing tuesday", "Tue 24 08:00-08:30"),
    ("battery's dead, can you do first thing wed", "first thing wed", "Wed 25 07:00-07:30"),
    ("thurs first thing, I'm on the 9:10 train", "thurs first thing", "Thu 26 07:00-07:30"),
    ("could you swing by tmrw first thing?", "tmrw first thing", "Tue 24 08:00-09:30"),  # hedged
    # the morning said after it is where the first thing is, not a second window
    ("first thing wednesday morning", "first thing wednesday morning", "Wed 25 07:00-07:30"),
    (
        "book me first thing Thursday morning please",
        "first thing Thursday morning",
        "Thu 26 07:00-07:30",
    ),
    ("first thing tomorrow morning", "first thing tomorrow morning", "Tue 24 08:00-08:30"),
    (
        "First thing Monday morning. Leaking water meter",
        "First thing Monday morning",
        "Mon 30 07:00-07:30",
    ),
    ("first thing Saturday morning if poss", "first thing Saturday morning", "Sat 28 07:00-07:30"),
    # said once the day's first hours have begun: tomorrow's first thing
    ("can u look at it first thing", "first thing", "Tue 24 08:00-08:30"),
    ("dropping it off, can you look at it first thing?", "first thing", "Tue 24 08:00-09:30"),
)

# "early" / "late" with a part of the day however it is written: plural (a set of every
# day), hyphenated, run together, "late in the afternoon", "later in the aft".
EDGE_OF_PART: tuple[tuple[str, str, str], ...] = (
    ("Late afternoons suit me best", "Late afternoons", "Mon 23 15:00-17:00"),
    ("late mornings are good for me", "late mornings", "Mon 23 10:00-12:00"),
    ("early evenings only pls", "early evenings", "Mon 23 17:00-19:00"),
    ("early afternoons work", "early afternoons", "Mon 23 12:00-14:00"),
    ("We'd ideally like a late-morning slot.", "late-morning", "Mon 23 10:00-12:00"),
    ("late-afternoon on friday?", "late-afternoon on friday", "Fri 27 15:00-17:00"),
    ("early-evening tuesday if poss", "early-evening tuesday", "Tue 24 17:00-19:00"),
    ("latemorning pls", "latemorning", "Mon 23 10:00-12:00"),
    ("we'd love it late in the afternoon", "late in the afternoon", "Mon 23 15:00-17:00"),
    ("friday late in the afternoon", "friday late in the afternoon", "Fri 27 15:00-17:00"),
    ("late in the morning on thursday", "late in the morning on thursday", "Thu 26 10:00-12:00"),
    ("can i switch to reyes same day later in the aft", "later in the aft", "Mon 23 15:00-17:00"),
    ("any chance later in the arvo", "later in the arvo", "Mon 23 15:00-17:00"),
    ("tues, later in the afternoon", "tues, later in the afternoon", "Tue 24 15:00-17:00"),
    ("early in the evening on wed", "early in the evening on wed", "Wed 25 17:00-19:00"),
    ("every late afternoon next week", "every late afternoon next week", "Mon 30 15:00-17:00"),
)

# "my time" is the speaker's zone when the message names it once on its own ("I'm on
# Pacific time"); "am" in "I am on Central time" is the verb. (message, mention, zone)
LA, CHI, DEN = "America/Los_Angeles", "America/Chicago", "America/Denver"
MY_TIME: tuple[tuple[str, str, str], ...] = (
    ("I'm on Pacific time. Could I book at 2pm my time on Monday?", "at 2pm my time on Monday", LA),
    (
        "I am on Central time, and I'd prefer not to start before 9 my time.",
        # the negation across "start" turns the bound (`rules_neg_verb`)
        "not to start before 9 my time",
        CHI,
    ),
    (
        "I'm in Phoenix (Mountain time), and I'd like it to be at 8am my time if possible",
        "at 8am my time",
        DEN,
    ),
    ("we're on PST so anything after 10 my time works", "after 10 my time", LA),
    ("I'm on Mountain time, so please keep it after 11am my time.", "after 11am my time", DEN),
    (
        "I'm on Pacific time and cannot take calls before 9am my time.",
        "cannot take calls before 9am my time",
        LA,
    ),
    ("currently on Central time. tues at 4 my time?", "tues at 4 my time", CHI),
    ("Im on pacific time, can we do 10am my time thursday", "10am my time thursday", LA),
    ("heads up I'm on Eastern time now, noon my time friday?", "noon my time friday", NY_),
    (
        "I am on Pacific time during the trial prep; no earlier than 8am my time.",
        "no earlier than 8am my time",
        LA,
    ),
    (
        "I'm currently on Pacific time, and I'd rather not do anything before noon my time.",
        "not do anything before noon my time",
        LA,
    ),
    ("travelling, on Central time this week. 3pm my time wed?", "3pm my time wed", CHI),
    ("(PST) could we do 1pm my time on the 2nd", "1pm my time on the 2nd", LA),
    ("We are on Mountain time - 9 my time on Friday works", "9 my time on Friday", DEN),
    ("i'm on central time btw, after 2 my time tmrw", "after 2 my time tmrw", CHI),
    # a place the writer says they are in (zones.speaker_zone) names the zone too
    ("I'm in Chicago so anything after 11 my time pls", "after 11 my time", CHI),
)
# ... and stays the request's zone without one, with two, or for "your time".
MY_TIME_UNCHANGED: tuple[tuple[str, str, str], ...] = (
    ("what's best for you, 3pm my time on friday?", "3pm my time on friday", NY_),
    (
        "I'm on Pacific time. Could I book at 2pm your time on Monday?",
        "at 2pm your time on Monday",
        NY_,
    ),
    ("I'm on Pacific time and my colleague is on Eastern time, 2pm my time?", "2pm my time", NY_),
    ("somewhere central would be best, 3pm my time friday", "3pm my time friday", NY_),
)

# "same time" with a week on said around it ("the week after", "the following week",
# "next week", before or after it): the day said before, a week later, at its time.
# (message, mention, first start)
SAME_TIME_WEEK_ON: tuple[tuple[str, str, str], ...] = (
    (
        "can ava's thurs 10am move to the same time the week after",
        "the same time the week after",
        "Thu 03 10:00",
    ),
    (
        "can i move friday 11th to the following week same time, it was 4pm",
        "the following week same time",
        "Fri 18 16:00",
    ),
    (
        "my tues 2pm, could we do the following week same time",
        "the following week same time",
        "Tue 01 14:00",
    ),
    ("wed 9am - the week after, same time?", "the week after, same time", "Wed 02 09:00"),
    (
        "friday at 3, same time the following week pls",
        "same time the following week",
        "Fri 04 15:00",
    ),
    ("thurs 4pm, next week same time?", "next week same time", "Thu 03 16:00"),
    (
        "monday 11am is no good, same time the week after?",
        "same time the week after",
        "Mon 30 11:00",
    ),
    (
        "I have Tuesday at 10:30, can we do the same time the following week",
        "the same time the following week",
        "Tue 01 10:30",
    ),
    ("booked for sat 9am, next week, same time instead?", "next week, same time", "Sat 05 09:00"),
    (
        "Could Thursday's 6pm move to the same time the following week?",
        "the same time the following week",
        "Thu 03 18:00",
    ),
    (
        "wed 4:15 doesn't work, the following week same time ok?",
        "the following week same time",
        "Wed 02 16:15",
    ),
    (
        "sat at 11, same time the week after would be great",
        "same time the week after",
        "Sat 05 11:00",
    ),
    (
        "Mon 9:30 - can we push to the following week, same time",
        "the following week, same time",
        "Mon 30 09:30",
    ),
    (
        "tues 5pm, could we make it the same time the week after",
        "the same time the week after",
        "Tue 01 17:00",
    ),
    ("fri 3:30, next week same time pls", "next week same time", "Fri 04 15:30"),
    ("thurs 4pm, same time next week?", "same time next week", "Thu 03 16:00"),
)

# "the same slot", "same time slot", "same timeslot": as "same time".
SAME_SLOT: tuple[tuple[str, str, str], ...] = (
    (
        "i booked thurs 3pm but my car's in the shop, could we do the same slot next thurs",
        "the same slot next thurs",
        "Thu 03 15:00",
    ),
    ("not wed 10am actually - thu same slot", "thu same slot", "Thu 26 10:00"),
    ("Kindly shift it to the 26th, same slot 11:30", "same slot 11:30", "Thu 26 11:30"),
    ("could we shift to the 7th, same slot w Luna (8am)", "same slot", "Mon 07 08:00"),
    (
        "my tues 2pm - can I have the same slot on friday?",
        "the same slot on friday",
        "Fri 27 14:00",
    ),
    (
        "booked Wed 4pm, keep the same slot just a different instructor",
        "the same slot",
        "Wed 25 16:00",
    ),
    (
        "fri 9am doesn't work, same time slot on tuesday?",
        "same time slot on tuesday",
        "Tue 24 09:00",
    ),
    ("sat 10:30 is gone? the same slot sunday then", "the same slot sunday", "Sun 29 10:30"),
    ("can we move my 11am tuesday to wednesday, same slot", "same slot", "Wed 25 11:00"),
    (
        "thurs at 6 - could i get the same timeslot the week after",
        "the same timeslot the week after",
        "Thu 03 18:00",
    ),
    (
        "I'm in Monday at 1pm, could I have the same slot Tuesday",
        "the same slot Tuesday",
        "Tue 24 13:00",
    ),
    (
        "has 2pm friday gone? I'd take the same slot saturday",
        "the same slot saturday",
        "Sat 28 14:00",
    ),
    ("wed 8:30 please, or the same slot thursday", "the same slot thursday", "Thu 26 08:30"),
    ("my mon 5pm, same slot next week please", "same slot next week", "Mon 30 17:00"),
    ("tues 9am is taken so same slot on weds?", "same slot on weds", "Wed 25 09:00"),
)

# Must not change: without the business's hours the fixed windows stay; "first thing"
# as a noun stays unread; a count next to it stays a count.
UNCHANGED: tuple[tuple[str, str, str], ...] = (
    ("tmrw end of the day", "tmrw end of the day", "Tue 24 16:00-18:00"),
    ("eod friday works", "eod friday", "Fri 27 16:00-18:00"),
    ("first thing wednesday", "first thing wednesday", "Wed 25 06:00-11:00"),
    ("first thing wednesday morning", "first thing wednesday morning", "Wed 25 06:00-11:00"),
    ("close of business tuesday", "close of business tuesday", "Tue 24 16:00-18:00"),
)
NOT_TIMES: tuple[str, ...] = (
    "is there a slot free?",
    "the same slot machine as before",
    "I am on Pacific time",
    "I am on Eastern time, just so you know",
    "sorry I'm late, the traffic was bad",
    "running late, be there in 5",
    "the first thing I need is a quote",
    "first thing's first, how much is it",
    "the first thing we noticed was the leak",
    "table for 4 please",
    "2 kids, both need a trim",
)
