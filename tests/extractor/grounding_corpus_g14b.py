"""The G14b corpus: a bound, a day and a time of that day said together ("by friday
5pm", "b4 thurs arvo"), a part of the day said once after a month's days ("dec 9 or 10
evening"), and a clock after a list of days left out that ends its sentence ("any day but
tues or sun. 5ish").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "by friday 5pm", "b4 thurs arvo": a deadline from now to that day's clock, or to the
# start of that part of the day. Each row: the message, the mention's words, and its one
# window's end ("MM-DD HH:MM"; it starts now, 11-23 09:00).
DAY_DEADLINES: tuple[tuple[str, str, str], ...] = (
    ("need it done by friday 5pm", "by friday 5pm", "11-27 17:00"),
    ("can u fit me in b4 thurs arvo", "b4 thurs arvo", "11-26 12:00"),
    ("has to be before tomorrow lunchtime", "before tomorrow lunchtime", "11-24 12:00"),
    ("no later than wednesday at 3pm", "no later than wednesday at 3pm", "11-25 15:00"),
    ("I need this sorted by tmrw morning", "by tmrw morning", "11-24 08:00"),
    ("must be finished by fri @ 4:30pm", "by fri @ 4:30pm", "11-27 16:30"),
    ("before thursday evening if poss", "before thursday evening", "11-26 17:00"),
    ("by Weds 11am latest pls", "by Weds 11am", "11-25 11:00"),
    ("Any chance before sat midday?", "before sat midday", "11-28 12:00"),
    ("till friday 2pm I'm flexible", "till friday 2pm", "11-27 14:00"),
    ("up until tomorrow afternoon is fine", "up until tomorrow afternoon", "11-24 12:00"),
    ("by thursday at noon please", "by thursday at noon", "11-26 12:00"),
    ("the car needs to be back before friday 9am", "before friday 9am", "11-27 09:00"),
    ("b4 tmrw evening if u can", "b4 tmrw evening", "11-24 17:00"),
    ("Could it be done by the 27th 3pm?", "by the 27th 3pm", "11-27 15:00"),
    ("We'd like it by Wednesday 10:30am at the latest", "by Wednesday 10:30am", "11-25 10:30"),
    ("by tomorrow noon", "by tomorrow noon", "11-24 12:00"),
)

# ... while other bounds and times keep their readings. Each row: the message, the
# mention's words, and its first window's start and end ("MM-DD HH:MM").
BOUNDS_KEPT: tuple[tuple[str, str, str, str], ...] = (
    ("before 5pm on friday", "before 5pm on friday", "11-27 00:00", "11-27 17:00"),
    ("friday 5pm at the latest", "friday 5pm at the latest", "11-27 00:00", "11-27 17:00"),
    (
        "tomorrow morning at the latest",
        "tomorrow morning at the latest",
        "11-23 09:00",
        "11-24 12:00",
    ),
    ("by friday, afternoons are best", "by friday", "11-23 09:00", "11-28 00:00"),
    ("b4 friday please", "b4 friday", "11-23 09:00", "11-27 00:00"),
    ("not before friday 5pm", "not before friday", "11-27 00:00", "12-21 09:00"),
)

# "after friday 5pm" is not a deadline: the bound keeps the day alone.
NOT_DEADLINES: tuple[tuple[str, str], ...] = (
    ("after friday 5pm", "after friday"),
    ("not before friday 5pm", "not before friday"),
    ("by friday, 5pm works too", "by friday"),
)

# "dec 9 or 10 evening", "dec 3 or 4 in the morning": the number after "or" / "and" is
# the month's next day, and the part of the day is both days'. Each row: the message, the
# listed day's words and date ("MM-DD"), the part's words, and the days it falls on.
LISTED_DAYS_ONE_PART: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    ("Ravi free dec 9 or 10 evening?", "10", "12-10", "evening", ("12-09", "12-10")),
    ("dec 3 or 4 in the morning", "4", "12-04", "morning", ("12-03", "12-04")),
    ("could do Dec 14 or 16 in the afternoon", "16", "12-16", "afternoon", ("12-14", "12-16")),
    ("december 1 or 2 arvo", "2", "12-02", "arvo", ("12-01", "12-02")),
    ("Dec 7, 8 or 9 in the evening pls", "9", "12-09", "evening", ("12-07", "12-08", "12-09")),
    ("either Dec. 10 or 11 morning", "11", "12-11", "morning", ("12-10", "12-11")),
    ("free dec 5 or 7 evening", "7", "12-07", "evening", ("12-05", "12-07")),
    ("Dec 12 or 13 morning?", "13", "12-13", "morning", ("12-12", "12-13")),
    ("dec 2 & 4 afternoon", "4", "12-04", "afternoon", ("12-02", "12-04")),
    ("how about December 16 or 17 in the evening", "17", "12-17", "evening", ("12-16", "12-17")),
    ("dec 8 or 9 in the evening?", "9", "12-09", "evening", ("12-08", "12-09")),
    ("Dec 11 or 12 in the afternoon would suit", "12", "12-12", "afternoon", ("12-11", "12-12")),
    ("dec 4 or 8 morning, either one", "8", "12-08", "morning", ("12-04", "12-08")),
    ("Dec 1, 3 and 9 evening", "9", "12-09", "evening", ("12-01", "12-03", "12-09")),
    ("i could do dec 6 or 7 in the morning", "7", "12-07", "morning", ("12-06", "12-07")),
)

# ... while a number after a comma alone, or after a clock, stays an hour. Each row: the
# message and the clock mention's words and its first start ("MM-DD HH:MM").
LISTED_CLOCKS_KEPT: tuple[tuple[str, str, str], ...] = (
    ("Jan 9, 5 in the evening", "Jan 9, 5 in the evening", "01-09 17:00"),
    ("dec 9 at 3 or 4 in the afternoon", "4 in the afternoon", "12-09 16:00"),
    ("dec 3 or 4 at 10am", "at 10am", "12-03 10:00"),
)

# "any day but tues or sun. 5ish": the clock after the list's full stop is the time wished
# on the other days, not the last left-out day's. Each row: the message, the last day's
# words (left out), and the clock's words (said alone, on every day).
NEGATED_LIST_THEN_CLOCK: tuple[tuple[str, str, str], ...] = (
    ("any day but tues or sun. 5ish", "sun.", "5ish"),
    ("not mon or wed. 3pm is good", "wed.", "3pm"),
    ("except mon, tue or wed. 4pm pls", "wed.", "4pm"),
    ("can't do thurs or fri. 10am otherwise", "fri.", "10am"),
    ("Not Monday or Tues. 2:30 suits me", "Tues.", "2:30"),
    ("no sat or sun. 11am any other day", "sun.", "11am"),
    ("any day except wed and thurs. 9am ideally", "thurs.", "9am"),
    ("anything but mon or fri. 1pm best", "fri.", "1pm"),
    ("not tues, wed or thu. 4:30 if you can", "thu.", "4:30"),
    ("any weekday but mon or tue. noon", "tue.", "noon"),
    ("but not sat or sun. 9:15am", "sun.", "9:15am"),
    ("Not Wed or Fri. 3pm please", "Fri.", "3pm"),
    ("never mon and tue. 6pm works", "tue.", "6pm"),
    ("except thu or fri. 12:30", "fri.", "12:30"),
    ("any day except mon or sat. 8am", "sat.", "8am"),
)

# ... while a list of days wished keeps the clock after its full stop ("sat or sun. 10am").
# Each row: the message and the days the clock falls on ("MM-DD").
LISTED_DAYS_TAKE_CLOCK: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("sat or sun. 10am", "10am", ("11-28", "11-29")),
    ("Tue. 3pm", "Tue. 3pm", ("11-24",)),
    ("wed or thu. 2pm please", "2pm", ("11-25", "11-26")),
)

# "maybe on 10 or 11 of december", "the 3rd or 4th of january": the month said once after
# a list of days is every listed day's. Each row: the message, the first day's words, and
# its date ("MM-DD").
MONTH_SAID_AFTER: tuple[tuple[str, str, str], ...] = (
    ("maybe on 10 or 11 of december", "on 10", "12-10"),
    ("10 or 11 december works", "10", "12-10"),
    ("the 3rd or 4th of january", "the 3rd", "01-03"),
    ("9 or 10 Dec please", "9", "12-09"),
    ("on 3 or 4 january in the morning", "on 3", "01-03"),
    ("2, 3 or 4 jan, whichever", "2", "01-02"),
    ("Could I come on the 5th or the 7th of January?", "on the 5th", "01-05"),
    ("either 14 or 16 Dec", "14", "12-14"),
    ("free on 8 or 9 of Jan", "on 8", "01-08"),
    ("the 12 or 13 of december would be great", "the 12", "12-12"),
    ("on the 2nd, 3rd or 4th of Feb", "on the 2nd", "02-02"),
    ("maybe 20 or 22 jan?", "20", "01-20"),
    ("I can do 6 & 8 Jan", "6", "01-06"),
    ("ideally 1st or 2nd of december", "1st", "12-01"),
    ("either 29 or 30 of dec", "29", "12-29"),
)

# ... while a clock before a list keeps its reading. Each row: the message and the clock's
# words.
CLOCKS_BEFORE_A_MONTH: tuple[tuple[str, str], ...] = (
    ("at 3 or 4 jan 5th", "at 3"),
    ("around 2, or 3 dec 9", "around 2"),
)
