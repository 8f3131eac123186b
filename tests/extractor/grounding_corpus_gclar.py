"""The GCLAR corpus: times offered as either though no plain list joiner stands between
them, as writers text them, and what must stay as it was.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
Each row: a message and the adjacent time mentions offered as either (their texts).
"""

from __future__ import annotations

# "or" after the end of the first item's clause: the second is the other choice.
OR_AFTER_A_BREAK: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Tomorrow maybe? Or Friday. Whichever is earlier", (("Tomorrow", "Friday"),)),
    ("Friday the 4th? Or Monday.", (("Friday the 4th", "Monday"),)),
    (
        "could we get in this Saturday afternoon? Or Sunday?",
        (("this Saturday afternoon", "Sunday"),),
    ),
    ("any time Monday is fine, or Tuesday", (("Monday", "Tuesday"),)),
    ("Friday works, or the Monday after", (("Friday", "the Monday after"),)),
    ("tonight at 6? Or 6:15", (("tonight at 6", "6:15"),)),
    ("on the 5th at 9? Or 10", (("on the 5th at 9", "10"),)),
    ("Thursday at ten please. Or Friday at ten", (("Thursday at ten", "Friday at ten"),)),
    ("The 8th please. Or the 9th", (("The 8th", "the 9th"),)),
    ("Thursday? Or would Friday be better", (("Thursday", "Friday"),)),
    (
        "Sunday evening instead? or saturday evening",
        (("Sunday evening", "saturday evening"),),
    ),
    ("tues... or wed.", (("tues.", "wed."),)),
    ("next Saturday? Or the Saturday after", (("next Saturday", "the Saturday after"),)),
    ("today after 4 or anytime tmrw", (("today after 4", "tmrw"),)),
    ("Thurs after 4 or Fri anytime", (("Thurs after 4", "Fri"),)),
    ("the 1st would work, or maybe the 2nd", (("the 1st", "the 2nd"),)),
    ("thinking the 19th, or is the 20th better for u", (("the 19th", "the 20th"),)),
    ("How's Tuesday looking? And Wednesday?", (("Tuesday", "Wednesday"),)),
    ("what have u got thurs morn n fri morn", (("thurs morn", "fri morn"),)),
    (
        "Monday or Tuesday next week or the Saturday",
        (("Monday", "Tuesday next week"), ("Tuesday next week", "Saturday")),
    ),
)
# Two plain days of one kind side by side, with no joiner or a texting one.
DAYS_SIDE_BY_SIDE: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("wed thurs any openings at 7", (("wed", "thurs"),)),
    ("wednesday thursday both fine, just not afternoons", (("wednesday", "thursday"),)),
    ("today tomorrow whatever", (("today", "tomorrow"),)),
    ("sat? sun? whatever's free", (("sat", "sun"),)),
    ("thurs 27th n the 28th", (("thurs 27th", "the 28th"),)),
    ("thu 3rd + fri 4th", (("thu 3rd", "fri 4th"),)),
    ("22nd 23rd, any time", (("22nd", "23rd"),)),
    ("mon wed fri", (("mon", "wed"), ("wed", "fri"))),
    ("Wednesday... maybe Thursday", (("Wednesday", "Thursday"),)),
    ("dec 3 dec 4 either is fine", (("dec 3", "dec 4"),)),
    ("tmrw? fri?", (("tmrw", "fri"),)),
    ("tues wed or thurs", (("tues", "wed"), ("wed", "thurs"))),
    ("mon tue any time", (("mon", "tue"),)),
    ("the 7th the 8th works too", (("the 7th", "the 8th"),)),
    ("friday? saturday?", (("friday", "saturday"),)),
)
# ... and not: one day named twice ("Thursday? The 10th"), a day and what narrows it,
# two sentences, a clause that is no choice; counts, prices and rooms stay unread.
NOT_ALTERNATIVES: tuple[str, ...] = (
    "Thursday afternoon? The 10th.",
    "Tuesday? The 1st.",
    "in a fortnight today",
    "Thursday the week after",
    "friday, the afternoon if you can",
    "friday 3pm? or is that too late",
    "monday. tuesday I'm away",
    "table for 4 or 5 on friday",
    "$40 or $50? friday",
    "room 12 or 14, monday",
    "2 kids? or 3. saturday",
    "Monday. Or rather, any time after 3",
    "friday, 3pm",
    "Saturday at 10 for 2 hours",
    "monday then tuesday",
    "the 5th 2pm",
    "Thursdays + Saturdays",
)

