"""The B47 corpus: ranges of hours on the 24-hour clock, negated starts and ends, bounds
said of the start inside their own words, and ranges after "put me in".

1. A range of whole hours whose end is past 12, said without minutes: "tmrw 14-16",
   "between 14 and 16", "from 10 until 13", "9 to 18", "von 9 bis 17" (`rules_h24_range`);
   and what stays no such range: dates, counts, units, numbered things, moves.
2. A negation before the visit's start or end and a bound: "nothing ending after 5",
   "nothing that starts before 9" (`lexicon_cues.NEGATED_EDGE_BOUND`).
3. A bound on the start with the start word inside its own words: "can't start later than
   7:30", "latest start 4pm" (`windows.bound_on_start`).
4. A range after "put me in", "put us down for": a booking, not a move's old and new time
   (`compose_range._drop_off`).
5. Yorkshire "while" for "until" before a clock: "at work while 6", "12 while 1"
   (`rules_regional_days`).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# 1. Each row: the message, the range's words, its first interval's start and end.
H24_RANGES: tuple[tuple[str, str, str, str], ...] = (
    ("could we get the big room tmrw 14-16?", "tmrw 14-16", "14:00", "16:00"),
    ("any slot between 14 and 16 on Thursday", "between 14 and 16 on Thursday", "14:00", "16:00"),
    ("we need it from 10 until 13, a workshop", "from 10 until 13", "10:00", "13:00"),
    ("a full day Friday, like 9 to 18", "9 to 18", "09:00", "18:00"),
    ("Wednesday evening 18-20 would suit", "Wednesday evening 18-20", "18:00", "20:00"),
    ("I am only free 12-13, my lunch", "12-13", "12:00", "13:00"),
    ("Thursday, 15-17, the small room", "Thursday, 15-17", "15:00", "17:00"),
    ("Between 10 and 13 o'clock please.", "Between 10 and 13 o'clock", "10:00", "13:00"),
    ("the Elbe room von 9 bis 17 next tuesday", "von 9 bis 17 next tuesday", "09:00", "17:00"),
    ("Monday 16-18 Uhr wäre super", "Monday 16-18 Uhr", "16:00", "18:00"),
    ("entre 14 e 16 na sexta, pode ser?", "entre 14 e 16", "14:00", "16:00"),
    ("friday de 15 a 17h por favor", "friday de 15 a 17h", "15:00", "17:00"),
    ("Any weekday next week, 13 to 15, ta", "Any weekday next week, 13 to 15", "13:00", "15:00"),
    ("book sat 11-13 for the kids party", "sat 11-13", "11:00", "13:00"),
    ("tomorrow 8–20 is our open day", "tomorrow 8–20", "08:00", "20:00"),
    ("on the 3rd, 19 to 21, a team dinner", "on the 3rd, 19 to 21", "19:00", "21:00"),
)

# ... and numbers that stay no range of hours: (message, the words that must not be one).
H24_KEPT: tuple[tuple[str, str], ...] = (
    ("we'll be 14-16 people for dinner", "14-16"),
    ("I'm away June 14-18 so after that", "14-18"),
    ("out of town 14 to 16 March", "14 to 16"),
    ("units 12 and 19 still need doing", "12 and 19"),
    ("kids ages 13-15 welcome", "13-15"),
    ("the job takes 13-15 hours all in", "13-15"),
    ("could you move it from 14 to 16 instead", "14 to 16"),
    ("pages 14 to 16 of the form are missing", "14 to 16"),
    ("between the 14th and 16th is fine", "14th and 16th"),
    ("rooms 12-14 are the quiet ones", "12-14"),
    ("it was 18-14 at half time lol", "18-14"),
    ("we have 14 and 16 year olds", "14 and 16"),
)

# 2. Each row: the message, the bound's words, its direction, the clock it is at.
NEGATED_EDGES: tuple[tuple[str, str, str, str], ...] = (
    (
        "Saturday for 4 hours, but nothing ending later than 5",
        "nothing ending later than 5",
        "before",
        "17:00",
    ),
    ("nothing ending after 5 please", "nothing ending after 5", "before", "17:00"),
    ("any day, nothing that ends after 5:30", "nothing that ends after 5:30", "before", "17:30"),
    (
        "no sessions starting after 4pm, I have pickup",
        "no sessions starting after 4pm",
        "before",
        "16:00",
    ),
    ("nothing starting before 9 tho", "nothing starting before 9", "after", "09:00"),
    ("tuesday works, nothing finishing past 6", "nothing finishing past 6", "before", "18:00"),
    (
        "thursday, nothing that starts earlier than 10",
        "nothing that starts earlier than 10",
        "after",
        "10:00",
    ),
    (
        "No appointments ending later than 3pm.",
        "No appointments ending later than 3pm",
        "before",
        "15:00",
    ),
    ("any morning but none starting before 8:30", "none starting before 8:30", "after", "08:30"),
    ("friday pls, nothing running past 7pm", "nothing running past 7pm", "before", "19:00"),
    ("not ending after 4 if possible", "not ending after 4", "before", "16:00"),
    ("wed or thu, no slots starting after 2", "no slots starting after 2", "before", "14:00"),
)
NEGATED_EDGES_KEPT: tuple[tuple[str, str, str], ...] = (
    ("nothing after 5 please", "nothing after 5", "before"),
    ("starting after 4 is fine", "after 4", "after"),
)

# 3. Bounds on the start (True) and on the end (False): (message, the bound's words, on start).
START_BOUNDS: tuple[tuple[str, str, bool], ...] = (
    ("2 hrs. She's fasting so can't start later than 7:30.", "can't start later than 7:30", True),
    ("the cleaners can start no later than 9", "no later than 9", True),
    ("latest start 4pm for the big clean", "latest start 4pm", True),
    ("a 3 hour session, latest start time is 2", "latest start time is 2", True),
    ("no sessions starting after 4pm", "no sessions starting after 4pm", True),
    ("has to start by 9", "by 9", True),
    ("it cannot start later than 10am", "cannot start later than 10am", True),
    ("must be done by 5", "by 5", False),
    ("nothing ending after 5", "nothing ending after 5", False),
    ("can't stay later than 6", "can't stay later than 6", False),
    ("not after 3", "not after 3", False),
    ("no later than noon", "no later than noon", False),
)

# 4. Each row: the message, the range's words, its start and end.
PUT_RANGES: tuple[tuple[str, str, str, str], ...] = (
    ("pls put us in any free room tmrw 11-12:30", "tmrw 11-12:30", "11:00", "12:30"),
    ("put me down for thursday 2-4", "thursday 2-4", "14:00", "16:00"),
    ("can you put my son in on saturday 9 to 10:30", "saturday 9 to 10:30", "09:00", "10:30"),
    ("put me down w Rosa thurs night, 9 to 11", "thurs night, 9 to 11", "21:00", "23:00"),
    ("could you put Jo and me in tues 1-3", "tues 1-3", "13:00", "15:00"),
    ("put us on the list for friday 10 to 12", "friday 10 to 12", "10:00", "12:00"),
)
# ... and a "put" that still moves: (message, the old time's words, the new time's words).
PUT_MOVES: tuple[tuple[str, str, str], ...] = (
    ("put my 2pm back to 4", "2pm", "4"),
    ("can we put it off from friday to monday", "friday", "monday"),
)

# 5. "while" = "until" before a clock: (message, words, bound or None for a range, clock(s)).
WHILE_BOUNDS: tuple[tuple[str, str, str], ...] = (
    ("Wednesday? We're at work while 6 mind", "while 6", "18:00"),
    ("can't do owt, I'm on shift while 2", "while 2", "14:00"),
    ("she's at school while half 3", "while half 3", "15:30"),
    ("the shop's open while 6 then?", "while 6", "18:00"),
)
WHILE_RANGES: tuple[tuple[str, str, str, str], ...] = (
    ("Is t' Vault free Thursday? 12 while 1?", "12 while 1", "12:00", "13:00"),
    ("we're free Sunday, so say 1 while 5", "say 1 while 5", "13:00", "17:00"),
    ("could we have it 9 while 11 on Saturday", "9 while 11 on Saturday", "09:00", "11:00"),
)
WHILE_KEPT: tuple[str, ...] = (
    "while I'm at work",
    "while 2 of us wait in the car",
    "while you're at it, friday?",
)
