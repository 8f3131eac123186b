"""The G46 corpus: English phrasings grounding missed or misread.

1. Lengths said as hours and bare minutes ("1hr 30", "2 h 15") or "and half" without "a"
   ("one hour and half", "hour & a half"): `rules_hours_minutes`.
2. Days of regional Englishes: "next tomorrow", "this day week", "Tuesday gone"
   (`rules_regional_days`).
3. A bound before a possessive or determiner event with its clock: "before my 11:30
   class", "by my 3 o'clock pickup" (`rules_event_clock.event_clock`).
4. Visit verbs with "by" and a rough clock: "swing by noonish" is when the visit is, not a
   deadline (`rules_time._ROUGH_CLOCK_NEXT`).
5. Two events with their clocks in brackets: "between school pickup (3:15) and soccer
   (5:30)" (`rules_event_clock.event_clock_bracketed`).
6. "latest 2pm" going on to say why ("latest 2pm to pick my children"), and a range after
   a move word hyphened into a noun ("with this go-slow, ... 8 to 9").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# 1. Each row: the message, the length's words, its minutes.
LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("Need a group consultation, 1hr 30. Monday or Wednesday", "1hr 30", 90),
    ("can i get 1 hr 30 with Jo on friday", "1 hr 30", 90),
    ("book me in for 2hrs 15 please", "2hrs 15", 135),
    ("it'll take about 2 h 15 all in", "about 2 h 15", 135),
    ("a colour and cut, 1hr30, saturday morning", "1hr30", 90),
    ("the session runs 1 hour 45", "1 hour 45", 105),
    ("3hrs 45 for the full sleeve", "3hrs 45", 225),
    ("roughly 1 hr 15 each", "roughly 1 hr 15", 75),
    ("We are 3, so one hour and half. Tuesday the 1st", "one hour and half", 90),
    ("an hour and half is what we need", "an hour and half", 90),
    ("hour and half on thursday pls", "hour and half", 90),
    ("need like 1 hour n half for both kids", "1 hour n half", 90),
    ("could we do an hour & a half", "an hour & a half", 90),
    ("two hours and a half would be ideal", "two hours and a half", 150),
    ("it takes 2 hrs 'n' half min", "2 hrs 'n' half", 150),
    ("give us one hour & half friday evening", "one hour & half", 90),
    ("Three hours and half for the whole team.", "Three hours and half", 210),
)

# ... and lengths or clocks that stay what they were: (message, words, minutes or None).
LENGTHS_KEPT: tuple[tuple[str, str, int | None], ...] = (
    ("2 hours 20 mins should cover it", "2 hours 20 mins", 140),
    ("2 hours 10 tomorrow", "2 hours", 120),
    ("an hour and half the price", "an hour", 60),
    ("1hr 30 people max", "1hr", 60),
    ("need 2 hours 10-12 if you can", "2 hours", 120),
    ("an hour and a half", "an hour and a half", 90),
    ("at 1h30", "at 1h30", None),
)

# 2. Each row: the message, the day's words, the date it is (first interval).
DAYS: tuple[tuple[str, str, str], ...] = (
    ("I will be around next tomorrow from 11", "next tomorrow from 11", "2026-11-25"),
    ("can I shift mine to next tomorrow?", "next tomorrow", "2026-11-25"),
    ("tomorrow or next tomorrow, whichever", "next tomorrow", "2026-11-25"),
    ("Next tomorrow I dey free small", "Next tomorrow", "2026-11-25"),
    ("next tmrw morning works", "next tmrw morning", "2026-11-25"),
    ("Can I get in this day week for the bloods?", "this day week", "2026-11-30"),
    ("this day fortnight would suit", "this day fortnight", "2026-12-07"),
    ("This day wk is grand", "This day wk", "2026-11-30"),
    ("I was in Tuesday gone about my knee", "Tuesday gone", "2026-11-17"),
    ("since Friday just gone it's been sore", "since Friday just gone", "2026-11-20"),
    ("the physio saw me Thursday past, and said", "Thursday past", "2026-11-19"),
    ("my appointment Wednesday gone was cancelled", "Wednesday gone", "2026-11-18"),
    ("Saturday just gone I twisted it", "Saturday just gone", "2026-11-21"),
    ("it started this Sunday gone", "this Sunday gone", "2026-11-22"),
    ("the pharmacy rang Monday past; they said", "Monday past", "2026-11-16"),
    ("next 2morrow evening, if possible", "next 2morrow evening", "2026-11-25"),
    ("I'm in Dublin till this day fortnight", "till this day fortnight", "2026-11-23"),
)

# ... and days that stay what they were: (message, words, date).
DAYS_KEPT: tuple[tuple[str, str, str], ...] = (
    ("a week on Tuesday would do", "a week on Tuesday", "2026-12-01"),
    ("tomorrow fortnight if there's room", "tomorrow fortnight", "2026-12-08"),
    ("Tuesday past 5pm", "Tuesday past 5pm", "2026-11-24"),
    ("today week", "today week", "2026-11-30"),
    ("tomorrow at 3", "tomorrow at 3", "2026-11-24"),
)

# 3. and 5. Each row: the message, the bound's words, "before" / "after", the clock it is
# at (HH:MM: the end of the first interval for "before", its start for "after").
EVENT_BOUNDS: tuple[tuple[str, str, str, str], ...] = (
    (
        "can someone look at my charger port before my 11:30 class?",
        "before my 11:30 class",
        "before",
        "11:30",
    ),
    ("anything after my 2pm meeting on friday", "after my 2pm meeting on friday", "after", "14:00"),
    ("free before our 9am standup tomorrow", "before our 9am standup tomorrow", "before", "09:00"),
    ("I need it done by my 3 o'clock pickup", "by my 3 o'clock pickup", "before", "15:00"),
    ("I'm around until the 4pm train", "until the 4pm train", "before", "16:00"),
    ("after his 10:30 physio tomorrow", "after his 10:30 physio tomorrow", "after", "10:30"),
    ("any time before my 1pm lecture", "before my 1pm lecture", "before", "13:00"),
    ("after the 5.30pm school run", "after the 5.30pm school run", "after", "17:30"),
    ("b4 my 12:15 lunch meeting", "b4 my 12:15 lunch meeting", "before", "12:15"),
    ("prior to our 10am board meeting", "prior to our 10am board meeting", "before", "10:00"),
    ("after her four o'clock nap", "after her four o'clock nap", "after", "16:00"),
    ("till my 6pm shift", "till my 6pm shift", "before", "18:00"),
    ("can I come before my 10am lecture", "before my 10am lecture", "before", "10:00"),
    ("Need to be done before her 11am flight", "before her 11am flight", "before", "11:00"),
    ("after the gym (10am) but before work (1)", "after the gym (10am)", "after", "10:00"),
    ("after the gym (10am) but before work (1)", "before work (1)", "before", "13:00"),
    (
        "anytime after school drop-off (9:45)",
        "anytime after school drop-off (9:45)",
        "after",
        "09:45",
    ),
    ("before my shift (2pm) pls", "before my shift (2pm)", "before", "14:00"),
    ("by the kids' bedtime (7:30pm)", "by the kids' bedtime (7:30pm)", "before", "19:30"),
)

# 5. Each row: the message, the range's words, its first interval's start and end.
BRACKETED_RANGES: tuple[tuple[str, str, str, str], ...] = (
    (
        "what's open Thursday between school pickup (3:15) and soccer (5:30)?",
        "Thursday between school pickup (3:15) and soccer (5:30)",
        "15:15",
        "17:30",
    ),
    (
        "between drop-off (9) and pick-up (3) on monday",
        "between drop-off (9) and pick-up (3) on monday",
        "09:00",
        "15:00",
    ),
    (
        "sometime between the school run (9:30) and my shift (1pm)",
        "between the school run (9:30) and my shift (1pm)",
        "09:30",
        "13:00",
    ),
    (
        "between lunch (12:30) and the bus (2:15)",
        "between lunch (12:30) and the bus (2:15)",
        "12:30",
        "14:15",
    ),
    (
        "from drop off (9am) to pickup (2:45pm)",
        "from drop off (9am) to pickup (2:45pm)",
        "09:00",
        "14:45",
    ),
)

# 4. Each row: the message, the visit's words, when it starts (HH:MM, a rough clock).
VISITS: tuple[tuple[str, str, str], ...] = (
    ("could i swing by noonish tomorrow for the battery?", "noonish tomorrow", "11:30"),
    ("can I pop by 4ish", "4ish", "15:30"),
    ("I'll drop by 3-ish on friday", "3-ish on friday", "14:30"),
    ("ok if I come by 2 or so?", "2 or so", "13:30"),
    ("we could stop by 11ish tomorrow", "11ish tomorrow", "10:30"),
    ("happy to nip by noon-ish", "noon-ish", "11:30"),
    ("she'll pass by 10:30ish", "10:30ish", "10:00"),
    ("mind if I swing by 5ish today", "5ish today", "16:30"),
)

# ... and deadlines that stay deadlines: (message, words).
DEADLINES_KEPT: tuple[tuple[str, str], ...] = (
    ("come by 5", "by 5"),
    ("please have it done by noonish", "by noonish"),
    ("send it by 4ish", "by 4ish"),
)

# 6. Each row: the message, the bound's words, "before" / "after".
CLAUSE_BOUNDS: tuple[tuple[str, str, str], ...] = (
    (
        "nothing before 11am, and I must leave latest 2pm to pick my children.",
        "latest 2pm",
        "before",
    ),
    ("latest 4 for the school run", "latest 4", "before"),
    ("earliest 10 because of the traffic", "earliest 10", "after"),
)

# 6. Each row: the message, the range's words, its first interval's start and end.
RANGES: tuple[tuple[str, str, str, str], ...] = (
    (
        "With this go-slow, I can only do early morning, 8 to 9.",
        "early morning, 8 to 9",
        "08:00",
        "09:00",
    ),
    ("a make-up class 3 to 4 on friday", "3 to 4 on friday", "15:00", "16:00"),
)

# Not bounds, ranges nor lengths: (message, words that must not be a bound of any mention).
NOT_EVENT_BOUNDS: tuple[str, ...] = (
    "my 2pm meeting got moved",
    "before my 2 kids get home",
    "the latest 2pm slot",
    "soccer (5:30) is on",
)
