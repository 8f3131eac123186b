"""The G20a corpus: readings whose miss made the product ask the customer to clarify
where a slot fits. "later this month" is the rest of the month; "sat mrng" is a morning;
two windows offered in so many words ("the 9th? and what about the 10th", "we could also
do Friday morning") are either; a bound of no day "or" a day is either ("before 9 or on
a Saturday"); a weekday whose nearest day the message rules out is the one a week on
("wednesday. not the 25th, the one after"); "between now and Friday" is a deadline; "the
next 3 sundays" counts Sundays; "the move-out ... from 8 to 12" is a range.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "later this month", "later in the month": from tomorrow to the month's end (Tue 24 Nov
# to Mon 30 Nov), as "later this week" is; not the month's last ten days. Each row: the
# message, the mention's words, its first day and its last ("MM-DD").
LATER_THIS_MONTH: tuple[tuple[str, str, str, str], ...] = (
    ("any sat later this month, same time", "later this month", "11-24", "11-30"),
    ("later this month works for me", "later this month", "11-24", "11-30"),
    ("Can we do something later this month?", "later this month", "11-24", "11-30"),
    ("sometime later in the month pls", "later in the month", "11-24", "11-30"),
    ("I'm free most days later this month", "later this month", "11-24", "11-30"),
    ("later this month with Dr Ito if possible", "later this month", "11-24", "11-30"),
    ("is there anything later in the month", "later in the month", "11-24", "11-30"),
    ("Any chance later this month?", "later this month", "11-24", "11-30"),
    ("later this month, afternoons only", "later this month", "11-24", "11-30"),
    ("a weekday later this month", "later this month", "11-24", "11-30"),
    ("could she come in later this month", "later this month", "11-24", "11-30"),
    ("Later this month would suit better", "Later this month", "11-24", "11-30"),
    ("nothing this week, later this month", "later this month", "11-24", "11-30"),
    ("tuesday or wednesday later this month", "later this month", "11-24", "11-30"),
    ("we'd like a slot later in the month please", "later in the month", "11-24", "11-30"),
)

# ... while the month's parts said otherwise keep their readings.
MONTH_PARTS_KEPT: tuple[tuple[str, str, str, str], ...] = (
    ("late this month", "late this month", "11-21", "11-30"),
    ("later next month", "later next month", "12-21", "12-31"),
    ("the rest of the month", "the rest of the month", "11-23", "11-30"),
    ("later this week", "later this week", "11-24", "11-29"),
    ("this month", "this month", "11-01", "11-30"),
    ("end of the month", "end of the month", "11-26", "11-30"),
    ("early this month", "early this month", "11-01", "11-10"),
)

# "mrng", "mrning", "mornng", "evng": a texter's morning and evening, said with a day.
# Each row: the message, the mention's words, its first start ("MM-DD HH:MM").
TEXTED_PARTS: tuple[tuple[str, str, str], ...] = (
    ("anything free sat mrng or sun mrng?", "sat mrng", "11-28 08:00"),
    ("tmrw mrng pls", "tmrw mrng", "11-24 08:00"),
    ("wed mrng w dr ito", "wed mrng", "11-25 08:00"),
    ("fri evng works", "fri evng", "11-27 17:00"),
    ("any mrng next week", "any mrng next week", "11-30 08:00"),
    ("can i come thurs mrning", "thurs mrning", "11-26 08:00"),
    ("tues evng or weds evng", "weds evng", "11-25 17:00"),
    ("monday mrng before 10", "monday mrng", "11-23 08:00"),
    ("sat mrng, either coach", "sat mrng", "11-28 08:00"),
    ("mrng of the 1st", "mrng of the 1st", "12-01 08:00"),
    ("tmrw evng after 6", "tmrw evng", "11-24 17:00"),
    ("sun evng?", "sun evng", "11-29 17:00"),
    ("thurs mrng is best", "thurs mrng", "11-26 08:00"),
    ("next tues mrng", "next tues mrng", "12-01 08:00"),
    ("the 3rd in the mornng if poss", "the 3rd in the mornng", "12-03 08:00"),
)

# ... while "mrng" alone is a greeting ("mrng all!"), as "gd mrng" is; the words found.
GREETINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mrng all, any chance of tmrw", ("tmrw",)),
    ("gd mrng! can i book thurs", ("thurs",)),
    ("good evng all, friday pls", ("friday",)),
    ("mrng! wed?", ("wed",)),
)

# Two windows offered as either in so many words: "what about", "how about", "we could
# also do", "happy to come ... too", "works though, or", "possible? Or", "(before 7) or".
# Each row: the message and the two mentions offered as either.
OFFERED_CHOICES: tuple[tuple[str, str, str], ...] = (
    ("are there still lessons on the 9th? and what about the 10th", "on the 9th", "the 10th"),
    ("Is Friday ok? What about Saturday?", "Friday", "Saturday"),
    ("tmrw morning? how about thursday morning", "tmrw morning", "thursday morning"),
    (
        "tomorrow morning? We could also do Friday morning but tomorrow is better",
        "tomorrow morning",
        "Friday morning",
    ),
    ("I'm on lunch 1-2 but happy to come after 5 too", "lunch 1-2", "after 5"),
    ("Tuesday morning works though, or the 1st.", "Tuesday morning", "the 1st"),
    ("Saturday 9am possible? Or Saturday week?", "Saturday 9am", "Saturday week"),
    ("Is the 8th free? Or the 9th?", "the 8th", "the 9th"),
    ("Either very early (before 7) or twilight.", "before 7", "twilight"),
    ("monday works tho, or tuesday", "monday", "tuesday"),
    ("Wednesday available? or thursday", "Wednesday", "thursday"),
    ("the 2nd? and how about the 3rd", "the 2nd", "the 3rd"),
    ("before 8 but i can also do after 6", "before 8", "after 6"),
    (
        "every day next week from 5 onwards and saturday morning",
        "every day next week from 5",
        "saturday morning",
    ),
    ("thurs am? we can also do friday am", "thurs am", "friday am"),
)

# ... not a time said of the day before it ("Thursday? what about 4pm": 4pm that
# Thursday), nor words that offer no second time.
NOT_OFFERED: tuple[tuple[str, str, str], ...] = (
    ("Thursday? what about 4pm", "Thursday", "4pm"),
    ("Thursday? how about 4", "Thursday", "about 4"),
    ("the 4th, but we could also do it at 3", "the 4th", "at 3"),
    (
        "the 11th, anytime from 9 to 12 but i could also do late afternoon",
        "the 11th, anytime from 9 to 12",
        "late afternoon",
    ),
)

# A bound said of no day, "or" a day: either ("before 9 or on a Saturday": weekdays
# before 9, or Saturday whole). `coordination.names_a_day` says the bound names no day,
# so it lends no clock to the day after "or"; the two are offered as either. Each row:
# the message, the bound and the day.
BOUND_OR_DAY: tuple[tuple[str, str, str], ...] = (
    ("it's got to be before 9 or on a Saturday", "before 9", "Saturday"),
    ("after 3:30 or saturday", "after 3:30", "saturday"),
    ("before 10 or on a sunday", "before 10", "sunday"),
    ("after 6 or a saturday", "after 6", "saturday"),
    ("not before 11 or on the weekend", "not before 11", "the weekend"),
    ("until noon or friday", "until noon", "friday"),
    ("after 4.30, or saturday", "after 4.30", "saturday"),
    ("before 8am or sunday", "before 8am", "sunday"),
    ("after work or on a Saturday", "after work", "Saturday"),
    ("after 5 or all day saturday", "after 5", "saturday"),
    ("before 9:30 or else friday", "before 9:30", "friday"),
    ("after 2 or on the 5th", "after 2", "on the 5th"),
    ("no earlier than 10, or a sunday", "no earlier than 10", "sunday"),
    ("after 6pm or on a weekend", "after 6pm", "a weekend"),
    ("before 7 or saturday morning", "before 7", "saturday morning"),
)

# ... a bound said with its own day does name one (its clock goes with the list).
BOUND_WITH_DAY: tuple[tuple[str, str], ...] = (
    ("after 5 tmrw", "after 5 tmrw"),
    ("after 5 on weekdays", "after 5 on weekdays"),
    ("before noon on the 3rd", "before noon on the 3rd"),
    ("after 4 on thursday", "after 4 on thursday"),
)

# A weekday whose nearest day the message rules out is the one a week on; the day ruled
# out is its first alternative. Each row: the message, the weekday's words, its day
# ("MM-DD") and the day ruled out.
RULED_OUT_WEEKDAY: tuple[tuple[str, str, str, str], ...] = (
    (
        "appointment with Clarke wednesday. not the 25th, the one after.",
        "wednesday",
        "12-02",
        "11-25",
    ),
    ("is Dr van Wyk in on Thursday? not this one, the next", "Thursday", "12-03", "11-26"),
    (
        "like 2 on tuesday and I mean not this tuesday I mean the one after",
        "tuesday",
        "12-01",
        "11-24",
    ),
    (
        "We would like the earliest Saturday possible, but not this one",
        "Saturday",
        "12-05",
        "11-28",
    ),
    ("Haddad on Tuesday but not the 24th. The 1st then, after lunch", "Tuesday", "12-01", "11-24"),
    ("book the van tuesday. not the 24th the one after", "tuesday", "12-01", "11-24"),
    ("friday works, just not the 27th", "friday", "12-04", "11-27"),
    ("Wednesday at 3, not the 25th though", "Wednesday at 3", "12-02", "11-25"),
    ("sunday? not this sunday, the next one", "sunday", "12-06", "11-29"),
    ("thursday would be good but not this thursday", "thursday", "12-03", "11-26"),
    ("can I come saturday, not the 28th the following one", "saturday", "12-05", "11-28"),
    ("Wed pls - not the 25th, I'm away", "Wed", "12-02", "11-25"),
    ("tuesday morning, not this tuesday obviously", "tuesday morning", "12-01", "11-24"),
    ("friday, but not this coming one", "friday", "12-04", "11-27"),
    ("any chance of thursday? not the 26th, the week after", "thursday", "12-03", "11-26"),
)

# ... not when the words ruling out name the weekday alone, another day, a part of the
# day, or a day that is not the weekday's nearest. Each row: the message, the weekday's
# words, its day ("MM-DD").
WEEKDAY_KEPT: tuple[tuple[str, str, str], ...] = (
    ("monday, not monday", "monday", "11-23"),
    ("Friday works. Not the morning though", "Friday", "11-27"),
    ("tuesday. not the 1st the one after", "tuesday", "11-24"),
    ("Monday but not the 30th", "Monday", "11-23"),
    ("wednesday, not tomorrow", "wednesday", "11-25"),
    ("Thursday, not today", "Thursday", "11-26"),
    ("I booked Friday 10am but I meant Friday the 4th not this Friday", "Friday 10am", "11-27"),
)

# "between now and Friday", "from now until the 11th": a deadline, as "until" is (the day
# kept in). Each row: the message, the mention's words, its label.
NOW_UNTIL: tuple[tuple[str, str, str], ...] = (
    ("any day between now and Saturday", "between now and Saturday", "by Sat 28 Nov"),
    ("between now and sunday with rhea", "between now and sunday", "by Sun 29 Nov"),
    (
        "between now and the end of next week",
        "between now and the end of next week",
        "by Fri 4 Dec",
    ),
    ("Any Thursday between now and the New Year", "between now and the New Year", "by Fri 1 Jan"),
    ("anytime between now and the 11th", "between now and the 11th", "by Fri 11 Dec"),
    ("from now until friday", "from now until friday", "by Fri 27 Nov"),
    ("from now till the 3rd", "from now till the 3rd", "by Thu 3 Dec"),
    ("between now and Dec 5", "between now and Dec 5", "by Sat 5 Dec"),
    ("any morning between now and Tuesday", "between now and Tuesday", "by Tue 24 Nov"),
    ("between now and the 30th works", "between now and the 30th", "by Mon 30 Nov"),
    ("something btwn now and thurs", "btwn now and thurs", "by Thu 26 Nov"),
    ("from now through the 4th", "from now through the 4th", "by Fri 4 Dec"),
    (
        "any weekday between now and the 10th, afternoons",
        "between now and the 10th",
        "by Thu 10 Dec",
    ),
    ("from now to the end of the month", "from now to the end of the month", "by Mon 30 Nov"),
    ("we're free between now and next friday", "between now and next friday", "by Fri 4 Dec"),
)

# ... while "between" with two times, "from now on" and "any time from now" keep theirs.
NOT_NOW_UNTIL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("between 2 and 4", ("between 2 and 4",)),
    ("from now on", ()),
    ("between the 3rd and the 5th", ("between the 3rd and the 5th",)),
    ("any time from now", ("now",)),
)

# A count before a weekday's plural is a count of those days, not a clock: "the next 3
# sundays" names Sundays, never 3:00 (`lexicon.COUNT_NOUNS`). Each row: the message and
# the mention found, which reads no clock of the count ("every=..." with no clock, or the
# clock said elsewhere in the words).
WEEKDAY_COUNTS: tuple[tuple[str, str, str], ...] = (
    ("next 3 sundays pls, 4pm", "sundays pls, 4pm", "every=sun clock=4:00pm"),
    ("spread over 3 or 4 Thursdays", "Thursdays", "every=thu"),
    ("three Tuesdays in a row", "Tuesdays", "every=tue"),
    ("2 saturdays next month", "saturdays", "every=sat"),
    ("any 2 mondays", "mondays", "every=mon"),
    ("can we get 2 tuesdays, evenings", "tuesdays, evenings", "every=tue pod=evening"),
    ("can we book the next 2 wednesdays", "wednesdays", "every=wed"),
    ("two Saturdays in January please", "Saturdays", "every=sat"),
    ("4 thursdays at 6pm", "thursdays at 6pm", "every=thu clock=6:00pm"),
    ("3 sundays please", "sundays", "every=sun"),
    ("the next 5 tuesdays at 10", "tuesdays at 10", "every=tue clock=10:00?"),
    ("6 fridays starting next week", "fridays", "every=fri"),
    ("she needs 2 sundays", "sundays", "every=sun"),
    ("2 mondays would be great", "mondays", "every=mon"),
    ("3 wednesdays after school", "wednesdays after school", "every=wed pod=after_school"),
)

# ... while a number after the weekday, or one before a single weekday, is still a clock.
WEEKDAY_CLOCKS: tuple[tuple[str, str, str], ...] = (
    ("sundays at 3", "sundays at 3", "every=sun clock=3:00?"),
    ("7 thurs", "7 thurs", "weekday=thu clock=7:00?"),
    ("Thursdays 7 to 9am", "Thursdays 7 to 9am", "every=thu from(clock=7:00?) to(clock=9:00am)"),
    ("at 3 on sundays", "at 3 on sundays", "every=sun clock=3:00?"),
)

# A house move ("the move-out", "moving in") is no move of a booking: "from 8 to 12"
# after it is a range of hours, not an old time and a new one. Each row: the message,
# the mention's words, its first start ("MM-DD HH:MM") and its end ("HH:MM").
HOUSE_MOVES: tuple[tuple[str, str, str, str], ...] = (
    (
        "we need a crew for the move-out on the 31st from 8 to 12",
        "on the 31st from 8 to 12",
        "12-31 08:00",
        "12:00",
    ),
    ("move-in clean on the 3rd from 9 to 1", "on the 3rd from 9 to 1", "12-03 09:00", "13:00"),
    ("we are moving out on friday, 8 to 12 works", "friday, 8 to 12", "11-27 08:00", "12:00"),
    ("move out clean tuesday 10 to 2", "tuesday 10 to 2", "11-24 10:00", "14:00"),
    ("moving in saturday, can you do 9 to 11", "9 to 11", "11-28 09:00", "11:00"),
    ("the move in is on the 5th, 1 to 4 please", "on the 5th, 1 to 4", "12-05 13:00", "16:00"),
    ("end of tenancy clean after the move-out, thurs 8-11", "thurs 8-11", "11-26 08:00", "11:00"),
    ("moved in last week, can you come thurs 9 to 11", "thurs 9 to 11", "11-26 09:00", "11:00"),
    ("for the move out on monday from 9 to 12", "monday from 9 to 12", "11-23 09:00", "12:00"),
    ("we're moving in on the 3rd, 9 to 1", "on the 3rd, 9 to 1", "12-03 09:00", "13:00"),
    ("move-out inspection friday from 2 to 4", "friday from 2 to 4", "11-27 14:00", "16:00"),
    ("after the move in on the 4th, 10 to 12", "on the 4th, 10 to 12", "12-04 10:00", "12:00"),
    ("a move-out clean on dec 2 from 8 to 1", "dec 2 from 8 to 1", "12-02 08:00", "13:00"),
    ("moving out sunday 11 to 3", "sunday 11 to 3", "11-29 11:00", "15:00"),
    ("help with the move in tmrw from 1 to 5", "tmrw from 1 to 5", "11-24 13:00", "17:00"),
)

# ... while moving a booking still says an old time and a new one.
BOOKING_MOVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("move me from friday to saturday", ("friday", "saturday")),
    ("can you move it from 2 to 4", ("2", "4")),
    ("push my 9am to 10", ("9am", "10")),
    ("moving my appt from tuesday to wednesday", ("tuesday", "wednesday")),
)

# "any Saturday before then": every Saturday, and a bound before the day said earlier;
# not "the Saturday before" that day alone. Each row: the message, the weekdays' words
# and the bound's label.
ANY_WEEKDAY_BEFORE_THEN: tuple[tuple[str, str, str], ...] = (
    (
        "I have Ruby on Sat 5 Dec, could do any Saturday before then",
        "any Saturday",
        "before Sat 5 Dec",
    ),
    ("booked for Fri 11 Dec, any friday before then works", "any friday", "before Fri 11 Dec"),
    ("the 10th is my op, any tuesday before then", "any tuesday", "before Thu 10 Dec"),
    ("on the 3rd. any monday after then", "any monday", "after Thu 3 Dec"),
    ("my exam is on the 18th so any thursday before then", "any thursday", "before Fri 18 Dec"),
    ("back on the 7th, any wednesday after then please", "any wednesday", "after Mon 7 Dec"),
    ("we fly out the 12th - any sunday before then?", "any sunday", "before Sat 12 Dec"),
    ("ok so the 9th is out, any saturday after then", "any saturday", "after Wed 9 Dec"),
    (
        "my current slot is Tue 15 Dec, any tuesday before then would be better",
        "any tuesday",
        "before Tue 15 Dec",
    ),
    ("term ends on the 11th, any friday after then", "any friday", "after Fri 11 Dec"),
    ("dec 20 is the party, any sat before then", "any sat", "before Sun 20 Dec"),
    ("surgery on the 16th, so any wednesday before then", "any wednesday", "before Wed 16 Dec"),
    ("last day is the 18th, any thurs before then", "any thurs", "before Fri 18 Dec"),
    ("the op is on the 1st so any Monday after then?", "any Monday", "after Tue 1 Dec"),
    ("my flight is the 22nd, could do any friday before then", "any friday", "before Tue 22 Dec"),
)

# ... while "the Saturday before (then)" and a bare "Tuesday before then" stay one day.
ONE_WEEKDAY_BEFORE: tuple[tuple[str, str, str], ...] = (
    ("the 3rd. the saturday before then", "the saturday before", "Sat 28 Nov"),
    ("friday 4th. Thursday before then?", "Thursday before", "Thu 3 Dec"),
    ("on the 9th, tuesday before then", "tuesday before", "Tue 8 Dec"),
    ("the 9th, then tuesday after", "tuesday after", "Tue 15 Dec"),
)

# "early" / "late" said before the day of a part of the day belong to the part: "early
# tomorrow morning" is tomorrow 06:00-09:00 (`rules_edge_before_day.py`). Each row: the
# message, the mention's words, its label.
EDGE_BEFORE_DAY: tuple[tuple[str, str, str], ...] = (
    (
        "is there anything later today or early tomorrow morning",
        "early tomorrow morning",
        "Tue 24 Nov 06:00-09:00",
    ),
    ("early tomorrow morning", "early tomorrow morning", "Tue 24 Nov 06:00-09:00"),
    ("late friday afternoon", "late friday afternoon", "Fri 27 Nov 15:00-17:00"),
    ("early on monday evening", "early on monday evening", "Mon 23 Nov 17:00-19:00"),
    ("early tmrw morning pls", "early tmrw morning", "Tue 24 Nov 06:00-09:00"),
    ("late tomorrow afternoon works", "late tomorrow afternoon", "Tue 24 Nov 15:00-17:00"),
    ("early sat morning?", "early sat morning", "Sat 28 Nov 06:00-09:00"),
    ("can you do early wednesday morning", "early wednesday morning", "Wed 25 Nov 06:00-09:00"),
    ("late thursday arvo", "late thursday arvo", "Thu 26 Nov 15:00-17:00"),
    ("early today afternoon", "early today afternoon", "Mon 23 Nov 12:00-14:00"),
    ("late tuesday evening", "late tuesday evening", "Tue 24 Nov 19:00-22:00"),
    ("early fri morn", "early fri morn", "Fri 27 Nov 06:00-09:00"),
    ("late this friday afternoon", "late this friday afternoon", "Fri 27 Nov 15:00-17:00"),
    ("early tomorrow in the morning", "early tomorrow in the morning", "Tue 24 Nov 06:00-09:00"),
    ("early on thursday morning if poss", "early on thursday morning", "Thu 26 Nov 06:00-09:00"),
)

# ... while an edge with no part of the day after its day keeps its reading.
EDGE_KEPT: tuple[tuple[str, str, str], ...] = (
    ("early next week", "early next week", "Mon 30 Nov - Tue 1 Dec"),
    ("tomorrow early morning", "tomorrow early morning", "Tue 24 Nov 06:00-09:00"),
    ("friday morning, early", "friday morning", "Fri 27 Nov 08:00-12:00"),
)

# Coming home from work, or leaving it, leaves the time after free, as "I finish at 4"
# does (`rules_routine.py`): "I get home from work at 3:30" is after 15:30 (was the
# moment 15:30 itself, which a labeller ruling it out made a clarification of "end of
# the day"). Each row: the message, the mention's words, its label.
DAY_ENDS_SAID: tuple[tuple[str, str, str], ...] = (
    (
        "end of the day on Wednesday? I get home from work at 3:30.",
        "I get home from work at 3:30",
        "after 15:30 on Wed 25 Nov",
    ),
    (
        "end of the day friday? i get home from my shift at 4",
        "i get home from my shift at 4",
        "after 16:00 on Fri 27 Nov",
    ),
    (
        "End of the day tomorrow? I can leave work at 2:30 so anything after that.",
        "I can leave work at 2:30",
        "after 14:30 on Tue 24 Nov",
    ),
    ("she leaves school at 3", "she leaves school at 3", "after 15:00"),
    ("we get home from school at 4", "we get home from school at 4", "after 16:00"),
    ("my husband gets home from work at 6", "my husband gets home from work at 6", "after 18:00"),
    ("I leave work at 4:30 most days", "I leave work at 4:30", "after 16:30"),
    ("he can leave the office at 5", "he can leave the office at 5", "after 17:00"),
    ("we both get home from work at 5:30", "we both get home from work at 5:30", "after 17:30"),
    ("I get back from work at 6", "I get back from work at 6", "after 18:00"),
    (
        "the kids get home from school at 3:15",
        "the kids get home from school at 3:15",
        "after 15:15",
    ),
    (
        "i can leave work at 3 on friday",
        "i can leave work at 3 on friday",
        "after 15:00 on Fri 27 Nov",
    ),
    ("she gets out of school at 3", "she gets out of school at 3", "after 15:00"),
    ("I get home from uni at 5 on tuesdays", "I get home from uni at 5 on tuesdays", "after 17:00"),
    ("my wife gets out of work at 4", "my wife gets out of work at 4", "after 16:00"),
)

# ... while leaving for work starts the day (before it free), and a question keeps the
# clock.
DAY_ENDS_KEPT: tuple[tuple[str, str, str], ...] = (
    ("I leave for work at 8", "I leave for work at 8", "before 08:00"),
    ("can I leave at 3", "at 3", "28 days 15:00-16:00, first Mon 23 Nov"),
    ("I get home at 3:30", "I get home at 3:30", "after 15:30"),
)