# A bound read from words that rule out its other side: the reading is the time left
# free, so ruling the words' time out asks for it too (`TimeMention.left_free`).
LEFT_FREE: tuple[tuple[str, str], ...] = (
    ("she is busy until 5", "busy until 5"),
    ("I finish at 5 on weekdays", "I finish at 5 on weekdays"),
    ("i start work at 8 so early morning is no good", "i start work at 8"),
    ("can't do before 1 on the 17th", "can't do before 1 on the 17th"),
    ("my shift starts at 3", "my shift starts at 3"),
    ("I get off at 5:30 and it's a 10 min drive", "I get off at 5:30"),
    ("cant get there til 2", "cant get there til 2"),
    ("school finishes at 3:20", "finishes at 3:20"),
    ("I'm done at 4:30 but need 20 mins to get there", "I'm done at 4:30"),
    ("busy till 10 tmrw", "busy till 10 tmrw"),
    ("I start at 9:30 in the city", "I start at 9:30"),
    ("soccer, which ends at 5:15", "which ends at 5:15"),
    ("Can't come before 12 due to school drop", "Can't come before 12"),
    ("i get off at 3 on the 22nd", "i get off at 3 on the 22nd"),
    ("my shift ends at 6", "my shift ends at 6"),
    ("the groom can't do before 3", "can't do before 3"),
)
# ... and not: a bound said as a wish, a busy time said as it is, a negated day.
NOT_LEFT_FREE: tuple[tuple[str, str], ...] = (
    ("not before 5", "not before 5"),
    ("no earlier than 8", "no earlier than 8"),
    ("after 5", "after 5"),
    ("she has school until 3", "until 3"),
    ("I work till 5", "till 5"),
    ("today after 4", "today after 4"),
    ("Not Friday after 2", "Not Friday after 2"),
    ("I'd like to start at 9", "at 9"),
    ("mornings are out", "mornings are out"),
    ("table for 4 at 7, I finish work late", "at 7"),
    ("2 kids, after 3 please", "after 3"),
    ("room 12, before noon", "before noon"),
    ("$40 max, any time after 6", "after 6"),
    ("not until 4, and I finish work at 5:30", "not until 4"),
    ("by 7:30 at the latest", "by 7:30"),
)

# A bare hour after a part of the day takes that part's half only when it then falls
# near it: "the 2nd, morning, 7 or 8" is 07:00, but in "Wednesday the 2nd, but I can't
# in the mornings and I can't after 4" the bound is 16:00, not 04:00.
HALF_OF_THE_PART: tuple[tuple[str, str, str], ...] = (
    (
        "Wednesday the 2nd, but I can't in the mornings and I can't after 4",
        "can't after 4",
        "16:00",
    ),
    ("Friday the 4th, not in the morning, can't do after 6", "can't do after 6", "18:00"),
    ("on the 2nd in the morning, or after 3", "after 3", "15:00"),
    ("Thursday the 3rd morning or else after 2", "after 2", "14:00"),
    (
        "Tuesday the 1st morning, say 9",
        "Tuesday the 1st morning, say 9",
        "09:00",
    ),  # "say" on a whole hour: that hour
    ("Dec 2 in the evening, around 6", "Dec 2 in the evening, around 6", "17:30"),
    ("the 4th, evening, 8ish", "the 4th, evening, 8ish", "19:30"),
    ("Friday the 4th morning, at 11", "Friday the 4th morning, at 11", "11:00"),
    ("the 3rd, afternoon, after 1", "after 1", "13:00"),
    ("Dec 1, morning, before 10", "before 10", "10:00"),
    ("Tuesday the 1st, evening, after 7", "after 7", "19:00"),
    ("Thursday the 3rd at night, 9 or 10", "10", "22:00"),
    ("Friday the 4th, afternoon, 2 or 3", "3", "15:00"),
    ("tomorrow morning, 7 or 8", "8", "08:00"),
    ("tonight? like 7.30", "like 7.30", "19:00"),
    ("Friday morning? 10ish", "10ish", "09:30"),
)

