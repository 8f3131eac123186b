"""Grounding (G29) corpus: business and trade shorthand, from the fresh writers' messages.

"a quick 15" (a length in minutes), "a half-day workshop" (four hours), "KW3" (a German
calendar week), "in the next hour or two" (a window to the longer end), "the back half of
next week" / "the 2nd half of the week" (its late days), "a deep dive for a fortnight
today" (the day, "for" naming what is booked), and "the Wednesday after next" said the
day before a Wednesday (a fortnight on, tomorrow being no "next Wednesday").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# (message, the mention's text, its length in minutes)
QUICK_MINUTES: tuple[tuple[str, str, int], ...] = (
    ("Is anyone free for a quick 15 right now?", "a quick 15", 15),
    ("could we grab a quick 30 with Raj tomorrow", "a quick 30", 30),
    ("need a quick 20 w/ Lena before Friday", "a quick 20", 20),
    ("quick 10 sometime this afternoon?", "quick 10", 10),
    ("Can we do a short 45 on Thursday, after 2?", "a short 45", 45),
    ("Any chance of a quick 15 at 4pm CET?", "a quick 15", 15),
    ("pls book me a quick 30 tmrw morning", "a quick 30", 30),
    ("just a quick 5, I only need a signature", "a quick 5", 5),
    ("a quick 25 on Wednesday would do it", "a quick 25", 25),
    ("We'd love a short 60 with your solutions team next week", "a short 60", 60),
    ("fancy a quick 15? any time after lunch", "a quick 15", 15),
    ("one quick 20 with whoever's on, Tuesday", "quick 20", 20),
)
# A clock, a day, a unit said or a count after "quick": no length read from the number.
QUICK_NOT_MINUTES: tuple[str, ...] = (
    "a quick 3pm call if you can",
    "a quick 2 questions about billing",
    "quick 15th?",
    "a quick 10:30 check-in",
    "can I ask a quick 5 things",
    "a quick 10 o'clock stand-up",
    "my quick 15 people tour",
)
# The length read when a unit follows ("a quick 15 min call"): the `duration` rule's.
QUICK_WITH_UNIT: tuple[tuple[str, str, int], ...] = (
    ("a quick 15 min call on Friday", "15 min", 15),
    ("quick 20-minute catch-up tomorrow", "20-minute", 20),
)

# "a half-day <what is booked>": four hours. (message, mention text, minutes)
HALF_DAY_NOUN: tuple[tuple[str, str, int], ...] = (
    ("Is the 27th doable for a half-day workshop? 9 to 1 CET.", "a half-day", 240),
    ("the alarm install is a half-day job right? Friday the 4th", "a half-day", 240),
    ("We'd like a half-day training for the ops team next week", "a half-day", 240),
    ("book us one half-day session with Lena in December", "one half-day", 240),
    ("Could you do a half-day shoot on the 9th, starting 8?", "a half-day", 240),
    ("need a half-day slot w/ the crew thursday", "a half-day", 240),
    ("A half-day onboarding on Tuesday would be ideal", "A half-day", 240),
    ("is there room for a half-day hire of the hall on Saturday?", "a half-day", 240),
    ("looking at a half-day course, mornings only", "a half-day", 240),
    ("We need a half-day block on Wed, any time", "a half-day", 240),
)
# A half-day someone has, or a half-day on a named day: no length.
HALF_DAY_NOT_LENGTH: tuple[str, ...] = (
    "the kids have a half-day Friday so mornings are out",
    "I've got a half-day off on the 3rd",
    "school's a half-day tomorrow, can we move it",
    "it's a half-day at work for me",
    "she has a half-day on Wednesday",
    "there's a half-day holiday next week",
)

# "KW3": the ISO week of that number. (message, mention text, first day, last day)
KW_WEEK: tuple[tuple[str, str, str, str], ...] = (
    (
        "Onboarding appointment please in KW3, Tue or Wed, from 13:00.",
        "KW3",
        "2026-01-12",
        "2026-01-18",
    ),
    ("Could we do the training in KW 50?", "KW 50", "2026-12-07", "2026-12-13"),
    ("KW49 would suit us best", "KW49", "2026-11-30", "2026-12-06"),
    ("any slot in KW51, ideally afternoons", "KW51", "2026-12-14", "2026-12-20"),
    ("Delivery planned for KW 48, so the install after that", "KW 48", "2026-11-23", "2026-11-29"),
    ("Kw.52 is holiday for us", "Kw.52", "2026-12-21", "2026-12-27"),
    ("Workshop in KW-50 please, Thursday", "KW-50", "2026-12-07", "2026-12-13"),
    ("Termin in KW 49, Mittwoch", "KW 49", "2026-11-30", "2026-12-06"),
    ("we are free KW50 and KW51", "KW50", "2026-12-07", "2026-12-13"),
    ("Please propose something for KW 53", "KW 53", "2026-12-28", "2027-01-03"),
)
# A postcode in Caithness ("KW15 1AB"), kilowatts, a word: no week.
KW_NOT_WEEK: tuple[str, ...] = (
    "send it to Kirkwall, KW15 1AB",
    "it's a 3 kW heater",
    "the pump draws 2 kw at most",
    "postcode KW1 4YT, by the harbour",
    "KWh prices went up again",
)

# A window from now that ends at the longer of the two. (message, mention, start, end)
WINDOW_OR_TWO: tuple[tuple[str, str, str, str], ...] = (
    (
        "Ewe with a prolapse, need someone in the next hour or two",
        "in the next hour or two",
        "2026-11-23 09:00",
        "2026-11-23 11:00",
    ),
    (
        "could somebody come out over the next hour or two?",
        "over the next hour or two",
        "2026-11-23 09:00",
        "2026-11-23 11:00",
    ),
    (
        "anyone free the next 2 or 3 hours",
        "the next 2 or 3 hours",
        "2026-11-23 09:00",
        "2026-11-23 12:00",
    ),
    (
        "the boiler's leaking, next 2-3 hours please",
        "next 2-3 hours",
        "2026-11-23 09:00",
        "2026-11-23 12:00",
    ),
    (
        "within the next hour or two if at all possible",
        "within the next hour or two",
        "2026-11-23 09:00",
        "2026-11-23 11:00",
    ),
    (
        "in the coming hour or three",
        "in the coming hour or three",
        "2026-11-23 09:00",
        "2026-11-23 12:00",
    ),
    (
        "sometime in the next day or two",
        "in the next day or two",
        "2026-11-24 00:00",
        "2026-11-26 00:00",
    ),
    (
        "the next two or three days are best",
        "the next two or three days",
        "2026-11-24 00:00",
        "2026-11-27 00:00",
    ),
    (
        "within the next day or two, any time",
        "within the next day or two",
        "2026-11-23 00:00",
        "2026-11-26 00:00",
    ),
    (
        "over the next one to two days",
        "over the next one to two days",
        "2026-11-24 00:00",
        "2026-11-26 00:00",
    ),
)
# No window: a count of hours said otherwise, the next day alone.
WINDOW_OR_TWO_NOT: tuple[tuple[str, str], ...] = (
    ("it takes an hour or two", "an hour or two"),
    ("I'll be there the next day or the day after", "the next day or two"),
)

# The back / second / 2nd / latter half of a week: its late days; front / 1st half: early.
# (message, mention text, first day, last day)
HALF_OF_WEEK: tuple[tuple[str, str, str, str], ...] = (
    (
        "can i get a appt for the 2nd half of the week",
        "the 2nd half of the week",
        "2026-11-26",
        "2026-11-27",
    ),
    (
        "We're hoping to get the onboarding done in the back half of next week.",
        "the back half of next week",
        "2026-12-03",
        "2026-12-04",
    ),
    (
        "the latter half of next week works for us",
        "the latter half of next week",
        "2026-12-03",
        "2026-12-04",
    ),
    ("back half of the week, any morning", "back half of the week", "2026-11-26", "2026-11-27"),
    ("2nd half of next week please", "2nd half of next week", "2026-12-03", "2026-12-04"),
    (
        "the front half of next week is wide open",
        "the front half of next week",
        "2026-11-30",
        "2026-12-02",
    ),
    ("1st half of next week if poss", "1st half of next week", "2026-11-30", "2026-12-02"),
    (
        "sometime in the second half of this week",
        "the second half of this week",
        "2026-11-26",
        "2026-11-27",
    ),
    (
        "the back half of the week is better for me",
        "the back half of the week",
        "2026-11-26",
        "2026-11-27",
    ),
    (
        "Any chance in the latter half of this week?",
        "the latter half of this week",
        "2026-11-26",
        "2026-11-27",
    ),
)
# No week read from "half" alone.
HALF_OF_WEEK_NOT: tuple[str, ...] = (
    "my back half of the garden needs doing",
    "the second half of the match is on",
)

# "for a fortnight today": the day, "for" naming what is booked; time gone by stays none.
# (message, mention text, day)
FOR_A_WEEK_TODAY: tuple[tuple[str, str, str], ...] = (
    (
        "I'd like to arrange a technical deep dive for a fortnight today. Mid-morning if possible.",
        "a fortnight today",
        "2026-12-07",
    ),
    ("can you book me in for a week today?", "a week today", "2026-11-30"),
    ("a follow-up for a fortnight tomorrow please", "a fortnight tomorrow", "2026-12-08"),
    ("put Mum down for a week tomorrow please", "a week tomorrow", "2026-12-01"),
    ("Hiya, could you fit us in for a fortnight today?", "a fortnight today", "2026-12-07"),
)
GONE_BY: tuple[str, ...] = (
    "it's been a week today since the last visit",
    "I've been off sick for a week today",
    "she's been waiting for a fortnight today",
    "we've had the leak for a week today",
)

# "the <weekday> after next" said the day before that weekday: a fortnight from tomorrow
# [a week from tomorrow]; otherwise the one after the coming one. (message, mention, day,
# first alternative or "")
AFTER_NEXT: tuple[tuple[str, str, str, str], ...] = (
    ("the tuesday after next, before 10am", "tuesday after next", "2026-12-08", "2026-12-01"),
    (
        "Could I book in with Mia for the Tuesday after next?",
        "Tuesday after next",
        "2026-12-08",
        "2026-12-01",
    ),
    ("Tues after next at 2", "Tues after next at 2", "2026-12-08", ""),
    ("the Thursday after next, mornings", "Thursday after next", "2026-12-03", ""),
    ("Friday after next please", "Friday after next", "2026-12-04", ""),
    ("the Monday after next", "Monday after next", "2026-12-07", ""),
)
