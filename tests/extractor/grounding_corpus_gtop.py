"""The GTOP corpus: values the writers read differently from grounding, where proposal 1
landed outside the writer's window.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "like 6", "say 3" on a whole hour: the hedge is on the choice, not on the hour; the
# clock said, from its start (message, mention, first start "Day DD HH:MM").
LIKE_IS_THE_CLOCK: tuple[tuple[str, str, str], ...] = (
    ("can we do earlier instead? like 6", "like 6", "Mon 23 18:00"),
    ("free tonight? like 7", "like 7", "Mon 23 19:00"),
    ("tmrw at like 11", "tmrw at like 11", "Tue 24 11:00"),
    ("later that day, say 4", "say 4", "Mon 23 16:00"),
    ("thursday, like 10 or 11", "thursday, like 10", "Thu 26 10:00"),
    ("any chance friday? like 2pm", "like 2pm", "Fri 27 14:00"),
    ("not too early, say 11", "say 11", "Mon 23 11:00"),
    ("same day but later, like 5", "like 5", "Mon 23 17:00"),
    ("wed works, say 1", "say 1", "Wed 25 13:00"),
    ("so like 8 tonight?", "like 8 tonight", "Mon 23 20:00"),
    ("the 4th, say 10am", "the 4th, say 10am", "Fri 04 10:00"),
    ("i'm free after work, so like 6", "like 6", "Mon 23 18:00"),
    ("sat morning? like 9", "like 9", "Sat 28 09:00"),
    ("move it earlier, like 10?", "like 10", "Mon 23 10:00"),
    ("the 2nd in the evening, say 7", "the 2nd in the evening, say 7", "Wed 02 19:00"),
    ("tues at like 3", "tues at like 3", "Tue 24 15:00"),
)
# ... and a clock with minutes, or a rough word said with it, stays rough.
LIKE_STILL_ROUGH: tuple[tuple[str, str, str], ...] = (
    ("free tonight? like 7.30", "like 7.30", "Mon 23 19:00"),
    ("sat at like 3:30?", "sat at like 3:30", "Sat 28 15:00"),
    ("tomorrow evening? like 6:30", "like 6:30", "Tue 24 18:00"),
    ("could do monday, like 4 or so", "monday, like 4 or so", "Mon 23 15:30"),
)

# A clock right after a part of the day said of a day narrows the part of the day
# (message, the clock, the part of the day it narrows).
CLOCK_IN_PART: tuple[tuple[str, str, str], ...] = (
    ("thursday, but the morning before that, like 8?", "like 8", "morning"),
    ("dentist at 10 on friday, so the afternoon after that, say 3", "say 3", "afternoon"),
    ("busy 12 to 2 on the 3rd, the morning before that, like 9?", "like 9", "morning"),
    ("the 4th is my anniversary, the afternoon before that? like 1", "like 1", "afternoon"),
)

# "come by", "swing by", "pop by": "by" says where the visit goes, not a deadline
# (message, mention texts); no mention of these is a bound.
VISIT_BY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("can someone come by thursday?", ("thursday",)),
    ("could you swing by tmrw morning", ("tmrw morning",)),
    ("I'll pop by friday around 10", ("friday around 10",)),
    ("can I stop by at noon tomorrow", ("at noon tomorrow",)),
    ("we could drop by saturday afternoon", ("saturday afternoon",)),
    ("mind if I come by on Wednesday", ("Wednesday",)),
    ("ok if i swing by wed after lunch?", ("wed after lunch",)),
    ("happy to pass by monday at 2", ("monday at 2",)),
    ("can the tech come by next tuesday", ("next tuesday",)),
    ("i can drop by tomorrow at 9", ("tomorrow at 9",)),
    ("could we pop by after lunch tomorrow", ("after lunch tomorrow",)),
    ("feel free to stop by thursday evening", ("thursday evening",)),
    ("can you swing by sometime next week", ("next week",)),
    ("could u come by fri", ("fri",)),
    ("Could you swing by tmrw first thing?", ("tmrw first thing",)),
)
# ... and "by" after any other word, or before a bare hour, is still a deadline
# (message, mention text).
STILL_BY: tuple[tuple[str, str], ...] = (
    ("need it done by Friday", "by Friday"),
    ("can you have it ready by thursday", "by thursday"),
    ("must be finished by the 3rd", "by the 3rd"),
    ("can you come by 5", "by 5"),
    ("has to be back by tomorrow", "by tomorrow"),
    ("pls call me back by 4", "by 4"),
    ("i need a reply by monday", "by monday"),
)

# A plural part of the day right after the days it is said of (only punctuation
# between) is that part of those days, not a set of every day beside them (message,
# mention, the days it is read on).
PARTS_OF_DAYS_SAID: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("I'm only free on the 9th and the 10th, mornings", "mornings", ("12-09", "12-10")),
    ("Dec 17 or Dec 18, afternoons?", "afternoons", ("12-17", "12-18")),
    ("early next week, mornings", "mornings", ("11-30", "12-01")),
    (
        "week of the 7th, any afternoon",
        "any afternoon",
        ("12-07", "12-08", "12-09", "12-10", "12-11", "12-12", "12-13"),
    ),
    ("Thursday or Friday, mornings only", "mornings", ("11-26", "11-27")),
    ("tue or wed, mornings only", "mornings", ("11-24", "11-25")),
    ("mon/tue, afternoons pls", "afternoons", ("11-23", "11-24")),
    ("the 2nd or the 3rd - evenings", "evenings", ("12-02", "12-03")),
    ("the 2nd or the 3rd; afternoons", "afternoons", ("12-02", "12-03")),
    ("sat or sun, afternoons work best", "afternoons", ("11-28", "11-29")),
    (
        "any time the week of the 30th, evenings",
        "evenings",
        ("11-30", "12-01", "12-02", "12-03", "12-04", "12-05", "12-06"),
    ),
    ("Dec 1st and 2nd, afternoons", "afternoons", ("12-01", "12-02")),
    ("the 4th, evenings", "evenings", ("12-04",)),
    ("between the 1st and the 4th, mornings", "mornings", ("12-01", "12-02", "12-03", "12-04")),
    ("tomorrow, afternoons", "afternoons", ("11-24",)),
)
# ... and not: a set that names its days, a negated one, one before the days, one in
# the next sentence.
PARTS_STILL_SETS: tuple[tuple[str, str], ...] = (
    ("the 11th. Can't do mornings", "Can't do mornings"),
    ("the reunion is Saturday. Mornings only", "Mornings"),
    ("mornings, tues or wed", "mornings"),
    ("not friday, evenings are best", "evenings"),
    ("weekday mornings", "weekday mornings"),
)

# A part of the day or a time said after a first choice of day and its fallback, said
# apart ("maybe thurs? maybe fri?", "Sunday? If not, Saturday."), is said of each
# (message, mention, the days it is read on).
AFTER_FALLBACKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("maybe thurs? maybe fri? morning ideally", "morning", ("11-26", "11-27")),
    (
        "Sunday the 29th? If not, Saturday the 28th. Morning either way.",
        "Morning",
        ("11-28", "11-29"),
    ),
    (
        "on Sunday, or if that's full then Tuesday? Evening either way",
        "Evening",
        ("11-24", "11-29"),
    ),
    (
        "Our first pick is the 15th, second pick the 16th. Midday-ish for both",
        "Midday-ish",
        ("12-15", "12-16"),
    ),
    ("7th pls. if full, 8th. around 11am", "around 11am", ("12-07", "12-08")),
    (
        "Could we do the 11th? Otherwise the 12th. ideally around 5pm",
        "around 5pm",
        ("12-11", "12-12"),
    ),
    (
        "Thursday the 3rd instead? If not then Thursday Dec 10th. Same time, 1pm.",
        "Same time, 1pm",
        ("12-03", "12-10"),
    ),
    ("tues ideally, failing that wed. after 2 either way", "after 2", ("11-24", "11-25")),
    ("the 1st if poss, if not the 2nd. afternoon please", "afternoon", ("12-01", "12-02")),
    ("Friday? if that's taken, Saturday. anytime after 10", "after 10", ("11-27", "11-28")),
    ("the 9th? or maybe the 10th? evening pls", "evening", ("12-09", "12-10")),
    ("Tuesday, else Wednesday. lunchtime if you can", "lunchtime", ("11-24", "11-25")),
    ("monday. if not, tuesday. late morning", "late morning", ("11-23", "11-24")),
    ("need it monday, otherwise tuesday. morning either way", "morning", ("11-23", "11-24")),
    ("the 2nd? maybe the 3rd? around 4pm", "around 4pm", ("12-02", "12-03")),
    (
        "Could we do Saturday the 5th? If not possible, Friday the 4th. Either way afternoon only",
        "afternoon",
        ("12-04", "12-05"),
    ),
    # ... and a day the user gives up on is no choice: the time is the last day's
    ("I booked Thursday but can't make it, Friday instead? morning", "morning", ("11-27",)),
    ("the 2nd was fine last time, the 3rd? evening", "evening", ("12-03",)),
)

# "the weekend after next": the weekend after next weekend (Saturday and Sunday of the
# week after next), not this weekend (message, mention text); on REF all read Sat 12 Dec.
WEEKEND_AFTER_NEXT: tuple[tuple[str, str], ...] = (
    ("the weekend after next?", "the weekend after next"),
    ("wknd after next pls", "wknd after next"),
    ("weekend after next works for us", "weekend after next"),
    ("any chance the weekend after next, sat morning?", "the weekend after next"),
    ("free the weekend after next", "the weekend after next"),
    ("can we do the wkend after next", "the wkend after next"),
    ("sometime the weekend after next", "the weekend after next"),
    ("not this weekend or next, the weekend after next", "the weekend after next"),
    ("the weekend after next, sunday ideally", "the weekend after next"),
    ("how about the weekend after next", "the weekend after next"),
    ("the weekend after next, any time", "the weekend after next"),
    ("is the weekend after next open?", "the weekend after next"),
    ("maybe the weekend after next? saturday", "the weekend after next"),
    ("the week-end after next", "the week-end after next"),
    ("weekend after next, after 2", "weekend after next"),
)
# ... and the days said after it are its days.
AFTER_WEEKEND_AFTER_NEXT: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("any chance the weekend after next, sat morning?", "sat morning", ("12-12",)),
    ("the weekend after next, sunday ideally", "sunday", ("12-13",)),
    ("weekend after next, after 2", "after 2", ("12-12", "12-13")),
)

# A dotted clock right after a day is a time, as after "at" (message, mention, start).
DOTTED_AFTER_A_DAY: tuple[tuple[str, str, str], ...] = (
    ("Book me in pls: Tues 1st, 12.15, anyone", "Tues 1st, 12.15", "Tue 01 12:15"),
    ("thurs 24th 10.15 pls", "thurs 24th 10.15", "Thu 24 10:15"),
    ("Pls book Rao ma'am tmrw 9.30", "tmrw 9.30", "Tue 24 09:30"),
    ("sat 10.30?", "sat 10.30", "Sat 28 10:30"),
    ("friday 3.45 if poss", "friday 3.45", "Fri 27 15:45"),
    ("tomorrow, 11.15", "tomorrow, 11.15", "Tue 24 11:15"),
    ("wed 9.45 works", "wed 9.45", "Wed 25 09:45"),
    ("the 3rd 2.30", "the 3rd 2.30", "Thu 03 14:30"),
    ("mon 30th, 4.15 ok?", "mon 30th, 4.15", "Mon 30 16:15"),
    ("today 5.30?", "today 5.30", "Mon 23 17:30"),
    ("Thursday 10.30 please", "Thursday 10.30", "Thu 26 10:30"),
    ("sun, 12.30", "sun, 12.30", "Sun 29 12:30"),
    ("tmr 8.15", "tmr 8.15", "Tue 24 08:15"),
    ("weds 3.15 would be great", "weds 3.15", "Wed 25 15:15"),
    ("the 4th, 9.45?", "the 4th, 9.45", "Fri 04 09:45"),
    ("tonight 7.15?", "tonight 7.15", "Mon 23 19:15"),
)
# ... and "sharp", "exactly" keep a clock exact, dotted or not.
EXACT_STAYS_EXACT: tuple[tuple[str, str, str], ...] = (
    ("MRI Tuesday 24th 10.45 exactly", "Tuesday 24th 10.45 exactly", "Tue 24 10:45"),
    ("ok so: on the 9th, 9:30 sharp, 2 hours", "on the 9th, 9:30 sharp", "Wed 09 09:30"),
    ("thurs 10.15 on the dot", "thurs 10.15 on the dot", "Thu 26 10:15"),
)
# ... and a price or a length after a day stays no time (message, the mentions).
DOTTED_NOT_A_TIME: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("it cost 12.50 on tuesday", ("tuesday",)),
    ("paid 10.50 tuesday", ("tuesday",)),
    ("tuesday £12.50 was fine", ("tuesday",)),
    ("friday 12.5% off", ("friday",)),
)

# Back-references listed together lean on the same day said before ("the day before or
# the day after" the 10th: the 9th or the 11th), not on each other (message, the first
# day of each mention).
SHARED_ANTECEDENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "interview on the 8th, so the day before or the Saturday before?",
        ("12-08", "12-07", "12-05"),
    ),
    (
        "the 10th is my birthday, the day before or the day after would be great",
        ("12-10", "12-09", "12-11"),
    ),
    ("my flight is the 4th so the day before or the Monday before", ("12-04", "12-03", "11-30")),
    (
        "surgery on the 9th, could i come the day before or the day after?",
        ("12-09", "12-08", "12-10"),
    ),
    ("exams on the 3rd. the day after or the friday after?", ("12-03", "12-04", "12-04")),
    (
        "the wedding's on the 12th, the day before or the thursday before",
        ("12-12", "12-11", "12-10"),
    ),
    ("we move on the 2nd, so the day before or the day after", ("12-02", "12-01", "12-03")),
    ("party's the 5th - the day before, or the friday before that", ("12-05", "12-04", "12-04")),
    ("thurs 3pm is taken, so the day after or the friday after", ("11-26", "11-27", "11-27")),
    ("my mom visits on the 7th, the day after or the wednesday after", ("12-07", "12-08", "12-09")),
    ("the 18th? no, the day before or the day after", ("12-18", "12-17", "12-19")),
    (
        "court date is the 14th so the day before or the friday before",
        ("12-14", "12-13", "12-11"),
    ),
    ("I'm off on the 11th, the day before or the day after that", ("12-11", "12-10", "12-12")),
    ("the 20th is busy, the day after or the tuesday after", ("12-20", "12-21", "12-22")),
    ("my surgery is the 8th, the day before please", ("12-08", "12-07")),
)

# "later in the day" after a day said before is later that day, after its clock; with
# no day said, later today (message, mention, first start).
LATER_IN_THE_DAY: tuple[tuple[str, str, str], ...] = (
    (
        "Could we push our Tuesday 11am later in the day? After 4 would be better",
        "later in the day",
        "Tue 24 11:00",
    ),
    ("my appt is thurs at 9, can we do later in the day", "later in the day", "Thu 26 09:00"),
    ("booked for the 3rd at 10am, anything later in the day?", "later in the day", "Thu 03 10:00"),
    ("tomorrow 8am is too early, later in the day pls", "later in the day", "Tue 24 08:00"),
    ("can I switch my friday 10:30 to later in the day", "later in the day", "Fri 27 10:30"),
    ("I have the 2nd at 9, could it be later in the day", "later in the day", "Wed 02 09:00"),
    ("our sat 11am, any chance later on in the day?", "later on in the day", "Sat 28 11:00"),
    ("monday 9am - could we move it later in the day", "later in the day", "Mon 23 09:00"),
    ("had the 4th at 2, can we go later in the day, like 5", "like 5", "Fri 04 17:00"),
    ("the 30th at 10 - later in the day if possible", "later in the day", "Mon 30 10:00"),
    ("thursday's 9:15 could be later in the day?", "later in the day", "Thu 26 09:15"),
    ("my 8am on the 1st, something later in the day?", "later in the day", "Tue 01 08:00"),
    ("tues 10am... later in the day would suit me", "later in the day", "Tue 24 10:00"),
    (
        "I booked the 16th, can we do later in the day, like 1pm",
        "later in the day, like 1pm",
        "Wed 16 13:00",
    ),
    # ... and with no day said before, later today
    ("can I come in later in the day?", "later in the day", "Mon 23 09:00"),
    ("later in the day works better for me", "later in the day", "Mon 23 09:00"),
)

# Numbers that are no time, before and after these changes.
NOT_TIMES: tuple[str, ...] = (
    "table for 4 like we said",
    "2 kids, say 3 if my nephew comes",
    "it was like 40 dollars last time",
    "room 12, like always",
    "we're like 6 people",
    "swing by room 5 when you can",
)
# "book 2 for Sunday": the party, not the hour (message, the mentions).
BOOK_N_FOR: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Please book 2 for next Sunday evening", ("next Sunday evening",)),
    ("can you book 4 for friday at 7", ("friday at 7",)),
    ("reserve 6 for saturday night", ("saturday night",)),
    ("table 3 for tonight", ("tonight",)),
    ("booking 5 for sunday lunch", ("sunday lunch",)),
    ("could you book 2 for the 12th", ("the 12th",)),
    ("book 8 for tomorrow evening pls", ("tomorrow evening",)),
    ("reservation 4 for thurs", ("thurs",)),
    ("can I book 3 for sat at 6", ("sat at 6",)),
    ("tbl 2 for fri", ("fri",)),
    # ... and a clock after "at" is still one
    ("book me at 2 for a cut", ("at 2",)),
)
# "on 3 Dec. First choice 11am": a capitalised word after "Dec." starts a sentence; it
# is no day of the month (message, the mentions).
NEW_SENTENCE_AFTER_MONTH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("can I book a wash and cut on 3 Dec. First choice 11am", ("3 Dec.", "11am")),
    ("on 3 Dec. Second choice is fine too", ("3 Dec.",)),
    # ... and not
    ("Dec. first", ("Dec. first",)),
    ("on Dec. 3", ("Dec. 3",)),
    ("Dec First", ("Dec First",)),
)