# A bare weekday restated by the date right after it, on that weekday: the weekday is
# that date ("Thursday afternoon? The 10th." is Thu 10 Dec, not Thu 26 Nov).
RESTATED_DAY: tuple[tuple[str, str, str], ...] = (
    ("Thursday afternoon? The 3rd.", "Thursday afternoon", "12-03"),
    ("Tuesday? The 8th.", "Tuesday", "12-08"),
    ("wednesday, i mean the 9th", "wednesday", "12-09"),
    ("Friday? the 4th", "Friday", "12-04"),
    ("Sunday? 6th", "Sunday", "12-06"),
    ("tues? the 15th", "tues", "12-15"),
    ("Thursday morning? The 10th pls", "Thursday morning", "12-10"),
    ("Wednesday: the 16th", "Wednesday", "12-16"),
    ("Monday? Dec 7", "Monday", "12-07"),
    ("Tuesday, that's the 8th", "Tuesday", "12-08"),
    ("Saturday? The 5th, anyone", "Saturday", "12-05"),
    ("wed? the 2nd", "wed", "12-02"),
    ("Thursday? The 10th", "Thursday", "12-10"),
    ("Tuesday? The 1st.", "Tuesday", "12-01"),
    ("Thursday evening? the 17th", "Thursday evening", "12-17"),
)
# ... and not: a date on another weekday, or one offered as the other choice.
NOT_RESTATED: tuple[tuple[str, str, str], ...] = (
    ("Tuesday? The 2nd.", "Tuesday", "11-24"),
    ("monday or the 7th", "monday", "11-23"),
    ("Thursday, or the 10th", "Thursday", "11-26"),
    ("Friday. Not the 4th", "Friday", "11-27"),
    ("Wednesday for 2 people, the 2nd", "Wednesday", "11-25"),
)

# Whole messages, every time labelled require/hard unless told (`told`: words -> kind):
# the engine proposes where the words allow, rather than asking. Reference: Wednesday
# 2027-01-06 09:00 Europe/London, a room open 07:00-21:00 every day. Each row: message,
# told, and the (date, first hour, last hour) windows every proposal lies in.
EITHER_NOT_A_QUESTION: tuple[tuple[str, dict[str, str], tuple[tuple[str, int, int], ...]], ...] = (
    ("Thurs after 4 or Fri anytime", {}, (("01-07", 16, 21), ("01-08", 7, 21))),
    ("today after 4 or anytime tmrw", {}, (("01-06", 16, 21), ("01-07", 7, 21))),
    ("Sunday after 6, or Monday", {}, (("01-10", 18, 21), ("01-11", 7, 21))),
    ("Tomorrow maybe? Or Friday.", {}, (("01-07", 7, 21), ("01-08", 7, 21))),
    ("Friday works, or the Monday after", {}, (("01-08", 7, 21), ("01-11", 7, 21))),
    ("wed thurs any time", {}, (("01-06", 7, 21), ("01-07", 7, 21))),
    ("sat? sun?", {}, (("01-09", 7, 21), ("01-10", 7, 21))),
    ("The 8th please. Or the 9th", {}, (("01-08", 7, 21), ("01-09", 7, 21))),
    ("the 19th, or is the 20th better", {}, (("01-19", 7, 21), ("01-20", 7, 21))),
    ("tomorrow at 10? Or 11", {}, (("01-07", 10, 12),)),
    (
        "Thursday, I finish at 5",
        {"I finish at 5": "exclude"},
        (("01-07", 17, 21),),
    ),
    (
        "Friday please, she is busy until 4",
        {"busy until 4": "exclude"},
        (("01-08", 16, 21),),
    ),
    (
        "Monday? I start work at 10",
        {"I start work at 10": "exclude"},
        (("01-11", 7, 10),),
    ),
    (
        "the 12th, can't do before 1",
        {"can't do before 1": "exclude"},
        (("01-12", 13, 21),),
    ),
    (
        "Saturday? Thursday afternoon? The 14th.",
        {"Saturday": "context"},
        (("01-14", 12, 17),),
    ),
)

