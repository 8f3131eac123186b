"""The G9top corpus: a weekday read in the week or period the message names, a weekday
with its date number, and "end of the day" as the day's last slot.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# A bare weekday right before the week it falls in (a space or "of" between) is that
# week's: "Thursday the week after" (after this week: 11-30..12-06), "weds the week of
# the 14th". Each row: the message, the weekday's words, the day it reads as.
WEEKDAY_BEFORE_WEEK: tuple[tuple[str, str, str], ...] = (
    ("can it go to thursday the week after?", "thursday", "12-03"),
    ("could we push it to friday the week after", "friday", "12-04"),
    ("Wednesday the week of the 7th works for me", "Wednesday", "12-09"),
    ("weds the week of dec 14 pls", "weds", "12-16"),
    ("can i get tuesday the week of the 30th", "tuesday", "12-01"),
    ("any chance of Thursday in the week of the 14th", "Thursday", "12-17"),
    ("hey can i move my monday to wednesday the week after", "wednesday", "12-02"),
    ("tues the week after, same time", "tues", "12-01"),
    ("Friday of the week of Dec 7", "Friday", "12-11"),
    ("thurs the week of the 21st", "thurs", "12-24"),
    ("Monday the week of the 14th, first thing", "Monday", "12-14"),
    ("saturday the week of the 7th?", "saturday", "12-12"),
    ("I could do Tuesday the week of December 14", "Tuesday", "12-15"),
    ("fri the week of the 30th if she's free", "fri", "12-04"),
    ("Wednesday of the week of the 21st, afternoon", "Wednesday", "12-23"),
    # ... not a week that points back at the weekday itself: "that week" is the week
    # said before, and reads with the weekday (G21); the negation reaches "the thurs" and
    # the list (G22), so "fri" is its own mention, as in "not thurs or fri that week"
    ("sometime the week after next, not the thurs or fri that week", "fri", "12-11"),
    # ... nor a weekday that a comma parts from the week
    ("Friday, the week of the 7th is better", "Friday", "11-27"),
)

# A range of bare weekdays after a week or period is read inside it.
WEEKDAY_RANGE_IN_PERIOD: tuple[tuple[str, str, str, str], ...] = (
    (
        "the first week of December, monday through wednesday",
        "monday through wednesday",
        "11-30",
        "12-03",
    ),
    ("the week of the 14th, tues-thurs any time", "tues-thurs", "12-15", "12-18"),
    ("week of dec 7. wednesday to friday works", "wednesday to friday", "12-09", "12-12"),
    ("the week of the 30th: thursday to saturday", "thursday to saturday", "12-03", "12-06"),
    (
        "the second week of december, tuesday through friday",
        "tuesday through friday",
        "12-08",
        "12-12",
    ),
    ("early december, monday thru wednesday", "monday thru wednesday", "12-07", "12-10"),
    ("the week of the 21st, Mon to Wed mornings", "Mon to Wed", "12-21", "12-24"),
    ("week of the 14th: mon through fri, anytime", "mon through fri", "12-14", "12-19"),
    ("the week of Dec 7th, Tuesday-Thursday", "Tuesday-Thursday", "12-08", "12-11"),
    ("week of the 30th. Wed through Fri?", "Wed through Fri", "12-02", "12-05"),
    ("the week of the 14th, mon to thu", "mon to thu", "12-14", "12-18"),
    ("the week of the 14th: weds thru fri pls", "weds thru fri", "12-16", "12-19"),
    ("last week of december, monday to wednesday", "monday to wednesday", "12-28", "12-31"),
    ("the week of the 21st, tue through thu", "tue through thu", "12-22", "12-25"),
    ("the week of the 7th. thursday to sunday", "thursday to sunday", "12-10", "12-14"),
    # ... alone, the nearest days as before
    ("monday through wednesday works", "monday through wednesday", "11-23", "11-26"),
)

# A weekday and a bare number that is its date (the next such date falls on that
# weekday), with a time of day: the number is the date. Rows: message, the mention
# holding the weekday, its day, and the start of the time read with it ("" when the
# time of day is a part of the day, read with the weekday).
WEEKDAY_DATE_NUMBER: tuple[tuple[str, str, str, str], ...] = (
    ("Monday 7 at 10am please", "Monday 7", "12-07", "10:00"),
    ("can I come Tuesday 8 at 3:30", "Tuesday 8", "12-08", "15:30"),
    ("fri 11 at 2 with sam", "fri 11", "12-11", "14:00"),
    ("Sat 12 at 10?", "Sat 12", "12-12", "10:00"),
    ("Sunday 6 at 11", "Sunday 6", "12-06", "11:00"),
    ("wed 2 at 8am", "wed 2", "12-02", "08:00"),
    ("Monday 7 at exactly 9:00", "Monday 7", "12-07", "09:00"),
    ("Thursday 3, 2pm if possible", "Thursday 3", "12-03", "14:00"),
    ("I would like Friday 4 at 9", "Friday 4", "12-04", "09:00"),
    ("Weds 9 in the afternoon works", "Weds 9 in the afternoon", "12-09", ""),
    ("Thursday 10, in the morning if poss", "Thursday 10, in the morning", "12-10", ""),
    ("Saturday 5 in the morning", "Saturday 5 in the morning", "12-05", ""),
    ("Tuesday 1 in the morning", "Tuesday 1 in the morning", "12-01", ""),
    ("friday 4 in the evening pls", "friday 4 in the evening", "12-04", ""),
    ("Monday 7 in the afternoon, with Dr Lee", "Monday 7 in the afternoon", "12-07", ""),
)
# A list of such weekdays with their numbers: each a date (two coincidences are no
# clock times), and one listed beside a date read so. Rows: message, mention, day.
WEEKDAY_DATE_LISTS: tuple[tuple[str, str, str], ...] = (
    ("Monday 7 or Tuesday 8", "Tuesday 8", "12-08"),
    ("Monday 7 or Tuesday 8", "Monday 7", "12-07"),
    ("I cannot Monday 7, Tuesday 8, I am at work", "Tuesday 8", "12-08"),
    ("Thursday 10 or Friday 11 please", "Friday 11", "12-11"),
    ("Tuesday 8 in the morning, or if not possible Wednesday 9", "Wednesday 9", "12-09"),
    ("Friday 4 and Saturday 5 are both fine", "Saturday 5", "12-05"),
    ("Wednesday 2 at 10, otherwise Thursday 3", "Thursday 3", "12-03"),
)
# ... and where the number is not the weekday's date, or nothing says a time of day
# follows, the number stays the clock time.
WEEKDAY_CLOCK_NUMBER: tuple[tuple[str, str, str, str], ...] = (
    ("thurs 10 or 10:30", "thurs 10", "11-26", "10:00"),
    ("tues 2 pls", "tues 2", "11-24", "14:00"),
    ("wed 9 is great", "wed 9", "11-25", "09:00"),
    ("Tuesday 6 at 4", "Tuesday 6", "11-24", "18:00"),
    ("friday 7 in the evening", "friday 7 in the evening", "11-27", "19:00"),
    ("monday 7 till 9", "monday 7 till 9", "11-30", "07:00"),
    ("Monday 7", "Monday 7", "11-30", "07:00"),
    ("Tuesday 9 or Monday 7", "Tuesday 9", "11-24", "09:00"),
)
# Counts beside a weekday's date stay counts.
COUNTS_BESIDE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("table for 4 saturday 5 at 8pm", ("saturday 5", "at 8pm")),
    ("2 kids, Monday 7 at 9", ("Monday 7", "at 9")),
    ("room 12, Tuesday 8 at 3", ("Tuesday 8", "at 3")),
    ("$40 cut, Friday 4 at 11", ("Friday 4", "at 11")),
)

# "End of the day" said of one day: the latest slot of its window first. Rows: the
# message, and whether the day's end ranks the latest first.
END_OF_DAY_LATEST: tuple[tuple[str, bool], ...] = (
    ("end of the day tuesday please", True),
    ("can I come in at the end of the day on wednesday", True),
    ("eod tues?", True),
    ("tuesday, end of the day", True),
    ("end of day tomorrow if possible", True),
    ("can u squeeze me in end of the day wed", True),
    ("End of the day Thursday works best", True),
    ("at the end of the day on friday pls", True),
    ("I'd like the end of the day this wednesday", True),
    ("something end of day tues", True),
    ("end of the day on the 24th", True),
    ("Tues 24th, end of the day", True),
    ("end of the day tomorrow, Dr Lee", True),
    ("could we do wednesday, towards the end of the day", True),
    ("end of the day Tuesday would be ideal", True),
    # ... not over several days, nor beside another wish of the day, nor with both edges
    ("end of the day tues or wed", False),
    ("first thing tuesday, else end of the day", False),
    ("end of the day tuesday or thursday morning", False),
    ("tuesday at 10", False),
    ("tuesday please", False),
)

# A first choice of time and its fallbacks are the options given: every proposal meets
# one of them (the day open all day: two proposals, one per option). Rows: the message
# and the number of proposals. A lone wish or a plain list keeps three.
FALLBACK_OPTIONS: tuple[tuple[str, int], ...] = (
    ("Tuesday 10am? If that's gone, Wednesday 10am", 2),
    ("wed at 11 ideally, otherwise thu at 11", 2),
    ("Tue 24th at 9? or failing that Wed 25th at 9", 2),
    ("tuesday at 1, if not then thursday at 1", 2),
    ("Could I do Wednesday at 3? If not, Thursday at 3", 2),
    ("wed 10am pls, second choice thu 10am", 2),
    ("Tuesday at noon ideally, else Friday at noon", 2),
    ("first choice tue 11am, second choice wed 11am", 2),
    ("Thursday 2pm, or if that's taken Friday 2pm", 2),
    ("Wednesday at 9:30, otherwise Thursday at 9:30", 2),
    ("tue at 3 if poss, if not then wed at 3", 2),
    ("friday at 10 ideally, failing that thursday at 10", 2),
    ("Tues 11:30? If not, Weds 11:30", 2),
    ("tues at 2, or weds at 2 if not", 2),
    ("Thursday at 4? if not, Friday at 4", 2),
    # ... and not
    ("ideally tuesday at 3", 3),
    ("tuesday or wednesday, whatever's open", 3),
    ("tuesday please", 3),
)
