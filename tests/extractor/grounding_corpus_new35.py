"""The NEW35 corpus: a length said as a multiple of the usual one ("a double", "a double
lesson"), the Scots "efter" for "after", and zones said by a region's letters or a short
name ("1pm SA time", "5 pm HK time", "11am Atlantic", "2pm Bali time").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "a double", "a double lesson", "Double session", "a triple": the usual length times
# the number (`rules_double_length`). Each row: the message, the mention's words, the
# multiple.
MULTIPLE_LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("need a double asap my test is next wed!!!", "a double", 2),
    ("can i get a double on sat or sun", "a double", 2),
    ("After a double sometime the week after next, Tuesday ideally.", "a double", 2),
    ("the morra, a double, but im at school till 3.40", "a double", 2),
    ("first available please, any instructor, it'll need to be a double", "a double", 2),
    ("Thursday I'm free from 10 till 3, could you squeeze a double in?", "a double", 2),
    ("Double lesson either this Saturday or next Saturday", "Double lesson", 2),
    ("Could we get Jack a double on Friday 30th?", "a double", 2),
    ("is there a double wi Morag the morra", "a double", 2),
    ("I'd like a double session with the physio on Tuesday", "a double session", 2),
    ("book me a triple lesson next week please", "a triple lesson", 3),
    ("Back end of next week for a double, no with Ravi mind", "a double", 2),
    ("A double on Monday 26th with Morag between 5 and 7", "A double", 2),
    ("2 double lessons before my test on the 28th", "double lessons", 2),
    ("Looking for a double with Morag next week.", "a double", 2),
)

# Not a length: "double" said of a thing, a shift, a booking twice over, a check. Each
# row: a message where no mention may be a length.
NOT_A_MULTIPLE: tuple[str, ...] = (
    "Doing a double shift Wednesday so that's a no",
    "a double room for Friday night",
    "we were double booked on Monday",
    "a double espresso at 9 before I come in",
    "can I double check Tuesday is still on",
    "there's a double booking on Friday at 3",
    "a double or a twin on the 3rd",
    "she's on a double rotation this week",
    "I paid double last time",
    "my twins need lessons on Saturday",
)

# "efter" is Scots for "after", before a clock, a part of the day or "that" / "then".
# Each row: the message, the mention's words, its bound, its first start ("MM-DD HH:MM").
EFTER: tuple[tuple[str, str, str, str], ...] = (
    ("Just an hour, efter 5 if yous can", "efter 5", "after", "11-23 17:00"),
    ("any time efter 4", "efter 4", "after", "11-23 16:00"),
    ("fri efter 3", "fri efter 3", "after", "11-27 15:00"),
    ("Onytime the morn efter 10 is fine", "the morn efter 10", "after", "11-24 10:00"),
    ("Efter lunch on Tuesday", "Efter lunch on Tuesday", "after", "11-24 14:00"),
    ("prelim 9 till 12 so efter that", "efter that", "after", "11-23 09:00"),
    ("the test's at 2, a lesson efter then?", "efter then", "after", "11-23 14:00"),
    ("wed efter 4.30 if poss", "wed efter 4.30", "after", "11-25 16:30"),
    ("efter 6 the morra", "efter 6 the morra", "after", "11-24 18:00"),
    ("Monday efter 2pm wid be braw", "Monday efter 2pm", "after", "11-23 14:00"),
)

# "efter school": the part of the day after school. Each row: the message, the words, the
# first start.
EFTER_SCHOOL: tuple[tuple[str, str, str], ...] = (
    ("wed or fri whichever ones sooner, efter school", "efter school", "11-25 15:00"),
    ("Efter school on Wednesday", "Efter school on Wednesday", "11-25 15:00"),
)

# Zones said by a region's letters (upper case) or a short name, with "time", or
# "Atlantic" alone after a clock. Each row: the message, the mention's words, its zone.
ZONE_NAMES: tuple[tuple[str, str, str], ...] = (
    ("Thursday at 1pm SA time, 45 min", "Thursday at 1pm SA time", "Africa/Johannesburg"),
    ("5 pm HK time next Thur", "5 pm HK time next Thur", "Asia/Hong_Kong"),
    ("Between 8 and 10am HK time.", "Between 8 and 10am HK time", "Asia/Hong_Kong"),
    ("a quick call at 3pm SG time", "at 3pm SG time", "Asia/Singapore"),
    ("Thursday 2pm Bali time", "Thursday 2pm Bali time", "Asia/Makassar"),
    ("tomorrow 11am Atlantic?", "tomorrow 11am Atlantic", "America/Halifax"),
    ("noon Atlantic time on Friday", "noon Atlantic time on Friday", "America/Halifax"),
    ("9am Halifax time works", "9am Halifax time", "America/Halifax"),
    ("Monday 8am Joburg time", "Monday 8am Joburg time", "Africa/Johannesburg"),
    ("wed 10am jozi time", "wed 10am jozi time", "Africa/Johannesburg"),
    ("10am KL time on the 2nd", "10am KL time on the 2nd", "Asia/Kuala_Lumpur"),
    ("4pm UAE time tomorrow", "4pm UAE time tomorrow", "Asia/Dubai"),
)

# Not a zone: lower case letters and "Atlantic" said of something else. Each row: the
# message, the words, which keep the business's zone (New York).
NOT_A_ZONE: tuple[tuple[str, str], ...] = (
    ("Lisa time is 3pm", "3pm"),
    ("the Atlantic crossing lands at 3", "at 3"),
    ("sa time at 4pm ok?", "at 4pm"),
    ("our hk time slot at 2pm", "at 2pm"),
)