# A bare weekday with the period that holds it said after it ("Sat openings with Lee in
# January"): the weekday is read inside the period, not on the nearest such day.
PERIOD_AFTER: tuple[tuple[str, str, str], ...] = (
    ("Do you have Sat openings with Lee in January?", "Sat", "01-02"),
    ("Monday in December", "Monday", "12-07"),
    ("wednesday in march", "wednesday", "03-03"),
    ("Thursday slots in January please", "Thursday", "01-07"),
    ("friday openings in jan", "friday", "01-01"),
    ("tues appointments in December", "tues", "12-01"),
    ("Saturday with Dr Kim in January", "Saturday", "01-02"),
    ("Monday sometime in January", "Monday", "01-04"),
    ("Friday during the week of the 4th", "Friday", "12-04"),
    ("Thursday free in January?", "Thursday", "01-07"),
    ("Tuesday open in Jan", "Tuesday", "01-05"),
    ("Monday availability in February?", "Monday", "02-01"),
    ("Wednesday in the week of the 14th", "Wednesday", "12-16"),
    ("sunday slots in january", "sunday", "01-03"),
    ("Friday in February please", "Friday", "02-05"),
)
# ... and not: a period that is no place for the weekday, or the weekday already in it.
NOT_PERIOD_AFTER: tuple[tuple[str, str, str], ...] = (
    ("Monday, I'm away next week", "Monday", "11-23"),
    ("Saturday or any day in January", "Saturday", "11-28"),
    ("Friday in 2 weeks", "Friday", "11-27"),
    ("friday, the office is closed in January", "friday", "11-27"),
    ("Wednesday in November", "Wednesday", "11-25"),
)

# A time after days side by side ("wed thurs any openings at 7") is said of each of them.
TIME_AFTER_DAYS_SIDE_BY_SIDE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("wed thurs any openings at 7", "at 7", ("25 07:00", "26 07:00")),
    ("mon tue any slots at 4", "at 4", ("23 16:00", "24 16:00")),
    ("thu fri anything at 10?", "at 10", ("26 10:00", "27 10:00")),
    ("today tomorrow whatever, at 5pm", "at 5pm", ("23 17:00", "24 17:00")),
    ("tues thurs anything open around 6", "around 6", ("24 17:30", "26 17:30")),
    ("thursday friday something at 9", "at 9", ("26 09:00", "27 09:00")),
    ("dec 3 dec 4 anything at 11", "at 11", ("03 11:00", "04 11:00")),
    ("the 1st the 2nd anything around noon", "around noon", ("01 11:30", "02 11:30")),
    ("wed fri anything at 10am", "at 10am", ("25 10:00", "27 10:00")),
    ("monday tuesday got anything at 2", "at 2", ("23 14:00", "24 14:00")),
    ("thurs fri, anything at 7:30?", "at 7:30", ("26 07:30", "27 07:30")),
    ("tomorrow thursday anything around 4", "around 4", ("24 15:30", "26 15:30")),
    ("friday saturday anything at 1pm", "at 1pm", ("27 13:00", "28 13:00")),
    ("the 3rd the 4th, anything at 9am", "at 9am", ("03 09:00", "04 09:00")),
    ("wednesday friday, something around 3", "around 3", ("25 14:30", "27 14:30")),
    ("mon tue anything in the morning", "morning", ("23 09:00", "24 08:00")),
)

# A bound before a holiday said with "the" ("before the new year") bounds the holiday,
# as "before new year" does; the holiday alone keeps its day ("in the new year").
BOUND_THE_HOLIDAY: tuple[tuple[str, str, str], ...] = (
    ("before the new year", "before the new year", "before Fri 1 Jan"),
    ("after the new year", "after the new year", "after Fri 1 Jan"),
    ("until the new year", "until the new year", "by Fri 1 Jan"),
    ("not before the new year", "not before the new year", "from Fri 1 Jan"),
    ("by the new year", "by the new year", "by Fri 1 Jan"),
    ("sometime before the new year pls", "before the new year", "before Fri 1 Jan"),
    ("after the new year holidays", "after the new year", "after Fri 1 Jan"),
    ("after the christmas break", "after the christmas", "after Fri 25 Dec"),
    ("till the new year", "till the new year", "by Fri 1 Jan"),
    ("any time after the new year", "after the new year", "after Fri 1 Jan"),
    ("we need a clean before the new year.", "before the new year", "before Fri 1 Jan"),
    ("before the new year? the 30th or 31st", "before the new year", "before Fri 1 Jan"),
    ("after the thanksgiving", "after the thanksgiving", "after Thu 26 Nov"),
    ("before the christmas rush", "before the christmas", "before Fri 25 Dec"),
    ("anytime till the new year", "till the new year", "by Fri 1 Jan"),
    ("in the new year", "the new year", "Fri 1 Jan"),
)

# "<holiday> week" is the week (Monday to Sunday) around the holiday.
HOLIDAY_WEEK: tuple[tuple[str, str, str], ...] = (
    ("xmas week? the 21st or 22nd", "xmas week", "Mon 21 Dec - Sun 27 Dec"),
    ("christmas week", "christmas week", "Mon 21 Dec - Sun 27 Dec"),
    ("thanksgiving week please", "thanksgiving week", "Mon 23 Nov - Sun 29 Nov"),
    ("can we do easter week", "easter week", "Mon 22 Mar - Sun 28 Mar"),
    ("new year week", "new year week", "Mon 28 Dec - Sun 3 Jan"),
    ("new years week", "new years week", "Mon 28 Dec - Sun 3 Jan"),
    ("xmas week pls", "xmas week", "Mon 21 Dec - Sun 27 Dec"),
    ("christmas week, mornings", "christmas week", "Mon 21 Dec - Sun 27 Dec"),
    ("thanksgiving week? tues or wed", "thanksgiving week", "Mon 23 Nov - Sun 29 Nov"),
    ("halloween week", "halloween week", "Mon 25 Oct - Sun 31 Oct"),
    ("christmas 2026 week", "christmas 2026 week", "Mon 21 Dec - Sun 27 Dec"),
    ("anything christmas week?", "christmas week", "Mon 21 Dec - Sun 27 Dec"),
    ("sometime xmas week", "xmas week", "Mon 21 Dec - Sun 27 Dec"),
    ("is the shop open christmas week", "christmas week", "Mon 21 Dec - Sun 27 Dec"),
    ("Christmas Week", "Christmas Week", "Mon 21 Dec - Sun 27 Dec"),
    # ... and not: the holiday alone, weeks; its weekend is that week's Saturday and Sunday
    ("christmas", "christmas", "Fri 25 Dec"),
    ("xmas weekend", "xmas weekend", "Sat 26 Dec - Sun 27 Dec"),
    ("christmas weeks", "christmas", "Fri 25 Dec"),
)
